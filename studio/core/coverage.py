"""Script coverage: did the host say what the run-sheet asks, in order, in time, and describe what viewers see?

Given a :class:`~studio.core.script.RunSheet` and a :class:`~studio.core.model.Transcript` with word timestamps,
:func:`score_coverage` decides for each line of the sheet whether it was **covered**, **partly** covered or
**missed**, when, and with which words; checks the order of products (and of items in a ``order: strict``
product), the ``say-within`` limits, counts how often the price and the call to action come back, and runs the
describe-what-viewers-see check (:func:`find_deixis`). The result is a frozen :class:`CoverageResult` with
``Finding`` objects the report composer ranks and speaks.

How matching works, and why:

- The transcript is normalised (NFC, half-width, Simplified Chinese, case-folded, punctuation dropped) and laid
  out as one string with a map from every character back to its word, so one fast rapidfuzz call
  (``partial_ratio_alignment``) finds the best-matching window of a phrase anywhere in an hour of speech in about
  a millisecond, and the window maps back to word times and a quote. Spaced languages are padded with spaces so
  a match prefers whole words; Chinese is matched on characters without spaces.
- Recognisers misspell ("phin" → "fin", "giỏ hàng" → "giỏ hàn"): a score of 85 or more is "covered", 70 or more
  "partly". Short phrases (under six characters) need 90, since a fuzzy match of "buy" is found everywhere.
  A match is then re-scored on whole words (a word more or less at each end), which forgives a recogniser that
  merged or split words ("shield profile case" for "Shield Pro phone case") and gives quotes clean word edges.
- The *earliest* good-enough match counts, not the best one: hosts repeat lines, and order and say-within are
  about when a line was first said.
- Numbers inside phrases match by value ("mua 2 tặng 1" = "mua hai tặng một"); a close match with a different
  number ("mua 3 tặng 1") is only "partly".
- Vietnamese recognised without tones is matched a second time with diacritics stripped from both sides, at a
  lower score (claims-law.md §6.1: exact first, tone-less only as a fallback).
- A talking point with commas ("hương vị đậm đà, rang xay thủ công") lists ideas that should all be said: each
  is matched on its own; some but not all said is "partly", and the suggestion names the missing ones.
- Prices are matched by value (``studio.core.numbers``): "99.000 đồng" on the sheet is covered by "99 nghìn",
  "chín mươi chín nghìn" or "99k" in the transcript. A bare "99" is shorthand: partly.
- An item is looked for first in its product's part of the stream (from the product name to the next product),
  then anywhere; a product starts when its name is first said (or, if never said, at its first covered item).
- Gaps between calls to action include the stretch from the start and to the end of the stream: a viewer who
  joins during a long gap never hears how to buy.

Findings are written in the feedback language (``language=``, else the transcript's) from the phrase tables of
``studio.core.report`` (keys ``cov_*`` and ``deixis*``), with times and durations said in words
(``studio.core.say``); quotes of the host's words keep the transcript's own script and spacing.

Pure Python (rapidfuzz for the fuzzy scores, numpy to lay out the text); no Qt, no devices. About 50–80 ms of CPU
for a one-hour transcript (``benchmarks/bench_coverage.py``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
from rapidfuzz import fuzz

from studio.core import textnorm
from studio.core.language import language_code, profile
from studio.core.model import Finding, FindingKind, Severity, Transcript, Word
from studio.core.numbers import NumberMention, extract_numbers, value_match
from studio.core.report import PHRASES, join_words, quote_gap
from studio.core.report import phrase as _phrase
from studio.core.say import say_clock, say_duration
from studio.core.script import ItemKind, OrderMode, Product, RunSheet, ScriptItem

__all__ = [
    "COVERED_SCORE",
    "PARTLY_SCORE",
    "CoverageResult",
    "CoverageStatus",
    "Haystack",
    "ItemCoverage",
    "Mention",
    "ProductCoverage",
    "TimedNumber",
    "find_deixis",
    "match_form",
    "match_forms",
    "score_coverage",
    "timed_numbers",
]

COVERED_SCORE = 85.0
PARTLY_SCORE = 70.0
SHORT_PHRASE_CHARS = 6
SHORT_PHRASE_SCORE = 90.0
LEAD_IN_S = 5.0
"""The first product's lines may start this many seconds before its name is first said."""
_MAX_CALLS = 48
"""Fuzzy searches per phrase and range at most: bounds the cost of a phrase that half-matches everywhere."""
TONELESS_PENALTY = 0.92
"""A tone-less Vietnamese match scores a little lower: the same letters can be different words."""


class CoverageStatus(str, Enum):
    COVERED = "covered"
    PARTLY = "partly"
    MISSED = "missed"


@dataclass(frozen=True, slots=True)
class ItemCoverage:
    """How one run-sheet line was covered."""

    product: str
    item: ScriptItem
    status: CoverageStatus
    score: float
    """0–100: how closely the best match follows the phrase (100 for a price said with the same value)."""
    start: float | None = None
    end: float | None = None
    quote: str = ""
    missing: tuple[str, ...] = ()
    """For a partly covered talking point: the ideas (comma-separated parts) not heard."""
    in_time: bool = True
    """False when the product has a say-within limit and this was said only after it."""

    @property
    def time(self) -> float | None:
        """When the line was first said well enough (seconds), or None if it was missed."""
        return self.start


@dataclass(frozen=True, slots=True)
class ProductCoverage:
    """Where a product's segment started and how much of it was covered."""

    name: str
    start: float | None
    covered: int
    partly: int
    missed: int
    order_followed: bool = True
    """Within the product, when its order is strict."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One time the price or a call to action was said."""

    start: float
    end: float
    quote: str
    product: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class CoverageResult:
    """Everything :func:`score_coverage` found; ``findings`` are ready for the report."""

    items: tuple[ItemCoverage, ...]
    products: tuple[ProductCoverage, ...]
    order_followed: bool
    price_mentions: tuple[Mention, ...]
    cta_mentions: tuple[Mention, ...]
    findings: tuple[Finding, ...]
    metrics: dict[str, float]


