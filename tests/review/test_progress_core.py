"""studio.core.progress: the progress points from stored metrics and the summary sentence in four languages."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from studio.core.language import RateUnit
from studio.core.progress import ProgressPoint, point_from_metrics, progress_summary, series

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)


def _points(paces: list[float]) -> list[ProgressPoint]:
    return [
        ProgressPoint(str(i), T0 + timedelta(days=i), pace=p, claims=float(max(0, 3 - i)), dead_air=2.0)
        for i, p in enumerate(paces)
    ]


def test_summary_over_six_sessions_names_first_and_last_pace_in_english() -> None:
    text = progress_summary(_points([190, 180, 175, 170, 160, 150]), "en")
    assert text.startswith("Over six sessions pace went from one hundred ninety to one hundred fifty words a minute")
    assert "banned claims went from three to zero" in text
    assert "long silences stayed at two" in text
    assert text.endswith(".")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("vi", "Qua sáu buổi tốc độ đi từ một trăm chín mươi đến một trăm năm mươi từ mỗi phút"),
        ("zh", "六次练习中，语速从每分钟一百九十个词变为一百五十个词"),
        ("id", "Selama enam sesi tempo berubah dari seratus sembilan puluh ke seratus lima puluh kata per menit"),
    ],
)
def test_summary_is_composed_in_vietnamese_chinese_and_indonesian(language: str, expected: str) -> None:
    assert progress_summary(_points([190, 180, 175, 170, 160, 150]), language).startswith(expected)


def test_summary_with_no_or_one_session_says_so_instead_of_inventing_a_trend() -> None:
    assert "no analysed sessions" in progress_summary([], "en")
    assert "one analysed session" in progress_summary(_points([160]), "en")


def test_points_are_taken_oldest_first_even_when_given_newest_first() -> None:
    points = list(reversed(_points([190, 150])))
    assert [v for _, v in series(points, "pace")] == [190, 150]


def test_point_from_metrics_reads_the_analysis_keys_and_leaves_missing_metrics_empty() -> None:
    metrics = {"word_count": 100.0, "pace_rate": 161.0, "pace_unit": 1.0, "coverage_coverage_ratio": 0.75}
    point = point_from_metrics("s", T0, metrics, "vi")
    assert point.pace == 161.0 and point.coverage == 0.75
    assert point.unit is RateUnit.SYLLABLES
    assert point.claims is None and point.fillers is None and point.dead_air is None


def test_coverage_is_said_in_percent() -> None:
    points = [ProgressPoint("a", T0, coverage=0.5), ProgressPoint("b", T0 + timedelta(days=1), coverage=0.8)]
    assert "script coverage went from fifty to eighty percent" in progress_summary(points, "en")


def test_viewer_answers_are_a_share_said_as_a_percentage() -> None:
    """A take with simulated viewer questions gives the share answered; one without gives no value."""
    first = point_from_metrics("a", T0, {"viewer_questions": 4.0, "viewer_answered": 2.0}, "en")
    later = point_from_metrics("b", T0 + timedelta(days=1), {"viewer_questions": 3.0, "viewer_answered": 3.0}, "en")
    none = point_from_metrics("c", T0 + timedelta(days=2), {"word_count": 10.0}, "en")
    assert (first.viewers, later.viewers, none.viewers) == (0.5, 1.0, None)
    assert [v for _p, v in series([first, later, none], "viewers")] == [0.5, 1.0]
    assert "viewer questions answered went from fifty to one hundred percent" in progress_summary([first, later], "en")
    assert "观众提问回答率从百分之五十变为百分之一百" in progress_summary([first, later], "zh")
