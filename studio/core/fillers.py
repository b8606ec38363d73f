"""Fillers, stutter repetitions and phrase spotting on timed words.

Why it is built this way (see ``peers.md``, complaint 5):

- Lists misfire on ordinary words ("I like this"). Ambiguous fillers ("like", "so", "you know",
  "就是", "kiểu như", "gitu") count only when *set off* on both sides: before it a pause of at
  least ``pause`` seconds, a comma-like mark, the end of a sentence or the start of speech; after
  it a pause or a comma-like mark. "It's, like, light" counts; "I like this" never does.
- Multi-word fillers ("you know", "nói chung là", "apa ya") are matched as token sequences,
  longest first. Mandarin is matched on characters, since Whisper groups characters freely.
- Stutter repetitions ("the the", "I- I") are counted apart from fillers: for some trainees they
  are part of how they speak and must not be scored as a habit to fix. In languages where a
  doubled word is grammar (vi ``xinh xinh``, id ``anak anak``, zh 看看) only a cut-off word or
  three in a row counts. Five or more in a row is a recogniser loop, not a person, and is skipped.
- Findings are grouped: dense runs of fillers become one finding each, only the worst few are
  reported, plus one finding with the total, never one finding per "um".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studio.core.language import LanguageProfile, RateUnit, profile
from studio.core.model import Finding, FindingKind, Severity, Word

# Every language's phrasing lives in one table, in report.py.
from studio.core.report import join_quotes, join_words, list_separator, phrase, unit_name
from studio.core.textnorm import TRADITIONAL_TO_SIMPLIFIED

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$", re.UNICODE)
_COMMA_LIKE = frozenset(",，、;；:：…—–-")
_SENTENCE_END = frozenset(".。!！?？")
# Doubled on purpose in English ("very very good", "bye bye", "I know that that is").
_EN_INTENTIONAL_DOUBLES = frozenset(
    {"very", "really", "so", "bye", "no", "yes", "had", "that", "ha", "go", "more", "much"}
)
_LOOP_REPEATS = 5


# --------------------------------------------------------------------------- units


@dataclass(frozen=True, slots=True)
class Units:
    """The transcript as matchable units: tokens (characters for Mandarin), each tied to its word."""

    text: tuple[str, ...]
    word: tuple[int, ...]
    comma_before: tuple[bool, ...]
    comma_after: tuple[bool, ...]
    sentence_before: tuple[bool, ...]
    cut: tuple[bool, ...]
    """The token ends in a hyphen: a cut-off word ("I-", "th-")."""


def normalise(text: str) -> str:
    """Lower-case NFC text without punctuation at either end."""
    return _EDGE_PUNCT.sub("", unicodedata.normalize("NFC", text).lower())


def split_phrase(phrase: str, language: str) -> tuple[str, ...]:
    """A phrase as units: characters for Mandarin CJK text, otherwise whitespace tokens."""
    if profile(language).code == "zh":
        out: list[str] = []
        for token in normalise(phrase).split():
            out.extend(_zh_pieces(token))
        return tuple(out)
    return tuple(normalise(t) for t in phrase.split() if normalise(t))


def _zh_pieces(token: str) -> list[str]:
    """Split a token into CJK characters, keeping runs of other characters (Latin, digits) whole."""
    pieces: list[str] = []
    other = ""
    for char in token:
        if _CJK.match(char):
            if other:
                pieces.append(other)
                other = ""
            pieces.append(char)
        elif char.isalnum():
            other += char
        else:
            if other:
                pieces.append(other)
                other = ""
    if other:
        pieces.append(other)
    return pieces


def build_units(words: Sequence[Word], language: str) -> Units:
    """Turn timed words into units, remembering the punctuation that sets them off."""
    zh = profile(language).code == "zh"
    text: list[str] = []
    index: list[int] = []
    before: list[bool] = []
    after: list[bool] = []
    sentence: list[bool] = []
    cut: list[bool] = []
    pending_comma = False
    pending_sentence = True  # the start of speech counts as the start of a sentence
    simplified: dict[str, list[tuple[str, str, str]]] = {}  # words repeat a lot; OpenCC is slow per call
    for i, word in enumerate(words):
        raw = unicodedata.normalize("NFC", word.text.strip()).lower()
        if not zh and raw.isalnum():  # the common case: a bare word, no punctuation to look at
            text.append(raw)
            index.append(i)
            before.append(pending_comma)
            sentence.append(pending_sentence)
            cut.append(False)
            after.append(False)
            pending_comma = pending_sentence = False
            continue
        if zh:
            # Whisper often writes Mandarin in Traditional characters (asr.md); the lists are Simplified.
            if raw not in simplified:
                simplified[raw] = _zh_pieces_with_marks(TRADITIONAL_TO_SIMPLIFIED(raw))
            pieces = simplified[raw]
        else:
            core = normalise(raw)
            lead = raw[: len(raw) - len(raw.lstrip(",，、;；:：…—–-.。!！?？\"'“”‘’([{"))]
            trail = raw[len(raw.rstrip(",，、;；:：…—–-.。!！?？\"'“”‘’)]}")):]
            pieces = [(lead, core, trail)] if core else [(lead + trail, "", "")]
        for lead, core, trail in pieces:
            if any(c in _COMMA_LIKE for c in lead):
                pending_comma = True
            if any(c in _SENTENCE_END for c in lead):
                pending_sentence = True
            if not core:
                continue
            text.append(core)
            index.append(i)
            before.append(pending_comma)
            sentence.append(pending_sentence)
            cut.append(trail.startswith("-") or trail.startswith("—"))
            trailing_comma = any(c in _COMMA_LIKE for c in trail)
            after.append(trailing_comma)
            pending_comma = trailing_comma
            pending_sentence = any(c in _SENTENCE_END for c in trail)
    return Units(tuple(text), tuple(index), tuple(before), tuple(after), tuple(sentence), tuple(cut))


def _zh_pieces_with_marks(token: str) -> list[tuple[str, str, str]]:
    """Mandarin token → (leading marks, character or Latin run, trailing marks) triples."""
    out: list[tuple[str, str, str]] = []
    lead = ""
    other = ""
    for char in token:
        if _CJK.match(char) or char.isalnum():
            if _CJK.match(char):
                if other:
                    out.append((lead, other, ""))
                    lead, other = "", ""
                out.append((lead, char, ""))
                lead = ""
            else:
                other += char
        else:
            if other:
                out.append((lead, other, ""))
                lead, other = "", ""
            if out and not lead:
                prev_lead, prev_core, prev_trail = out[-1]
                out[-1] = (prev_lead, prev_core, prev_trail + char)
            else:
                lead += char
    if other:
        out.append((lead, other, ""))
    elif lead:
        out.append((lead, "", ""))
    return out


# --------------------------------------------------------------------------- phrase spotting


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """A phrase found in the transcript: which phrase, units ``[first, last]``, and its time span."""

    phrase: str
    first: int
    last: int
    start: float
    end: float


def find_phrases(words: Sequence[Word], units: Units, phrases: Iterable[str], language: str) -> list[PhraseHit]:
    """Non-overlapping occurrences of any phrase, longest match first at each position."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for text_ in phrases:
        parts = split_phrase(text_, language)
        if parts:
            table.setdefault(parts[0], []).append((parts, text_))
    for candidates in table.values():
        candidates.sort(key=lambda item: -len(item[0]))
    hits: list[PhraseHit] = []
    text = units.text
    n = len(text)
    i = 0
    while i < n:
        matched = 0
        for parts, found_phrase in table.get(text[i], ()):
            size = len(parts)
            if i + size <= n and text[i : i + size] == parts:
                first_word, last_word = words[units.word[i]], words[units.word[i + size - 1]]
                hits.append(PhraseHit(found_phrase, i, i + size - 1, first_word.start, last_word.end))
                matched = size
                break
        i += matched or 1
    return hits


