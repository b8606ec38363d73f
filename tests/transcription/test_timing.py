"""Word edges around pauses are snapped to where the audio really goes quiet."""

from __future__ import annotations

import numpy as np

from studio.core.model import Word
from studio.services.transcription.timing import refine_word_edges

SR = 16_000


def test_an_early_word_end_before_a_pause_moves_to_the_real_silence() -> None:
    speech = 0.2 * np.sin(np.linspace(0, 2000, 2 * SR)).astype(np.float32)
    audio = np.concatenate([speech, np.zeros(2 * SR, dtype=np.float32), speech])  # silence 2.0–4.0 s
    words = [Word("hello", 1.0, 1.2), Word("again", 4.3, 4.8)]  # whisper-style early end, late start
    refined = refine_word_edges(words, audio, SR)
    assert abs(refined[0].end - 2.0) <= 0.02
    assert abs(refined[1].start - 4.0) <= 0.02
    assert refined[0].start == 1.0 and refined[1].end == 4.8


def test_offset_timeline_and_untouched_words_without_a_pause() -> None:
    speech = 0.2 * np.sin(np.linspace(0, 3000, 3 * SR)).astype(np.float32)
    words = [Word("a", 10.1, 10.5), Word("b", 10.6, 11.0), Word("c", 11.1, 11.5)]
    assert refine_word_edges(words, speech, SR, offset=10.0) == words
