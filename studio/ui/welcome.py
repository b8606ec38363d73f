"""The welcome guide: what the app does, the three keys that matter, how to open the settings.

It is given once, on the very first start (setting ``ui.first_run_done``), spoken and shown in a focusable,
read-only text at the bottom of the main window; it stays until the trainee closes it, and Help → Welcome guide
brings it back (and reads it again). Nothing in it is timed. The keys are read from the action registry each time
the guide is worded, so a key the trainee rebound is the key the guide names.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from studio import APP_NAME
from studio.core.errors import StudioError
from studio.core.i18n import tr
from studio.ui.actions import ActionRegistry, menu_title, spoken_key, strip_mnemonic
from studio.ui.i18n import on_language_change
from studio.ui.widgets import MIN_TARGET, label_for

GUIDE_ACTION = "welcome_guide"


def _command(registry: ActionRegistry, action_id: str) -> tuple[str, str, str]:
    """(key said aloud or "", the command's name without "…", its menu's name) for one registry command."""
    spec = registry.get(action_id)
    key = registry.key(action_id)
    name = spec.plain_text.rstrip("…").rstrip(".").strip()
    menu = strip_mnemonic(menu_title(spec.menu))
    return (spoken_key(key) if key else ""), name, menu


def welcome_paragraphs(registry: ActionRegistry) -> list[str]:
    """The guide as a few short paragraphs in the interface language, with the keys bound now."""
    paragraphs = [tr("Welcome to {app}. Here you practise selling on a livestream: you talk as you would on camera, "
                     "and the app listens, then tells you what went well and what to change.").format(app=APP_NAME)]

    keys = [tr("Three keys matter most.")]
    record, record_name, _ = _command(registry, "record")
    keys.append(tr("Press {key} to start recording, and press it again to stop.").format(key=record) if record
                else tr("{command} has no key now: give it one in the settings.").format(command=record_name))
    following, following_name, _ = _command(registry, "next_finding")
    keys.append(tr("After a recording, press {key} to hear the next piece of feedback.").format(key=following)
                if following else tr("{command} has no key now: give it one in the settings.").format(
                    command=following_name))
    helping, helping_name, _ = _command(registry, "keyboard_help")
    keys.append(tr("Press {key} at any time for the list of every command and its key.").format(key=helping)
                if helping else tr("{command} has no key now: give it one in the settings.").format(
                    command=helping_name))
    paragraphs.append(" ".join(keys))

    settings_key, settings_name, settings_menu = _command(registry, "settings")
    if settings_key:
        text = tr("To open the settings, press {key}, or choose {command} in the {menu} menu. There you can change "
                  "the keys, the theme, the zoom, the voice, the countdown and the language.")
    else:
        text = tr("To open the settings, choose {command} in the {menu} menu. There you can change the keys, the "
                  "theme, the zoom, the voice, the countdown and the language.")
    paragraphs.append(text.format(key=settings_key, command=settings_name, menu=settings_menu))

    try:
        guide_key, guide_name, guide_menu = _command(registry, GUIDE_ACTION)
    except StudioError:  # a registry without the command (an older keys file cannot remove it; a test registry can)
        guide_key, guide_name, guide_menu = "", tr("Welcome guide"), strip_mnemonic(menu_title("help"))
    if guide_key:
        text = tr("Nothing here is timed: take as long as you need. To hear this guide again, press {key}, or "
                  "choose {command} in the {menu} menu.")
    else:
        text = tr("Nothing here is timed: take as long as you need. To hear this guide again, choose {command} in "
                  "the {menu} menu.")
    paragraphs.append(text.format(key=guide_key, command=guide_name, menu=guide_menu))
    return paragraphs


class WelcomeGuide(QWidget):
    """The guide's text (focusable, read-only, read line by line) and a button that closes it."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setObjectName("welcome_guide")
        self.setAccessibleIdentifier("panel_welcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)  # Tab leaves the text: never a focus trap
        self.text.setAccessibleIdentifier("txt_welcome")
        self.text.setMinimumHeight(4 * MIN_TARGET)
        self.label = label_for("", self.text, "lbl_welcome")
        layout.addWidget(self.label)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.close_button = QPushButton()
        self.close_button.setAccessibleIdentifier("btn_welcome_close")
        self.close_button.setMinimumHeight(MIN_TARGET)
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        QWidget.setTabOrder(self.text, self.close_button)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def paragraphs(self) -> list[str]:
        return welcome_paragraphs(self.registry)

    def refresh(self) -> None:
        """Word the guide again (the language or a key changed)."""
        self.text.setPlainText("\n\n".join(self.paragraphs()))

    def retranslate_ui(self) -> None:
        self.label.setText(tr("&Welcome guide:"))
        self.text.setAccessibleName(tr("Welcome guide"))
        self.text.setAccessibleDescription(tr("Read-only. What the app does and the keys that matter. Use the arrow "
                                              "keys to read."))
        self.close_button.setText(tr("&Close the guide"))
        self.close_button.setAccessibleDescription(tr("Hide the guide. Help, Welcome guide shows it again."))
        self.refresh()


__all__ = ["GUIDE_ACTION", "WelcomeGuide", "welcome_paragraphs"]
