"""The trainee's workflow around a rehearsal (issue 7), on the real MainWindow (offscreen) driven by keys, with a
fake Rehearsal in the worker thread, a real SQLite store and fake speech that keeps the order of what was said:
the countdown setting, the spoken pre-flight, the instructor's comments in the feedback list, and the attempt
history with its trend."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.core.model import (
    Finding,
    FindingKind,
    Report,
    ScriptInfo,
    SessionState,
    Severity,
    TranscriptPass,
)
from studio.core.progress import progress_summary
from studio.core.report import finding_sentence
from studio.services.attempts import attempt_history
from studio.services.preflight_run import PreflightContext, PreflightItem
from studio.services.store import SessionStore
from studio.ui.history import AttemptHistoryView, when_text
from studio.ui.workflow import Phase
from tests.workflow.fakes import FakeRehearsal

SCRIPT_ID = "en-phone-case"  # assets/scripts/en-phone-case.md, shown as "En phone case"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SessionStore]:
    opened = SessionStore(tmp_path / "studio.db")
    yield opened
    opened.close()


def _texts(fake_speech: Any) -> list[str]:
    return [text for text, _language, _priority in fake_speech.said]


def _after(said: list[str], first: str) -> list[str]:
    return said[said.index(first):]


# ---------------------------------------------------------------------------- the countdown setting


@pytest.mark.parametrize("seconds", [5, 10])
def test_the_countdown_follows_the_setting(qtbot: Any, window: Any, settings: Any, fake_speech: Any,
                                            make_controller: Any, seconds: int) -> None:
    """record.countdown_seconds = 5 counts 5-4-3-2-1 (10 counts from 10); the setting is read at each start."""
    settings.set("record.countdown_seconds", seconds)
    controller = make_controller(FakeRehearsal(), tick_ms=5)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    said = _texts(fake_speech)
    assert said[: seconds + 1] == ["Get ready. Press F5 to start now.", *[str(n) for n in range(seconds, 0, -1)]]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.wait_idle(5)

    settings.set("record.countdown_seconds", 3)  # changed in the settings between two takes
    fake_speech.said.clear()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    assert _texts(fake_speech)[:4] == ["Get ready. Press F5 to start now.", "3", "2", "1"]


def test_countdown_zero_starts_at_once_and_the_default_is_three(qtbot: Any, window: Any, settings: Any,
                                                                 fake_speech: Any, make_controller: Any) -> None:
    from studio.services.settings import REGISTRY

    assert REGISTRY["record.countdown_seconds"].default == 3
    assert REGISTRY["record.countdown_seconds"].choices == (0, 3, 5, 10)
    settings.set("record.countdown_seconds", 0)
    rehearsal = FakeRehearsal()
    make_controller(rehearsal)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    said = _texts(fake_speech)
    assert not any(text.startswith("Get ready") for text in said) and "1" not in said
    assert rehearsal.calls == ["prepare", "start:en-US"]


# ---------------------------------------------------------------------------- the pre-flight


class Steps:
    """Fake device checks that behave like the real ones: the microphone step asks for the prompt first, and a
    step can be held (a check still measuring) until the test releases it."""

    def __init__(self, *, hold_camera: bool = False) -> None:
        self.release = threading.Event()
        if not hold_camera:
            self.release.set()
        self.ran: list[str] = []
        self.finished: list[str] = []

    def camera(self, context: PreflightContext) -> Iterable[PreflightItem]:
        self.ran.append("camera")
        self.release.wait(10)
        self.finished.append("camera")
        return [PreflightItem("camera", "framing.good", "Your face is well placed in the picture.", True),
                PreflightItem("light", "light.dark", "The picture is dark. Turn on a light or face a window.", False)]

    def microphone(self, context: PreflightContext) -> Iterable[PreflightItem]:
        self.ran.append("microphone")
        context.before_listening()
        return [PreflightItem("microphone", "mic.good", "Good level. The microphone hears you clearly.", True)]

    def output(self, context: PreflightContext) -> Iterable[PreflightItem]:
        self.ran.append("output")
        context.wait_quiet()
        return [PreflightItem("output", "output.played", "A short tone was played.", True)]

    @property
    def all(self) -> tuple[Any, ...]:
        return self.camera, self.microphone, self.output


PREFLIGHT_INTRO = "Checking the camera, the microphone and the speaker. Press F5 or Escape to skip the check."
MIC_PROMPT = ("Microphone check: after this message, say a sentence, such as your product and its price, until you "
              "hear the result.")


def test_preflight_speaks_each_result_then_counts_down_and_records(qtbot: Any, window: Any, settings: Any,
                                                                   fake_speech: Any, make_controller: Any) -> None:
    """F5 with record.preflight on: the intro, each result as it comes (a problem with the warning earcon), the
    microphone prompt before the microphone listens, a closing sentence naming the key that cancels, then the
    countdown and the recording."""
    played: list[str] = []
    window.earcons = type("E", (), {"play": lambda self, name: played.append(name)})()
    settings.set("record.preflight", True)
    steps = Steps()
    rehearsal = FakeRehearsal()
    controller = make_controller(rehearsal, preflight_steps=steps.all)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.phase is Phase.PREFLIGHT
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    said = _texts(fake_speech)
    assert said[:8] == [
        PREFLIGHT_INTRO,
        "Your face is well placed in the picture.",
        "The picture is dark. Turn on a light or face a window.",
        MIC_PROMPT,
        "Good level. The microphone hears you clearly.",
        "A short tone was played.",
        "The check found 1 thing to look at. To fix it first, press Control plus R during the countdown.",
        "Get ready. Press F5 to start now.",
    ]
    assert steps.ran == ["camera", "microphone", "output"]
    assert played[0] == "warning" and "countdown_tick" in played
    assert [item.key for item in controller.preflight_items] == ["framing.good", "light.dark", "mic.good",
                                                                 "output.played"]
    assert rehearsal.calls[0] == "prepare"  # the model loads during the check


def test_preflight_is_skipped_by_escape_without_blocking_and_late_results_are_dropped(
    qtbot: Any, window: Any, settings: Any, fake_speech: Any, make_controller: Any
) -> None:
    """The camera check is still measuring (held): the window answers keys (F2), Escape skips the check and the
    countdown starts; the held check's result is never said, no later check runs, and the recorder only starts
    once the check has let go of the devices."""
    settings.set("record.preflight", True)
    settings.set("record.countdown_seconds", 0)
    steps = Steps(hold_camera=True)
    rehearsal = FakeRehearsal()
    controller = make_controller(rehearsal, preflight_steps=steps.all)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: steps.ran == ["camera"], timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F2)  # the window is not blocked by the check
    assert window.log.last_message() == "Not recording yet."
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.log.last_message() == "Check skipped."
    assert controller.phase is Phase.STARTING
    qtbot.wait(200)
    assert not window.is_recording and rehearsal.calls == ["prepare"]  # the camera is still held by the check
    steps.release.set()
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    said = _texts(fake_speech)
    assert "Your face is well placed in the picture." not in said
    assert steps.ran == ["camera"] and steps.finished == ["camera"]
    assert not controller._skip_action.isEnabled()  # Escape is the window's again


def test_the_record_key_skips_the_preflight_too_and_the_setting_switches_it_off(
    qtbot: Any, window: Any, settings: Any, fake_speech: Any, make_controller: Any
) -> None:
    settings.set("record.preflight", True)
    steps = Steps(hold_camera=True)
    controller = make_controller(FakeRehearsal(), preflight_steps=steps.all, tick_ms=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.phase is Phase.COUNTDOWN
    assert _texts(fake_speech)[-3:] == ["Check skipped.", "Get ready. Press F5 to start now.", "3"]
    steps.release.set()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # try again: back to the start
    assert controller.phase is Phase.IDLE

    settings.set("record.preflight", False)
    fake_speech.said.clear()
    steps.ran.clear()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.phase is Phase.COUNTDOWN and steps.ran == []
    assert _texts(fake_speech)[0] == "Get ready. Press F5 to start now."


def test_the_microphone_listens_only_after_the_app_voice_has_finished_the_prompt(
    qtbot: Any, window: Any, settings: Any, fake_speech: Any, make_controller: Any
) -> None:
    """The app's voice would be heard by the microphone: the check waits until the voice is idle (the speech
    service's wait_idle) after the prompt, and only then listens."""
    talking = 0.4  # each message takes this long to say
    last_said = [0.0]
    say = fake_speech.say

    def speaking_say(text: str, **kwargs: Any) -> None:
        last_said[0] = time.monotonic()
        say(text, **kwargs)

    def wait_idle(timeout: float) -> bool:
        if time.monotonic() - last_said[0] >= talking:
            return True
        time.sleep(timeout)
        return False

    fake_speech.say = speaking_say
    fake_speech.wait_idle = wait_idle
    listened: list[float] = []
    prompt_said: list[float] = []
    window.announcer.announced.connect(
        lambda text: prompt_said.append(time.monotonic()) if text == MIC_PROMPT else None)

    def microphone(context: PreflightContext) -> Iterable[PreflightItem]:
        context.before_listening()
        listened.append(time.monotonic())
        return [PreflightItem("microphone", "mic.good", "Good level.", True)]

    settings.set("record.preflight", True)
    settings.set("record.countdown_seconds", 0)
    make_controller(FakeRehearsal(), preflight_steps=(microphone,), preflight_lead=0.1)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    assert prompt_said and listened
    assert listened[0] - prompt_said[0] >= talking


