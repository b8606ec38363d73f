"""The trainee's rehearsal loop on the main window: countdown → record → stop → summary → feedback → comparison.

``WorkflowController`` connects the MainWindow's signals to a :class:`studio.services.rehearsal.Rehearsal`
that runs in a worker QThread (style rule 3): the worker only calls the rehearsal and emits signals; every
widget is touched here, on the GUI thread. The GUI never waits for the recorder, the model or the store.

Keyboard only, one key, no time pressure: the record key (F5) starts a spoken 3-2-1 countdown with earcons,
and the same key during the countdown skips it. On Stop the spoken summary comes first (its delay from the
key press is kept in ``stop_latencies``), then the feedback list is filled (one focusable item per finding,
worded by ``finding_sentence``), then the comparison with the previous attempt on the same script.
Enter on a finding plays the recording from that moment with a QMediaPlayer (the full review screen is
``studio.ui.review``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtWidgets import QApplication

from studio.core.errors import StudioError
from studio.core.model import Report, Trainee
from studio.ui.main_window import MainWindow

log = logging.getLogger(__name__)

COUNTDOWN_SECONDS = 3
LEVEL_INTERVAL_MS = 100


class Phase(str, Enum):
    IDLE = "idle"
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


class RehearsalWorker(QObject):
    """Lives in the worker thread; calls the rehearsal and reports back with signals (never touches widgets)."""

    started = Signal(object)  # the Session
    start_failed = Signal(str)
    analysed = Signal(object)  # the Report, as soon as it exists (the recording may still be finishing)
    stopped = Signal(object)  # StopResult
    stop_failed = Signal(str)
    cue = Signal(object)  # studio.services.rehearsal.Cue (emitted from the rehearsal's cue thread)

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
            self.start_failed.emit(f"The recording could not start: {exc}.")
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
            self.stop_failed.emit(f"The recording could not be analysed: {exc}.")
            return
        session = getattr(self.rehearsal, "session", None)
        previous = None
        try:
            previous = self.rehearsal.previous_report(getattr(session, "script_id", None))
        except Exception:
            log.exception("could not load the previous attempt")
        outcome = getattr(self.rehearsal, "outcome", None)
        self.stopped.emit(StopResult(report, previous, getattr(outcome, "recording", None)))


class WorkflowController(QObject):
    """Drives the main window through a rehearsal. Create it at the wiring point; call :meth:`shutdown` at exit."""

    summary_spoken = Signal(float)  # seconds from the Stop key to the summary being handed to the voice

    _prepare = Signal(object)
    _start = Signal(object)
    _stop = Signal()

    def __init__(
        self,
        window: MainWindow,
        rehearsal: Any,
        *,
        trainee: Trainee | None = None,
        language: Callable[[], str] = lambda: "en",
        countdown: int = COUNTDOWN_SECONDS,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.rehearsal = rehearsal
        self.trainee = trainee or Trainee(id="default", name="Me")
        self.language = language
        self.countdown = max(0, int(countdown))
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
        window.try_again_requested.connect(self._on_try_again)
        self._load_script(str(window.script_combo.currentData() or ""), speak=False)

    # ------------------------------------------------------------------ start / stop

    @property
    def record_key(self) -> str:
        return self.window.registry.key("record")

    def toggle(self) -> None:
        """The record key: start the countdown, skip it, or stop."""
        if self.phase is Phase.IDLE:
            self._begin_countdown()
        elif self.phase is Phase.COUNTDOWN:
            self._go()
        elif self.phase is Phase.RECORDING:
            self._request_stop()
        elif self.phase is Phase.STARTING:
            self.window.say("Starting the recording, one moment.")
        else:
            self.window.say("Still analysing the last attempt, one moment.")

    def _begin_countdown(self) -> None:
        self._stop_player()
        from studio.services.rehearsal import transcript_language

        # The model loads while we count.
        self._prepare.emit(transcript_language(self.script, self.market, self.trainee))
        if self.countdown == 0:
            self._go()
            return
        self.phase = Phase.COUNTDOWN
        key = self.record_key
        self.window.say(f"Get ready. Press {key} to start now." if key else "Get ready.")
        self._remaining = self.countdown
        self._say_count()
        self._tick.start()

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
        language = self.language()
        if result.previous is not None:
            from studio.core.report import compare_reports

            self.window.say("Compared with your last attempt: " + compare_reports(result.previous, result.report,
                                                                                  language))

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
                self.window.say("Free practice: no script.")
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
        recording = self.last_result.recording if self.last_result else None
        if recording is None or not Path(recording).is_file():
            self.window.say("There is no recording to play yet. Record an attempt first.")
            return
        try:
            player = self._ensure_player()
            if player.source() != QUrl.fromLocalFile(str(recording)):
                player.setSource(QUrl.fromLocalFile(str(recording)))
            player.setPosition(int(max(0.0, moment - 1.0) * 1000))  # a second before, to hear the lead-in
            player.play()
        except Exception as exc:
            self.window.say(f"Playback is not available here ({exc}). Open the session in the review screen.")

    def _ensure_player(self) -> Any:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._audio = QAudioOutput(self)
            self._player.setAudioOutput(self._audio)
            self._player.errorOccurred.connect(
                lambda _error, message: self.window.say(f"Playback stopped: {message}"))
        return self._player

    def _stop_player(self) -> None:
        if self._player is not None:
            self._player.stop()

    # ------------------------------------------------------------------ shutdown

    def shutdown(self, timeout: float = 120.0) -> None:
        """At exit: a running recording is stopped and saved (waiting up to ``timeout``), then the worker ends."""
        self._tick.stop()
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


__all__ = ["COUNTDOWN_SECONDS", "Phase", "RehearsalWorker", "StartRequest", "StopResult", "WorkflowController"]
