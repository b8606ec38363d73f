"""File → Analyse a recording (issue 7: long work shows and announces progress, can be cancelled, never blocks), on
the real MainWindow (offscreen) driven by keys, with a fake slow pipeline on the import thread and fake speech.

The pipeline's own behaviour (no half session after a cancel, errors naming the file) is tested with the real
RecordingImporter, a real SQLite store and real media files, and a fake transcriber instead of the model; the real
model runs in test_import_recording_real.py."""

from __future__ import annotations

import itertools
import os
import re
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from studio.core.errors import Cancelled
from studio.core.model import Report, Segment, Transcript, TranscriptPass, Word
from studio.core.report import finding_sentence
from studio.services.recording_import import (
    ImportJob,
    ImportStep,
    RecordingImporter,
    RecordingImportError,
    remove_stale_staging,
)
from studio.services.store import SessionStore
from studio.ui.workflow import PROGRESS_SAY_GAP, Phase
from tests.ui.helpers import accessible_name, tab_focusable
from tests.workflow.fakes import JFK_TEXT, FakeRehearsal, sample_report


def _texts(fake_speech: Any) -> list[str]:
    return [text for text, _language, _priority in fake_speech.said]


class SlowImporter:
    """Stands in for RecordingImporter: "loads the model", then reports the transcription tick by tick (checking
    for a cancel before each, as the real transcriber does after each piece of speech), then the analysis."""

    def __init__(self, *, ticks: int = 100, tick: float = 0.01, load: float = 0.05, fail: str = "",
                 report: Report | None = None) -> None:
        self.ticks, self.tick, self.load, self.fail = ticks, tick, load, fail
        self.report = report or sample_report("Imported: good pace. One claim to fix.")
        self.store = None
        self.session: Any = None
        self.outcome: Any = None
        self.threads: set[int] = set()
        self.done = 0  # ticks reported
        self.cancelled_at: float | None = None
        self.jobs: list[ImportJob] = []

    def analyse_file(self, job: ImportJob, progress: Any) -> Any:
        self.threads.add(threading.get_ident())
        self.jobs.append(job)
        try:
            progress(ImportStep.LOADING_MODEL, None)
            time.sleep(self.load)
            job.check()
            progress(ImportStep.TRANSCRIBING, 0.0)
            for number in range(1, self.ticks + 1):
                time.sleep(self.tick)
                job.check()
                self.done = number
                progress(ImportStep.TRANSCRIBING, number / self.ticks)
            if self.fail:
                raise RecordingImportError(self.fail)
            progress(ImportStep.ANALYSING, None)
            job.commit()
        except Cancelled:
            self.cancelled_at = time.monotonic()
            raise
        self.session = SimpleNamespace(id="imported-1", script_id=None)
        self.outcome = SimpleNamespace(report=self.report, recording=None)
        return self.outcome

    def previous_report(self, script_id: str | None, **_: Any) -> Report | None:
        return None


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    """A file to choose in the (patched) file chooser; the fake pipeline does not read it."""
    path = tmp_path / "phone-livestream.mp4"
    path.write_bytes(b"not read by the fake pipeline")
    return path


