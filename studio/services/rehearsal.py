"""One rehearsal attempt from Start to report: recorder + live transcript + analysis + store, with no Qt.

``Rehearsal.start`` creates the session (RECORDING), starts the recorder with the live transcriber as an
audio sink, and a small cue thread that looks at the live transcript and the microphone level.
``Rehearsal.stop`` stops the recorder (the last audio blocks reach the live transcriber before it returns),
finishes the live transcript (only the tail is left to decode), analyses it and saves transcript (LIVE),
report and session (RECORDED → ANALYSED). Whatever fails after the recorder started, the recording stays on
disk, the session is saved RECORDED first and then moved to FAILED, and a :class:`RehearsalError` says
what happened in words that read well aloud.

Devices, the transcriber and the store are injected (style rule 7): ``recorder_factory(folder)`` builds
the recorder for a session folder, ``live_factory(language)`` the live transcriber. The real ones are
:func:`default_recorder_factory` and :func:`default_live_factory`; tests use fakes that replay real speech.

Live cues (``on_cue(Cue)``, called on the cue thread) follow peers.md "what none of them has" 1: short,
rate-limited, each switchable (settings ``cues.too_fast``, ``cues.dead_air``, ``cues.claim``,
``cues.uncovered_point``: a required line of the run-sheet not said when the product closes). "Too fast"
and "claim" come from ``partial()``; "dead air" comes from the microphone level, because the live
transcript only grows at pauses, so a gap after its last word is usually speech not yet decoded.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from studio.core.errors import Cancelled, StudioError
from studio.core.i18n import tr, tr_noop
from studio.core.model import (
    LANGUAGES,
    Finding,
    FindingKind,
    FindingSource,
    MediaPaths,
    Report,
    ScriptInfo,
    Session,
    SessionState,
    Severity,
    Trainee,
    Transcript,
    TranscriptPass,
    utc_now,
)
from studio.core.viewers import AskedQuestion, ViewerSchedule, load_pool

if TYPE_CHECKING:
    from studio.services.store import SessionStore

log = logging.getLogger(__name__)

RECORDING_FILE = "recording.mp4"
AUDIO_FILE = "audio.pcm"  # the recorder's crash-safe sound file (studio.services.capture.recorder.AUDIO_FILE)
CUE_KINDS = ("too_fast", "dead_air", "claim", "uncovered_point", "viewer")
CUES_OFF_BY_DEFAULT = frozenset({"viewer"})
"""Simulated viewer questions are a practice mode the trainee turns on (``cues.viewer``); the others are on."""
SILENCE_RMS = 0.006
"""A block quieter than about -44 dBFS counts as silence for the dead-air cue."""


_STOPPED_BY_ITSELF = {  # translated with tr() when the warning is given
    "mic_lost": tr_noop("The microphone stopped sending sound. "
                        "Stop the recording to save and analyse what was recorded."),
    "disk_low": tr_noop("The disk is almost full, so recording stopped. Stop the recording to save what was recorded."),
    "": tr_noop("The recording stopped by itself. Stop the recording to save what was recorded."),
}


DRAIN_QUIET = 0.25
"""Seconds without a new audio block, after Stop, before the live transcript is finished (blocks come every
10 ms while the microphone runs; the recorder's queue drains in milliseconds)."""


class _Finisher:
    """Runs ``recorder.stop()`` (devices off, files finished, MP4 muxed) on its own thread."""

    def __init__(self, recorder: RecorderLike) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self._recorder = recorder
        threading.Thread(target=self._run, name="rehearsal-finish", daemon=True).start()

    def _run(self) -> None:
        try:
            self.result = self._recorder.stop()
        except BaseException as exc:
            self.error = exc
        finally:
            self.done.set()


class RehearsalError(StudioError):
    """A rehearsal could not start, or its recording could not be analysed (the recording is kept)."""


# --------------------------------------------------------------------------- what is injected


class RecorderLike(Protocol):
    """What a rehearsal needs from ``studio.services.capture.recorder.Recorder``."""

    def add_audio_sink(self, sink: Callable[[np.ndarray, int], None]) -> None: ...
    def start(self) -> None: ...
    def stop(self) -> Any: ...  # RecordingResult: .output (Path | None), .audio_seconds, .warnings
    def level(self) -> Any: ...  # AudioLevel: .dbfs
    def progress(self) -> Any: ...  # RecorderProgress: .audio_seconds


class LiveLike(Protocol):
    """What a rehearsal needs from ``studio.services.transcription.live.LiveTranscriber``."""

    def feed(self, samples: np.ndarray, sample_rate: int) -> None: ...
    def finish(self, timeout: float = 30.0) -> Transcript: ...
    def cancel(self) -> None: ...
    def partial(self) -> Transcript: ...


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...


RecorderFactory = Callable[[Path], RecorderLike]
LiveFactory = Callable[[str | None], LiveLike]


def default_recorder_factory(settings: SettingsLike | None = None) -> RecorderFactory:
    """The real recorder: the chosen (or default) microphone and camera; sound only when there is no camera."""

    def build(folder: Path) -> RecorderLike:
        from studio.services.capture.audio import Microphone
        from studio.services.capture.camera import CameraError, CameraSpec, open_camera
        from studio.services.capture.devices import chosen_devices, find_audio_device
        from studio.services.capture.recorder import Recorder

        choice = chosen_devices(settings)
        mic_name = choice.microphone
        device: int | None = None
        if mic_name:
            found = find_audio_device(mic_name, "input")
            device, mic_name = found.index, found.name
        camera_text = choice.camera
        camera = None
        if camera_text:
            try:
                camera = open_camera(CameraSpec.parse(camera_text))
            except CameraError as exc:
                log.info("no camera for this rehearsal: %s", exc)
        return Recorder(folder, microphone=Microphone(device, name=mic_name), camera=camera,
                        out=folder / RECORDING_FILE)

    return build


def default_live_factory(settings: SettingsLike | None = None) -> LiveFactory:
    """The real live transcriber, with the model chosen in the settings (base by default)."""

    def build(language: str | None) -> LiveLike:
        from studio.services.transcription.live import LiveTranscriber

        model = str(settings.get("transcription.model")) if settings else None
        return LiveTranscriber(model=model or None, language=language)

    return build


# --------------------------------------------------------------------------- live cues


@dataclass(frozen=True, slots=True)
class Cue:
    """A short live nudge: ``kind`` is one of ``CUE_KINDS`` (also the earcon's name), ``at`` the recording time."""

    kind: str
    message: str
    at: float

    @property
    def earcon(self) -> str:
        return {"claim": "claim_detected", "uncovered_point": "marker", "viewer": "viewer_question"}.get(
            self.kind, self.kind)


@dataclass
class CueRules:
    """Decides which cues are due. Pure: the caller passes the live transcript and the silence so far."""

    enabled: dict[str, bool] = field(default_factory=lambda: default_cues())
    min_gap: float = 20.0
    """Seconds before the same cue may come again."""
    any_gap: float = 5.0
    """Seconds between any two cues: never a burst of sounds in the trainee's ears."""
    dead_air: float = 3.0
    pace_window: float = 30.0
    pace_min_speech: float = 10.0
    market: str = ""
    band: Any = None  # PaceBand of the trainee, else the language's default
    _last: dict[str, float] = field(default_factory=dict)
    _last_any: float = -1e9
    _claims_until: float = -1.0  # claims ending before this were already cued
    _checked_words: int = -1
    _silence_cued: bool = False
    _rules: Any = None
    script: Any = None  # the run-sheet (studio.core.script.RunSheet) for the "not yet covered" cue; None: no cue
    deadline_warning: float = 10.0
    """Seconds before a product's say-within limit at which a required line not said yet is cued."""
    _reminded: set[str] = field(default_factory=set)  # the lines already cued once
    _reminding: str = ""  # the line the uncovered-point cue of this moment names (kept once the cue is given)
    _coverage: Any = None  # the run-sheet coverage of the live transcript, recomputed only when words arrive
    _coverage_words: int = -1
    viewer_language: str = "en"
    """The language simulated viewers ask in (the app voice's language)."""
    viewer_seed: int | None = None
    """Seed of the viewer schedule (None: a new order every rehearsal)."""
    viewer_first_after: float = 30.0
    """Seconds into the take before the first viewer question (the host's opening is left alone)."""
    viewer_every: float = 50.0
    """Seconds between viewer questions, give or take ten."""
    viewers: ViewerSchedule | None = None

    def due(self, transcript: Transcript, now: float, silence: float) -> list[Cue]:
        """Cues for this moment (``now``: seconds recorded; ``silence``: seconds of quiet up to now)."""
        wanted: list[Cue] = []
        if silence < self.dead_air:
            self._silence_cued = False
        elif self.enabled.get("dead_air") and not self._silence_cued:
            self._silence_cued = True  # once per stretch of silence
            wanted.append(Cue("dead_air", tr("Dead air. Say something."), now))
        if len(transcript.words) != self._checked_words:
            self._checked_words = len(transcript.words)
            if self.enabled.get("claim"):
                wanted.extend(self._claim_cues(transcript, now))
            if self.enabled.get("too_fast") and self._too_fast(transcript):
                wanted.append(Cue("too_fast", tr("Slow down a little."), now))
        if self.enabled.get("uncovered_point") and self.script is not None:
            wanted.extend(self._uncovered_cues(transcript, now))
        out: list[Cue] = []
        for cue in wanted:
            if now - self._last.get(cue.kind, -1e9) < self.min_gap or now - self._last_any < self.any_gap:
                continue
            self._last[cue.kind] = now
            self._last_any = now
            out.append(cue)
            if cue.kind == "uncovered_point":
                self._reminded.add(self._reminding)  # only a line actually said is never said again
        if self.enabled.get("viewer") and now - self._last_any >= self.any_gap:
            # A question waits while another cue has just sounded, rather than being dropped.
            asked = self._viewer_question(now)
            if asked is not None:
                self._last_any = now
                out.append(Cue("viewer", asked.said, now))
        return out

    def _viewer_question(self, now: float) -> AskedQuestion | None:
        if self.viewers is None:
            try:
                pool = load_pool(self.viewer_language)
            except StudioError as exc:
                log.info("viewer questions are off: %s", exc)
                self.enabled["viewer"] = False
                return None
            seed = self.viewer_seed if self.viewer_seed is not None else random.randrange(2**31)
            self.viewers = ViewerSchedule(pool, first_after=self.viewer_first_after, every=self.viewer_every,
                                          seed=seed)
        return self.viewers.due(now)

    @property
    def asked_questions(self) -> tuple[AskedQuestion, ...]:
        """The viewer questions read out so far, in order."""
        return tuple(self.viewers.asked) if self.viewers is not None else ()

    def _too_fast(self, transcript: Transcript) -> bool:
        from studio.core.pacing import measure_pace

        words = transcript.words
        if not words:
            return False
        since = words[-1].end - self.pace_window
        recent = tuple(w for w in words if w.start >= since)
        window = Transcript(transcript.language, words[-1].end, transcript.model, words=recent,
                            source_pass=TranscriptPass.LIVE)
        pace = measure_pace(window, band=self.band, window=self.pace_window)
        return pace.speaking_time >= self.pace_min_speech and pace.rate > pace.band.high * 1.05

    def _claim_cues(self, transcript: Transcript, now: float) -> list[Cue]:
        if not self.market:
            return []
        try:
            from studio.core.claims import check_transcript, load_packs

            if self._rules is None:
                self._rules = load_packs(self.market)
            findings = check_transcript(transcript, self._rules)
        except (ImportError, StudioError) as exc:
            log.info("claim cues are off: %s", exc)
            self.enabled["claim"] = False
            return []
        fresh = [f for f in findings if f.kind is FindingKind.CLAIM and f.end > self._claims_until
                 and f.severity in (Severity.BLOCK, Severity.NEEDS_EVIDENCE)]
        if not fresh:
            return []
        self._claims_until = max(f.end for f in fresh)
        quote = fresh[-1].quote.strip()
        message = tr("Careful: “{quote}”.").format(quote=quote) if quote else tr("Careful: a risky claim.")
        return [Cue("claim", message, now)]


    def _uncovered_cues(self, transcript: Transcript, now: float) -> list[Cue]:
        """A required line of a product not said yet, when the product is closing: the trainee gave its call to
        action, or its say-within limit is less than ``deadline_warning`` seconds away. Each line is cued once."""
        if not transcript.words:
            return []
        from studio.core.coverage import CoverageStatus, score_coverage
        from studio.core.script import ItemKind

        if len(transcript.words) != self._coverage_words:  # the live transcript grows only at pauses
            try:
                self._coverage = score_coverage(self.script, transcript, deixis=False)
            except (StudioError, ValueError) as exc:
                log.info("the not-yet-covered cue is off: %s", exc)
                self.enabled["uncovered_point"] = False
                return []
            self._coverage_words = len(transcript.words)
        result = self._coverage
        starts = {p.name: p.start for p in result.products}
        products = {p.name: p for p in self.script.products}
        ctas = [m.start for m in result.cta_mentions]
        for coverage in result.items:
            item, product = coverage.item, products.get(coverage.product)
            if coverage.status is not CoverageStatus.MISSED or item.optional or item.kind is ItemKind.CTA:
                continue
            key = f"{coverage.product}\n{item.text}"
            start = starts.get(coverage.product)
            if key in self._reminded or product is None or start is None:
                continue
            limit = product.say_within if product.say_within is not None else self.script.say_within
            closing = any(at >= start for at in ctas)
            late = limit is not None and now >= start + limit - self.deadline_warning
            if closing or late:
                self._reminding = key
                return [Cue("uncovered_point", tr("Before you close: say “{line}”.").format(line=item.text), now)]
        return []


def default_cues() -> dict[str, bool]:
    """Every cue kind on, except those in ``CUES_OFF_BY_DEFAULT``."""
    return {kind: kind not in CUES_OFF_BY_DEFAULT for kind in CUE_KINDS}


def cue_rules_from(settings: SettingsLike | None, *, market: str, trainee: Trainee | None,
                   script: Any = None, language: str = "en") -> CueRules:
    """Cue rules with the trainee's switches (settings ``cues.*``) and dead-air limit; simulated viewers ask in
    ``language``."""
    enabled = default_cues()
    dead_air = 3.0
    if settings is not None:
        for kind in CUE_KINDS:
            try:
                enabled[kind] = bool(settings.get(f"cues.{kind}"))
            except (KeyError, StudioError):
                pass
        try:
            dead_air = float(settings.get("analysis.dead_air_seconds"))
        except (KeyError, StudioError, TypeError, ValueError):
            pass
    band = trainee.pace_band if trainee is not None else None
    return CueRules(enabled=enabled, dead_air=dead_air, market=market, band=band, script=script,
                    viewer_language=language)


class _SilenceMeter:
    """An audio sink that keeps how long the microphone has been quiet (cheap: one RMS per block)."""

    def __init__(self) -> None:
        self.samples = 0
        self.rate = 0
        self.last_voice = 0  # sample index of the end of the last loud block
        self.last_arrival = 0.0  # time.monotonic() of the last block (it comes after the live transcriber's)

    def __call__(self, samples: np.ndarray, rate: int) -> None:
        self.last_arrival = time.monotonic()
        self.rate = rate
        self.samples += len(samples)
        if len(samples) and float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) >= SILENCE_RMS:
            self.last_voice = self.samples

    @property
    def seconds(self) -> float:
        return self.samples / self.rate if self.rate else 0.0

    @property
    def silence(self) -> float:
        return (self.samples - self.last_voice) / self.rate if self.rate else 0.0