def test_a_failing_check_is_said_in_words_and_the_next_check_still_runs(
    qtbot: Any, window: Any, settings: Any, fake_speech: Any, make_controller: Any
) -> None:
    from studio.services.capture.audio import MicrophoneError

    def broken(_context: PreflightContext) -> Iterable[PreflightItem]:
        raise MicrophoneError("The default microphone could not be tested: no device.")

    broken.check = "microphone"  # type: ignore[attr-defined]
    settings.set("record.preflight", True)
    settings.set("record.countdown_seconds", 0)
    steps = Steps()
    make_controller(FakeRehearsal(), preflight_steps=(broken, steps.output))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    said = _texts(fake_speech)
    assert said[1:4] == ["The default microphone could not be tested: no device.", "A short tone was played.",
                         "The check found 1 thing to look at. To fix it first, press Control plus R during the "
                         "countdown."]


# ---------------------------------------------------------------------------- comments in the feedback list


def _comments_session(store: SessionStore, folder_note: bool = True) -> tuple[str, Any]:
    trainee = store.ensure_default_trainee()
    session = store.create_session(trainee.id, script_id=None, title="Free practice")
    if folder_note:
        note = store.session_dir(session.id) / "notes" / "note-1.wav"
        note.parent.mkdir(parents=True, exist_ok=True)
        note.write_bytes(b"RIFF")
    store.add_comment(session.id, 3.0, "Lan", "Smile when you show the case.")
    store.add_comment(session.id, 7.5, "Lan", audio_path="notes/note-1.wav")
    return session.id, trainee


