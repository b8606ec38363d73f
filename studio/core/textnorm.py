"""Text normalisation as a pipeline of small named transforms that remember where each character came from.

Spoken text reaches the studio in many shapes: NFD Vietnamese from one keyboard, full-width digits (１００％) from a
Chinese input method, Traditional characters, upper case, "百分之百" instead of "100%". Matchers (banned claims,
script coverage, fillers) want one canonical form but must still point back at the original characters, so every
transform here works on a :class:`MappedText` — the text plus, for each character, the index of the original
character it came from.

Small API::

    normalise("１００％ Tốt NHẤT")                    -> "100% tốt nhất"   (DEFAULT pipeline)
    normalise_mapped(text, steps).span_in_source(a, b) -> (start, end) in the original text
    strip_diacritics("tốt nhất")                      -> "tot nhat"

Each transform is a :class:`Transform` (a name and a function on ``MappedText``); a pipeline is a tuple of them.
Transforms that change one character into exactly one character (case folding of most scripts, width folding,
diacritic stripping) take a fast path: the mapping is kept as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "CASEFOLD",
    "COLLAPSE_WHITESPACE",
    "DEFAULT",
    "FULLWIDTH",
    "JOIN_CJK",
    "JOIN_PERCENT",
    "NFC",
    "SPOKEN_PERCENT",
    "STRIP_DIACRITICS",
    "TRADITIONAL_TO_SIMPLIFIED",
    "MappedText",
    "Transform",
    "normalise",
    "normalise_mapped",
    "strip_diacritics",
]


@dataclass(frozen=True, slots=True)
class MappedText:
    """Text plus, for every character, the index of the source character it came from.

    ``origin`` has ``len(text) + 1`` entries; the last one is the length of the source, so a half-open span
    ``[a, b)`` of ``text`` maps to ``[origin[a], origin[b])`` of the source (widened to whole source characters).
    """

    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> MappedText:
        return cls(text, tuple(range(len(text) + 1)))

    def span_in_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span that produced ``text[start:end]``."""
        src_start = self.origin[start]
        src_end = self.origin[end] if end < len(self.origin) else self.origin[-1]
        # A replaced run maps all its characters to the run's start; extend to the next different origin.
        if end > start and end < len(self.origin) and self.origin[end] == self.origin[end - 1]:
            src_end = next((o for o in self.origin[end:] if o != self.origin[end - 1]), self.origin[-1])
        return src_start, max(src_start, src_end)


def _per_char(text: MappedText, convert: Callable[[str], str]) -> MappedText:
    """Apply ``convert`` to each character (with its combining marks) and rebuild the mapping."""
    out: list[str] = []
    origin: list[int] = []
    source = text.text
    i = 0
    while i < len(source):
        j = i + 1
        while j < len(source) and unicodedata.combining(source[j]):
            j += 1
        piece = convert(source[i:j])
        out.append(piece)
        origin.extend([text.origin[i]] * len(piece))
        i = j
    origin.append(text.origin[-1])
    return MappedText("".join(out), tuple(origin))


@dataclass(frozen=True, slots=True)
class Transform:
    """One named step. ``convert`` works on plain strings; ``apply`` keeps the character mapping."""

    name: str
    convert: Callable[[str], str]
    regex: re.Pattern[str] | None = None  # for replacement transforms: what to replace
    replacement: Callable[[re.Match[str]], str] | None = None

    def __call__(self, text: str) -> str:
        return self.convert(text)

    def apply(self, text: MappedText) -> MappedText:
        if self.regex is not None and self.replacement is not None:
            return _replace_mapped(text, self.regex, self.replacement)
        converted = self.convert(text.text)
        if converted == text.text:
            return text
        if len(converted) == len(text.text):
            # Every transform here maps one character to at least one; equal length means one to one.
            return MappedText(converted, text.origin)
        return _per_char(text, self.convert)


def _replace_mapped(
    text: MappedText, regex: re.Pattern[str], replacement: Callable[[re.Match[str]], str]
) -> MappedText:
    out: list[str] = []
    origin: list[int] = []
    last = 0
    for match in regex.finditer(text.text):
        out.append(text.text[last : match.start()])
        origin.extend(text.origin[last : match.start()])
        new = replacement(match)
        out.append(new)
        origin.extend([text.origin[match.start()]] * len(new))
        last = match.end()
    if last == 0 and not out:
        return text
    out.append(text.text[last:])
    origin.extend(text.origin[last:])  # includes the end-of-text sentinel
    return MappedText("".join(out), tuple(origin))


# --------------------------------------------------------------------------- the transforms


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


NFC = Transform("nfc", _nfc)
"""Compose characters (NFC): "tô\u0301t" typed on a Mac becomes "tốt"."""

CASEFOLD = Transform("casefold", str.casefold)
"""Case-insensitive form (stronger than ``lower``; ß → ss)."""

# Full-width ASCII (U+FF01–U+FF5E) → ASCII, ideographic space → space. One character to one.
_FULLWIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

FULLWIDTH = Transform("fullwidth", lambda text: text.translate(_FULLWIDTH_TABLE))
"""Full-width letters, digits and signs (ＮＯ．１, １００％) become their ASCII forms."""

_PERCENT_WORDS = re.compile(r"百分之百|百分百|一百个?百分点|(?<![0-9])百分之一百")

SPOKEN_PERCENT = Transform(
    "spoken_percent",
    lambda text: _PERCENT_WORDS.sub("100%", text),
    regex=_PERCENT_WORDS,
    replacement=lambda _match: "100%",
)
"""Spoken Chinese "百分百 / 百分之百" is written "100%", so one pattern catches both."""


