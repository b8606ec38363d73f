"""The runtime voice check: measure this computer's voices, once, before any of them may speak.

The lab tables in :mod:`studio.services.voices` only know espeak-ng. On Windows (SAPI5: "Microsoft
An" for Vietnamese, "Huihui" for Chinese) and macOS (NSSpeechSynthesizer: "Linh", "Tingting") the
voices are probably good, but a voice is only used after a measured round trip. So the app measures
them itself, with the same method as the lab:

1. every installed voice of the language (at most :data:`MAX_VOICES` of them, the lab's voice and the
   main region first) speaks :data:`~studio.services.voices.CHECK_SENTENCES` into WAVs through the
   engine the app speaks with (the speech thread's engine, never a second copy);
2. the embedded multilingual Whisper base model transcribes each WAV with the language forced;
3. the character error rate (Traditional→Simplified for Chinese) is computed per sentence. A candidate
   passes only if the MEAN and the WORST sentence are ≤ :data:`~studio.services.voices.CER_LIMIT`;
   it is dropped at the first sentence over the bound, so noise costs one transcription;
4. if no voice passes, slower and more spaced-out settings are tried for every voice that made words
   (mean below :data:`NOISE_CER`; noise is not tuned) (:data:`ESPEAK_TUNINGS`, picked from the lab sweep in
   ``docs/design/speech.md``; rate only for SAPI5/NSSS);
5. the best passing candidate (lowest mean) becomes the language's voice; the verdict, with every
   candidate's numbers, is cached in ``cache_dir()/voice-check.json`` keyed by engine, engine
   fingerprint (version + the whole voice list) and method (sentences, bound, judge), so it runs
   once per machine and again only when a voice is installed or removed.

It runs on a thread of its own (``voice-check``) and reports through a :class:`VoiceCheckRun` (wait
on it, or pass ``on_done``); it never blocks the GUI thread. Until a language is verified, the
speech service keeps refusing it and the UI shows the text for the screen reader, as before.
``studio doctor --check-voices`` re-runs it for every feedback language, lab rows included.

Engine and judge are injectable (``engine_factory``, ``transcriber``) so the logic is unit-tested
with fakes; ``tests/speech/test_voice_check_real.py`` runs it for real on espeak-ng.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import hashlib
import json
import os
import re
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from studio.core.errors import StudioError
from studio.services import paths, voices
from studio.services.voices import CER_LIMIT, CHECK_SENTENCES, LanguageVerdict, VoiceMeasurement

#: Rate of the plain (untuned) measurement: the app's default speaking rate.
CHECK_RATE = 175
#: At most this many installed voices are measured per language (espeak-ng has nine English ones).
MAX_VOICES = 4
#: A plain mean error at or above this is noise (as many errors as characters): such a voice is not tuned.
#: (espeak-ng's vi-vn-x-south fell into a repetition loop at 175 wpm, 0.76, and still gets tuned.)
NOISE_CER = 1.0
#: At most this many voices get tuned settings (the best first).
MAX_TUNED_VOICES = 3
#: (rate wpm, word gap in 10 ms units, pitch or None) tried for close espeak-ng voices. Picked from the
#: lab sweep of aav/vi, vi-vn-x-south and vi-vn-x-central over 100/115/130 wpm × gap 0/30/60 ms ×
#: pitch 35/50/65 (docs/design/speech.md): the settings with the lowest worst-sentence error.
ESPEAK_TUNINGS: tuple[tuple[int, int, int | None], ...] = ((100, 6, None), (130, 6, 35))
#: Engines without word gap / pitch (SAPI5, NSSS) only get a slower rate.
RATE_TUNINGS: tuple[tuple[int, int, int | None], ...] = ((130, 0, None),)

CACHE_FILE = "voice-check.json"
CACHE_SCHEMA = 1

ProgressCallback = Callable[[str], None]
#: (wav file, base language code) -> what was heard.
Transcriber = Callable[[Path, str], str]


class VoiceCheckError(StudioError):
    """The voice check could not run (no engine, no model)."""


class VoiceCheckCancelled(StudioError):
    """The voice check was cancelled (the app is closing)."""


# --- what the check needs from an engine --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EngineVoice:
    """One installed voice as the engine lists it."""

    id: str
    name: str = ""
    languages: tuple[str, ...] = ()  # as the engine spells them: "vi", "vi-VN", "vi_VN", "cmn"
    priority: int = 5  # espeak-ng's "Pty" column; lower is the engine's preferred voice


@dataclass(frozen=True, slots=True)
class EngineDescription:
    """Who the engine is, for cache keys and lab-table matching."""

    name: str | None  # "espeak-ng", "pyttsx3-sapi5", "pyttsx3-nsss", "pyttsx3-espeak"; None: unknown
    fingerprint: str  # hash of the engine version and the whole voice list
    version: str
    voices: tuple[EngineVoice, ...]


class CheckEngine(Protocol):
    """The part of :class:`studio.services.speech.SpeechEngine` the check uses (plus optional extras).

    Optional: ``name`` (str), ``version() -> str``, ``voices() -> list[EngineVoice]``,
    ``supports_voice_tuning`` (bool: ``synthesize`` takes ``word_gap`` and ``pitch``).
    """

    def voice_ids(self) -> list[str]: ...

    def synthesize(self, text: str, path: Path, *, voice_id: str, rate: int, volume: float) -> None: ...


def engine_name(engine: object) -> str | None:
    name = getattr(engine, "name", None)
    return str(name) if name else None


def describe_engine(engine: object) -> EngineDescription:
    """Name, voices and fingerprint of ``engine``. Call it on the thread that owns the engine."""
    ready = getattr(engine, "description", None)
    if isinstance(ready, EngineDescription):
        return ready
    lister = getattr(engine, "voices", None)
    if callable(lister):
        listed = tuple(lister())
    else:
        listed = tuple(EngineVoice(v, v, _languages_from_id(v)) for v in engine.voice_ids())  # type: ignore[attr-defined]
    versioner = getattr(engine, "version", None)
    version = str(versioner()) if callable(versioner) else "unknown"
    name = engine_name(engine)
    digest = hashlib.sha256()
    digest.update(f"{name}\n{version}\n".encode())
    for voice in sorted(listed, key=lambda v: v.id):
        digest.update(f"{voice.id}\t{voice.name}\t{','.join(voice.languages)}\n".encode())
    return EngineDescription(name, digest.hexdigest()[:16], version, listed)


_REGION_CODE = re.compile(r"(?<![a-z])([a-z]{2,3})[-_]([a-z]{2,4})(?![a-z])")


def _languages_from_id(voice_id: str) -> tuple[str, ...]:
    """Language codes hidden in a voice id: ``TTS_MS_VI-VN_AN_11.0`` → ``vi-vn``; ``poz/id`` → ``id``."""
    lowered = voice_id.lower()
    found = [f"{a}-{b}" for a, b in _REGION_CODE.findall(lowered)]
    tail = lowered.rsplit("/", 1)[-1]
    if "/" in lowered and tail:
        found.append(tail)
    return tuple(found)


#: Preferred regions per language, best first (Cantonese zh-HK last: it is measured, but rarely passes).
_REGION_ORDER: dict[str, tuple[str, ...]] = {
    "zh": ("cn", "hans", "sg", "tw", "hant", "hk"),
    "en": ("us", "gb", "au", "ca", "ie", "in"),
    "vi": ("vn",),
    "id": ("id",),
}


def _voice_matches(voice: EngineVoice, language: str) -> tuple[bool, int]:
    """Whether ``voice`` speaks ``language``, and how well its region fits (lower is better)."""
    codes = voice.languages or _languages_from_id(voice.id)
    best: int | None = None
    order = _REGION_ORDER.get(language, ())
    for code in codes:
        spelled = code.strip().lower().replace("_", "-")
        if not spelled or spelled.startswith("unknown") or voices.base_language(spelled) != language:
            continue
        parts = spelled.split("-")[1:]
        # No region ("vi", "cmn") ranks with the main one; an unknown region after the listed ones.
        rank = next((order.index(p) for p in parts if p in order), len(order)) if parts else 0
        best = rank if best is None else min(best, rank)
    return (best is not None, best if best is not None else 99)


def candidate_voices(description: EngineDescription, language: str) -> list[str]:
    """The voice ids to measure for ``language``: the lab's voice first, then by region and priority."""
    lab, rejected = voices.lab_verdict(language, description.name)
    lab_ids = [m.voice_id.lower() for m in ((lab,) if lab else ()) + rejected]
    scored = []
    for index, voice in enumerate(description.voices):
        matches, region = _voice_matches(voice, language)
        if matches:
            lab_rank = lab_ids.index(voice.id.lower()) if voice.id.lower() in lab_ids else len(lab_ids)
            scored.append(((lab_rank, region, voice.priority, index), voice.id))
    return [voice_id for _key, voice_id in sorted(scored)][:MAX_VOICES]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One voice with one set of settings, to be measured."""

    voice_id: str
    rate: int = CHECK_RATE
    word_gap: int = 0
    pitch: int | None = None

    @property
    def tuned(self) -> bool:
        return self.rate != CHECK_RATE or bool(self.word_gap) or self.pitch is not None


def render(
    engine: object,
    text: str,
    path: Path,
    *,
    voice_id: str,
    rate: int,
    volume: float = 1.0,
    word_gap: int = 0,
    pitch: int | None = None,
) -> None:
    """``engine.synthesize`` with word gap and pitch passed only when set (plain engines lack them)."""
    extra: dict[str, Any] = {}
    if word_gap:
        extra["word_gap"] = word_gap
    if pitch is not None:
        extra["pitch"] = pitch
    engine.synthesize(text, path, voice_id=voice_id, rate=rate, volume=volume, **extra)  # type: ignore[attr-defined]


# --- the judge ----------------------------------------------------------------------------------


class WhisperTranscriber:
    """The embedded multilingual Whisper base model, loaded on first use (on the calling thread).

    Decoding: beam 5, language forced, temperature 0 only (the temperature fallback samples at random,
    so a borderline voice could pass one day and fail the next), and at most ``16 + 12 × seconds``
    new tokens so a voice that makes noise cannot send the decoder into a minute-long loop (espeak-ng's
    Mandarin did: 58 s for one sentence with the fallback).
    """

    identity = "whisper-base embedded int8 beam5 t0"

    def __init__(self, model_choice: str = "base", *, cpu_threads: int = 2) -> None:
        self.model_choice = model_choice
        self.cpu_threads = cpu_threads
        self._model: Any = None
        self._lock = threading.Lock()

    def load(self) -> Any:
        with self._lock:
            if self._model is None:
                from faster_whisper import WhisperModel

                from studio.services.transcription.models import resolve_model

                resolved = resolve_model(self.model_choice)
                if not resolved.multilingual:
                    raise VoiceCheckError("The voice check needs the multilingual base model.")
                self._model = WhisperModel(
                    str(resolved.path), device="cpu", compute_type="int8", cpu_threads=self.cpu_threads
                )
            return self._model

    def __call__(self, wav: Path, language: str) -> str:
        model = self.load()
        seconds = _wav_seconds(wav)
        segments, _info = model.transcribe(
            str(wav),
            language=language,
            beam_size=5,
            temperature=0.0,
            max_new_tokens=int(16 + 12 * seconds),
        )
        return "".join(segment.text for segment in segments)


def _wav_seconds(path: Path) -> float:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / float(wav.getframerate() or 1)
    except (OSError, wave.Error, EOFError):
        return 10.0


def method_key(language: str, transcriber: object) -> str:
    """What a cached verdict was measured with: sentences, bound, judge, tunings. A change re-measures."""
    identity = getattr(transcriber, "identity", type(transcriber).__name__)
    payload = json.dumps(
        [CHECK_SENTENCES.get(language, ()), CER_LIMIT, identity, CHECK_RATE, ESPEAK_TUNINGS, RATE_TUNINGS, MAX_VOICES],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


# --- measuring ----------------------------------------------------------------------------------


def measure(
    engine: object,
    transcriber: Transcriber,
    language: str,
    candidate: Candidate,
    *,
    workdir: Path,
    engine_label: str,
    sentences: Sequence[str] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    voice_name: str = "",
) -> VoiceMeasurement:
    """One candidate's round trip over the check sentences, stopping at the first one over the bound."""
    lang = voices.base_language(language)
    texts = tuple(sentences if sentences is not None else CHECK_SENTENCES[lang])
    cers: list[float] = []
    heard_first = ""
    note = ""
    for index, text in enumerate(texts):
        if cancelled():
            raise VoiceCheckCancelled("The voice check was cancelled.")
        wav = workdir / f"{lang}-{index}.wav"
        try:
            render(
                engine,
                text,
                wav,
                voice_id=candidate.voice_id,
                rate=candidate.rate,
                word_gap=candidate.word_gap,
                pitch=candidate.pitch,
            )
        except VoiceCheckCancelled:
            raise
        except Exception as exc:  # one voice that cannot speak is a failed candidate, not a failed check
            cers.append(1.0)
            note = f"could not speak: {exc}"
            break
        heard = transcriber(wav, lang)
        with contextlib.suppress(OSError):
            wav.unlink()
        cer = round(voices.character_error_rate(text, heard, lang), 3)
        cers.append(cer)
        if index == 0:
            heard_first = heard.strip()
        if cer > CER_LIMIT:
            break
    if note:  # the voice could not speak: it fails whatever the sentences before it scored
        mean = 1.0
    else:
        note = f"heard {heard_first[:80]!r}" if heard_first else ""
        if len(cers) < len(texts):
            note = f"stopped after sentence {len(cers)} of {len(texts)}; {note}".rstrip("; ")
        mean = round(sum(cers) / len(cers), 3) if cers else 1.0
    return VoiceMeasurement(
        lang,
        engine_label,
        candidate.voice_id,
        candidate.rate,
        mean,
        note,
        candidate.word_gap,
        candidate.pitch,
        tuple(cers),
        "machine",
        candidate.tuned,
        voice_name,
    )


