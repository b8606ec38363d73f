"""The fuzzy second pass: claims the recogniser garbled or the host said a little differently.

A fixed list of phrases is never complete (claims-law.md §6, pitfall 8): whisper hears "heals acne scars" as
"heels acne scars", a host says "heals your acne scars". This pass looks for stretches of speech that are *nearly*
a multi-word banned phrase and turns them into questions ("did you say …?"), never accusations, because a false
accusation costs more trust than a missed claim.

How it stays fast and precise:

* Only literal phrases of BLOCK and NEEDS-EVIDENCE rules take part: phrases of two or more words in space-delimited
  languages (en, vi, id), phrases of three or more characters in Chinese. Single words are left to the exact pass:
  one garbled word is too often another real word ("heels", "acme").
* Each phrase is indexed by its two rarest words (characters in Chinese). The transcript's distinct words are
  compared with those anchor words once per call (``rapidfuzz.process.cdist``, in C); only where an anchor is close
  are windows of the phrase's length ±1 (Chinese: the length or one more) scored, as whole strings with ``fuzz.ratio``.
* Every word of the phrase must be in the window: words of three letters or fewer ("no", "1", "top", "the")
  exactly, because a one-letter slip in a short word makes another word; longer words nearly. Vietnamese is more
  lenient (tone-less matches, one misheard syllable in three), see ``_words_said``.
* The caller (:class:`studio.core.claims.matcher.RuleSet`) drops windows that overlap an exact hit, an exception or
  an allow-listed disclaimer.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from studio.core.claims.normalise import normalise_pattern, strip_marks
from studio.core.claims.rules import Rule, Strictness

SPACED_THRESHOLD = 86.0
"""Minimum ``fuzz.ratio`` (0–100) of a window of words against a phrase (en, vi, id)."""

CHARACTER_THRESHOLD = 80.0
"""Minimum ``fuzz.ratio`` of a window of Chinese characters against a phrase; only insertions and slips in long
phrases reach it, because one wrong character in a short phrase is usually another word."""

ANCHOR_THRESHOLD = 75.0
"""Minimum ``fuzz.ratio`` of a spoken word against an anchor word for its windows to be scored at all."""

MIN_CONFIDENCE = 0.5
MAX_CONFIDENCE = 0.7
"""A fuzzy hit's confidence runs from MIN (score at the threshold) to MAX (a perfect score)."""

SHORT_WORD = 3
"""Phrase words this long or shorter must be said exactly (Vietnamese: exactly or without tone marks)."""

WORD_THRESHOLD = 80.0
"""Minimum ``fuzz.ratio`` of a spoken word against a longer phrase word for that word to count as said."""

FUZZY_STRICTNESS = (Strictness.BLOCK, Strictness.NEEDS_EVIDENCE)

_WORD = re.compile(r"\w+(?:[-'.]\w+)*")


@dataclass(frozen=True, slots=True)
class FuzzyPhrase:
    """One phrase of one rule, split into the units windows are made of (words, or characters in Chinese)."""

    rule: int  # index into the rule set's rules
    text: str  # normalised phrase, words joined by single spaces
    units: tuple[str, ...]
    anchors: tuple[int, ...]  # indexes of the units used to find windows, rarest first
    bare: tuple[str, ...]  # the units without tone marks (Vietnamese word check)


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    """A window of the normalised text that nearly says ``phrase``; ``start``/``end`` are character offsets."""

    rule: int
    start: int
    end: int
    score: float
    phrase: str
    confidence: float


def _units(phrase: str, spaced: bool) -> tuple[str, ...]:
    if spaced:
        return tuple(_WORD.findall(phrase))
    return tuple(char for char in phrase if not char.isspace())


def _eligible(units: tuple[str, ...], spaced: bool) -> bool:
    if spaced:
        return len(units) >= 2 and any(len(unit) > SHORT_WORD for unit in units)
    return len(units) >= 3


def phrase_text(phrase: str, language: str) -> str:
    """A phrase (already in matching form) as the fuzzy pass names it in ``FuzzyMatch.phrase``."""
    spaced = language != "zh"
    units = _units(phrase, spaced)
    return " ".join(units) if spaced else "".join(units)


