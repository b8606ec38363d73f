"""Dialogs: settings (language, keys, theme, zoom, where messages go, speech rate), keyboard reference, about.

Each dialog is a form with label buddies and a set tab order, closes with Escape, and keeps problems in a focusable
read-only text (not only in a spoken message). Every text is in the interface language and is set again by the
dialog's ``retranslate_ui`` when the language changes (what was chosen in the dialog stays).
"""

from __future__ import annotations

import itertools
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
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
from studio.core.i18n import NATIVE_NAMES, UI_LANGUAGES, tr, tr_noop
from studio.ui.actions import ActionRegistry, KeyMode, keyboard_reference_markdown, spoken_key
from studio.ui.announcer import AnnounceMode, Announcer
from studio.ui.i18n import on_language_change
from studio.ui.themes import THEME_IDS, ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, Appearance, SettingsLike, load_theme
from studio.ui.widgets import MIN_TARGET, KeyCaptureEdit, MessageLog, label_for

# The choices of the ui.language setting: follow the system, or one of the interface languages.
LANGUAGE_CHOICES: tuple[str, ...] = ("system", *UI_LANGUAGES)


class LanguageSwitcher(Protocol):
    """What the settings dialog needs to change the interface language (studio.ui.i18n.LanguageManager)."""

    def switch(self, setting: str) -> str: ...


def _translated_button(box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole,
                       identifier: str) -> QPushButton:
    """A dialog button with our own translated text: Qt's standard buttons are only translated where Qt ships a
    catalogue (no Vietnamese or Indonesian), and Qt re-sets their text on a language change."""
    button = box.addButton(tr(text), role)
    button.setAccessibleIdentifier(identifier)
    button.setMinimumHeight(MIN_TARGET)
    on_language_change(button, lambda: button.setText(tr(text)))
    return button


def _close_buttons(dialog: QDialog, identifier: str) -> QDialogButtonBox:
    box = QDialogButtonBox()
    _translated_button(box, tr_noop("Close"), QDialogButtonBox.ButtonRole.RejectRole, identifier)
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
        self.registry = registry
        self.setAccessibleIdentifier("dlg_help")
        layout = QVBoxLayout(self)
        self.text = _reading_pane()
        self.text.setAccessibleIdentifier("txt_keyboard_reference")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(8 * MIN_TARGET)
        layout.addWidget(self.text)
        buttons = _close_buttons(self, "btn_help_close")
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.text, buttons.buttons()[0])
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)
        self.text.setFocus()
        self.resize(820, 640)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Keyboard reference — {app}").format(app=APP_NAME))
        self.text.setAccessibleName(tr("Keyboard reference"))
        self.text.setAccessibleDescription(tr("Read-only. Every command and its key. Use the arrow keys to read."))
        self.text.setMarkdown(keyboard_reference_markdown(self.registry))


