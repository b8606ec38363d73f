"""Live chunking cuts at real pauses, never too early, by force when nobody pauses; audio conversion is right."""

from __future__ import annotations

import numpy as np

from studio.services.transcription.chunker import ChunkSettings, as_mono_float, find_cut, leading_trim, to_16k

SR = 16_000


def _tone(seconds: float, level: float = 0.2, freq: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    # amplitude-modulated so the level is speech-like (never a flat line)
    return (level * np.sin(2 * np.pi * freq * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))).astype(np.float32)


def _silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SR), dtype=np.float32)


def test_no_cut_before_the_minimum_chunk_length() -> None:
    audio = np.concatenate([_tone(2), _silence(1.5), _tone(2)])
    assert find_cut(audio, SR) is None


def test_cut_lands_in_the_first_long_pause_after_the_minimum() -> None:
    audio = np.concatenate([_tone(3), _silence(1.5), _tone(4), _silence(1.5), _tone(3)])
    cut = find_cut(audio, SR)
    assert cut is not None
    assert 8.5 <= cut / SR <= 9.0  # inside the second pause (8.5–10 s), not the first (too early)


def test_an_ongoing_pause_at_the_end_is_cut_without_waiting() -> None:
    audio = np.concatenate([_tone(7), _silence(1.2)])
    cut = find_cut(audio, SR)
    assert cut is not None and 7.0 <= cut / SR <= 7.3


def test_short_pauses_do_not_cut_but_the_maximum_forces_a_cut_at_the_quietest_point() -> None:
    pieces = []
    for _ in range(9):
        pieces += [_tone(2.6), _silence(0.3)]
    audio = np.concatenate(pieces)  # 26.1 s with only 0.3 s pauses
    settings = ChunkSettings()
    assert find_cut(audio[: 20 * SR], SR, settings) is None
    cut = find_cut(audio, SR, settings)
    assert cut is not None
    seconds = cut / SR
    assert settings.max_chunk / 2 <= seconds <= settings.max_chunk
    assert float(np.abs(audio[cut - 800 : cut + 800]).max()) < 0.2  # near a quiet gap, not mid-tone


def test_leading_silence_is_trimmed_with_a_small_pad_and_silent_chunks_are_skipped() -> None:
    audio = np.concatenate([_silence(3), _tone(2)])
    trim = leading_trim(audio, SR)
    assert trim is not None and 2.7 <= trim / SR <= 2.85
    assert leading_trim(_silence(5), SR) is None


def test_resampling_to_16k_keeps_duration_and_pitch() -> None:
    for rate in (48_000, 44_100, 16_000):
        t = np.arange(rate) / rate
        audio = np.sin(2 * np.pi * 440 * t).astype(np.float32)
        out = to_16k(audio, rate)
        assert abs(len(out) - SR) <= 2
        spectrum = np.abs(np.fft.rfft(out))
        assert abs(int(np.argmax(spectrum)) - 440) <= 2  # 1 Hz bins over one second


def test_int16_and_stereo_blocks_become_mono_float() -> None:
    stereo = np.array([[16384, -32768], [-16384, 100]], dtype=np.int16)
    mono = as_mono_float(stereo)
    assert mono.dtype == np.float32
    assert mono.tolist() == [0.5, -0.5]
