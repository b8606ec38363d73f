"""Voice: loudness and pitch variation from a mono float array (numpy only, no file I/O).

Defaults from ``peers.md`` (voice-coach-mcp): **monotone** when the pitch's standard deviation is
under 2 semitones over 8-second windows; **flat volume** when loudness varies by less than 3 dB.

- *Loudness*: RMS level in dBFS of 50 ms frames. Speech frames are those within 35 dB of the
  loud end (95th percentile) and above -60 dBFS, so room noise and digital silence do not count.
  ``level_dbfs`` is the power average over speech frames; ``loudness_std_db`` the standard
  deviation of their dB values.
- *Pitch*: a vectorised YIN (de Cheveigné & Kawahara 2002) on 40 ms frames every 20 ms, searching
  70–400 Hz. A frame is voiced when it is a speech frame and its normalised difference dips under
  ``yin_threshold`` (0.3: speech is noisier than the 0.1–0.15 YIN uses for clean tones). Per 8 s
  window with at least 1.5 s voiced, the standard deviation of
  12·log2(f0 / window median) in semitones; ``pitch_std_semitones`` is the median over windows.
  Octave jumps (a frequent YIN error) are folded back into the window's octave before the std.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from studio.core.model import Finding, FindingKind, Severity
from studio.core.report import phrase

FloatArray = npt.NDArray[np.float64]

MONOTONE_SEMITONES = 2.0
FLAT_VOLUME_DB = 3.0


@dataclass(frozen=True, slots=True)
class VoiceResult:
    """Loudness and pitch measures of one recording (``nan``-free: zeros when not measurable)."""

    level_dbfs: float
    loudness_std_db: float
    pitch_std_semitones: float
    pitch_median_hz: float
    voiced_seconds: float
    speech_seconds: float
    pitch_windows: int
    """How many 8 s windows had enough voiced frames to judge the pitch."""

    @property
    def monotone(self) -> bool:
        return self.pitch_windows > 0 and self.pitch_std_semitones < MONOTONE_SEMITONES

    @property
    def flat_volume(self) -> bool:
        return self.speech_seconds >= 5.0 and self.loudness_std_db < FLAT_VOLUME_DB


BLOCK_FRAMES = 1024
"""Pitch frames analysed at once: bounds memory (an hour of audio is 180,000 frames) to a few tens of MB."""

Float32Array = npt.NDArray[np.float32]


def _mono(samples: npt.ArrayLike) -> Float32Array:
    """The signal as one float32 channel (float32 keeps an hour at 16 kHz near 230 MB, not 460)."""
    data = np.asarray(samples, dtype=np.float32)
    if data.ndim == 2:
        data = data.mean(axis=1, dtype=np.float32)
    if data.ndim != 1:
        raise ValueError("voice analysis needs a mono or (frames, channels) array")
    return np.ascontiguousarray(data)


def _frame_count(length: int, size: int, hop: int) -> int:
    return 0 if length < size else 1 + (length - size) // hop


def _window_view(x: Float32Array, size: int, hop: int) -> Float32Array:
    """Overlapping frames as a strided view (no copy)."""
    count = _frame_count(len(x), size, hop)
    if count == 0:
        return np.zeros((0, size), dtype=np.float32)
    view: Float32Array = np.lib.stride_tricks.sliding_window_view(x, size)[::hop][:count]
    return view


def _db_of(mean_square: FloatArray) -> FloatArray:
    result: FloatArray = 10.0 * np.log10(np.maximum(mean_square, 1e-20))
    return result


def _speech_mask(db: FloatArray) -> npt.NDArray[np.bool_]:
    if db.size == 0:
        return np.zeros(0, dtype=bool)
    loud = float(np.percentile(db, 95))
    mask: npt.NDArray[np.bool_] = (db > -60.0) & (db > loud - 35.0)
    return mask


def _yin_block(frames: FloatArray, width: int, tau_min: int, tau_max: int, threshold: float, rate: int) -> FloatArray:
    """f0 for a block of frames (rows of ``width + tau_max`` samples); 0 where no dip below ``threshold``."""
    n_fft = 1 << int(np.ceil(np.log2(2 * (width + tau_max))))
    full = np.fft.rfft(frames, n_fft)
    head = np.fft.rfft(frames[:, :width], n_fft)
    corr = np.fft.irfft(full * np.conj(head), n_fft)[:, : tau_max + 1]
    squares = np.cumsum(np.pad(frames * frames, ((0, 0), (1, 0))), axis=1)
    energy0 = squares[:, width][:, None]
    taus = np.arange(tau_max + 1)
    energy_tau = squares[:, taus + width] - squares[:, taus]
    diff = np.maximum(energy0 + energy_tau - 2.0 * corr, 0.0)
    cumulative = np.cumsum(diff[:, 1:], axis=1)
    cmnd = np.ones_like(diff)
    cmnd[:, 1:] = diff[:, 1:] * np.arange(1, tau_max + 1) / np.maximum(cumulative, 1e-12)
    search = cmnd[:, tau_min : tau_max + 1]
    below = search < threshold
    has_dip = below.any(axis=1)
    first = np.argmax(below, axis=1)
    # Walk from the first crossing down to the local minimum (YIN step 4).
    rows = np.arange(search.shape[0])
    idx = first.copy()
    for _ in range(search.shape[1]):
        nxt = np.minimum(idx + 1, search.shape[1] - 1)
        better = has_dip & (search[rows, nxt] < search[rows, idx])
        if not better.any():
            break
        idx = np.where(better, nxt, idx)
    # Parabolic interpolation around the minimum.
    left = search[rows, np.maximum(idx - 1, 0)]
    mid = search[rows, idx]
    right = search[rows, np.minimum(idx + 1, search.shape[1] - 1)]
    denom = left - 2 * mid + right
    shift = np.where(np.abs(denom) > 1e-12, 0.5 * (left - right) / np.where(denom == 0, 1, denom), 0.0)
    tau = idx + tau_min + np.clip(shift, -1, 1)
    f0: FloatArray = np.where(has_dip, rate / np.maximum(tau, 1e-9), 0.0)
    return f0


def yin_pitch(
    samples: npt.ArrayLike,
    sample_rate: int,
    *,
    fmin: float = 70.0,
    fmax: float = 400.0,
    frame_s: float = 0.04,
    hop_s: float = 0.02,
    yin_threshold: float = 0.3,
) -> tuple[FloatArray, FloatArray]:
    """Per-frame f0 in Hz (0 where unvoiced) and the frames' dBFS levels; frame k starts at k·hop."""
    x = _mono(samples)
    tau_max = int(sample_rate / fmin)
    tau_min = max(2, int(sample_rate / fmax))
    width = int(frame_s * sample_rate)
    hop = int(hop_s * sample_rate)
    view = _window_view(x, width + tau_max, hop)
    count = view.shape[0]
    f0 = np.zeros(count)
    db = np.zeros(count)
    for start in range(0, count, BLOCK_FRAMES):
        block = view[start : start + BLOCK_FRAMES].astype(np.float64)
        head = block[:, :width]
        db[start : start + len(block)] = _db_of(np.einsum("ij,ij->i", head, head) / width)
        f0[start : start + len(block)] = _yin_block(block, width, tau_min, tau_max, yin_threshold, sample_rate)
    return f0, db