class AboutDialog(QDialog):
    """What the app is, its version, and that nothing leaves the computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleIdentifier("dlg_about")
        layout = QVBoxLayout(self)
        self.text = _reading_pane()
        self.text.setAccessibleIdentifier("txt_about")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(4 * MIN_TARGET)
        layout.addWidget(self.text)
        buttons = _close_buttons(self, "btn_about_close")
        layout.addWidget(buttons)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)
        self.text.setFocus()
        self.resize(560, 320)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("About {app}").format(app=APP_NAME))
        self.text.setAccessibleName(tr("About"))
        self.text.setPlainText("\n".join((
            tr("{app} {version}.").format(app=APP_NAME, version=__version__),
            tr("Rehearse selling on a livestream in private: record yourself, hear feedback on your pace, your script "
               "and claims that platforms ban."),
            tr("Everything stays on this computer. Free and open-source software."),
        )))


class SettingsDialog(QDialog):
    """Language, theme, zoom, announce mode, speech rate, and keys (with capture fields that say what they are).

    Key changes are checked and saved as soon as they are captured (a conflict is refused and explained);
    the other settings are saved with OK. A new language is saved and switched to with OK (``languages``, the
    app's LanguageManager, re-translates every window in place).
    """

    def __init__(
        self,
        registry: ActionRegistry,
        announcer: Announcer,
        *,
        settings: SettingsLike | None = None,
        appearance: Appearance | None = None,
        languages: LanguageSwitcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.announcer = announcer
        self.settings = settings
        self.appearance = appearance
        self.languages = languages
        self.setAccessibleIdentifier("dlg_settings")
        self.key_fields: dict[str, KeyCaptureEdit] = {}
        self.key_labels: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        page = QWidget()
        layout = QVBoxLayout(page)

        self.general = QGroupBox()
        self.general.setAccessibleIdentifier("grp_general")
        form = QFormLayout(self.general)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleIdentifier("combo_language")
        for language in LANGUAGE_CHOICES:
            self.language_combo.addItem(NATIVE_NAMES.get(language, language), language)
        self.initial_language = str(self._get("ui.language", "system"))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.initial_language)))
        self.language_label = label_for("", self.language_combo, "lbl_language")
        form.addRow(self.language_label, self.language_combo)

        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleIdentifier("combo_theme")
        self.themes = [load_theme(theme_id) for theme_id in THEME_IDS]
        for theme in self.themes:
            self.theme_combo.addItem(theme.name, theme.id)
        current_theme = appearance.theme_id if appearance else self._get("ui.theme", "default")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current_theme)))
        self.theme_label = label_for("", self.theme_combo, "lbl_theme")
        form.addRow(self.theme_label, self.theme_combo)

        self.zoom_spin = QSpinBox()
        self.zoom_spin.setAccessibleIdentifier("spin_zoom")
        self.zoom_spin.setRange(ZOOM_MIN, ZOOM_MAX)
        self.zoom_spin.setSingleStep(ZOOM_STEP)
        self.zoom_spin.setSuffix(" %")
        self.zoom_spin.setValue(appearance.zoom if appearance else int(str(self._get("ui.zoom", 100))))
        self.zoom_label = label_for("", self.zoom_spin, "lbl_zoom")
        form.addRow(self.zoom_label, self.zoom_spin)

        self.announce_combo = QComboBox()
        self.announce_combo.setAccessibleIdentifier("combo_announce")
        for mode in AnnounceMode:
            self.announce_combo.addItem(mode.label, mode.value)
        self.announce_combo.setCurrentIndex(max(0, self.announce_combo.findData(announcer.mode.value)))
        self.announce_label = label_for("", self.announce_combo, "lbl_announce")
        form.addRow(self.announce_label, self.announce_combo)

        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setAccessibleIdentifier("slider_rate")
        self.rate_slider.setRange(80, 400)
        self.rate_slider.setSingleStep(10)
        self.rate_slider.setPageStep(25)
        self.rate_slider.setValue(int(str(self._get("speech.rate", 175))))
        self.rate_label = label_for("", self.rate_slider, "lbl_rate")
        form.addRow(self.rate_label, self.rate_slider)

        self.single_key = QCheckBox()
        self.single_key.setAccessibleIdentifier("chk_single_key")
        self.single_key.setChecked(registry.mode is KeyMode.SINGLE)
        self.single_key.toggled.connect(self._show_keys)
        form.addRow(self.single_key)
        layout.addWidget(self.general)

        self.keys_group = QGroupBox()
        self.keys_group.setAccessibleIdentifier("grp_keys")
        keys_form = QFormLayout(self.keys_group)
        for spec in registry:
            field = KeyCaptureEdit(spec.label, registry.key(spec.id), f"key_{spec.id}")  # label: names are unique
            field.key_captured.connect(lambda key, action_id=spec.id: self.capture(action_id, key))
            self.key_fields[spec.id] = field
            self.key_labels[spec.id] = label_for("", field, f"lbl_key_{spec.id}")
            keys_form.addRow(self.key_labels[spec.id], field)
        self.reset_keys = QPushButton()
        self.reset_keys.setAccessibleIdentifier("btn_reset_keys")
        self.reset_keys.setMinimumHeight(MIN_TARGET)
        self.reset_keys.clicked.connect(self._reset_keys)
        keys_form.addRow(self.reset_keys)
        layout.addWidget(self.keys_group)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)

        self.problems = MessageLog("txt_settings_messages", tr_noop("Settings messages"))  # it translates its name
        self.problems.setMinimumHeight(2 * MIN_TARGET)
        outer.addWidget(self.problems)

        self.buttons = QDialogButtonBox()
        ok = _translated_button(self.buttons, tr_noop("OK"), QDialogButtonBox.ButtonRole.AcceptRole,
                                "btn_settings_ok")
        cancel = _translated_button(self.buttons, tr_noop("Cancel"), QDialogButtonBox.ButtonRole.RejectRole,
                                    "btn_settings_cancel")
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        chain: list[QWidget] = [self.language_combo, self.theme_combo, self.zoom_spin, self.announce_combo,
                                self.rate_slider, self.single_key, *self.key_fields.values(), self.reset_keys,
                                self.problems, ok, cancel]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)
        self.language_combo.setFocus()
        self.resize(760, 720)

    def retranslate_ui(self) -> None:
        """Set every text in the interface language; the choices made in the dialog stay as they are."""
        self.setWindowTitle(tr("Settings — {app}").format(app=APP_NAME))
        self.general.setTitle(tr("Appearance and messages"))

        self.language_label.setText(tr("&Language:"))
        self.language_combo.setAccessibleName(tr("Language"))
        self.language_combo.setAccessibleDescription(
            tr("The language of the app's menus, buttons and messages. It changes when you press OK.")
        )
        # "Follow the system" is translated; every language keeps its own name, so a person finds their language.
        self.language_combo.setItemText(self.language_combo.findData("system"), tr("Follow the system"))

        self.theme_label.setText(tr("&Theme:"))
        self.theme_combo.setAccessibleName(tr("Theme"))
        self.theme_combo.setAccessibleDescription(tr("Colours of the app; two high-contrast themes."))
        for theme in self.themes:
            self.theme_combo.setItemText(self.theme_combo.findData(theme.id), theme.shown_name)

        self.zoom_label.setText(tr("&Zoom:"))
        self.zoom_spin.setAccessibleName(tr("Zoom"))
        self.zoom_spin.setAccessibleDescription(tr("Size of text and controls, from 100 to 200 percent."))

        self.announce_label.setText(tr("&Messages go to:"))
        self.announce_combo.setAccessibleName(tr("Messages go to"))
        self.announce_combo.setAccessibleDescription(tr("Screen reader, the app's own voice, or both."))
        for mode in AnnounceMode:
            self.announce_combo.setItemText(self.announce_combo.findData(mode.value), mode.label)  # translated

        self.rate_label.setText(tr("Speech &rate:"))
        self.rate_slider.setAccessibleName(tr("Speech rate"))
        self.rate_slider.setAccessibleDescription(tr("Words a minute for the app's voice."))

        self.single_key.setText(tr("Single-&key mode: every command is one key, no key combinations"))

        self.keys_group.setTitle(tr("Keys"))
        for action_id, field in self.key_fields.items():
            label = self.registry.get(action_id).label
            self.key_labels[action_id].setText(tr("{command}:").format(command=label))
            field.set_command_text(label)  # "Key for …" (the field words it; the label is already translated)
        self.reset_keys.setText(tr("Restore &default keys"))

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
        if bound:
            self._tell(tr("{command}: {key}.").format(command=spec.plain_text, key=spoken_key(bound)))
        else:
            self._tell(tr("{command}: no key.").format(command=spec.plain_text))
        return True

    def _reset_keys(self) -> None:
        self.registry.reset(self._mode())
        self._show_keys()
        self._tell(tr("Default keys restored."))

    def accept(self) -> None:
        mode = self._mode()
        self.registry.mode = mode
        self.announcer.mode = AnnounceMode(self.announce_combo.currentData())
        if self.appearance is not None:
            self.appearance.set_zoom(self.zoom_spin.value())
            if self.theme_combo.currentData() != self.appearance.theme_id:
                self.appearance.set_theme(str(self.theme_combo.currentData()))
        language = str(self.language_combo.currentData())
        if self.settings is not None:
            self.settings.set("ui.single_key_mode", mode is KeyMode.SINGLE)
            self.settings.set("ui.announce", self.announcer.mode.value)
            self.settings.set("speech.rate", self.rate_slider.value())
            if language != self.initial_language:
                self.settings.set("ui.language", language)
            if self.appearance is None:
                self.settings.set("ui.theme", str(self.theme_combo.currentData()))
                self.settings.set("ui.zoom", self.zoom_spin.value())
        speech = self.announcer.speech
        if speech is not None and hasattr(speech, "rate"):
            speech.rate = self.rate_slider.value()  # SpeechService.rate is a checked property
        super().accept()
        if language != self.initial_language:
            self.initial_language = language
            if self.languages is not None:
                self.languages.switch(language)  # every window re-translates itself (LanguageChange)
