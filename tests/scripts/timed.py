"""Build transcripts with word timestamps chosen by the test, so expected times can be checked by hand."""

from __future__ import annotations

from studio.core.model import Transcript, Word


def timed(text: str, *, start: float = 0.0, step: float = 0.5, language: str = "en") -> Transcript:
    """One word every ``step`` seconds from ``start``. Chinese: each space-separated chunk is one word (as Whisper
    groups characters), so write ``"这款 重庆 火锅 底料"``. A ``|pause:N|`` token inserts N seconds of silence."""
    words: list[Word] = []
    t = start
    for token in text.split():
        if token.startswith("|pause:"):
            t += float(token[len("|pause:") : -1])
            continue
        words.append(Word(token, round(t, 3), round(t + step * 0.8, 3)))
        t += step
    return Transcript(language=language, duration=round(t, 3), model="hand-made", words=tuple(words))


def at(transcript: Transcript, word: str) -> float:
    """The start time of the first word equal to ``word`` (to assert times without recomputing them)."""
    return next(w.start for w in transcript.words if w.text == word)