# --------------------------------------------------------------------------- the matchable transcript


_STEPS = (textnorm.NFC, textnorm.FULLWIDTH, textnorm.TRADITIONAL_TO_SIMPLIFIED, textnorm.CASEFOLD)
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_PART_SPLIT = re.compile(r"[,;]\s+|[，、；;]")


def match_form(text: str, spaced: bool) -> str:
    """The matching form of a phrase or a word: normalised, no punctuation, single spaces (none for Chinese)."""
    text = _PUNCT.sub(" ", textnorm.normalise(text, _STEPS))
    return " ".join(text.split()) if spaced else "".join(text.split())


def match_forms(words: Sequence[Word], spaced: bool) -> list[str]:
    """The matching form of every word, normalised in one call (OpenCC is slow per call); per word if the line
    structure did not survive normalisation."""
    texts = [w.text.replace("\n", " ") for w in words]
    lines = textnorm.normalise("\n".join(texts), _STEPS).split("\n")
    if len(lines) != len(texts):
        lines = [textnorm.normalise(t, _STEPS) for t in texts]
    out = []
    for line in lines:
        line = _PUNCT.sub(" ", line)
        out.append(" ".join(line.split()) if spaced else "".join(line.split()))
    return out


@dataclass(frozen=True, slots=True)
class Haystack:
    """The transcript as one string plus the word each character belongs to."""

    text: str
    owner: tuple[int, ...]
    spaced: bool
    spans: tuple[tuple[int, int], ...]
    """Each word's characters ``[start, end)`` in ``text`` (empty for words with no letters)."""

    @classmethod
    def build(cls, tokens: Sequence[str], spaced: bool) -> Haystack:
        # Built with numpy: a one-hour transcript has ~9,000 words and this runs several times per check.
        sep = " " if spaced else ""
        lead = len(sep)
        lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
        widths = np.where(lengths > 0, lengths + len(sep), 0)
        starts = lead + np.concatenate(([0], np.cumsum(widths)[:-1])) if len(tokens) else np.zeros(0, np.int64)
        owner = np.repeat(np.arange(len(tokens)), widths).tolist()
        spans = tuple(zip(starts.tolist(), (starts + lengths).tolist(), strict=True))
        text = sep + "".join(t + sep for t in tokens if t)
        return cls(text, tuple([0] * lead + owner), spaced, spans)

    def words_in(self, start: int, end: int) -> tuple[int, int]:
        """The words a matched character range ``[start, end)`` covers: those with more than half their characters
        inside it, so a fuzzy match that grazes a neighbouring word does not drag it into the quote."""
        first = self.owner[min(start, len(self.owner) - 1)]
        last = self.owner[min(max(start, end - 1), len(self.owner) - 1)]

        def share(index: int) -> float:
            a, b = self.spans[index]
            return (min(b, end) - max(a, start)) / (b - a) if b > a else 0.0

        # Chinese words are chunks of characters cut anywhere, so half a word counts there.
        enough = 0.5 if self.spaced else 0.49
        while first < last and share(first) <= enough:
            first += 1
        while last > first and share(last) <= enough:
            last -= 1
        return first, last

    def refine(self, core: str, score: float, first: int, last: int) -> tuple[float, int, int]:
        """Re-score a match on whole words, a word more or less at each end, and keep the best.

        ``partial_ratio`` compares windows exactly as long as the phrase, so a recogniser that heard a longer word
        ("shield profile case" for "shield pro phone case") loses points it should not; a plain ratio over whole
        words forgives insertions and deletions and gives the quote exact word edges.
        """
        best = (score, first, last)
        for lo in (first - 1, first, first + 1):
            for hi in (last - 1, last, last + 1):
                if lo < 0 or hi >= len(self.spans) or lo > hi:
                    continue
                a, b = self.spans[lo][0], self.spans[hi][1]
                if b <= a:
                    continue
                candidate = fuzz.ratio(core, self.text[a:b])
                if candidate > best[0]:
                    best = (candidate, lo, hi)
        return best

    def char_at_time(self, words: Sequence[Word], starts: Sequence[float], seconds: float) -> int:
        """The first character of the first word starting at or after ``seconds``."""
        index = bisect.bisect_left(starts, seconds)
        if index >= len(words):
            return len(self.text)
        return bisect.bisect_left(self.owner, index)


@dataclass(frozen=True, slots=True)
class _Hit:
    score: float
    first: int
    last: int
    """Word indices, inclusive."""


