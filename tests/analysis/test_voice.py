"""Voice measures on synthetic signals (tone, chirp) and on real recorded speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.core.model import FindingKind
from studio.core.voice import analyse_voice, voice_findings, yin_pitch

RATE = 16000


def _tone(seconds: float = 20.0, hz: float = 150.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def _sweeping_chirp(seconds: float = 20.0) -> np.ndarray:
    """A tone sweeping 120 → 240 Hz (one octave) every 4 s, like an exaggerated lively voice."""
    t = np.arange(int(seconds * RATE)) / RATE
    freq = 120.0 * 2.0 ** ((t % 4.0) / 4.0)
    return (0.3 * np.sin(2 * np.pi * np.cumsum(freq) / RATE)).astype(np.float32)


def test_yin_finds_the_pitch_of_a_pure_tone() -> None:
    """A 150 Hz sine is tracked at 150 Hz within 1 Hz."""
    f0, _ = yin_pitch(_tone(2.0), RATE)
    voiced = f0[f0 > 0]
    assert voiced.size > 0.9 * f0.size
    assert float(np.median(voiced)) == pytest.approx(150.0, abs=1.0)


def test_pure_tone_is_monotone_and_flat() -> None:
    """A steady tone: pitch std ≈ 0 semitones (< 2, monotone), loudness std ≈ 0 dB (< 3, flat)."""
    result = analyse_voice(_tone(), RATE)
    assert result.pitch_std_semitones < 0.1
    assert result.monotone
    assert result.loudness_std_db < 0.5
    assert result.flat_volume
    kinds = {f.rule_id for f in voice_findings(result, "en", duration=20.0)}
    assert kinds == {"voice.monotone", "voice.flat_volume"}


def test_chirp_is_not_monotone() -> None:
    """An octave sweep every 4 s varies by about 3.5 semitones (uniform over 12 st: 12/√12)."""
    result = analyse_voice(_sweeping_chirp(), RATE)
    assert result.pitch_std_semitones == pytest.approx(12 / np.sqrt(12), abs=0.5)
    assert not result.monotone


def test_real_speech_varies_in_pitch_and_loudness(speech_dir: Path) -> None:
    """Five real speakers (70.6 s joined clip): more than 2 semitones and more than 3 dB of variation."""
    samples, rate = sf.read(speech_dir / "joined-70s-five-pauses.wav", dtype="float32")
    result = analyse_voice(samples, rate)
    assert result.pitch_windows >= 5
    assert result.pitch_std_semitones > 2.0
    assert not result.monotone
    assert result.loudness_std_db > 3.0
    assert not result.flat_volume
    assert -40.0 < result.level_dbfs < -10.0
    assert 80.0 < result.pitch_median_hz < 300.0
    assert voice_findings(result, "en", duration=70.6) == []


def test_real_speech_at_44_1_khz_and_stereo_input(speech_dir: Path) -> None:
    """jfk.flac (44.1 kHz, two channels) is mixed to mono first: same result as averaging by hand."""
    samples, rate = sf.read(speech_dir / "jfk.flac", dtype="float32", always_2d=True)
    assert rate == 44100
    stereo = analyse_voice(samples, rate)
    mono = analyse_voice(samples.mean(axis=1), rate)
    assert stereo.pitch_median_hz == pytest.approx(mono.pitch_median_hz)
    assert stereo.voiced_seconds > 2.0


def test_silence_and_short_input_give_zeros_not_errors() -> None:
    """Digital silence and a clip shorter than one frame are measured as nothing, never NaN."""
    for samples in (np.zeros(RATE * 3, dtype=np.float32), np.zeros(100, dtype=np.float32)):
        result = analyse_voice(samples, RATE)
        assert result.pitch_windows == 0
        assert not result.monotone
        assert np.isfinite([result.level_dbfs, result.loudness_std_db, result.pitch_std_semitones]).all()
    assert FindingKind.VOICE.value == "voice"
