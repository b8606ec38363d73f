"""Hallucination guard for recogniser output.

Whisper-family models sometimes loop ("Okay. Okay. Okay. ...") on noise or silence, or emit runs of
words they are not at all sure of. Left in the transcript, those would be counted as fillers, stutters
or even banned claims. This module removes them *before* any scoring and returns what it removed, so
the report can say so and a person can check.

Pure functions over :mod:`studio.core.model` types; no model, no I/O.

Three rules, applied in this order:

1. **Repeated segments** — a segment whose normalised text equals the previous kept segment's text is
   dropped (the first one is kept: it may be real speech).
2. **N-gram loops** — when the same 1..``max_ngram`` words repeat back to back more than
   ``max_repeats`` times, the first occurrence is kept and the rest dropped. Human stutters ("I I I")
   repeat at most a few times, so the default threshold keeps them.
3. **Low-confidence runs** — ``min_low_run`` or more consecutive words with probability below
   ``low_probability`` are dropped. A single unsure word is kept (it may be a real mumble).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from studio.core.model import Segment, Word

_PUNCT_RE = re.compile(r"[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class GuardSettings:
    """Thresholds for :func:`guard`; the defaults keep real stutters and drop model loops."""

    max_ngram: int = 4
    max_repeats: int = 3
    low_probability: float = 0.1
    min_low_run: int = 3


@dataclass(frozen=True, slots=True)
class Dropped:
    """One stretch the guard removed, and why ("repeated segment", "repetition loop", "low confidence")."""

    reason: str
    start: float
    end: float
    text: str


@dataclass(frozen=True, slots=True)
class GuardResult:
    """The cleaned segments and words, plus what was removed."""

    segments: tuple[Segment, ...]
    words: tuple[Word, ...]
    dropped: tuple[Dropped, ...]


def normalise(text: str) -> str:
    """Lower-case, punctuation-free, single-spaced text for comparing words and segments."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PUNCT_RE.sub(" ", text).split())


def _joined(words: Sequence[Word], joiner: str) -> str:
    return joiner.join(w.text.strip() for w in words if w.text.strip())


def _loop_positions(keys: Sequence[str], settings: GuardSettings) -> set[int]:
    """Indices of words that belong to a back-to-back n-gram loop (all but the first occurrence)."""
    drop: set[int] = set()
    n_words = len(keys)
    for n in range(1, settings.max_ngram + 1):
        i = 0
        while i + n <= n_words:
            gram = keys[i : i + n]
            if not any(gram):
                i += 1
                continue
            repeats = 1
            j = i + n
            while j + n <= n_words and keys[j : j + n] == gram:
                repeats += 1
                j += n
            if repeats > settings.max_repeats:
                drop.update(range(i + n, j))
                i = j
            else:
                i += 1
    return drop


def _low_runs(words: Sequence[Word], settings: GuardSettings) -> set[int]:
    drop: set[int] = set()
    run: list[int] = []
    for index, word in enumerate([*words, None]):
        if word is not None and word.probability < settings.low_probability:
            run.append(index)
            continue
        if len(run) >= settings.min_low_run:
            drop.update(run)
        run = []
    return drop


def _spans(indices: set[int], words: Sequence[Word], reason: str, joiner: str) -> list[Dropped]:
    """Group dropped word indices into contiguous stretches for the report."""
    out: list[Dropped] = []
    group: list[int] = []
    for index in sorted(indices):
        if group and index != group[-1] + 1:
            out.append(_span(group, words, reason, joiner))
            group = []
        group.append(index)
    if group:
        out.append(_span(group, words, reason, joiner))
    return out


def _span(group: list[int], words: Sequence[Word], reason: str, joiner: str) -> Dropped:
    chosen = [words[i] for i in group]
    return Dropped(reason, chosen[0].start, chosen[-1].end, _joined(chosen, joiner))


def guard(
    decoded: Sequence[tuple[Segment, Sequence[Word]]],
    *,
    settings: GuardSettings = GuardSettings(),
    joiner: str = " ",
) -> GuardResult:
    """Clean decoded ``(segment, its words)`` pairs; ``joiner`` rebuilds edited segment text ("" for Chinese)."""
    dropped: list[Dropped] = []

    # 1. Repeated identical consecutive segments.
    kept_pairs: list[tuple[Segment, Sequence[Word]]] = []
    previous_key: str | None = None
    for segment, seg_words in decoded:
        key = normalise(segment.text)
        if key and key == previous_key:
            dropped.append(Dropped("repeated segment", segment.start, segment.end, segment.text.strip()))
            continue
        if key:
            previous_key = key
        kept_pairs.append((segment, seg_words))

    # 2 and 3 work on the flat word list; remember which segment each word came from.
    flat: list[Word] = []
    owner: list[int] = []
    for seg_index, (_segment, seg_words) in enumerate(kept_pairs):
        flat.extend(seg_words)
        owner.extend([seg_index] * len(seg_words))
    keys = [normalise(w.text) for w in flat]

    loop_drop = _loop_positions(keys, settings)
    dropped.extend(_spans(loop_drop, flat, "repetition loop", joiner))
    low_drop = _low_runs(flat, settings) - loop_drop
    dropped.extend(_spans(low_drop, flat, "low confidence", joiner))
    removed = loop_drop | low_drop

    by_segment: list[list[int]] = [[] for _ in kept_pairs]
    for index, seg_index in enumerate(owner):
        by_segment[seg_index].append(index)
    segments: list[Segment] = []
    words: list[Word] = []
    for (segment, _seg_words), mine in zip(kept_pairs, by_segment, strict=True):
        survivors = [flat[i] for i in mine if i not in removed]
        words.extend(survivors)
        if len(survivors) == len(mine):
            segments.append(segment)
        elif survivors:
            segments.append(
                Segment(
                    start=segment.start,
                    end=segment.end,
                    text=_joined(survivors, joiner),
                    avg_logprob=segment.avg_logprob,
                    no_speech_prob=segment.no_speech_prob,
                )
            )
    dropped.sort(key=lambda d: (d.start, d.end))
    return GuardResult(tuple(segments), tuple(words), tuple(dropped))


__all__ = ["Dropped", "GuardResult", "GuardSettings", "guard", "normalise"]