class _Matcher:
    """Fuzzy phrase search over one transcript, with the times and quotes of the words found."""

    def __init__(self, transcript: Transcript, languages: Sequence[str] = ()) -> None:
        self.words = transcript.words
        self.language = language_code(transcript.language)
        self.languages = tuple(dict.fromkeys((self.language, *languages)))
        self.spaced = self.language != "zh"
        self.starts = [w.start for w in self.words]
        cleaned = match_forms(self.words, self.spaced)
        self.tokens = cleaned
        self.hay = Haystack.build(cleaned, self.spaced)
        self.toneless: Haystack | None = None
        if self.language == "vi":
            stripped = textnorm.strip_diacritics("\n".join(cleaned)).split("\n")  # one call, not one per word
            if len(stripped) != len(cleaned):
                stripped = [textnorm.strip_diacritics(t) for t in cleaned]
            self.toneless = Haystack.build(stripped, True)
        self.numbers = timed_numbers(self.words, self.languages, self.spaced)
        # A copy where every number is written as its value, so "mua 2 tặng 1" matches "mua hai tặng một".
        numeric = list(cleaned)
        for number in self.numbers:
            numeric[number.first] = _number_text(number.mention.value)
            for index in range(number.first + 1, number.last + 1):
                numeric[index] = ""
        self.numeric = Haystack.build(numeric, self.spaced)
        self.values_at: dict[int, list[float]] = {}
        for number in self.numbers:
            self.values_at.setdefault(number.first, []).append(number.mention.value)

    def phrase_values(self, phrase: str) -> list[float]:
        for language in self.languages:
            mentions = extract_numbers(phrase, language)
            if mentions:
                return [m.value for m in mentions]
        return []

    def numbers_agree(self, values: Sequence[float], hit: _Hit) -> bool:
        """Whether every number of the phrase was said in the matched words ("mua 3 tặng 1" is not "mua 2 tặng 1")."""
        said = [v for i in range(hit.first, hit.last + 1) for v in self.values_at.get(i, ())]
        return all(any(abs(v - s) < 1e-6 for s in said) for v in values)

    def numeric_phrase(self, phrase: str) -> str | None:
        """``phrase`` with its numbers written as values, or None if it has no numbers."""
        for language in self.languages:
            mentions = extract_numbers(phrase, language)
            if mentions:
                out, last = [], 0
                for mention in mentions:
                    out.append(phrase[last : mention.start])
                    out.append(f" {_number_text(mention.value)} ")
                    last = mention.end
                out.append(phrase[last:])
                return "".join(out)
        return None

    # ----------------------------------------------------------------- time helpers

    def char_range(self, hay: Haystack, start: float | None, end: float | None) -> tuple[int, int]:
        lo = 0 if start is None else hay.char_at_time(self.words, self.starts, start)
        hi = len(hay.text) if end is None else hay.char_at_time(self.words, self.starts, end)
        return lo, max(lo, hi)

    def quote(self, first: int, last: int) -> str:
        """The words as recognised (not normalised), with "$19" ".99" joined back into "$19.99", spaced as the
        language is written (none between Chinese characters)."""
        parts: list[str] = []
        for word in self.words[first : last + 1]:
            text = word.text.strip()
            if parts and _DECIMAL_TAIL.match(text):
                parts[-1] += text
            elif text:
                parts.append(text)
        return join_words(parts)

    # ----------------------------------------------------------------- search

    def needle(self, phrase: str, toneless: bool = False) -> str:
        text = match_form(phrase, self.spaced)
        if toneless:
            text = textnorm.strip_diacritics(text)
        return f" {text} " if self.spaced and text else text

    def threshold(self, needle: str) -> float:
        return SHORT_PHRASE_SCORE if len(needle.strip()) < SHORT_PHRASE_CHARS else COVERED_SCORE

    def best(self, phrase: str, start: float | None = None, end: float | None = None) -> _Hit | None:
        """Where ``phrase`` was said between ``start`` and ``end`` seconds: its *earliest* match good enough to
        count as covered, else its best match scoring at least PARTLY_SCORE, else None.

        Earliest, not best: a host repeats the price and the call to action, and order and say-within checks are
        about when a line was first said. Numbers are also matched as values, and tone-less Vietnamese as a
        lower-scored fallback.
        """
        searches: list[tuple[Haystack, str, float]] = [(self.hay, self.needle(phrase), 1.0)]
        numeric = self.numeric_phrase(phrase)
        if numeric is not None:
            searches.append((self.numeric, self.needle(numeric), 1.0))
        if self.toneless is not None:
            searches.append((self.toneless, self.needle(phrase, toneless=True), TONELESS_PENALTY))
        covered: list[_Hit] = []
        partial: list[_Hit] = []
        for hay, needle, factor in searches:
            if not needle.strip():
                continue
            lo, hi = self.char_range(hay, start, end)
            first_covered, best_partial = self._search(hay, needle, lo, hi, factor)
            if first_covered is not None:
                covered.append(first_covered[1])
            elif best_partial is not None:
                partial.append(best_partial)
            if first_covered is not None and factor == 1.0 and hay is self.hay:
                break  # an exact-form match: the fallbacks cannot do better
        values = self.phrase_values(phrase) if numeric is not None else []
        if values:
            # A close match with a different number is the wrong offer: at most partly said.
            wrong = [h for h in covered if not self.numbers_agree(values, h)]
            covered = [h for h in covered if h not in wrong]
            partial += [_Hit(PARTLY_SCORE, h.first, h.last) for h in wrong]
        if covered:
            return min(covered, key=lambda h: (self.words[h.first].start, -h.score))
        return max(partial, key=lambda h: h.score, default=None)

    def _search(
        self, hay: Haystack, needle: str, lo: int, hi: int, factor: float
    ) -> tuple[tuple[int, _Hit] | None, _Hit | None]:
        """(earliest covered match with its character offset, best partial match) of ``needle`` in ``[lo, hi)``.

        Each rapidfuzz call finds the best window of a range; the ranges left and right of it are searched again,
        but once a covered match is found only the part before it, so a phrase said forty times costs a few calls.
        """
        needed = self.threshold(needle)
        cutoff = min(100.0, (needed if len(needle.strip()) < SHORT_PHRASE_CHARS else PARTLY_SCORE) / factor)
        covered: tuple[int, _Hit] | None = None
        partial: _Hit | None = None
        stack = [(lo, hi)]
        calls = 0
        while stack and calls < _MAX_CALLS:
            a, b = stack.pop()
            if covered is not None and a >= covered[0]:
                continue
            if b - a < len(needle.strip()):
                continue
            calls += 1
            found = fuzz.partial_ratio_alignment(needle, hay.text[a:b], score_cutoff=cutoff)
            if found is None or found.score < cutoff:
                continue
            start, end = a + found.dest_start, a + found.dest_end
            score, first, last = hay.refine(needle.strip(), found.score, *hay.words_in(start, end))
            hit = _Hit(score * factor, first, last)
            if hit.score >= needed:
                if covered is None or start < covered[0]:
                    covered = (start, hit)
                stack.append((a, start))
            else:
                if partial is None or hit.score > partial.score:
                    partial = hit
                stack.append((end, b))
                stack.append((a, start))
        return covered, partial

    def find_all(self, phrase: str, minimum: float) -> list[_Hit]:
        """Every non-overlapping match of ``phrase`` scoring at least ``minimum``, in time order."""
        needle = self.needle(phrase)
        if not needle.strip():
            return []
        minimum = max(minimum, self.threshold(needle))
        hits: list[_Hit] = []
        stack = [(0, len(self.hay.text))]
        while stack:
            lo, hi = stack.pop()
            if hi - lo < len(needle.strip()):
                continue
            found = fuzz.partial_ratio_alignment(needle, self.hay.text[lo:hi], score_cutoff=minimum)
            if found is None or found.score < minimum:
                continue
            a, b = lo + found.dest_start, lo + found.dest_end
            hits.append(_Hit(found.score, *self.hay.words_in(a, b)))
            stack.append((lo, a))
            stack.append((b, hi))
        return sorted(hits, key=lambda h: h.first)


