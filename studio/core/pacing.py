"""Speaking rate, dead air, pauses and long monologues, from word timestamps.

Definitions (documented in ``docs/report-schema.md`` too):

- **Units**: words (en, id), written syllables = whitespace tokens (vi), CJK characters plus
  other tokens as words (zh). See ``studio.core.language`` for why.
- **Speaking time**: the time inside speech. Words closer than ``pause`` (default 0.5 s, ETS
  SpeechRater's "long silence") belong to one run of speech; speaking time is the sum of the runs'
  lengths. Short breaths stay inside it (a rate that drops at every comma is not useful), longer
  pauses are left out (peers compute wpm over speech only).
- **Rate** = units ÷ speaking time × 60; **wall rate** = units ÷ the recording's length × 60.
- **Windows**: consecutive ``window``-second stretches (default 30 s) of the recording. A word
  belongs to the window holding its midpoint; a window is judged only with at least
  ``min_window_speech`` seconds of speech in it (10 s), so a window that is mostly silence is
  reported as dead air, not as "slow". A window must be more than ``window_margin`` (5 %) outside
  the band to be judged fast or slow: half a minute of word timestamps is a noisy measure, and
  "171 words a minute, faster than 170" helps nobody. Neighbouring windows with the same verdict
  are merged into one finding.
- **Dead air**: silences of at least ``dead_air`` seconds (default 3 s) between words, before the
  first word and after the last.
- **Pauses**: gaps between words of at least 0.15 s (ETS: a pause is > 0.145 s), as counts in
  bins, median and 90th percentile.
- **Monologue**: the longest stretch of speech between calls to action (or from the start to the
  first, or from the last to the end); flagged above ``monologue_limit`` (default 120 s).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from studio.core.language import RateUnit, profile
from studio.core.model import Finding, FindingKind, PaceBand, Severity, Transcript, Word
from studio.core.report import join_words, phrase, quote_gap, unit_name

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORDISH = re.compile(r"\w", re.UNICODE)
PAUSE_BINS: tuple[float, ...] = (0.15, 0.5, 1.0, 2.0, 3.0)
"""Lower edges of the pause bins in seconds; the last bin is open-ended."""


def count_units(text: str, unit: RateUnit) -> int:
    """How many rate units a piece of text holds."""
    if unit is RateUnit.CHARACTERS:
        cjk = len(_CJK.findall(text))
        if cjk == len(text):
            return cjk
        rest = _CJK.sub(" ", text)
        return cjk + sum(1 for token in rest.split() if _WORDISH.search(token))
    return sum(1 for token in text.split() if _WORDISH.search(token))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class PaceWindow:
    """One window of the recording: its span, units, speaking time and rate (None when not judged)."""

    start: float
    end: float
    units: int
    speaking_time: float
    rate: float | None
    verdict: str
    """"fast", "slow", "ok" or "" (not judged: too little speech)."""


@dataclass(frozen=True, slots=True)
class PaceResult:
    """The speaking rate overall and per window."""

    unit: RateUnit
    units: int
    words: int
    speaking_time: float
    wall_time: float
    rate: float
    wall_rate: float
    band: PaceBand
    verdict: str
    windows: tuple[PaceWindow, ...]


@dataclass(frozen=True, slots=True)
class Silence:
    """A stretch without words: ``where`` is "leading", "gap" or "trailing"."""

    start: float
    end: float
    where: str

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class PauseStats:
    """Pauses between words: how many, median, 90th percentile and counts per bin (edges in ``PAUSE_BINS``)."""

    count: int
    median: float
    p90: float
    bins: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Monologue:
    """A stretch of speech without a call to action."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


# --------------------------------------------------------------------------- speech runs and rates


def speech_runs(words: Sequence[Word], pause: float = 0.5) -> list[tuple[float, float]]:
    """Spans of continuous speech: words separated by less than ``pause`` seconds are joined."""
    runs: list[tuple[float, float]] = []
    if not words:
        return runs
    start, end = words[0].start, words[0].end
    for word in words[1:]:
        if word.start - end >= pause:
            runs.append((start, end))
            start = word.start
        end = max(end, word.end)
    runs.append((start, end))
    return runs


def _verdict(rate: float, band: PaceBand, margin: float = 0.0) -> str:
    if rate > band.high * (1.0 + margin):
        return "fast"
    if rate < band.low * (1.0 - margin):
        return "slow"
    return "ok"


def wall_time(transcript: Transcript) -> float:
    """The recording's length: its duration, or the last word's end when the duration is missing or short."""
    last = transcript.words[-1].end if transcript.words else 0.0
    return max(transcript.duration, last)


