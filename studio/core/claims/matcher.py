"""Find banned and risky claims in text, fast, and explain each hit.

How it works (and why):

* Text and patterns go through the same normalisation (:mod:`studio.core.claims.normalise`), and every
  character of the normalised text points back at the original, so quotes and timestamps stay exact.
* All literal phrases of a rule set are compiled into **one trie-shaped regular expression** inside a lookahead,
  which finds every phrase at every position in one C-level scan (a plain alternation of hundreds of phrases is
  orders of magnitude slower in Python's ``re``). Rule regexes run one by one; packs keep them few.
* Latin-script phrases (en, vi, id, and "NO.1" inside Chinese) must start and end at word edges; Chinese phrases
  are plain substrings. Exceptions (第一个链接, best before, nhất là, terjual...) are found the same way and mask a
  hit that lies inside them.
* Vietnamese ASR sometimes drops the tones. A second pass matches tone-less text against tone-less phrases of two
  or more syllables, only where the spoken words carry no marks at all, at lower confidence.
* Lists are never complete: an optional fuzzy pass (:mod:`studio.core.claims.fuzzy`, ``check_text(fuzzy=True)``)
  asks about stretches that nearly say a multi-word BLOCK or NEEDS-EVIDENCE phrase, at lower confidence.
* Negation never excuses a hit ("no side effects" is itself a safety claim), and neither does quoting a customer.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from studio.core.claims.fuzzy import FuzzyIndex, FuzzyMatch, phrase_text, question
from studio.core.claims.normalise import normalise_pattern, normalise_text, strip_marks
from studio.core.claims.overlay import centre_note
from studio.core.claims.rules import Disclaimer, Rule, Strictness
from studio.core.errors import StudioError
from studio.core.textnorm import MappedText

FALLBACK_CONFIDENCE = 0.6
"""Confidence of a hit found only after stripping Vietnamese tone marks."""


@dataclass(frozen=True, slots=True)
class ClaimHit:
    """One claim found in a text: which rule, how strict, the exact words and what to say instead."""

    rule_id: str
    category: str
    strictness: Strictness
    quote: str
    span: tuple[int, int]  # character offsets in the text given to ``check_text``
    explanation: str  # in the rule's language
    suggestion: str
    confidence: float = 1.0
    explanation_en: str = ""
    suggestion_en: str = ""
    language: str = ""
    fuzzy: bool = False  # found by the fuzzy pass: a question for the trainee, not an accusation
    phrase: str = ""  # for fuzzy hits, the pack phrase the words sounded like
    centre: str = ""  # from the centre's overlay: "rule" (its own rule), "phrase" (a phrase it added), "strictness"


# --------------------------------------------------------------------------- literal matching


def _is_word_char(char: str) -> bool:
    """Latin-script word characters; CJK characters are not, so Chinese phrases need no word edges."""
    return (char.isalnum() or char == "_") and not ("\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff")


_Trie = dict[str, "_Trie"]


def _trie_regex(keys: Iterable[str]) -> str:
    """A regex matching any of ``keys``, longest first, shaped as a trie so ``re`` does not try them one by one."""
    root: _Trie = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class _Literals:
    """Many phrases, found at every position (overlapping) in one scan; each phrase carries a list of payloads."""

    def __init__(self, entries: Mapping[str, Sequence[int]]) -> None:
        self.entries = {key: tuple(value) for key, value in entries.items() if key}
        self.edges = {key: (_is_word_char(key[0]), _is_word_char(key[-1])) for key in self.entries}
        self.prefixes = {
            key: tuple(key[:i] for i in range(len(key), 0, -1) if key[:i] in self.entries) for key in self.entries
        }
        self.longest = max((len(key) for key in self.entries), default=0)
        self.regex = re.compile("(?=(" + _trie_regex(self.entries) + "))") if self.entries else None

    def find(self, text: str) -> Iterator[tuple[int, int, int]]:
        """(start, end, payload) for every phrase found with proper word edges."""
        if self.regex is None:
            return
        for match in self.regex.finditer(text):
            start = match.start()
            for key in self.prefixes[match.group(1)]:
                end = start + len(key)
                need_left, need_right = self.edges[key]
                if need_left and start > 0 and _is_word_char(text[start - 1]):
                    continue
                if need_right and end < len(text) and _is_word_char(text[end]):
                    continue
                for payload in self.entries[key]:
                    yield start, end, payload


@dataclass(slots=True)
class _Candidate:
    rule: int
    start: int
    end: int
    confidence: float
    centre: bool = False  # found by a phrase the centre added (and the pack does not have)


@dataclass(frozen=True, slots=True)
class _Masks:
    """Exception spans, sorted by start, with the rule each masks (-1: every rule of the language)."""

    starts: list[int] = field(default_factory=list)
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    longest: int = 0

    @classmethod
    def build(cls, found: Iterable[tuple[int, int, int]], longest: int) -> _Masks:
        spans = sorted(found)
        return cls([s[0] for s in spans], spans, longest)

    def masks(self, rule: int, language_scope: int, start: int, end: int) -> bool:
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_right(self.starts, start)
        for e_start, e_end, scope in self.spans[low:high]:
            if e_start <= start and end <= e_end and scope in (rule, language_scope):
                return True
        return False


# --------------------------------------------------------------------------- the rule set


_LANGUAGE_SCOPE = {"en": -1, "vi": -2, "zh": -3, "id": -4}


class RuleSet:
    """The compiled rules for one market (plus platform rules); ``check_text`` is pure and thread-safe."""

    def __init__(
        self,
        market: str,
        language: str,
        rules: Sequence[Rule],
        disclaimers: Sequence[Disclaimer] = (),
        exceptions: Sequence[tuple[str, str]] = (),
        *,
        problems: Sequence[StudioError] = (),
    ) -> None:
        self.market = market
        self.problems: tuple[StudioError, ...] = tuple(problems)  # overlay entries left out (file and line each)
        self.language = language
        self.rules: tuple[Rule, ...] = tuple(rules)
        self.disclaimers: tuple[Disclaimer, ...] = tuple(disclaimers)
        literal: dict[str, list[int]] = {}
        fallback: dict[str, list[int]] = {}
        self._regexes: list[tuple[re.Pattern[str], int]] = []
        # (rule, phrase in matching form) of the phrases the centre added to a shipped rule, exact and tone-less
        self._centre_keys: set[tuple[int, str]] = set()
        self._centre_bare: set[tuple[int, str]] = set()
        self._centre_fuzzy: set[tuple[int, str]] = set()
        for index, rule in enumerate(self.rules):
            shipped: set[str] = set()
            for pattern in rule.patterns:
                if pattern.is_regex:
                    self._regexes.append((re.compile(pattern.text), index))
                    continue
                key = normalise_pattern(pattern.text)
                literal.setdefault(key, []).append(index)
                bare = strip_marks(key)
                if rule.language == "vi" and " " in bare.strip():
                    fallback.setdefault(bare, []).append(index)
                if not pattern.centre:
                    shipped.update((key, bare))
                elif not rule.centre:
                    if key not in shipped:
                        self._centre_keys.add((index, key))
                        self._centre_fuzzy.add((index, phrase_text(key, rule.language)))
                    if bare not in shipped:
                        self._centre_bare.add((index, bare))
        masks: dict[str, list[int]] = {}
        for index, rule in enumerate(self.rules):
            for phrase in rule.exceptions:
                masks.setdefault(normalise_pattern(phrase), []).append(index)
        for language, phrase in exceptions:
            masks.setdefault(normalise_pattern(phrase), []).append(_LANGUAGE_SCOPE[language])
        for disclaimer in self.disclaimers:  # a required disclaimer is never a claim, whatever words it holds
            for phrase in (disclaimer.text, *disclaimer.accept):
                masks.setdefault(normalise_pattern(phrase), []).append(_LANGUAGE_SCOPE[disclaimer.language])
        self._literals = _Literals(literal)
        self._fallback = _Literals(fallback)
        self._masks = _Literals(masks)
        bare_masks: dict[str, list[int]] = {}
        for key, scopes in masks.items():
            bare_masks.setdefault(strip_marks(key), []).extend(scopes)
        self._bare_masks = _Literals(bare_masks)
        self._scope = [_LANGUAGE_SCOPE[rule.language] for rule in self.rules]
        self._fuzzy: FuzzyIndex | None = None

    @property
    def fuzzy_index(self) -> FuzzyIndex:
        """The fuzzy phrases, built on first use (loading packs stays fast for callers that never ask)."""
        if self._fuzzy is None:
            self._fuzzy = FuzzyIndex(self.rules, language=self.language)
        return self._fuzzy

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def pattern_count(self) -> int:
        return sum(len(rule.patterns) for rule in self.rules)

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def check_text(self, text: str, *, product_category: str | None = None, fuzzy: bool = False) -> list[ClaimHit]:
        """Every claim in ``text``, in order of position. ``product_category`` drops rules that do not apply.

        ``fuzzy`` adds the second pass: near misses of multi-word phrases, as lower-confidence VERIFY-FACT hits
        whose explanation asks "did you say …?" (``ClaimHit.fuzzy`` is true on them).
        """
        mapped = normalise_text(text)
        norm = mapped.text
        active = [rule.applies_to(product_category) for rule in self.rules]
        centre = self._centre_keys
        candidates = [
            _Candidate(rule, start, end, 1.0, (rule, norm[start:end]) in centre)
            for start, end, rule in self._literals.find(norm)
            if active[rule]
        ]
        for regex, rule in self._regexes:
            if active[rule]:
                candidates.extend(
                    _Candidate(rule, m.start(), m.end(), 1.0) for m in regex.finditer(norm) if m.end() > m.start()
                )
        masks = _Masks.build(self._masks.find(norm), self._masks.longest)
        kept = [c for c in candidates if not masks.masks(c.rule, self._scope[c.rule], c.start, c.end)]
        if self._fallback.regex is not None:
            kept.extend(self._fallback_pass(norm, active, masks))
        resolved = _resolve(kept, self.rules)
        hits = [self._hit(text, mapped, c) for c in resolved]
        if fuzzy:
            taken = [(c.start, c.end) for c in resolved]
            for match in self.fuzzy_index.find(norm, active, taken):  # never over the exact hits' words
                scope = self._scope[match.rule]
                if any(
                    e_start < match.end and match.start < e_end and e_scope in (match.rule, scope)
                    for e_start, e_end, e_scope in masks.spans
                ):
                    continue  # inside (or straddling) an exception or an allow-listed disclaimer
                hits.append(self._fuzzy_hit(text, mapped, match))
            hits.sort(key=lambda hit: hit.span)
        return hits

    def _fuzzy_hit(self, text: str, mapped: MappedText, match: FuzzyMatch) -> ClaimHit:
        rule = self.rules[match.rule]
        start, end = mapped.span_in_source(match.start, match.end)
        quote = text[start:end]
        # A fuzzy hit is always a question (VERIFY-FACT), so only a centre rule or phrase is worth saying.
        centre = "rule" if rule.centre else "phrase" if (match.rule, match.phrase) in self._centre_fuzzy else ""
        return ClaimHit(
            rule_id=rule.id,
            category=rule.category,
            strictness=Strictness.VERIFY_FACT,
            quote=quote,
            span=(start, end),
            explanation=question(
                rule.language, match.phrase, quote, centre_note(centre, rule.language, rule.explanation)
            ),
            suggestion=rule.suggestion,
            confidence=match.confidence,
            explanation_en=question("en", match.phrase, quote, centre_note(centre, "en", rule.explanation_en)),
            suggestion_en=rule.suggestion_en,
            language=rule.language,
            fuzzy=True,
            phrase=match.phrase,
            centre=centre,
        )

    def _fallback_pass(self, norm: str, active: list[bool], exact_masks: _Masks) -> Iterator[_Candidate]:
        bare = strip_marks(norm)
        if len(bare) != len(norm):  # stray combining marks changed the length: offsets would not line up
            return
        bare_masks = _Masks.build(self._bare_masks.find(bare), self._bare_masks.longest)
        for start, end, rule in self._fallback.find(bare):
            if not active[rule] or norm[start:end] != bare[start:end]:
                continue  # the words carry tone marks, so they are other words, not a tone-less version of these
            scope = self._scope[rule]
            if bare_masks.masks(rule, scope, start, end) or exact_masks.masks(rule, scope, start, end):
                continue
            yield _Candidate(rule, start, end, FALLBACK_CONFIDENCE, (rule, bare[start:end]) in self._centre_bare)

    def _hit(self, text: str, mapped: MappedText, candidate: _Candidate) -> ClaimHit:
        rule = self.rules[candidate.rule]
        start, end = mapped.span_in_source(candidate.start, candidate.end)
        centre = (
            "rule"
            if rule.centre
            else "phrase"
            if candidate.centre
            else "strictness"
            if rule.shipped_strictness is not None
            else ""
        )
        return ClaimHit(
            rule_id=rule.id,
            category=rule.category,
            strictness=rule.strictness,
            quote=text[start:end],
            span=(start, end),
            explanation=centre_note(centre, rule.language, rule.explanation),
            suggestion=rule.suggestion,
            confidence=candidate.confidence,
            explanation_en=centre_note(centre, "en", rule.explanation_en),
            suggestion_en=rule.suggestion_en,
            language=rule.language,
            centre=centre,
        )


def _resolve(candidates: list[_Candidate], rules: Sequence[Rule]) -> list[_Candidate]:
    """Drop duplicates: the same rule twice over one stretch, or a hit inside a longer, at-least-as-strict one
    (one finding per stretch of speech is what a trainee can act on)."""
    ordered = sorted(
        candidates, key=lambda c: (c.start, -(c.end - c.start), rules[c.rule].strictness.rank, -c.confidence)
    )
    kept: list[_Candidate] = []
    for cand in ordered:
        rank = rules[cand.rule].strictness.rank
        duplicate = False
        for other in reversed(kept):
            if other.start < cand.start - 200:
                break  # kept is ordered by start; nothing further back can overlap a short phrase
            overlaps = other.start < cand.end and cand.start < other.end
            if not overlaps:
                continue
            inside = other.start <= cand.start and cand.end <= other.end
            if other.rule == cand.rule or (inside and rules[other.rule].strictness.rank <= rank):
                duplicate = True
                break
        if not duplicate:
            kept.append(cand)
    return kept