# --------------------------------------------------------------------------- numbers in the transcript


@dataclass(frozen=True, slots=True)
class TimedNumber:
    mention: NumberMention
    first: int
    last: int


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


_DECIMAL_TAIL = re.compile(r"[.,]\d")


def timed_numbers(words: Sequence[Word], languages: Iterable[str], spaced: bool) -> list[TimedNumber]:
    sep = " " if spaced else ""
    parts: list[str] = []
    owner: list[int] = []
    for index, word in enumerate(words):
        text = word.text.strip()
        if sep and parts and _DECIMAL_TAIL.match(text) and parts[-1][-2:-1].isdigit():
            # Whisper splits "$19.99" into "$19" and ".99": read them as one number again.
            parts[-1] = parts[-1][: -len(sep)]
            del owner[-len(sep) :]
        parts.append(text + sep)
        owner.extend([index] * (len(text) + len(sep)))
    text = "".join(parts)
    if not text:
        return []
    found: dict[tuple[int, int], TimedNumber] = {}
    for language in dict.fromkeys(languages):
        for mention in extract_numbers(text, language):
            if mention.span in found:
                continue
            first = owner[min(mention.start, len(owner) - 1)]
            last = owner[min(max(mention.end - 1, mention.start), len(owner) - 1)]
            found[mention.span] = TimedNumber(mention, first, last)
    return sorted(found.values(), key=lambda t: t.mention.start)


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class _Found:
    status: CoverageStatus
    score: float
    first: int | None = None
    last: int | None = None
    missing: tuple[str, ...] = ()
    quotes: tuple[tuple[int, int], ...] = ()


_MISSED = _Found(CoverageStatus.MISSED, 0.0)
_RANK = {CoverageStatus.COVERED: 2, CoverageStatus.PARTLY: 1, CoverageStatus.MISSED: 0}


def _better(a: _Found, b: _Found) -> _Found:
    return a if (_RANK[a.status], a.score) >= (_RANK[b.status], b.score) else b


def _status(score: float, needed: float) -> CoverageStatus:
    if score >= needed:
        return CoverageStatus.COVERED
    return CoverageStatus.PARTLY if score >= PARTLY_SCORE else CoverageStatus.MISSED


def _match_text(m: _Matcher, item: ScriptItem, start: float | None, end: float | None) -> _Found:
    best = _MISSED
    split = item.kind in (ItemKind.POINT, ItemKind.DISCLAIMER)
    for phrase in item.phrases:
        parts = [p.strip() for p in _PART_SPLIT.split(phrase)] if split else [phrase]
        parts = [p for p in parts if match_form(p, m.spaced)] or [phrase]
        hits = [(part, m.best(part, start, end)) for part in parts]
        statuses = [
            _status(h.score, m.threshold(m.needle(part))) if h else CoverageStatus.MISSED for part, h in hits
        ]
        said = [(part, h) for (part, h), s in zip(hits, statuses, strict=True) if h and s != CoverageStatus.MISSED]
        if not said:
            continue
        if all(s == CoverageStatus.COVERED for s in statuses):
            status = CoverageStatus.COVERED
        else:
            status = CoverageStatus.PARTLY
        missing = tuple(part for (part, _), s in zip(hits, statuses, strict=True) if s != CoverageStatus.COVERED)
        score = sum(h.score if h else 0.0 for _, h in hits) / len(hits)
        found = _Found(
            status,
            score,
            first=min(h.first for _, h in said),
            last=max(h.last for _, h in said),
            missing=missing if status == CoverageStatus.PARTLY else (),
            quotes=tuple(sorted((h.first, h.last) for _, h in said)),
        )
        best = _better(found, best)
    return best


def _match_price(
    m: _Matcher, item: ScriptItem, numbers: Sequence[TimedNumber], start: float | None, end: float | None
) -> _Found:
    best = _MISSED
    for number in numbers:
        time = m.words[number.first].start
        if (start is not None and time < start) or (end is not None and time >= end):
            continue
        confidence = max((value_match(v, number.mention) for v in item.values), default=0.0)
        if confidence <= 0:
            continue
        status = CoverageStatus.COVERED if confidence >= 1.0 else CoverageStatus.PARTLY
        found = _Found(status, 100.0 * confidence, number.first, number.last, quotes=((number.first, number.last),))
        if _RANK[found.status] > _RANK[best.status]:
            best = found  # the first (earliest) mention of the best kind
    return best  # no text fallback: a price is said right only with the right value


def _match(
    m: _Matcher, item: ScriptItem, numbers: Sequence[TimedNumber], start: float | None, end: float | None
) -> _Found:
    if item.kind == ItemKind.PRICE and item.values:
        return _match_price(m, item, numbers, start, end)
    return _match_text(m, item, start, end)