def test_comments_join_the_findings_in_time_order_and_f3_walks_them(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, store: SessionStore
) -> None:
    """After a rehearsal, the instructor's comments on the session are items of the feedback list in time order
    with the findings (2.0 s finding, 3.0 s comment, 5.0 s finding, 7.5 s voice note); F3 walks them from the
    first; Enter on the voice note plays the note, Enter on a comment plays the recording from its moment."""
    session_id, _trainee = _comments_session(store)
    rehearsal = FakeRehearsal(store=store, session_id=session_id)
    controller = make_controller(rehearsal, countdown=0)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.wait_idle(5)
    report = rehearsal.report
    texts = [window.feedback_list.item(i).text() for i in range(window.feedback_list.count())]
    assert texts == [
        f"1 of 2. Must fix. {finding_sentence(report.findings[0], 'en')}",
        "Comment from Lan at 0:03: Smile when you show the case.",
        f"2 of 2. Warning. {finding_sentence(report.findings[1], 'en')}",
        "Voice note from Lan at 0:07",
    ]
    said = _texts(fake_speech)
    assert "2 pieces of feedback. Press F3 for the next one." in said
    assert "Your instructor left 2 comments." in said

    for expected in texts:
        qtbot.keyClick(window, Qt.Key.Key_F3)
        assert window.log.last_message() == expected
    assert QApplication.focusWidget() is window.feedback_list
    with qtbot.waitSignal(window.voice_note_requested) as note:
        qtbot.keyClick(window.feedback_list, Qt.Key.Key_Return)
    assert Path(note.args[0]) == store.session_dir(session_id) / "notes" / "note-1.wav"
    assert window.log.last_message() == "Playing the voice note."
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(window.play_requested) as played:
        qtbot.keyClick(window.feedback_list, Qt.Key.Key_Return)
    assert played.args == [3.0]


