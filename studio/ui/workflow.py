"""The trainee's rehearsal loop on the main window: countdown → record → stop → summary → feedback → comparison.

``WorkflowController`` connects the MainWindow's signals to a :class:`studio.services.rehearsal.Rehearsal`
that runs in a worker QThread (style rule 3): the worker only calls the rehearsal and emits signals; every
widget is touched here, on the GUI thread. The GUI never waits for the recorder, the model or the store.

Keyboard only, one key, no time pressure: the record key (F5) first runs the spoken pre-flight check (setting
``record.preflight``: camera framing and light, microphone level and room noise, the speaker; on the worker thread,
each result said as it comes; Escape or the record key skips it), then a spoken countdown with earcons (setting
``record.countdown_seconds``: 0, 3, 5 or 10; 0 = none), and the same key during the countdown skips it. On Stop the
spoken summary comes first (its delay from the key press is kept in ``stop_latencies``), then the feedback list is
filled (one focusable item per finding, worded by ``finding_sentence``, and the instructor's comments on the session
in time order), then the comparison with the previous attempt on the same script.
Enter on a finding plays the recording from that moment with a QMediaPlayer (the full review screen is
``studio.ui.review``); Enter on a voice note plays the note.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from studio.core.errors import StudioError
from studio.core.i18n import tr
from studio.core.model import Report, Trainee
from studio.services.preflight_run import (
    PreflightContext,
    PreflightItem,
    PreflightOutcome,
    PreflightStep,
    default_steps,
    run_preflight,
)
from studio.ui.actions import spoken_key
from studio.ui.i18n import on_language_change
from studio.ui.main_window import FeedbackSource, MainWindow

log = logging.getLogger(__name__)

COUNTDOWN_SECONDS = 3
"""The countdown when the settings do not say (setting ``record.countdown_seconds``)."""
LEVEL_INTERVAL_MS = 100
QUIET_WAIT = 15.0
"""Seconds the pre-flight waits at most for the app's voice to finish before listening or playing its tone."""


class Phase(str, Enum):
    IDLE = "idle"
    PREFLIGHT = "preflight"
    COUNTDOWN = "countdown"
    STARTING = "starting"
    RECORDING = "recording"
    STOPPING = "stopping"


@dataclass(frozen=True, slots=True)
class StartRequest:
    script: Any  # RunSheet | None
    script_path: str
    market: str
    trainee: Trainee
    feedback_language: str


@dataclass(frozen=True, slots=True)
class StopResult:
    report: Report
    previous: Report | None
    recording: Path | None
    session_id: str | None = None
    folder: Path | None = None
    comments: tuple[Any, ...] = ()  # the instructor's comments on the session (studio.services.store.Comment)


@dataclass(frozen=True)
class PreflightJob:
    """One pre-flight run for the worker: its number (results of a skipped run are dropped), the checks, the flag
    that skips the rest, and how to wait until the app's voice is quiet (``wait_idle(timeout) -> bool``)."""

    run_id: int
    steps: Sequence[PreflightStep]
    cancel: threading.Event
    wait_idle: Callable[[float], bool] | None = None
    lead: float = 0.4
    """Seconds given to the GUI to hand a message to the voice before waiting for it to finish."""