# --------------------------------------------------------------------------- fillers and stutters


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One filler or one stutter repetition."""

    text: str
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class FillerResult:
    """Fillers and stutters in one transcript."""

    fillers: tuple[Occurrence, ...]
    stutters: tuple[Occurrence, ...]
    word_count: int
    minutes: float

    @property
    def per_100_words(self) -> float:
        return 100.0 * len(self.fillers) / self.word_count if self.word_count else 0.0

    @property
    def per_minute(self) -> float:
        return len(self.fillers) / self.minutes if self.minutes > 0 else 0.0

    def most_used(self, limit: int = 3) -> list[tuple[str, int]]:
        return Counter(o.text for o in self.fillers).most_common(limit)


def _set_off(
    words: Sequence[Word], units: Units, first: int, last: int, pause: float, *, after_filler: bool = False
) -> bool:
    """True when units ``first..last`` have a pause, comma, sentence start or another filler before, and a pause
    or comma after."""
    w_first, w_last = units.word[first], units.word[last]
    starts_word = first == 0 or units.word[first - 1] != w_first
    ends_word = last == len(units.text) - 1 or units.word[last + 1] != w_last
    gap_before = starts_word and (w_first == 0 or words[w_first].start - words[w_first - 1].end >= pause)
    gap_after = ends_word and (w_last == len(words) - 1 or words[w_last + 1].start - words[w_last].end >= pause)
    before = after_filler or units.comma_before[first] or units.sentence_before[first] or gap_before
    after = units.comma_after[last] or gap_after
    return before and after


def find_fillers(
    words: Sequence[Word], language: str, *, pause: float = 0.3, units: Units | None = None
) -> list[Occurrence]:
    """Fillers, applying the set-off rule to the ambiguous ones."""
    prof = profile(language)
    units = units if units is not None else build_units(words, language)
    plain = {split_phrase(p, language) for p in prof.fillers}
    found: list[Occurrence] = []
    last_counted = -2
    for hit in find_phrases(words, units, prof.fillers + prof.ambiguous_fillers, language):
        parts = units.text[hit.first : hit.last + 1]
        # A filler right after another ("um so, ...") is set off by it.
        chained = hit.first == last_counted + 1
        if parts in plain or _set_off(words, units, hit.first, hit.last, pause, after_filler=chained):
            found.append(Occurrence(hit.phrase, hit.start, hit.end))
            last_counted = hit.last
    return found


def find_stutters(words: Sequence[Word], language: str, *, units: Units | None = None) -> list[Occurrence]:
    """Repetitions: "the the", "I- I", and in reduplicating languages only cut-offs or three in a row."""
    prof: LanguageProfile = profile(language)
    units = units if units is not None else build_units(words, language)
    text = units.text
    found: list[Occurrence] = []
    i = 0
    n = len(text)
    while i < n - 1:
        j = i
        while j + 1 < n and text[j + 1] == text[i]:
            j += 1
        run = j - i + 1
        if run >= 2:
            intentional = (prof.code == "en" and text[i] in _EN_INTENTIONAL_DOUBLES and run == 2) or (
                prof.reduplication_is_grammar and run == 2
            )
            cut_off = any(units.cut[k] for k in range(i, j))
            if run < _LOOP_REPEATS and (cut_off or not intentional):
                start, end = words[units.word[i]].start, words[units.word[j]].end
                found.append(Occurrence(join_words([text[i]] * run), start, end))
            i = j + 1
            continue
        # A cut-off start of the next word: "th- the", "b- bạn".
        if units.cut[i] and text[i + 1].startswith(text[i]) and text[i] != text[i + 1]:
            start, end = words[units.word[i]].start, words[units.word[i + 1]].end
            found.append(Occurrence(f"{text[i]}- {text[i + 1]}", start, end))
            i += 2
            continue
        i += 1
    return found


def analyse_fillers(
    words: Sequence[Word],
    language: str,
    *,
    word_count: int,
    minutes: float,
    pause: float = 0.3,
    units: Units | None = None,
) -> FillerResult:
    """Fillers and stutters together (one unit pass). ``word_count`` is in the language's rate unit."""
    units = units if units is not None else build_units(words, language)
    return FillerResult(
        fillers=tuple(find_fillers(words, language, pause=pause, units=units)),
        stutters=tuple(find_stutters(words, language, units=units)),
        word_count=word_count,
        minutes=minutes,
    )