class FuzzyIndex:
    """The fuzzy phrases of one rule set, indexed by anchor; ``find`` is pure and thread-safe."""

    def __init__(self, rules: Sequence[Rule], *, language: str) -> None:
        self.language = language
        self.spaced = spaced = language != "zh"
        self.threshold = SPACED_THRESHOLD if spaced else CHARACTER_THRESHOLD
        raw: list[tuple[int, str, tuple[str, ...]]] = []
        seen: set[tuple[int, str]] = set()
        for index, rule in enumerate(rules):
            if rule.strictness not in FUZZY_STRICTNESS:
                continue
            for pattern in rule.patterns:
                if pattern.is_regex:
                    continue
                units = _units(normalise_pattern(pattern.text), spaced)
                text = " ".join(units) if spaced else "".join(units)
                if _eligible(units, spaced) and (index, text) not in seen:
                    seen.add((index, text))
                    raw.append((index, text, units))
        frequency = Counter(unit for _, _, units in raw for unit in set(units))
        phrases: list[FuzzyPhrase] = []
        for index, text, units in raw:
            # Anchor on the two rarest units (long words first): if one is garbled the other still finds the window.
            usable = [i for i, unit in enumerate(units) if not spaced or len(unit) > SHORT_WORD]
            usable.sort(key=lambda i: (frequency[units[i]], -len(units[i]), i))
            bare = tuple(strip_marks(unit) for unit in units)
            phrases.append(FuzzyPhrase(index, text, units, tuple(usable[:2]), bare))  # rarest first
        self.phrases: tuple[FuzzyPhrase, ...] = tuple(phrases)
        # For each anchor word: the phrases it is the first (rarest) anchor of, with that anchor's position and the
        # distance to the second anchor (None: a phrase with one anchor), and the phrases it is the second anchor of.
        firsts: dict[str, list[tuple[int, int, int | None]]] = {}
        seconds: dict[str, set[int]] = {}
        for number, phrase in enumerate(self.phrases):
            first = phrase.anchors[0]
            delta = phrase.anchors[1] - first if len(phrase.anchors) > 1 else None
            firsts.setdefault(phrase.units[first], []).append((number, first, delta))
            if delta is not None:
                seconds.setdefault(phrase.units[phrase.anchors[1]], set()).add(number)
        self._anchor_words: list[str] = sorted(firsts.keys() | seconds.keys())
        self._firsts = [firsts.get(word, []) for word in self._anchor_words]
        self._seconds = [seconds.get(word, set()) for word in self._anchor_words]
        # Vietnamese syllables are short: a one-letter change makes another syllable, and the recogniser's usual
        # slip is a tone, so an anchor syllable is near when it is the same without tone marks. A slip in Chinese
        # is a different character, so anchors are matched exactly. Both are plain look-ups.
        self._exact_anchors: dict[str, list[int]] = {}
        if language in ("vi", "zh"):
            for column, word in enumerate(self._anchor_words):
                key = strip_marks(word) if language == "vi" else word
                self._exact_anchors.setdefault(key, []).append(column)

    def __len__(self) -> int:
        return len(self.phrases)

    def find(self, norm: str, active: Sequence[bool], taken: Sequence[tuple[int, int]] = ()) -> list[FuzzyMatch]:
        """Windows of ``norm`` (text in matching form) that nearly say a phrase of an active rule; the best window
        per phrase and place, non-overlapping per rule. Windows touching a ``taken`` character span (the exact
        pass's hits) are never scored: those words were already judged."""
        if not self.phrases or not norm:
            return []
        if self.spaced:
            spans = [(m.start(), m.end()) for m in _WORD.finditer(norm)]
        else:
            spans = [(i, i + 1) for i, char in enumerate(norm) if not char.isspace()]
        units = [norm[s:e] for s, e in spans]
        bare = [strip_marks(unit) for unit in units] if self.language == "vi" else units
        blocked = _blocked(spans, taken)
        before = list(itertools.accumulate(blocked, initial=0))  # blocked units before each position
        firsts, seconds = self._near_anchors(units)
        empty: set[int] = set()
        scored: dict[tuple[int, int, int], float] = {}
        last = len(units) - 1
        for position, unit in enumerate(units):
            anchors = firsts.get(unit)
            if anchors is None or blocked[position]:
                continue
            for number, offset, delta in anchors:
                if not active[self.phrases[number].rule]:
                    continue
                if delta is not None:
                    # Both anchors must be near, the second where the phrase puts it (±1 word): this is what
                    # keeps the pass fast, and a window missing an anchor word would fail the word check anyway.
                    expected = position + delta
                    if not any(
                        number in seconds.get(units[j], empty)
                        for j in (expected - 1, expected, expected + 1)
                        if 0 <= j <= last
                    ):
                        continue
                phrase = self.phrases[number]
                self._score_windows(phrase, number, position - offset, position, units, bare, before, scored)
        return self._best(scored, spans, norm)

    def _near_anchors(
        self, units: list[str]
    ) -> tuple[dict[str, list[tuple[int, int, int | None]]], dict[str, set[int]]]:
        """For each spoken unit close to an anchor word: the phrases it can be the first anchor of (number,
        anchor position, distance to the second anchor) and the phrases it can be the second anchor of."""
        distinct = sorted(set(units))
        columns: dict[str, list[int]] = {}
        if self.spaced and self.language != "vi":
            matrix = process.cdist(
                distinct, self._anchor_words, scorer=fuzz.ratio, score_cutoff=ANCHOR_THRESHOLD, workers=1
            )
            rows, cols = matrix.nonzero()
            for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
                columns.setdefault(distinct[row], []).append(col)
        else:  # Vietnamese and Chinese: looked up (without tone marks), see _exact_anchors
            for unit in distinct:
                found = self._exact_anchors.get(strip_marks(unit) if self.spaced else unit)
                if found:
                    columns[unit] = found
        firsts: dict[str, list[tuple[int, int, int | None]]] = {}
        seconds: dict[str, set[int]] = {}
        for unit, cols_of_unit in columns.items():
            first = [entry for col in cols_of_unit for entry in self._firsts[col]]
            if first:
                firsts[unit] = first
            second = set().union(*(self._seconds[col] for col in cols_of_unit))
            if second:
                seconds[unit] = second
        return firsts, seconds

    def _score_windows(
        self,
        phrase: FuzzyPhrase,
        number: int,
        aligned: int,
        position: int,
        units: list[str],
        bare: list[str],
        before: list[int],
        scored: dict[tuple[int, int, int], float],
    ) -> None:
        size = len(phrase.units)
        joiner = " " if self.spaced else ""
        # Chinese windows never drop a character: most phrases are 3-4 characters, and one shorter is usually
        # another word (受欢迎 inside 最受欢迎, 可以 inside 可以治疗).
        lengths = [n for n in (size - 1, size, size + 1) if n >= 2] if self.spaced else [size, size + 1]
        tonal = self.language == "vi"
        if self.spaced:
            # Every phrase word must be said in the window, so if the widest window does not say them all, no
            # narrower one does: one check instead of nine scores for most places.
            low, high = max(aligned - 1, 0), aligned + size + 1
            if not _words_said(phrase, units[low:high], bare[low:high], tonal=tonal):
                return
        for start in (aligned - 1, aligned, aligned + 1):
            for length in lengths:
                end = start + length
                if start < 0 or end > len(units) or not start <= position < end:
                    continue
                key = (number, start, end)
                if key in scored or before[end] != before[start]:
                    continue  # scored already, or it reaches into an exact hit
                window = units[start:end]
                score = fuzz.ratio(joiner.join(window), phrase.text, score_cutoff=self.threshold)
                if score and self.spaced and not _words_said(phrase, window, bare[start:end], tonal=tonal):
                    score = 0.0
                scored[key] = score

    def _best(
        self, scored: dict[tuple[int, int, int], float], spans: list[tuple[int, int]], norm: str
    ) -> list[FuzzyMatch]:
        # Ties on the Indel ratio (a shifted window scores like the aligned one: 以改善骨质疏 vs 改善骨质疏送) go to
        # the window closest by Levenshtein distance, which counts a substitution once, so the quote is the words
        # that were actually misheard.
        ranked = []
        for (number, start, end), score in scored.items():
            if score:
                window = norm[spans[start][0] : spans[end - 1][1]]
                closeness = Levenshtein.normalized_similarity(window, self.phrases[number].text)
                ranked.append((-score, -closeness, (number, start, end)))
        ranked.sort()
        ordered = [(-negative, key) for negative, _, key in ranked]
        taken: dict[int, list[tuple[int, int]]] = {}
        matches: list[FuzzyMatch] = []
        for score, (number, start, end) in ordered:
            phrase = self.phrases[number]
            ranges = taken.setdefault(phrase.rule, [])
            if any(s < end and start < e for s, e in ranges):
                continue  # this rule already has a better window over these words
            ranges.append((start, end))
            share = (score - self.threshold) / (100.0 - self.threshold)
            confidence = round(MIN_CONFIDENCE + (MAX_CONFIDENCE - MIN_CONFIDENCE) * share, 3)
            matches.append(FuzzyMatch(phrase.rule, spans[start][0], spans[end - 1][1], score, phrase.text, confidence))
        return sorted(matches, key=lambda m: (m.start, m.end))


