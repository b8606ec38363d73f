"""Dialogs: settings (keys, theme, zoom, where messages go, speech rate), keyboard reference, about.

Each dialog is a form with label buddies and a set tab order, closes with Escape, and keeps problems in a focusable
read-only text (not only in a spoken message).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio import APP_NAME, __version__
from studio.core.errors import StudioError
from studio.ui.actions import ActionRegistry, KeyMode, keyboard_reference_markdown, spoken_key
from studio.ui.announcer import AnnounceMode, Announcer
from studio.ui.themes import THEME_IDS, ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, Appearance, SettingsLike, load_theme
from studio.ui.widgets import MIN_TARGET, KeyCaptureEdit, MessageLog, label_for


def _close_buttons(dialog: QDialog, identifier: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    button = box.button(QDialogButtonBox.StandardButton.Close)
    button.setAccessibleIdentifier(identifier)
    button.setMinimumHeight(MIN_TARGET)
    box.rejected.connect(dialog.reject)
    return box


def _reading_pane() -> QTextEdit:
    """Read-only text a screen reader reads with its caret (a QTextBrowser reaches AT-SPI as a mere label)."""
    pane = QTextEdit()
    pane.setReadOnly(True)
    pane.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    pane.setTabChangesFocus(True)
    return pane


class HelpDialog(QDialog):
    """The keyboard reference, generated from the action registry (the same text as keyboard-reference.md)."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Keyboard reference — {APP_NAME}")
        self.setAccessibleIdentifier("dlg_help")
        layout = QVBoxLayout(self)
        self.text = _reading_pane()
        self.text.setAccessibleIdentifier("txt_keyboard_reference")
        self.text.setAccessibleName("Keyboard reference")
        self.text.setAccessibleDescription("Read-only. Every command and its key. Use the arrow keys to read.")
        self.text.setTabChangesFocus(True)
        self.text.setMarkdown(keyboard_reference_markdown(registry))
        self.text.setMinimumHeight(8 * MIN_TARGET)
        layout.addWidget(self.text)
        buttons = _close_buttons(self, "btn_help_close")
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.text, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.text.setFocus()
        self.resize(820, 640)


