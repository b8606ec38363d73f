"""Speaking rate, windows, dead air, pauses and monologues on transcripts with hand-computed numbers."""

from __future__ import annotations

import pytest

from studio.core.language import RateUnit
from studio.core.model import PaceBand
from studio.core.pacing import (
    count_units,
    dead_air_findings,
    find_silences,
    longest_monologue,
    measure_pace,
    monologues_over,
    pace_findings,
    pause_stats,
)

from .helpers import timed, transcript


def test_words_per_minute_over_speaking_and_wall_time() -> None:
    """60 back-to-back half-second words with a 2 s pause: 30 s of speech (120 wpm) in 32 s (112.5 wpm)."""
    words = timed(["word"] * 60, length=0.5, gap=0.0, gaps={30: 2.0})
    result = measure_pace(transcript(words, duration=32.0))
    assert result.unit is RateUnit.WORDS
    assert result.units == 60
    assert result.speaking_time == pytest.approx(30.0)
    assert result.rate == pytest.approx(120.0)
    assert result.wall_rate == pytest.approx(112.5)
    assert result.verdict == "ok"


def test_short_breaths_stay_inside_speaking_time() -> None:
    """Gaps under the 0.5 s pause threshold count as speech: 10 words of 0.3 s, 0.2 s apart = 4.8 s."""
    result = measure_pace(transcript(timed(["a"] * 10, length=0.3, gap=0.2)))
    assert result.speaking_time == pytest.approx(4.8)
    assert result.rate == pytest.approx(10 / 4.8 * 60)


def test_vietnamese_counts_syllables_and_mandarin_counts_characters() -> None:
    """vi: each space-separated syllable is a unit; zh: each CJK character, a Latin run counts once."""
    assert count_units("Sản phẩm này rất tốt cho da", RateUnit.SYLLABLES) == 7
    assert count_units("我们的SPF50面霜，", RateUnit.CHARACTERS) == 6
    assert count_units("Produk ini bagus-bagus, ya!", RateUnit.WORDS) == 4
    vi = measure_pace(transcript(timed(["phẩm"] * 110, length=30 / 110, gap=0.0), language="vi"))
    assert vi.unit is RateUnit.SYLLABLES
    assert vi.rate == pytest.approx(220.0)
    zh = measure_pace(transcript(timed(["面霜"] * 60, length=0.5, gap=0.0), language="zh"))
    assert zh.unit is RateUnit.CHARACTERS
    assert zh.units == 120
    assert zh.rate == pytest.approx(240.0)
    assert zh.band == PaceBand(180.0, 280.0)


def test_thirty_second_windows_find_where_the_trainee_rushed() -> None:
    """100 words in the first 30 s (200 wpm, fast) then 40 in the next 30 s (80 wpm, slow); overall 140 is fine."""
    fast = timed(["fast"] * 100, length=0.3, gap=0.0)
    slow = timed(["slow"] * 40, start=30.0, length=0.75, gap=0.0)
    t = transcript(fast + slow, duration=60.0)
    result = measure_pace(t)
    assert [round(w.rate or 0) for w in result.windows] == [200, 80]
    assert [w.verdict for w in result.windows] == ["fast", "slow"]
    assert result.rate == pytest.approx(140.0)
    findings = pace_findings(result, t, "en")
    assert [(f.start, f.end, f.rule_id) for f in findings] == [
        (0.0, 30.0, "pace.window.fast"),
        (30.0, 60.0, "pace.window.slow"),
    ]
    assert "two hundred words a minute" in findings[0].message


def test_whole_session_finding_only_when_windows_do_not_say_it_already() -> None:
    """Fast in every window: one merged window finding, no repeat for the whole session; fast then fine: both."""
    all_fast = transcript(timed(["w"] * 200, length=0.3, gap=0.0))  # 60 s at 200 wpm
    assert [f.rule_id for f in pace_findings(measure_pace(all_fast), all_fast, "en")] == ["pace.window.fast"]
    mixed = transcript(timed(["w"] * 120, length=0.25, gap=0.0) + timed(["w"] * 75, start=30.0, length=0.4, gap=0.0))
    result = measure_pace(mixed)  # 240 wpm then 150 wpm: 195 overall, too fast
    assert [w.verdict for w in result.windows] == ["fast", "ok"]
    assert [f.rule_id for f in pace_findings(result, mixed, "en")] == ["pace.overall.fast", "pace.window.fast"]


