"""The library table: real model over the real store, sorting, trainee filter, transcript search, Enter opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.ui.review.library_view import COLUMN_NAMES, LibraryView

from .conftest import Library
from .helpers import accessibility_problems


def _view(qtbot: Any, library: Library, **options: Any) -> LibraryView:
    view = LibraryView(library.store, **options)
    qtbot.addWidget(view)
    view.show()
    return view


def _column(view: LibraryView, name: str) -> list[str]:
    col = COLUMN_NAMES.index(name)
    return [view.proxy.index(r, col).data() for r in range(view.proxy.rowCount())]


def test_every_session_is_listed_with_trainee_script_date_duration_and_scores(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    assert view.proxy.rowCount() == 4
    assert sorted(_column(view, "Trainee")) == ["Budi", "Lan", "Lan", "Lan"]
    assert set(_column(view, "Script")) == {"Vitamin C serum"}
    assert "150 a minute" in _column(view, "Pace")
    assert "80%" in _column(view, "Coverage")
    assert "0:06" in _column(view, "Duration")


def test_headers_and_cells_tell_a_screen_reader_their_column(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    model = view.model
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Pace"
    index = view.proxy.index(0, COLUMN_NAMES.index("Pace"))
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Pace: ")
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("Trainee ")


def test_sorting_by_pace_orders_by_the_number_not_the_text(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    view.sort_by(COLUMN_NAMES.index("Pace"), Qt.SortOrder.AscendingOrder)
    assert _column(view, "Pace") == ["120 a minute", "150 a minute", "170 a minute", "190 a minute"]
    view.sort_by(COLUMN_NAMES.index("Date"), Qt.SortOrder.DescendingOrder)
    assert view.visible_session_ids()[0] == library.media_session


def test_trainee_filter_keeps_only_that_trainees_sessions(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    view.trainee_combo.setCurrentIndex(view.trainee_combo.findData("budi"))
    assert view.visible_session_ids() == [library.sessions["budi"]]
    assert view.table.accessibleName() == "Sessions, 1 shown"
    view.trainee_combo.setCurrentIndex(0)
    assert view.proxy.rowCount() == 4


def test_search_box_finds_a_word_said_in_a_transcript(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    qtbot.keyClicks(view.search_edit, "price")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1, timeout=2000)  # after the typing pause
    assert view.visible_session_ids() == [library.media_session]
    view.search_edit.clear()
    view.apply_filters()
    assert view.proxy.rowCount() == 4


def test_enter_on_a_row_opens_that_sessions_review(qtbot: Any, library: Library) -> None:
    opened: list[str] = []
    view = _view(qtbot, library, open_session=opened.append)
    view.sort_by(COLUMN_NAMES.index("Pace"), Qt.SortOrder.AscendingOrder)
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(1, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [library.media_session]


def test_enter_opens_the_real_review_window_by_default(qtbot: Any, library: Library) -> None:
    from studio.ui.review.review_window import ReviewWindow

    view = _view(qtbot, library)
    view.trainee_combo.setCurrentIndex(view.trainee_combo.findData("budi"))
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert len(view.open_windows) == 1
    window = view.open_windows[0]
    assert isinstance(window, ReviewWindow) and window.session.id == library.sessions["budi"]
    assert "Budi" in window.windowTitle()
    assert "no recording to play" in window.log.last_message()
    window.close()
    QApplication.processEvents()


def test_every_control_of_the_library_has_a_unique_name_and_id(qtbot: Any, library: Library) -> None:
    view = _view(qtbot, library)
    assert accessibility_problems(view) == []


def test_tab_goes_round_the_library_without_a_trap_and_reaches_the_table(qtbot: Any, library: Library) -> None:
    from tests.ui.helpers import tab_cycle

    view = _view(qtbot, library)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    order = tab_cycle(view, view.trainee_combo, qtbot)
    assert order[:3] == [view.trainee_combo, view.search_edit, view.table]
    assert view.open_button in order and view.log in order