@pytest.fixture
def choose(window: Any, recording: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The file chooser answers with ``recording``; the list counts how often it was opened."""
    opened: list[int] = []

    def choose_file() -> str:
        opened.append(1)
        return str(recording)

    monkeypatch.setattr(window, "choose_recording_file", choose_file)
    return opened


def _start(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def _timed_messages(window: Any) -> list[tuple[float, str]]:
    said: list[tuple[float, str]] = []
    window.announcer.announced.connect(lambda text: said.append((time.monotonic(), text)))
    return said


# ---------------------------------------------------------------------------- the happy path


def test_ctrl_i_analyses_a_recording_with_a_progress_area_then_shows_findings_like_a_rehearsal(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, choose: list[int], recording: Path
) -> None:
    """Ctrl+I asks for the file, the progress area appears with the focus on its bar (named, with the status as
    its description and the percent as its value), the work runs on another thread, then the summary is said
    first, the feedback list holds the findings and gets the focus, and the area is gone."""
    importer = SlowImporter(ticks=50, tick=0.03)
    controller = make_controller(FakeRehearsal(), importer=importer)
    _start(qtbot, window)
    assert choose == [1]
    assert controller.phase is Phase.IMPORTING and window.progress_shown
    assert window.progress_area.isVisible() and window.progress_bar.hasFocus()
    assert _texts(fake_speech)[-1] == ("Analysing phone-livestream.mp4. This can take a while; press Escape or F5 "
                                       "to cancel.")
    assert window.progress_file_label.text() == "File: phone-livestream.mp4"
    assert accessible_name(window.progress_bar) == "Analysis progress"
    assert window.progress_area.title() == "Analysing a recording"
    assert window.progress_cancel_button.text() == "Cancel analysis (Escape)"

    qtbot.waitUntil(lambda: importer.done >= 20, timeout=5000)
    qtbot.wait(50)
    status = window.progress_bar.accessibleDescription()
    assert re.fullmatch(r"Transcribing: \d+ percent(, less than a minute left)?", status), status
    assert window.progress_status_label.text() == status == window.progress_bar.text()
    iface = QAccessible.queryAccessibleInterface(window.progress_bar)
    assert iface.text(QAccessible.Text.Value) == str(window.progress_bar.value())
    assert int(status.split()[1]) == window.progress_bar.value() >= 40
    # Tab reaches the bar and the Cancel button, each with its own name.
    controls = tab_focusable(window)
    assert window.progress_bar in controls and window.progress_cancel_button in controls

    assert controller.wait_idle(10)
    assert importer.threads and threading.get_ident() not in importer.threads  # never on the GUI thread
    said = _texts(fake_speech)
    report = importer.report
    summary = said.index(report.summary)
    assert said[summary + 1] == "2 pieces of feedback. Press F3 for the next one."
    assert window.feedback_list.count() == 2
    assert window.feedback_list.item(0).text() == f"1 of 2. Must fix. {finding_sentence(report.findings[0], 'en')}"
    assert window.feedback_list.hasFocus()  # the bar it was on is gone: the results are next
    assert not window.progress_shown and not window.progress_area.isVisible()
    assert window.feedback_source is not None and window.feedback_source.session_id == "imported-1"
    job = importer.jobs[0]
    assert job.path == recording and job.market == "en-US" and job.script is None and job.feedback_language == "en"


def test_the_status_says_the_time_left_in_whole_sentences(window: Any, make_controller: Any) -> None:
    """The estimate comes from the pace so far: under a minute, about one minute, about N minutes."""
    controller = make_controller(FakeRehearsal())
    controller._step, controller._percent = "transcribing", 40
    cases = {10.0: "Transcribing: 40 percent, less than a minute left",  # 15 s left
             40.0: "Transcribing: 40 percent, about 1 minute left",  # 60 s left
             200.0: "Transcribing: 40 percent, about 5 minutes left",  # 300 s left
             0.5: "Transcribing: 40 percent"}  # too early to tell
    for spent, expected in cases.items():
        controller._step_started = time.monotonic() - spent
        assert controller._progress_status() == expected
    controller._step = "loading_model"
    assert controller._progress_status() == "Loading the speech model…"
    controller._step = "analysing"
    assert controller._progress_status() == "Analysing what was said…"


def test_progress_is_said_at_most_every_ten_points_and_never_within_five_seconds(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, choose: list[int]
) -> None:
    """100 ticks of one percent over about 7 s, with the default gap: no flood — a progress message only after 5 s
    since the last message and 10 points since the last said percent; the bar itself follows every tick."""
    assert PROGRESS_SAY_GAP == 5.0
    importer = SlowImporter(ticks=100, tick=0.07)
    controller = make_controller(FakeRehearsal(), importer=importer)
    timed = _timed_messages(window)
    values: list[int] = []
    window.progress_bar.valueChanged.connect(values.append)
    _start(qtbot, window)
    assert controller.wait_idle(30)
    started = next(at for at, text in timed if text.startswith("Analysing phone-livestream.mp4"))
    progress = [(at, text) for at, text in timed if text.startswith(("Transcribing", "Loading", "Analysing what"))]
    assert progress and progress == [(at, text) for at, text in timed if text in controller.progress_said]
    moments = [started] + [at for at, _text in progress]
    gaps = [later - earlier for earlier, later in itertools.pairwise(moments)]
    assert all(gap >= 5.0 - 0.05 for gap in gaps), gaps
    percents = [int(text.split()[1]) for _at, text in progress if text.startswith("Transcribing")]
    assert all(b - a >= 10 for a, b in itertools.pairwise(percents)), percents
    assert 1 <= len(progress) <= 3, progress  # about 7 s of work: one message, two if the machine is slow
    assert len(set(values)) >= 50  # the bar moved with the ticks
    print(f"\n{len(progress)} progress messages in {importer.ticks} ticks: {progress}")


def test_a_shorter_gap_still_needs_ten_points(qtbot: Any, window: Any, make_controller: Any,
                                              choose: list[int]) -> None:
    """With no time limit at all, the ten-point rule alone keeps it to about one message per ten percent."""
    importer = SlowImporter(ticks=100, tick=0.01)
    controller = make_controller(FakeRehearsal(), importer=importer, progress_gap=0.0)
    _start(qtbot, window)
    assert controller.wait_idle(10)
    percents = [int(text.split()[1]) for text in controller.progress_said if text.startswith("Transcribing")]
    assert 5 <= len(percents) <= 11, controller.progress_said
    assert all(b - a >= 10 for a, b in itertools.pairwise(percents)), percents


# ---------------------------------------------------------------------------- cancelling


def _running(qtbot: Any, window: Any, make_controller: Any, **options: Any) -> tuple[Any, SlowImporter]:
    importer = SlowImporter(ticks=1000, tick=0.02)
    controller = make_controller(options.pop("rehearsal", FakeRehearsal()), importer=importer, **options)
    _start(qtbot, window)
    qtbot.waitUntil(lambda: importer.done >= 5, timeout=5000)
    return controller, importer


def _check_cancelled(qtbot: Any, window: Any, fake_speech: Any, controller: Any, importer: SlowImporter,
                     pressed: float) -> None:
    assert controller.phase is Phase.IDLE and not window.progress_shown  # at once: the window is usable
    assert "Analysis cancelled." in _texts(fake_speech)
    qtbot.waitUntil(lambda: importer.cancelled_at is not None, timeout=3000)
    assert importer.cancelled_at is not None and importer.cancelled_at - pressed < 1.0  # at the next tick
    done = importer.done
    qtbot.wait(200)
    assert importer.done == done < importer.ticks  # no more work after the cancel
    assert window.feedback_list.count() == 1  # the earlier feedback is still there
    assert window.record_button.hasFocus()  # the focus was on the bar, which is gone


def test_the_cancel_button_stops_the_work_promptly_and_keeps_what_was_there(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, choose: list[int]
) -> None:
    window.show_findings(sample_report().findings[:1], language="en")
    controller, importer = _running(qtbot, window, make_controller)
    window.progress_cancel_button.setFocus()
    pressed = time.monotonic()
    qtbot.keyClick(window.progress_cancel_button, Qt.Key.Key_Space)
    _check_cancelled(qtbot, window, fake_speech, controller, importer, pressed)


def test_escape_cancels_too(qtbot: Any, window: Any, fake_speech: Any, make_controller: Any,
                            choose: list[int]) -> None:
    window.show_findings(sample_report().findings[:1], language="en")
    controller, importer = _running(qtbot, window, make_controller)
    pressed = time.monotonic()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    _check_cancelled(qtbot, window, fake_speech, controller, importer, pressed)
    assert not window.cancel_progress_action.isEnabled()  # Escape is the window's again


def test_the_record_key_cancels_and_recording_does_not_start_while_a_recording_is_analysed(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, choose: list[int]
) -> None:
    """F5 during an import: it is cancelled (F5 is the start/stop key), no recording starts, and the trainee hears
    why; the next F5 records as usual."""
    window.show_findings(sample_report().findings[:1], language="en")
    rehearsal = FakeRehearsal()
    controller, importer = _running(qtbot, window, make_controller, rehearsal=rehearsal, countdown=0)
    pressed = time.monotonic()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    _check_cancelled(qtbot, window, fake_speech, controller, importer, pressed)
    assert _texts(fake_speech)[-2:] == [
        "Analysis cancelled.",
        "Recording did not start, because a recording was being analysed. Press F5 to start recording now.",
    ]
    assert rehearsal.calls == [] and not window.is_recording
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)


def test_no_import_while_recording_and_no_second_import_at_once(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, choose: list[int]
) -> None:
    controller = make_controller(FakeRehearsal(), importer=SlowImporter(ticks=1000, tick=0.02), countdown=0)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.is_recording, timeout=5000)
    _start(qtbot, window)
    assert choose == [] and controller.phase is Phase.RECORDING
    assert _texts(fake_speech)[-1] == "Stop the rehearsal first, then analyse a recording."
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.wait_idle(5)
    _start(qtbot, window)
    assert choose == [1] and controller.phase is Phase.IMPORTING
    _start(qtbot, window)
    assert choose == [1]
    assert _texts(fake_speech)[-1] == "A recording is already being analysed. Press Escape or F5 to cancel it."
    controller.cancel_import()
    assert controller.phase is Phase.IDLE


def test_the_window_answers_keys_and_timers_while_the_work_runs(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, choose: list[int]
) -> None:
    """The work is on the import thread: the GUI's timer keeps its pace and keys are answered at once."""
    controller, importer = _running(qtbot, window, make_controller)
    beats: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: beats.append(time.monotonic()))
    timer.start()
    for key in (Qt.Key.Key_F2, Qt.Key.Key_F3):
        asked = time.monotonic()
        qtbot.keyClick(window, key)
        assert time.monotonic() - asked < 0.5
    assert window.log.last_message() == "There is no feedback yet. Record first."
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.log.last_message() == "Not recording yet."
    qtbot.wait(1000)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    assert len(beats) >= 25 and max(gaps) < 0.25, (len(beats), max(gaps))
    assert controller.phase is Phase.IMPORTING and importer.done < importer.ticks
    assert threading.get_ident() not in importer.threads
    controller.cancel_import()


