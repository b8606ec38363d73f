"""Typed settings: defaults, validation, persistence, upgrade from version 1, a broken file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.core.errors import StudioError
from studio.services.settings import SETTINGS_VERSION, Settings


def test_defaults_then_a_saved_value_survives_a_restart(tmp_path: Path) -> None:
    settings = Settings()
    assert settings.get("ui.zoom") == 100
    settings.set("ui.zoom", 175)
    assert Settings().get("ui.zoom") == 175
    saved = json.loads((tmp_path / "config" / "settings.json").read_text())
    assert saved["version"] == SETTINGS_VERSION


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [("ui.zoom", 250, "at most 200"), ("ui.theme", "neon", "must be one of"), ("cues.claim", "yes", "must be a bool")],
)
def test_bad_values_are_refused_with_the_settings_title(key: str, value: object, fragment: str) -> None:
    with pytest.raises(StudioError, match=fragment):
        Settings().set(key, value)


def test_a_version_1_file_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"speech.app_voice": False, "ui.zoom": 150}))
    settings = Settings()
    assert settings.get("ui.announce") == "screen-reader"
    assert settings.get("ui.zoom") == 150


def test_an_unreadable_file_is_kept_aside_and_defaults_are_used(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text("{ not json")
    settings = Settings()
    assert settings.get("ui.theme") == "default"
    assert settings.load_problem and "settings.json.broken" in settings.load_problem
    assert (path.parent / "settings.json.broken").read_text() == "{ not json"
