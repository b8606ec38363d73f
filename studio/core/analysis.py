"""The analysis pipeline: one transcript (and optionally audio, a run-sheet, a market) in, one ``Report`` out.

Steps, each skipped when the trainee switched its metric off (``Trainee.disabled_metrics``, names in
``METRICS``): pace → dead air and pauses → fillers and stutters → script coverage and deixis (needs a
run-sheet; ``studio.core.coverage``; deixis runs without one too) → monologue between calls to action
(language phrases + run-sheet ``cta`` lines + coverage's call-to-action mentions) → voice (needs
audio) → banned claims (needs a market, or the run-sheet's; ``studio.core.claims``). Findings are
ranked and the spoken summary composed by ``studio.core.report``.

The claim and coverage checks are written by other parts of the project; they are imported when
``analyse`` runs, so this module works (without them) while they are missing and picks them up
as soon as they are installed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from studio.core.fillers import analyse_fillers, build_units, filler_findings, find_phrases
from studio.core.language import language_code, profile
from studio.core.model import LANGUAGES, Finding, FindingKind, Report, Trainee, Transcript
from studio.core.pacing import (
    PAUSE_BINS,
    dead_air_findings,
    find_silences,
    longest_monologue,
    measure_pace,
    monologue_findings,
    monologues_over,
    pace_findings,
    pause_stats,
)
from studio.core.report import UNIT_CODES, compose_summary, rank_findings
from studio.core.voice import analyse_voice, voice_findings

if TYPE_CHECKING:
    from studio.core.script import RunSheet
    from studio.core.viewers import AskedQuestion

METRICS: tuple[str, ...] = (
    "pace",
    "dead_air",
    "pauses",
    "fillers",
    "stutters",
    "monologue",
    "voice",
    "coverage",
    "deixis",
    "claims",
)
"""Metric names a trainee profile can switch off."""


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """Thresholds for one analysis; the defaults are documented in ``docs/report-schema.md``."""

    pause: float = 0.5
    """Gaps of at least this many seconds are not speaking time."""
    window: float = 30.0
    """Length of the pace windows in seconds."""
    min_window_speech: float = 10.0
    window_margin: float = 0.05
    """A window must be this fraction outside the band to be called fast or slow."""
    dead_air: float = 3.0
    """Silences of at least this many seconds are dead air."""
    dead_air_edges: bool = True
    """Count silence before the first and after the last word."""
    filler_pause: float = 0.3
    """A pause this long sets off an ambiguous filler ("like", "so")."""
    monologue_limit: float = 120.0
    cta_phrases: tuple[str, ...] | None = None
    """Calls to action for the monologue check; None uses the run-sheet's plus the language's defaults."""
    cta_times: tuple[float, ...] = ()
    """Known call-to-action times (for example from coverage) added to the ones found in the words."""
    feedback_language: str | None = None
    """Language of the feedback; None uses the transcript's language."""
    max_filler_findings: int = 3
    times_estimated: bool = False
    """Word times were estimated from text (``studio analyze notes.txt``): skip pauses, dead air and voice."""
    extra_findings: tuple[Finding, ...] = field(default=())
    """Findings from elsewhere (live cues, instructor notes) to rank with the rest."""
    viewer_questions: tuple[AskedQuestion, ...] = field(default=())
    """Simulated viewer questions read out during the rehearsal (``studio.core.viewers``): each is scored on
    whether and how fast it was answered."""


def _enabled(trainee: Trainee | None, metric: str) -> bool:
    return trainee is None or metric not in trainee.disabled_metrics


def _script_ctas(script: RunSheet | None) -> tuple[str, ...]:
    if script is None:
        return ()
    phrases: list[str] = []
    for _product, item in script.items:
        if getattr(item.kind, "value", "") == "cta":
            phrases.extend(item.phrases)
    return tuple(phrases)


