"""Typed settings with one registry, a schema version and upgrade steps.

Every setting is declared once in ``REGISTRY`` (key, type, default, a title a person can read). Values live in
``settings.json`` in the config folder, written atomically. A file from an older version is upgraded by the steps in
``_UPGRADES``; an unreadable file is kept aside (``settings.json.broken``) and defaults are used, so a bad edit never
stops the app from starting.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.core.errors import StudioError
from studio.services import paths
from studio.services.files import atomic_write_text

SETTINGS_VERSION = 2
SETTINGS_NAME = "settings.json"


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    kind: type
    default: Any
    title: str
    choices: tuple[Any, ...] = ()
    minimum: Any = None
    maximum: Any = None

    def check(self, value: Any) -> Any:
        """The value converted to this setting's type, or a StudioError saying what is allowed."""
        if self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.kind) or (self.kind is not bool and isinstance(value, bool)):
            raise StudioError(f"the setting '{self.title}' must be a {self.kind.__name__}, not {value!r}")
        if self.choices and value not in self.choices:
            allowed = ", ".join(str(c) for c in self.choices)
            raise StudioError(f"the setting '{self.title}' must be one of {allowed}, not {value!r}")
        if self.minimum is not None and value < self.minimum:
            raise StudioError(f"the setting '{self.title}' must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise StudioError(f"the setting '{self.title}' must be at most {self.maximum}")
        return value


REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("ui.language", str, "system", "Interface language", ("system", "en", "vi", "zh", "id")),
        Setting("ui.theme", str, "default", "Theme", ("default", "high-contrast-dark", "high-contrast-light")),
        Setting("ui.zoom", int, 100, "Zoom (percent)", minimum=100, maximum=200),
        Setting("ui.single_key_mode", bool, False, "Single-key mode (no key combinations needed)"),
        Setting("ui.announce", str, "both", "Where messages go", ("screen-reader", "app-voice", "both")),
        Setting("ui.first_run_done", bool, False, "The welcome guide was given (it is given once, on the first start)"),
        Setting("speech.rate", int, 175, "Speech rate (words a minute)", minimum=80, maximum=400),
        Setting("speech.volume", float, 1.0, "Speech volume", minimum=0.0, maximum=1.0),
        Setting("speech.feedback_language", str, "ui", "Feedback language", ("ui", "en", "vi", "zh", "id")),
        Setting("sounds.volume", float, 0.7, "Earcon volume", minimum=0.0, maximum=1.0),
        Setting("devices.microphone", str, "", "Microphone"),
        Setting("devices.camera", str, "", "Camera"),
        Setting("devices.output", str, "", "Sound output"),
        Setting("transcription.model", str, "base", "Speech recognition model"),
        Setting("transcription.allow_network", bool, False, "Allow downloading recognition models"),
        Setting("analysis.market", str, "en-US", "Market", ("en-US", "en-GB", "vi-VN", "zh-CN", "id-ID")),
        Setting("analysis.dead_air_seconds", float, 3.0, "Dead air after (seconds)", minimum=1.0, maximum=30.0),
        Setting("record.countdown_seconds", int, 3, "Countdown before recording (seconds; 0: none)", (0, 3, 5, 10)),
        Setting("record.preflight", bool, True, "Check the camera, microphone and speaker before recording"),
        Setting("cues.too_fast", bool, True, "Live cue: too fast"),
        Setting("cues.dead_air", bool, True, "Live cue: dead air"),
        Setting("cues.claim", bool, True, "Live cue: banned claim"),
        Setting("cues.uncovered_point", bool, True, "Live cue: talking point not yet covered"),
        Setting("cues.viewer", bool, False, "Live: simulated viewer questions to answer"),
        Setting("storage.database", str, "", "Database file (empty: the default place)"),
    )
}


def _upgrade_1_to_2(values: dict[str, Any]) -> dict[str, Any]:
    # Version 1 stored the announce mode as a boolean "speak with app voice".
    if "speech.app_voice" in values:
        values["ui.announce"] = "both" if values.pop("speech.app_voice") else "screen-reader"
    return values


_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_1_to_2}


class Settings:
    """The user's settings. Unknown keys in the file are kept (a newer version may use them)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / SETTINGS_NAME
        self._values: dict[str, Any] = {}
        self.load_problem: str | None = None
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("the file does not hold an object")
        except (ValueError, UnicodeDecodeError) as exc:
            broken = self.path.with_name(self.path.name + ".broken")
            self.path.replace(broken)
            self.load_problem = (
                f"The settings file could not be read ({exc}); it was kept as {broken.name} and defaults are used."
            )
            return
        version = data.pop("version", 1)
        values: dict[str, Any] = data.get("values", data)
        while isinstance(version, int) and version < SETTINGS_VERSION:
            values = _UPGRADES[version](dict(values))
            version += 1
        for key, value in values.items():
            setting = REGISTRY.get(key)
            if setting is None:
                self._values[key] = value
                continue
            try:
                self._values[key] = setting.check(value)
            except StudioError:
                continue  # a bad value falls back to the default rather than stopping the app

    def get(self, key: str) -> Any:
        if key not in REGISTRY:
            raise KeyError(key)
        return self._values.get(key, REGISTRY[key].default)

    def set(self, key: str, value: Any) -> None:
        if key not in REGISTRY:
            raise KeyError(key)
        self._values[key] = REGISTRY[key].check(value)
        self.save()

    def update(self, values: Mapping[str, Any]) -> None:
        checked = {key: REGISTRY[key].check(value) for key, value in values.items()}
        self._values.update(checked)
        self.save()

    def save(self) -> None:
        body = {"version": SETTINGS_VERSION, "values": dict(sorted(self._values.items()))}
        atomic_write_text(self.path, json.dumps(body, ensure_ascii=False, indent=2) + "\n")

    def database_path(self) -> Path | None:
        configured: str = self.get("storage.database")
        return Path(configured).expanduser() if configured else None