def _tunings_for(engine: object) -> tuple[tuple[int, int, int | None], ...]:
    return ESPEAK_TUNINGS if getattr(engine, "supports_voice_tuning", False) else RATE_TUNINGS


def check_language(
    engine: object,
    transcriber: Transcriber,
    language: str,
    description: EngineDescription,
    *,
    workdir: Path,
    on_progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> LanguageVerdict:
    """Measure ``language``'s candidates on ``engine`` and pick the best one within the bound."""
    lang = voices.base_language(language)
    label = description.name or "unknown engine"
    name = voices.LANGUAGE_NAMES.get(lang, lang)
    tried: list[VoiceMeasurement] = []
    names = {voice.id: voice.name for voice in description.voices if voice.name and voice.name != voice.id}

    def run(candidate: Candidate) -> VoiceMeasurement:
        voice_name = names.get(candidate.voice_id, "")
        if on_progress:
            on_progress(f"Checking {name}: {_candidate_text(candidate, voice_name)} …")
        measured = measure(
            engine,
            transcriber,
            lang,
            candidate,
            workdir=workdir,
            engine_label=label,
            cancelled=cancelled,
            voice_name=voice_name,
        )
        if on_progress:
            verdict = "understood" if measured.verified else "not understandable"
            on_progress(
                f"  {name}: {measured.describe()}: mean {measured.cer:.2f}, worst {measured.worst:.2f}, {verdict}."
            )
        tried.append(measured)
        return measured

    plain = [run(Candidate(voice_id)) for voice_id in candidate_voices(description, lang)]
    if not any(m.verified for m in plain):
        close = sorted((m for m in plain if m.cer < NOISE_CER), key=lambda m: m.cer)[:MAX_TUNED_VOICES]
        for measured in close:
            for rate, gap, pitch in _tunings_for(engine):
                run(Candidate(measured.voice_id, rate, gap, pitch))
    if cancelled():  # a render may have failed because the app is closing: that is no verdict
        raise VoiceCheckCancelled("The voice check was cancelled.")
    passing = [m for m in tried if m.verified]
    chosen = min(passing, key=lambda m: (m.cer, m.worst, m.tuned)) if passing else None
    return LanguageVerdict(lang, label, chosen, tuple(tried), _now_iso(), description.fingerprint)


def _candidate_text(candidate: Candidate, voice_name: str = "") -> str:
    shown = VoiceMeasurement(
        "", "", candidate.voice_id, candidate.rate, 0.0, "", candidate.word_gap, candidate.pitch, name=voice_name
    )
    return shown.describe()


def _now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- the cache ----------------------------------------------------------------------------------


class VoiceCheckCache:
    """``voice-check.json`` in the user cache folder: one entry per (engine, fingerprint, method, language).

    Each entry holds every candidate measured (voice id, settings, per-sentence CER) and the chosen one.
    An entry for another fingerprint of the same engine and language is replaced (that engine version
    or voice list is gone). Writes go to a temporary file that is renamed, so a crash leaves the old file.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.cache_dir() / CACHE_FILE
        self._lock = threading.Lock()

    def _read(self) -> list[dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, dict) or data.get("schema") != CACHE_SCHEMA:
            return []
        entries = data.get("entries", [])
        return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []

    def verdicts(self, engine: str | None, fingerprint: str, methods: Mapping[str, str]) -> dict[str, LanguageVerdict]:
        """The cached verdicts for this engine and fingerprint whose method matches ``methods[language]``."""
        found: dict[str, LanguageVerdict] = {}
        for entry in self._read():
            lang = entry.get("language")
            if (
                entry.get("engine") == (engine or "unknown engine")
                and entry.get("fingerprint") == fingerprint
                and isinstance(lang, str)
                and methods.get(lang) == entry.get("method")
            ):
                with contextlib.suppress(TypeError, ValueError, KeyError):
                    found[lang] = _verdict_from_json(entry)
        return found

    def store(self, verdict: LanguageVerdict, method: str) -> None:
        with self._lock:
            entries = [
                e
                for e in self._read()
                if not (e.get("engine") == verdict.engine and e.get("language") == verdict.language)
            ]
            entries.append(_verdict_to_json(verdict, method))
            entries.sort(key=lambda e: (str(e.get("engine")), str(e.get("language"))))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".voice-check-", suffix=".json", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump({"schema": CACHE_SCHEMA, "entries": entries}, out, ensure_ascii=False, indent=1)
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise


def _measurement_to_json(m: VoiceMeasurement) -> dict[str, Any]:
    data = dataclasses.asdict(m)
    data["sentence_cers"] = list(m.sentence_cers)
    return data


def _measurement_from_json(data: Mapping[str, Any]) -> VoiceMeasurement:
    fields = {f.name for f in dataclasses.fields(VoiceMeasurement)}
    values = {k: v for k, v in data.items() if k in fields}
    values["sentence_cers"] = tuple(float(c) for c in values.get("sentence_cers", ()))
    return VoiceMeasurement(**values)


def _verdict_to_json(verdict: LanguageVerdict, method: str) -> dict[str, Any]:
    return {
        "engine": verdict.engine,
        "fingerprint": verdict.fingerprint,
        "method": method,
        "language": verdict.language,
        "checked_at": verdict.checked_at,
        "chosen": _measurement_to_json(verdict.chosen) if verdict.chosen else None,
        "tried": [_measurement_to_json(m) for m in verdict.tried],
    }


def _verdict_from_json(entry: Mapping[str, Any]) -> LanguageVerdict:
    chosen = entry.get("chosen")
    return LanguageVerdict(
        str(entry["language"]),
        str(entry["engine"]),
        _measurement_from_json(chosen) if isinstance(chosen, dict) else None,
        tuple(_measurement_from_json(m) for m in entry.get("tried", [])),
        str(entry.get("checked_at", "")),
        str(entry.get("fingerprint", "")),
    )


def cached_verdicts(
    description: EngineDescription,
    *,
    cache: VoiceCheckCache | None = None,
    transcriber: object = WhisperTranscriber,
    languages: Iterable[str] = voices.FEEDBACK_LANGUAGES,
) -> dict[str, LanguageVerdict]:
    """The verdicts this machine already measured for ``description``'s engine (no measuring)."""
    store = cache if cache is not None else VoiceCheckCache()
    methods = {lang: method_key(lang, transcriber) for lang in languages}
    return store.verdicts(description.name, description.fingerprint, methods)


# --- running it in the background ---------------------------------------------------------------


class VoiceCheckRun:
    """A voice check running on its own thread: ``wait()``, then read ``verdicts`` / ``error``.

    ``verdicts`` grows language by language (each one is cached as soon as it is measured), so a
    check cut short by closing the app keeps what it finished.
    """

    def __init__(self, languages: Sequence[str]) -> None:
        self.languages = tuple(languages)
        self.verdicts: dict[str, LanguageVerdict] = {}
        self.from_cache: dict[str, LanguageVerdict] = {}
        self.error: BaseException | None = None
        self.seconds = 0.0
        self._done = threading.Event()
        self._cancel = threading.Event()
        self._callbacks: list[Callable[[VoiceCheckRun], None]] = []
        self._lock = threading.Lock()
        self.thread: threading.Thread | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def add_done_callback(self, callback: Callable[[VoiceCheckRun], None]) -> None:
        """Call ``callback(run)`` when the check ends (at once if it already has), on the check's thread."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self)

    def _finish(self) -> None:
        with self._lock:
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            with contextlib.suppress(Exception):
                callback(self)


class VoiceChecker:
    """Measure the feedback languages on one engine with one judge, caching each verdict.

    ``engine_factory`` is called on the check's thread, which is then the only thread that touches
    what it returns; the speech service passes a proxy that hands every call to its speech thread.
    With ``force=False`` only languages the lab tables do not cover for this engine and that have no
    cached verdict are measured; ``force=True`` measures every language given.
    """

    def __init__(
        self,
        engine_factory: Callable[[], CheckEngine],
        transcriber: Transcriber | None = None,
        *,
        cache: VoiceCheckCache | None = None,
        languages: Iterable[str] = voices.FEEDBACK_LANGUAGES,
        force: bool = False,
        on_progress: ProgressCallback | None = None,
        on_verdict: Callable[[LanguageVerdict], None] | None = None,
    ) -> None:
        self.engine_factory = engine_factory
        self.transcriber: Transcriber = transcriber if transcriber is not None else WhisperTranscriber()
        self.cache = cache if cache is not None else VoiceCheckCache()
        self.languages = tuple(dict.fromkeys(voices.base_language(lang) for lang in languages))
        self.force = force
        self.on_progress = on_progress
        self.on_verdict = on_verdict

    def start(self, on_done: Callable[[VoiceCheckRun], None] | None = None) -> VoiceCheckRun:
        """Run the check on a new daemon thread named ``voice-check``; returns at once."""
        run = VoiceCheckRun(self.languages)
        if on_done is not None:
            run.add_done_callback(on_done)
        run.thread = threading.Thread(target=self._run, args=(run,), name="voice-check", daemon=True)
        run.thread.start()
        return run

    def run(self) -> VoiceCheckRun:
        """Run the check on the calling thread (scripts and tests); the GUI uses :meth:`start`."""
        run = VoiceCheckRun(self.languages)
        self._run(run)
        return run

    def _say(self, run: VoiceCheckRun, message: str) -> None:
        if self.on_progress is not None:
            with contextlib.suppress(Exception):
                self.on_progress(message)

    def _run(self, run: VoiceCheckRun) -> None:
        started = time.perf_counter()
        try:
            engine = self.engine_factory()
            description = describe_engine(engine)
            methods = {lang: method_key(lang, self.transcriber) for lang in self.languages}
            cached = {} if self.force else self.cache.verdicts(description.name, description.fingerprint, methods)
            todo = []
            for lang in self.languages:
                if lang in cached:
                    run.from_cache[lang] = cached[lang]
                    run.verdicts[lang] = cached[lang]
                elif self.force or voices.needs_runtime_check(lang, description.name):
                    todo.append(lang)
            with tempfile.TemporaryDirectory(prefix="studio-voice-check-") as folder:
                for lang in todo:
                    verdict = check_language(
                        engine,
                        self.transcriber,
                        lang,
                        description,
                        workdir=Path(folder),
                        on_progress=lambda message: self._say(run, message),
                        cancelled=lambda: run.cancelled,
                    )
                    self.cache.store(verdict, methods[lang])
                    run.verdicts[lang] = verdict
                    if self.on_verdict is not None:
                        with contextlib.suppress(Exception):
                            self.on_verdict(verdict)
        except Exception as exc:  # handed to the caller through run.error; never kills the app
            run.error = exc
        finally:
            run.seconds = time.perf_counter() - started
            run._finish()


__all__ = [
    "CACHE_FILE",
    "CHECK_RATE",
    "ESPEAK_TUNINGS",
    "MAX_VOICES",
    "NOISE_CER",
    "RATE_TUNINGS",
    "Candidate",
    "CheckEngine",
    "EngineDescription",
    "EngineVoice",
    "VoiceCheckCache",
    "VoiceCheckCancelled",
    "VoiceCheckError",
    "VoiceCheckRun",
    "VoiceChecker",
    "WhisperTranscriber",
    "cached_verdicts",
    "candidate_voices",
    "check_language",
    "describe_engine",
    "engine_name",
    "measure",
    "method_key",
    "render",
]