# --------------------------------------------------------------------------- the rehearsal


@dataclass(frozen=True, slots=True)
class Outcome:
    """What :meth:`Rehearsal.stop` produced: the saved session, its report and the recording."""

    session: Session
    report: Report
    transcript: Transcript
    recording: Path | None
    warnings: tuple[str, ...] = ()


class Rehearsal:
    """Runs one attempt at a time. Not thread-safe: call ``start``/``stop`` from one (worker) thread."""

    def __init__(
        self,
        store: SessionStore,
        *,
        recorder_factory: RecorderFactory,
        live_factory: LiveFactory,
        settings: SettingsLike | None = None,
        on_cue: Callable[[Cue], None] | None = None,
        on_report: Callable[[Report], None] | None = None,
        feedback_language: str = "en",
        finish_timeout: float = 30.0,
        cue_interval: float = 0.5,
    ) -> None:
        self.store = store
        self._recorder_factory = recorder_factory
        self._live_factory = live_factory
        self.settings = settings
        self.on_cue = on_cue
        self.on_report = on_report
        """Called (on the stopping thread) as soon as the report exists, before the recording is finished."""
        self.feedback_language = feedback_language
        self.finish_timeout = finish_timeout
        self.cue_interval = cue_interval
        self.session: Session | None = None
        self.outcome: Outcome | None = None
        self.cues: list[Cue] = []
        self._recorder: RecorderLike | None = None
        self._live: LiveLike | None = None
        self._live_language: str | None = "?"
        self._meter = _SilenceMeter()
        self._script: Any = None
        self._market = "en-US"
        self._trainee: Trainee | None = None
        self._markers: list[float] = []
        self._live_fed = 0
        self._feeding: LiveLike | None = None  # the transcriber the recorder's sink feeds (kept through Stop)
        self._cue_stop = threading.Event()
        self._cue_thread: threading.Thread | None = None
        self._cue_rules: CueRules | None = None
        self.stop_started: float = 0.0
        """``time.perf_counter()`` when :meth:`stop` was called (for the stop-latency benchmark)."""

    # ------------------------------------------------------------------ state

    @property
    def recording(self) -> bool:
        return self._recorder is not None

    def elapsed(self) -> float:
        """Seconds of sound recorded so far (the recording's own clock; 0 when not recording)."""
        return self._meter.seconds if self._recorder is not None else 0.0

    def level_db(self) -> float | None:
        """The microphone level in dBFS for a meter, or None when not recording."""
        recorder = self._recorder
        if recorder is None:
            return None
        try:
            return float(recorder.level().dbfs)
        except Exception:
            return None

    def add_marker(self, seconds: float | None = None) -> float:
        """Mark a moment (default: now); it becomes a note in the report. Returns the moment."""
        moment = self.elapsed() if seconds is None else max(0.0, float(seconds))
        self._markers.append(moment)
        return moment

    # ------------------------------------------------------------------ start

    def prepare(self, language: str | None) -> None:
        """Create the live transcriber now (it loads its model in the background), e.g. during the countdown."""
        if self._live is not None and self._live_language == language:
            return
        if self._live is not None:
            self._live.cancel()
        self._live = self._live_factory(language)
        self._live_language = language

    def start(self, script: Any, market: str, trainee: Trainee, *, script_path: str | Path | None = None) -> Session:
        """Create the session and start recording. ``script`` is a parsed RunSheet or None (free practice)."""
        if self._recorder is not None:
            raise RehearsalError(tr("A rehearsal is already recording. Stop it first."))
        self.outcome = None
        self.cues = []
        self._markers = []
        self._cue_rules = None
        self._script, self._market, self._trainee = script, market, trainee
        language = transcript_language(script, market, trainee)
        script_id = self._register_script(script, script_path)
        session_language = language or trainee.language
        session: Session = self.store.create_session(
            trainee.id, script_id=script_id, market=market,
            language=session_language if session_language in LANGUAGES else "en",
            title=getattr(script, "title", "") or tr("Free practice"),
        )
        folder = Path(self.store.session_dir(session.id))
        try:
            self.prepare(language)
            recorder = self._recorder_factory(folder)
            self._meter = _SilenceMeter()
            assert self._live is not None
            self._live_fed = 0
            self._feeding = self._live
            recorder.add_audio_sink(self._feed_live)
            recorder.add_audio_sink(self._meter)
            session = session.moved_to(SessionState.RECORDING, started_at=utc_now())
            self.store.save_session(session)
            recorder.start()
        except Exception as exc:
            self._discard_live()
            failed = session.moved_to(SessionState.FAILED, ended_at=utc_now())
            self.store.save_session(failed)
            self.session = failed
            raise _as_rehearsal_error(exc, tr("The recording could not start: {problem}.")) from exc
        self._recorder = recorder
        self.session = session
        self._start_cues(market, trainee)
        return session

    def _feed_live(self, samples: np.ndarray, rate: int) -> None:
        live = self._feeding
        if live is not None:
            live.feed(samples, rate)
            self._live_fed += len(samples)

    def _register_script(self, script: Any, script_path: str | Path | None) -> str | None:
        if script is None:
            return None
        path = str(script_path or getattr(script, "path", "") or "")
        script_id = Path(path).stem if path else _slug(script.title)
        language = script.language if script.language in LANGUAGES else "en"
        self.store.save_script(ScriptInfo(script_id, script.title, language, script.market, path))
        return script_id

    def _start_cues(self, market: str, trainee: Trainee) -> None:
        if self.on_cue is None:
            return
        rules = cue_rules_from(self.settings, market=market, trainee=trainee, script=self._script,
                               language=self.feedback_language)
        self._cue_rules = rules
        self._cue_stop.clear()
        self._cue_thread = threading.Thread(target=self._cue_loop, args=(rules,), name="rehearsal-cues", daemon=True)
        self._cue_thread.start()

    def _cue_loop(self, rules: CueRules) -> None:
        warned = False
        while not self._cue_stop.wait(self.cue_interval):
            live, recorder = self._live, self._recorder
            if live is None or recorder is None:
                return
            try:
                due = rules.due(live.partial(), self._meter.seconds, self._meter.silence) \
                    if any(rules.enabled.values()) else []
                reason = str(getattr(recorder, "stop_reason", "") or "")
                if reason not in ("", "stopped") and not warned and not self._cue_stop.is_set():
                    # The recorder stopped by itself (microphone lost, disk full): say so, once.
                    warned = True
                    due.append(Cue("warning", tr(_STOPPED_BY_ITSELF.get(reason, _STOPPED_BY_ITSELF[""])),
                                   self._meter.seconds))
                for cue in due:
                    self.cues.append(cue)
                    if self.on_cue is not None:
                        self.on_cue(cue)
            except Exception:  # a cue must never disturb the recording
                log.exception("live cue check failed")

    # ------------------------------------------------------------------ stop

    def stop(self) -> Report:
        """Stop, analyse, save; returns the report. Raises RehearsalError (session FAILED, recording kept).

        The recorder finishes its files (the MP4 mux took ~4 s for 5 minutes of sound on this machine) on a
        helper thread while the live transcript's tail is decoded and analysed, so ``on_report`` (the spoken
        summary) does not wait for the mux. The live transcript is finished once the recorder has stopped
        delivering sound: its writer thread has ended, or no block came for ``DRAIN_QUIET`` seconds after Stop.
        """
        self.stop_started = time.perf_counter()
        recorder, session = self._recorder, self.session
        if recorder is None or session is None:
            raise RehearsalError(tr("Nothing is being recorded."))
        self._recorder = None
        self._cue_stop.set()
        folder = Path(self.store.session_dir(session.id))
        finishing = _Finisher(recorder)
        live, self._live = self._live, None
        transcript: Transcript | None = None
        report: Report | None = None
        problem: BaseException | None = None
        try:
            stopped_at = time.monotonic()
            while not finishing.done.wait(0.02):
                if time.monotonic() - max(self._meter.last_arrival, stopped_at) >= DRAIN_QUIET:
                    break
            if finishing.error is not None:
                raise finishing.error
            assert live is not None
            transcript = live.finish(self.finish_timeout)
            report = self._analyse(transcript)
            if self.on_report is not None:
                self.on_report(report)
        except Exception as exc:
            problem = exc
            if live is not None and transcript is None:
                live.cancel()
        finishing.done.wait()
        self._feeding = None
        if self._cue_thread is not None:
            self._cue_thread.join(5)
            self._cue_thread = None
        if finishing.error is not None:
            self._fail(session, folder, None, finishing.error, "The recording could not be finished")
            raise _as_rehearsal_error(finishing.error,
                                      tr("The recording could not be finished: {problem}.")) from finishing.error
        result = finishing.result
        output: Path | None = getattr(result, "output", None)
        duration = float(getattr(result, "audio_seconds", 0.0) or self._meter.seconds)
        session = session.moved_to(SessionState.RECORDED, ended_at=utc_now(), duration=round(duration, 3),
                                   media=_media(folder, output))
        self.store.save_session(session)
        self.session = session
        try:
            if problem is not None:
                raise problem
            assert transcript is not None and report is not None
            session = self._save_analysis(session, transcript, report)
        except Exception as exc:
            self._fail(session, folder, output, exc, "The recording was saved, but it could not be analysed")
            raise _as_rehearsal_error(exc, tr("The recording was saved, but it could not be analysed: {problem}.")) \
                from exc
        if self._meter.samples and self._live_fed < self._meter.samples:
            log.warning("the live transcript missed %d samples at Stop", self._meter.samples - self._live_fed)
        self.session = session
        self.outcome = Outcome(session, report, transcript, output, tuple(getattr(result, "warnings", ()) or ()))
        return report

    def _analyse(self, transcript: Transcript) -> Report:
        from studio.core.analysis import AnalysisSettings, analyse
        from studio.core.report import phrase

        dead_air = 3.0
        if self.settings is not None:
            try:
                dead_air = float(self.settings.get("analysis.dead_air_seconds"))
            except (KeyError, StudioError, TypeError, ValueError):
                pass
        extra = tuple(
            Finding(FindingKind.COMMENT, Severity.INFO, moment, moment,
                    phrase("marker", self.feedback_language, number=str(number)),
                    source=FindingSource.LIVE)
            for number, moment in enumerate(self._markers, start=1)
        )
        category = None
        if self._script is not None:
            category = next((p.category for p in self._script.products if p.category), None)
        return analyse(
            transcript,
            script=self._script,
            market=self._market,
            product_category=category,
            trainee=self._trainee,
            settings=AnalysisSettings(dead_air=dead_air, feedback_language=self.feedback_language,
                                      extra_findings=extra, viewer_questions=self.asked_questions),
        )

    @property
    def asked_questions(self) -> tuple[AskedQuestion, ...]:
        """The simulated viewer questions read out during the current (or last) take."""
        return self._cue_rules.asked_questions if self._cue_rules is not None else ()

    def _save_analysis(self, session: Session, transcript: Transcript, report: Report) -> Session:
        """The transcript and report of a RECORDED session, then the session marked ANALYSED (returned)."""
        self.store.save_transcript(session.id, transcript)
        self.store.save_report(session.id, report)
        analysed = session.moved_to(SessionState.ANALYSED)
        self.store.save_session(analysed)
        return analysed

    def _fail(self, session: Session, folder: Path, output: Path | None, exc: BaseException, what: str) -> None:
        log.error("%s: %s", what, exc, exc_info=exc)
        media = session.media if session.media.final or session.media.audio else _media(folder, output)
        try:
            failed = session.moved_to(SessionState.FAILED, ended_at=session.ended_at or utc_now(), media=media)
            self.store.save_session(failed)
            self.session = failed
        except StudioError:
            log.exception("could not mark the session failed")

    def cancel(self) -> None:
        """Abandon the attempt (app closing in a hurry): stop devices, keep the files, mark the session FAILED."""
        self._cue_stop.set()
        recorder, self._recorder = self._recorder, None
        self._discard_live()
        if recorder is not None and self.session is not None:
            folder = Path(self.store.session_dir(self.session.id))
            output = None
            try:
                output = getattr(recorder.stop(), "output", None)
            except Exception:
                log.exception("stopping the recorder on cancel failed")
            self._fail(self.session, folder, output, Cancelled("rehearsal cancelled"), "The rehearsal was cancelled")

    def _discard_live(self) -> None:
        live, self._live = self._live, None
        self._feeding = None
        self._live_language = "?"
        if live is not None:
            try:
                live.cancel()
            except Exception:
                log.exception("cancelling the live transcriber failed")

    # ------------------------------------------------------------------ history

    def previous_report(self, script_id: str | None, *, trainee_id: str | None = None,
                        before: str | None = None) -> Report | None:
        """The newest analysed attempt's report on the same script (free practice: ``script_id`` None never
        compares), skipping the session ``before`` (default: the current one)."""
        if not script_id:
            return None
        skip = before if before is not None else (self.session.id if self.session else None)
        for session in self.store.list_sessions(script_id=script_id, trainee_id=trainee_id):
            if session.id == skip or session.state is not SessionState.ANALYSED:
                continue
            report: Report | None = self.store.load_report(session.id)
            if report is not None:
                return report
        return None