def analyse_voice(
    samples: npt.ArrayLike, sample_rate: int, *, window_s: float = 8.0, min_voiced_s: float = 1.5
) -> VoiceResult:
    """Loudness level and variation, and pitch variation in semitones over ``window_s`` windows."""
    x = _mono(samples)
    if sample_rate <= 0:
        raise ValueError("the sample rate must be positive")
    # Loudness on 50 ms frames (non-overlapping: a reshape, no copy).
    size = int(0.05 * sample_rate)
    count = len(x) // size
    loud_frames = x[: count * size].reshape(count, size)
    db = _db_of(np.einsum("ij,ij->i", loud_frames, loud_frames, dtype=np.float64) / max(size, 1))
    speech = _speech_mask(db)
    speech_db = db[speech]
    if speech_db.size:
        level = float(10.0 * np.log10(np.mean(10.0 ** (speech_db / 10.0))))
        loud_std = float(np.std(speech_db))
    else:
        level, loud_std = -120.0, 0.0
    speech_seconds = float(speech_db.size * 0.05)

    f0, pitch_db = yin_pitch(x, sample_rate)
    hop_s = 0.02
    voiced = (f0 > 0) & _speech_mask(pitch_db) if f0.size else np.zeros(0, dtype=bool)
    per_window = round(window_s / hop_s)
    stds: list[float] = []
    for start in range(0, len(f0), per_window):
        chunk = f0[start : start + per_window][voiced[start : start + per_window]]
        if chunk.size * hop_s < min_voiced_s:
            continue
        semis = 12.0 * np.log2(chunk / np.median(chunk))
        semis = (semis + 6.0) % 12.0 - 6.0  # fold octave errors back
        stds.append(float(np.std(semis)))
    voiced_f0 = f0[voiced] if f0.size else np.zeros(0)
    return VoiceResult(
        level_dbfs=level,
        loudness_std_db=loud_std,
        pitch_std_semitones=float(np.median(stds)) if stds else 0.0,
        pitch_median_hz=float(np.median(voiced_f0)) if voiced_f0.size else 0.0,
        voiced_seconds=float(voiced_f0.size * hop_s),
        speech_seconds=speech_seconds,
        pitch_windows=len(stds),
    )


def voice_findings(result: VoiceResult, language: str, *, duration: float) -> list[Finding]:
    """A finding for a monotone voice and one for flat loudness (whole recording)."""
    findings: list[Finding] = []
    end = max(duration, 0.0)
    if result.monotone:
        findings.append(
            Finding(
                kind=FindingKind.VOICE,
                severity=Severity.INFO,
                start=0.0,
                end=end,
                message=phrase("voice_monotone", language, value=round(result.pitch_std_semitones, 1)),
                suggestion=phrase("voice_monotone_fix", language),
                rule_id="voice.monotone",
            )
        )
    if result.flat_volume:
        findings.append(
            Finding(
                kind=FindingKind.VOICE,
                severity=Severity.INFO,
                start=0.0,
                end=end,
                message=phrase("voice_flat", language, value=round(result.loudness_std_db, 1)),
                suggestion=phrase("voice_flat_fix", language),
                rule_id="voice.flat_volume",
            )
        )
    return findings
