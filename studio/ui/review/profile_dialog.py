"""Add or edit a trainee profile: name, language, market, pace band and the metrics switched off for them.

A form with label buddies and a set tab order; problems go to a focusable read-only text and the focus moves to the
field to fix (never only a spoken message). Saved with ``SessionStore.save_trainee``.
"""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studio.core.analysis import METRICS
from studio.core.errors import StudioError
from studio.core.language import profile
from studio.core.model import LANGUAGES, PaceBand, Trainee
from studio.services.store import SessionStore
from studio.ui.review.common import reading_pane
from studio.ui.widgets import MIN_TARGET, label_for

LANGUAGE_NAMES = {"en": "English", "vi": "Vietnamese (Tiếng Việt)", "zh": "Chinese (中文)", "id": "Indonesian"}
MARKETS = ("en-US", "en-GB", "vi-VN", "zh-CN", "id-ID")
METRIC_NAMES = {
    "pace": "Pace",
    "dead_air": "Dead air",
    "pauses": "Pauses",
    "fillers": "Fillers",
    "stutters": "Stutters (repetitions)",
    "monologue": "Long stretches without a call to action",
    "voice": "Voice (pitch and loudness)",
    "coverage": "Script coverage",
    "deixis": "Describing what viewers see",
    "claims": "Banned claims",
}


def _new_id(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:24]
    return f"{slug or 'trainee'}-{uuid.uuid4().hex[:6]}"


class TraineeDialog(QDialog):
    """Edit ``trainee`` (or a new one); after ``accept`` the saved profile is in ``self.trainee``."""

    def __init__(self, store: SessionStore, trainee: Trainee | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.trainee: Trainee | None = trainee
        self.setWindowTitle("Edit trainee" if trainee else "Add trainee")
        self.setAccessibleIdentifier("dlg_trainee")

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(trainee.name if trainee else "")
        self.name_edit.setAccessibleIdentifier("edit_trainee_name")
        self.name_edit.setMinimumHeight(MIN_TARGET)
        form.addRow(label_for("&Name:", self.name_edit, "lbl_trainee_name"), self.name_edit)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleIdentifier("combo_trainee_language")
        self.language_combo.setAccessibleName("Language")  # AT-SPI would otherwise name it by its current text
        self.language_combo.setAccessibleDescription("The language the trainee rehearses and gets feedback in.")
        self.language_combo.setMinimumHeight(MIN_TARGET)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(trainee.language if trainee else "en")))
        form.addRow(label_for("&Language:", self.language_combo, "lbl_trainee_language"), self.language_combo)

        self.market_combo = QComboBox()
        self.market_combo.setAccessibleIdentifier("combo_trainee_market")
        self.market_combo.setAccessibleName("Market")
        self.market_combo.setAccessibleDescription("The market whose banned-claim rules apply.")
        self.market_combo.setMinimumHeight(MIN_TARGET)
        for market in MARKETS:
            self.market_combo.addItem(market, market)
        market = trainee.market if trainee else "en-US"
        if self.market_combo.findData(market) < 0:
            self.market_combo.addItem(market, market)
        self.market_combo.setCurrentIndex(self.market_combo.findData(market))
        form.addRow(label_for("&Market:", self.market_combo, "lbl_trainee_market"), self.market_combo)

        self.own_band = QCheckBox("&Own pace range (instead of the language's)")
        self.own_band.setAccessibleIdentifier("chk_trainee_band")
        self.own_band.setMinimumHeight(MIN_TARGET)
        form.addRow(self.own_band)
        band = trainee.pace_band if trainee and trainee.pace_band else profile(self.language()).band
        self.low_spin = self._rate_spin("spin_pace_low", "Pace low, per minute", band.low)
        self.high_spin = self._rate_spin("spin_pace_high", "Pace high, per minute", band.high)
        form.addRow(label_for("Pace &low (per minute):", self.low_spin, "lbl_pace_low"), self.low_spin)
        form.addRow(label_for("Pace &high (per minute):", self.high_spin, "lbl_pace_high"), self.high_spin)
        self.own_band.setChecked(bool(trainee and trainee.pace_band))
        self.own_band.toggled.connect(self._update_band_fields)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        layout.addLayout(form)

        group = QGroupBox("Metrics (clear a box to switch the metric off for this trainee)")
        group.setAccessibleIdentifier("grp_trainee_metrics")
        group_layout = QVBoxLayout(group)
        self.metric_boxes: dict[str, QCheckBox] = {}
        disabled = trainee.disabled_metrics if trainee else frozenset()
        for metric in METRICS:
            box = QCheckBox(METRIC_NAMES.get(metric, metric.replace("_", " ").capitalize()))
            box.setAccessibleIdentifier(f"chk_metric_{metric}")
            box.setChecked(metric not in disabled)
            box.setMinimumHeight(MIN_TARGET)
            group_layout.addWidget(box)
            self.metric_boxes[metric] = box
        layout.addWidget(group)

        self.problem = reading_pane("Problems", "txt_trainee_problem", "Read-only. What to fix before saving.")
        self.problem.setMaximumHeight(2 * MIN_TARGET)
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        save.setAccessibleIdentifier("btn_trainee_save")
        cancel.setAccessibleIdentifier("btn_trainee_cancel")
        for b in (save, cancel):
            b.setMinimumHeight(MIN_TARGET)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_band_fields()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rate_spin(self, identifier: str, name: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(10, 600)
        spin.setDecimals(0)
        spin.setSingleStep(5)
        spin.setValue(value)
        spin.setAccessibleIdentifier(identifier)
        spin.setAccessibleName(name)
        spin.setMinimumHeight(MIN_TARGET)
        return spin

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _language_changed(self, _index: int) -> None:
        if not self.own_band.isChecked():
            band = profile(self.language()).band
            self.low_spin.setValue(band.low)
            self.high_spin.setValue(band.high)

    def _update_band_fields(self) -> None:
        own = self.own_band.isChecked()
        self.low_spin.setEnabled(own)
        self.high_spin.setEnabled(own)

    def _show_problem(self, text: str, field: QWidget) -> None:
        self.problem.setPlainText(text)
        self.problem.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def build(self) -> Trainee:
        """The trainee the form describes; raises ``StudioError`` with a message for the user."""
        name = self.name_edit.text().strip()
        if not name:
            raise StudioError("the trainee needs a name")
        band = None
        if self.own_band.isChecked():
            low, high = self.low_spin.value(), self.high_spin.value()
            if not low < high:
                raise StudioError(f"the pace range must go from a lower to a higher rate, not {low:g} to {high:g}")
            band = PaceBand(low, high)
        disabled = frozenset(m for m, box in self.metric_boxes.items() if not box.isChecked())
        return Trainee(
            id=self.trainee.id if self.trainee else _new_id(name),
            name=name,
            language=self.language(),
            market=str(self.market_combo.currentData()),
            pace_band=band,
            disabled_metrics=disabled,
        )

    def save(self) -> None:
        try:
            trainee = self.build()
        except StudioError as exc:
            field = self.name_edit if not self.name_edit.text().strip() else self.low_spin
            self._show_problem(f"Cannot save: {exc}.", field)
            return
        self.store.save_trainee(trainee)
        self.trainee = trainee
        self.accept()
