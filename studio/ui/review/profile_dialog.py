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
from studio.core.i18n import tr, tr_noop
from studio.core.language import profile
from studio.core.model import LANGUAGES, PaceBand, Trainee
from studio.services.store import SessionStore
from studio.ui.i18n import on_language_change
from studio.ui.review.common import reading_pane
from studio.ui.widgets import MIN_TARGET, label_for

# English texts, translated where they are shown (``tr``).
LANGUAGE_NAMES = {
    "en": tr_noop("English"),
    "vi": tr_noop("Vietnamese (Tiếng Việt)"),
    "zh": tr_noop("Chinese (中文)"),
    "id": tr_noop("Indonesian"),
}
MARKETS = ("en-US", "en-GB", "vi-VN", "zh-CN", "id-ID")
METRIC_NAMES = {
    "pace": tr_noop("Pace"),
    "dead_air": tr_noop("Dead air"),
    "pauses": tr_noop("Pauses"),
    "fillers": tr_noop("Fillers"),
    "stutters": tr_noop("Stutters (repetitions)"),
    "monologue": tr_noop("Long stretches without a call to action"),
    "voice": tr_noop("Voice (pitch and loudness)"),
    "coverage": tr_noop("Script coverage"),
    "deixis": tr_noop("Describing what viewers see"),
    "claims": tr_noop("Banned claims"),
}


