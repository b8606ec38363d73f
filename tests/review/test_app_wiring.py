"""The instructor windows wired into the main window: the Review menu's keys open the library (Enter on a session
opens its review, with the app's registry and key mode), the progress of the current trainee and the trainee
profile; each is a titled top-level window, deleted on close, focused on its first control, closed by Escape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog

from studio.ui.actions import ACTIONS, MENUS, REVIEW_SCOPE, ActionRegistry, KeyMode
from studio.ui.app import build_main_window
from studio.ui.main_window import MainWindow

from .conftest import Library


class _Workflow:
    """Stands in for the workflow: the main window only reads ``trainee`` and calls ``toggle``."""

    def __init__(self, trainee: Any) -> None:
        self.trainee = trainee

    def toggle(self) -> None:
        pass


@pytest.fixture
def main(qtbot: Any, library: Library, tmp_path: Path) -> MainWindow:
    registry = ActionRegistry(path=tmp_path / "keys.json")
    window = build_main_window(registry=registry, settings=None, appearance=None, speech=None)
    qtbot.addWidget(window)
    window.store = library.store
    window.workflow = _Workflow(library.lan)
    window.show()
    return window


def _trigger(window: MainWindow, action_id: str) -> None:
    window.actions_by_id[action_id].trigger()
    QApplication.processEvents()


def test_review_menu_holds_the_three_openers_and_no_review_window_command(main: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in main.menuBar().actions()}
    review = menus["&Review"]
    assert [a.text() for a in review.actions()] == ["Session &library…", "&Progress…", "&Trainee profile…"]
    assert not any(spec_id.startswith("review_") for spec_id in main.actions_by_id)
    assert main.actions_by_id["open_library"].shortcut().toString() == "Ctrl+L"
    assert main.actions_by_id["open_library"].toolTip().endswith("Key: Ctrl+L.")


def test_merged_registry_has_no_key_conflict_in_either_mode_and_menu_letters_are_unique() -> None:
    registry = ActionRegistry()
    for mode in KeyMode:
        assert registry.validate(mode) == []
    letters = [text[text.index("&") + 1].upper() for _, text in MENUS]
    assert len(letters) == len(set(letters))
    assert {s.id for s in ACTIONS if s.scope == REVIEW_SCOPE} >= {"review_play_pause", "review_where"}


def test_review_window_key_still_conflicts_within_the_review_window(tmp_path: Path) -> None:
    """Scopes only separate windows: two review-window commands cannot share a key."""
    registry = ActionRegistry(path=tmp_path / "keys.json")
    assert registry.conflicts("review_where", "Ctrl+P")[0].other_action == "review_play_pause"
    assert registry.conflicts("review_where", "F1") == []  # F1 is the main window's; the review window has no F1


def test_library_opens_as_titled_window_focused_on_first_control_and_escape_closes(main: MainWindow,
                                                                                  qtbot: Any) -> None:
    _trigger(main, "open_library")
    library = main.open_windows["library"]
    assert library.isWindow() and library.isVisible()
    assert library.windowTitle() == "Session library — Rehearsal Studio"
    assert library.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert library.focusWidget() is library.trainee_combo
    _trigger(main, "open_library")  # asking again brings the same window back
    assert main.open_windows["library"] is library
    escape = next(a for a in library.actions() if a.objectName() == "action_close_window")
    assert escape.shortcut().toString() == "Esc"
    escape.trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # WA_DeleteOnClose deletes it later
    assert "library" not in main.open_windows


def test_enter_on_a_library_row_opens_review_with_app_registry_and_single_key_mode(main: MainWindow,
                                                                                  library: Library,
                                                                                  qtbot: Any) -> None:
    main.registry.mode = KeyMode.SINGLE
    _trigger(main, "open_library")
    view = main.open_windows["library"]
    row = view.visible_session_ids().index(library.media_session)
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    review = main.open_windows[f"review:{library.media_session}"]
    assert review.registry is main.registry
    assert review.actions_by_id["review_play_pause"].shortcut().toString() == "P"
    assert review.windowTitle().startswith("Review: Lan")
    assert review.focusWidget() is review.words_list
    assert review.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    review.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert f"review:{library.media_session}" not in main.open_windows


def test_the_review_plays_on_the_sound_output_chosen_in_settings(main: MainWindow, library: Library) -> None:
    """The review window gets the output's name from Settings (where it plays: tests/speech/test_playback_output.py);
    an output Qt does not have plays on the system default."""
    main.settings = {"devices.output": "Headphones (USB Audio)"}  # type: ignore[assignment]
    review = main.open_review(library.media_session)
    assert review._audio_device == "Headphones (USB Audio)"  # type: ignore[attr-defined]
    assert review.audio_output.device().description() != "Headphones (USB Audio)"  # type: ignore[attr-defined]
    review.close()
    main.settings = None


def test_progress_opens_for_the_current_trainee(main: MainWindow, library: Library) -> None:
    main.workflow = _Workflow(library.budi)
    _trigger(main, "open_progress")
    view = main.open_windows["progress"]
    assert view.windowTitle() == "Progress — Rehearsal Studio"
    assert view.trainee_combo.currentData() == "budi"
    assert view.focusWidget() is view.trainee_combo
    view.close()


def test_trainee_profile_edits_the_current_trainee_and_the_workflow_takes_the_saved_profile(
    main: MainWindow, library: Library, qtbot: Any
) -> None:
    def edit_and_save() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        assert dialog.windowTitle() == "Edit trainee — Rehearsal Studio"
        dialog.name_edit.setText("Lan Nguyen")
        dialog.save()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, edit_and_save)
    _trigger(main, "trainee_profile")
    assert main.workflow.trainee.name == "Lan Nguyen"
    assert library.store.get_trainee("lan").name == "Lan Nguyen"
    assert "Trainee profile saved: Lan Nguyen." in main.log.toPlainText()


def test_without_a_store_the_openers_say_why(qtbot: Any, tmp_path: Path) -> None:
    window = build_main_window(registry=ActionRegistry(path=tmp_path / "k.json"), settings=None, appearance=None,
                               speech=None)
    qtbot.addWidget(window)
    _trigger(window, "open_library")
    assert window.open_windows == {}
    assert "session library is not available" in window.log.toPlainText()
