"""The progress view over the real store: a table per metric with the chart's numbers, and the summary sentence."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from studio.ui.review.progress_view import ProgressView

from .conftest import Library
from .helpers import accessibility_problems


def _view(qtbot: Any, library: Library, trainee_id: str | None = "lan", **options: Any) -> ProgressView:
    view = ProgressView(library.store, trainee_id, **options)
    qtbot.addWidget(view)
    view.show()
    return view


def test_tables_list_each_metric_per_session_oldest_first(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    assert [v for _, v in view.table_values("pace")] == ["190", "170", "150"]
    assert [v for _, v in view.table_values("coverage")] == ["50%", "60%", "80%"]
    assert [v for _, v in view.table_values("claims")] == ["3", "1", "1"]
    assert [v for _, v in view.table_values("fillers")] == ["4.0", "3.0", "2.0"]
    assert [v for _, v in view.table_values("dead_air")] == ["2", "2", "0"]
    assert view.table_values("pace")[0][0].startswith("2026-11-01")
    assert view.models["pace"].headerData(1, Qt.Orientation.Horizontal) == "Pace (words a minute)"


def test_each_chart_carries_its_numbers_as_text(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    description = view.charts["pace"].accessibleDescription()
    assert "3 values, from 190" in description and "to 150" in description


@pytest.mark.parametrize(
    ("language", "start"),
    [
        ("en", "Over three sessions pace went from one hundred ninety to one hundred fifty words a minute"),
        ("vi", "Qua ba buổi tốc độ đi từ một trăm chín mươi đến một trăm năm mươi từ mỗi phút"),
        ("zh", "三次练习中，语速从每分钟一百九十个词变为一百五十个词"),
        ("id", "Selama tiga sesi tempo berubah dari seratus sembilan puluh ke seratus lima puluh kata per menit"),
    ],
)
def test_summary_sentence_in_four_languages(qtbot: Any, library: Library, language: str, start: str) -> None:
    view = _view(qtbot, library, language=language)
    assert view.summary.startswith(start)
    assert view.summary_pane.toPlainText() == view.summary


def test_summary_defaults_to_the_trainees_language_and_follows_the_trainee_box(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    assert view.summary.startswith("Qua ba buổi")  # Lan rehearses in Vietnamese
    view.trainee_combo.setCurrentIndex(view.trainee_combo.findData("budi"))
    assert view.table_values("pace") == [("2026-11-03 09:00", "120")]
    assert view.summary.startswith("Baru ada satu sesi")


def test_every_control_of_the_progress_view_has_a_unique_name_and_id(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    assert accessibility_problems(view) == []
