"""Captions from a transcript: cue building from word timestamps, then WebVTT or SRT text.

Cue rules follow common broadcast subtitle guidance (BBC, Netflix): at most two lines of about 42 columns, at
most 7 seconds on screen, a new cue after a long pause or a finished sentence. Chinese characters are
double-width, so a Chinese line holds about 21 characters; Chinese words are joined without spaces.

When a transcript has no word timestamps (an imported plain transcript), each segment's words are spread over
its time span in proportion to their length, which is good enough for captions and better than nothing.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studio.core.model import Transcript, Word

MAX_LINE_COLUMNS = 42
MAX_LINES = 2
MAX_CUE_SECONDS = 7.0
PAUSE_SECONDS = 1.5
"""A silence this long starts a new cue: captions should not bridge a pause."""
MIN_CUE_SECONDS = 0.5
"""A cue shorter than this is stretched (without overlapping the next one) so it can be read at all."""

_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "…")


@dataclass(frozen=True, slots=True)
class Cue:
    """One caption on screen: a time span and one or two lines of text."""

    start: float
    end: float
    lines: tuple[str, ...]

    def __post_init__(self) -> None:
        if not (math.isfinite(self.start) and math.isfinite(self.end)) or self.end <= self.start or self.start < 0:
            raise ValueError(f"a caption cue needs 0 <= start < end, not {self.start}–{self.end}")
        if not self.lines or any(not line.strip() for line in self.lines):
            raise ValueError("a caption cue needs text on every line")

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


# --------------------------------------------------------------------------- measuring and joining text


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def columns(text: str) -> int:
    """Display width of ``text``: Chinese (and other wide) characters count twice."""
    return sum(2 if _is_wide(char) else 1 for char in text)


def _needs_space(left: str, right: str) -> bool:
    """Whether two tokens are written with a space between them (not between Chinese characters, nor before
    closing punctuation)."""
    if not left or not right:
        return False
    if _is_wide(left[-1]) or _is_wide(right[0]):
        return False
    return unicodedata.category(right[0]) not in ("Po", "Pe", "Pf")


def join_tokens(tokens: Iterable[str]) -> str:
    """Tokens joined the way the language writes them (spaces in Latin scripts, none in Chinese)."""
    out = ""
    for token in tokens:
        if out and _needs_space(out, token):
            out += " "
        out += token
    return out


def _split_long(token: str, width: int) -> list[str]:
    """A token wider than a line (a URL, a run of Chinese without word breaks) cut into line-sized pieces."""
    pieces: list[str] = []
    current = ""
    for char in token:
        if current and columns(current + char) > width:
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces


# --------------------------------------------------------------------------- words to timed tokens


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: float
    end: float


def _tokens_from_words(words: Sequence[Word], width: int) -> list[_Token]:
    tokens: list[_Token] = []
    for word in words:
        text = " ".join(word.text.split())
        if not text:
            continue
        parts = [p for chunk in text.split(" ") for p in _split_long(chunk, width)]
        span = (word.end - word.start) / len(parts)
        for i, part in enumerate(parts):
            tokens.append(_Token(part, word.start + i * span, word.start + (i + 1) * span))
    return tokens


_CJK_RUN = re.compile(r"([\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])")


def _tokens_from_segments(transcript: Transcript, width: int) -> list[_Token]:
    tokens: list[_Token] = []
    for segment in transcript.segments:
        # Chinese has no spaces: treat each character as a token so lines can break anywhere.
        pieces = [p for raw in _CJK_RUN.split(segment.text) for p in raw.split() if p]
        pieces = [p for piece in pieces for p in _split_long(piece, width)]
        if not pieces:
            continue
        total = sum(columns(p) for p in pieces)
        at = segment.start
        for piece in pieces:
            share = (segment.end - segment.start) * columns(piece) / total
            tokens.append(_Token(piece, at, at + share))
            at += share
    return tokens


# --------------------------------------------------------------------------- cue building


def _wrap(tokens: Sequence[str], width: int) -> list[str]:
    lines: list[list[str]] = [[]]
    for token in tokens:
        candidate = join_tokens([*lines[-1], token])
        if lines[-1] and columns(candidate) > width:
            lines.append([token])
        else:
            lines[-1].append(token)
    return [join_tokens(line) for line in lines if line]


class _Layout:
    """The greedy line layout of the cue being built, grown one token at a time (same result as :func:`_wrap`,
    without re-wrapping the whole cue for every word)."""

    def __init__(self, width: int, max_lines: int) -> None:
        self.width = width
        self.max_lines = max_lines
        self.lines = 0
        self.last = ""  # text of the last line
        self.last_columns = 0

    def add(self, token: str) -> bool:
        """Place ``token``; False (and nothing changed) when it would need one line too many."""
        if self.lines:
            extra = columns(token) + (1 if _needs_space(self.last, token) else 0)
            if self.last_columns + extra <= self.width:
                self.last = join_tokens([self.last, token])
                self.last_columns += extra
                return True
        if self.lines >= self.max_lines:
            return False
        self.lines += 1
        self.last, self.last_columns = token, columns(token)
        return True


def build_cues(
    transcript: Transcript,
    *,
    max_columns: int = MAX_LINE_COLUMNS,
    max_lines: int = MAX_LINES,
    max_seconds: float = MAX_CUE_SECONDS,
    pause_seconds: float = PAUSE_SECONDS,
) -> tuple[Cue, ...]:
    """Caption cues for ``transcript``: lines of at most ``max_columns``, at most ``max_lines`` lines and at most
    ``max_seconds`` each; cues never overlap and follow the order of speech."""
    if transcript.words:
        tokens = _tokens_from_words(transcript.words, max_columns)
    else:
        tokens = _tokens_from_segments(transcript, max_columns)
    groups: list[list[_Token]] = []
    layout = _Layout(max_columns, max_lines)
    for token in tokens:
        current = groups[-1] if groups else None
        if current is not None:
            previous = current[-1]
            breaks = (
                token.start - previous.end >= pause_seconds
                or token.end - current[0].start > max_seconds
                or (previous.text.endswith(_SENTENCE_END) and previous.end - current[0].start >= 1.0)
            )
            if not breaks and layout.add(token.text):
                current.append(token)
                continue
        groups.append([token])
        layout = _Layout(max_columns, max_lines)
        layout.add(token.text)
    return _timed(groups, max_columns, max_seconds)


def _timed(groups: Sequence[Sequence[_Token]], width: int, max_seconds: float) -> tuple[Cue, ...]:
    cues: list[Cue] = []
    for index, group in enumerate(groups):
        start = group[0].start
        if cues:
            start = max(start, cues[-1].end)
        end = min(max(group[-1].end, start + MIN_CUE_SECONDS), start + max_seconds)
        if index + 1 < len(groups):
            end = min(end, max(groups[index + 1][0].start, start + 0.001))
        # Whole milliseconds: what both formats can express, so a cue never rounds to zero length.
        start_ms = round(start * 1000)
        end_ms = max(round(end * 1000), start_ms + 1)
        cues.append(Cue(start_ms / 1000, end_ms / 1000, tuple(_wrap([t.text for t in group], width))))
    return tuple(cues)


# --------------------------------------------------------------------------- formats


def _timestamp(seconds: float, separator: str) -> str:
    total_ms = round(seconds * 1000)
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{ms:03d}"


def vtt_timestamp(seconds: float) -> str:
    """``HH:MM:SS.mmm`` as WebVTT writes it."""
    return _timestamp(seconds, ".")


def srt_timestamp(seconds: float) -> str:
    """``HH:MM:SS,mmm`` as SubRip writes it."""
    return _timestamp(seconds, ",")


def _vtt_escape(text: str) -> str:
    # WebVTT cue text is markup: & and < must be escaped, and "-->" must never appear.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_webvtt(transcript: Transcript, cues: Sequence[Cue] | None = None) -> str:
    """The transcript as a WebVTT file (UTF-8 text, ends with a newline)."""
    chosen = build_cues(transcript) if cues is None else cues
    parts = ["WEBVTT\n"]
    for index, cue in enumerate(chosen, start=1):
        lines = "\n".join(_vtt_escape(line) for line in cue.lines)
        parts.append(f"{index}\n{vtt_timestamp(cue.start)} --> {vtt_timestamp(cue.end)}\n{lines}\n")
    return "\n".join(parts)


def to_srt(transcript: Transcript, cues: Sequence[Cue] | None = None) -> str:
    """The transcript as a SubRip (.srt) file; empty text when nothing was said."""
    chosen = build_cues(transcript) if cues is None else cues
    blocks = [
        f"{index}\n{srt_timestamp(cue.start)} --> {srt_timestamp(cue.end)}\n{cue.text.replace('-->', '→')}\n"
        for index, cue in enumerate(chosen, start=1)
    ]
    return "\n".join(blocks)


__all__ = [
    "MAX_CUE_SECONDS",
    "MAX_LINES",
    "MAX_LINE_COLUMNS",
    "Cue",
    "build_cues",
    "columns",
    "join_tokens",
    "srt_timestamp",
    "to_srt",
    "to_webvtt",
    "vtt_timestamp",
]
