"""File transcription with faster-whisper: word timestamps, language detection, cancellation.

One :class:`Transcriber` wraps one loaded ``faster_whisper.WhisperModel`` (int8 on the CPU,
``cpu_threads`` threads). Audio is decoded with ``faster_whisper.decode_audio`` (PyAV), so MP4,
FLAC, WAV and MP3 all work. Output is a :class:`studio.core.model.Transcript`, cleaned by the
hallucination guard (:mod:`studio.core.asr_guard`), with Chinese normalised to Simplified.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from studio.core.asr_guard import Dropped, guard
from studio.core.errors import Cancelled, StudioError
from studio.core.model import Segment, Transcript, TranscriptPass, Word
from studio.services.transcription.models import ModelNotAvailableError, ResolvedModel, resolve_model
from studio.services.transcription.timing import refine_word_edges

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

SAMPLE_RATE = 16_000

# Whisper tends to tidy speech up ("um" disappears). A prompt written in disfluent style makes it keep
# fillers; its effect on WER and filler counts is measured in docs/design/transcription.md.
FILLER_PROMPT = "Umm, let me think like, hmm… Okay, here's what I'm, like, thinking."

# Languages written without spaces between words: rebuilt text joins words with "".
_NO_SPACE_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "my", "km", "yue", "bo"})


class MediaError(StudioError):
    """A media file cannot be read as audio."""


@dataclass(frozen=True, slots=True)
class TranscriptionResult:
    """A transcript plus what the UI needs to confirm the language and explain removals."""

    transcript: Transcript
    detected_language: str
    detected_language_probability: float
    language_was_given: bool
    dropped: tuple[Dropped, ...] = ()


# --------------------------------------------------------------------------- helpers


def normalise_language(code: str | None) -> str | None:
    """"zh-CN" → "zh", "EN" → "en"; None stays None (auto-detect)."""
    if code is None or not code.strip():
        return None
    return code.strip().replace("_", "-").split("-")[0].lower()


@functools.lru_cache(maxsize=1)
def _t2s() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (whisper base often answers zh in Traditional characters)."""
    return str(_t2s().convert(text)) if text else text


@functools.lru_cache(maxsize=2)
def load_whisper(path: str, cpu_threads: int = 2, compute_type: str = "int8") -> WhisperModel:
    """Load (and keep, for reuse by later transcribers) one CTranslate2 Whisper model on the CPU."""
    from faster_whisper import WhisperModel

    try:
        return WhisperModel(path, device="cpu", compute_type=compute_type, cpu_threads=cpu_threads)
    except Exception as exc:  # CTranslate2 raises RuntimeError/ValueError for a broken folder
        raise ModelNotAvailableError(f"The speech model in {path} could not be loaded: {exc}", path=path) from exc


def decode_media(path: str | Path) -> np.ndarray:
    """The file's audio as 16 kHz mono float32, or a :class:`MediaError` naming the file."""
    path = Path(path)
    if not path.is_file():
        raise MediaError("this file does not exist or is not a file.", path=path)
    from faster_whisper import decode_audio

    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises many error types for unreadable media
        raise MediaError(f"this file has no audio the studio can read ({type(exc).__name__}).", path=path) from exc
    return np.asarray(audio, dtype=np.float32)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("transcription cancelled")


def build_transcript(
    raw_segments: Iterable[Any],
    *,
    language: str,
    duration: float,
    offset: float = 0.0,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
    total: float | None = None,
) -> tuple[list[tuple[Segment, list[Word]]], float]:
    """Turn faster-whisper segments into core types (times shifted by ``offset``, clamped, monotonic).

    Returns the ``(segment, words)`` pairs and the last word start, for callers that append more.
    """
    simplified = language == "zh"
    pairs: list[tuple[Segment, list[Word]]] = []
    last_start = offset
    limit = offset + duration
    for raw in raw_segments:
        _check(cancel)
        words: list[Word] = []
        for raw_word in raw.words or ():
            text = raw_word.word.strip()
            if not text:
                continue
            if simplified:
                text = to_simplified(text)
            # Word times can overlap by a few ms across segments; keep them ordered and inside the audio.
            start = min(max(offset + float(raw_word.start), last_start), limit)
            end = min(max(offset + float(raw_word.end), start), limit)
            probability = min(max(float(raw_word.probability), 0.0), 1.0)
            words.append(Word(text, round(start, 3), round(end, 3), probability))
            last_start = start
        text = raw.text.strip()
        if simplified:
            text = to_simplified(text)
        seg_start = min(offset + max(float(raw.start), 0.0), limit)
        seg_end = min(max(offset + float(raw.end), seg_start), limit)
        pairs.append(
            (
                Segment(
                    round(seg_start, 3),
                    round(seg_end, 3),
                    text,
                    float(raw.avg_logprob),
                    float(raw.no_speech_prob),
                ),
                words,
            )
        )
        if progress is not None and total:
            progress(min(1.0, max(0.0, seg_end / total)))
    return pairs, last_start


def _refined(
    pairs: list[tuple[Segment, list[Word]]], audio: np.ndarray, offset: float
) -> list[tuple[Segment, list[Word]]]:
    """Snap word edges at pauses to the audio (see ``timing``), keeping each word in its segment."""
    flat = [w for _, words in pairs for w in words]
    snapped = refine_word_edges(flat, audio, SAMPLE_RATE, offset=offset)
    out: list[tuple[Segment, list[Word]]] = []
    cursor = 0
    for segment, words in pairs:
        out.append((segment, snapped[cursor : cursor + len(words)]))
        cursor += len(words)
    return out