def _coverage(
    script: RunSheet, transcript: Transcript, trainee: Trainee | None, language: str
) -> tuple[list[Finding], dict[str, float], list[float]]:
    """Run-sheet coverage and deixis (``studio.core.coverage``), said in ``language``; also the call-to-action times."""
    from studio.core.coverage import find_deixis, score_coverage

    findings: list[Finding] = []
    metrics: dict[str, float] = {}
    cta_times: list[float] = []
    deixis = _enabled(trainee, "deixis")
    if _enabled(trainee, "coverage"):
        # With deixis on, coverage runs it with the sheet's product words counting as descriptions.
        result = score_coverage(script, transcript, deixis=deixis, language=language)
        findings.extend(result.findings)
        metrics.update({f"coverage_{key}": float(value) for key, value in dict(result.metrics).items()})
        cta_times.extend(float(m.start) for m in result.cta_mentions)
    elif deixis:
        findings.extend(find_deixis(transcript, language=language))
    return findings, metrics, cta_times


def _deixis_only(transcript: Transcript, language: str) -> list[Finding]:
    from studio.core.coverage import find_deixis

    return list(find_deixis(transcript, language=language))


def _claims(transcript: Transcript, market: str, category: str | None) -> list[Finding]:
    """Banned and risky claims, through ``studio.core.claims``' public API."""
    try:
        from studio.core.claims import (  # type: ignore[attr-defined, unused-ignore]
            check_transcript,
            load_packs,
        )
    except ImportError:  # INTEGRATION POINT: claims not installed yet
        return []
    rules = load_packs(market)
    return list(check_transcript(transcript, rules, product_category=category))


