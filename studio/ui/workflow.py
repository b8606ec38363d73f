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

File → Analyse a recording (issue 7) runs :class:`studio.services.recording_import.RecordingImporter` on its own
worker thread (phase ``IMPORTING``): the window's progress area shows each step and the transcription's percent with
the time left, said at most every ``PROGRESS_SAY_STEP`` points and never within ``PROGRESS_SAY_GAP`` seconds of the
last progress message; Cancel, Escape or the record key cancel (recording cannot start meanwhile, and the trainee
hears why), and the result takes the rehearsal's own path: summary, feedback list, comparison.
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

from studio.core.errors import Cancelled, StudioError
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
PROGRESS_SAY_GAP = 5.0
"""Seconds between two spoken progress messages of an import, at least (no flood in the trainee's ears)."""
PROGRESS_SAY_STEP = 10
"""Percentage points between two spoken progress messages of the same step, at least."""


class Phase(str, Enum):
    IDLE = "idle"
    PREFLIGHT = "preflight"
    COUNTDOWN = "countdown"
    STARTING = "starting"
    RECORDING = "recording"
    STOPPING = "stopping"
    IMPORTING = "importing"  # a recording made elsewhere is being analysed


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


def stop_result(source: Any, report: Report) -> StopResult:
    """What the GUI shows after an attempt: the report, the previous attempt on the same script, the recording, the
    session's folder and the instructor's comments. ``source`` is the Rehearsal (or RecordingImporter) that made it
    (read on the worker thread)."""
    session = getattr(source, "session", None)
    previous = None
    try:
        previous = source.previous_report(getattr(session, "script_id", None))
    except Exception:
        log.exception("could not load the previous attempt")
    outcome = getattr(source, "outcome", None)
    session_id = getattr(session, "id", None)
    folder: Path | None = None
    comments: tuple[Any, ...] = ()
    store = getattr(source, "store", None)
    if store is not None and session_id:
        try:
            folder = Path(store.session_dir(session_id))
            comments = tuple(store.list_comments(session_id))
        except Exception:
            log.exception("could not load the comments on the session")
    return StopResult(report, previous, getattr(outcome, "recording", None), session_id, folder, comments)


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
        self.stopped.emit(stop_result(self.rehearsal, report))

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


@dataclass(frozen=True)
class ImportTask:
    """One import for the import worker: who analyses (a RecordingImporter) and what (an ImportJob)."""

    importer: Any
    job: Any  # studio.services.recording_import.ImportJob


class ImportWorker(QObject):
    """Lives in the import thread; runs one import at a time and reports with signals (never touches widgets)."""

    progress = Signal(int, str, object)  # (job id, ImportStep value, fraction or None)
    finished = Signal(int, object)  # (job id, StopResult)
    failed = Signal(int, str)  # (job id, the spoken error)
    cancelled = Signal(int)  # job id

    @Slot(object)
    def run(self, task: ImportTask) -> None:
        job = task.job
        try:
            outcome = task.importer.analyse_file(
                job, lambda step, fraction: self.progress.emit(job.job_id, str(getattr(step, "value", step)),
                                                               fraction))
        except Cancelled:
            log.info("the analysis of %s was cancelled", job.name)
            self.cancelled.emit(job.job_id)
            return
        except StudioError as exc:
            self.failed.emit(job.job_id, exc.spoken())
            return
        except Exception as exc:
            log.exception("the analysis of %s failed", job.name)
            self.failed.emit(job.job_id, tr("The file {name} could not be analysed: {error}.").format(
                name=job.name, error=str(exc) or type(exc).__name__))
            return
        self.finished.emit(job.job_id, stop_result(task.importer, outcome.report))