# --------------------------------------------------------------------------- the transcriber


class Transcriber:
    """One loaded Whisper model, used for whole-file transcription (and by the live transcriber)."""

    def __init__(
        self,
        model: WhisperModel | ResolvedModel | str | None = None,
        *,
        cpu_threads: int = 2,
        compute_type: str = "int8",
        beam_size: int = 5,
        name: str | None = None,
        allow_network: bool = False,
    ) -> None:
        resolved: ResolvedModel | None = None
        if model is None or isinstance(model, str):
            resolved = resolve_model(model, allow_network=allow_network)
        elif isinstance(model, ResolvedModel):
            resolved = model
        if resolved is not None:
            self.model = load_whisper(str(resolved.path), cpu_threads, compute_type)
            self.name = name or resolved.name
        else:
            self.model = model  # an injected, already loaded WhisperModel
            self.name = name or "whisper"
        self.beam_size = beam_size
        self.multilingual = bool(getattr(self.model, "model", None) is None or self.model.model.is_multilingual)

    # ------------------------------------------------------------------ core call

    def transcribe_audio(
        self,
        audio: np.ndarray,
        *,
        language: str | None = None,
        vad: bool = True,
        filler_prompt: bool = False,
        initial_prompt: str | None = None,
        beam_size: int | None = None,
        condition_on_previous_text: bool = True,
        offset: float = 0.0,
        source_pass: TranscriptPass = TranscriptPass.FULL,
        refine_edges: bool = True,
        progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> TranscriptionResult:
        """Transcribe 16 kHz mono float32 samples; word times are shifted by ``offset`` seconds."""
        _check(cancel)
        wanted = normalise_language(language)
        if wanted is not None and wanted != "en" and not self.multilingual:
            raise ModelNotAvailableError(
                f"The {self.name} speech model understands English only; choose the base model for {wanted}."
            )
        prompt = initial_prompt
        if filler_prompt:
            prompt = f"{FILLER_PROMPT} {prompt}" if prompt else FILLER_PROMPT
        duration = len(audio) / SAMPLE_RATE
        if duration <= 0:
            empty = Transcript(wanted or "en", 0.0, self.name, source_pass=source_pass)
            return TranscriptionResult(empty, wanted or "en", 1.0 if wanted else 0.0, wanted is not None)
        raw_segments, info = self.model.transcribe(
            audio,
            language=wanted,
            beam_size=beam_size or self.beam_size,
            word_timestamps=True,
            vad_filter=vad,
            initial_prompt=prompt,
            condition_on_previous_text=condition_on_previous_text,
        )
        detected = str(info.language)
        probability = float(info.language_probability)
        pairs, _ = build_transcript(
            raw_segments,
            language=detected,
            duration=duration,
            offset=offset,
            progress=progress,
            cancel=cancel,
            total=offset + duration,
        )
        if refine_edges:
            pairs = _refined(pairs, audio, offset)
        cleaned = guard(pairs, joiner="" if detected in _NO_SPACE_LANGUAGES else " ")
        transcript = Transcript(
            language=detected,
            duration=round(offset + duration, 3),
            model=self.name,
            segments=cleaned.segments,
            words=cleaned.words,
            source_pass=source_pass,
        )
        if progress is not None:
            progress(1.0)
        return TranscriptionResult(transcript, detected, probability, wanted is not None, cleaned.dropped)

    # ------------------------------------------------------------------ files

    def transcribe(
        self,
        path: str | Path,
        *,
        language: str | None = None,
        vad: bool = True,
        filler_prompt: bool = False,
        progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> TranscriptionResult:
        """Transcribe a media file, with the detected language's probability and the guard's removals."""
        _check(cancel)
        audio = decode_media(path)
        return self.transcribe_audio(
            audio, language=language, vad=vad, filler_prompt=filler_prompt, progress=progress, cancel=cancel
        )

    def transcribe_file(
        self,
        path: str | Path,
        *,
        language: str | None = None,
        vad: bool = True,
        filler_prompt: bool = False,
        progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Transcript:
        """Transcribe a media file (mp4, flac, wav, mp3, ...) into a :class:`Transcript`."""
        return self.transcribe(
            path, language=language, vad=vad, filler_prompt=filler_prompt, progress=progress, cancel=cancel
        ).transcript


def transcribe_file(
    path: str | Path,
    *,
    model: str | None = None,
    language: str | None = None,
    vad: bool = True,
    filler_prompt: bool = False,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
    cpu_threads: int = 2,
) -> Transcript:
    """One-call file transcription with the model named by ``model`` (default: built-in base)."""
    transcriber = Transcriber(model, cpu_threads=cpu_threads)
    return transcriber.transcribe_file(
        path, language=language, vad=vad, filler_prompt=filler_prompt, progress=progress, cancel=cancel
    )


__all__ = [
    "FILLER_PROMPT",
    "SAMPLE_RATE",
    "MediaError",
    "Transcriber",
    "TranscriptionResult",
    "build_transcript",
    "decode_media",
    "load_whisper",
    "normalise_language",
    "to_simplified",
    "transcribe_file",
]
