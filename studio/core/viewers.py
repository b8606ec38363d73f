"""Simulated viewer questions: asked aloud during a rehearsal, then scored on whether and how fast they were answered.

On a real live stream viewers type questions ("How much is it?", "Do you ship to my city?") while the host talks,
and a host who does not answer loses them. peers.md lists this as something no peer tool does. Here:

* a **pool** per language (``assets/viewers/<lang>.json``): a few viewer names, the sentence that reads a question
  out ("{name} asks: {question}"), and questions by topic (price, shipping, size, material, stock, genuine, order),
  each with the words that count as answering it, whether a number answers it, and a sample answer;
* a **schedule** (:class:`ViewerSchedule`, pure and seeded): the first question after ``first_after`` seconds, then
  one every ``every`` ± ``jitter`` seconds, each topic once before any comes back, names in turn;
* **scoring** (:func:`score_answers`): after a question has been read out, the first answering word (or number)
  within ``window`` seconds is the answer; the finding says who asked what and how long the answer took, with a
  sample answer when it was slow or missing. Words heard while the question was being read do not count (the
  app's own voice may reach the microphone).

Qt-free; the live part (saying the question) is the rehearsal's cue thread (``studio.services.rehearsal``).
"""

from __future__ import annotations

import json
import random
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studio.core.errors import StudioError
from studio.core.language import language_code
from studio.core.model import Finding, FindingKind, FindingSource, Severity, Transcript, Word

if TYPE_CHECKING:
    from studio.core.script import RunSheet

QUICK_ANSWER_S = 8.0
"""An answer within this many seconds after the question was read is praised."""
ANSWER_WINDOW_S = 20.0
"""No answering word within this many seconds after the question was read: not answered."""
_CHARS_PER_SECOND = {"zh": 4.5}
_DEFAULT_CHARS_PER_SECOND = 14.0


@dataclass(frozen=True, slots=True)
class ViewerQuestion:
    """One question of the pool."""

    topic: str
    text: str
    answers: tuple[str, ...]
    numbers: bool = False
    sample: str = ""


@dataclass(frozen=True, slots=True)
class ViewerPool:
    """The questions, names and read-out sentence of one language."""

    language: str
    asks: str
    names: tuple[str, ...]
    questions: tuple[ViewerQuestion, ...]


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    """A question read out during a rehearsal: ``at`` seconds into the recording, ``said`` the whole sentence."""

    at: float
    name: str
    question: ViewerQuestion
    said: str
    language: str

    @property
    def read_seconds(self) -> float:
        """About how long the app's voice takes to read ``said`` (answers count from then)."""
        rate = _CHARS_PER_SECOND.get(self.language, _DEFAULT_CHARS_PER_SECOND)
        return max(1.5, len(self.said) / rate)


def default_viewers_dir() -> Path:
    """``assets/viewers`` next to ``assets/rules`` (``STUDIO_ASSETS_DIR`` moves both)."""
    from studio.core.claims.loader import default_rules_dir

    return default_rules_dir().parent / "viewers"


def load_pool(language: str, folder: Path | None = None) -> ViewerPool:
    """The pool of ``language`` ("en", "vi", "zh", "id"); a broken file is a :class:`StudioError` naming it."""
    lang = language_code(language)
    path = (folder or default_viewers_dir()) / f"{lang}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise StudioError(f"The viewer questions for {lang} cannot be read from {path}: {exc.strerror}.") from exc
    except json.JSONDecodeError as exc:
        raise StudioError(f"{path}, line {exc.lineno}: this is not valid JSON ({exc.msg}).") from exc
    try:
        questions = tuple(
            ViewerQuestion(str(q["topic"]), str(q["text"]), tuple(str(a) for a in q["answers"]),
                           bool(q.get("numbers", False)), str(q.get("sample", "")))
            for q in data["questions"]
        )
        pool = ViewerPool(lang, str(data["asks"]), tuple(str(n) for n in data["names"]), questions)
    except (KeyError, TypeError) as exc:
        raise StudioError(f"{path}: every question needs a topic, a text and its answers, and the file needs "
                          f"'asks' and 'names' ({exc!s} is missing or wrong).") from exc
    if not pool.questions or not pool.names or "{question}" not in pool.asks:
        raise StudioError(f"{path}: it needs at least one question and one name, and 'asks' must hold {{question}}.")
    return pool


@dataclass
class ViewerSchedule:
    """When the next question comes and which it is. Deterministic for a seed (tests, and fair comparisons)."""

    pool: ViewerPool
    first_after: float = 30.0
    every: float = 50.0
    jitter: float = 10.0
    seed: int = 0
    asked: list[AskedQuestion] = field(default_factory=list)
    next_at: float = field(init=False)
    """When the next question is due (seconds recorded)."""
    _order: list[ViewerQuestion] = field(init=False, default_factory=list)
    _random: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self.next_at = self.first_after

    def due(self, now: float) -> AskedQuestion | None:
        """The question to read out at ``now`` (seconds recorded), or None when none is due."""
        if now < self.next_at:
            return None
        if not self._order:  # each topic once, in a shuffled order, before any comes back
            self._order = list(self.pool.questions)
            self._random.shuffle(self._order)
        question = self._order.pop(0)
        name = self.pool.names[len(self.asked) % len(self.pool.names)]
        said = self.pool.asks.format(name=name, question=question.text)
        asked = AskedQuestion(round(now, 2), name, question, said, self.pool.language)
        self.asked.append(asked)
        self.next_at = now + self.every + self._random.uniform(-self.jitter, self.jitter)
        return asked


