"""Themes (palette + style sheet, kept as data in ``assets/themes``), WCAG contrast, and zoom.

A theme is ``assets/themes/<id>.json`` (a name and a palette of named colours); all themes share the style sheet
template ``base.qss`` in which ``$Name`` stands for the palette colour ``Name``. Keeping colours in one palette per
theme lets a test compute the contrast of every text/background pair (WCAG 2.2 1.4.3: at least 4.5:1) and of the
focus outline against the background (1.4.11: at least 3:1).

Zoom scales the application font from the system font size (never a fixed pixel size), so text grows with the
layouts and is never cut.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any, Protocol

from studio.core.errors import StudioError
from studio.core.i18n import tr, tr_noop
from studio.services.paths import assets_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

THEME_IDS = ("default", "high-contrast-dark", "high-contrast-light")
ZOOM_MIN = 100
ZOOM_MAX = 200
ZOOM_STEP = 25

# The names of the themes in assets/themes, marked for the catalogue (the JSON files hold them in English); a theme
# shows ``Theme.shown_name``, which is ``tr(name)``. A theme whose name is not here is shown as its file says.
THEME_NAMES: dict[str, str] = {
    "default": tr_noop("Standard"),
    "high-contrast-dark": tr_noop("High contrast, dark"),
    "high-contrast-light": tr_noop("High contrast, light"),
}

# (foreground, background) palette pairs that carry text; each must reach 4.5:1.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("Link", "Base"),
    ("Link", "Window"),
    ("DisabledText", "Window"),
    ("DisabledText", "Button"),
    ("AccentText", "Accent"),
    ("RecordingText", "Recording"),
)
# Focus indicator and control borders against what surrounds them; each must reach 3:1.
NON_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("Focus", "Window"),
    ("Focus", "Base"),
    ("Focus", "Button"),
    ("Border", "Window"),
    ("Border", "Base"),
)


@dataclass(frozen=True, slots=True)
class Theme:
    """One theme: its id, a readable name and its palette; ``qss`` is the filled-in style sheet."""

    id: str
    name: str  # English, as in the theme file; shown: shown_name
    description: str
    palette: Mapping[str, str]
    qss: str

    @property
    def shown_name(self) -> str:
        """The theme's name in the interface language."""
        return tr(self.name)


def themes_dir() -> Path:
    return assets_dir() / "themes"


_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def load_theme(theme_id: str, folder: Path | None = None) -> Theme:
    """Read a theme from its JSON file and fill in the shared style sheet."""
    folder = folder or themes_dir()
    path = folder / f"{theme_id}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StudioError(tr("there is no theme called {theme}").format(theme=theme_id), path=path) from None
    except ValueError as exc:
        raise StudioError(tr("the theme file is not valid JSON ({problem})").format(problem=exc), path=path) from None
    palette = data.get("palette")
    if not isinstance(palette, dict) or not palette:
        raise StudioError(tr("the theme has no palette"), path=path)
    for name, value in palette.items():
        if not isinstance(value, str) or not _HEX.match(value):
            raise StudioError(tr("the colour {name} must be written like #1a2b3c, not {value}").format(
                name=name, value=repr(value)), path=path)
    template_path = folder / "base.qss"
    try:
        qss = Template(template_path.read_text(encoding="utf-8")).substitute(palette)
    except KeyError as exc:
        raise StudioError(tr("the theme has no colour {name} used by the style sheet").format(name=exc.args[0]),
                          path=path) from None
    return Theme(
        id=str(data.get("id", theme_id)),
        name=str(data.get("name", theme_id)),
        description=str(data.get("description", "")),
        palette=dict(palette),
        qss=qss,
    )


def next_theme_id(current: str) -> str:
    index = THEME_IDS.index(current) if current in THEME_IDS else -1
    return THEME_IDS[(index + 1) % len(THEME_IDS)]


# --------------------------------------------------------------------------- WCAG contrast


def relative_luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of an sRGB colour written #rrggbb."""
    if not _HEX.match(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1.0 to 21.0."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_DECL = re.compile(
    r"(?<![-\w])(color|background-color|selection-color|selection-background-color)\s*:\s*(#[0-9a-fA-F]{6})"
)


def style_sheet_pairs(qss: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background colour) for every rule of a style sheet that sets both.

    ``selection-color`` pairs with ``selection-background-color`` in the same rule.
    """
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    pairs = []
    for selector, body in _RULE.findall(qss):
        decls = dict(_DECL.findall(body))
        name = " ".join(selector.split())
        if "color" in decls and "background-color" in decls:
            pairs.append((name, decls["color"], decls["background-color"]))
        if "selection-color" in decls and "selection-background-color" in decls:
            pairs.append((name + " (selection)", decls["selection-color"], decls["selection-background-color"]))
    return pairs


# --------------------------------------------------------------------------- applying


def zoom_rule(percent: int, base_point_size: float) -> str:
    """The style-sheet rule that sets the zoomed text size.

    Once a style sheet is set, Qt no longer passes ``QApplication.setFont`` on to the widgets, so the size goes
    into the style sheet too; it is computed from the system font size, never written into the theme files.
    """
    return f"\nQWidget {{ font-size: {base_point_size * clamp_zoom(percent) / 100:.1f}pt; }}\n"


def apply_theme(app: QApplication, theme: Theme, *, zoom: int = ZOOM_MIN, base_point_size: float | None = None) -> None:
    """Set the palette (for what the style sheet does not reach), the style sheet and the zoomed text size."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for name, value in theme.palette.items():
        role = getattr(roles, name, None)
        if isinstance(role, QPalette.ColorRole):
            palette.setColor(role, QColor(value))
    disabled = QColor(theme.palette["DisabledText"])
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    base = base_point_size if base_point_size is not None else app.font().pointSizeF()
    font = app.font()
    font.setPointSizeF(base * clamp_zoom(zoom) / 100)
    app.setFont(font)
    app.setStyleSheet(theme.qss + zoom_rule(zoom, base))


def clamp_zoom(percent: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))


class Appearance:
    """The theme and zoom of a running app, saved to the settings whenever they change."""

    def __init__(self, app: QApplication, settings: SettingsLike | None = None) -> None:
        self._app = app
        self._settings = settings
        # The system font size, read once: zoom always scales from it, never from an already-zoomed font.
        self.base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        self.theme_id = str(settings.get("ui.theme")) if settings else "default"
        self.zoom = clamp_zoom(int(settings.get("ui.zoom"))) if settings else ZOOM_MIN

    def apply(self) -> None:
        self._theme = load_theme(self.theme_id)
        apply_theme(self._app, self._theme, zoom=self.zoom, base_point_size=self.base_point_size)

    def set_theme(self, theme_id: str) -> Theme:
        self.theme_id = theme_id
        self.apply()
        if self._settings:
            self._settings.set("ui.theme", theme_id)
        return self._theme

    def set_zoom(self, percent: int) -> int:
        self.zoom = clamp_zoom(percent)
        self.apply()
        if self._settings:
            self._settings.set("ui.zoom", self.zoom)
        return self.zoom


class SettingsLike(Protocol):
    """The part of studio.services.settings.Settings the UI uses."""

    def get(self, key: str) -> Any: ...

    def set(self, key: str, value: Any) -> None: ...