def _language_name(code: str) -> str:
    return tr(LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def _metric_name(metric: str) -> str:
    return tr(METRIC_NAMES[metric]) if metric in METRIC_NAMES else metric.replace("_", " ").capitalize()


class _FormProblem(StudioError):
    """A problem with the form, in the interface language; keeps its English text and values so the dialog can show
    it again after a language change."""

    def __init__(self, text: str, **values: str) -> None:
        self.text = text
        self.values = values
        super().__init__(tr(text).format(**values))


def _new_id(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:24]
    return f"{slug or 'trainee'}-{uuid.uuid4().hex[:6]}"


class TraineeDialog(QDialog):
    """Edit ``trainee`` (or a new one); after ``accept`` the saved profile is in ``self.trainee``."""

    def __init__(self, store: SessionStore, trainee: Trainee | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.trainee: Trainee | None = trainee
        self._editing = trainee is not None
        self._problem: _FormProblem | StudioError | None = None
        self.setAccessibleIdentifier("dlg_trainee")

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(trainee.name if trainee else "")
        self.name_edit.setAccessibleIdentifier("edit_trainee_name")
        self.name_edit.setMinimumHeight(MIN_TARGET)
        self.name_label = label_for("", self.name_edit, "lbl_trainee_name")
        form.addRow(self.name_label, self.name_edit)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleIdentifier("combo_trainee_language")
        self.language_combo.setMinimumHeight(MIN_TARGET)
        for code in LANGUAGES:
            self.language_combo.addItem(_language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(trainee.language if trainee else "en")))
        self.language_label = label_for("", self.language_combo, "lbl_trainee_language")
        form.addRow(self.language_label, self.language_combo)

        self.market_combo = QComboBox()
        self.market_combo.setAccessibleIdentifier("combo_trainee_market")
        self.market_combo.setMinimumHeight(MIN_TARGET)
        for market in MARKETS:
            self.market_combo.addItem(market, market)
        market = trainee.market if trainee else "en-US"
        if self.market_combo.findData(market) < 0:
            self.market_combo.addItem(market, market)
        self.market_combo.setCurrentIndex(self.market_combo.findData(market))
        self.market_label = label_for("", self.market_combo, "lbl_trainee_market")
        form.addRow(self.market_label, self.market_combo)

        self.own_band = QCheckBox()
        self.own_band.setAccessibleIdentifier("chk_trainee_band")
        self.own_band.setMinimumHeight(MIN_TARGET)
        form.addRow(self.own_band)
        band = trainee.pace_band if trainee and trainee.pace_band else profile(self.language()).band
        self.low_spin = self._rate_spin("spin_pace_low", band.low)
        self.high_spin = self._rate_spin("spin_pace_high", band.high)
        self.low_label = label_for("", self.low_spin, "lbl_pace_low")
        self.high_label = label_for("", self.high_spin, "lbl_pace_high")
        form.addRow(self.low_label, self.low_spin)
        form.addRow(self.high_label, self.high_spin)
        self.own_band.setChecked(bool(trainee and trainee.pace_band))
        self.own_band.toggled.connect(self._update_band_fields)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        layout.addLayout(form)

        self.metrics_group = group = QGroupBox()
        group.setAccessibleIdentifier("grp_trainee_metrics")
        group_layout = QVBoxLayout(group)
        self.metric_boxes: dict[str, QCheckBox] = {}
        disabled = trainee.disabled_metrics if trainee else frozenset()
        for metric in METRICS:
            box = QCheckBox(_metric_name(metric))
            box.setAccessibleIdentifier(f"chk_metric_{metric}")
            box.setChecked(metric not in disabled)
            box.setMinimumHeight(MIN_TARGET)
            group_layout.addWidget(box)
            self.metric_boxes[metric] = box
        layout.addWidget(group)

        self.problem = reading_pane("", "txt_trainee_problem")
        self.problem.setMaximumHeight(2 * MIN_TARGET)
        self.problem.hide()
        layout.addWidget(self.problem)

        # Own buttons rather than Qt's standard ones: Qt re-sets a standard button's text on a language change (and
        # has no Vietnamese or Indonesian catalogue), which would undo ours.
        buttons = QDialogButtonBox()
        self.save_button = save = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = cancel = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        save.setAccessibleIdentifier("btn_trainee_save")
        cancel.setAccessibleIdentifier("btn_trainee_cancel")
        for b in (save, cancel):
            b.setMinimumHeight(MIN_TARGET)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_band_fields()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Every text of the dialog in the interface language; what was typed and chosen stays."""
        self.setWindowTitle(tr("Edit trainee") if self._editing else tr("Add trainee"))
        self.name_label.setText(tr("&Name:"))
        self.language_combo.setAccessibleName(tr("Language"))  # AT-SPI would otherwise name it by its current text
        self.language_combo.setAccessibleDescription(tr("The language the trainee rehearses and gets feedback in."))
        for index in range(self.language_combo.count()):
            self.language_combo.setItemText(index, _language_name(str(self.language_combo.itemData(index))))
        self.language_label.setText(tr("&Language:"))
        self.market_combo.setAccessibleName(tr("Market"))
        self.market_combo.setAccessibleDescription(tr("The market whose banned-claim rules apply."))
        self.market_label.setText(tr("&Market:"))
        self.own_band.setText(tr("&Own pace range (instead of the language's)"))
        self.low_spin.setAccessibleName(tr("Pace low, per minute"))
        self.high_spin.setAccessibleName(tr("Pace high, per minute"))
        self.low_label.setText(tr("Pace &low (per minute):"))
        self.high_label.setText(tr("Pace &high (per minute):"))
        self.metrics_group.setTitle(tr("Metrics (clear a box to switch the metric off for this trainee)"))
        for metric, box in self.metric_boxes.items():
            box.setText(_metric_name(metric))
        self.problem.setAccessibleName(tr("Problems"))
        self.problem.setAccessibleDescription(tr("Read-only. What to fix before saving."))
        self._show_problem_text()
        self.save_button.setText(tr("Save"))
        self.cancel_button.setText(tr("Cancel"))

    def _rate_spin(self, identifier: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(10, 600)
        spin.setDecimals(0)
        spin.setSingleStep(5)
        spin.setValue(value)
        spin.setAccessibleIdentifier(identifier)
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

    def _show_problem(self, problem: StudioError, field: QWidget) -> None:
        self._problem = problem
        self._show_problem_text()
        self.problem.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_problem_text(self) -> None:
        problem = self._problem
        if problem is None:
            return
        # A problem of the form is said again in the current language; another error keeps the words it came with.
        text = tr(problem.text).format(**problem.values) if isinstance(problem, _FormProblem) else str(problem)
        self.problem.setPlainText(tr("Cannot save: {problem}.").format(problem=text))

    def build(self) -> Trainee:
        """The trainee the form describes; raises ``StudioError`` with a message for the user."""
        name = self.name_edit.text().strip()
        if not name:
            raise _FormProblem(tr_noop("the trainee needs a name"))
        band = None
        if self.own_band.isChecked():
            low, high = self.low_spin.value(), self.high_spin.value()
            if not low < high:
                raise _FormProblem(
                    tr_noop("the pace range must go from a lower to a higher rate, not {low} to {high}"),
                    low=f"{low:g}",
                    high=f"{high:g}",
                )
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
            self._show_problem(exc, field)
            return
        self.store.save_trainee(trainee)
        self.trainee = trainee
        self.accept()