def test_window_just_outside_the_band_is_not_flagged() -> None:
    """A window at 175 wpm (band top 170, within the 5 % margin) is fine; 180 wpm is fast."""
    at_175 = transcript(timed(["w"] * 175, length=60 / 175, gap=0.0))
    at_180 = transcript(timed(["w"] * 180, length=60 / 180, gap=0.0))
    assert [w.verdict for w in measure_pace(at_175).windows] == ["ok", "ok"]
    assert [w.verdict for w in measure_pace(at_180).windows] == ["fast", "fast"]


def test_trainee_band_overrides_the_language_default() -> None:
    """120 wpm is fine by default but too fast for a trainee whose band is 90–110."""
    t = transcript(timed(["w"] * 60, length=0.5, gap=0.0))
    assert measure_pace(t).verdict == "ok"
    assert measure_pace(t, band=PaceBand(90, 110)).verdict == "fast"


def test_mostly_silent_window_is_not_judged() -> None:
    """A window with under 10 s of speech gets no rate (it is dead air, not slow speech)."""
    words = timed(["w"] * 60, length=0.5, gap=0.0) + timed(["w"] * 4, start=40.0, length=0.5, gap=0.0)
    result = measure_pace(transcript(words, duration=60.0))
    assert result.windows[1].rate is None
    assert result.windows[1].verdict == ""


def test_dead_air_between_words_and_at_both_edges() -> None:
    """Speech 5–7 s and 11–12 s in a 16 s recording: leading 5 s, gap 4 s, trailing 4 s."""
    words = timed(["one", "two"], start=5.0, length=0.9, gap=0.2) + timed(["three"], start=11.0, length=1.0)
    t = transcript(words, duration=16.0)
    found = find_silences(t, threshold=3.0)
    assert [(s.where, s.start, s.end) for s in found] == [
        ("leading", 0.0, 5.0),
        ("gap", 7.0, 11.0),
        ("trailing", 12.0, 16.0),
    ]
    assert [s.where for s in find_silences(t, threshold=4.5)] == ["leading"]
    assert [s.where for s in find_silences(t, threshold=3.0, edges=False)] == ["gap"]


def test_pause_distribution_bins_median_and_p90() -> None:
    """Gaps 0.1 (too short to count), 0.2, 0.4, 0.6, 1.2, 2.5, 3.5: bins 2/1/1/1/1, median 0.9, p90 3.0."""
    gaps = {1: 0.1, 2: 0.2, 3: 0.4, 4: 0.6, 5: 1.2, 6: 2.5, 7: 3.5}
    stats = pause_stats(timed(["w"] * 8, length=0.5, gaps=gaps))
    assert stats.count == 6
    assert stats.bins == (2, 1, 1, 1, 1)
    assert stats.median == pytest.approx(0.9)
    assert stats.p90 == pytest.approx(3.0)


def test_monologue_between_calls_to_action() -> None:
    """Speech 0–300 s with calls to action at 100 s and 150 s: the 150–300 s stretch is over 120 s."""
    words = timed(["w"] * 300, length=0.5, gap=0.5)
    cta = [100.0, 150.0]
    longest = longest_monologue(words, cta)
    assert longest is not None
    assert (longest.start, longest.end) == (150.0, 299.5)
    assert [(m.start, m.end) for m in monologues_over(words, cta, 120.0)] == [(150.0, 299.5)]
    assert monologues_over(words, [60.0, 120.0, 180.0, 240.0], 120.0) == []


def test_chinese_quotes_of_speech_have_no_spaces_between_characters() -> None:
    """Mandarin is written without spaces: the fast-window and dead-air quotes join Whisper's chunks directly."""
    words = timed(["火锅", "底料。", "嗯"] * 30, length=0.3, gap=0.0) + timed(["好吃"], start=32.0)
    t = transcript(words, language="zh")
    result = measure_pace(t)
    (fast,) = [f for f in pace_findings(result, t, "zh") if f.rule_id == "pace.window.fast"]
    assert fast.quote == "火锅底料。嗯" * 4 + "……"
    assert "语速每分钟" in fast.message
    (silence,) = dead_air_findings(find_silences(t), t, "zh")
    assert silence.quote == "火锅底料。嗯火锅底料。嗯"  # the last six words before the silence
    assert " " not in fast.quote + silence.quote
    # Spaced languages keep their spaces, and an English quote its " …".
    en = transcript(timed(["so", "fast"] * 60, length=0.2, gap=0.0), language="en")
    (fast_en,) = [f for f in pace_findings(measure_pace(en), en, "en") if f.rule_id == "pace.window.fast"]
    assert fast_en.quote == " ".join(["so fast"] * 6) + " …"
