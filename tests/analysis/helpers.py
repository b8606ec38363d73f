"""Build transcripts with hand-chosen word times for the analysis tests."""

from __future__ import annotations

from collections.abc import Sequence

from studio.core.model import Transcript, Word


def timed(
    tokens: Sequence[str] | str,
    *,
    start: float = 0.0,
    length: float = 0.3,
    gap: float = 0.1,
    gaps: dict[int, float] | None = None,
) -> list[Word]:
    """Words of ``length`` seconds, ``gap`` apart; ``gaps[i]`` replaces the gap before word ``i``."""
    items = tokens.split() if isinstance(tokens, str) else list(tokens)
    words: list[Word] = []
    clock = start
    for i, token in enumerate(items):
        if i:
            clock += (gaps or {}).get(i, gap)
        words.append(Word(token, round(clock, 6), round(clock + length, 6)))
        clock += length
    return words


def transcript(words: Sequence[Word], *, language: str = "en", duration: float | None = None) -> Transcript:
    end = words[-1].end if words else 0.0
    return Transcript(language, end if duration is None else duration, "test", words=tuple(words))
