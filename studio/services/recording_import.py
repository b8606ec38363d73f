"""Analyse a recording made elsewhere (a phone recording of a real livestream, a video file): issue 7.

An imported file is a rehearsal attempt recorded outside the studio, so :class:`RecordingImporter` is a
:class:`studio.services.rehearsal.Rehearsal` that gets its sound from a file instead of the recorder: the same
script registration, the same analysis (``Rehearsal._analyse``), the same store states (CREATED → RECORDED →
ANALYSED, FAILED with the media kept when saving fails) and the same "previous attempt" for the comparison.

:meth:`RecordingImporter.analyse_file` runs on a worker thread (``studio.ui.workflow``), with no Qt:

1. load the speech model (``transcription.model``; the file transcriber of ``studio.services.transcription``),
2. read the file's sound, 3. transcribe it (progress per decoded segment, typed cancellation),
4. analyse the transcript, 5. copy the file into a new session's folder and save transcript, report and session.

Progress goes to ``progress(step, fraction)`` (``fraction`` None when a step cannot measure itself). Cancellation
is cooperative (:class:`ImportJob`): every step checks it, the transcriber checks it after each segment, the copy
after each block. The store is written only after :meth:`ImportJob.commit`, which a cancel can no longer pass:
a cancelled import leaves nothing behind (no session, no folder), and a cancel that comes too late (the results
are already being saved, well under a second) is refused, so the trainee never hears "cancelled" for a session
that was saved. Errors are :class:`RecordingImportError`, spoken sentences that name the file; the file itself
is only read.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.core.errors import Cancelled, StudioError
from studio.core.i18n import tr
from studio.core.model import LANGUAGES, SessionState, Trainee, Transcript, TranscriptPass, utc_now
from studio.services.rehearsal import (
    RECORDING_FILE,
    Outcome,
    Rehearsal,
    RehearsalError,
    SettingsLike,
    _media,
    transcript_language,
)

if TYPE_CHECKING:
    from studio.services.store import SessionStore
    from studio.services.transcription.transcriber import Transcriber

log = logging.getLogger(__name__)

RECORDING_SUFFIXES = (".mp4", ".mov", ".mkv", ".webm", ".avi", ".m4a", ".mp3", ".wav", ".flac", ".ogg", ".opus",
                      ".aac", ".wma", ".3gp")
"""What the file chooser offers first (any file the sound library can decode is accepted)."""
COPY_BLOCK = 4 * 1024 * 1024
"""Bytes copied between two cancellation checks (a few milliseconds of disk time)."""


class ImportStep(str, Enum):
    """The steps of an import, in order; the UI words them."""

    LOADING_MODEL = "loading_model"
    READING = "reading"
    TRANSCRIBING = "transcribing"
    ANALYSING = "analysing"
    SAVING = "saving"


ProgressFn = Callable[[ImportStep, float | None], None]


class RecordingImportError(RehearsalError):
    """The file could not be analysed; the message names the file and reads well aloud."""


class NoSpeechError(RecordingImportError):
    """The file has sound, but no speech was recognised in it."""


@dataclass
class ImportJob:
    """One file to analyse, with the choices of the main window, and the switch that cancels it.

    The GUI calls :meth:`request_cancel`; the worker calls :meth:`check` between steps and :meth:`commit` before
    it writes to the store. Both take the same lock, so exactly one of them wins.
    """

    path: Path
    trainee: Trainee
    script: Any = None  # a parsed RunSheet, or None for free practice
    script_path: str = ""
    market: str = "en-US"
    feedback_language: str = "en"
    job_id: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _committed: bool = False

    @property
    def name(self) -> str:
        return Path(self.path).name

    def request_cancel(self) -> bool:
        """Stop the work at its next check. False when it is too late: the results are being saved (and kept)."""
        with self._lock:
            if self._committed:
                return False
            self.cancel.set()
            return True

    def check(self) -> None:
        """Raise :class:`Cancelled` when the work was cancelled."""
        if self.cancel.is_set():
            raise Cancelled(f"the analysis of {self.name} was cancelled")

    def commit(self) -> None:
        """The point of no return, before the store is written: raises :class:`Cancelled` when cancelled."""
        with self._lock:
            self.check()
            self._committed = True


def _not_recording(*_args: object) -> Any:
    """The recorder and live-transcriber factories of an importer: it analyses files, it never records."""
    raise NotImplementedError("an importer analyses files; it does not record (use a Rehearsal)")


class RecordingImporter(Rehearsal):
    """Analyses recordings made elsewhere into sessions of the store. One file at a time, on one worker thread."""

    def __init__(
        self,
        store: SessionStore,
        *,
        settings: SettingsLike | None = None,
        model: str | None = None,
        cpu_threads: int = 2,
        transcriber_factory: Callable[[str | None], Transcriber] | None = None,
    ) -> None:
        """``model`` fixes the speech model (None: the ``transcription.model`` setting, base by default)."""
        super().__init__(store, recorder_factory=_not_recording, live_factory=_not_recording, settings=settings)
        self.model = model
        self.cpu_threads = cpu_threads
        self._transcriber_factory = transcriber_factory

    def _model_name(self) -> str | None:
        if self.model:
            return self.model
        if self.settings is not None:
            try:
                return str(self.settings.get("transcription.model")) or None
            except (KeyError, StudioError):
                return None
        return None

    def _transcriber(self) -> Transcriber:
        model = self._model_name()
        if self._transcriber_factory is not None:
            return self._transcriber_factory(model)
        from studio.services.transcription.transcriber import Transcriber

        return Transcriber(model, cpu_threads=self.cpu_threads)  # the loaded model is kept for the next file

    # ------------------------------------------------------------------ the pipeline

    def analyse_file(self, job: ImportJob, progress: ProgressFn | None = None) -> Outcome:
        """Transcribe, analyse and save ``job.path`` as a new ANALYSED session of ``job.trainee``.

        Raises :class:`Cancelled` (nothing was saved) or :class:`RecordingImportError` (a sentence naming the file).
        """
        report_progress = _Progress(progress)
        path = Path(job.path)
        name = path.name
        self.session = None
        self.outcome = None
        if not path.exists():
            raise RecordingImportError(
                tr("The file {name} was not found. It may have been moved or renamed; choose it again.").format(
                    name=name))
        if not path.is_file():
            raise RecordingImportError(
                tr("{name} is a folder, not a recording. Choose a video or audio file.").format(name=name))
        job.check()

        report_progress(ImportStep.LOADING_MODEL, None)
        try:
            transcriber = self._transcriber()
        except StudioError as exc:
            raise RecordingImportError(
                tr("The speech model could not be loaded, so {name} was not analysed: {problem}").format(
                    name=name, problem=exc.spoken())) from exc
        job.check()

        report_progress(ImportStep.READING, None)
        from studio.services.transcription.transcriber import SAMPLE_RATE, MediaError, decode_media

        try:
            audio = decode_media(path)
        except MediaError as exc:
            raise RecordingImportError(
                tr("The file {name} is not a video or audio file the studio can read. Choose a recording such as "
                   "MP4, MP3 or WAV.").format(name=name)) from exc
        if audio.size < SAMPLE_RATE // 10:
            raise NoSpeechError(
                tr("The file {name} has no sound in it, so there is nothing to analyse.").format(name=name))
        job.check()

        language = transcript_language(job.script, job.market, job.trainee)
        report_progress(ImportStep.TRANSCRIBING, 0.0)
        try:
            result = transcriber.transcribe_audio(
                audio, language=language, source_pass=TranscriptPass.IMPORTED, cancel=job.cancel,
                progress=lambda fraction: report_progress(ImportStep.TRANSCRIBING, fraction))
        except StudioError as exc:
            raise RecordingImportError(
                tr("{name} could not be transcribed: {problem}").format(name=name, problem=exc.spoken())) from exc
        transcript = result.transcript
        if not transcript.words:
            raise NoSpeechError(
                tr("No speech was found in {name}, so there is nothing to analyse. Check that it is the right file "
                   "and that its sound is not muted.").format(name=name))
        job.check()

        report_progress(ImportStep.ANALYSING, None)
        self.feedback_language = job.feedback_language
        self._script, self._market, self._trainee, self._markers = job.script, job.market, job.trainee, []
        report = self._analyse(transcript)  # exactly the rehearsal's analysis
        job.check()

        report_progress(ImportStep.SAVING, 0.0)
        try:
            staging = self._staging_folder()
        except OSError as exc:
            raise _not_saved(name, exc) from exc
        try:
            copy = staging / _media_name(path)
            _copy(path, copy, job, lambda fraction: report_progress(ImportStep.SAVING, 0.95 * fraction))
            job.commit()
        except BaseException as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if isinstance(exc, OSError):  # a full disk, a file that went away while it was copied
                raise _not_saved(name, exc) from exc
            raise
        try:
            outcome = self._save(job, transcript, report, copy, language)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        report_progress(ImportStep.SAVING, 1.0)
        return outcome

    def _staging_folder(self) -> Path:
        """A hidden folder next to the session folders (same disk: the copy is moved in, not copied twice)."""
        root = Path(self.store.media_root)
        root.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(root)  # here, on the import's worker thread: never at start-up or on the GUI thread
        return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))

    def _save(self, job: ImportJob, transcript: Transcript, report: Any, copy: Path, language: str | None) -> Outcome:
        """The session, as a rehearsal saves one: RECORDED with its media, then transcript, report, ANALYSED."""
        name = job.name
        started = utc_now()
        session_language = transcript.language if transcript.language in LANGUAGES else (
            language or job.trainee.language)
        try:
            script_id = self._register_script(job.script, job.script_path or None)
            session = self.store.create_session(
                job.trainee.id, script_id=script_id, market=job.market,
                language=session_language if session_language in LANGUAGES else "en",
                title=getattr(job.script, "title", "") or name)
            folder = Path(self.store.session_dir(session.id))
        except Exception as exc:  # nothing was saved: the store refused the new session
            raise _not_saved(name, exc) from exc
        output: Path | None = None
        try:
            output = folder / copy.name
            copy.replace(output)
            session = session.moved_to(SessionState.RECORDED, started_at=started, ended_at=utc_now(),
                                       duration=round(transcript.duration, 3), media=_media(folder, output))
            self.store.save_session(session)
            self.session = session
            session = self._save_analysis(session, transcript, report)
        except Exception as exc:
            self._fail(session, folder, output, exc, "The imported recording could not be saved")
            raise _not_saved(name, exc) from exc
        self.session = session
        self.outcome = Outcome(session, report, transcript, output)
        return self.outcome


class _Progress:
    """Passes progress on when it changed by a whole percent or a step (the copy would report thousands)."""

    def __init__(self, target: ProgressFn | None) -> None:
        self._target = target
        self._last: tuple[ImportStep, int | None] | None = None

    def __call__(self, step: ImportStep, fraction: float | None) -> None:
        if self._target is None:
            return
        if fraction is not None:
            fraction = min(1.0, max(0.0, float(fraction)))
        key = (step, None if fraction is None else int(fraction * 100))
        if key == self._last:
            return
        self._last = key
        self._target(step, fraction)


STAGING_PREFIX = ".recording-import-"
STALE_AFTER_SECONDS = 3600.0


def remove_stale_staging(media_root: Path, *, older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove the staging folders an import left behind when the app was killed during its copy.

    A folder counts as left behind when nothing in it was written for ``older_than`` seconds (a copy in progress
    writes all the time, so a running import in another window is never touched). Returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    for folder in sorted(media_root.glob(f"{STAGING_PREFIX}*")) if media_root.is_dir() else ():
        try:
            newest = max([folder.stat().st_mtime, *(f.stat().st_mtime for f in folder.rglob("*"))])
        except OSError:
            continue
        if folder.is_dir() and now - newest > older_than:
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                log.info("removed the staging folder of an import that did not finish: %s", folder)
                removed.append(folder)
    return removed


def _not_saved(name: str, exc: BaseException) -> RecordingImportError:
    if isinstance(exc, StudioError):
        problem = exc.spoken()
    elif isinstance(exc, OSError):
        problem = exc.strerror or str(exc)
    else:
        problem = str(exc) or type(exc).__name__
    return RecordingImportError(
        tr("{name} was analysed, but the results could not be saved: {problem}").format(name=name, problem=problem))


def _media_name(path: Path) -> str:
    """The copy's name in the session folder: recording.mp4 for an MP4 (as a rehearsal's), else with its type."""
    suffix = path.suffix.lower()
    return RECORDING_FILE if suffix == Path(RECORDING_FILE).suffix else f"recording{suffix}"


def _copy(source: Path, target: Path, job: ImportJob, progress: Callable[[float], None]) -> None:
    """Copy in blocks, checking for a cancel after each; the file's times are kept."""
    total = max(1, source.stat().st_size)
    done = 0
    with source.open("rb") as src, target.open("wb") as out:
        while block := src.read(COPY_BLOCK):
            job.check()
            out.write(block)
            done += len(block)
            progress(done / total)
    shutil.copystat(source, target)


__all__ = [
    "RECORDING_SUFFIXES",
    "ImportJob",
    "ImportStep",
    "NoSpeechError",
    "ProgressFn",
    "RecordingImportError",
    "RecordingImporter",
    "remove_stale_staging",
]
