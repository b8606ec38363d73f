"""Live transcription while recording: pause-bounded chunks, each decoded once, on a low-priority thread.

The recorder's writer thread calls :meth:`LiveTranscriber.feed` with every audio block it captures;
``feed`` only copies the block into an unbounded queue (microseconds, never blocks, never drops). A
worker thread drains the queue, cuts the audio at pauses (:mod:`chunker`), and decodes each chunk once
with beam 1 (optionally the previous text as prompt), shifting word times onto the recording's timeline. At
Stop, :meth:`finish` decodes only the tail and returns the transcript (``source_pass`` LIVE).

Why a thread and not a process: CTranslate2 releases the GIL while decoding, so the recorder and GUI
threads keep running; the worker lowers its own scheduling priority (``os.setpriority`` on its thread
id, Linux) *before* loading the model, so CTranslate2's worker and OpenMP threads it creates inherit
the lower priority and the recorder and GUI win whenever the two cores are contended. A decoding
process at nice 10 delayed a probe thread as much as this thread does (the stalls are CPU contention,
not the GIL), while costing a second interpreter and model load per recording. The numbers behind the
choice are in ``docs/design/transcription.md`` (``benchmarks/bench_live.py``).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np

from studio.core.errors import Cancelled, StudioError
from studio.core.model import Segment, Transcript, TranscriptPass, Word
from studio.services.transcription.chunker import (
    ChunkSettings,
    as_mono_float,
    find_cut,
    leading_trim,
    to_16k,
    uncovered_sound,
)
from studio.services.transcription.models import resolve_model
from studio.services.transcription.transcriber import SAMPLE_RATE, Transcriber, normalise_language

log = logging.getLogger(__name__)

_STOP = object()
_PROMPT_CHARS = 200  # previous text handed to the model as context for the next chunk
_CHECK_EVERY = 0.5  # seconds of new audio between looks for a cut


class LiveTranscriptionError(StudioError):
    """The live transcript could not be produced (the full pass after recording still can)."""


@dataclass(slots=True)
class LiveStats:
    """Counters for benchmarks and diagnostics (read after :meth:`LiveTranscriber.finish`)."""

    blocks: int = 0
    seconds_received: float = 0.0
    chunks_decoded: int = 0
    chunks_skipped: int = 0
    decode_seconds: float = 0.0
    max_backlog_seconds: float = 0.0
    chunk_lengths: list[float] = field(default_factory=list)
    tail_seconds: float = 0.0
    second_looks: int = 0  # decodes of sound the first decode of a chunk left without words
    language_probability: float = 0.0


class LiveTranscriber:
    """Transcribe audio as it is recorded. Create it at Record, ``feed`` blocks, ``finish`` at Stop.

    ``on_partial`` is called from the worker thread after each chunk with the transcript so far; a Qt
    caller should forward it with a queued signal. ``transcriber`` may be injected (tests, sharing a
    loaded model); by default the worker loads its own model at low priority.
    """

    def __init__(
        self,
        transcriber: Transcriber | None = None,
        *,
        model: str | None = None,
        language: str | None = None,
        on_partial: Callable[[Transcript], None] | None = None,
        settings: ChunkSettings | None = None,
        cpu_threads: int = 1,  # measured: 2 threads stalled the recorder/GUI more for no reliable latency gain
        nice: int = 10,
        filler_prompt: bool = False,
        prompt_previous_text: bool = False,
        start_time: float = 0.0,
    ) -> None:
        self._transcriber = transcriber
        self._model_choice = model
        self._cpu_threads = cpu_threads
        self._nice = nice
        self._language = normalise_language(language)
        self._on_partial = on_partial
        self._settings = settings or ChunkSettings()
        self._filler_prompt = filler_prompt
        # Off by default, measured: no WER gain on the shared clips, and once the prompt made the model skip
        # 12 words of a chunk and echo the previous chunk ("do for your country") instead.
        self._prompt_previous = prompt_previous_text
        self._offset0 = start_time
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._closed = False
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._segments: list[Segment] = []
        self._words: list[Word] = []
        self._error: BaseException | None = None
        self._rate: int | None = None
        self._received = 0  # samples at the stream rate, counted by the worker
        self.stats = LiveStats()
        self._thread = threading.Thread(target=self._run, name="live-transcriber", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ recorder side

    def feed(self, samples: np.ndarray, sample_rate: int) -> None:
        """Queue one captured block (float32 or int16; mono or the first channel is used). Never blocks."""
        if self._closed:
            return
        self._queue.put((np.array(samples, copy=True), int(sample_rate)))

    def finish(self, timeout: float = 30.0) -> Transcript:
        """At Stop: decode the tail and return the whole live transcript (raises Cancelled if cancelled)."""
        if not self._closed:
            self._closed = True
            self._queue.put(_STOP)
        if not self._done.wait(timeout):
            raise LiveTranscriptionError(
                f"The live transcript was not ready {timeout:.0f} seconds after Stop; the full transcription "
                "will be used instead."
            )
        if self._cancel.is_set():
            raise Cancelled("live transcription cancelled")
        if self._error is not None:
            if isinstance(self._error, StudioError):
                raise self._error
            raise LiveTranscriptionError(f"Live transcription failed: {self._error}") from self._error
        return self.partial()

    def cancel(self) -> None:
        """Stop as soon as the current chunk is done; nothing more is decoded."""
        self._cancel.set()
        self._closed = True
        self._queue.put(_STOP)

    def partial(self) -> Transcript:
        """The transcript decoded so far (safe from any thread)."""
        with self._lock:
            return Transcript(
                language=self._language or "en",
                duration=round(self._offset0 + self._received / (self._rate or SAMPLE_RATE), 3),
                model=self._transcriber.name if self._transcriber else (self._model_choice or "base"),
                segments=tuple(self._segments),
                words=tuple(self._words),
                source_pass=TranscriptPass.LIVE,
            )

    # ------------------------------------------------------------------ worker side

    def _lower_priority(self) -> None:
        if self._nice <= 0 or not hasattr(os, "setpriority"):
            return
        try:  # on Linux a thread id is a valid PRIO_PROCESS target and affects only this thread
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self._nice)
        except OSError as exc:
            log.info("could not lower the live transcriber's priority: %s", exc)

    def _run(self) -> None:
        try:
            self._lower_priority()
            if self._transcriber is None:
                resolved = resolve_model(self._model_choice)
                self._transcriber = Transcriber(_fresh_model(str(resolved.path), self._cpu_threads), name=resolved.name)
                # One tiny decode now, at low priority: the first call pays lazy imports and allocations
                # (~0.1 s holding the GIL, measured) that would otherwise land in the middle of the recording.
                self._transcriber.transcribe_audio(
                    np.zeros(SAMPLE_RATE // 2, dtype=np.float32), language="en", vad=False, beam_size=1
                )
            self._loop()
        except Cancelled:
            pass
        except BaseException as exc:  # reported by finish(); the recorder must never see it
            log.exception("live transcription failed")
            self._error = exc
        finally:
            self._done.set()

    def _loop(self) -> None:
        pending: list[np.ndarray] = []
        pending_len = 0
        pending_start = 0  # sample index (stream rate) where the pending audio begins
        since_check = 0
        stop = False
        while not stop:
            try:
                item = self._queue.get(timeout=0.2)
            except queue.Empty:
                continue
            items = [item]
            while True:  # drain whatever else is waiting
                try:
                    items.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            for entry in items:
                if entry is _STOP:
                    stop = True
                    continue
                samples, block_rate = cast(tuple[np.ndarray, int], entry)
                block = as_mono_float(samples)
                if self._rate is None:
                    self._rate = block_rate
                elif block_rate != self._rate:  # unusual: resample the odd block to the stream rate
                    positions = np.arange(int(len(block) * self._rate / block_rate)) * block_rate / self._rate
                    block = np.asarray(np.interp(positions, np.arange(len(block)), block), dtype=np.float32)
                pending.append(block)
                pending_len += len(block)
                since_check += len(block)
                with self._lock:
                    self._received += len(block)
                self.stats.blocks += 1
            if self._cancel.is_set():
                raise Cancelled("live transcription cancelled")
            rate = self._rate or SAMPLE_RATE
            self.stats.seconds_received = self._received / rate
            self.stats.max_backlog_seconds = max(self.stats.max_backlog_seconds, pending_len / rate)
            if not stop and since_check < _CHECK_EVERY * rate:
                continue
            since_check = 0
            audio = np.concatenate(pending) if pending else np.zeros(0, dtype=np.float32)
            while True:  # also on Stop: a backlog is still cut at its pauses before the tail
                cut = find_cut(audio, rate, self._settings)
                if cut is None or cut <= 0:
                    break
                self._decode(audio[:cut], rate, pending_start)
                pending_start += cut
                audio = audio[cut:]
                if self._cancel.is_set():
                    raise Cancelled("live transcription cancelled")
            if stop:
                tail_started = time.perf_counter()
                self._decode(audio, rate, pending_start)
                self.stats.tail_seconds = time.perf_counter() - tail_started
                audio = audio[:0]
            pending = [audio] if len(audio) else []
            pending_len = len(audio)

    def _decode(self, chunk: np.ndarray, rate: int, start_sample: int, *, second_look: bool = True) -> None:
        trim = leading_trim(chunk, rate, self._settings)
        if trim is None:
            self.stats.chunks_skipped += 1
            return
        chunk = chunk[trim:]
        offset = self._offset0 + (start_sample + trim) / rate
        audio16 = to_16k(chunk, rate)
        previous = ""
        if self._prompt_previous:
            with self._lock:
                previous = _prompt_from(self._segments)
        assert self._transcriber is not None
        started = time.perf_counter()
        result = self._transcriber.transcribe_audio(
            audio16,
            language=self._language,
            vad=False,
            beam_size=1,
            filler_prompt=self._filler_prompt,
            initial_prompt=previous or None,
            offset=offset,
            source_pass=TranscriptPass.LIVE,
            cancel=self._cancel,
        )
        self.stats.decode_seconds += time.perf_counter() - started
        self.stats.chunks_decoded += 1
        self.stats.chunk_lengths.append(round(len(chunk) / rate, 2))
        if self._language is None:  # detected on the first chunk, then kept for the whole recording
            self._language = result.detected_language
            self.stats.language_probability = result.detected_language_probability
        new_words = list(result.transcript.words)
        segments = list(result.transcript.segments)
        with self._lock:
            if not second_look and new_words and self._words and _same_word(new_words[0], self._words[-1]):
                # A second look that starts on the last word heard (its end time was early): keep it once.
                new_words = new_words[1:]
                if not new_words:
                    segments = []
                elif segments:
                    first = segments[0]
                    segments[0] = Segment(new_words[0].start, first.end, first.text.strip().split(" ", 1)[-1])
            floor = self._words[-1].start if self._words else 0.0
            for word in new_words:
                start = max(word.start, floor)
                self._words.append(Word(word.text, start, max(word.end, start), word.probability))
                floor = start
            self._segments.extend(segments)
        if self._on_partial is not None:
            try:
                self._on_partial(self.partial())
            except Exception:  # a broken listener must not stop transcription
                log.exception("the live transcript listener failed")
        if second_look:  # sound after the last word: Whisper may have dropped a short last sentence
            words = result.transcript.words
            covered = (words[-1].end - offset) if words else 0.0
            rest = uncovered_sound(chunk, rate, covered, self._settings)
            if rest is not None and words:  # (no words at all: a second decode of the same sound finds none)
                self.stats.second_looks += 1
                self._decode(chunk[rest:], rate, start_sample + trim + rest, second_look=False)


def _same_word(a: Word, b: Word) -> bool:
    def bare(text: str) -> str:
        return "".join(ch for ch in text.casefold() if ch.isalnum())

    return bare(a.text) == bare(b.text) != ""


def _prompt_from(segments: list[Segment]) -> str:
    """The last whole segments (up to ~200 characters) as context for the next chunk.

    Whole segments, never a cut-off fragment: a prompt starting mid-sentence was copied into the next
    chunk's output ("be tedious to permission is hereby granted") in our first measurements.
    """
    picked: list[str] = []
    total = 0
    for segment in reversed(segments):
        text = segment.text.strip()
        if not text:
            continue
        if picked and total + len(text) > _PROMPT_CHARS:
            break
        picked.append(text)
        total += len(text) + 1
    return " ".join(reversed(picked))[-_PROMPT_CHARS * 2 :]


def _fresh_model(path: str, cpu_threads: int) -> Any:
    """A model loaded on the calling (low-priority) thread, so CTranslate2's threads inherit its priority.

    Deliberately not the shared ``load_whisper`` cache: a model loaded on another thread would keep
    that thread's (normal) priority for its CTranslate2 workers.
    """
    from faster_whisper import WhisperModel

    return WhisperModel(path, device="cpu", compute_type="int8", cpu_threads=cpu_threads)


__all__ = ["LiveStats", "LiveTranscriber", "LiveTranscriptionError"]
