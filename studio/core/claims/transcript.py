"""Claims in a timed transcript: findings with the start and end of the words that made them.

Words are joined into one text while remembering which word owns each character, so a hit's character span maps
back to word timestamps. Whisper gives Chinese as single characters or pieces without spaces, and other languages
as words with a leading space; both join naturally. A transcript without words falls back to its segments, with
times spread evenly over each segment's characters.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from rapidfuzz import fuzz

from studio.core.claims.matcher import ClaimHit, RuleSet
from studio.core.claims.normalise import normalise_pattern, strip_marks
from studio.core.claims.rules import Disclaimer
from studio.core.model import Finding, FindingKind, Transcript

DISCLAIMER_FUZZY_THRESHOLD = 85.0
"""rapidfuzz partial-ratio score (0–100) above which a long disclaimer counts as said despite ASR slips."""

_NO_SPACE_LANGUAGES = ("zh", "ja")


@dataclass(frozen=True, slots=True)
class TimedText:
    """Joined transcript text; piece ``i`` (a word, or one character of a segment) starts at ``offsets[i]``."""

    text: str
    offsets: tuple[int, ...]
    starts: tuple[float, ...]
    ends: tuple[float, ...]

    def times(self, start: int, end: int) -> tuple[float, float]:
        """Start of the first and end of the last piece that the character span ``[start, end)`` touches."""
        if not self.offsets:
            return 0.0, 0.0
        first = max(bisect.bisect_right(self.offsets, start) - 1, 0)
        last = max(bisect.bisect_right(self.offsets, max(end - 1, start)) - 1, first)
        if last > first and self.text[self.offsets[last] : end].isspace():
            last -= 1  # a span ending on the space that opens the next word does not reach that word
        return self.starts[first], max(self.ends[last], self.starts[first])


def timed_text(transcript: Transcript) -> TimedText:
    """The transcript's words (or, without words, its segments) as one text with the time of every piece."""
    spaced = transcript.language.split("-")[0] not in _NO_SPACE_LANGUAGES
    if transcript.words:
        words = [w for w in transcript.words if w.text]
        texts = [w.text for w in words]
        if spaced:
            for i in range(1, len(texts)):
                if not texts[i][0].isspace() and not texts[i - 1][-1].isspace():
                    texts[i] = " " + texts[i]  # words given without their leading space still need a word edge
        offsets = tuple(itertools.accumulate((len(t) for t in texts[:-1]), initial=0)) if texts else ()
        return TimedText("".join(texts), offsets, tuple(w.start for w in words), tuple(w.end for w in words))
    pieces: list[str] = []
    char_offsets: list[int] = []
    starts: list[float] = []
    ends: list[float] = []
    length = 0
    for segment in transcript.segments:  # no word times: spread each segment's time over its characters
        text = segment.text
        if not text:
            continue
        if spaced and pieces and not pieces[-1][-1].isspace() and not text[0].isspace():
            text = " " + text
        step = (segment.end - segment.start) / len(text)
        char_offsets.extend(range(length, length + len(text)))
        starts.extend(segment.start + i * step for i in range(len(text)))
        ends.extend(segment.start + (i + 1) * step for i in range(len(text)))
        pieces.append(text)
        length += len(text)
    return TimedText("".join(pieces), tuple(char_offsets), tuple(starts), tuple(ends))


def hit_to_finding(hit: ClaimHit, start: float, end: float, *, language: str | None = None) -> Finding:
    """A claim hit as a report finding; the message is in ``language`` if the rule has it, else English."""
    english = language == "en" or (language is not None and language != hit.language)
    message = hit.explanation_en if english else hit.explanation
    suggestion = hit.suggestion_en if english else hit.suggestion
    return Finding(
        kind=FindingKind.CLAIM,
        severity=hit.strictness.severity,
        start=start,
        end=end,
        message=message,
        quote=hit.quote.strip(),
        suggestion=suggestion,
        rule_id=hit.rule_id,
        confidence=hit.confidence,
    )


def missing_disclaimers(text: str, rules: RuleSet, product_category: str | None) -> list[Disclaimer]:
    """Required disclaimers for ``product_category`` that ``text`` never says (exactly, by a key phrase, or nearly)."""
    if product_category is None:
        return []
    needed = [d for d in rules.disclaimers if product_category in d.products and rules.market in d.markets]
    if not needed:
        return []
    norm = normalise_pattern(text)
    bare = strip_marks(norm)
    missing: list[Disclaimer] = []
    for disclaimer in needed:
        phrases = [normalise_pattern(p) for p in (disclaimer.text, *disclaimer.accept)]
        if any(p in norm or strip_marks(p) in bare for p in phrases):
            continue
        full = normalise_pattern(disclaimer.text)
        if norm and fuzz.partial_ratio(full, norm) >= DISCLAIMER_FUZZY_THRESHOLD:
            continue
        missing.append(disclaimer)
    return missing


def check_transcript(
    transcript: Transcript,
    rules: RuleSet,
    *,
    product_category: str | None = None,
    language: str | None = None,
    fuzzy: bool = True,
) -> list[Finding]:
    """Claim findings (timed by their words) plus one finding per required disclaimer that was never said.

    ``language`` picks the language of messages (default: each rule's own language; "en" for English).
    ``fuzzy`` (on by default) adds the fuzzy second pass: near misses of banned phrases, as VERIFY-FACT findings
    at confidence 0.5–0.7 whose message asks "did you say …?".
    """
    timed = timed_text(transcript)
    findings: list[Finding] = []
    for hit in rules.check_text(timed.text, product_category=product_category, fuzzy=fuzzy):
        start, end = timed.times(*hit.span)
        findings.append(hit_to_finding(hit, start, end, language=language))
    for disclaimer in missing_disclaimers(timed.text, rules, product_category):
        english = language == "en" or (language is not None and language != disclaimer.language)
        findings.append(
            Finding(
                kind=FindingKind.DISCLAIMER_MISSING,
                severity=disclaimer.strictness.severity,
                start=0.0,
                end=transcript.duration,
                message=disclaimer.explanation_en if english else disclaimer.explanation,
                quote="",
                suggestion=disclaimer.text,
                rule_id=disclaimer.id,
            )
        )
    return findings
