"""WorkflowController on the real MainWindow (offscreen), driven by key presses, with a fake Rehearsal in its
worker thread and fake speech that keeps the order of what was said."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from studio.core.report import compare_reports, finding_sentence
from studio.ui.workflow import Phase
from tests.workflow.fakes import FakeRehearsal, sample_report


def _texts(fake_speech: Any) -> list[str]:
    return [text for text, _language, _priority in fake_speech.said]


def test_f5_counts_down_records_and_f5_stops_with_summary_first_then_feedback_then_comparison(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any
) -> None:
    """F5: "Get ready", 3-2-1 with tick earcons, then the rehearsal starts in the worker and the window records.
    F5 again: the summary is spoken before anything else about the result, the feedback list holds one
    focusable item per finding worded by finding_sentence, then the comparison with the previous attempt."""
    previous = sample_report("Earlier attempt.", rate=200.0)
    rehearsal = FakeRehearsal(previous=previous)
    controller = make_controller(rehearsal)

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.phase is Phase.COUNTDOWN and not window.is_recording
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    said = _texts(fake_speech)
    assert said[:4] == ["Get ready. Press F5 to start now.", "3", "2", "1"]
    assert rehearsal.calls == ["prepare", "start:en-US"]
    assert any(text.startswith("Recording started") for text in said)

    qtbot.keyClick(window, Qt.Key.Key_F9)  # a marker uses the recording's clock
    assert rehearsal.markers == [4.0]

    fake_speech.said.clear()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.wait_idle(5)
    said = _texts(fake_speech)
    report = rehearsal.report
    assert said[0].startswith("Recording stopped")
    assert said[1] == report.summary  # the first thing said about the result
    assert said[2].startswith("2 pieces of feedback")
    assert said[3] == "Compared with your last attempt: " + compare_reports(previous, report, "en")
    assert controller.stop_latencies and controller.stop_latencies[0] < 2.0

    items = [window.feedback_list.item(i) for i in range(window.feedback_list.count())]
    assert len(items) == 2
    assert items[0].text() == f"1 of 2. Must fix. {finding_sentence(report.findings[0], 'en')}"
    assert all(item.flags() & Qt.ItemFlag.ItemIsSelectable for item in items)
    window.feedback_list.setFocus()
    assert window.feedback_list.hasFocus() and window.feedback_list.currentRow() == 0


def test_the_record_key_during_the_countdown_skips_it(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any
) -> None:
    """No time pressure: pressing F5 again during the countdown starts at once (with the "go" earcon)."""
    controller = make_controller(FakeRehearsal(), tick_ms=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    assert "2" not in _texts(fake_speech)
    assert controller.phase is Phase.RECORDING


def test_a_failed_stop_is_said_and_the_window_is_ready_again(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any
) -> None:
    """The rehearsal's spoken error reaches the trainee assertively; nothing is left half-recording."""
    message = "The recording was saved, but it could not be analysed: the model is missing."
    controller = make_controller(FakeRehearsal(fail_stop=message), countdown=0)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.wait_idle(5)
    assert message in _texts(fake_speech) and not window.is_recording
    assert window.feedback_list.count() == 0


def test_choosing_a_script_speaks_its_one_sentence_summary(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any
) -> None:
    """Moving in the script chooser (arrow keys) says the chosen script's summary; free practice says so."""
    from studio.core.script import load_script, summarise_script

    controller = make_controller(FakeRehearsal())
    window.script_combo.setFocus()
    qtbot.keyClick(window.script_combo, Qt.Key.Key_Down)
    path = Path(window.script_combo.currentData())
    assert _texts(fake_speech)[-1] == summarise_script(load_script(path))
    index = window.script_combo.findText("En phone case")
    window.script_combo.setCurrentIndex(index)
    said = _texts(fake_speech)[-1]
    assert said.startswith("Shockproof phone case: 1 product") and controller.script is not None
    window.script_combo.setCurrentIndex(0)
    assert _texts(fake_speech)[-1] == "Free practice: no script." and controller.script is None


def test_enter_on_a_finding_without_a_recording_says_what_to_do(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any
) -> None:
    """Enter on a finding emits play_requested; with no recording file the trainee hears why nothing plays."""
    make_controller(FakeRehearsal())
    window.show_findings(sample_report().findings, language="en")
    window.feedback_list.setFocus()
    qtbot.keyClick(window.feedback_list, Qt.Key.Key_Return)
    assert "There is no recording to play yet. Record an attempt first." in _texts(fake_speech)


def test_live_cues_play_their_earcon_and_are_said_only_while_recording(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, tmp_path: Path
) -> None:
    """A cue emitted from the rehearsal's thread plays its earcon and is said; after Stop it is ignored."""
    from studio.services.rehearsal import Cue

    played: list[str] = []
    window.earcons = type("E", (), {"play": lambda self, name: played.append(name)})()
    rehearsal = FakeRehearsal()
    make_controller(rehearsal, countdown=0)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    rehearsal.on_cue(Cue("too_fast", "Slow down a little.", 12.0))
    qtbot.waitUntil(lambda: "too_fast" in played, timeout=2000)
    assert "Slow down a little." in _texts(fake_speech)
    rehearsal.on_cue(Cue("viewer", "Maya asks: How much is it?", 31.0))  # a simulated viewer's question
    qtbot.waitUntil(lambda: "viewer_question" in played, timeout=2000)
    assert "Maya asks: How much is it?" in _texts(fake_speech)
    assert window.log.last_message() == "Maya asks: How much is it?"  # readable again in the message list