# --------------------------------------------------------------------------- helpers


def transcript_language(script: Any, market: str, trainee: Trainee) -> str | None:
    """The language to transcribe in: the script's (None = detect, for a bilingual script), else the market's."""
    if script is not None:
        languages = tuple(getattr(script, "languages", ()) or ())
        return None if len(languages) > 1 else str(script.language)
    code = market.split("-")[0].lower()
    return code if code in LANGUAGES else trainee.language


def _media(folder: Path, output: Path | None) -> MediaPaths:
    """Media paths relative to the session folder (files elsewhere are not recorded as the session's)."""
    final = ""
    if output is not None:
        try:
            final = Path(output).resolve().relative_to(folder.resolve()).as_posix()
        except ValueError:
            final = ""
    audio = AUDIO_FILE if (folder / AUDIO_FILE).exists() else ""
    return MediaPaths(video="", audio=audio, final=final)


def _slug(text: str) -> str:
    cleaned = "".join(c.lower() if c.isalnum() else "-" for c in text).strip("-")
    return "-".join(part for part in cleaned.split("-") if part) or "script"


def _as_rehearsal_error(exc: BaseException, sentence: str) -> RehearsalError:
    """``sentence`` is already translated and has a ``{problem}`` field for what went wrong."""
    if isinstance(exc, RehearsalError):
        return exc
    if isinstance(exc, StudioError):
        detail = exc.spoken().rstrip(".。")
    else:
        detail = str(exc).rstrip(".。") or type(exc).__name__
    return RehearsalError(sentence.format(problem=detail))


__all__ = [
    "CUE_KINDS",
    "Cue",
    "CueRules",
    "LiveFactory",
    "LiveLike",
    "Outcome",
    "RecorderFactory",
    "RecorderLike",
    "Rehearsal",
    "RehearsalError",
    "cue_rules_from",
    "default_live_factory",
    "default_recorder_factory",
    "transcript_language",
]
