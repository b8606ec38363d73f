"""Settings, keyboard reference and about dialogs: names, ids, Tab order, key capture that respects screen readers."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from studio.ui.actions import ActionRegistry, KeyMode
from studio.ui.announcer import AnnounceMode, Announcer
from studio.ui.dialogs import AboutDialog, HelpDialog, SettingsDialog
from studio.ui.widgets import KeyCaptureEdit

from .helpers import accessible_name, tab_cycle, tab_focusable


@pytest.fixture
def dialog(qtbot: Any, registry: ActionRegistry, settings: Any, appearance: Any, fake_speech: Any) -> SettingsDialog:
    owner = QApplication.activeWindow()
    announcer = Announcer(owner or QApplication.instance(), speech=fake_speech, mode=AnnounceMode.BOTH)
    dlg = SettingsDialog(registry, announcer, settings=settings, appearance=appearance)
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    return dlg


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
