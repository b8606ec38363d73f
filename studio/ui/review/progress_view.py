"""A trainee's progress across sessions: one chart per metric, each with a table of the same numbers, and a
summary sentence in the trainee's language (``studio.core.progress.progress_summary``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.i18n import tr, tr_noop
from studio.core.language import RateUnit, language_code
from studio.core.progress import (
    PROGRESS_METRICS,
    ProgressMetric,
    ProgressPoint,
    progress_summary,
    series,
)
from studio.services.library import progress_points
from studio.services.store import SessionStore
from studio.ui.i18n import on_language_change
from studio.ui.review.charts import LineChart
from studio.ui.review.common import quiet_tab_scrollers, reading_pane
from studio.ui.widgets import MIN_TARGET, label_for

# The metric names in the interface language (the summary sentence uses the trainee's language instead).
_TITLES: dict[str, str] = {
    "pace": tr_noop("Pace"),
    "coverage": tr_noop("Script coverage"),
    "claims": tr_noop("Banned claims"),
    "fillers": tr_noop("Fillers per hundred words"),
    "dead_air": tr_noop("Long silences"),
    "viewers": tr_noop("Viewer questions answered"),
}
# The pace column's header, per rate unit.
_PACE_HEADERS: dict[RateUnit, str] = {
    RateUnit.WORDS: tr_noop("Pace (words a minute)"),
    RateUnit.SYLLABLES: tr_noop("Pace (syllables a minute)"),
    RateUnit.CHARACTERS: tr_noop("Pace (characters a minute)"),
}


def _title(metric: ProgressMetric) -> str:
    return tr(_TITLES[metric.key]) if metric.key in _TITLES else metric.name("en").capitalize()


def _value_text(metric: ProgressMetric, value: float) -> str:
    if metric.percent:
        return f"{value * 100:.0f}%"
    if metric.whole:
        return f"{value:.0f}"
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"


class ProgressView(QWidget):
    """Progress of one trainee (chosen in the combo box); ``language`` fixes the summary's language."""

    def __init__(
        self,
        store: SessionStore,
        trainee_id: str | None = None,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._language = language
        self.points: list[ProgressPoint] = []
        self._pace_unit: RateUnit | None = None  # the unit of the latest pace value shown, for the column header
        self.setAccessibleIdentifier("progress_view")

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.trainee_combo = QComboBox()
        self.trainee_combo.setAccessibleIdentifier("combo_progress_trainee")
        self.trainee_combo.setMinimumHeight(MIN_TARGET)
        for trainee in store.list_trainees():
            self.trainee_combo.addItem(trainee.name, trainee.id)
        self.trainee_label = label_for("", self.trainee_combo, "lbl_progress_trainee")
        form.addRow(self.trainee_label, self.trainee_combo)
        layout.addLayout(form)

        self.summary_pane = reading_pane("", "txt_progress_summary")
        self.summary_pane.setMaximumHeight(3 * MIN_TARGET)
        self.summary_label = label_for("", self.summary_pane, "lbl_progress_summary")
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_pane)

        self.tabs = QTabWidget()
        # One Tab stop, the tab bar: the tab widget itself would be a second, empty stop over AT-SPI. Setting a
        # policy also sets it on the focus proxy (the tab bar), so the bar gets its own policy afterwards.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.setAccessibleIdentifier("tabs_progress")
        self.tabs.tabBar().setAccessibleIdentifier("tabbar_progress")
        quiet_tab_scrollers(self.tabs, "tabbar_progress")
        self.charts: dict[str, LineChart] = {}
        self.tables: dict[str, QTableView] = {}
        self.models: dict[str, QStandardItemModel] = {}
        for metric in PROGRESS_METRICS:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            chart = LineChart("", f"chart_progress_{metric.key}")
            model = QStandardItemModel(0, 2, self)
            table = QTableView()
            table.setModel(model)
            table.setAccessibleIdentifier(f"table_progress_{metric.key}")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setTabKeyNavigation(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            page_layout.addWidget(chart, 1)
            page_layout.addWidget(table, 1)
            self.tabs.addTab(page, "")
            self.charts[metric.key] = chart
            self.tables[metric.key] = table
            self.models[metric.key] = model
        layout.addWidget(self.tabs, 1)

        self.trainee_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        if trainee_id is not None:
            self.trainee_combo.setCurrentIndex(max(0, self.trainee_combo.findData(trainee_id)))
        self.refresh()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Every text of the view in the interface language; the trainee, the tab and the numbers stay.

        The summary sentence stays in the trainee's language (it is the feedback, not the interface).
        """
        self.setWindowTitle(tr("Progress"))
        self.trainee_combo.setAccessibleName(tr("Trainee"))  # AT-SPI would otherwise name it by its current text
        self.trainee_combo.setAccessibleDescription(tr("Whose progress to show."))
        self.trainee_label.setText(tr("T&rainee:"))
        self.summary_pane.setAccessibleName(tr("Progress summary"))
        self.summary_pane.setAccessibleDescription(tr("Read-only. How the scores moved."))
        self.summary_label.setText(tr("S&ummary:"))
        self.tabs.setAccessibleName(tr("Progress metrics"))
        self.tabs.tabBar().setAccessibleName(tr("Metric tabs"))
        for index, metric in enumerate(PROGRESS_METRICS):
            title = _title(metric)
            self.tabs.setTabText(index, title)
            self.charts[metric.key].set_name(tr("{metric} chart").format(metric=title))
            table = self.tables[metric.key]
            table.setAccessibleName(tr("{metric} table").format(metric=title))
            table.setAccessibleDescription(tr("{metric} per session, oldest first.").format(metric=title))
            self._set_headers(metric)

    def _set_headers(self, metric: ProgressMetric) -> None:
        """The table's column headers (the table a screen reader reads instead of the chart)."""
        header = _title(metric)
        if metric.key == "pace" and self._pace_unit is not None:
            header = tr(_PACE_HEADERS[self._pace_unit])
        self.models[metric.key].setHorizontalHeaderLabels([tr("Session"), header])

    def language(self) -> str:
        if self._language:
            return language_code(self._language)
        trainee_id = self.trainee_combo.currentData()
        trainee = self.store.get_trainee(trainee_id) if trainee_id else None
        return trainee.language if trainee is not None else "en"

    def refresh(self) -> None:
        trainee_id = self.trainee_combo.currentData()
        self.points = progress_points(self.store, trainee_id) if trainee_id else []
        for metric in PROGRESS_METRICS:
            values = series(self.points, metric.key)
            if metric.key == "pace":
                self._pace_unit = values[-1][0].unit if values else None
            model = self.models[metric.key]
            model.clear()
            self._set_headers(metric)
            for point, value in values:
                cells = [QStandardItem(f"{point.when:%Y-%m-%d %H:%M}"), QStandardItem(_value_text(metric, value))]
                for cell in cells:
                    cell.setEditable(False)
                model.appendRow(cells)
            self.charts[metric.key].set_points([(f"{p.when:%Y-%m-%d}", v) for p, v in values])
        self.summary = progress_summary(self.points, self.language())
        self.summary_pane.setPlainText(self.summary)

    def table_values(self, key: str) -> list[tuple[str, str]]:
        """The table of one metric as text (what a screen reader reads), oldest first."""
        model = self.models[key]
        return [(model.item(r, 0).text(), model.item(r, 1).text()) for r in range(model.rowCount())]
