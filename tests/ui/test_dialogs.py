"""Settings, keyboard reference and about dialogs: names, ids, Tab order, key capture that respects screen readers;
every setting of the settings dialog saved with OK (only what changed), nothing with Cancel, devices listed off the GUI
thread, and the whole dialog usable by keyboard alone."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from studio.services.settings import REGISTRY, Settings
from studio.ui.actions import ActionRegistry, KeyMode
from studio.ui.announcer import AnnounceMode, Announcer
from studio.ui.dialogs import AboutDialog, DeviceLists, HelpDialog, SettingsDialog
from studio.ui.widgets import MIN_TARGET, KeyCaptureEdit

from .helpers import accessible_name, tab_cycle, tab_focusable

DEVICES = DeviceLists(
    microphones=("USB Mic", "Built-in Mic"),
    cameras=(("0", "Integrated Camera"), ("2", "")),
    outputs=("Headphones", "Speakers"),
)


@pytest.fixture
def make_dialog(qtbot: Any, registry: ActionRegistry, settings: Any, appearance: Any,
                fake_speech: Any) -> Callable[..., SettingsDialog]:
    """A shown, active settings dialog over the real settings file; devices from ``devices`` (the fake list)."""

    def make(devices: Callable[[], DeviceLists] = lambda: DEVICES, parent: QWidget | None = None,
             wait_for_devices: bool = True) -> SettingsDialog:
        owner = QApplication.activeWindow()
        announcer = Announcer(owner or QApplication.instance(), speech=fake_speech, mode=AnnounceMode.BOTH)
        dlg = SettingsDialog(registry, announcer, settings=settings, appearance=appearance, list_devices=devices,
                             parent=parent)
        if parent is None:
            qtbot.addWidget(dlg)
        with qtbot.waitExposed(dlg):
            dlg.show()
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
        if wait_for_devices:
            qtbot.waitUntil(lambda: dlg.devices_listed, timeout=5000)
        return dlg

    return make


@pytest.fixture
def dialog(make_dialog: Callable[..., SettingsDialog]) -> SettingsDialog:
    return make_dialog()


def _check_names_and_ids(root: Any) -> list[Any]:
    controls = tab_focusable(root)
    names = [accessible_name(w) or w.accessibleName() for w in controls]
    assert all(names), names
    assert len(set(names)) == len(names), names
    assert all(w.accessibleIdentifier() for w in controls), [n for w, n in zip(controls, names, strict=True)
                                                               if not w.accessibleIdentifier()]
    return controls


def test_settings_controls_have_unique_names_ids_and_a_full_tab_cycle(dialog: SettingsDialog, qtbot: Any) -> None:
    controls = _check_names_and_ids(dialog)
    order = tab_cycle(dialog, dialog.theme_combo, qtbot)
    assert set(order) == set(controls)


@pytest.mark.parametrize("build", [lambda r: HelpDialog(r), lambda r: AboutDialog()])
def test_help_and_about_are_named_focusable_text_with_a_close_button(qtbot: Any, registry: ActionRegistry,
                                                                      build: Any) -> None:
    dlg = build(registry)
    qtbot.addWidget(dlg)
    dlg.show()
    controls = _check_names_and_ids(dlg)
    assert len(controls) == 2 and dlg.text.isReadOnly()
    assert dlg.windowTitle()


def test_key_field_reads_as_key_for_its_command_not_just_edit(dialog: SettingsDialog) -> None:
    field = dialog.key_fields["record"]
    assert field.accessibleName() == "Key for Start or stop recording"
    assert field.text() == "F5" and field.isReadOnly()
    assert "Press the new key" in field.accessibleDescription()


def test_capturing_a_free_key_rebinds_and_saves_it(dialog: SettingsDialog, qtbot: Any, registry: ActionRegistry,
                                                   fake_speech: Any) -> None:
    field = dialog.key_fields["marker"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert field.text() == "Ctrl+Shift+M"
    assert ActionRegistry(path=registry.path).key("marker") == "Ctrl+Shift+M"
    assert dialog.problems.last_message() == "Drop a marker: Control plus Shift plus M."
    assert fake_speech.said[-1][0] == "Drop a marker: Control plus Shift plus M."


def test_capturing_a_taken_key_is_refused_and_explained(dialog: SettingsDialog, qtbot: Any,
                                                        registry: ActionRegistry) -> None:
    field = dialog.key_fields["marker"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F5)
    assert field.text() == "F9" and registry.key("marker") == "F9"
    assert "already does Start or stop recording" in dialog.problems.last_message()
    qtbot.keyClick(field, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert "the system closes the window" in dialog.problems.last_message()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [(Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_CapsLock, Qt.KeyboardModifier.NoModifier),
     (Qt.Key.Key_5, Qt.KeyboardModifier.KeypadModifier), (Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier),
     (Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)],
)
def test_key_capture_lets_screen_reader_keys_through(qtbot: Any, key: Qt.Key,
                                                     modifiers: Qt.KeyboardModifier) -> None:
    """OBS #5597: the capture field must not swallow the NVDA/JAWS/Orca key or the number pad."""
    field = KeyCaptureEdit("Drop a marker", "F9", "key_marker")
    qtbot.addWidget(field)
    captured: list[str] = []
    field.key_captured.connect(captured.append)
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    field.keyPressEvent(event)
    assert captured == [] and not event.isAccepted()


