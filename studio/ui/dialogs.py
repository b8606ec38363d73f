"""Dialogs: settings (appearance, speech and sounds, recording devices, live cues, keys), keyboard reference, about.

Each dialog is a form with label buddies and a set tab order, closes with Escape, and keeps problems in a focusable
read-only text (not only in a spoken message). Every text is in the interface language and is set again by the
dialog's ``retranslate_ui`` when the language changes (what was chosen in the dialog stays).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
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
from studio.ui.background import run_in_background
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


@dataclass(frozen=True, slots=True)
class DeviceLists:
    """The devices found, as the settings store them: microphones and outputs by name; cameras by index text, with
    the device's own name where the system gives one (``("0", "Integrated Camera")``)."""

    microphones: tuple[str, ...] = ()
    cameras: tuple[tuple[str, str], ...] = ()
    outputs: tuple[str, ...] = ()


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for name in names if name))


def _cameras_without_opening() -> tuple[tuple[str, str], ...]:
    """The cameras, without opening any (opening one takes a second or more and may light its lamp).

    On Linux each capture node is read from sysfs (``/sys/class/video4linux/videoN``: its name, and ``index`` 0 for
    a device's picture node; a webcam's metadata node has index 1). Elsewhere the cameras are probed with OpenCV,
    which opens them: slow, so this always runs off the GUI thread."""
    if sys.platform.startswith("linux"):
        found: dict[int, str] = {}
        for node in Path("/sys/class/video4linux").glob("video*"):
            number = node.name.removeprefix("video")
            if not number.isdigit():
                continue
            try:
                if int((node / "index").read_text(encoding="utf-8").strip() or "0") != 0:
                    continue  # metadata, not pictures
            except (OSError, ValueError):
                pass
            try:
                name = (node / "name").read_text(encoding="utf-8").strip()
            except OSError:
                name = ""
            found[int(number)] = name
        if not found:  # no sysfs (some containers): the device nodes alone
            for device in Path("/dev").glob("video*"):
                number = device.name.removeprefix("video")
                if number.isdigit():
                    found[int(number)] = ""
        return tuple((str(index), found[index]) for index in sorted(found))
    from studio.services.capture.devices import list_cameras

    return tuple((str(camera.index), "") for camera in list_cameras())


def discover_devices() -> DeviceLists:
    """Microphones, cameras and sound outputs; runs on a worker thread (see SettingsDialog)."""
    from studio.services.capture.devices import list_microphones, list_outputs

    return DeviceLists(
        microphones=_unique([device.name for device in list_microphones()]),
        cameras=_cameras_without_opening(),
        outputs=_unique([device.name for device in list_outputs()]),
    )


DeviceLister = Callable[[], DeviceLists]

# The device choosers: the setting each one saves.
DEVICE_SETTINGS: dict[str, str] = {"microphone": "devices.microphone", "camera": "devices.camera",
                                   "output": "devices.output"}
COUNTDOWN_CHOICES: tuple[int, ...] = (0, 3, 5, 10)  # record.countdown_seconds
# (setting, check box text, what it does): one check box per live cue, in this order.
CUE_CHOICES: tuple[tuple[str, str, str], ...] = (
    ("cues.too_fast", tr_noop("Too &fast"),
     tr_noop("While you record, the app tells you to slow down when you speak faster than your target pace.")),
    ("cues.dead_air", tr_noop("Dead air (&silence)"),
     tr_noop("While you record, the app tells you when you are silent longer than the dead-air time above.")),
    ("cues.claim", tr_noop("&Banned claim"),
     tr_noop("While you record, the app warns you right after you say a claim that platforms ban.")),
    ("cues.uncovered_point", tr_noop("Talking point not &yet covered"),
     tr_noop("While you record, the app reminds you of a talking point from your script that you have not covered.")),
    ("cues.viewer", tr_noop("Viewer &questions to answer"),
     tr_noop("While you record, pretend viewers ask questions, such as the price or the shipping, in the feedback "
             "language, about one a minute. Answer them out loud; the feedback says how fast you answered.")),
)
# The choices of speech.feedback_language: the interface language, or one of the languages by its own name.
FEEDBACK_LANGUAGE_CHOICES: tuple[str, ...] = ("ui", *UI_LANGUAGES)


def _big(widget: QWidget) -> None:
    """At least a 44 px target (MIN_TARGET), for trainees with tremor or low vision."""
    widget.setMinimumHeight(MIN_TARGET)


