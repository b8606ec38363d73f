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

from studio.core.language import language_code
from studio.core.progress import PROGRESS_METRICS, ProgressPoint, progress_summary, series
from studio.core.report import unit_name
from studio.services.library import progress_points
from studio.services.store import SessionStore
from studio.ui.review.charts import LineChart
from studio.ui.review.common import quiet_tab_scrollers, reading_pane
from studio.ui.widgets import MIN_TARGET, label_for


def _value_text(key: str, value: float) -> str:
    if key == "coverage":
        return f"{value * 100:.0f}%"
    if key in ("claims", "dead_air"):
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
        self.setAccessibleIdentifier("progress_view")
        self.setWindowTitle("Progress")

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.trainee_combo = QComboBox()
        self.trainee_combo.setAccessibleIdentifier("combo_progress_trainee")
        self.trainee_combo.setAccessibleName("Trainee")  # AT-SPI would otherwise name it by its current text
        self.trainee_combo.setAccessibleDescription("Whose progress to show.")
        self.trainee_combo.setMinimumHeight(MIN_TARGET)
        for trainee in store.list_trainees():
            self.trainee_combo.addItem(trainee.name, trainee.id)
        form.addRow(label_for("T&rainee:", self.trainee_combo, "lbl_progress_trainee"), self.trainee_combo)
        layout.addLayout(form)

        self.summary_pane = reading_pane("Progress summary", "txt_progress_summary", "Read-only. How the scores moved.")
        self.summary_pane.setMaximumHeight(3 * MIN_TARGET)
        layout.addWidget(label_for("S&ummary:", self.summary_pane, "lbl_progress_summary"))
        layout.addWidget(self.summary_pane)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Progress metrics")
        # One Tab stop, the tab bar: the tab widget itself would be a second, empty stop over AT-SPI. Setting a
        # policy also sets it on the focus proxy (the tab bar), so the bar gets its own policy afterwards.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.setAccessibleIdentifier("tabs_progress")
        self.tabs.tabBar().setAccessibleIdentifier("tabbar_progress")
        self.tabs.tabBar().setAccessibleName("Metric tabs")
        quiet_tab_scrollers(self.tabs, "tabbar_progress")
        self.charts: dict[str, LineChart] = {}
        self.tables: dict[str, QTableView] = {}
        self.models: dict[str, QStandardItemModel] = {}
        for metric in PROGRESS_METRICS:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            title = metric.name("en").capitalize()
            chart = LineChart(f"{title} chart", f"chart_progress_{metric.key}")
            model = QStandardItemModel(0, 2, self)
            table = QTableView()
            table.setModel(model)
            table.setAccessibleName(f"{title} table")
            table.setAccessibleIdentifier(f"table_progress_{metric.key}")
            table.setAccessibleDescription(f"{title} per session, oldest first.")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setTabKeyNavigation(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            page_layout.addWidget(chart, 1)
            page_layout.addWidget(table, 1)
            self.tabs.addTab(page, title)
            self.charts[metric.key] = chart
            self.tables[metric.key] = table
            self.models[metric.key] = model
        layout.addWidget(self.tabs, 1)

        self.trainee_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        if trainee_id is not None:
            self.trainee_combo.setCurrentIndex(max(0, self.trainee_combo.findData(trainee_id)))
        self.refresh()

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
            header = metric.name("en").capitalize()
            if metric.key == "pace" and values:
                header = f"Pace ({unit_name(values[-1][0].unit, 'en')} a minute)"
            model = self.models[metric.key]
            model.clear()
            model.setHorizontalHeaderLabels(["Session", header])
            for point, value in values:
                cells = [QStandardItem(f"{point.when:%Y-%m-%d %H:%M}"), QStandardItem(_value_text(metric.key, value))]
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