def test_key_capture_never_traps_focus_and_backspace_clears(dialog: SettingsDialog, qtbot: Any) -> None:
    field = dialog.key_fields[list(dialog.key_fields)[-1]]  # the last key field: Tab goes on to the reset button
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "none"
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reset_keys


def test_single_key_mode_checkbox_shows_and_edits_single_keys(dialog: SettingsDialog, registry: ActionRegistry,
                                                              qtbot: Any) -> None:
    dialog.single_key.setChecked(True)
    assert dialog.key_fields["try_again"].text() == "T"
    field = dialog.key_fields["try_again"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "single-key mode needs one key" in dialog.problems.last_message()
    qtbot.keyClick(field, Qt.Key.Key_Y)
    assert registry.key("try_again", KeyMode.SINGLE) == "Y"


def test_ok_saves_theme_zoom_announce_mode_rate_and_key_mode(dialog: SettingsDialog, settings: Any,
                                                            registry: ActionRegistry) -> None:
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("high-contrast-light"))
    dialog.zoom_spin.setValue(150)
    dialog.announce_combo.setCurrentIndex(dialog.announce_combo.findData("app-voice"))
    dialog.rate_slider.setValue(140)
    dialog.single_key.setChecked(True)
    dialog.accept()
    assert settings.get("ui.theme") == "high-contrast-light"
    assert settings.get("ui.zoom") == 150
    assert settings.get("ui.announce") == "app-voice"
    assert settings.get("speech.rate") == 140
    assert settings.get("ui.single_key_mode") is True
    assert registry.mode is KeyMode.SINGLE
    assert dialog.announcer.mode is AnnounceMode.APP_VOICE


# ---------------------------------------------------------------------------------------------- every setting

# (setting, how the test changes it in the dialog, the value saved). Each is a setting of the registry.
CHANGES: tuple[tuple[str, Callable[[SettingsDialog], None], object], ...] = (
    ("speech.volume", lambda d: d.volume_spin.setValue(60), 0.6),
    ("speech.feedback_language", lambda d: d.feedback_combo.setCurrentIndex(d.feedback_combo.findData("vi")), "vi"),
    ("sounds.volume", lambda d: d.earcon_spin.setValue(30), 0.3),
    ("devices.microphone", lambda d: d.device_combos["microphone"].setCurrentIndex(
        d.device_combos["microphone"].findData("USB Mic")), "USB Mic"),
    ("devices.camera", lambda d: d.device_combos["camera"].setCurrentIndex(
        d.device_combos["camera"].findData("2")), "2"),
    ("devices.output", lambda d: d.device_combos["output"].setCurrentIndex(
        d.device_combos["output"].findData("Headphones")), "Headphones"),
    ("record.countdown_seconds", lambda d: d.countdown_combo.setCurrentIndex(d.countdown_combo.findData(10)), 10),
    ("record.preflight", lambda d: d.preflight.setChecked(False), False),
    ("analysis.dead_air_seconds", lambda d: d.dead_air_spin.setValue(5), 5.0),
    ("cues.too_fast", lambda d: d.cue_boxes["cues.too_fast"].setChecked(False), False),
    ("cues.dead_air", lambda d: d.cue_boxes["cues.dead_air"].setChecked(False), False),
    ("cues.claim", lambda d: d.cue_boxes["cues.claim"].setChecked(False), False),
    ("cues.uncovered_point", lambda d: d.cue_boxes["cues.uncovered_point"].setChecked(False), False),
    ("cues.viewer", lambda d: d.cue_boxes["cues.viewer"].setChecked(True), True),
)


def _saved(path: Path) -> dict[str, Any]:
    """The values in the settings file (not the defaults Settings.get falls back to)."""
    return dict(json.loads(path.read_text(encoding="utf-8"))["values"]) if path.exists() else {}