@lru_cache(maxsize=1)
def _opencc() -> Any:
    import opencc  # pure Python; imported lazily because building its dictionaries takes ~0.1 s

    return opencc.OpenCC("t2s")


@dataclass(frozen=True, slots=True)
class _T2S:
    """OpenCC's t2s dictionaries as a character translation table plus a regex of the phrases that override it."""

    chars: dict[int, str]
    phrases: dict[str, str]
    phrase_regex: re.Pattern[str] | None


@lru_cache(maxsize=1)
def _t2s_tables() -> _T2S | None:
    """Read OpenCC's own dictionary files. OpenCC's pure-Python converter costs ~10 µs a character; a C-level
    ``str.translate`` plus a phrase regex costs well under 1 µs. Returns None if the files cannot be read (a changed
    package layout): OpenCC itself converts then.
    """
    try:
        import opencc

        folder = Path(opencc.__file__).resolve().parent / "dictionary"
        chars: dict[int, str] = {}
        phrases: dict[str, str] = {}
        for line in (folder / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            target = values.split(" ")[0] if values else ""
            if len(key) == 1 and len(target) == 1 and key != target:
                chars[ord(key)] = target
        for line in (folder / "TSPhrases.txt").read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            target = values.split(" ")[0] if values else ""
            if len(key) > 1 and len(target) == len(key):  # kept even when equal: 乾隆 must not become 干隆
                phrases[key] = target
    except (OSError, ImportError, ValueError):
        return None
    keys = sorted(phrases, key=len, reverse=True)
    regex = re.compile("|".join(map(re.escape, keys))) if keys else None
    return _T2S(chars, phrases, regex)


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _t2s(text: str) -> str:
    if not _HAN.search(text):
        return text
    tables = _t2s_tables()
    if tables is None:
        converted: str = _opencc().convert(text)
        return converted
    simplified = text.translate(tables.chars)  # one character to one character
    if tables.phrase_regex is None:
        return simplified
    pieces: list[str] = []
    last = 0
    for match in tables.phrase_regex.finditer(text):  # phrases are matched on the original, as OpenCC does
        pieces.append(simplified[last : match.start()])
        pieces.append(tables.phrases[match.group()])
        last = match.end()
    if not pieces:
        return simplified
    pieces.append(simplified[last:])
    return "".join(pieces)


TRADITIONAL_TO_SIMPLIFIED = Transform("traditional_to_simplified", _t2s)
"""Traditional Chinese → Simplified (OpenCC t2s), so 無副作用 matches 无副作用."""


def _build_strip_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if len(base) == 1 and base != char:
            table[code] = base
    table.update({ord("đ"): "d", ord("Đ"): "D", ord("ơ"): "o", ord("Ơ"): "O", ord("ư"): "u", ord("Ư"): "U"})
    return table


_STRIP_TABLE = _build_strip_table()
_COMBINING = re.compile(r"[\u0300-\u036f]")


def strip_diacritics(text: str) -> str:
    """Remove tone marks and other diacritics (Vietnamese đ → d): what ASR output without tones looks like."""
    return _COMBINING.sub("", text.translate(_STRIP_TABLE))


STRIP_DIACRITICS = Transform("strip_diacritics", strip_diacritics)
"""Diacritic-free form — for a *lower-confidence* fallback match, never the first pass."""

_SPACES = re.compile(r"\s{2,}|[^\S ]")  # only what changes: runs, tabs, newlines (not every single space)

COLLAPSE_WHITESPACE = Transform(
    "collapse_whitespace",
    lambda text: _SPACES.sub(" ", text),
    regex=_SPACES,
    replacement=lambda _match: " ",
)
"""Runs of spaces, tabs and newlines become one space."""

_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff]) +(?=[\u3400-\u9fff\uf900-\ufaff])")

JOIN_CJK = Transform("join_cjk", lambda text: _CJK_GAP.sub("", text), regex=_CJK_GAP, replacement=lambda _match: "")
"""Spaces between two Chinese characters are dropped (ASR and typists insert them; Chinese has no word spaces)."""

_PERCENT_GAP = re.compile(r"(?<=[0-9]) +(?=%)")

JOIN_PERCENT = Transform(
    "join_percent", lambda text: _PERCENT_GAP.sub("", text), regex=_PERCENT_GAP, replacement=lambda _match: ""
)
"""A number and its per-cent sign are one token: Whisper writes "100 %" as often as "100%" (measured: base heard
"One hundred percent guaranteed" as "100 % guaranteed"), and a pack phrase says "100%"."""

DEFAULT: tuple[Transform, ...] = (
    NFC,
    FULLWIDTH,
    SPOKEN_PERCENT,
    TRADITIONAL_TO_SIMPLIFIED,
    CASEFOLD,
    COLLAPSE_WHITESPACE,
    JOIN_CJK,
    JOIN_PERCENT,
)
"""The matching form used by the claims checker: NFC, half-width, 100%, Simplified, case-folded, single spaces,
no spaces inside Chinese, none between a number and its per-cent sign."""


def normalise(text: str, steps: Sequence[Transform] = DEFAULT) -> str:
    """``text`` after every step in order (no mapping kept: the fast form for patterns and short strings)."""
    for step in steps:
        text = step.convert(text)
    return text


def normalise_mapped(text: str | MappedText, steps: Sequence[Transform] = DEFAULT) -> MappedText:
    """``text`` after every step, with each character mapped back to the original."""
    mapped = MappedText.of(text) if isinstance(text, str) else text
    for step in steps:
        mapped = step.apply(mapped)
    return mapped