def _first_name_time(m: _Matcher, product: Product) -> float | None:
    """When the product's name (any of its spoken forms) was first said well enough to count as covered."""
    times = []
    for item in product.items:
        if item.kind != ItemKind.NAME:
            continue
        for phrase in item.phrases:
            hit = m.best(phrase)
            if hit is not None and hit.score >= m.threshold(m.needle(phrase)):
                times.append(m.words[hit.first].start)
    return min(times, default=None)


def _mentions(m: _Matcher, hits: Iterable[tuple[int, int, float, str]]) -> tuple[Mention, ...]:
    """Merge overlapping (first word, last word, confidence, product) hits into time-ordered mentions."""
    merged: list[tuple[int, int, float, str]] = []
    for first, last, confidence, product in sorted(hits):
        if merged and first <= merged[-1][1]:
            a, b, c, p = merged[-1]
            merged[-1] = (a, max(b, last), max(c, confidence), p)
        else:
            merged.append((first, last, confidence, product))
    return tuple(
        Mention(m.words[a].start, m.words[b].end, m.quote(a, b), p, round(c, 2)) for a, b, c, p in merged
    )


def _longest_gap(times: Sequence[float], duration: float) -> float:
    points = [0.0, *sorted(times), max(duration, max(times, default=0.0))]
    return float(max((b - a for a, b in itertools.pairwise(points)), default=duration))


def _profile_cta_hits(m: _Matcher) -> list[tuple[int, int, float, str]]:
    """Calls to action from the language's built-in list, for sheets that name none (exact words only)."""
    hits: list[tuple[int, int, float, str]] = []
    for phrase in profile(m.language).cta_phrases:
        needle = match_form(phrase, m.spaced)
        if len(needle) < 2:
            continue  # one Chinese character ("拍", "买") is part of too many ordinary words
        pattern = re.compile(rf"(?<=\s){re.escape(needle)}(?=\s)" if m.spaced else re.escape(needle))
        for found in pattern.finditer(m.hay.text):
            hits.append((m.hay.owner[found.start()], m.hay.owner[found.end() - 1], 1.0, ""))
    return hits