def analyse(
    transcript: Transcript,
    *,
    script: RunSheet | None = None,
    market: str | None = None,
    product_category: str | None = None,
    trainee: Trainee | None = None,
    audio: tuple[npt.NDArray[np.floating[Any]], int] | None = None,
    settings: AnalysisSettings | None = None,
) -> Report:
    """Analyse one rehearsal and compose its report (metrics, ranked findings, spoken summary)."""
    s = settings or AnalysisSettings()
    lang = language_code(s.feedback_language or transcript.language)
    prof = profile(transcript.language)
    words = transcript.words
    findings: list[Finding] = list(s.extra_findings)

    band = trainee.pace_band if trainee is not None and trainee.pace_band is not None else prof.band
    pace = measure_pace(
        transcript,
        band=band,
        pause=s.pause,
        window=s.window,
        min_window_speech=s.min_window_speech,
        window_margin=s.window_margin,
    )
    metrics: dict[str, float] = {
        "duration_seconds": pace.wall_time,
        "speaking_seconds": pace.speaking_time,
        "word_count": float(pace.units),
        "pace_unit": float(UNIT_CODES.index(pace.unit)),
        "pace_rate": pace.rate,
        "pace_rate_wall": pace.wall_rate,
        "pace_band_low": band.low,
        "pace_band_high": band.high,
        "pace_fast_windows": float(sum(1 for w in pace.windows if w.verdict == "fast")),
        "pace_slow_windows": float(sum(1 for w in pace.windows if w.verdict == "slow")),
    }
    if s.times_estimated:
        metrics["times_estimated"] = 1.0
    if _enabled(trainee, "pace") and words and not s.times_estimated:
        findings.extend(pace_findings(pace, transcript, lang))

    if not s.times_estimated:
        if _enabled(trainee, "dead_air"):
            silences = find_silences(transcript, threshold=s.dead_air, edges=s.dead_air_edges)
            metrics["dead_air_threshold"] = s.dead_air
            metrics["dead_air_count"] = float(len(silences))
            metrics["dead_air_seconds"] = sum(x.duration for x in silences)
            metrics["dead_air_longest"] = max((x.duration for x in silences), default=0.0)
            findings.extend(dead_air_findings(silences, transcript, lang))
        if _enabled(trainee, "pauses"):
            stats = pause_stats(words)
            metrics["pause_count"] = float(stats.count)
            metrics["pause_median"] = stats.median
            metrics["pause_p90"] = stats.p90
            for edge, count in zip(PAUSE_BINS, stats.bins, strict=False):
                metrics[f"pause_bin_{edge:g}"] = float(count)

    units = build_units(words, transcript.language)
    if _enabled(trainee, "fillers") or _enabled(trainee, "stutters"):
        fillers = analyse_fillers(
            words,
            transcript.language,
            word_count=pace.units,
            minutes=pace.wall_time / 60.0,
            pause=s.filler_pause,
            units=units,
        )
        chosen = filler_findings(fillers, lang, limit=s.max_filler_findings, unit=prof.unit)
        if _enabled(trainee, "fillers"):
            metrics["filler_count"] = float(len(fillers.fillers))
            metrics["filler_per_100_words"] = fillers.per_100_words
            metrics["filler_per_minute"] = fillers.per_minute
            findings.extend(f for f in chosen if f.kind is FindingKind.FILLER)
        if _enabled(trainee, "stutters"):
            metrics["stutter_count"] = float(len(fillers.stutters))
            findings.extend(f for f in chosen if f.kind is FindingKind.STUTTER)

    coverage_ctas: list[float] = []
    if script is not None:
        more, cover_metrics, coverage_ctas = _coverage(script, transcript, trainee, lang)
        findings.extend(more)
        metrics.update(cover_metrics)
    elif _enabled(trainee, "deixis"):
        findings.extend(_deixis_only(transcript, lang))

    if _enabled(trainee, "monologue") and words and not s.times_estimated:
        phrases = s.cta_phrases if s.cta_phrases is not None else (*_script_ctas(script), *prof.cta_phrases)
        hits = find_phrases(words, units, phrases, transcript.language)
        cta_times: Sequence[float] = sorted({*(h.start for h in hits), *s.cta_times, *coverage_ctas})
        longest = longest_monologue(words, cta_times)
        over = monologues_over(words, cta_times, s.monologue_limit)
        metrics["cta_count"] = float(len(cta_times))
        metrics["monologue_longest"] = longest.duration if longest else 0.0
        metrics["monologue_flagged"] = float(len(over))
        findings.extend(monologue_findings(over, lang, had_cta=bool(cta_times)))

    if audio is not None and _enabled(trainee, "voice"):
        samples, rate = audio
        voice = analyse_voice(samples, rate)
        metrics["voice_level_dbfs"] = voice.level_dbfs
        metrics["voice_loudness_std_db"] = voice.loudness_std_db
        metrics["voice_pitch_std_semitones"] = voice.pitch_std_semitones
        metrics["voice_pitch_median_hz"] = voice.pitch_median_hz
        metrics["voice_voiced_seconds"] = voice.voiced_seconds
        metrics["voice_monotone"] = 1.0 if voice.monotone else 0.0
        metrics["voice_flat_volume"] = 1.0 if voice.flat_volume else 0.0
        findings.extend(voice_findings(voice, lang, duration=pace.wall_time))

    if s.viewer_questions:
        from studio.core.viewers import score_answers, sheet_answers

        viewer_findings, viewer_metrics = score_answers(s.viewer_questions, transcript, lang,
                                                        sheet=sheet_answers(script))
        findings.extend(viewer_findings)
        metrics.update(viewer_metrics)

    chosen_market = market or (script.market if script is not None else None)
    if chosen_market and _enabled(trainee, "claims"):
        claims = _claims(transcript, chosen_market, product_category)
        findings.extend(claims)
        metrics["claims_block"] = float(sum(1 for f in claims if f.severity.value == "block"))
        metrics["claims_total"] = float(len(claims))

    ranked = rank_findings(findings)
    summary = compose_summary(ranked, metrics, lang, unit=prof.unit, dead_air_threshold=s.dead_air)
    return Report(
        language=lang if lang in LANGUAGES else "en",
        metrics=metrics,
        findings=ranked,
        summary=summary,
        transcript_pass=transcript.source_pass,
    )
