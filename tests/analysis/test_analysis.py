"""The pipeline: metrics, findings and summary together; trainee settings; feedback language; integrations."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from studio.core.analysis import METRICS, AnalysisSettings, analyse
from studio.core.model import FindingKind, PaceBand, Trainee, Transcript

from .helpers import timed, transcript


def _session() -> Transcript:
    """40 s: fast talk with fillers and a stutter, then 6 s of dead air, then a call to action."""
    talk = timed("um so, this serum is, like, the the lightest serum you will ever try " * 5, length=0.2, gap=0.05)
    end = talk[-1].end
    tail = timed("tap the basket to buy it now", start=end + 6.0, length=0.3)
    return transcript(talk + tail, duration=tail[-1].end + 1.0)


def test_report_has_metrics_findings_and_summary() -> None:
    """Dead air, pace, fillers and stutters are measured; the summary mentions the silence and the pace."""
    report = analyse(_session())
    m = report.metrics
    assert m["dead_air_count"] == 1
    assert m["dead_air_longest"] == pytest.approx(6.0)
    assert m["filler_count"] == 15
    assert m["stutter_count"] == 5
    assert m["pace_rate"] > 170
    kinds = [f.kind for f in report.findings]
    assert kinds[0] is FindingKind.DEAD_AIR, "dead air outranks pace and fillers"
    assert FindingKind.FILLER in kinds and FindingKind.STUTTER in kinds
    assert "silence longer than three seconds" in report.summary
    assert report.language == "en"


def test_counts_in_the_pipeline_are_hand_checked() -> None:
    """Each of the five repeats has "um" (always), "so," (after a filler, comma after) and ", like," : 15 fillers;
    77 words (5 × 14 + 7); "the the" five times."""
    report = analyse(_session())
    assert report.metrics["filler_count"] == 15
    assert report.metrics["word_count"] == 5 * 14 + 7
    assert report.metrics["stutter_count"] == 5


def test_disabled_metrics_are_not_measured_or_reported() -> None:
    """A trainee with fillers, stutters and pace switched off hears nothing about them."""
    trainee = Trainee("t1", "Lan", disabled_metrics=frozenset({"fillers", "stutters", "pace"}))
    report = analyse(_session(), trainee=trainee)
    kinds = {f.kind for f in report.findings}
    assert kinds.isdisjoint({FindingKind.FILLER, FindingKind.STUTTER, FindingKind.PACE})
    assert "filler_count" not in report.metrics and "stutter_count" not in report.metrics
    assert set(trainee.disabled_metrics) <= set(METRICS)


def test_trainee_pace_band_is_used() -> None:
    """120 wpm is fine by default, too fast for a trainee whose band is 80–100."""
    t = transcript(timed(["word"] * 120, length=0.5, gap=0.0))
    assert not [f for f in analyse(t).findings if f.kind is FindingKind.PACE]
    slow_band = Trainee("t2", "Budi", language="id", pace_band=PaceBand(80, 100))
    report = analyse(t, trainee=slow_band)
    assert report.metrics["pace_band_high"] == 100
    assert [f for f in report.findings if f.kind is FindingKind.PACE]


def test_feedback_in_another_language() -> None:
    """An English rehearsal with Vietnamese feedback: Vietnamese messages, English rate unit named in Vietnamese."""
    report = analyse(_session(), settings=AnalysisSettings(feedback_language="vi"))
    assert report.language == "vi"
    assert "Im lặng" in " ".join(f.message for f in report.findings)
    assert "từ mỗi phút" in report.summary
    assert report.metrics["pace_unit"] == 0  # words: the unit of the spoken language, not of the feedback


def test_dead_air_threshold_and_monologue_limit_are_settings() -> None:
    """A 2 s threshold also catches shorter silences; a 10 s monologue limit flags the talk before the CTA."""
    report = analyse(_session(), settings=AnalysisSettings(dead_air=7.0, monologue_limit=10.0))
    assert report.metrics["dead_air_count"] == 0
    assert report.metrics["cta_count"] >= 1
    assert report.metrics["monologue_flagged"] == 1
    assert any(f.kind is FindingKind.MONOLOGUE for f in report.findings)


def test_audio_feeds_the_voice_measures() -> None:
    """With a steady tone as the audio, the report says the voice was monotone."""
    rate = 16000
    tone = (0.3 * np.sin(2 * np.pi * 150 * np.arange(rate * 20) / rate)).astype(np.float32)
    report = analyse(_session(), audio=(tone, rate))
    assert report.metrics["voice_monotone"] == 1
    assert any(f.rule_id == "voice.monotone" for f in report.findings)


def test_empty_transcript_gives_a_report_not_an_error() -> None:
    """No words at all: the report says no speech was found and counts the silence."""
    report = analyse(Transcript("en", 12.0, "test"))
    assert report.metrics["word_count"] == 0
    assert report.metrics["dead_air_count"] == 1
    assert report.summary.startswith("No speech was found")


def test_estimated_times_skip_timing_metrics() -> None:
    """Times estimated from text: no dead air, pause or pace findings, and the summary says so."""
    report = analyse(_session(), settings=AnalysisSettings(times_estimated=True))
    assert "dead_air_count" not in report.metrics
    assert not [f for f in report.findings if f.kind in (FindingKind.PACE, FindingKind.DEAD_AIR)]
    assert report.summary.startswith("Times are estimated from text.")


@pytest.mark.slow  # loading and compiling the rule packs takes a few seconds
@pytest.mark.skipif(importlib.util.find_spec("studio.core.claims") is None, reason="claims not installed yet")
def test_claims_are_checked_for_a_market() -> None:
    """With a market the banned-claim rules run; a medical cure claim is found and ranked first."""
    claims = pytest.importorskip("studio.core.claims")
    if not hasattr(claims, "check_transcript"):
        pytest.skip("claims API not complete yet")
    words = timed("this cream cures acne in three days guaranteed")
    report = analyse(transcript(words), market="en-US", product_category="cosmetics")
    assert "claims_block" in report.metrics
    claim_findings = [f for f in report.findings if f.kind is FindingKind.CLAIM]
    assert claim_findings, "a cure claim for acne must be flagged"
    assert report.findings[0].kind is FindingKind.CLAIM


@pytest.mark.skipif(importlib.util.find_spec("studio.core.coverage") is None, reason="coverage not installed yet")
def test_run_sheet_coverage_and_deixis_are_integrated_once(repo_root: Path) -> None:
    """With a run-sheet: coverage metrics appear, missed points rank above fillers, "look at this" is flagged once,
    and the run-sheet's call to action ends the monologue."""
    from studio.core.script import load_script

    sheet = load_script(repo_root / "assets" / "scripts" / "en-phone-case.md")
    talk = timed("hi everyone um look at this one it is so nice " * 3, length=0.3, gap=0.1)
    cta = timed("tap the orange cart below to add it to your basket", start=talk[-1].end + 0.5, length=0.3, gap=0.1)
    report = analyse(transcript(talk + cta), script=sheet)
    assert any(key.startswith("coverage_") for key in report.metrics)
    kinds = [f.kind for f in report.findings]
    assert FindingKind.COVERAGE in kinds or FindingKind.DISCLAIMER_MISSING in kinds
    deixis = [f for f in report.findings if f.kind is FindingKind.DEIXIS]
    assert len({(f.start, f.end) for f in deixis}) == len(deixis), "deixis findings must not come twice"
    assert report.metrics["cta_count"] >= 1
    first_coverage = next(i for i, f in enumerate(report.findings) if f.kind is FindingKind.COVERAGE)
    first_filler = next(i for i, f in enumerate(report.findings) if f.kind is FindingKind.FILLER)
    assert first_coverage < first_filler