# --------------------------------------------------------------------------- grouping into findings


@dataclass(frozen=True, slots=True)
class Cluster:
    """Occurrences close together in time."""

    items: tuple[Occurrence, ...]

    @property
    def start(self) -> float:
        return self.items[0].start

    @property
    def end(self) -> float:
        return self.items[-1].end


def clusters(items: Sequence[Occurrence], *, gap: float = 15.0) -> list[Cluster]:
    """Group occurrences whose neighbours are at most ``gap`` seconds apart."""
    groups: list[list[Occurrence]] = []
    for item in items:
        if groups and item.start - groups[-1][-1].end <= gap:
            groups[-1].append(item)
        else:
            groups.append([item])
    return [Cluster(tuple(g)) for g in groups]


def worst_clusters(items: Sequence[Occurrence], limit: int, *, gap: float = 15.0) -> list[Cluster]:
    """The ``limit`` densest groups (most occurrences, then shortest), returned in time order."""
    ranked = sorted(clusters(items, gap=gap), key=lambda c: (-len(c.items), c.end - c.start, c.start))
    return sorted(ranked[:limit], key=lambda c: c.start)


def filler_findings(
    result: FillerResult, language: str, *, limit: int = 3, unit: RateUnit = RateUnit.WORDS
) -> list[Finding]:
    """At most ``limit`` findings for dense runs of fillers, one total, and at most two for stutters.

    ``language`` is the feedback language; ``unit`` the rate unit of the spoken one (per hundred words,
    syllables or characters).
    """
    findings: list[Finding] = []
    heavy = result.per_100_words > 4.0  # Read.ai: fillers under 4 % of words is fine
    shown = 0
    for cluster in worst_clusters(result.fillers, limit):
        shown += len(cluster.items)
        said = Counter(o.text for o in cluster.items)
        listing = list_separator(language).join(
            f"“{text}” {phrase('times', language, count=count)}" if count > 1 else f"“{text}”"
            for text, count in said.most_common()
        )
        findings.append(
            Finding(
                kind=FindingKind.FILLER,
                severity=Severity.WARNING if heavy and len(cluster.items) >= 3 else Severity.INFO,
                start=cluster.start,
                end=cluster.end,
                message=phrase("filler_cluster", language, count=len(cluster.items), listing=listing),
                quote=join_quotes(o.text for o in cluster.items[:6]),
                suggestion=phrase("filler_fix", language),
                rule_id="filler.cluster",
            )
        )
    if len(result.fillers) > shown:
        top = list_separator(language).join(
            f"“{text}” {phrase('times', language, count=count)}" for text, count in result.most_used()
        )
        findings.append(
            Finding(
                kind=FindingKind.FILLER,
                severity=Severity.WARNING if heavy else Severity.INFO,
                start=result.fillers[0].start,
                end=result.fillers[-1].end,
                message=phrase(
                    "filler_total",
                    language,
                    count=len(result.fillers),
                    rate=result.per_100_words,
                    top=top,
                    unit=unit_name(unit, language),
                ),
                suggestion=phrase("filler_fix", language),
                rule_id="filler.total",
            )
        )
    for cluster in worst_clusters(result.stutters, 2):
        findings.append(
            Finding(
                kind=FindingKind.STUTTER,
                severity=Severity.INFO,
                start=cluster.start,
                end=cluster.end,
                message=phrase("stutter", language, count=len(cluster.items)),
                quote=join_quotes(o.text for o in cluster.items[:4]),
                rule_id="stutter",
            )
        )
    return findings
