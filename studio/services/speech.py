"""Spoken feedback: a priority queue of utterances, rendered by one dedicated speech thread.

Text-to-speech engines are not thread-safe (pyttsx3 says so), so one worker thread creates the
engine (through ``engine_factory``) and is the only thread that ever touches it. Engines:
:class:`EspeakEngine` (espeak-ng's command line; the Linux default, because pyttsx3's espeak
driver dropped rate changes, measured) and :class:`Pyttsx3Engine` (pyttsx3: SAPI5 on Windows,
NSSpeechSynthesizer on macOS, ``save_to_file`` + ``runAndWait``). The engine only *renders* each
utterance to a WAV (about 25 ms for a sentence); the WAV then goes to an
:class:`~studio.services.audio_out.AudioSink` — the output device, or the test-mode folder. That
way "stop talking" stops the sound at once, a missing device is noticed instead of swallowed,
and tests can hear exactly what a trainee would.

Priorities: ``URGENT`` jumps the queue and cuts off whatever is playing; ``NORMAL`` waits its
turn; ``LOW`` cues are dropped if they waited longer than ``low_max_age`` seconds (a "too fast"
hint is useless ten seconds later). ``interrupt()`` stops speech and drops everything pending.
``repeat_last()`` says the last utterance again.

A language is only spoken with a voice whose round trip was measured understandable: in the lab
(:mod:`studio.services.voices`) or on this computer by the runtime voice check
(:mod:`studio.services.voice_check`), which the service starts in the background for languages the
lab tables do not cover on this engine (SAPI5, NSSS) and whose verdict is not cached yet. Otherwise
:meth:`SpeechService.say` raises :class:`~studio.services.voices.NoUsableVoiceError` and the UI
shows/announces the text instead.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any, Protocol

from studio.core.errors import StudioError
from studio.services import voice_check, voices
from studio.services.audio_out import AudioSink, Clip, DeviceSink, OutputStatus, Playback, detect_output, read_wav
from studio.services.voice_check import EngineDescription, EngineVoice, VoiceCheckRun
from studio.services.voices import LanguageVerdict, NoUsableVoiceError, VoiceMeasurement

log = logging.getLogger(__name__)

DEFAULT_RATE = 175  # words per minute; the rate the verified-voice table was measured at
MIN_RATE, MAX_RATE = 80, 450


class Priority(IntEnum):
    """Lower value is spoken first."""

    URGENT = 0
    NORMAL = 1
    LOW = 2


@dataclass(frozen=True, slots=True)
class Utterance:
    """One thing to say, as queued."""

    id: int
    text: str
    language: str
    priority: Priority
    queued_at: float = field(compare=False)  # time.monotonic()


# --- the engine ------------------------------------------------------------------------------


class SpeechEngine(Protocol):
    """What the service needs from a text-to-speech engine. Only ever called from one thread.

    Optional extras used by the voice check (:mod:`studio.services.voice_check`): ``name``,
    ``version()``, ``voices()`` and ``supports_voice_tuning`` (``synthesize`` then also takes
    ``word_gap`` and ``pitch``).
    """

    def voice_ids(self) -> list[str]: ...

    def synthesize(self, text: str, path: Path, *, voice_id: str, rate: int, volume: float) -> None:
        """Write ``text`` spoken by ``voice_id`` as a WAV file at ``path``."""
        ...


class SpeechEngineError(StudioError):
    """The speech engine could not be started or could not render speech."""


class Pyttsx3Engine:
    """pyttsx3 (espeak-ng on Linux, SAPI5 on Windows, NSSpeechSynthesizer on macOS) rendering to files."""

    def __init__(self, driver: str | None = None) -> None:
        try:
            import pyttsx3

            self._engine = pyttsx3.init(driver) if driver else pyttsx3.init()
        except Exception as exc:  # pyttsx3 raises anything from a missing library to OSError
            raise SpeechEngineError(f"The speech engine cannot start: {exc}") from exc
        self.driver = driver or "default"
        # "pyttsx3-sapi5", "pyttsx3-nsss", "pyttsx3-espeak": the voice check's cache key and lab-table match.
        self.name = f"pyttsx3-{getattr(self._engine, 'driver_name', None) or self.driver}"

    def voice_ids(self) -> list[str]:
        return [str(v.id) for v in self._engine.getProperty("voices")]

    def voices(self) -> list[EngineVoice]:
        found = []
        for voice in self._engine.getProperty("voices"):
            languages = []
            for code in getattr(voice, "languages", None) or []:
                if isinstance(code, bytes):  # older espeak drivers hand out b"\x05en-us"
                    code = code[1:].decode("utf-8", "replace")
                languages.append(str(code))
            found.append(EngineVoice(str(voice.id), str(getattr(voice, "name", "") or ""), tuple(languages)))
        return found

    def version(self) -> str:
        import platform
        from importlib import metadata

        try:
            version = metadata.version("pyttsx3")
        except metadata.PackageNotFoundError:
            version = "unknown"
        return f"pyttsx3 {version} {self.name} on {platform.platform()}"

    def synthesize(self, text: str, path: Path, *, voice_id: str, rate: int, volume: float) -> None:
        self._engine.setProperty("voice", voice_id)
        self._engine.setProperty("rate", int(rate))
        self._engine.setProperty("volume", float(volume))
        # pyttsx3's espeak driver prints "Audio saved to ..." on stdout and, rarely, returned from
        # runAndWait without writing the file (seen once in ~40 runs): check, and try once more.
        for _attempt in range(2):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            with _quiet_stdout():
                self._engine.save_to_file(text, str(path))
                self._engine.runAndWait()
            if path.exists() and path.stat().st_size > 44:
                return
        raise SpeechEngineError("The speech engine did not produce any sound for this text.")


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    # pyttsx3's espeak driver print()s after every file. sys.stdout is process-wide, so only swap
    # it on the speech thread (the app has no other stdout output); the CLI's main thread keeps it.
    import io
    import sys

    if threading.current_thread() is threading.main_thread():
        yield  # never hide the CLI's own output on the main thread
        return
    saved = sys.stdout
    sys.stdout = io.StringIO()
    try:
        yield
    finally:
        sys.stdout = saved


class EspeakEngine:
    """espeak-ng's own command line, one short process per utterance (about 25 ms for a sentence).

    Why not pyttsx3's espeak driver on Linux: pyttsx3 2.99 runs libespeak-ng in its asynchronous
    "retrieval" mode, and there a rate change did not reach the next file in 16 and 37 of 40
    tries (measured; see docs/design/speech.md), and once in ~40 runs no file was written at all.
    The command line renders the same voices, synchronously, with the rate we ask for, and a crash
    cannot take the app down with it.
    """

    driver = "espeak-ng"
    name = "espeak-ng"
    supports_voice_tuning = True  # synthesize() takes word_gap (-g) and pitch (-p)

    def __init__(self, executable: str | None = None) -> None:
        found = executable or shutil.which("espeak-ng")
        if not found:
            raise SpeechEngineError("espeak-ng is not installed (Debian: sudo apt-get install espeak-ng).")
        self.executable = found

    def voices(self) -> list[EngineVoice]:
        """``espeak-ng --voices``: the File column is the id (pyttsx3's too), Language and Pty as listed."""
        done = subprocess.run([self.executable, "--voices"], capture_output=True, text=True, timeout=10, check=False)
        found = []
        for line in done.stdout.splitlines()[1:]:
            fields = line.split()
            if len(fields) >= 5:
                priority = int(fields[0]) if fields[0].isdigit() else 5
                name = fields[3].replace("_", " ")  # espeak-ng writes "Vietnamese_(Northern)"
                found.append(EngineVoice(fields[4].lower(), name, (fields[1],), priority))
        return found

    def voice_ids(self) -> list[str]:
        return [voice.id for voice in self.voices()]  # e.g. gmw/en-us

    def version(self) -> str:
        done = subprocess.run([self.executable, "--version"], capture_output=True, text=True, timeout=10, check=False)
        return done.stdout.strip() or "espeak-ng"

    def synthesize(
        self,
        text: str,
        path: Path,
        *,
        voice_id: str,
        rate: int,
        volume: float,
        word_gap: int = 0,
        pitch: int | None = None,
    ) -> None:
        # Text goes in on stdin so a sentence starting with "-" is never read as an option.
        args = [self.executable, "-b", "1", "-v", voice_id, "-s", str(int(rate)), "-a", str(round(volume * 100))]
        if word_gap:
            args += ["-g", str(int(word_gap))]
        if pitch is not None:
            args += ["-p", str(int(pitch))]
        args += ["-w", str(path), "--stdin"]
        try:
            done = subprocess.run(args, input=text.encode("utf-8"), capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SpeechEngineError(f"espeak-ng could not run: {exc}") from exc
        if done.returncode != 0 or not path.exists() or path.stat().st_size <= 44:
            detail = done.stderr.decode("utf-8", "replace").strip() or f"exit code {done.returncode}"
            raise SpeechEngineError(f"espeak-ng did not produce speech: {detail}")


def default_engine_factory() -> SpeechEngine:
    """espeak-ng on Linux (the engine the voice table was measured with); pyttsx3 (SAPI5, NSSS) elsewhere."""
    import sys

    if sys.platform.startswith("linux"):
        return EspeakEngine()
    return Pyttsx3Engine()


# --- the service -----------------------------------------------------------------------------


StartedCallback = Callable[[Utterance], None]
FinishedCallback = Callable[[Utterance, bool], None]  # (utterance, completed)


@dataclass(order=True)
class _Item:
    priority: int
    seq: int
    utterance: Utterance = field(compare=False)


def _describe(engine: SpeechEngine) -> EngineDescription:
    """The engine's name, voices and fingerprint; when those cannot be read (no fingerprint: nothing is measured),
    its voice ids alone. A failure to list any voice is the engine's failure and is raised."""
    try:
        return voice_check.describe_engine(engine)
    except Exception:
        log.exception("the speech engine could not be described; no voice is measured on this machine")
        ids = engine.voice_ids()
        return EngineDescription(voice_check.engine_name(engine), "", "unknown",
                                 tuple(EngineVoice(v, v, ()) for v in ids))


class SpeechService:
    """Queue, voices and playback for spoken feedback. Create once, ``close()`` at shutdown."""

    def __init__(
        self,
        engine_factory: Callable[[], SpeechEngine] = default_engine_factory,
        sink: AudioSink | None = None,
        *,
        rate: int = DEFAULT_RATE,
        volume: float = 1.0,
        low_max_age: float = 3.0,
        voice_overrides: Mapping[str, str] | None = None,
        on_started: StartedCallback | None = None,
        on_finished: FinishedCallback | None = None,
        auto_check_voices: bool = True,
        voice_transcriber: voice_check.Transcriber | None = None,
        voice_cache: voice_check.VoiceCheckCache | None = None,
        on_voices_checked: Callable[[VoiceCheckRun], None] | None = None,
    ) -> None:
        """``auto_check_voices``: once the engine is up, start the runtime voice check in the background for
        the feedback languages the lab tables do not cover on this engine and this machine has not measured
        yet (a no-op on Linux/espeak-ng). ``voice_transcriber`` / ``voice_cache``: the check's judge and
        cache (tests inject fakes). ``on_voices_checked(run)`` fires, on the check's thread, when a check ends.
        """
        self.sink: AudioSink = sink if sink is not None else DeviceSink()
        self._rate = _check_rate(rate)
        self._volume = _check_volume(volume)
        self.low_max_age = low_max_age
        self._overrides = {voices.base_language(k): v for k, v in (voice_overrides or {}).items()}
        self.on_started: list[StartedCallback] = [on_started] if on_started else []
        self.on_finished: list[FinishedCallback] = [on_finished] if on_finished else []

        self._cond = threading.Condition()
        self._heap: list[_Item] = []
        self._jobs: list[tuple[Callable[[SpeechEngine], Any], Future[Any]]] = []
        self._seq = itertools.count(1)
        self._current: tuple[Utterance, Playback | None] | None = None
        self._last: Utterance | None = None
        self._closing = False
        self._voice_ids: list[str] | None = None
        self._description: EngineDescription | None = None
        self._engine_tunable = False
        self._machine: dict[str, LanguageVerdict] = {}  # runtime-check verdicts for this engine + fingerprint
        self._auto_check_voices = auto_check_voices
        self._voice_transcriber = voice_transcriber
        self._voice_cache = voice_cache if voice_cache is not None else voice_check.VoiceCheckCache()
        self.on_voices_checked: list[Callable[[VoiceCheckRun], None]] = [on_voices_checked] if on_voices_checked else []
        self._voice_check_run: VoiceCheckRun | None = None  # the latest background voice check
        self.engine_error: Exception | None = None  # the engine could not start or broke
        self.last_error: Exception | None = None  # the last utterance that could not be spoken
        self._cancel_id: int | None = None  # the utterance being rendered was cut off before it played
        self.dropped: list[Utterance] = []  # stale LOW cues and interrupted pending items, for the UI/tests
        self._ready = threading.Event()
        self._tmp = Path(tempfile.mkdtemp(prefix="studio-speech-"))
        self._thread = threading.Thread(target=self._run, args=(engine_factory,), name="speech", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ settings

    @property
    def rate(self) -> int:
        return self._rate

    @rate.setter
    def rate(self, value: int) -> None:
        self._rate = _check_rate(value)

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = _check_volume(value)

    def voice_for(self, language: str) -> voices.VoiceChoice:
        """The voice this service would use for ``language`` (waits for the engine to start)."""
        self._ready.wait(10)
        lang = voices.base_language(language)
        with self._cond:
            machine = dict(self._machine)
        name = self._description.name if self._description is not None else None
        choice = voices.choose_voice(lang, self._voice_ids, engine=name, machine=machine)
        override = self._overrides.get(lang)
        if choice.usable and override and (self._voice_ids is None or override in self._voice_ids):
            return voices.VoiceChoice(lang, override, choice.measurement, "chosen in settings")
        return choice

    def can_speak(self, language: str) -> bool:
        return self.engine_error is None and self.voice_for(language).usable

    def machine_verdicts(self) -> dict[str, LanguageVerdict]:
        """What the runtime voice check found on this machine for this engine (cached or just measured)."""
        self._ready.wait(10)
        with self._cond:
            return dict(self._machine)

    def _settings_for(self, choice: voices.VoiceChoice) -> tuple[int, int, int | None]:
        """(rate, word gap, pitch) to speak ``choice`` with: a tuned measurement brings its own settings."""
        measured: VoiceMeasurement | None = choice.measurement
        if measured is None or choice.voice_id is None or measured.voice_id.lower() != choice.voice_id.lower():
            return self._rate, 0, None
        return measured.speaking_rate(self._rate), measured.word_gap, measured.pitch

    # ------------------------------------------------------------------ the runtime voice check

    def check_voices(
        self,
        languages: Iterable[str] | None = None,
        *,
        force: bool = False,
        on_done: Callable[[VoiceCheckRun], None] | None = None,
        on_progress: voice_check.ProgressCallback | None = None,
    ) -> VoiceCheckRun:
        """Measure this machine's voices in the background; returns at once with a :class:`VoiceCheckRun`.

        The engine is used only through the speech thread (each render is a job there, between
        utterances); transcription runs on the check's own thread. Each verdict takes effect as soon
        as it is measured: a language whose voice passed can be spoken right away. Without ``force``,
        only languages the lab tables do not cover on this engine and without a cached verdict are
        measured; ``force=True`` re-measures every language given (default: all feedback languages).
        """
        self._ready.wait(10)
        return self._start_check(languages, force=force, on_done=on_done, on_progress=on_progress)

    @property
    def voice_check_run(self) -> VoiceCheckRun | None:
        """The latest voice check (the one started with the engine, or by :meth:`check_voices`), or None."""
        self._ready.wait(10)
        return self._voice_check_run

    def _start_check(
        self,
        languages: Iterable[str] | None,
        *,
        force: bool,
        on_done: Callable[[VoiceCheckRun], None] | None = None,
        on_progress: voice_check.ProgressCallback | None = None,
    ) -> VoiceCheckRun:
        wanted = tuple(languages) if languages is not None else voices.FEEDBACK_LANGUAGES
        description = self._description
        if self.engine_error is not None or description is None:
            run = VoiceCheckRun(wanted)
            run.error = self.engine_error or SpeechEngineError("The speech engine did not start.")
            run._finish()
            return run
        current = self._voice_check_run
        if current is not None and not current.done and not force:
            return current
        checker = voice_check.VoiceChecker(
            lambda: _SpeechThreadEngine(self, description, self._engine_tunable),
            self._voice_transcriber,
            cache=self._voice_cache,
            languages=wanted,
            force=force,
            on_progress=on_progress,
            on_verdict=self._accept_verdict,
        )

        def finished(run: VoiceCheckRun) -> None:
            for callback in [*([on_done] if on_done else []), *self.on_voices_checked]:
                with contextlib.suppress(Exception):
                    callback(run)

        self._voice_check_run = checker.start(on_done=finished)
        return self._voice_check_run

    def _accept_verdict(self, verdict: LanguageVerdict) -> None:
        description = self._description
        if description is not None and verdict.fingerprint == description.fingerprint:
            with self._cond:
                self._machine[verdict.language] = verdict

    def _languages_to_check(self) -> list[str]:
        name = self._description.name if self._description is not None else None
        return [
            lang
            for lang in voices.FEEDBACK_LANGUAGES
            if voices.needs_runtime_check(lang, name) and lang not in self._machine
        ]

    # ------------------------------------------------------------------ queue

    def say(self, text: str, *, language: str, priority: Priority = Priority.NORMAL) -> None:
        """Queue ``text``. Raises :class:`NoUsableVoiceError` when ``language`` has no verified voice."""
        text = text.strip()
        if not text:
            return
        choice = self.voice_for(language)
        if not choice.usable:
            raise NoUsableVoiceError(choice.reason)
        utterance = Utterance(next(self._seq), text, choice.language, Priority(priority), time.monotonic())
        with self._cond:
            if self._closing:
                return
            heapq.heappush(self._heap, _Item(int(utterance.priority), utterance.id, utterance))
            if utterance.priority == Priority.URGENT and self._current is not None:
                if self._current[0].priority != Priority.URGENT:
                    self._stop_current()  # an urgent cue cuts off ordinary speech, not another urgent one
            self._cond.notify_all()

    def interrupt(self) -> int:
        """Stop talking now and forget everything queued ("stop talking" key). Returns how many were dropped."""
        with self._cond:
            dropped = [item.utterance for item in self._heap]
            self._heap.clear()
            self.dropped.extend(dropped)
            self._stop_current()
            self._cond.notify_all()
        return len(dropped)

    def _stop_current(self) -> None:
        # Called with the lock held. Rendering cannot be cut short, so mark it: it will not play.
        if self._current is None:
            return
        utterance, playback = self._current
        if playback is None:
            self._cancel_id = utterance.id
        else:
            playback.stop()

    def repeat_last(self) -> bool:
        """Say the last utterance again, right away. False when nothing was said yet."""
        last = self._last
        if last is None:
            return False
        self.say(last.text, language=last.language, priority=Priority.URGENT)
        return True

    @property
    def last(self) -> Utterance | None:
        return self._last

    def pending(self) -> list[Utterance]:
        with self._cond:
            return [item.utterance for item in sorted(self._heap)]

    def is_idle(self) -> bool:
        with self._cond:
            return not self._heap and not self._jobs and self._current is None

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until nothing is queued or playing; False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._heap or self._jobs or self._current is not None:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
            return True

    # ------------------------------------------------------------------ files

    def speak_to_file(self, text: str, path: str | Path, language: str) -> Path:
        """Render ``text`` as a WAV at ``path`` with the language's voice (not queued, not played)."""
        choice = self.voice_for(language)
        if choice.voice_id is None:
            raise NoUsableVoiceError(choice.reason)
        target = Path(path)
        voice_id, volume = choice.voice_id, self._volume
        rate, word_gap, pitch = self._settings_for(choice)

        def job(engine: SpeechEngine) -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            voice_check.render(
                engine, text, target, voice_id=voice_id, rate=rate, volume=volume, word_gap=word_gap, pitch=pitch
            )
            return target

        result: Path = self._submit(job).result(timeout=60)
        return result

    def _submit(self, job: Callable[[SpeechEngine], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        with self._cond:
            if self._closing:
                raise SpeechEngineError("The speech service is closed.")
            self._jobs.append((job, future))
            self._cond.notify_all()
        return future

    # ------------------------------------------------------------------ lifecycle

    def close(self, timeout: float = 5.0) -> None:
        """Stop speaking, end the worker thread and remove temporary files (a running voice check stops)."""
        if self._voice_check_run is not None:
            self._voice_check_run.cancel()
        with self._cond:
            self._closing = True
        self.interrupt()
        with self._cond:
            self._cond.notify_all()
        self._thread.join(timeout)
        shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> SpeechService:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ the worker thread

    def _run(self, engine_factory: Callable[[], SpeechEngine]) -> None:
        try:
            engine = engine_factory()
            self._description = _describe(engine)  # lists the voices once: the ids come from the description
            self._voice_ids = [voice.id for voice in self._description.voices]
        except Exception as exc:  # reported through engine_error and speech_status
            self.engine_error = exc
            self._voice_ids = []
            self._ready.set()
            self._fail_everything(exc)
            return
        self._engine_tunable = bool(getattr(engine, "supports_voice_tuning", False))
        if self._description.fingerprint:
            try:
                identity = self._voice_transcriber or voice_check.WhisperTranscriber
                self._machine = voice_check.cached_verdicts(
                    self._description, cache=self._voice_cache, transcriber=identity
                )
            except Exception:  # an unreadable cache: the lab tables still apply
                log.exception("the voice check cache could not be read")
        todo = self._languages_to_check() if self._auto_check_voices and self._description.fingerprint else []
        if todo:
            # Started before "ready", so voice_check_run is already set when the first caller looks.
            self._start_check(todo, force=False)
        self._ready.set()
        while True:
            with self._cond:
                while not self._heap and not self._jobs and not self._closing:
                    self._cond.wait()
                if self._closing and not self._jobs:
                    break
                if self._jobs:
                    job, future = self._jobs.pop(0)
                    item = None
                else:
                    item = heapq.heappop(self._heap)
                    if self._is_stale(item.utterance):
                        self.dropped.append(item.utterance)
                        self._cond.notify_all()
                        continue
                    self._current = (item.utterance, None)
            if item is None:
                self._run_job(engine, job, future)
            else:
                self._speak(engine, item.utterance)

    def _run_job(self, engine: SpeechEngine, job: Callable[[SpeechEngine], Any], future: Future[Any]) -> None:
        try:
            future.set_result(job(engine))
        except Exception as exc:  # handed to the caller through the future
            future.set_exception(exc)
        with self._cond:
            self._cond.notify_all()

    def _is_stale(self, utterance: Utterance) -> bool:
        return utterance.priority == Priority.LOW and time.monotonic() - utterance.queued_at > self.low_max_age

    def _speak(self, engine: SpeechEngine, utterance: Utterance) -> None:
        completed = False
        try:
            choice = self.voice_for(utterance.language)
            if choice.voice_id is None:
                raise NoUsableVoiceError(choice.reason)
            wav = self._tmp / f"utterance-{utterance.id}.wav"
            speak_rate, word_gap, pitch = self._settings_for(choice)
            voice_check.render(
                engine, utterance.text, wav, voice_id=choice.voice_id, rate=speak_rate, volume=self._volume,
                word_gap=word_gap, pitch=pitch,
            )
            samples, rate = read_wav(wav)
            wav.unlink(missing_ok=True)
            clip = Clip(samples, rate, "speech", utterance.text, utterance.language, utterance.priority.name.lower())
            with self._cond:
                if self._cancel_id == utterance.id:
                    return  # interrupted while rendering
                playback = self.sink.play(clip)
                self._current = (utterance, playback)
            self._last = utterance
            self._emit_started(utterance)
            playback.wait()
            completed = playback.completed
        except Exception as exc:  # one bad utterance must not end the speech thread
            self.engine_error = exc if isinstance(exc, SpeechEngineError) else self.engine_error
            self.last_error = exc
        finally:
            with self._cond:
                self._current = None
                self._cond.notify_all()
            self._emit_finished(utterance, completed)

    def _fail_everything(self, exc: Exception) -> None:
        while True:
            with self._cond:
                while not self._jobs and not self._heap and not self._closing:
                    self._cond.wait()
                if self._closing and not self._jobs:
                    return
                jobs, self._jobs = self._jobs, []
                items, self._heap = self._heap, []
                self._cond.notify_all()
            for _job, future in jobs:
                future.set_exception(exc)
            for item in items:
                self._emit_finished(item.utterance, False)

    def _emit_started(self, utterance: Utterance) -> None:
        for callback in list(self.on_started):
            with contextlib.suppress(Exception):
                callback(utterance)

    def _emit_finished(self, utterance: Utterance, completed: bool) -> None:
        for callback in list(self.on_finished):
            with contextlib.suppress(Exception):
                callback(utterance, completed)


def _check_rate(rate: int) -> int:
    if not MIN_RATE <= int(rate) <= MAX_RATE:
        raise StudioError(f"The speech rate must be between {MIN_RATE} and {MAX_RATE} words per minute.")
    return int(rate)


def _check_volume(volume: float) -> float:
    if not 0.0 <= float(volume) <= 1.0:
        raise StudioError("The speech volume must be between 0 and 1.")
    return float(volume)


class _SpeechThreadEngine:
    """The voice check's view of the service's engine: every render is a job on the speech thread."""

    def __init__(self, service: SpeechService, description: EngineDescription, tunable: bool) -> None:
        self._service = service
        self.description = description
        self.name = description.name
        self.supports_voice_tuning = tunable

    def voice_ids(self) -> list[str]:
        return [voice.id for voice in self.description.voices]

    def synthesize(self, text: str, path: Path, *, voice_id: str, rate: int, volume: float, **extra: Any) -> None:
        def job(engine: SpeechEngine) -> None:
            voice_check.render(engine, text, path, voice_id=voice_id, rate=rate, volume=volume, **extra)

        self._service._submit(job).result(timeout=60)


# --- doctor ---------------------------------------------------------------------------------


def speech_status(
    output: OutputStatus | None = None,
    *,
    voice_cache: voice_check.VoiceCheckCache | None = None,
) -> list[tuple[str, bool, str, str]]:
    """Doctor checks for spoken feedback as (name, ok, detail, fix) rows.

    Covers: the pyttsx3 driver loads, espeak-ng is installed (the Linux engine), a usable voice per
    feedback language (en, vi, zh, id) — saying whether it was *verified on this machine* (the runtime
    voice check, cached) or *measured in the lab* (the table in voices.py) — and an audio output
    device. Engines are probed on a short-lived thread of their own, as the service does.
    """
    rows: list[tuple[str, bool, str, str]] = []
    holder: dict[str, Any] = {}

    def probe() -> None:
        try:
            import pyttsx3

            holder["pyttsx3"] = len(pyttsx3.init("espeak" if _is_linux() else None).getProperty("voices"))
        except Exception as exc:  # reported as a failed check
            holder["pyttsx3_error"] = exc
        try:
            description = _describe(default_engine_factory())
            holder["ids"] = [voice.id for voice in description.voices]
            holder["engine"] = description.name
            holder["machine"] = voice_check.cached_verdicts(description, cache=voice_cache)
        except Exception as exc:  # reported as a failed check
            holder["error"] = exc

    thread = threading.Thread(target=probe, name="speech-probe", daemon=True)
    thread.start()
    thread.join(15)
    if "pyttsx3" in holder:
        rows.append(("Speech engine (pyttsx3)", True, f"pyttsx3 loaded; {holder['pyttsx3']} voices.", ""))
    else:
        error = holder.get("pyttsx3_error", "it did not answer within 15 seconds")
        rows.append(
            (
                "Speech engine (pyttsx3)",
                False,
                f"The speech engine pyttsx3 cannot start: {error}",
                "Reinstall the app (scripts/run); on Linux also: sudo apt-get install espeak-ng.",
            )
        )
    ids: list[str] | None = holder.get("ids")
    espeak = shutil.which("espeak-ng")
    if not _is_linux():
        rows.append(("espeak-ng", True, "Not needed on this system.", ""))
    elif espeak and ids:
        rows.append(("espeak-ng", True, f"espeak-ng at {espeak} with {len(ids)} voices.", ""))
    else:
        detail = "espeak-ng is not installed." if not espeak else f"espeak-ng does not work: {holder.get('error')}"
        rows.append(("espeak-ng", False, detail, "sudo apt-get install espeak-ng"))
    machine: dict[str, LanguageVerdict] = holder.get("machine", {})
    for lang in voices.FEEDBACK_LANGUAGES:
        choice = voices.choose_voice(lang, ids if ids is not None else [], engine=holder.get("engine"), machine=machine)
        rows.append(voice_row(choice, machine.get(lang)))
    out = output if output is not None else detect_output()
    rows.append(("Sound output", out.available, out.detail, out.fix))
    return rows


def voice_row(choice: voices.VoiceChoice, verdict: LanguageVerdict | None) -> tuple[str, bool, str, str]:
    """The doctor row for one language: "verified on this machine" or "measured in the lab", or why not."""
    name = voices.LANGUAGE_NAMES.get(choice.language, choice.language)
    measured = choice.measurement
    if choice.usable and measured is not None:
        if measured.source == "machine":
            when = f" on {verdict.checked_at[:10]}" if verdict is not None and verdict.checked_at else ""
            detail = (
                f"{measured.describe()}: verified on this machine{when}, character error rate {measured.cer:.2f} "
                f"(worst sentence {measured.worst:.2f})."
            )
        else:
            detail = (
                f"{choice.voice_id}: measured in the lab (espeak-ng 1.51, Debian 12), character error rate "
                f"{measured.cer:.2f}. Not yet verified on this machine: studio doctor --check-voices does it."
            )
        return (f"Voice for {name}", True, detail, "")
    fix = "Feedback in this language is shown as text and read by your screen reader."
    if verdict is None and "not been checked" in choice.reason:
        fix += " To check this computer's voices now: studio doctor --check-voices."
    elif verdict is not None:
        fix += f" Checked on this machine on {verdict.checked_at[:10]}; install another voice and check again."
    return (f"Voice for {name}", False, choice.reason, fix)


def _is_linux() -> bool:
    import sys

    return sys.platform.startswith("linux")


__all__ = [
    "DEFAULT_RATE",
    "NoUsableVoiceError",
    "Priority",
    "Pyttsx3Engine",
    "SpeechEngine",
    "SpeechEngineError",
    "SpeechService",
    "Utterance",
    "default_engine_factory",
    "speech_status",
    "voice_row",
]