def test_the_dialog_shows_the_groups_in_order_with_every_trainee_setting(dialog: SettingsDialog) -> None:
    groups = [dialog.general, dialog.speech_group, dialog.recording_group, dialog.cues_group, dialog.keys_group]
    assert [g.title() for g in groups] == ["Appearance and messages", "Speech and sounds", "Recording",
                                           "Live cues while recording", "Keys"]
    tops = [g.mapTo(dialog, g.rect().topLeft()).y() for g in groups]
    assert tops == sorted(tops)
    shown = set(dialog._values) | {"ui.language", "ui.theme", "ui.zoom"}  # theme and zoom: saved by Appearance
    wanted = {key for key in REGISTRY if not key.startswith(("transcription.", "storage.", "analysis.market"))
              and key != "ui.first_run_done"}
    assert wanted <= shown, wanted - shown
    assert [dialog.feedback_combo.itemText(i) for i in range(dialog.feedback_combo.count())] == [
        "Same as the interface", "English", "Tiếng Việt", "简体中文", "Bahasa Indonesia"]
    assert [dialog.countdown_combo.itemText(i) for i in range(dialog.countdown_combo.count())] == [
        "No countdown", "3 seconds", "5 seconds", "10 seconds"]
    assert dialog.countdown_combo.currentData() == 3 and dialog.preflight.isChecked()


@pytest.mark.parametrize(("key", "change", "value"), CHANGES, ids=[c[0] for c in CHANGES])
def test_each_new_setting_round_trips_through_ok(make_dialog: Callable[..., SettingsDialog], settings: Settings,
                                                key: str, change: Callable[[SettingsDialog], None],
                                                value: object) -> None:
    dialog = make_dialog()
    assert settings.get(key) != value
    change(dialog)
    dialog.accept()
    assert Settings(settings.path).get(key) == value  # read back from the file
    assert _saved(settings.path) == {key: value}, "only the changed setting is written"
    again = make_dialog()  # the dialog shows what was saved
    assert again.changed_values() == {}
    again.accept()
    assert _saved(settings.path) == {key: value}


def test_ok_saves_every_change_at_once_and_applies_the_voice_and_earcon_volume(
    make_dialog: Callable[..., SettingsDialog], settings: Settings, fake_speech: Any, qtbot: Any
) -> None:
    class Owner(QWidget):
        earcons = type("Earcons", (), {"volume": 0.7})()

    owner = Owner()
    qtbot.addWidget(owner)
    fake_speech.volume = 1.0
    fake_speech.rate = 175
    dialog = make_dialog(parent=owner)
    for _key, change, _value in CHANGES:
        change(dialog)
    dialog.rate_slider.setValue(200)
    dialog.accept()
    saved = _saved(settings.path)
    assert saved == {**{key: value for key, _change, value in CHANGES}, "speech.rate": 200}
    reread = Settings(settings.path)
    assert all(reread.get(key) == value for key, value in saved.items())
    assert fake_speech.volume == 0.6 and fake_speech.rate == 200
    assert owner.earcons.volume == 0.3


