"""Word-edge refinement from the audio's energy, so pauses (dead air) are measured where they really are.

Whisper's word timestamps come from cross-attention and are often early at the end of a phrase: the last
word before a 2 s pause can "end" 0.8 s before the speaker stops. Pace and dead-air scoring depend on
those edges, so after decoding, each gap between two words is snapped to the longest run of quiet
audio between the start of the first word and the end of the second. Words never change order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from studio.core.model import Word

FRAME_SECONDS = 0.01
MIN_PAUSE_SECONDS = 0.25  # shorter silences are ordinary gaps between words; leave them alone


def frame_rms(audio: np.ndarray, sample_rate: int, frame_seconds: float = FRAME_SECONDS) -> np.ndarray:
    """Root-mean-square level of consecutive frames (the tail that does not fill a frame is dropped)."""
    size = max(1, int(sample_rate * frame_seconds))
    count = len(audio) // size
    if count == 0:
        return np.zeros(0, dtype=np.float32)
    frames = np.asarray(audio[: count * size], dtype=np.float32).reshape(count, size)
    return np.asarray(np.sqrt(np.mean(frames * frames, axis=1)), dtype=np.float32)


def silence_threshold(rms: np.ndarray) -> float:
    """A level below which a frame counts as quiet: above the noise floor, well below speech."""
    if rms.size == 0:
        return 0.0
    floor = float(np.percentile(rms, 10))
    loud = float(np.percentile(rms, 95))
    # 3x the floor is quiet room noise; capped at a tenth of loud speech so that audio with no silence
    # at all (floor = speech) does not count as quiet everywhere.
    return max(10 ** (-50 / 20), loud * 0.02, min(floor * 3.0, loud * 0.1))


def quiet_runs(quiet: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) frame indices of each run of True, vectorised.

    numpy, not a Python loop: this runs on the live worker thread, and Python loops hold the GIL that
    the recorder's audio callback and the GUI need.
    """
    padded = np.concatenate(([False], np.asarray(quiet, dtype=bool), [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return edges[::2], edges[1::2]


def _longest_quiet_run(quiet: np.ndarray, lo: int, hi: int) -> tuple[int, int] | None:
    starts, ends = quiet_runs(quiet[lo:hi])
    if starts.size == 0:
        return None
    best = int(np.argmax(ends - starts))
    return lo + int(starts[best]), lo + int(ends[best])


def refine_word_edges(
    words: Sequence[Word],
    audio: np.ndarray,
    sample_rate: int,
    *,
    offset: float = 0.0,
    min_pause: float = MIN_PAUSE_SECONDS,
) -> list[Word]:
    """Snap the edges around each pause to the audio.

    ``words`` are on a timeline where ``audio`` (mono, ``sample_rate``) starts at ``offset`` seconds.
    """
    out = list(words)
    if len(out) < 2 or len(audio) == 0:
        return out
    rms = frame_rms(audio, sample_rate)
    quiet = rms < silence_threshold(rms)
    n_frames = len(rms)

    def frame(t: float) -> int:
        return int(min(max((t - offset) / FRAME_SECONDS, 0), n_frames))

    min_frames = int(min_pause / FRAME_SECONDS)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        run = _longest_quiet_run(quiet, frame(a.start), frame(b.end))
        if run is None or run[1] - run[0] < min_frames:
            continue
        quiet_start = offset + run[0] * FRAME_SECONDS
        quiet_end = offset + run[1] * FRAME_SECONDS
        # Only a silence that touches the gap Whisper reported (within a second) is the same pause.
        if quiet_end < a.end - 1.0 or quiet_start > b.start + 1.0:
            continue
        new_end = max(a.start, min(quiet_start, b.end))
        later = out[i + 2].start if i + 2 < len(out) else b.end
        new_start = min(max(quiet_end, new_end), b.end, max(later, b.start))
        out[i] = Word(a.text, a.start, round(new_end, 3), a.probability)
        out[i + 1] = Word(b.text, round(new_start, 3), b.end, b.probability)
    return out


__all__ = ["frame_rms", "quiet_runs", "refine_word_edges", "silence_threshold"]