def score_coverage(
    sheet: RunSheet, transcript: Transcript, *, deixis: bool = True, language: str | None = None
) -> CoverageResult:
    """Score a transcript against a run-sheet: coverage per item, order, timing, price and CTA counts, and (unless
    ``deixis`` is False, e.g. for a trainee who switched that check off) the describe-what-viewers-see check with
    the sheet's product names and points counting as descriptions. Callers that pass ``deixis=True`` should not
    also call :func:`find_deixis`, or the findings come twice.

    ``language`` is the feedback language of the findings' messages and suggestions (None: the transcript's)."""
    lang = language_code(language or transcript.language)
    m = _Matcher(transcript, sheet.languages)
    numbers = m.numbers

    # Where each product starts: its name first said; otherwise its first covered item (found below).
    starts: dict[int, float | None] = {i: _first_name_time(m, p) for i, p in enumerate(sheet.products)}
    known = sorted(t for t in starts.values() if t is not None)

    def segment(index: int) -> tuple[float | None, float | None]:
        start = starts[index]
        if start is None:
            return None, None
        later = [t for t in known if t > start]
        return start, (later[0] if later else None)

    coverages: list[ItemCoverage] = []
    product_results: list[ProductCoverage] = []
    findings: list[Finding] = []
    for index, product in enumerate(sheet.products):
        seg_start, seg_end = segment(index)
        lead_in: float | None = None
        if seg_start is not None:
            # Allow a few seconds before the first product's name ("just 99k, the phone case!"); later products
            # start exactly at their name, since the seconds before it belong to the product before.
            lead_in = seg_start if any(t < seg_start for t in known) else max(0.0, seg_start - LEAD_IN_S)
        found_items: list[tuple[ScriptItem, _Found]] = []
        for item in product.items:
            found = _MISSED
            if seg_start is not None:
                found = _match(m, item, numbers, lead_in, seg_end)
            if found.status != CoverageStatus.COVERED:
                found = _better(found, _match(m, item, numbers, None, None))
            found_items.append((item, found))
        if starts[index] is None:
            times = [m.words[f.first].start for _, f in found_items if f.first is not None]
            starts[index] = min(times, default=None)
        start = starts[index]

        in_order = True
        if product.order == OrderMode.STRICT:
            previous: tuple[ScriptItem, float] | None = None
            for item, found in found_items:
                if found.first is None:
                    continue
                time = m.words[found.first].start
                if previous is not None and time + 1e-6 < previous[1]:
                    in_order = False
                    findings.append(_order_item_finding(product, item, time, previous[0], previous[1], lang))
                    break
                previous = (item, time)

        for item, found in found_items:
            in_time = True
            if (
                product.say_within is not None
                and start is not None
                and found.first is not None
                and not item.optional
            ):
                limit = start + product.say_within
                if m.words[found.first].start > limit:
                    early = _match(m, item, numbers, lead_in if lead_in is not None else start, limit)
                    if early.status == found.status or early.status == CoverageStatus.COVERED:
                        found = early
                    else:
                        in_time = False
                        findings.append(_timing_finding(product, item, found, m, start, lang))
            coverage = ItemCoverage(
                product=product.name,
                item=item,
                status=found.status,
                score=round(found.score, 1),
                start=None if found.first is None else m.words[found.first].start,
                end=None if found.last is None else m.words[found.last].end,
                quote=quote_gap(m.language).join(m.quote(a, b) for a, b in found.quotes),
                missing=found.missing,
                in_time=in_time,
            )
            coverages.append(coverage)
            findings.extend(_coverage_findings(coverage, start, lang))
        product_results.append(
            ProductCoverage(
                name=product.name,
                start=start,
                covered=sum(1 for _, f in found_items if f.status == CoverageStatus.COVERED),
                partly=sum(1 for _, f in found_items if f.status == CoverageStatus.PARTLY),
                missed=sum(1 for _, f in found_items if f.status == CoverageStatus.MISSED),
                order_followed=in_order,
            )
        )

    products_in_order = True
    if sheet.order == OrderMode.STRICT:
        seen = [(i, starts[i]) for i in range(len(sheet.products)) if starts[i] is not None]
        for (i, a), (j, b) in itertools.pairwise(seen):
            if a is not None and b is not None and b < a:
                products_in_order = False
                findings.append(
                    Finding(
                        kind=FindingKind.ORDER,
                        severity=Severity.WARNING,
                        start=b,
                        end=a,
                        message=_phrase(
                            "cov_order_products",
                            lang,
                            then=sheet.products[j].name,
                            time=say_clock(b, lang),
                            first=sheet.products[i].name,
                            later=say_clock(a, lang),
                        ),
                        suggestion=_phrase(
                            "cov_order_products_fix", lang, first=sheet.products[i].name, then=sheet.products[j].name
                        ),
                        rule_id="coverage.order.products",
                    )
                )
    order_followed = products_in_order and all(p.order_followed for p in product_results)

    # How often the price and the call to action come back.
    price_hits: list[tuple[int, int, float, str]] = []
    for product in sheet.products:
        values = [v for item in product.items if item.kind == ItemKind.PRICE for v in item.values]
        for number in numbers:
            confidence = max((value_match(v, number.mention) for v in values), default=0.0)
            if confidence > 0:
                price_hits.append((number.first, number.last, confidence, product.name))
    price_mentions = _mentions(m, price_hits)
    cta_hits = [
        (hit.first, hit.last, hit.score / 100.0, product.name)
        for product in sheet.products
        for item in product.items
        if item.kind == ItemKind.CTA
        for phrase in item.phrases
        for hit in m.find_all(phrase, COVERED_SCORE)
    ]
    if not any(item.kind == ItemKind.CTA for _, item in sheet.items):
        cta_hits = _profile_cta_hits(m)
    cta_mentions = _mentions(m, cta_hits)

    extra_terms = [phrase for product in sheet.products for item in product.items
                   if item.kind in (ItemKind.NAME, ItemKind.POINT) for phrase in item.phrases]
    undescribed = (
        _deixis(m.words, m.tokens, m.hay, m.language, _number_words(numbers), extra_terms, lang) if deixis else []
    )
    findings.extend(undescribed)

    required = [c for c in coverages if not c.item.optional]
    covered = sum(1 for c in required if c.status == CoverageStatus.COVERED)
    partly = sum(1 for c in required if c.status == CoverageStatus.PARTLY)
    ratio = (covered + 0.5 * partly) / len(required) if required else 1.0
    if required and covered == len(required) and order_followed and all(c.in_time for c in required):
        findings.append(
            Finding(
                kind=FindingKind.COVERAGE,
                severity=Severity.PRAISE,
                start=0.0,
                end=transcript.duration,
                message=_phrase("cov_complete", lang),
                rule_id="coverage.complete",
            )
        )
    duration = max(transcript.duration, m.words[-1].end if m.words else 0.0)
    metrics: dict[str, float] = {
        "coverage_ratio": round(float(ratio), 3),
        "items_required": float(len(required)),
        "items_covered": float(covered),
        "items_partly": float(partly),
        "items_missed": float(len(required) - covered - partly),
        "optional_covered": float(
            sum(1 for c in coverages if c.item.optional and c.status == CoverageStatus.COVERED)
        ),
        "order_followed": 1.0 if order_followed else 0.0,
        "late_items": float(sum(1 for c in required if not c.in_time)),
        "price_mentions": float(len(price_mentions)),
        "cta_mentions": float(len(cta_mentions)),
        "longest_price_gap_s": round(_longest_gap([x.start for x in price_mentions], duration), 2),
        "longest_cta_gap_s": round(_longest_gap([x.start for x in cta_mentions], duration), 2),
        "deixis_undescribed": float(len(undescribed)),
    }
    findings.sort(key=lambda f: (f.start, f.severity.rank))
    return CoverageResult(
        items=tuple(coverages),
        products=tuple(product_results),
        order_followed=order_followed,
        price_mentions=price_mentions,
        cta_mentions=cta_mentions,
        findings=tuple(findings),
        metrics=metrics,
    )


# --------------------------------------------------------------------------- findings


def _kind(kind: ItemKind, lang: str) -> str:
    """The kind of line as named in feedback: "the price", "giá", "价格", "harga"."""
    return _phrase(f"cov_kind_{kind.value}", lang)


def _what(item: ScriptItem, product: str, lang: str) -> str:
    """The line and its product, as the object of a sentence: "the price of X", "giá của X", "X的价格", "harga X"."""
    if item.kind == ItemKind.POINT:
        return _phrase("cov_what_point", lang, text=item.text, product=product)
    if item.kind == ItemKind.NAME:
        return _phrase("cov_what_name", lang, product=product)
    own = f"cov_what_{item.kind.value}"  # a kind a language words its own way ("lời kêu gọi đặt hàng cho X")
    if own in PHRASES[lang]:
        return _phrase(own, lang, product=product)
    return _phrase("cov_what", lang, kind=_kind(item.kind, lang), product=product)


def _short(item: ScriptItem, lang: str) -> str:
    return _phrase("cov_short_point", lang, text=item.text) if item.kind == ItemKind.POINT else _kind(item.kind, lang)


def _quoted_list(parts: Iterable[str], lang: str) -> str:
    """Script phrases as a list of quotes: “a”; “b” (“a”、“b” in Mandarin)."""
    return ("、" if lang == "zh" else "; ").join(f"“{p}”" for p in parts)