class RehearsalWorker(QObject):
    """Lives in the worker thread; calls the rehearsal and reports back with signals (never touches widgets)."""

    started = Signal(object)  # the Session
    start_failed = Signal(str)
    analysed = Signal(object)  # the Report, as soon as it exists (the recording may still be finishing)
    stopped = Signal(object)  # StopResult
    stop_failed = Signal(str)
    cue = Signal(object)  # studio.services.rehearsal.Cue (emitted from the rehearsal's cue thread)
    preflight_item = Signal(int, object)  # (run id, PreflightItem)
    preflight_listening = Signal(int)  # the microphone check is about to listen: say what to do
    preflight_done = Signal(int, object)  # (run id, PreflightOutcome)

    def __init__(self, rehearsal: Any) -> None:
        super().__init__()
        self.rehearsal = rehearsal

    @Slot(object)
    def prepare(self, language: object) -> None:
        try:
            self.rehearsal.prepare(language if isinstance(language, str) else None)
        except Exception:  # start() tries again and reports the problem in words
            log.exception("preparing the live transcriber failed")

    @Slot(object)
    def start_run(self, request: StartRequest) -> None:
        try:
            self.rehearsal.feedback_language = request.feedback_language
            session = self.rehearsal.start(request.script, request.market, request.trainee,
                                           script_path=request.script_path or None)
        except StudioError as exc:
            self.start_failed.emit(exc.spoken())
            return
        except Exception as exc:
            log.exception("the rehearsal could not start")
            self.start_failed.emit(tr("The recording could not start: {error}.").format(error=exc))
            return
        self.started.emit(session)

    @Slot()
    def stop_run(self) -> None:
        try:
            report = self.rehearsal.stop()
        except StudioError as exc:
            self.stop_failed.emit(exc.spoken())
            return
        except Exception as exc:
            log.exception("the rehearsal could not stop")
            self.stop_failed.emit(tr("The recording could not be analysed: {error}.").format(error=exc))
            return
        session = getattr(self.rehearsal, "session", None)
        previous = None
        try:
            previous = self.rehearsal.previous_report(getattr(session, "script_id", None))
        except Exception:
            log.exception("could not load the previous attempt")
        outcome = getattr(self.rehearsal, "outcome", None)
        session_id = getattr(session, "id", None)
        folder: Path | None = None
        comments: tuple[Any, ...] = ()
        store = getattr(self.rehearsal, "store", None)
        if store is not None and session_id:
            try:
                folder = Path(store.session_dir(session_id))
                comments = tuple(store.list_comments(session_id))
            except Exception:
                log.exception("could not load the comments on the session")
        self.stopped.emit(StopResult(report, previous, getattr(outcome, "recording", None), session_id, folder,
                                     comments))

    @Slot(object)
    def run_preflight(self, job: PreflightJob) -> None:
        """The checks, one after another; each result is emitted at once. The record key's ``start_run`` is queued
        behind this slot, so the recorder never opens the devices while a check still holds them."""

        def quiet() -> None:
            job.cancel.wait(job.lead)
            if job.wait_idle is not None:
                deadline = time.monotonic() + QUIET_WAIT
                while not job.cancel.is_set() and time.monotonic() < deadline:
                    try:
                        if job.wait_idle(0.1):
                            break
                    except Exception:
                        break
            job.cancel.wait(job.lead / 2)

        def listening() -> None:
            self.preflight_listening.emit(job.run_id)
            quiet()

        context = PreflightContext(cancelled=job.cancel.is_set, before_listening=listening, wait_quiet=quiet)
        try:
            outcome = run_preflight(job.steps, report=lambda item: self.preflight_item.emit(job.run_id, item),
                                    context=context)
        except Exception:
            log.exception("the pre-flight check failed")
            outcome = PreflightOutcome()
        self.preflight_done.emit(job.run_id, outcome)