def measure_pace(
    transcript: Transcript,
    *,
    band: PaceBand | None = None,
    pause: float = 0.5,
    window: float = 30.0,
    min_window_speech: float = 10.0,
    window_margin: float = 0.05,
) -> PaceResult:
    """Speaking rate over speaking time and wall time, overall and per window."""
    prof = profile(transcript.language)
    band = band or prof.band
    words = transcript.words
    per_word = [count_units(w.text, prof.unit) for w in words]
    units = sum(per_word)
    runs = speech_runs(words, pause)
    speaking = sum(end - start for start, end in runs)
    total = wall_time(transcript)
    rate = units / speaking * 60.0 if speaking > 0 else 0.0
    wall_rate = units / total * 60.0 if total > 0 else 0.0

    windows: list[PaceWindow] = []
    count = math.ceil(total / window) if total > 0 else 0
    window_units = [0] * count
    for word, n in zip(words, per_word, strict=False):
        slot = min(int((word.start + word.end) / 2 / window), count - 1) if count else 0
        if count:
            window_units[slot] += n
    run_index = 0
    for k in range(count):
        w_start, w_end = k * window, min((k + 1) * window, total)
        inside = 0.0
        while run_index < len(runs) and runs[run_index][1] <= w_start:
            run_index += 1
        j = run_index
        while j < len(runs) and runs[j][0] < w_end:
            inside += max(0.0, min(runs[j][1], w_end) - max(runs[j][0], w_start))
            j += 1
        if inside >= min_window_speech:
            w_rate = window_units[k] / inside * 60.0
            verdict = _verdict(w_rate, band, window_margin)
            windows.append(PaceWindow(w_start, w_end, window_units[k], inside, w_rate, verdict))
        else:
            windows.append(PaceWindow(w_start, w_end, window_units[k], inside, None, ""))
    verdict = _verdict(rate, band) if units else ""
    return PaceResult(prof.unit, units, len(words), speaking, total, rate, wall_rate, band, verdict, tuple(windows))


def _quote(words: Sequence[Word], start: float, end: float, language: str, limit: int = 12) -> str:
    """Up to ``limit`` words said in ``[start, end)``, joined as the language is written, and a closing ellipsis."""
    picked = join_words([w.text for w in words if start <= w.start < end][:limit])
    return picked + quote_gap(language).rstrip() if picked else ""


def pace_findings(
    result: PaceResult, transcript: Transcript, language: str, *, min_speech: float = 10.0
) -> list[Finding]:
    """One finding per run of too-fast or too-slow windows, and one for the whole session when it is off.

    The whole-session finding is left out when one run of windows already covers every judged window
    (it would say the same thing twice), and when there are under ``min_speech`` seconds of speech.
    """
    findings = _window_findings(result, transcript, language)
    judged = [w for w in result.windows if w.verdict]
    covered = len(findings) == 1 and sum(1 for w in judged if w.verdict == result.verdict) == len(judged)
    if result.verdict in ("fast", "slow") and not covered and result.speaking_time >= min_speech:
        unit = unit_name(result.unit, language)
        low, high = result.band.low, result.band.high
        overall = Finding(
            kind=FindingKind.PACE,
            severity=Severity.WARNING,
            start=transcript.words[0].start,
            end=transcript.words[-1].end,
            message=phrase(f"pace_overall_{result.verdict}", language, rate=result.rate, unit=unit, low=low, high=high),
            suggestion=phrase(f"pace_fix_{result.verdict}", language),
            rule_id=f"pace.overall.{result.verdict}",
        )
        findings.insert(0, overall)
    return findings


def _window_findings(result: PaceResult, transcript: Transcript, language: str) -> list[Finding]:
    """One finding per run of neighbouring windows with the same verdict (fast or slow)."""
    findings: list[Finding] = []
    unit = unit_name(result.unit, language)
    low, high = result.band.low, result.band.high
    k = 0
    windows = result.windows
    while k < len(windows):
        verdict = windows[k].verdict
        if verdict not in ("fast", "slow"):
            k += 1
            continue
        j = k
        while j + 1 < len(windows) and windows[j + 1].verdict == verdict:
            j += 1
        run = windows[k : j + 1]
        worst = max(run, key=lambda w: w.rate or 0.0) if verdict == "fast" else min(run, key=lambda w: w.rate or 0.0)
        units = sum(w.units for w in run)
        speaking = sum(w.speaking_time for w in run)
        rate = units / speaking * 60.0
        findings.append(
            Finding(
                kind=FindingKind.PACE,
                severity=Severity.WARNING,
                start=run[0].start,
                end=run[-1].end,
                message=phrase(f"pace_{verdict}", language, rate=rate, unit=unit, low=low, high=high),
                quote=_quote(transcript.words, worst.start, worst.end, transcript.language),
                suggestion=phrase(f"pace_fix_{verdict}", language),
                rule_id=f"pace.window.{verdict}",
            )
        )
        k = j + 1
    return findings