def _coverage_findings(coverage: ItemCoverage, product_start: float | None, lang: str) -> list[Finding]:
    item = coverage.item
    at = product_start or 0.0
    if coverage.status == CoverageStatus.MISSED:
        return [
            Finding(
                kind=FindingKind.COVERAGE,
                severity=Severity.INFO if item.optional else Severity.WARNING,
                start=at,
                end=at,
                message=(
                    _phrase("cov_missed_optional", lang, product=coverage.product, text=item.text)
                    if item.optional
                    else _phrase("cov_missed", lang, what=_what(item, coverage.product, lang))
                ),
                suggestion=_phrase("cov_say", lang, text=item.text),
                rule_id=f"coverage.missed.{item.kind.value}",
                confidence=0.9,
            )
        ]
    if coverage.status == CoverageStatus.PARTLY:
        start = coverage.start if coverage.start is not None else at
        end = coverage.end if coverage.end is not None else start
        missing = coverage.missing or (item.text,)
        return [
            Finding(
                kind=FindingKind.COVERAGE,
                severity=Severity.INFO,
                start=start,
                end=max(start, end),
                message=_phrase("cov_partly", lang, what=_what(item, coverage.product, lang)),
                quote=coverage.quote,
                suggestion=_phrase("cov_partly_fix", lang, parts=_quoted_list(missing, lang)),
                rule_id=f"coverage.partly.{item.kind.value}",
                confidence=0.7,
            )
        ]
    return []


def _order_item_finding(
    product: Product, item: ScriptItem, time: float, before: ScriptItem, later: float, lang: str
) -> Finding:
    """``item`` was said at ``time``, earlier than ``before`` (said at ``later``), which the sheet puts first."""
    return Finding(
        kind=FindingKind.ORDER,
        severity=Severity.WARNING,
        start=time,
        end=later,
        message=_phrase(
            "cov_order_items",
            lang,
            product=product.name,
            item=_short(item, lang),
            time=say_clock(time, lang),
            before=_short(before, lang),
            later=say_clock(later, lang),
        ),
        suggestion=_phrase("cov_order_items_fix", lang, first=before.text, then=item.text),
        rule_id="coverage.order.items",
    )


def _timing_finding(
    product: Product, item: ScriptItem, found: _Found, m: _Matcher, start: float, lang: str
) -> Finding:
    assert found.first is not None and product.say_within is not None
    said = m.words[found.first].start
    late = float(max(1, round(said - (start + product.say_within))))  # whole seconds: "ten seconds too late"
    limit = say_duration(product.say_within, lang)
    return Finding(
        kind=FindingKind.TIMING,
        severity=Severity.WARNING,
        start=said,
        end=m.words[found.last if found.last is not None else found.first].end,
        message=_phrase(
            "cov_late",
            lang,
            what=_what(item, product.name, lang),
            late=say_duration(late, lang),
            limit=limit,
            product=product.name,
        ),
        quote=m.quote(found.first, found.last if found.last is not None else found.first),
        suggestion=_phrase("cov_late_fix", lang, text=item.text, limit=limit),
        rule_id=f"coverage.timing.{item.kind.value}",
    )


# --------------------------------------------------------------------------- deixis


_DEICTIC: dict[str, tuple[str, ...]] = {
    "en": ("this one", "that one", "look here", "right here", "over here", "look at this", "check this out",
           "see this", "this thing", "these ones", "like this"),
    "vi": ("cái này", "đây nè", "nhìn nè", "nhìn đây", "ở đây", "chỗ này", "con này", "em này", "món này",
           "cái đó", "thấy chưa"),
    "zh": ("这个", "这款", "看这里", "看这边", "看这个", "这边", "这里", "这样"),
    "id": ("yang ini", "lihat ini", "ini dia", "di sini", "lihat sini", "yang itu", "kayak gini", "seperti ini"),
}
_DESCRIPTIVE: dict[str, frozenset[str]] = {
    "en": frozenset(
        "red blue green black white pink purple yellow orange brown grey gray gold golden silver beige navy clear "
        "transparent colour color colours colors leather silicone plastic metal glass wood wooden cotton silk rubber "
        "steel aluminium aluminum fabric ceramic paper velvet small big large tiny huge long short thin thick slim "
        "round square wide narrow heavy light soft hard smooth matte glossy shiny rough ml gram grams g kg cm mm "
        "inch inches litre liter litres liters pack pieces piece bottle box jar tube bag striped floral dotted "
        "pattern logo printed design shape size sizes texture handle strap lid cap button pocket edge corner".split()
    ),
    "vi": frozenset(
        "màu đỏ xanh đen trắng hồng tím vàng cam nâu xám bạc da nhựa kim loại kính gỗ cotton lụa vải sứ thủy tinh "
        "to nhỏ lớn dài ngắn mỏng dày tròn vuông nặng nhẹ mềm cứng mịn bóng nhám gói hộp chai lọ hũ túi gam gram "
        "ml ký kg cm size cỡ hạt bột nắp quai họa tiết hoa văn in kích thước hình".split()
    ),
    "id": frozenset(
        "warna merah hitam putih biru hijau kuning pink ungu coklat cokelat abu emas perak bening kulit plastik "
        "logam kaca kayu katun sutra kain keramik besar kecil panjang pendek tipis tebal bulat kotak berat ringan "
        "lembut keras halus mengkilap doff ml gram kg cm botol tube sachet pcs ukuran bentuk motif tekstur tutup "
        "pump pipet tali saku".split()
    ),
}
_ZH_DESCRIPTIVE = (
    "红", "黑", "白", "蓝", "绿", "黄", "粉", "紫", "灰", "金色", "银色", "色", "皮", "塑料", "金属", "玻璃", "木",
    "棉", "丝", "陶瓷", "大", "小", "长", "短", "厚", "薄", "圆", "方", "软", "硬", "克", "毫升", "斤", "包", "盒",
    "瓶", "袋", "片", "厘米", "公分", "尺寸", "形状", "图案", "花纹", "颗", "粒", "块", "辣", "油", "透明", "亮",
)
_POINTING_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("click", "tap", "press", "link", "cart", "basket", "button"),
    "vi": ("bấm", "nhấn", "click", "link", "giỏ"),
    "zh": ("点", "链接", "购物车", "小黄车"),
    "id": ("klik", "tekan", "link", "keranjang"),
}
# Pointers that are also everyday words (zh 这个 is a filler too, "like this" a comparison): lower confidence.
_AMBIGUOUS_DEICTIC = frozenset({"这个", "这里", "这边", "这样", "like this", "ở đây", "di sini", "seperti ini"})
DEIXIS_WINDOW_S = 4.0
DEIXIS_WINDOW_WORDS = 8
DEIXIS_WINDOW_CHARS = 12