class WorkflowController(QObject):
    """Drives the main window through a rehearsal. Create it at the wiring point; call :meth:`shutdown` at exit."""

    summary_spoken = Signal(float)  # seconds from the Stop key to the summary being handed to the voice

    _prepare = Signal(object)
    _start = Signal(object)
    _stop = Signal()
    _preflight = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        rehearsal: Any,
        *,
        trainee: Trainee | None = None,
        language: Callable[[], str] = lambda: "en",
        countdown: int | None = None,
        preflight_steps: Sequence[PreflightStep] | None = None,
        preflight_lead: float = 0.4,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        """``countdown`` fixes the countdown (None: the ``record.countdown_seconds`` setting at each start);
        ``preflight_steps`` replaces the real device checks (tests); whether they run is the ``record.preflight``
        setting."""
        super().__init__(parent or window)
        self.window = window
        self.rehearsal = rehearsal
        self.trainee = trainee or Trainee(id="default", name="Me")
        self.language = language
        self._countdown = None if countdown is None else max(0, int(countdown))
        self._preflight_steps = preflight_steps
        self._preflight_lead = max(0.0, preflight_lead)
        self._preflight_run = 0
        self._preflight_cancel = threading.Event()
        self._preflight_problems = 0
        self.preflight_items: list[PreflightItem] = []  # the results of the last check, as said
        self.phase = Phase.IDLE
        self.script: Any = None
        self.script_path = ""
        self.market = str(window.market_combo.currentData() or "en-US")
        self.last_result: StopResult | None = None
        self.stop_latencies: list[float] = []
        self._stop_pressed = 0.0
        self._remaining = 0
        self._reported: Report | None = None
        self._player: Any = None

        self._thread = QThread(self)
        self._thread.setObjectName("rehearsal-worker")
        self._worker = RehearsalWorker(rehearsal)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._prepare.connect(self._worker.prepare)
        self._start.connect(self._worker.start_run)
        self._stop.connect(self._worker.stop_run)
        self._worker.started.connect(self._on_started)
        self._worker.start_failed.connect(self._on_start_failed)
        self._worker.stopped.connect(self._on_stopped)
        self._worker.stop_failed.connect(self._on_stop_failed)
        self._worker.cue.connect(self._on_cue)
        self._preflight.connect(self._worker.run_preflight)
        self._worker.preflight_item.connect(self._on_preflight_item)
        self._worker.preflight_listening.connect(self._on_preflight_listening)
        self._worker.preflight_done.connect(self._on_preflight_done)
        rehearsal.on_cue = self._worker.cue.emit  # the cue thread emits; Qt queues it to this thread
        rehearsal.on_report = self._worker.analysed.emit
        self._worker.analysed.connect(self._on_analysed)
        self._thread.start()

        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._count)
        self._level = QTimer(self)
        self._level.setInterval(LEVEL_INTERVAL_MS)
        self._level.timeout.connect(self._show_level)

        window.workflow = self
        window.script_changed.connect(self._on_script_changed)
        window.market_changed.connect(self._on_market_changed)
        window.marker_dropped.connect(self._on_marker)
        window.play_requested.connect(self._on_play)
        window.voice_note_requested.connect(self._on_voice_note)
        window.try_again_requested.connect(self._on_try_again)
        # Escape skips the pre-flight (as the record key does); the action only exists for that phase.
        self._skip_action = QAction(window)
        self._skip_action.setObjectName("action_skip_preflight")
        self._skip_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self._skip_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._skip_action.setEnabled(False)
        self._skip_action.triggered.connect(self._skip_preflight)
        window.addAction(self._skip_action)
        self._retranslate()
        on_language_change(window, self._retranslate)
        self._load_script(str(window.script_combo.currentData() or ""), speak=False)

    def _retranslate(self) -> None:
        self._skip_action.setText(tr("Skip the check"))

    # ------------------------------------------------------------------ start / stop

    @property
    def record_key(self) -> str:
        return self.window.registry.key("record")

    def _setting(self, key: str, default: Any) -> Any:
        settings = self.window.settings
        if settings is None:
            return default
        try:
            return settings.get(key)
        except Exception:  # settings without the key (a test double)
            return default

    @property
    def countdown(self) -> int:
        """Seconds of countdown before the recording: fixed at construction, else the setting (read at each start)."""
        if self._countdown is not None:
            return self._countdown
        try:
            return max(0, int(self._setting("record.countdown_seconds", COUNTDOWN_SECONDS)))
        except (TypeError, ValueError):
            return COUNTDOWN_SECONDS

    @countdown.setter
    def countdown(self, seconds: int | None) -> None:
        self._countdown = None if seconds is None else max(0, int(seconds))

    @property
    def preflight_enabled(self) -> bool:
        return bool(self._setting("record.preflight", True))

    def toggle(self) -> None:
        """The record key: start (pre-flight, countdown), skip the pre-flight or the countdown, or stop."""
        if self.phase is Phase.IDLE:
            self._begin()
        elif self.phase is Phase.PREFLIGHT:
            self._skip_preflight()
        elif self.phase is Phase.COUNTDOWN:
            self._go()
        elif self.phase is Phase.RECORDING:
            self._request_stop()
        elif self.phase is Phase.STARTING:
            self.window.say(tr("Starting the recording, one moment."))
        else:
            self.window.say(tr("Still analysing the last attempt, one moment."))

    def _begin(self) -> None:
        self._stop_player()
        from studio.services.rehearsal import transcript_language

        # The model loads while we check and count.
        self._prepare.emit(transcript_language(self.script, self.market, self.trainee))
        if self.preflight_enabled:
            self._begin_preflight()
        else:
            self._begin_countdown()

    def _begin_countdown(self) -> None:
        seconds = self.countdown
        if seconds == 0:
            self._go()
            return
        self.phase = Phase.COUNTDOWN
        key = self.record_key
        self.window.say(tr("Get ready. Press {key} to start now.").format(key=key) if key else tr("Get ready."))
        self._remaining = seconds
        self._say_count()
        self._tick.start()

    # ------------------------------------------------------------------ pre-flight

    def _begin_preflight(self) -> None:
        """Camera, microphone and speaker, checked on the worker thread; each result is said as it arrives."""
        self.phase = Phase.PREFLIGHT
        self._preflight_run += 1
        self._preflight_cancel = threading.Event()
        self._preflight_problems = 0
        self.preflight_items = []
        self._skip_action.setEnabled(True)
        key = self.record_key
        self.window.say(tr("Checking the camera, the microphone and the speaker. Press {key} or Escape to skip the "
                           "check.").format(key=key) if key
                        else tr("Checking the camera, the microphone and the speaker. Press Escape to skip the "
                                "check."))
        steps = self._preflight_steps if self._preflight_steps is not None else default_steps(self.window.settings)
        speech = getattr(self.window.announcer, "speech", None)
        wait_idle = getattr(speech, "wait_idle", None)
        self._preflight.emit(PreflightJob(self._preflight_run, tuple(steps), self._preflight_cancel,
                                          wait_idle if callable(wait_idle) else None, self._preflight_lead))

    def _current_preflight(self, run_id: int) -> bool:
        return self.phase is Phase.PREFLIGHT and run_id == self._preflight_run

    def _on_preflight_item(self, run_id: int, item: PreflightItem) -> None:
        if not self._current_preflight(run_id):
            return  # a skipped check's late result
        self.preflight_items.append(item)
        if not item.ok:
            self._preflight_problems += 1
            self.window.cue("warning")
        self.window.say(item.message)

    def _on_preflight_listening(self, run_id: int) -> None:
        if self._current_preflight(run_id):
            self.window.say(tr("Microphone check: after this message, say a sentence, such as your product and its "
                               "price, until you hear the result."))

    def _on_preflight_done(self, run_id: int, _outcome: PreflightOutcome) -> None:
        if not self._current_preflight(run_id):
            return
        self._end_preflight()
        problems = self._preflight_problems
        if problems == 0:
            self.window.say(tr("The check is done: everything is ready."))
        else:
            key = self.window.registry.key("try_again")
            key = spoken_key(key) if key else ""
            if key:
                text = (tr("The check found 1 thing to look at. To fix it first, press {key} during the countdown.")
                        if problems == 1 else
                        tr("The check found {count} things to look at. To fix them first, press {key} during the "
                           "countdown."))
            else:
                text = (tr("The check found 1 thing to look at.") if problems == 1
                        else tr("The check found {count} things to look at."))
            self.window.say(text.format(count=problems, key=key))
        self._begin_countdown()

    def _skip_preflight(self) -> None:
        """Escape or the record key during the check: drop the rest and go on to the countdown."""
        if self.phase is not Phase.PREFLIGHT:
            return
        self._cancel_preflight()
        self.window.say(tr("Check skipped."))
        self._begin_countdown()

    def _cancel_preflight(self) -> None:
        self._preflight_cancel.set()  # the step measuring now finishes; nothing after it runs
        self._preflight_run += 1  # its late results are dropped
        self._end_preflight()

    def _end_preflight(self) -> None:
        self._skip_action.setEnabled(False)

    def _say_count(self) -> None:
        self.window.cue("countdown_tick")
        self.window.say(str(self._remaining))

    def _count(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._say_count()
        else:
            self._go()

    def _go(self) -> None:
        self._tick.stop()
        self.phase = Phase.STARTING
        self.window.cue("countdown_go")
        self._start.emit(StartRequest(self.script, self.script_path, self.market, self.trainee, self.language()))

    def _on_started(self, _session: object) -> None:
        self.phase = Phase.RECORDING
        self.window.set_recording(True)
        self._level.start()

    def _on_start_failed(self, message: str) -> None:
        self.phase = Phase.IDLE
        self.window.say(message, assertive=True)

    def _request_stop(self) -> None:
        self._stop_pressed = time.perf_counter()
        self.phase = Phase.STOPPING
        self._level.stop()
        self.window.set_recording(False)
        self._stop.emit()

    def _on_analysed(self, report: Report) -> None:
        """The summary first, then the feedback list: the trainee hears the result before the files are done."""
        if self.phase is not Phase.STOPPING or self._reported is report:
            return
        self._reported = report
        self.window.say(report.summary)
        latency = time.perf_counter() - self._stop_pressed
        self.stop_latencies.append(latency)
        log.info("summary spoken %.2f s after Stop", latency)
        self.summary_spoken.emit(latency)
        self.window.show_findings(report.findings, language=self.language())

    def _on_stopped(self, result: StopResult) -> None:
        self._on_analysed(result.report)  # when the rehearsal had no early report
        self.phase = Phase.IDLE
        self.last_result = result
        if result.session_id:
            # The list now belongs to the saved session: Enter plays its recording, its comments join the findings.
            self.window.add_comments(result.comments,
                                     FeedbackSource(result.session_id, result.folder, result.recording))
        language = self.language()
        if result.previous is not None:
            from studio.core.report import compare_reports

            comparison = compare_reports(result.previous, result.report, language)
            self.window.say(tr("Compared with your last attempt: {comparison}").format(comparison=comparison))

    def _on_stop_failed(self, message: str) -> None:
        self.phase = Phase.IDLE
        self.window.say(message, assertive=True)

    # ------------------------------------------------------------------ during the recording

    def _show_level(self) -> None:
        db = self.rehearsal.level_db()
        if db is not None:
            self.window.meter.set_level_db(db)

    def _on_cue(self, cue: Any) -> None:
        if self.phase is not Phase.RECORDING:
            return
        self.window.cue(str(getattr(cue, "earcon", "warning")))
        self.window.say(str(cue.message))

    def _on_marker(self, _moment: float) -> None:
        if self.phase is Phase.RECORDING:
            self.rehearsal.add_marker(None)  # the recording's own clock, not the window's timer

    def _on_try_again(self) -> None:
        if self.phase is Phase.PREFLIGHT:
            self._cancel_preflight()
            self.phase = Phase.IDLE
        if self.phase is Phase.COUNTDOWN:
            self._tick.stop()
            self.phase = Phase.IDLE
        self._stop_player()

    # ------------------------------------------------------------------ script and market

    def _on_script_changed(self, path: str) -> None:
        self._load_script(path, speak=True)

    def _load_script(self, path: str, *, speak: bool) -> None:
        self.script_path = path
        self.script = None
        if not path:
            if speak:
                self.window.say(tr("Free practice: no script."))
            return
        from studio.core.script import load_script, summarise_script

        try:
            self.script = load_script(Path(path))
        except StudioError as exc:
            if speak:
                self.window.say(exc.spoken(), assertive=True)
            return
        if speak:
            self.window.say(summarise_script(self.script))

    def _on_market_changed(self, code: str) -> None:
        self.market = code

    # ------------------------------------------------------------------ playback

    def _on_play(self, moment: float) -> None:
        if self.phase is Phase.STOPPING:  # the findings are shown before the recording's file is finished
            self.window.say(tr("The recording is still being saved. Try again in a moment."))
            return
        source = self.window.feedback_source
        last = self.last_result
        if source is not None:
            recording = source.recording
            earlier = last is None or source.session_id != last.session_id
        else:
            recording, earlier = (last.recording if last else None), False
        if recording is None or not Path(recording).is_file():
            self.window.say(tr("This attempt has no recording to play.") if earlier
                            else tr("There is no recording to play yet. Record an attempt first."))
            return
        try:
            player = self._ensure_player()
            if player.source() != QUrl.fromLocalFile(str(recording)):
                player.setSource(QUrl.fromLocalFile(str(recording)))
            player.setPosition(int(max(0.0, moment - 1.0) * 1000))  # a second before, to hear the lead-in
            player.play()
        except Exception as exc:
            self.window.say(tr("Playback is not available here ({error}). Open the session in the review screen.")
                            .format(error=exc))

    def _on_voice_note(self, path: str) -> None:
        """An instructor's voice note, from its start (the recording's playback stops)."""
        try:
            player = self._ensure_player()
            player.setSource(QUrl.fromLocalFile(path))
            player.setPosition(0)
            player.play()
        except Exception as exc:
            self.window.say(tr("The voice note cannot be played here ({error}). Open the session in the review "
                               "screen.").format(error=exc))

    def _ensure_player(self) -> Any:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._audio = QAudioOutput(self)
            self._player.setAudioOutput(self._audio)
            self._player.errorOccurred.connect(
                lambda _error, message: self.window.say(tr("Playback stopped: {error}").format(error=message)))
        return self._player

    def _stop_player(self) -> None:
        if self._player is not None:
            self._player.stop()

    # ------------------------------------------------------------------ shutdown

    def shutdown(self, timeout: float = 120.0) -> None:
        """At exit: a running recording is stopped and saved (waiting up to ``timeout``), then the worker ends."""
        self._tick.stop()
        if self.phase is Phase.PREFLIGHT:
            self._cancel_preflight()
            self.phase = Phase.IDLE
        if self.phase is Phase.COUNTDOWN:
            self.phase = Phase.IDLE
        deadline = time.monotonic() + timeout
        self._wait_while(Phase.STARTING, deadline)  # a take that is starting is then stopped like any other
        if self.phase is Phase.RECORDING:
            self._request_stop()
        self._wait_while(Phase.STOPPING, deadline)
        self._level.stop()
        self._stop_player()
        self._thread.quit()
        self._thread.wait(int(timeout * 1000))

    def _wait_while(self, phase: Phase, deadline: float) -> None:
        while self.phase is phase and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Process events until the workflow is idle (tests and the benchmark); False on timeout."""
        deadline = time.monotonic() + timeout
        while self.phase is not Phase.IDLE and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        return self.phase is Phase.IDLE


__all__ = ["COUNTDOWN_SECONDS", "Phase", "PreflightJob", "RehearsalWorker", "StartRequest", "StopResult",
           "WorkflowController"]