def test_an_error_is_said_assertively_and_nothing_is_lost(
    qtbot: Any, window: Any, fake_speech: Any, make_controller: Any, choose: list[int]
) -> None:
    message = "No speech was found in phone-livestream.mp4, so there is nothing to analyse."
    window.show_findings(sample_report().findings[:1], language="en")
    controller = make_controller(FakeRehearsal(), importer=SlowImporter(ticks=5, fail=message))
    _start(qtbot, window)
    assert controller.wait_idle(5)
    assert fake_speech.said[-1][0] == message and window.announcer.history[-1].assertive
    assert window.feedback_list.count() == 1 and not window.progress_shown


def test_without_a_store_the_command_says_why(qtbot: Any, window: Any, fake_speech: Any, make_controller: Any,
                                              choose: list[int]) -> None:
    make_controller(FakeRehearsal())  # no store, no importer
    _start(qtbot, window)
    assert choose == []
    assert _texts(fake_speech)[-1] == ("Analysing a recording needs the session library, which could not be "
                                       "opened.")


def test_a_language_change_rewords_the_progress_area_and_keeps_the_work(
    qtbot: Any, window: Any, make_controller: Any, choose: list[int]
) -> None:
    from studio.core import i18n

    controller, _importer = _running(qtbot, window, make_controller)
    i18n.set_backend(lambda text: f"«{text}»")
    try:
        QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
        assert window.progress_area.title() == "«Analysing a recording»"
        assert window.progress_status_label.text().startswith("«Transcribing: ")
        assert window.progress_bar.accessibleName() == "«Analysis progress»"
        assert controller.phase is Phase.IMPORTING and window.progress_shown
    finally:
        i18n.set_backend(None)
        QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    controller.cancel_import()