class WorkflowController(QObject):
    """Drives the main window through a rehearsal. Create it at the wiring point; call :meth:`shutdown` at exit."""

    summary_spoken = Signal(float)  # seconds from the Stop key to the summary being handed to the voice

    _prepare = Signal(object)
    _start = Signal(object)
    _stop = Signal()
    _preflight = Signal(object)
    _import = Signal(object)

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
        importer: Any = None,
        progress_gap: float = PROGRESS_SAY_GAP,
        parent: QObject | None = None,
    ) -> None:
        """``countdown`` fixes the countdown (None: the ``record.countdown_seconds`` setting at each start);
        ``preflight_steps`` replaces the real device checks (tests); whether they run is the ``record.preflight``
        setting. ``importer`` analyses recordings made elsewhere (``analyse_file(job, progress)``; None: a
        RecordingImporter on the rehearsal's store and settings); ``progress_gap`` is the least time between two
        spoken progress messages."""
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
        self._importer = importer
        self._import_thread: QThread | None = None
        self._import_worker: ImportWorker | None = None
        self._jobs = 0
        self._job: Any = None  # the ImportJob running now (None: none, or it was cancelled)
        self.progress_gap = max(0.0, progress_gap)
        self._step = ""
        self._step_started = 0.0
        self._percent: int | None = None
        self._said_at = 0.0
        self._said_step = ""
        self._said_percent: int | None = None
        self.progress_said: list[str] = []  # the progress messages of the last import, as said
        self._say_later = QTimer(self)
        self._say_later.setSingleShot(True)
        self._say_later.timeout.connect(self._say_progress)

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
        window.progress_cancel_requested.connect(self.cancel_import)
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
        elif self.phase is Phase.IMPORTING:
            self.cancel_import(record_key=True)
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
        problems = sum(not item.ok for item in self.preflight_items)
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
        self._show_report(report, after_summary=self._summary_said)

    def _summary_said(self) -> None:
        latency = time.perf_counter() - self._stop_pressed
        self.stop_latencies.append(latency)
        log.info("summary spoken %.2f s after Stop", latency)
        self.summary_spoken.emit(latency)

    def _show_report(self, report: Report, *, after_summary: Callable[[], None] | None = None) -> None:
        """The result of an attempt (a rehearsal or an analysed recording): the summary is said first, then the
        feedback list is filled."""
        self.window.say(report.summary)
        if after_summary is not None:
            after_summary()
        self.window.show_findings(report.findings, language=self.language())

    def _on_stopped(self, result: StopResult) -> None:
        self._on_analysed(result.report)  # when the rehearsal had no early report
        self.phase = Phase.IDLE
        self._show_saved(result)

    def _show_saved(self, result: StopResult) -> None:
        """Once the attempt is saved: the list belongs to its session, its comments join, and the comparison."""
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

    # ------------------------------------------------------------------ analysing a recording made elsewhere

    @property
    def importing(self) -> bool:
        return self.phase is Phase.IMPORTING

    def _ensure_importer(self) -> Any:
        """The importer (built on the rehearsal's store and settings the first time), or None without a store."""
        if self._importer is None:
            store = getattr(self.rehearsal, "store", None)
            if store is None:
                return None
            from studio.services.recording_import import RecordingImporter

            self._importer = RecordingImporter(store, settings=getattr(self.rehearsal, "settings", None))
        return self._importer

    def _ensure_import_thread(self) -> None:
        if self._import_thread is not None:
            return
        self._import_thread = QThread(self)
        self._import_thread.setObjectName("import-worker")
        self._import_worker = ImportWorker()
        self._import_worker.moveToThread(self._import_thread)
        self._import_thread.finished.connect(self._import_worker.deleteLater)
        self._import.connect(self._import_worker.run)
        self._import_worker.progress.connect(self._on_import_progress)
        self._import_worker.finished.connect(self._on_imported)
        self._import_worker.failed.connect(self._on_import_failed)
        self._import_worker.cancelled.connect(self._on_import_cancelled)
        self._import_thread.start()

    def import_recording(self, path: str | Path | None = None) -> None:
        """File → Analyse a recording: ask for the file (unless given), then analyse it on the import thread with
        the chosen script and market. Refused, with the reason, while a rehearsal or another import runs."""
        if self.phase is Phase.IMPORTING:
            key = self.record_key
            self.window.say(tr("A recording is already being analysed. Press Escape or {key} to cancel it.")
                            .format(key=key) if key
                            else tr("A recording is already being analysed. Press Escape to cancel it."))
            return
        if self.phase is Phase.STOPPING:
            self.window.say(tr("Still analysing the last attempt, one moment."))
            return
        if self.phase is not Phase.IDLE:
            self.window.say(tr("Stop the rehearsal first, then analyse a recording."))
            return
        importer = self._ensure_importer()
        if importer is None:
            self.window.say(tr("Analysing a recording needs the session library, which could not be opened."))
            return
        chosen = str(path) if path is not None else self.window.choose_recording_file()
        if not chosen:
            self.window.say(tr("No recording chosen."))
            return
        if self.phase is not Phase.IDLE:  # something started while the file chooser was open
            self.window.say(tr("Stop the rehearsal first, then analyse a recording."))
            return
        from studio.services.recording_import import ImportJob, ImportStep

        self._stop_player()
        self._ensure_import_thread()
        self._jobs += 1
        job = ImportJob(Path(chosen), self.trainee, script=self.script, script_path=self.script_path,
                        market=self.market, feedback_language=self.language(), job_id=self._jobs)
        self._job = job
        self.phase = Phase.IMPORTING
        self.progress_said = []
        self._step, self._step_started, self._percent = ImportStep.LOADING_MODEL.value, time.monotonic(), None
        self._said_at, self._said_step, self._said_percent = time.monotonic(), self._step, None
        self.window.show_progress(job.name, self._progress_status, 0, focus=True)
        key = self.record_key
        self.window.say(tr("Analysing {name}. This can take a while; press Escape or {key} to cancel.")
                        .format(name=job.name, key=key) if key
                        else tr("Analysing {name}. This can take a while; press Escape to cancel.")
                        .format(name=job.name))
        self._import.emit(ImportTask(importer, job))

    def cancel_import(self, *, record_key: bool = False) -> None:
        """Cancel, Escape or the record key during an import: the work stops at its next check (the transcriber
        checks after each piece of speech) and nothing is saved. Too late only while the results are being saved."""
        job = self._job
        if self.phase is not Phase.IMPORTING or job is None:
            return
        if not job.request_cancel():
            self.window.say(tr("The analysis is almost done and its results are being saved, one moment."))
            return
        self._end_import()
        self.window.say(tr("Analysis cancelled."), assertive=True)
        if record_key:
            key = self.record_key
            self.window.say(tr("Recording did not start, because a recording was being analysed. Press {key} to "
                               "start recording now.").format(key=key) if key
                            else tr("Recording did not start, because a recording was being analysed."))

    def _end_import(self, focus_to: Any = None) -> None:
        self._job = None
        self._say_later.stop()
        self.phase = Phase.IDLE
        self.window.hide_progress(focus_to)

    def _current_job(self, job_id: int) -> bool:
        return self.phase is Phase.IMPORTING and self._job is not None and self._job.job_id == job_id

    def _progress_status(self) -> str:
        """The progress in words, worded anew at each call (the language may have changed). The steps are the
        values of ``studio.services.recording_import.ImportStep``."""
        step, percent = self._step, self._percent
        if step == "loading_model":
            return tr("Loading the speech model…")
        if step == "reading":
            return tr("Reading the file…")
        if step == "transcribing":
            shown = percent or 0
            left = self._time_left()
            if left is None:
                text = tr("Transcribing: {percent} percent")
            elif left < 60:
                text = tr("Transcribing: {percent} percent, less than a minute left")
            elif round(left / 60) == 1:
                text = tr("Transcribing: {percent} percent, about 1 minute left")
            else:
                text = tr("Transcribing: {percent} percent, about {minutes} minutes left")
            return text.format(percent=shown, minutes=round(left / 60) if left is not None else 0)
        if step == "analysing":
            return tr("Analysing what was said…")
        return tr("Saving the session: {percent} percent").format(percent=percent or 0)

    def _time_left(self) -> float | None:
        """Seconds of transcription left, from the pace so far (None until there is enough to tell)."""
        fraction = (self._percent or 0) / 100
        spent = time.monotonic() - self._step_started
        if fraction < 0.02 or spent < 1.0:
            return None
        return spent * (1 - fraction) / fraction

    def _on_import_progress(self, job_id: int, step: str, fraction: float | None) -> None:
        if not self._current_job(job_id):
            return  # a cancelled import winding down
        if step != self._step:
            self._step, self._step_started = step, time.monotonic()
        self._percent = None if fraction is None else int(float(fraction) * 100 + 1e-6)
        percent = self._percent or 0
        shown = percent if step in ("transcribing", "saving") else (100 if step == "analysing" else 0)
        self.window.show_progress(self._job.name, self._progress_status, shown)
        self._say_progress()

    def _say_progress(self) -> None:
        """Say the progress when it moved enough: a new step, or ``PROGRESS_SAY_STEP`` more points; never within
        ``progress_gap`` seconds of the last progress message (then once the gap is over, if still worth it)."""
        if self.phase is not Phase.IMPORTING:
            return
        moved = self._step != self._said_step or (
            self._percent is not None
            and (self._said_percent is None or self._percent >= self._said_percent + PROGRESS_SAY_STEP))
        if not moved:
            return
        wait = self._said_at + self.progress_gap - time.monotonic()
        if wait > 0:
            if not self._say_later.isActive():
                self._say_later.start(int(wait * 1000) + 1)
            return
        text = self._progress_status()
        self._said_at, self._said_step, self._said_percent = time.monotonic(), self._step, self._percent
        self.progress_said.append(text)
        self.window.say(text)

    def _on_imported(self, job_id: int, result: StopResult) -> None:
        if not self._current_job(job_id):
            return
        self._end_import(self.window.feedback_list)
        self._show_report(result.report)
        self._show_saved(result)

    def _on_import_failed(self, job_id: int, message: str) -> None:
        if not self._current_job(job_id):
            return
        self._end_import()
        self.window.cue("warning")
        self.window.say(message, assertive=True)

    def _on_import_cancelled(self, job_id: int) -> None:
        if self._current_job(job_id):  # cancelled from elsewhere (shutdown): the window is usable again
            self._end_import()
            self.window.say(tr("Analysis cancelled."), assertive=True)

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
            from PySide6.QtMultimedia import QMediaPlayer

            from studio.ui.playback import audio_output

            self._player = QMediaPlayer(self)
            self._audio = audio_output(self.window.sound_output(), self)
            self._player.setAudioOutput(self._audio)
            self._player.errorOccurred.connect(
                lambda _error, message: self.window.say(tr("Playback stopped: {error}").format(error=message)))
        return self._player

    def _stop_player(self) -> None:
        if self._player is not None:
            self._player.stop()

    # ------------------------------------------------------------------ shutdown

    def shutdown(self, timeout: float = 120.0) -> None:
        """At exit: a running recording is stopped and saved (waiting up to ``timeout``), an import is cancelled
        (unless it is saving its results), then the workers end."""
        self._tick.stop()
        job = self._job
        if self.phase is Phase.IMPORTING and job is not None:
            job.request_cancel()
            self._end_import()
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
        if self._import_thread is not None:
            self._import_thread.quit()
            self._import_thread.wait(int(timeout * 1000))
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


__all__ = ["COUNTDOWN_SECONDS", "PROGRESS_SAY_GAP", "PROGRESS_SAY_STEP", "ImportTask", "ImportWorker", "Phase",
           "PreflightJob", "RehearsalWorker", "StartRequest", "StopResult", "WorkflowController", "stop_result"]