class AboutDialog(QDialog):
    """What the app is, its version, and that nothing leaves the computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.setAccessibleIdentifier("dlg_about")
        layout = QVBoxLayout(self)
        self.text = _reading_pane()
        self.text.setAccessibleIdentifier("txt_about")
        self.text.setAccessibleName("About")
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(
            f"{APP_NAME} {__version__}.\n"
            "Rehearse selling on a livestream in private: record yourself, hear feedback on your pace, your script "
            "and claims that platforms ban.\n"
            "Everything stays on this computer. Free and open-source software."
        )
        self.text.setMinimumHeight(4 * MIN_TARGET)
        layout.addWidget(self.text)
        buttons = _close_buttons(self, "btn_about_close")
        layout.addWidget(buttons)
        self.text.setFocus()
        self.resize(560, 320)


class SettingsDialog(QDialog):
    """Keys (with capture fields that say what they are), theme, zoom, announce mode, speech rate.

    Key changes are checked and saved as soon as they are captured (a conflict is refused and explained);
    the other settings are saved with OK.
    """

    def __init__(
        self,
        registry: ActionRegistry,
        announcer: Announcer,
        *,
        settings: SettingsLike | None = None,
        appearance: Appearance | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.announcer = announcer
        self.settings = settings
        self.appearance = appearance
        self.setWindowTitle(f"Settings — {APP_NAME}")
        self.setAccessibleIdentifier("dlg_settings")
        self.key_fields: dict[str, KeyCaptureEdit] = {}

        outer = QVBoxLayout(self)
        page = QWidget()
        layout = QVBoxLayout(page)

        general = QGroupBox("Appearance and messages")
        general.setAccessibleIdentifier("grp_general")
        form = QFormLayout(general)
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleIdentifier("combo_theme")
        self.theme_combo.setAccessibleName("Theme")
        for theme_id in THEME_IDS:
            self.theme_combo.addItem(load_theme(theme_id).name, theme_id)
        current_theme = appearance.theme_id if appearance else self._get("ui.theme", "default")
        self.theme_combo.setAccessibleDescription("Colours of the app; two high-contrast themes.")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current_theme)))
        form.addRow(label_for("&Theme:", self.theme_combo, "lbl_theme"), self.theme_combo)

        self.zoom_spin = QSpinBox()
        self.zoom_spin.setAccessibleIdentifier("spin_zoom")
        self.zoom_spin.setAccessibleName("Zoom")
        self.zoom_spin.setAccessibleDescription("Size of text and controls, from 100 to 200 percent.")
        self.zoom_spin.setRange(ZOOM_MIN, ZOOM_MAX)
        self.zoom_spin.setSingleStep(ZOOM_STEP)
        self.zoom_spin.setSuffix(" %")
        self.zoom_spin.setValue(appearance.zoom if appearance else int(str(self._get("ui.zoom", 100))))
        form.addRow(label_for("&Zoom:", self.zoom_spin, "lbl_zoom"), self.zoom_spin)

        self.announce_combo = QComboBox()
        self.announce_combo.setAccessibleIdentifier("combo_announce")
        self.announce_combo.setAccessibleName("Messages go to")
        self.announce_combo.setAccessibleDescription("Screen reader, the app's own voice, or both.")
        for mode in AnnounceMode:
            self.announce_combo.addItem(mode.label, mode.value)
        self.announce_combo.setCurrentIndex(max(0, self.announce_combo.findData(announcer.mode.value)))
        form.addRow(label_for("&Messages go to:", self.announce_combo, "lbl_announce"), self.announce_combo)

        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setAccessibleIdentifier("slider_rate")
        self.rate_slider.setAccessibleName("Speech rate")
        self.rate_slider.setRange(80, 400)
        self.rate_slider.setSingleStep(10)
        self.rate_slider.setPageStep(25)
        self.rate_slider.setValue(int(str(self._get("speech.rate", 175))))
        self.rate_slider.setAccessibleDescription("Words a minute for the app's voice.")
        form.addRow(label_for("Speech &rate:", self.rate_slider, "lbl_rate"), self.rate_slider)

        self.single_key = QCheckBox("Single-&key mode: every command is one key, no key combinations")
        self.single_key.setAccessibleIdentifier("chk_single_key")
        self.single_key.setChecked(registry.mode is KeyMode.SINGLE)
        self.single_key.toggled.connect(self._show_keys)
        form.addRow(self.single_key)
        layout.addWidget(general)

        keys = QGroupBox("Keys")
        keys.setAccessibleIdentifier("grp_keys")
        keys_form = QFormLayout(keys)
        for spec in registry:
            field = KeyCaptureEdit(spec.label, registry.key(spec.id), f"key_{spec.id}")  # label: names are unique
            field.key_captured.connect(lambda key, action_id=spec.id: self.capture(action_id, key))
            self.key_fields[spec.id] = field
            keys_form.addRow(label_for(spec.label + ":", field, f"lbl_key_{spec.id}"), field)
        self.reset_keys = QPushButton("Restore &default keys")
        self.reset_keys.setAccessibleIdentifier("btn_reset_keys")
        self.reset_keys.setMinimumHeight(MIN_TARGET)
        self.reset_keys.clicked.connect(self._reset_keys)
        keys_form.addRow(self.reset_keys)
        layout.addWidget(keys)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)

        self.problems = MessageLog("txt_settings_messages", "Settings messages")
        self.problems.setMinimumHeight(2 * MIN_TARGET)
        outer.addWidget(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setAccessibleIdentifier("btn_settings_ok")
        cancel.setAccessibleIdentifier("btn_settings_cancel")
        for button in (ok, cancel):
            button.setMinimumHeight(MIN_TARGET)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        chain: list[QWidget] = [self.theme_combo, self.zoom_spin, self.announce_combo, self.rate_slider,
                                self.single_key, *self.key_fields.values(), self.reset_keys, self.problems, ok, cancel]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.theme_combo.setFocus()
        self.resize(760, 720)

    def _get(self, key: str, default: object) -> object:
        return self.settings.get(key) if self.settings is not None else default

    def _mode(self) -> KeyMode:
        return KeyMode.SINGLE if self.single_key.isChecked() else KeyMode.STANDARD

    def _show_keys(self) -> None:
        for action_id, field in self.key_fields.items():
            field.set_key(self.registry.key(action_id, self._mode()))

    def _tell(self, text: str, *, assertive: bool = False) -> None:
        self.problems.add(text)
        self.announcer.announce(text, assertive=assertive)

    def capture(self, action_id: str, key: str) -> bool:
        """Try to bind a captured key; a conflict is refused, explained, and the old key stays."""
        spec = self.registry.get(action_id)
        try:
            bound = self.registry.rebind(action_id, key, self._mode())
        except StudioError as exc:
            self.key_fields[action_id].set_key(self.registry.key(action_id, self._mode()))
            self._tell(exc.spoken(), assertive=True)
            return False
        self.key_fields[action_id].set_key(bound)
        self._tell(f"{spec.plain_text}: {spoken_key(bound)}." if bound else f"{spec.plain_text}: no key.")
        return True

    def _reset_keys(self) -> None:
        self.registry.reset(self._mode())
        self._show_keys()
        self._tell("Default keys restored.")

    def accept(self) -> None:
        mode = self._mode()
        self.registry.mode = mode
        self.announcer.mode = AnnounceMode(self.announce_combo.currentData())
        if self.appearance is not None:
            self.appearance.set_zoom(self.zoom_spin.value())
            if self.theme_combo.currentData() != self.appearance.theme_id:
                self.appearance.set_theme(str(self.theme_combo.currentData()))
        if self.settings is not None:
            self.settings.set("ui.single_key_mode", mode is KeyMode.SINGLE)
            self.settings.set("ui.announce", self.announcer.mode.value)
            self.settings.set("speech.rate", self.rate_slider.value())
            if self.appearance is None:
                self.settings.set("ui.theme", str(self.theme_combo.currentData()))
                self.settings.set("ui.zoom", self.zoom_spin.value())
        speech = self.announcer.speech
        if speech is not None and hasattr(speech, "rate"):
            speech.rate = self.rate_slider.value()  # SpeechService.rate is a checked property
        super().accept()