def _chooser(identifier: str, *, devices: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleIdentifier(identifier)
    if devices:  # a long device name widens the chooser only so far; its list shows the whole name
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
    _big(combo)
    return combo


def _percent_spin(identifier: str, value: float) -> QSpinBox:
    spin = QSpinBox()
    spin.setAccessibleIdentifier(identifier)
    spin.setRange(0, 100)
    spin.setSingleStep(10)
    spin.setSuffix(" %")
    spin.setValue(round(float(value) * 100))
    _big(spin)
    return spin


class SettingsDialog(QDialog):
    """Every setting a trainee may change, as groups on one scrolling page, in Tab order top to bottom:
    appearance and messages; speech and sounds; recording (devices, countdown, pre-flight check, dead air); live
    cues; keys (single-key mode and a capture field per command, which say what they are).

    Key changes are checked and saved as soon as they are captured (a conflict is refused and explained);
    the other settings are saved with OK, only those that were changed. A new language is saved and switched to with
    OK (``languages``, the app's LanguageManager, re-translates every window in place).

    The device choosers are filled by ``list_devices`` (default: ``discover_devices``) on a worker thread, so the
    dialog opens at once; until then they hold "System default" and the remembered device. A remembered device that
    is not there now stays chosen, shown as "<name> (not connected)", and is kept unless the trainee picks another.
    """

    def __init__(
        self,
        registry: ActionRegistry,
        announcer: Announcer,
        *,
        settings: SettingsLike | None = None,
        appearance: Appearance | None = None,
        languages: LanguageSwitcher | None = None,
        list_devices: DeviceLister | None = None,
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
        # What each setting shown here would be saved as; compared at OK with the values when the dialog opened.
        self._values: dict[str, Callable[[], object]] = {}

        outer = QVBoxLayout(self)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._build_general())
        layout.addWidget(self._build_speech())
        layout.addWidget(self._build_recording())
        layout.addWidget(self._build_cues())
        layout.addWidget(self._build_keys())

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)  # Tab into a control below the fold scrolls it into view
        outer.addWidget(scroll, 1)

        self.problems = MessageLog("txt_settings_messages", tr_noop("Settings messages"))  # it translates its name
        self.problems.setMinimumHeight(2 * MIN_TARGET)
        outer.addWidget(self.problems)

        self.buttons = QDialogButtonBox()
        ok = _translated_button(self.buttons, tr_noop("OK"), QDialogButtonBox.ButtonRole.AcceptRole,
                                "btn_settings_ok")
        cancel = _translated_button(self.buttons, tr_noop("Cancel"), QDialogButtonBox.ButtonRole.RejectRole,
                                    "btn_settings_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        # Only now, inside the dialog, does the dialog learn its default button: set earlier, Qt chose the first
        # push button after the focus at show time, and Enter restored the default keys.
        ok.setDefault(True)

        chain: list[QWidget] = [
            self.language_combo, self.theme_combo, self.zoom_spin, self.announce_combo,
            self.rate_slider, self.volume_spin, self.feedback_combo, self.earcon_spin,
            *self.device_combos.values(), self.countdown_combo, self.preflight, self.dead_air_spin,
            *self.cue_boxes.values(),
            self.single_key, *self.key_fields.values(), self.reset_keys,
            self.problems, ok, cancel,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._initial = {key: read() for key, read in self._values.items()}
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)
        self.language_combo.setFocus()
        self.resize(760, 720)
        self.devices_listed = False
        run_in_background(self, list_devices or discover_devices, self._fill_devices, self._listing_failed)

    # ------------------------------------------------------------------ building the groups

    def _watch(self, key: str, read: Callable[[], object]) -> None:
        self._values[key] = read

    def _build_general(self) -> QGroupBox:
        self.general = QGroupBox()
        self.general.setAccessibleIdentifier("grp_general")
        form = QFormLayout(self.general)

        self.language_combo = _chooser("combo_language")
        for language in LANGUAGE_CHOICES:
            self.language_combo.addItem(NATIVE_NAMES.get(language, language), language)
        self.initial_language = str(self._get("ui.language", "system"))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.initial_language)))
        self.language_label = label_for("", self.language_combo, "lbl_language")
        form.addRow(self.language_label, self.language_combo)

        self.theme_combo = _chooser("combo_theme")
        self.themes = [load_theme(theme_id) for theme_id in THEME_IDS]
        for theme in self.themes:
            self.theme_combo.addItem(theme.name, theme.id)
        current_theme = self.appearance.theme_id if self.appearance else self._get("ui.theme", "default")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current_theme)))
        self.theme_label = label_for("", self.theme_combo, "lbl_theme")
        form.addRow(self.theme_label, self.theme_combo)

        self.zoom_spin = QSpinBox()
        self.zoom_spin.setAccessibleIdentifier("spin_zoom")
        self.zoom_spin.setRange(ZOOM_MIN, ZOOM_MAX)
        self.zoom_spin.setSingleStep(ZOOM_STEP)
        self.zoom_spin.setSuffix(" %")
        self.zoom_spin.setValue(self.appearance.zoom if self.appearance else int(str(self._get("ui.zoom", 100))))
        _big(self.zoom_spin)
        self.zoom_label = label_for("", self.zoom_spin, "lbl_zoom")
        form.addRow(self.zoom_label, self.zoom_spin)
        if self.appearance is None:  # with an Appearance, it saves the theme and zoom itself
            self._watch("ui.theme", lambda: str(self.theme_combo.currentData()))
            self._watch("ui.zoom", self.zoom_spin.value)

        self.announce_combo = _chooser("combo_announce")
        for mode in AnnounceMode:
            self.announce_combo.addItem(mode.label, mode.value)
        self.announce_combo.setCurrentIndex(max(0, self.announce_combo.findData(self.announcer.mode.value)))
        self.announce_label = label_for("", self.announce_combo, "lbl_announce")
        form.addRow(self.announce_label, self.announce_combo)
        self._watch("ui.announce", lambda: str(self.announce_combo.currentData()))
        return self.general

    def _build_speech(self) -> QGroupBox:
        self.speech_group = QGroupBox()
        self.speech_group.setAccessibleIdentifier("grp_speech")
        form = QFormLayout(self.speech_group)

        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setAccessibleIdentifier("slider_rate")
        self.rate_slider.setRange(80, 400)
        self.rate_slider.setSingleStep(10)
        self.rate_slider.setPageStep(25)
        self.rate_slider.setValue(int(str(self._get("speech.rate", 175))))
        _big(self.rate_slider)
        self.rate_label = label_for("", self.rate_slider, "lbl_rate")
        form.addRow(self.rate_label, self.rate_slider)
        self._watch("speech.rate", self.rate_slider.value)

        self.volume_spin = _percent_spin("spin_speech_volume", float(str(self._get("speech.volume", 1.0))))
        self.volume_label = label_for("", self.volume_spin, "lbl_speech_volume")
        form.addRow(self.volume_label, self.volume_spin)
        self._watch("speech.volume", lambda: self.volume_spin.value() / 100)

        self.feedback_combo = _chooser("combo_feedback_language")
        for language in FEEDBACK_LANGUAGE_CHOICES:
            self.feedback_combo.addItem(NATIVE_NAMES.get(language, language), language)
        chosen = str(self._get("speech.feedback_language", "ui"))
        self.feedback_combo.setCurrentIndex(max(0, self.feedback_combo.findData(chosen)))
        self.feedback_label = label_for("", self.feedback_combo, "lbl_feedback_language")
        form.addRow(self.feedback_label, self.feedback_combo)
        self._watch("speech.feedback_language", lambda: str(self.feedback_combo.currentData()))

        self.earcon_spin = _percent_spin("spin_earcon_volume", float(str(self._get("sounds.volume", 0.7))))
        self.earcon_label = label_for("", self.earcon_spin, "lbl_earcon_volume")
        form.addRow(self.earcon_label, self.earcon_spin)
        self._watch("sounds.volume", lambda: self.earcon_spin.value() / 100)
        return self.speech_group

    def _build_recording(self) -> QGroupBox:
        self.recording_group = QGroupBox()
        self.recording_group.setAccessibleIdentifier("grp_recording")
        form = QFormLayout(self.recording_group)

        self.device_combos: dict[str, QComboBox] = {}
        self.device_labels: dict[str, QLabel] = {}
        # Per chooser, what each item is: (setting value, the device's own name, not connected now).
        self.device_items: dict[str, list[tuple[str, str, bool]]] = {}
        self.remembered: dict[str, str] = {}
        for kind, key in DEVICE_SETTINGS.items():
            combo = _chooser(f"combo_{kind}", devices=True)
            remembered = str(self._get(key, "") or "")
            self.remembered[kind] = remembered
            self.device_combos[kind] = combo
            self._set_device_items(kind, [("", "", False)] + ([(remembered, "", False)] if remembered else []),
                                   remembered)
            self.device_labels[kind] = label_for("", combo, f"lbl_{kind}")
            form.addRow(self.device_labels[kind], combo)
            self._watch(key, partial(self.device_choice, kind))

        self.countdown_combo = _chooser("combo_countdown")
        for seconds in COUNTDOWN_CHOICES:
            self.countdown_combo.addItem(str(seconds), seconds)
        countdown = int(str(self._get("record.countdown_seconds", 3)))
        self.countdown_combo.setCurrentIndex(max(0, self.countdown_combo.findData(countdown)))
        self.countdown_label = label_for("", self.countdown_combo, "lbl_countdown")
        form.addRow(self.countdown_label, self.countdown_combo)
        self._watch("record.countdown_seconds", lambda: int(self.countdown_combo.currentData()))

        self.preflight = QCheckBox()
        self.preflight.setAccessibleIdentifier("chk_preflight")
        self.preflight.setChecked(bool(self._get("record.preflight", True)))
        _big(self.preflight)
        form.addRow(self.preflight)
        self._watch("record.preflight", self.preflight.isChecked)

        # Whole seconds (a QSpinBox, which the themes style; a half-second value from the file shows rounded and
        # is kept unless the trainee changes it).
        self.dead_air_spin = QSpinBox()
        self.dead_air_spin.setAccessibleIdentifier("spin_dead_air")
        self.dead_air_spin.setRange(1, 30)
        self.dead_air_spin.setValue(round(float(str(self._get("analysis.dead_air_seconds", 3.0)))))
        _big(self.dead_air_spin)
        self.dead_air_label = label_for("", self.dead_air_spin, "lbl_dead_air")
        form.addRow(self.dead_air_label, self.dead_air_spin)
        self._watch("analysis.dead_air_seconds", lambda: float(self.dead_air_spin.value()))
        return self.recording_group

    def _build_cues(self) -> QGroupBox:
        self.cues_group = QGroupBox()
        self.cues_group.setAccessibleIdentifier("grp_cues")
        box = QVBoxLayout(self.cues_group)
        self.cue_boxes: dict[str, QCheckBox] = {}
        for key, _text, _description in CUE_CHOICES:
            check = QCheckBox()
            check.setAccessibleIdentifier("chk_" + key.replace(".", "_"))
            check.setChecked(bool(self._get(key, True)))
            _big(check)
            box.addWidget(check)
            self.cue_boxes[key] = check
            self._watch(key, check.isChecked)
        return self.cues_group

    def _build_keys(self) -> QGroupBox:
        self.keys_group = QGroupBox()
        self.keys_group.setAccessibleIdentifier("grp_keys")
        keys_form = QFormLayout(self.keys_group)
        self.single_key = QCheckBox()
        self.single_key.setAccessibleIdentifier("chk_single_key")
        self.single_key.setChecked(self.registry.mode is KeyMode.SINGLE)
        self.single_key.toggled.connect(self._show_keys)
        _big(self.single_key)
        keys_form.addRow(self.single_key)
        self._watch("ui.single_key_mode", self.single_key.isChecked)
        for spec in self.registry:
            field = KeyCaptureEdit(spec.label, self.registry.key(spec.id), f"key_{spec.id}")  # label: names are unique
            field.key_captured.connect(lambda key, action_id=spec.id: self.capture(action_id, key))
            self.key_fields[spec.id] = field
            self.key_labels[spec.id] = label_for("", field, f"lbl_key_{spec.id}")
            keys_form.addRow(self.key_labels[spec.id], field)
        self.reset_keys = QPushButton()
        self.reset_keys.setAccessibleIdentifier("btn_reset_keys")
        _big(self.reset_keys)
        self.reset_keys.clicked.connect(self._reset_keys)
        keys_form.addRow(self.reset_keys)
        return self.keys_group

    # ------------------------------------------------------------------ texts

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

        self.speech_group.setTitle(tr("Speech and sounds"))
        self.rate_label.setText(tr("Speech &rate:"))
        self.rate_slider.setAccessibleName(tr("Speech rate"))
        self.rate_slider.setAccessibleDescription(tr("Words a minute for the app's voice."))
        self.volume_label.setText(tr("Speech &volume:"))
        self.volume_spin.setAccessibleName(tr("Speech volume"))
        self.volume_spin.setAccessibleDescription(tr("How loud the app's voice is, from 0 to 100 percent."))
        self.feedback_label.setText(tr("Feedback lan&guage:"))
        self.feedback_combo.setAccessibleName(tr("Feedback language"))
        self.feedback_combo.setAccessibleDescription(
            tr("The language the app's voice speaks and your feedback is written in.")
        )
        self.feedback_combo.setItemText(self.feedback_combo.findData("ui"), tr("Same as the interface"))
        self.earcon_label.setText(tr("&Earcon volume:"))
        self.earcon_spin.setAccessibleName(tr("Earcon volume"))
        self.earcon_spin.setAccessibleDescription(
            tr("How loud the short sounds (earcons) are, for example when recording starts, from 0 to 100 percent.")
        )

        self.recording_group.setTitle(tr("Recording"))
        device_texts = {
            "microphone": (tr("M&icrophone:"), tr("Microphone"),
                           tr("The microphone you record with. The system default is the computer's default "
                              "microphone.")),
            "camera": (tr("&Camera:"), tr("Camera"),
                       tr("The camera you record with. The system default is the first camera; without a camera, "
                          "takes record sound only.")),
            "output": (tr("Sound &output:"), tr("Sound output"),
                       tr("The speaker or headphones the app speaks and plays its sounds on, and the pre-flight "
                          "check plays its test tone on. The system default is the computer's default output.")),
        }
        for kind, (label, name, description) in device_texts.items():
            combo = self.device_combos[kind]
            self.device_labels[kind].setText(label)
            combo.setAccessibleName(name)
            combo.setAccessibleDescription(description)
            for index, (value, device_name, missing) in enumerate(self.device_items[kind]):
                combo.setItemText(index, self._device_text(kind, value, device_name, missing))
        self.countdown_label.setText(tr("Cou&ntdown:"))
        self.countdown_combo.setAccessibleName(tr("Countdown"))
        self.countdown_combo.setAccessibleDescription(
            tr("Seconds counted down before recording starts, so you can get ready.")
        )
        for index, seconds in enumerate(COUNTDOWN_CHOICES):
            self.countdown_combo.setItemText(
                index, tr("{seconds} seconds").format(seconds=seconds) if seconds else tr("No countdown"))
        self.preflight.setText(tr("Check camera, microphone and s&peaker before recording"))
        self.preflight.setAccessibleDescription(
            tr("Before each take the app checks your framing and light, your microphone and your speaker, and says "
               "what to fix.")
        )
        self.dead_air_label.setText(tr("Dead &air after:"))
        self.dead_air_spin.setAccessibleName(tr("Dead air after"))
        self.dead_air_spin.setAccessibleDescription(
            tr("Seconds of silence that count as dead air, in live cues and in your feedback. From 1 to 30.")
        )
        # "{seconds} seconds" around the number, wherever the language puts it.
        before, _field, after = tr("{seconds} seconds").partition("{seconds}")
        self.dead_air_spin.setPrefix(before)
        self.dead_air_spin.setSuffix(after)

        self.cues_group.setTitle(tr("Live cues while recording"))
        for key, text, description in CUE_CHOICES:
            self.cue_boxes[key].setText(tr(text))
            self.cue_boxes[key].setAccessibleDescription(tr(description))

        self.keys_group.setTitle(tr("Keys"))
        self.single_key.setText(tr("Single-&key mode: every command is one key, no key combinations"))
        self.single_key.setAccessibleDescription(
            tr("For anyone who finds it hard to hold two keys at once. The keys below change with it.")
        )
        for action_id, field in self.key_fields.items():
            label = self.registry.get(action_id).label
            self.key_labels[action_id].setText(tr("{command}:").format(command=label))
            field.set_command_text(label)  # "Key for …" (the field words it; the label is already translated)
        self.reset_keys.setText(tr("Restore &default keys"))
        self.reset_keys.setAccessibleDescription(tr("Puts back the keys the app came with, for the key mode above."))

    # ------------------------------------------------------------------ devices

    def device_choice(self, kind: str) -> str:
        """What the chooser of ``kind`` ("microphone", "camera", "output") saves: a name, or "" (system default)."""
        return str(self.device_combos[kind].currentData() or "")

    @staticmethod
    def _device_text(kind: str, value: str, name: str, missing: bool) -> str:
        if not value:  # each names its kind: a chooser's name on Linux is the item it shows, and names are unique
            return {"microphone": tr("System default microphone"), "camera": tr("System default camera")}.get(
                kind, tr("System default sound output"))
        shown = name or value
        if kind == "camera" and value.isdigit():
            shown = tr("{name} (camera {index})").format(name=name, index=value) if name \
                else tr("Camera {index}").format(index=value)
        return tr("{name} (not connected)").format(name=shown) if missing else shown

    def _set_device_items(self, kind: str, items: list[tuple[str, str, bool]], current: str) -> None:
        combo = self.device_combos[kind]
        self.device_items[kind] = items
        combo.blockSignals(True)
        try:
            combo.clear()
            for value, name, missing in items:
                combo.addItem(self._device_text(kind, value, name, missing), value)
            combo.setCurrentIndex(max(0, next((i for i, item in enumerate(items) if item[0] == current), 0)))
        finally:
            combo.blockSignals(False)

    def _fill_devices(self, found: DeviceLists) -> None:
        """Put the devices found into the choosers; what is chosen stays chosen (a missing one is marked)."""
        listed = {
            "microphone": [(name, name, False) for name in found.microphones],
            "camera": [(value, name, False) for value, name in found.cameras],
            "output": [(name, name, False) for name in found.outputs],
        }
        for kind, items in listed.items():
            items = [("", "", False), *items]
            remembered = self.remembered[kind]
            if remembered and remembered not in {value for value, _name, _missing in items}:
                items.append((remembered, "", not self._is_source(kind, remembered)))
            self._set_device_items(kind, items, str(self.device_combos[kind].currentData() or ""))
        self.devices_listed = True

    def _listing_failed(self, error: BaseException) -> None:
        # Only "System default" and the remembered devices can be chosen; saying so once is enough.
        self.problems.add(tr("The devices could not be listed ({error}); you can still use the system default.")
                          .format(error=error))
        self.devices_listed = True

    @staticmethod
    def _is_source(kind: str, value: str) -> bool:
        """A camera setting may name a video file or a stream rather than a device: those are not 'not connected'."""
        return kind == "camera" and not value.isdigit() and ("://" in value or Path(value).expanduser().exists())

    # ------------------------------------------------------------------ keys

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

    # ------------------------------------------------------------------ saving

    def changed_values(self) -> dict[str, object]:
        """The settings changed in the dialog (key → the value OK saves); the language is saved on its own."""
        now = {key: read() for key, read in self._values.items()}
        return {key: value for key, value in now.items() if value != self._initial[key]}

    def accept(self) -> None:
        mode = self._mode()
        self.registry.mode = mode
        self.announcer.mode = AnnounceMode(self.announce_combo.currentData())
        if self.appearance is not None:
            if self.zoom_spin.value() != self.appearance.zoom:
                self.appearance.set_zoom(self.zoom_spin.value())
            if self.theme_combo.currentData() != self.appearance.theme_id:
                self.appearance.set_theme(str(self.theme_combo.currentData()))
        language = str(self.language_combo.currentData())
        changes = self.changed_values()
        if self.settings is not None:
            for key, value in changes.items():
                self.settings.set(key, value)
            if language != self.initial_language:
                self.settings.set("ui.language", language)
        self._apply_sound(changes)
        self._initial.update(changes)  # the dialog may be shown again
        super().accept()
        if language != self.initial_language:
            self.initial_language = language
            if self.languages is not None:
                self.languages.switch(language)  # every window re-translates itself (LanguageChange)

    def _apply_sound(self, changes: dict[str, object]) -> None:
        """The voice and the earcons take a new rate or volume at once (the other settings are read where used)."""
        speech = self.announcer.speech
        for key, attribute in (("speech.rate", "rate"), ("speech.volume", "volume")):
            if key in changes and speech is not None and hasattr(speech, attribute):
                setattr(speech, attribute, changes[key])  # SpeechService.rate and .volume are checked properties
        earcons = getattr(self.parentWidget(), "earcons", None)  # the main window's EarconPlayer, if any
        if "sounds.volume" in changes and earcons is not None and hasattr(earcons, "volume"):
            earcons.volume = changes["sounds.volume"]
        sink = getattr(speech, "sink", None)  # the voice and the earcons share one sink
        if "devices.output" in changes and sink is not None and hasattr(sink, "device"):
            from studio.services.audio_out import output_or_default
            from studio.services.capture.devices import chosen_devices

            sink.device, problem = output_or_default(chosen_devices(self.settings).output or "")
            if problem:
                self.announcer.announce(problem, assertive=True)