# --------------------------------------------------------------------------- silences and pauses


def find_silences(transcript: Transcript, *, threshold: float = 3.0, edges: bool = True) -> list[Silence]:
    """Silences of at least ``threshold`` seconds, including before the first and after the last word."""
    words = transcript.words
    total = wall_time(transcript)
    if not words:
        return [Silence(0.0, total, "gap")] if total >= threshold else []
    out: list[Silence] = []
    if edges and words[0].start >= threshold:
        out.append(Silence(0.0, words[0].start, "leading"))
    end = words[0].end
    for word in words[1:]:
        if word.start - end >= threshold:
            out.append(Silence(end, word.start, "gap"))
        end = max(end, word.end)
    if edges and total - end >= threshold:
        out.append(Silence(end, total, "trailing"))
    return out


def pause_stats(words: Sequence[Word], *, minimum: float = PAUSE_BINS[0]) -> PauseStats:
    """The distribution of pauses between words (gaps of at least ``minimum`` seconds)."""
    gaps: list[float] = []
    end = words[0].end if words else 0.0
    for word in words[1:]:
        gap = word.start - end
        if gap >= minimum:
            gaps.append(gap)
        end = max(end, word.end)
    bins = [0] * len(PAUSE_BINS)
    for gap in gaps:
        slot = 0
        for i, edge in enumerate(PAUSE_BINS):
            if gap >= edge:
                slot = i
        bins[slot] += 1
    if not gaps:
        return PauseStats(0, 0.0, 0.0, tuple(bins))
    ordered = sorted(gaps)
    return PauseStats(len(gaps), _percentile(ordered, 50), _percentile(ordered, 90), tuple(bins))


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile of sorted values (the same as numpy's default)."""
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * q / 100.0
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def dead_air_findings(silences: Sequence[Silence], transcript: Transcript, language: str) -> list[Finding]:
    """One finding per silence, saying how long it was and what was said just before."""
    findings: list[Finding] = []
    words = transcript.words
    starts = [w.start for w in words]
    for silence in silences:
        upto = bisect.bisect_right(starts, silence.start + 1e-6)
        before = [w.text.strip() for w in words[max(0, upto - 6) : upto] if w.end <= silence.start + 1e-6]
        findings.append(
            Finding(
                kind=FindingKind.DEAD_AIR,
                severity=Severity.WARNING,
                start=silence.start,
                end=silence.end,
                message=phrase(f"dead_air_{silence.where}", language, duration=silence.duration),
                quote=join_words(before),
                suggestion=phrase("dead_air_fix", language),
                rule_id=f"dead_air.{silence.where}",
            )
        )
    return findings


# --------------------------------------------------------------------------- monologue


def longest_monologue(words: Sequence[Word], cta_times: Sequence[float]) -> Monologue | None:
    """The longest stretch of speech with no call to action in it (None without words)."""
    if not words:
        return None
    first, last = words[0].start, max(w.end for w in words[-50:])
    marks = sorted(t for t in cta_times if first <= t <= last)
    edges = [first, *marks, last]
    best = max(itertools.pairwise(edges), key=lambda pair: pair[1] - pair[0], default=(first, last))
    return Monologue(best[0], best[1])


def monologues_over(words: Sequence[Word], cta_times: Sequence[float], limit: float) -> list[Monologue]:
    """Every stretch between calls to action longer than ``limit`` seconds."""
    if not words:
        return []
    first, last = words[0].start, max(w.end for w in words[-50:])
    marks = sorted(t for t in cta_times if first <= t <= last)
    edges = [first, *marks, last]
    return [Monologue(a, b) for a, b in itertools.pairwise(edges) if b - a > limit]


def monologue_findings(stretches: Sequence[Monologue], language: str, *, had_cta: bool) -> list[Finding]:
    return [
        Finding(
            kind=FindingKind.MONOLOGUE,
            severity=Severity.WARNING,
            start=m.start,
            end=m.end,
            message=phrase("monologue" if had_cta else "monologue_none", language, duration=m.duration),
            suggestion=phrase("monologue_fix", language),
            rule_id="monologue",
        )
        for m in stretches
    ]