def test_the_file_chooser_offers_video_and_audio_and_remembers_the_folder(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[tuple[str, str, str]] = []

    def fake_dialog(_parent: Any, title: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append((title, folder, filters))
        return str(tmp_path / "take.mp3"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    assert window.choose_recording_file() == str(tmp_path / "take.mp3")
    assert window.choose_recording_file() == str(tmp_path / "take.mp3")
    (title, _first, filters), (_title, second, _filters) = asked
    assert title == "Analyse a recording" and second == str(tmp_path)
    assert filters.startswith("Video and audio files (*.mp4 ") and "*.mp3" in filters and "All files (*)" in filters


# ---------------------------------------------------------------------------- the pipeline, with a real store


class FakeTranscriber:
    """The file transcriber's interface without the model: ticks through the audio, checking for a cancel."""

    def __init__(self, *, words: bool = True, tick: float = 0.0, ticks: int = 4) -> None:
        self.words, self.tick, self.ticks = words, tick, ticks

    def transcribe_audio(self, audio: Any, *, language: str | None, source_pass: TranscriptPass, cancel: Any,
                         progress: Any) -> Any:
        duration = len(audio) / 16_000
        for number in range(1, self.ticks + 1):
            time.sleep(self.tick)
            if cancel.is_set():
                raise Cancelled("transcription cancelled")
            progress(number / self.ticks)
        tokens = JFK_TEXT.split() if self.words else []
        words = tuple(Word(t, 0.3 + i * 0.4, 0.6 + i * 0.4) for i, t in enumerate(tokens))
        segments = (Segment(0.3, words[-1].end, JFK_TEXT),) if words else ()
        return SimpleNamespace(transcript=Transcript(language or "en", duration, "fake", segments, words,
                                                     source_pass))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SessionStore]:
    opened = SessionStore(tmp_path / "studio.db")
    yield opened
    opened.close()


def _silence(path: Path, seconds: float = 1.0) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(np.zeros(int(16_000 * seconds), dtype="<i2").tobytes())
    return path


def test_the_importer_saves_a_session_like_a_recorded_one(store: SessionStore, speech_dir: Path) -> None:
    trainee = store.ensure_default_trainee()
    importer = RecordingImporter(store, transcriber_factory=lambda _model: FakeTranscriber())
    steps: list[tuple[str, float | None]] = []
    outcome = importer.analyse_file(ImportJob(speech_dir / "jfk.flac", trainee),
                                    lambda step, fraction: steps.append((step.value, fraction)))
    [session] = store.list_sessions()
    assert session.id == outcome.session.id and session.state.value == "analysed"
    assert session.trainee_id == trainee.id and session.title == "jfk.flac" and 10.9 < session.duration < 11.1
    copy = store.session_dir(session.id) / "recording.flac"
    assert session.media.final == "recording.flac" and copy.read_bytes() == (speech_dir / "jfk.flac").read_bytes()
    transcript = store.load_transcript(session.id, TranscriptPass.IMPORTED)
    assert transcript is not None and transcript.text.startswith("And so my fellow Americans")
    assert store.load_report(session.id) == outcome.report
    assert [name for name, _ in steps][:4] == ["loading_model", "reading", "transcribing", "transcribing"]
    assert steps[-1] == ("saving", 1.0)
    assert sorted(p.name for p in store.media_root.iterdir()) == [session.id]  # no staging folder left


def test_a_staging_folder_left_by_a_killed_import_is_removed_and_a_running_one_kept(
    store: SessionStore, speech_dir: Path
) -> None:
    """The app killed during an import's copy leaves ``.recording-import-*`` beside the sessions; the next import
    (on its worker thread) removes it once nothing in it was written for an hour, and never touches a copy still
    being written."""
    root = Path(store.media_root)
    stale = root / ".recording-import-dead"
    running = root / ".recording-import-busy"
    for folder in (stale, running):
        (folder / "nested").mkdir(parents=True)
        (folder / "nested" / "recording.mp4").write_bytes(b"\0" * 1000)
    old = time.time() - 2 * 3600
    for path in (stale, stale / "nested", stale / "nested" / "recording.mp4", running, running / "nested"):
        os.utime(path, (old, old))  # the running copy's file was written just now
    session_folder = root / "a-session"
    session_folder.mkdir()
    os.utime(session_folder, (old, old))
    importer = RecordingImporter(store, transcriber_factory=lambda _model: FakeTranscriber())
    assert stale.exists()  # nothing is done before an import runs
    outcome = importer.analyse_file(ImportJob(speech_dir / "jfk.flac", store.ensure_default_trainee()))
    assert sorted(p.name for p in root.iterdir()) == sorted([".recording-import-busy", "a-session",
                                                             outcome.session.id])
    assert remove_stale_staging(root / "not-there") == []


def test_a_cancel_leaves_no_session_and_no_files_and_a_late_cancel_is_refused(
    store: SessionStore, speech_dir: Path
) -> None:
    trainee = store.ensure_default_trainee()
    importer = RecordingImporter(store, transcriber_factory=lambda _model: FakeTranscriber(tick=0.05, ticks=100))
    job = ImportJob(speech_dir / "jfk.flac", trainee)
    threading.Timer(0.3, job.request_cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        importer.analyse_file(job)
    assert time.monotonic() - started < 1.5
    assert store.list_sessions() == []
    assert not store.media_root.exists() or not any(store.media_root.iterdir())  # no folder, no staged copy
    saved = ImportJob(speech_dir / "jfk.flac", trainee)
    saved.commit()
    assert saved.request_cancel() is False and not saved.cancel.is_set()  # the results are being saved: kept


@pytest.mark.parametrize("case", ["missing", "folder", "not media", "silent file", "no speech"])
def test_errors_name_the_file_and_leave_nothing_behind(store: SessionStore, tmp_path: Path, case: str) -> None:
    trainee = store.ensure_default_trainee()
    words = case != "no speech"
    importer = RecordingImporter(store, transcriber_factory=lambda _model: FakeTranscriber(words=words))
    if case == "missing":
        path, expected = tmp_path / "gone.mp4", "The file gone.mp4 was not found."
    elif case == "folder":
        path, expected = tmp_path, f"{tmp_path.name} is a folder, not a recording."
    elif case == "not media":
        path = tmp_path / "notes.txt"
        path.write_text("price 99,000 dong\n", encoding="utf-8")
        expected = "The file notes.txt is not a video or audio file the studio can read."
    elif case == "silent file":
        path, expected = _silence(tmp_path / "empty.wav", 0.0), "The file empty.wav has no sound in it"
    else:
        path, expected = _silence(tmp_path / "quiet.wav"), "No speech was found in quiet.wav"
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(RecordingImportError) as caught:
        importer.analyse_file(ImportJob(path, trainee))
    assert caught.value.spoken().startswith(expected), caught.value.spoken()
    assert store.list_sessions() == []
    assert before is None or path.read_bytes() == before  # the file is only read


def test_a_cancel_while_the_copy_is_made_removes_the_copy(store: SessionStore, speech_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy into the library is made block by block in a hidden folder; a cancel there removes it all."""
    from studio.services import recording_import

    monkeypatch.setattr(recording_import, "COPY_BLOCK", 4096)
    trainee = store.ensure_default_trainee()
    importer = RecordingImporter(store, transcriber_factory=lambda _model: FakeTranscriber())
    job = ImportJob(speech_dir / "jfk.flac", trainee)

    def progress(step: ImportStep, fraction: float | None) -> None:
        if step is ImportStep.SAVING and fraction and fraction > 0.2:
            assert job.request_cancel()

    with pytest.raises(Cancelled):
        importer.analyse_file(job, progress)
    assert store.list_sessions() == [] and list(store.media_root.iterdir()) == []


@pytest.mark.parametrize("language", ["vi", "zh", "id"])
def test_the_progress_area_is_translated_and_fits_at_200_percent(
    qapp: Any, window: Any, appearance: Any, make_controller: Any, language: str
) -> None:
    """In each language, at 200 % zoom on a laptop screen: the progress area's texts are the catalogue's and none
    is cut off (the status wraps in its label; the bar shows no text of its own)."""
    from studio.core.i18n import tr
    from studio.ui.i18n import LanguageManager
    from tests.review.test_translations import _cut_off

    controller = make_controller(FakeRehearsal())
    manager = LanguageManager(qapp)
    try:
        manager.switch(language)
        appearance.set_zoom(200)
        controller._step, controller._percent = "transcribing", 40
        controller._step_started = time.monotonic() - 600  # "about 15 minutes left": the longest status
        window.show_progress("livestream-2024-05-01-son-duong-moi.mp4", controller._progress_status, 40)
        window.resize(1280, 800)
        QApplication.processEvents()
        status = window.progress_status_label.text()
        assert status == tr("Transcribing: {percent} percent, about {minutes} minutes left").format(
            percent=40, minutes=15) and not status.startswith("Transcribing")
        for english in ("Analysing a recording", "Analysis progress"):
            assert tr(english) != english
        assert window.progress_area.title() == tr("Analysing a recording")
        assert window.progress_bar.accessibleName() == tr("Analysis progress")
        problems = [p for p in _cut_off(window) if "progress" in p]
        assert not problems, "\n".join(problems)
    finally:
        manager.switch("en")
        window.hide_progress()


def test_a_full_disk_is_said_and_nothing_is_left_half_saved(store: SessionStore, speech_dir: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from studio.services import recording_import

    def full(_source: Path, target: Path, _job: ImportJob, _progress: Any) -> None:
        target.write_bytes(b"half a copy")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recording_import, "_copy", full)
    trainee = store.ensure_default_trainee()
    importer = RecordingImporter(store, transcriber_factory=lambda _model: FakeTranscriber())
    with pytest.raises(RecordingImportError) as caught:
        importer.analyse_file(ImportJob(speech_dir / "jfk.flac", trainee))
    assert caught.value.spoken() == ("jfk.flac was analysed, but the results could not be saved: No space left on "
                                     "device")
    assert store.list_sessions() == [] and list(store.media_root.iterdir()) == []