def test_a_new_sound_output_is_used_at_once_and_a_missing_one_is_said(
    make_dialog: Callable[..., SettingsDialog], fake_speech: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OK moves the voice and the earcons (one shared sink) to the chosen output; an output that is not
    there (the real device list: this machine has no "Headphones") is said, and the default is used."""
    from studio.services import audio_out

    fake_speech.sink = audio_out.DeviceSink(7)
    dialog = make_dialog()
    dialog.device_combos["output"].setCurrentIndex(dialog.device_combos["output"].findData("Headphones"))
    dialog.accept()
    assert fake_speech.sink.device is None
    assert fake_speech.said[-1][0].startswith("There is no speaker called 'Headphones'.")
    assert fake_speech.said[-1][0].endswith("The app speaks on the default sound output.")

    monkeypatch.setattr(audio_out, "chosen_output", lambda name: {"Speakers": 3}.get(name))
    again = make_dialog()
    again.device_combos["output"].setCurrentIndex(again.device_combos["output"].findData("Speakers"))
    again.accept()
    assert fake_speech.sink.device == 3


def test_cancel_saves_nothing(dialog: SettingsDialog, settings: Settings, registry: ActionRegistry,
                              qtbot: Any) -> None:
    for _key, change, _value in CHANGES:
        change(dialog)
    dialog.single_key.setChecked(True)
    dialog.announce_combo.setCurrentIndex(dialog.announce_combo.findData("app-voice"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("vi"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not settings.path.exists()
    assert registry.mode is KeyMode.STANDARD and dialog.announcer.mode is AnnounceMode.BOTH


# ---------------------------------------------------------------------------------------------- devices

def test_a_missing_remembered_device_is_shown_and_kept(make_dialog: Callable[..., SettingsDialog],
                                                       settings: Settings, tmp_path: Path) -> None:
    video = tmp_path / "practice.mp4"
    video.write_bytes(b"")
    settings.update({"devices.microphone": "Old USB Mic", "devices.output": "Living-room speaker",
                     "devices.camera": "5"})
    dialog = make_dialog()
    mic, camera, output = (dialog.device_combos[k] for k in ("microphone", "camera", "output"))
    assert [mic.itemText(i) for i in range(mic.count())] == [
        "System default microphone", "USB Mic", "Built-in Mic", "Old USB Mic (not connected)"]
    assert mic.currentText() == "Old USB Mic (not connected)" and mic.currentData() == "Old USB Mic"
    assert [camera.itemText(i) for i in range(camera.count())] == [
        "System default camera", "Integrated Camera (camera 0)", "Camera 2", "Camera 5 (not connected)"]
    assert camera.currentData() == "5"
    assert output.currentText() == "Living-room speaker (not connected)"
    before = settings.path.read_text(encoding="utf-8")
    dialog.countdown_combo.setCurrentIndex(dialog.countdown_combo.findData(5))
    dialog.accept()
    reread = Settings(settings.path)
    assert reread.get("devices.microphone") == "Old USB Mic" and reread.get("devices.camera") == "5"
    assert reread.get("devices.output") == "Living-room speaker" and reread.get("record.countdown_seconds") == 5
    assert before != settings.path.read_text(encoding="utf-8")

    settings.set("devices.camera", str(video))  # a video file is a camera source, not a missing device
    again = make_dialog()
    assert again.device_combos["camera"].currentText() == str(video)


def test_devices_are_listed_off_the_gui_thread(make_dialog: Callable[..., SettingsDialog], settings: Settings,
                                               qtbot: Any) -> None:
    """A slow device probe (a camera that takes seconds to open) never holds up the dialog."""
    settings.set("devices.microphone", "USB Mic")
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow() -> DeviceLists:
        threads.append(threading.current_thread())
        release.wait(10)
        return DEVICES

    started = time.monotonic()
    dialog = make_dialog(devices=slow, wait_for_devices=False)
    assert time.monotonic() - started < 3
    mic = dialog.device_combos["microphone"]
    assert not dialog.devices_listed and mic.currentData() == "USB Mic"
    mic.setFocus()
    qtbot.keyClick(mic, Qt.Key.Key_Up)  # the trainee may choose while the list is still coming
    assert mic.currentData() == ""
    release.set()
    qtbot.waitUntil(lambda: dialog.devices_listed, timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    assert mic.count() == 3 and mic.currentData() == "", "the choice made while listing stays"


def test_a_failed_device_listing_is_said_and_the_default_stays(make_dialog: Callable[..., SettingsDialog]) -> None:
    def broken() -> DeviceLists:
        raise OSError("PortAudio is missing")

    dialog = make_dialog(devices=broken)
    assert "PortAudio is missing" in dialog.problems.last_message()
    assert dialog.device_combos["microphone"].currentText() == "System default microphone"


# ---------------------------------------------------------------------------------------------- keyboard

def test_every_control_is_a_big_target_with_a_label_and_a_description(dialog: SettingsDialog) -> None:
    for widget in tab_focusable(dialog):
        if widget in dialog.key_fields.values():
            continue  # sized by the field itself (one line of text, at least MIN_TARGET)
        assert widget.minimumHeight() >= MIN_TARGET or widget.height() >= MIN_TARGET, widget.accessibleIdentifier()
        assert widget.accessibleDescription() or widget in dialog.buttons.buttons(), widget.accessibleIdentifier()
    for combo in [*dialog.device_combos.values(), dialog.feedback_combo, dialog.countdown_combo]:
        assert accessible_name(combo) and combo.accessibleName()
    labelled = {label.buddy() for label in dialog.findChildren(type(dialog.language_label)) if label.buddy()}
    for widget in [dialog.volume_spin, dialog.feedback_combo, dialog.earcon_spin, *dialog.device_combos.values(),
                   dialog.countdown_combo, dialog.dead_air_spin]:
        assert widget in labelled, widget.accessibleIdentifier()


def test_tab_goes_through_the_groups_top_to_bottom(dialog: SettingsDialog, qtbot: Any) -> None:
    order = tab_cycle(dialog, dialog.language_combo, qtbot)
    ids = [w.accessibleIdentifier() for w in order]
    first_key = f"key_{next(iter(dialog.key_fields))}"
    assert ids[:ids.index(first_key) + 1] == [
        "combo_language", "combo_theme", "spin_zoom", "combo_announce",
        "slider_rate", "spin_speech_volume", "combo_feedback_language", "spin_earcon_volume",
        "combo_microphone", "combo_camera", "combo_output", "combo_countdown", "chk_preflight", "spin_dead_air",
        "chk_cues_too_fast", "chk_cues_dead_air", "chk_cues_claim", "chk_cues_uncovered_point",
        "chk_cues_viewer", "chk_single_key", first_key,
    ]
    assert ids[-3:] == ["txt_settings_messages", "btn_settings_ok", "btn_settings_cancel"]


def _key(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_new_settings_work_by_keyboard_alone(dialog: SettingsDialog, settings: Settings, qtbot: Any) -> None:
    """Access keys jump to a setting, arrows change it, Space ticks a box, Enter is OK: no mouse anywhere."""
    alt = Qt.KeyboardModifier.AltModifier
    _key(qtbot, Qt.Key.Key_I, alt)
    assert QApplication.focusWidget() is dialog.device_combos["microphone"]
    _key(qtbot, Qt.Key.Key_Down)  # System default → USB Mic
    _key(qtbot, Qt.Key.Key_N, alt)
    assert QApplication.focusWidget() is dialog.countdown_combo
    _key(qtbot, Qt.Key.Key_End)  # 10 seconds
    _key(qtbot, Qt.Key.Key_A, alt)
    assert QApplication.focusWidget() is dialog.dead_air_spin
    _key(qtbot, Qt.Key.Key_Up)
    _key(qtbot, Qt.Key.Key_Up)  # 3 → 5 seconds
    _key(qtbot, Qt.Key.Key_V, alt)
    _key(qtbot, Qt.Key.Key_Down)  # 100 → 90 %
    _key(qtbot, Qt.Key.Key_F, alt)  # a check box's access key ticks it and focuses it
    assert QApplication.focusWidget() is dialog.cue_boxes["cues.too_fast"]
    qtbot.waitUntil(lambda: not dialog.cue_boxes["cues.too_fast"].isChecked(), timeout=2000)  # an animated click
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Space)  # dead air cue off
    _key(qtbot, Qt.Key.Key_Return)  # the default button: OK
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert _saved(settings.path) == {"devices.microphone": "USB Mic", "record.countdown_seconds": 10,
                                     "analysis.dead_air_seconds": 5.0, "speech.volume": 0.9,
                                     "cues.too_fast": False, "cues.dead_air": False}


def test_enter_is_ok_and_never_restores_the_default_keys(dialog: SettingsDialog, registry: ActionRegistry,
                                                         qtbot: Any) -> None:
    """Enter anywhere but on a button presses OK (it used to press "Restore default keys", the first push button)."""
    field = dialog.key_fields["marker"]
    field.setFocus()
    _key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog.language_combo.setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert registry.key("marker") == "Ctrl+Shift+M"


def test_a_language_change_rewords_the_dialog_and_keeps_unsaved_choices(
    make_dialog: Callable[..., SettingsDialog], settings: Settings, qapp: Any
) -> None:
    from studio.ui.i18n import LanguageManager

    settings.set("devices.output", "Old speaker")
    dialog = make_dialog()
    for _key, change, _value in CHANGES:
        change(dialog)
    dialog.device_combos["output"].setCurrentIndex(dialog.device_combos["output"].findData("Old speaker"))
    chosen = dialog.changed_values()
    languages = LanguageManager(qapp)
    try:
        languages.switch("vi")
        QApplication.processEvents()
        assert dialog.speech_group.title() == "Giọng đọc và âm thanh"
        assert dialog.cues_group.title() == "Lời nhắc trong lúc ghi"
        assert dialog.device_combos["microphone"].itemText(0) == "Micrô mặc định của hệ thống"
        assert dialog.device_combos["output"].currentText() == "Old speaker (chưa kết nối)"
        assert dialog.countdown_combo.currentText() == "10 giây"
        assert dialog.dead_air_spin.suffix() == " giây"
        assert dialog.changed_values() == chosen
    finally:
        languages.switch("en")
    QApplication.processEvents()
    assert dialog.device_combos["output"].currentText() == "Old speaker (not connected)"
    assert dialog.changed_values() == chosen