def _blocked(spans: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]]) -> list[int]:
    """1 for each unit whose characters overlap a taken span, else 0 (both lists sorted by start)."""
    ordered = sorted(taken)
    result = [0] * len(spans)
    first = 0
    for index, (start, end) in enumerate(spans):
        while first < len(ordered) and ordered[first][1] <= start:
            first += 1
        j = first
        while j < len(ordered) and ordered[j][0] < end:
            if ordered[j][1] > start:
                result[index] = 1
                break
            j += 1
    return result


def _words_said(phrase: FuzzyPhrase, window: Sequence[str], window_bare: Sequence[str], *, tonal: bool) -> bool:
    """Whether the window says each word of the phrase: short words exactly, long ones nearly (``fuzz.ratio`` >=
    WORD_THRESHOLD, or their letters run on inside a split word: "in come" for "income").

    A whole-string score alone lets a window drop a long word ("it works for every" is 92% of "it works for
    everyone"), which this check refuses. Vietnamese syllables are short and the recogniser's slip is usually a
    tone, so there a syllable counts as said when it matches without tone marks, and a phrase of three or more
    syllables may have one syllable misheard outright (the whole-window score still has to be high).
    """
    allowed = 1 if tonal and len(phrase.units) >= 3 else 0
    said = set(window)
    bare_said = set(window_bare) if tonal else set()
    run_on = "".join(window)
    missed = 0
    for word, bare in zip(phrase.units, phrase.bare, strict=True):
        if word in said:
            continue
        if tonal and bare in bare_said:
            continue
        if len(word) > SHORT_WORD and (
            word in run_on or any(fuzz.ratio(word, other, score_cutoff=WORD_THRESHOLD) for other in window)
        ):
            continue
        missed += 1
        if missed > allowed:
            return False
    return True


QUESTION = {
    "en": "This sounded like a banned claim ('{phrase}'): did you say '{quote}' or '{phrase}'? If so: {explanation}",
    "vi": "Câu này nghe giống một tuyên bố bị cấm ('{phrase}'): bạn đã nói '{quote}' hay '{phrase}'? "
    "Nếu đúng vậy: {explanation}",
    "zh": "这句话听起来像违规说法（“{phrase}”）：您说的是“{quote}”还是“{phrase}”？如果是：{explanation}",
    "id": "Ini terdengar seperti klaim terlarang ('{phrase}'): apakah Anda mengatakan '{quote}' atau '{phrase}'? "
    "Jika ya: {explanation}",
}
"""How a fuzzy hit is put to the trainee: as a question, with the rule's explanation after it."""


def question(language: str, phrase: str, quote: str, explanation: str) -> str:
    """The asking message of a fuzzy hit in ``language`` (English when the language has no template)."""
    template = QUESTION.get(language, QUESTION["en"])
    return template.format(phrase=phrase, quote=quote.strip(), explanation=explanation)