def find_deixis(
    transcript: Transcript, *, extra_terms: Iterable[str] = (), language: str | None = None
) -> list[Finding]:
    """Pointing words ("this one", "cái này", "这个", "yang ini") not followed, within a few seconds and words, by a
    spoken description (a colour, size, material, shape, a number, or a word of the product's name or points).

    Viewers who only hear the stream (or cannot see the screen) learn nothing from "look at this one"; a host who
    cannot see the camera needs to know when they did it. ``extra_terms`` adds words that count as describing
    (``score_coverage`` passes the run-sheet's product names and points). Pointing at the cart or a link ("click
    right here") is not flagged: the viewer knows where that is. ``language`` is the feedback language of the
    messages (None: the transcript's).
    """
    spoken = language_code(transcript.language)
    spaced = spoken != "zh"
    words = transcript.words
    tokens = match_forms(words, spaced)
    numbers = timed_numbers(words, (spoken,), spaced)
    feedback = language_code(language or transcript.language)
    return _deixis(
        words, tokens, Haystack.build(tokens, spaced), spoken, _number_words(numbers), extra_terms, feedback
    )


def _number_words(numbers: Sequence[TimedNumber]) -> frozenset[int]:
    """Indices of words that say a number other than one ("this one" is not a quantity)."""
    return frozenset(
        index for n in numbers if n.mention.value != 1 for index in range(n.first, n.last + 1)
    )


def _deixis(
    words: Sequence[Word],
    tokens: Sequence[str],
    hay: Haystack,
    m_lang: str,
    number_words: frozenset[int],
    extra_terms: Iterable[str],
    feedback: str,
) -> list[Finding]:
    """``m_lang`` is the language spoken (which pointing words to look for), ``feedback`` the one to write in."""
    spaced = m_lang != "zh"
    if not words:
        return []
    descriptive = set(_DESCRIPTIVE.get(m_lang, frozenset()))
    zh_terms = list(_ZH_DESCRIPTIVE)
    for term in extra_terms:
        cleaned = match_form(term, spaced)
        if spaced:
            descriptive.update(t for t in cleaned.split() if len(t) > 2)
        elif len(cleaned) >= 2:
            zh_terms.extend(cleaned[i : i + 2] for i in range(len(cleaned) - 1))
    deictic = _DEICTIC.get(m_lang, ())
    pointing = [match_form(p, spaced) for p in _POINTING_VERBS.get(m_lang, ())]
    pattern = "|".join(re.escape(match_form(d, spaced)) for d in sorted(deictic, key=len, reverse=True))
    if not pattern:
        return []
    regex = re.compile(rf"(?<=\s)(?:{pattern})(?=\s)" if spaced else f"(?:{pattern})")

    matches = list(regex.finditer(hay.text))
    pointing_starts = {hay.owner[match.start()] for match in matches}
    findings: list[Finding] = []
    covered_until = -1  # a word index: deictics inside an already checked window join that window
    for match in matches:
        first = hay.owner[match.start()]
        last = hay.owner[match.end() - 1]
        if first <= covered_until:
            continue
        before = tokens[max(0, first - 2) : first]
        before_text = " ".join(before) if spaced else "".join(before)
        if any(p in before_text.split() if spaced else p in before_text for p in pointing):
            continue
        # The window after the pointing word, extended while more pointing words follow.
        end = last
        limit = words[last].end + DEIXIS_WINDOW_S
        # Whisper may put the description in the same word as the pointer ("这个红色的").
        described = _describes(hay.text[match.end() : hay.spans[last][1]].strip(), m_lang, descriptive, zh_terms)
        count = 0
        chars = 0
        index = last + 1
        while not described and index < len(words) and words[index].start <= limit:
            token = tokens[index]
            count += 1
            chars += len(token)
            if (spaced and count > DEIXIS_WINDOW_WORDS) or (not spaced and chars > DEIXIS_WINDOW_CHARS):
                break
            if index in number_words or _describes(token, m_lang, descriptive, zh_terms):
                described = True
                break
            if index in pointing_starts:
                limit = words[index].end + DEIXIS_WINDOW_S  # "this one, this one": one cluster
                count = chars = 0
            end = index
            index += 1
        covered_until = max(end, last)
        if described:
            continue
        quote_end = min(len(words) - 1, max(end, last))
        quote = join_words(w.text for w in words[first : quote_end + 1])
        findings.append(
            Finding(
                kind=FindingKind.DEIXIS,
                severity=Severity.WARNING,
                start=words[first].start,
                end=words[quote_end].end,
                message=_phrase("deixis", feedback, pointer=match.group(0).strip()),
                quote=quote,
                suggestion=_phrase("deixis_fix", feedback),
                rule_id="deixis.undescribed",
                confidence=0.5 if match.group(0).strip() in _AMBIGUOUS_DEICTIC else 0.7,
            )
        )
    return findings


_HAS_DIGIT = re.compile(r"\d")


def _describes(token: str, language: str, descriptive: set[str], zh_terms: Sequence[str]) -> bool:
    """Whether a word says something a listener can picture: a listed attribute, a product term or a number."""
    if not token:
        return False
    if _HAS_DIGIT.search(token):
        return True
    if language != "zh":
        return any(part in descriptive for part in token.split())
    return any(term in token for term in zh_terms)