def test_a_comment_without_author_or_text_and_a_missing_note_read_well(window: Any, qtbot: Any,
                                                                       tmp_path: Path) -> None:
    from studio.services.store import Comment
    from studio.ui.main_window import FeedbackSource

    made = datetime(2026, 11, 27, tzinfo=UTC)
    comments = [Comment("c1", "s", 42.0, "", "Good energy.", "", made),
                Comment("c2", "s", 65.0, "Budi", "Slower here.", "gone.wav", made)]
    window.show_feedback([], comments, source=FeedbackSource("s", tmp_path, None))
    assert [window.feedback_list.item(i).text() for i in range(2)] == [
        "Comment at 0:42: Good energy.", "Voice note from Budi at 1:05: Slower here."]
    assert window.log.last_message() == "2 comments from your instructor. Press F3 for the next one."
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClick(window.feedback_list, Qt.Key.Key_Return)
    assert window.log.last_message() == "The voice note's file is missing, so it cannot be played."


# ---------------------------------------------------------------------------- the attempt history


def _analysed_attempt(store: SessionStore, trainee_id: str, day: int, *, pace: float, claims: float,
                      coverage: float, findings: tuple[Finding, ...] = (),
                      extra: dict[str, float] | None = None) -> str:
    session = store.create_session(trainee_id, script_id=SCRIPT_ID, title="Shockproof phone case")
    started = datetime(2026, 11, day, 14, 5, tzinfo=UTC)
    session = session.moved_to(SessionState.RECORDING, started_at=started)
    session = session.moved_to(SessionState.RECORDED, ended_at=started.replace(minute=10), duration=300.0)
    store.save_session(session.moved_to(SessionState.ANALYSED))
    metrics = {"pace_rate": pace, "pace_unit": 1.0, "word_count": 500.0, "claims_total": claims,
               "coverage_coverage_ratio": coverage, **(extra or {})}
    store.save_report(session.id, Report("en", metrics, findings, "Summary.", TranscriptPass.LIVE))
    return session.id


@pytest.fixture
def attempts(store: SessionStore) -> dict[str, Any]:
    """Three analysed attempts on the phone-case script (pace 190 → 170 → 150 syllables a minute), one failed
    take, and one attempt on another script; comments on the second attempt."""
    trainee = store.ensure_default_trainee()
    store.save_script(ScriptInfo(SCRIPT_ID, "Shockproof phone case", "en", "en-US", "en-phone-case.md"))
    finding = Finding(FindingKind.CLAIM, Severity.BLOCK, 20.0, 21.0, "Medical claim that platforms ban",
                      quote="cures", suggestion="may help")
    ids = [_analysed_attempt(store, trainee.id, 20, pace=190.0, claims=3.0, coverage=0.5),
           _analysed_attempt(store, trainee.id, 22, pace=170.0, claims=1.0, coverage=0.75, findings=(finding,)),
           _analysed_attempt(store, trainee.id, 24, pace=150.0, claims=0.0, coverage=0.9,
                             extra={"viewer_questions": 3.0, "viewer_answered": 2.0})]
    failed = store.create_session(trainee.id, script_id=SCRIPT_ID)
    store.save_session(failed.moved_to(SessionState.FAILED))  # the devices never started: not an attempt
    store.save_script(ScriptInfo("id-serum", "Serum", "id", "id-ID", "id-serum.md"))
    other = store.create_session(trainee.id, script_id="id-serum")
    store.save_session(other.moved_to(SessionState.RECORDED))
    store.add_comment(ids[1], 12.0, "Lan", "Say the price twice.")
    return {"trainee": trainee, "ids": ids}


def _choose_phone_case(window: Any) -> None:
    window.script_combo.setCurrentIndex(window.script_combo.findText("En phone case"))