# --------------------------------------------------------------------------- scoring

# The run-sheet line that answers a topic, when the sheet has one: its first phrase becomes the suggested answer.
_SHEET_KINDS = {"price": "price", "shipping": "shipping", "order": "cta"}


def sheet_answers(script: RunSheet | None) -> dict[str, str]:
    """Topic → the run-sheet line that answers it ("price" → "$19.99"), from the first product that has one."""
    found: dict[str, str] = {}
    if script is None:
        return found
    for _product, item in script.items:
        for topic, kind in _SHEET_KINDS.items():
            if item.kind.value == kind and topic not in found:
                found[topic] = item.text
    return found


def answer_time(asked: AskedQuestion, words: Sequence[Word], *, window: float = ANSWER_WINDOW_S) -> Word | None:
    """The first word that answers ``asked``, said after it was read out and within ``window`` seconds: an answer
    term (matched as run-sheet coverage matches phrases) or, for topics a number answers, a spoken number."""
    from studio.core.coverage import Haystack, match_form, match_forms, timed_numbers

    begin = asked.at + asked.read_seconds
    heard = [w for w in words if begin <= w.start <= begin + window]
    if not heard:
        return None
    spaced = asked.language != "zh"
    sep = " " if spaced else ""
    haystack = Haystack.build(match_forms(heard, spaced), spaced)
    found: list[int] = []  # indexes into ``heard`` of the words where an answer starts
    for term in asked.question.answers:
        cleaned = match_form(term, spaced)
        position = haystack.text.find(f"{sep}{cleaned}{sep}") if cleaned else -1
        if position >= 0:
            found.append(haystack.owner[position + len(sep)])
    if asked.question.numbers:
        found.extend(number.first for number in timed_numbers(heard, [asked.language], spaced)[:1])
    return heard[min(found)] if found else None


def score_answers(
    asked: Sequence[AskedQuestion],
    transcript: Transcript,
    language: str,
    *,
    quick: float = QUICK_ANSWER_S,
    window: float = ANSWER_WINDOW_S,
    sheet: Mapping[str, str] | None = None,
) -> tuple[list[Finding], dict[str, float]]:
    """A finding per question read out (praise for a quick answer, a warning for a slow or missing one) and the
    metrics ``viewer_questions``, ``viewer_answered``, ``viewer_answer_median_seconds``. A question read out so
    near the end that there was no time to answer (``quick`` seconds) and not answered is left out. ``sheet`` (from
    :func:`sheet_answers`) gives the run-sheet line to suggest for a topic instead of the pool's sample."""
    from studio.core.report import phrase

    lang = language_code(language)
    findings: list[Finding] = []
    delays: list[float] = []
    scored = 0
    for item in asked:
        answer = answer_time(item, transcript.words, window=window)
        question = item.question.text.strip()
        ready = item.at + item.read_seconds
        if answer is None and transcript.duration < ready + quick:
            continue  # the take ended before there was time to answer: not held against the trainee
        scored += 1
        line = (sheet or {}).get(item.question.topic, "")
        if line:
            fix = phrase("viewer_fix_sheet", lang, line=line)
        else:
            fix = phrase("viewer_fix", lang, sample=item.question.sample) if item.question.sample else ""
        if answer is None:
            findings.append(Finding(
                FindingKind.VIEWER, Severity.WARNING, item.at, ready,
                phrase("viewer_none", lang, name=item.name, question=question, duration=window),
                suggestion=fix, rule_id=f"viewers.{item.question.topic}", source=FindingSource.LIVE))
            continue
        delay = max(0.0, answer.start - ready)
        delays.append(delay)
        quick_enough = delay <= quick
        findings.append(Finding(
            FindingKind.VIEWER, Severity.PRAISE if quick_enough else Severity.WARNING, item.at, answer.end,
            phrase("viewer_quick" if quick_enough else "viewer_slow", lang, name=item.name, question=question,
                   duration=float(max(1, round(delay)))),
            suggestion="" if quick_enough else fix, rule_id=f"viewers.{item.question.topic}",
            source=FindingSource.LIVE))
    metrics: dict[str, float] = {}
    if scored:
        metrics["viewer_questions"] = float(scored)
        metrics["viewer_answered"] = float(len(delays))
        if delays:
            metrics["viewer_answer_median_seconds"] = round(statistics.median(delays), 2)
    return findings, metrics


__all__ = [
    "ANSWER_WINDOW_S",
    "QUICK_ANSWER_S",
    "AskedQuestion",
    "ViewerPool",
    "ViewerQuestion",
    "ViewerSchedule",
    "answer_time",
    "default_viewers_dir",
    "load_pool",
    "score_answers",
    "sheet_answers",
]
