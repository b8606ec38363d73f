"""Where to cut live audio into chunks that are each decoded once (pure numpy, no model).

The live transcriber decodes pause-bounded chunks: at least ``min_chunk`` seconds (shorter chunks give
Whisper too little context and invite "Thank you." hallucinations at the edges), cut in a pause of at
least ``min_pause`` seconds, and cut by force at ``max_chunk`` seconds at the quietest moment if the
trainee never pauses. Leading silence is trimmed before decoding and all-silent chunks are skipped.
See ``docs/design/transcription.md`` and ``/work/shared/reference/asr.md`` for the measurements.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from studio.services.transcription.timing import frame_rms, quiet_runs, silence_threshold

FRAME = 0.03  # seconds per energy frame
UNCOVERED_GAP = 0.25  # seconds of quiet that separate a dropped sentence from the last word heard


@dataclass(frozen=True, slots=True)
class ChunkSettings:
    """Chunking thresholds in seconds."""

    min_chunk: float = 6.0
    max_chunk: float = 25.0
    min_pause: float = 1.0  # 0.5 s cut inside read sentences and cost 0.012 WER on the joined clip
    cut_pad: float = 0.25  # keep this much of the pause on the left chunk so soft word endings survive
    lead_pad: float = 0.2  # keep this much silence before the first sound after trimming
    min_sound: float = 0.15  # a chunk with less loud audio than this is silence and is skipped


def _quiet_frames(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    rms = frame_rms(audio, sample_rate, FRAME)
    return np.asarray(rms < silence_threshold(rms), dtype=bool)


def uncovered_sound(audio: np.ndarray, sample_rate: int, covered_until: float,
                    settings: ChunkSettings = ChunkSettings()) -> int | None:
    """Sample index where sound starts that the decoded words do not cover, or None.

    Whisper sometimes ends a window early and drops a short last sentence after a pause ("... for your country.
    [pause] Guaranteed results." came back without the claim, measured on a real recording). ``covered_until`` is
    the end of the last decoded word (seconds into ``audio``). Word ends come early, so the sound still going on
    there is that word's tail: what counts is sound after the next pause (at least ``GAP`` quiet), at least
    ``min_sound`` long. The index keeps ``lead_pad`` of the pause before it.
    """
    rms = frame_rms(audio, sample_rate, FRAME)
    quiet = np.asarray(rms < silence_threshold(rms), dtype=bool)
    first = int(max(0.0, covered_until) / FRAME)
    need = max(1, round(UNCOVERED_GAP / FRAME))
    starts, ends = quiet_runs(quiet)
    for run_start, run_end in zip(starts.tolist(), ends.tolist(), strict=True):
        if run_end <= first or run_end - max(run_start, first) < need or run_end >= len(quiet):
            continue
        loud_after = int(np.count_nonzero(~quiet[run_end:]))
        if loud_after * FRAME < settings.min_sound:
            return None
        return max(0, int((run_end * FRAME - settings.lead_pad) * sample_rate))
    return None


def find_cut(audio: np.ndarray, sample_rate: int, settings: ChunkSettings = ChunkSettings()) -> int | None:
    """Sample index at which to cut ``audio`` (the pending stretch), or None to wait for more audio.

    The first pause of at least ``min_pause`` whose cut point lies past ``min_chunk`` wins, including a
    pause still going on at the end of the buffer (the trainee is pausing now: decode without waiting).
    Past ``max_chunk`` with no pause, cut at the quietest 0.3 s in the second half of the window.
    """
    seconds = len(audio) / sample_rate
    if seconds < settings.min_chunk:
        return None
    quiet = _quiet_frames(audio, sample_rate)
    need = max(1, math.ceil(settings.min_pause / FRAME))
    starts, ends = quiet_runs(quiet)
    for run_start, run_end in zip(starts.tolist(), ends.tolist(), strict=True):
        if run_end - run_start < need:
            continue
        cut_time = run_start * FRAME + min(settings.cut_pad, (run_end - run_start) * FRAME / 2)
        if cut_time > settings.max_chunk:
            break
        if cut_time >= settings.min_chunk:
            return min(len(audio), int(cut_time * sample_rate))
    if seconds < settings.max_chunk:
        return None
    # Forced cut: the quietest 0.3 s window between half the maximum and the maximum.
    rms = frame_rms(audio, sample_rate, FRAME)
    width = max(1, round(0.3 / FRAME))
    smooth = np.convolve(rms, np.ones(width) / width, mode="same")
    lo = int(settings.max_chunk / 2 / FRAME)
    hi = min(len(smooth), int(settings.max_chunk / FRAME))
    best = lo + int(np.argmin(smooth[lo:hi])) if hi > lo else hi
    return min(len(audio), int(best * FRAME * sample_rate))


def leading_trim(audio: np.ndarray, sample_rate: int, settings: ChunkSettings = ChunkSettings()) -> int | None:
    """Samples of leading silence to drop before decoding, or None if the chunk holds no sound at all."""
    quiet = _quiet_frames(audio, sample_rate)
    loud = np.flatnonzero(~quiet)
    if loud.size * FRAME < settings.min_sound:
        return None
    first = max(0.0, loud[0] * FRAME - settings.lead_pad)
    return int(first * sample_rate)


def to_16k(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Resample mono float32 audio to 16 kHz (box-filter decimation for whole ratios, else interpolation)."""
    audio = np.asarray(audio, dtype=np.float32)
    if sample_rate == 16_000 or audio.size == 0:
        return audio
    if sample_rate % 16_000 == 0:
        factor = sample_rate // 16_000
        usable = len(audio) - len(audio) % factor
        return np.asarray(audio[:usable].reshape(-1, factor).mean(axis=1), dtype=np.float32)
    ratio = sample_rate / 16_000
    if ratio > 1:  # a light anti-alias filter before interpolating down
        width = math.ceil(ratio)
        audio = np.convolve(audio, np.ones(width, dtype=np.float32) / width, mode="same")
    n_out = int(len(audio) / ratio)
    positions = np.arange(n_out, dtype=np.float64) * ratio
    return np.asarray(np.interp(positions, np.arange(len(audio)), audio), dtype=np.float32)


def as_mono_float(samples: np.ndarray) -> np.ndarray:
    """First channel of a (frames, channels) block, as float32 in -1..1 (int16 is scaled)."""
    block = np.asarray(samples)
    if block.ndim == 2:
        block = block[:, 0]
    if block.dtype == np.int16:
        return block.astype(np.float32) / 32768.0
    if block.dtype == np.int32:
        return block.astype(np.float32) / 2147483648.0
    return block.astype(np.float32, copy=False)


__all__ = ["ChunkSettings", "as_mono_float", "find_cut", "leading_trim", "to_16k"]