def test_attempt_history_lists_date_pace_unit_claims_coverage_and_says_the_trend(
    qtbot: Any, window: Any, fake_speech: Any, store: SessionStore, attempts: dict[str, Any]
) -> None:
    """Ctrl+H: the attempts on the chosen script, newest first (date, pace with its unit, banned claims, coverage),
    and the trend sentence from studio.core.progress; the heading, the trend and the newest attempt are said."""
    window.store = store
    _choose_phone_case(window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "history" in window.open_windows, timeout=5000)
    view = window.open_windows["history"]
    assert isinstance(view, AttemptHistoryView) and view.isWindow()
    assert view.windowTitle() == "Attempt history: Shockproof phone case — Rehearsal Studio"
    items = [view.attempts_list.item(i).text() for i in range(view.attempts_list.count())]
    date, time_ = when_text(datetime(2026, 11, 24, 14, 5, tzinfo=UTC))
    assert items[0] == (f"Attempt 3 of 3, {date} at {time_}. Pace: 150 syllables a minute. No banned claims. "
                        "Script coverage: 90 percent. Viewer questions answered: 67 percent.")
    assert items[1].endswith("Pace: 170 syllables a minute. 1 banned claim. Script coverage: 75 percent.")
    assert items[2].startswith("Attempt 1 of 3,") and "3 banned claims." in items[2]
    expected = attempt_history(store, attempts["trainee"].id, SCRIPT_ID, language="en")
    assert expected.trend == progress_summary([a.point for a in reversed(expected.attempts)], "en")
    assert "pace went from one hundred ninety to one hundred fifty syllables a minute" in expected.trend
    said = _texts(fake_speech)
    assert said[-3:] == ["Shockproof phone case: 3 attempts.", expected.trend, items[0]]
    assert view.trend.isReadOnly() and expected.trend in view.trend.toPlainText()
    assert QApplication.focusWidget() is view.attempts_list


def _open_second_attempt(qtbot: Any, window: Any, store: SessionStore) -> None:
    """Ctrl+H on the phone-case script, then Enter on the second attempt: its feedback fills the main list."""
    window.store = store
    _choose_phone_case(window)
    window.actions_by_id["attempt_history"].trigger()
    qtbot.waitUntil(lambda: "history" in window.open_windows, timeout=5000)
    view = window.open_windows["history"]
    view.attempts_list.setCurrentRow(1)
    qtbot.keyClick(view.attempts_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.feedback_list.count() == 2, timeout=5000)


def test_enter_on_an_attempt_shows_its_feedback_and_comments_in_the_main_window(
    qtbot: Any, window: Any, fake_speech: Any, store: SessionStore, attempts: dict[str, Any]
) -> None:
    """Enter on the second attempt closes the history; the main window's feedback list shows that attempt's finding
    and the instructor's comment, in time order, and the first F3 reads the first of them."""
    _open_second_attempt(qtbot, window, store)
    assert "history" not in window.open_windows
    assert [window.feedback_list.item(i).text() for i in range(2)] == [
        "Comment from Lan at 0:12: Say the price twice.",
        "1 of 1. Must fix at 0:20: Medical claim that platforms ban. You said: “cures”. Try: “may help”.",
    ]
    assert window.feedback_source is not None and window.feedback_source.session_id == attempts["ids"][1]
    said = _texts(fake_speech)
    date, time_ = when_text(datetime(2026, 11, 22, 14, 5, tzinfo=UTC))
    assert f"Feedback on your attempt of {date} at {time_}." in said
    assert said[-2:] == ["1 piece of feedback. Press F3 for the next one.", "Your instructor left 1 comment."]
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.log.last_message() == "Comment from Lan at 0:12: Say the price twice."


def test_a_comment_added_in_a_review_window_joins_the_feedback_list_at_once(
    qtbot: Any, window: Any, fake_speech: Any, store: SessionStore, attempts: dict[str, Any]
) -> None:
    """The instructor opens the attempt the trainee's list shows and adds a comment: the list gets it in time order
    without reopening, and the trainee stays on the item they were on."""
    _open_second_attempt(qtbot, window, store)
    window.feedback_list.setCurrentRow(1)  # the trainee is on the finding
    review = window.open_review(attempts["ids"][1])
    review.comment_edit.setText("Smile when you say the price.")
    assert review.add_comment() is not None
    items = [window.feedback_list.item(i).text() for i in range(window.feedback_list.count())]
    assert items[0].endswith("Smile when you say the price.") and items[1:] == [
        "Comment from Lan at 0:12: Say the price twice.",
        "1 of 1. Must fix at 0:20: Medical claim that platforms ban. You said: “cures”. Try: “may help”.",
    ]
    assert window.feedback_list.currentRow() == 2  # still on the finding
    assert store.list_comments(attempts["ids"][1])[0].text == "Smile when you say the price."

    other = window.open_review(attempts["ids"][0])  # a comment on another attempt leaves the list alone
    other.comment_edit.setText("Good energy.")
    other.add_comment()
    assert window.feedback_list.count() == 3


