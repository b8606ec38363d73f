"""The trainee profile dialog saves through the real store; bad input stays in the dialog with a readable problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from studio.core.model import PaceBand, Trainee
from studio.ui.review.profile_dialog import TraineeDialog

from .conftest import Library
from .helpers import accessibility_problems


def test_new_trainee_is_saved_with_language_market_band_and_switched_off_metrics(qtbot: Any, library: Library) -> None:
    dialog = TraineeDialog(library.store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Mai")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh"))
    dialog.market_combo.setCurrentIndex(dialog.market_combo.findData("zh-CN"))
    dialog.own_band.setChecked(True)
    dialog.low_spin.setValue(180)
    dialog.high_spin.setValue(260)
    dialog.metric_boxes["voice"].setChecked(False)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.trainee is not None
    saved = library.store.get_trainee(dialog.trainee.id)
    assert saved == Trainee(dialog.trainee.id, "Mai", "zh", "zh-CN", PaceBand(180, 260), frozenset({"voice"}))


def test_editing_keeps_the_id_and_updates_the_profile(qtbot: Any, library: Library) -> None:
    dialog = TraineeDialog(library.store, library.lan)
    qtbot.addWidget(dialog)
    assert dialog.own_band.isChecked() and dialog.low_spin.value() == 140
    dialog.name_edit.setText("Lan Nguyen")
    dialog.own_band.setChecked(False)
    dialog.save()
    saved = library.store.get_trainee("lan")
    assert saved is not None and saved.name == "Lan Nguyen" and saved.pace_band is None


def test_an_empty_name_is_not_saved_and_the_problem_is_readable_text(qtbot: Any, library: Library) -> None:
    dialog = TraineeDialog(library.store)
    qtbot.addWidget(dialog)
    before = library.store.list_trainees()
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "needs a name" in dialog.problem.toPlainText()
    assert library.store.list_trainees() == before


def test_a_reversed_pace_range_is_refused(qtbot: Any, library: Library) -> None:
    dialog = TraineeDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Rin")
    dialog.own_band.setChecked(True)
    dialog.low_spin.setValue(200)
    dialog.high_spin.setValue(150)
    dialog.save()
    assert "lower to a higher" in dialog.problem.toPlainText()


def test_every_control_of_the_dialog_has_a_unique_name_and_id(qtbot: Any, library: Library) -> None:
    dialog = TraineeDialog(library.store)
    qtbot.addWidget(dialog)
    assert accessibility_problems(dialog) == []
