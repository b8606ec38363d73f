"""The main window: names and ids for every control, the Tab order, keys that trigger actions, readable status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from studio import APP_NAME
from studio.core.model import Finding, FindingKind, Severity
from studio.ui.actions import KeyMode
from studio.ui.main_window import finding_text

from .helpers import accessible_name, tab_cycle, tab_focusable


def test_every_focusable_control_has_a_unique_name_and_an_id(window: Any) -> None:
    controls = tab_focusable(window)
    assert len(controls) >= 6
    names = [accessible_name(w) for w in controls]
    assert all(names), dict(zip([w.accessibleIdentifier() for w in controls], names, strict=True))
    assert len(set(names)) == len(names), names
    assert all(w.accessibleIdentifier() for w in controls)


def test_tab_reaches_every_control_and_cycles_without_a_trap(window: Any, qtbot: Any) -> None:
    order = tab_cycle(window, window.script_combo, qtbot)
    assert set(order) == set(tab_focusable(window))
    ids = [w.accessibleIdentifier() for w in order]
    assert ids == ["combo_script", "combo_market", "btn_record", "meter_level", "list_feedback", "txt_messages"]


def test_window_title_names_the_app_and_menus_have_mnemonics(window: Any) -> None:
    assert APP_NAME in window.windowTitle()
    titles = [a.text() for a in window.menuBar().actions()]
    assert all("&" in t for t in titles), titles


def test_labels_are_buddies_of_their_fields(window: Any) -> None:
    assert window.script_combo.accessibleName() == "Script"  # Qt reports the current item as the AT-SPI name
    labels = {label.accessibleIdentifier(): label.buddy() for label in window.findChildren(type(window.heading))}
    assert labels["lbl_script"] is window.script_combo
    assert labels["lbl_market"] is window.market_combo
    assert labels["lbl_feedback"] is window.feedback_list


def test_live_status_label_is_not_named_so_its_text_is_read(window: Any) -> None:
    """a11y-testing.md: a QLabel with an accessible name hides its text from AT-SPI."""
    assert window.elapsed_label.accessibleName() == ""
    assert "Elapsed time" in window.elapsed_label.text()


def test_actions_carry_their_key_in_tooltip_and_description(window: Any) -> None:
    for action_id, action in window.actions_by_id.items():
        assert action.toolTip() == window.registry.description(action_id)
    assert window.record_button.accessibleDescription() == "Start or stop recording. Key: F5."
    assert "(F5)" in window.record_button.text()


def test_f5_starts_and_stops_recording_and_says_so(window: Any, qtbot: Any, fake_speech: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.is_recording
    assert window.record_button.text().startswith("Stop recording")
    assert "recording" in window.windowTitle()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.log.last_message().startswith("Recording for")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.feedback_list.item(0).text().startswith("Marker 1 at 0:0")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.is_recording
    assert window.log.last_message().startswith("Recording stopped after")
    assert any(text.startswith("Recording stopped") for text, _, _ in fake_speech.said)


def test_feedback_keys_move_through_findings_and_read_each_alone(window: Any, qtbot: Any) -> None:
    """The first F3 after new findings reads finding 1 (it used to skip to finding 2: show_findings makes row 0
    current, and "next" moved on from there), the next F3 finding 2, then F3 says it was the last."""
    findings = [
        Finding(FindingKind.CLAIM, Severity.BLOCK, 12, 13, "Medical claim", quote="cures", suggestion="may help"),
        Finding(FindingKind.PACE, Severity.WARNING, 65, 70, "Too fast"),
    ]
    window.show_findings(findings)
    first = "1 of 2. Must fix at 0:12: Medical claim. You said: “cures”. Try: “may help”."
    assert window.feedback_list.item(0).text() == first
    assert window.feedback_list.currentRow() == 0  # Tab into the list lands on the first item
    assert window.log.last_message() == "2 pieces of feedback. Press F3 for the next one."
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.feedback_list.currentRow() == 0
    assert window.log.last_message() == first
    assert QApplication.focusWidget() is window.feedback_list
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.feedback_list.currentRow() == 1
    assert window.log.last_message() == "2 of 2. Warning at 1:05: Too fast."
    assert QApplication.focusWidget() is window.feedback_list
    with qtbot.waitSignal(window.play_requested) as played:
        qtbot.keyClick(window, Qt.Key.Key_F6)
    assert played.args == [65.0]
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.feedback_list.currentRow() == 0
    with qtbot.waitSignal(window.play_requested):
        qtbot.keyClick(window.feedback_list, Qt.Key.Key_Return)  # Enter on an item plays from it (buzz #404)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.feedback_list.currentRow() == 1
    assert window.log.last_message() == "That was the last piece of feedback."


def test_first_f3_reads_the_only_finding_and_moving_first_is_respected(window: Any, qtbot: Any) -> None:
    """One finding: F3 reads it (it used to say "That was the last piece of feedback" without moving). After the
    trainee moved in the list (arrow keys) or tabbed into it, F3 goes on from the item they are on."""
    window.show_findings([Finding(FindingKind.PACE, Severity.WARNING, 5, 9, "Too fast")])
    assert window.log.last_message() == "1 piece of feedback. Press F3 for the next one."
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.log.last_message() == "1 of 1. Warning at 0:05: Too fast."
    findings = [Finding(FindingKind.PACE, Severity.WARNING, t, t + 1, f"Finding at {t}") for t in (5, 10, 15)]
    window.show_findings(findings)
    window.feedback_list.setFocus(Qt.FocusReason.TabFocusReason)  # the screen reader reads item 1 here
    qtbot.keyClick(window.feedback_list, Qt.Key.Key_Down)  # and item 2 here
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.feedback_list.currentRow() == 2
    assert window.log.last_message() == "3 of 3. Warning at 0:15: Finding at 15."
    window.show_findings(findings)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # "previous" on fresh feedback: last
    assert window.feedback_list.currentRow() == 2


def test_repeat_and_stop_speech_keys_reach_the_voice(window: Any, qtbot: Any, fake_speech: Any) -> None:
    window.say("Price said twice.")
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert [s[0] for s in fake_speech.said][-2:] == ["Price said twice.", "Price said twice."]
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert fake_speech.interrupted == 1


def test_view_keys_zoom_switch_theme_and_show_teleprompter(window: Any, qtbot: Any, settings: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.appearance.zoom == 125 and settings.get("ui.zoom") == 125
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.appearance.zoom == 100
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert settings.get("ui.theme") == "high-contrast-dark"
    assert "#ffff00" in QApplication.instance().styleSheet()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.teleprompter.isVisible()
    assert window.log.last_message() == "Teleprompter shown."


def test_try_again_and_open_script_move_focus_where_the_trainee_needs_it(window: Any, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.script_combo
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.record_button
    assert window.log.last_message().startswith("Ready for another try")


def test_single_key_mode_letters_run_commands_but_type_in_text_fields(window: Any, qtbot: Any) -> None:
    window.registry.mode = KeyMode.SINGLE
    window.apply_keys()
    window.record_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O)
    assert QApplication.focusWidget() is window.script_combo
    window.feedback_list.setFocus()
    qtbot.keyClick(window.feedback_list, Qt.Key.Key_T)  # letters reach commands from a list too
    assert window.log.last_message().startswith("Ready for another try")
    field = QLineEdit(window.centralWidget().widget())
    field.setAccessibleName("Note")
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, "ot")
    assert field.text() == "ot"
    assert QApplication.focusWidget() is field


def test_f1_opens_the_keyboard_reference_generated_from_the_registry(window: Any, qtbot: Any) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(dialog.text.toPlainText())
        dialog.reject()

    QTimer.singleShot(100, read_and_close)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert seen and "Start or stop recording" in seen[0] and "Single-key mode" in seen[0]


def test_level_meter_has_a_text_equivalent(window: Any) -> None:
    meter = window.meter
    meter.set_level_db(-20)
    assert meter.accessibleDescription() == "Microphone level: 67 percent, good."
    iface = QAccessible.queryAccessibleInterface(meter)
    assert iface.valueInterface().currentValue() == 67
    meter.set_level_db(-50)
    assert "very quiet" in meter.accessibleDescription()


def test_message_log_is_focusable_read_only_text(window: Any) -> None:
    window.say("Saved.")
    assert window.log.isReadOnly() and window.log.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.log.last_message() == "Saved."


def test_finding_text_reads_alone() -> None:
    finding = Finding(FindingKind.COVERAGE, Severity.PRAISE, 3725, 3726, "You said the price.")
    assert finding_text(finding, 3, 4) == "3 of 4. Well done at 1:02:05: You said the price."


def test_dialogs_open_by_key_and_theme_and_zoom_changes_afterwards_are_safe(window: Any, qtbot: Any) -> None:
    """Settings, help and about open from the keyboard; changing the look afterwards repolishes safely."""
    titles: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        titles.append(dialog.windowTitle())
        dialog.reject()

    for key, modifier in ((Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        QTimer.singleShot(100, close_dialog)
        qtbot.keyClick(window, key, modifier)
    QTimer.singleShot(100, close_dialog)
    window.actions_by_id["about"].trigger()
    assert [t.split(" ")[0] for t in titles] == ["Settings", "Keyboard", "About"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.appearance.zoom == 125