def test_attempt_history_reads_off_the_gui_thread(qtbot: Any, window: Any, store: SessionStore,
                                                  attempts: dict[str, Any]) -> None:
    """While the store is slow, the window answers keys; the history opens when the read is done."""
    gate = threading.Event()

    class SlowStore:
        def __getattr__(self, name: str) -> Any:
            return getattr(store, name)

        def list_sessions(self, **kwargs: Any) -> Any:
            gate.wait(10)
            return store.list_sessions(**kwargs)

    window.store = SlowStore()
    _choose_phone_case(window)
    started = time.perf_counter()
    window.open_attempt_history()
    assert time.perf_counter() - started < 0.5 and "history" not in window.open_windows
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.log.last_message() == "Not recording yet."
    window.open_attempt_history()  # asked again while reading
    assert window.log.last_message() == "Loading your attempts, one moment."
    gate.set()
    qtbot.waitUntil(lambda: "history" in window.open_windows, timeout=5000)
    assert window.open_windows["history"].attempts_list.count() == 3


def test_free_practice_history_and_no_attempts_yet(qtbot: Any, window: Any, fake_speech: Any,
                                                   store: SessionStore, attempts: dict[str, Any]) -> None:
    window.store = store
    window.script_combo.setCurrentIndex(0)  # free practice
    window.open_attempt_history()
    qtbot.waitUntil(lambda: "history" in window.open_windows, timeout=5000)
    view = window.open_windows["history"]
    assert view.attempts_list.count() == 0 and not view.open_button.isEnabled()
    assert _texts(fake_speech)[-1] == "You have no free practice attempts yet."
    assert QApplication.focusWidget() is view.trend


def test_history_and_attempts_need_the_store(window: Any) -> None:
    window.store = None
    window.open_attempt_history()
    assert window.log.last_message().startswith("The session library is not available")


def test_new_commands_are_in_the_menus_with_their_keys(window: Any) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    feedback = [a.text() for a in menus["Fee&dback"].actions()]
    assert feedback[-1] == "Attempt &history…"
    assert [a.text() for a in menus["&Help"].actions()][-1] == "&Welcome guide"
    assert window.actions_by_id["attempt_history"].shortcut().toString() == "Ctrl+H"
    assert window.actions_by_id["welcome_guide"].toolTip().endswith("Key: Shift+F1.")


def test_attempts_service_counts_recorded_takes_and_skips_others(store: SessionStore,
                                                                attempts: dict[str, Any]) -> None:
    history = attempt_history(store, attempts["trainee"].id, SCRIPT_ID, language="vi")
    assert [a.number for a in history.attempts] == [3, 2, 1]
    assert [a.session_id for a in reversed(history.attempts)] == attempts["ids"]
    assert history.script_title == "Shockproof phone case"
    assert history.trend.startswith("Qua ba buổi")  # the trend is composed in the asked language
    free = attempt_history(store, attempts["trainee"].id, None, language="en", title="")
    assert free.attempts == () and free.trend.startswith("There are no analysed sessions")


def test_a_language_change_rewords_the_new_texts_and_keeps_the_state(
    qtbot: Any, window: Any, store: SessionStore, attempts: dict[str, Any]
) -> None:
    """Qt's LanguageChange: the history window, the comment items and the guide are worded again through tr(), and
    the chosen attempt, the feedback list and the guide's visibility stay as they were."""
    from PySide6.QtCore import QEvent

    from studio.core import i18n

    window.store = store
    _choose_phone_case(window)
    window.open_attempt_history()
    qtbot.waitUntil(lambda: "history" in window.open_windows, timeout=5000)
    view = window.open_windows["history"]
    view.attempts_list.setCurrentRow(1)
    window.open_attempt_feedback(attempts["ids"][1])
    qtbot.waitUntil(lambda: window.feedback_list.count() == 2, timeout=5000)
    window.show_welcome_guide()
    i18n.set_backend(lambda text: f"«{text}»")
    try:
        for widget in (window, view, window.welcome):
            QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        assert view.attempts_list.currentRow() == 1
        assert view.attempts_list.item(1).text().startswith("«Attempt 2 of 3,")
        assert "«Attempt history: Shockproof phone case» — Rehearsal Studio" in view.windowTitle()
        assert window.feedback_list.item(0).text() == "«Comment from Lan at 0:12: Say the price twice.»"
        assert window.welcome.isVisible() and window.welcome.text.toPlainText().startswith("«Welcome to")
        assert window.welcome.close_button.text() == "«&Close the guide»"
    finally:
        i18n.set_backend(None)
        for widget in (window, view, window.welcome):
            QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
