"""The session library: every rehearsal with trainee, script, date, duration and key scores, in a sortable table.

A real table model (header data, an accessible text per cell that names its column, a whole-row description), a
trainee filter, and a search box that searches the transcripts (``studio.services.library.search_transcripts``).
Enter (or a double click) on a row opens its review; the table never traps Tab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.core.errors import StudioError
from studio.core.i18n import current_language, tr, tr_noop
from studio.services.library import LibraryRow, library_rows, search_transcripts
from studio.services.store import SessionStore
from studio.ui.announcer import AnnounceMode, Announcer, SpeechLike
from studio.ui.i18n import on_language_change
from studio.ui.review import transfer
from studio.ui.review.common import button, clock
from studio.ui.widgets import MIN_TARGET, MessageLog, label_for

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex


def _metric(row: LibraryRow, key: str) -> float | None:
    return row.metrics.get(key)


def _coverage(row: LibraryRow) -> float | None:
    return row.metrics.get("coverage_coverage_ratio", row.metrics.get("coverage_ratio"))


def _rate(row: LibraryRow) -> str:
    value = _metric(row, "pace_rate")
    return tr("no report") if value is None else tr("{rate} a minute").format(rate=f"{value:.0f}")


@dataclass(frozen=True, slots=True)
class _Column:
    """One column: its field in the row description, its English header (translated where shown), its cell text
    (in the interface language) and its sort value."""

    key: str
    header: str
    text: Callable[[LibraryRow], str]
    sort: Callable[[LibraryRow], Any]


_COLUMNS: tuple[_Column, ...] = (
    _Column("trainee", tr_noop("Trainee"), lambda r: r.trainee_name, lambda r: r.trainee_name.casefold()),
    _Column(
        "script",
        tr_noop("Script"),
        lambda r: r.script_title or tr("no script"),
        lambda r: r.script_title.casefold(),
    ),
    _Column(
        "date",
        tr_noop("Date"),
        lambda r: f"{r.session.created_at:%Y-%m-%d %H:%M}",
        lambda r: r.session.created_at.timestamp(),
    ),
    _Column(
        "duration",
        tr_noop("Duration"),
        lambda r: clock(r.session.duration or r.metrics.get("duration_seconds", 0.0)),
        lambda r: r.session.duration or r.metrics.get("duration_seconds", 0.0),
    ),
    _Column("pace", tr_noop("Pace"), _rate, lambda r: _metric(r, "pace_rate") or -1.0),
    _Column(
        "coverage",
        tr_noop("Coverage"),
        lambda r: tr("no script") if (v := _coverage(r)) is None else f"{v * 100:.0f}%",
        lambda r: -1.0 if (v := _coverage(r)) is None else v,
    ),
    _Column(
        "claims",
        tr_noop("Banned claims"),
        lambda r: tr("not checked") if (v := _metric(r, "claims_total")) is None else f"{v:.0f}",
        lambda r: -1.0 if (v := _metric(r, "claims_total")) is None else v,
    ),
    _Column(
        "fillers",
        tr_noop("Fillers"),
        lambda r: tr("not counted") if (v := _metric(r, "filler_count")) is None else f"{v:.0f}",
        lambda r: -1.0 if (v := _metric(r, "filler_count")) is None else v,
    ),
)
COLUMN_NAMES: tuple[str, ...] = tuple(c.header for c in _COLUMNS)
"""The English column headers, in order (the model shows them translated)."""


class LibraryModel(QAbstractTableModel):
    """Library rows as a table; every cell's accessible text says its column ("Pace: 150 a minute")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LibraryRow] = []

    def set_rows(self, rows: Sequence[LibraryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> LibraryRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def row_text(self, row: int) -> str:
        """The whole row as one sentence, for the screen reader's description of any of its cells."""
        item = self._rows[row]
        return tr(
            "Trainee {trainee}, Script {script}, Date {date}, Duration {duration}, Pace {pace}, "
            "Coverage {coverage}, Banned claims {claims}, Fillers {fillers}."
        ).format(**{column.key: column.text(item) for column in _COLUMNS})

    def retranslate(self) -> None:
        """Headers and cells again in the interface language (the rows, sorting and selection stay)."""
        if _COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(_COLUMNS) - 1))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("{column}: {value}").format(column=tr(column.header), value=column.text(row))
        if role in (Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.ToolTipRole):
            return self.row_text(index.row())
        if role == SORT_ROLE:
            return column.sort(row)
        if role == ID_ROLE:
            return row.session_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return tr(_COLUMNS[section].header) if 0 <= section < len(_COLUMNS) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class LibraryFilter(QSortFilterProxyModel):
    """Sorts by each column's sort value; keeps the rows of one trainee and of the sessions the search found."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.trainee_id: str | None = None
        self.session_ids: set[str] | None = None

    def set_filters(self, trainee_id: str | None, session_ids: set[str] | None) -> None:
        self.beginFilterChange()
        self.trainee_id = trainee_id
        self.session_ids = session_ids
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        row = model.row_at(source_row)
        if self.trainee_id is not None and row.session.trainee_id != self.trainee_id:
            return False
        return self.session_ids is None or row.session_id in self.session_ids


class LibraryTable(QTableView):
    """The table; Enter opens the current row even when the style would not emit ``activated``; Delete asks to
    delete it."""

    open_requested = Signal(QModelIndex)
    delete_requested = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryView(QWidget):
    """Every session, filterable and searchable; Enter opens the review (``review_requested`` then ``open_review``).

    ``open_session``: what opening does (default: ``open_review(store, id, parent=self)``); the lead can pass the
    main window's own handler.
    """

    review_requested = Signal(str)

    def __init__(
        self,
        store: SessionStore,
        parent: QWidget | None = None,
        *,
        open_session: Callable[[str], object] | None = None,
        on_deleted: Callable[[str], object] | None = None,
        speech: SpeechLike | None = None,
        announce_mode: AnnounceMode = AnnounceMode.SCREEN_READER,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._open_session = open_session
        self._on_deleted = on_deleted  # the lead closes the deleted session's review window
        self.announcer = Announcer(self, speech=speech, mode=announce_mode, language=current_language)
        self.open_windows: list[QWidget] = []
        self._shown_query = ""
        self.status_text = ""
        self.setAccessibleIdentifier("library_view")

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.trainee_combo = QComboBox()
        self.trainee_combo.setAccessibleIdentifier("combo_library_trainee")
        self.trainee_combo.setMinimumHeight(MIN_TARGET)
        self.trainee_label = label_for("", self.trainee_combo, "lbl_library_trainee")
        form.addRow(self.trainee_label, self.trainee_combo)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleIdentifier("edit_library_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(MIN_TARGET)
        self.search_label = label_for("", self.search_edit, "lbl_library_search")
        form.addRow(self.search_label, self.search_edit)
        layout.addLayout(form)

        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = LibraryTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleIdentifier("table_library")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table instead of walking its cells
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.open_requested.connect(self._open_index)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.doubleClicked.connect(self._open_index)
        self.table_label = label_for("", self.table, "lbl_library_table")
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.open_button = button("", "btn_library_open", "")
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.refresh_button = button("", "btn_library_refresh", "")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = button("", "btn_library_export", "")
        self.export_button.clicked.connect(self.export_selected)
        self.import_button = button("", "btn_library_import", "")
        self.import_button.clicked.connect(self.import_bundle)
        self.delete_button = button("", "btn_library_delete", "")
        self.delete_button.clicked.connect(self.delete_selected)
        for widget in (self.open_button, self.refresh_button, self.export_button, self.import_button,
                       self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)

        self.log = MessageLog("log_library", tr_noop("Library messages"))  # the log translates its own name
        self.log.setMaximumHeight(4 * MIN_TARGET)
        layout.addWidget(self.log)

        # Searching reads every transcript: wait for a pause in typing rather than searching on each key.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.trainee_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.refresh()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Every text of the view in the interface language; the filter, the search and the rows stay."""
        self.setWindowTitle(tr("Session library"))
        self.trainee_combo.setAccessibleName(tr("Trainee filter"))  # AT-SPI would otherwise name it by its text
        self.trainee_combo.setAccessibleDescription(tr("Show the sessions of one trainee, or of everyone."))
        if self.trainee_combo.count() and self.trainee_combo.itemData(0) is None:
            self.trainee_combo.setItemText(0, tr("Everyone"))
        self.trainee_label.setText(tr("T&rainee:"))
        self.search_edit.setAccessibleDescription(
            tr("Words said in the session. Case and accents are ignored. Results update as you type.")
        )
        self.search_label.setText(tr("&Search transcripts:"))
        self.table.setAccessibleDescription(
            tr(
                "Sessions. Arrow keys move; Enter opens the review; Delete deletes the session after you say "
                "yes. Column headers sort; Control plus Shift plus a column number sorts by that column."
            )
        )
        self.table_label.setText(tr("Sess&ions:"))
        self.model.retranslate()
        for widget, text, description in (
            (self.open_button, tr("&Open review"), tr("Open the review of the selected session.")),
            (self.refresh_button, tr("Re&fresh"), tr("Read the library again from the database.")),
            (self.export_button, tr("E&xport…"),
             tr("Save the selected session as a report, scores, captions, every word with its time, or a bundle for "
                "another computer.")),
            (self.import_button, tr("I&mport a bundle…"),
             tr("Bring in a session bundle exported on another computer. A session already here is never "
                "overwritten.")),
            (self.delete_button, tr("&Delete session…"),
             tr("Delete the selected session with its recording, transcript, report and comments, after you say "
                "yes. The Delete key in the table does the same.")),
        ):
            widget.setText(text)
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
        self._show_count()

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        """Read trainees and sessions again (after a recording or an import)."""
        selected = self.trainee_combo.currentData()
        self.trainee_combo.blockSignals(True)
        self.trainee_combo.clear()
        self.trainee_combo.addItem(tr("Everyone"), None)
        for trainee in self.store.list_trainees():
            self.trainee_combo.addItem(trainee.name, trainee.id)
        index = self.trainee_combo.findData(selected) if selected is not None else 0
        self.trainee_combo.setCurrentIndex(max(0, index))
        self.trainee_combo.blockSignals(False)
        self.model.set_rows(library_rows(self.store))
        self.apply_filters()

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        ids = search_transcripts(self.store, query) if query else None
        self.proxy.set_filters(self.trainee_combo.currentData(), ids)
        self._shown_query = query
        count = self.proxy.rowCount()
        if self.table.currentIndex().isValid() is False and count:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_count()

    def _show_count(self) -> None:
        """The number of sessions shown, in the status text and the table's name."""
        count = self.proxy.rowCount()
        query = self._shown_query
        if query:
            text = (
                tr("1 session shown for the search {query}.")
                if count == 1
                else tr("{count} sessions shown for the search {query}.")
            )
        else:
            text = tr("1 session shown.") if count == 1 else tr("{count} sessions shown.")
        self.status_text = text.format(count=count, query=repr(query))
        self.table.setAccessibleName(tr("Sessions, {count} shown").format(count=count))

    def visible_session_ids(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data(ID_ROLE)) for r in range(self.proxy.rowCount())]

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.table.sortByColumn(column, order)

    # ------------------------------------------------------------------ export and import

    def tell(self, text: str) -> None:
        """A result the instructor must hear: in the library's messages and announced."""
        self.log.add(text)
        self.announcer.announce(text)

    def selected_row(self) -> LibraryRow | None:
        """The selected session's row; None (and the instructor is told to select one) when there is none."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.tell(tr("Select a session first."))
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def export_selected(self) -> None:
        """Export… the selected session (:mod:`studio.ui.review.transfer`)."""
        row = self.selected_row()
        if row is None:
            return
        choice = transfer.ask_export(self, row.session, row.trainee_name)
        if choice is not None:
            transfer.export_to(self, self.store, row.session_id, choice, self.tell)

    def import_bundle(self) -> None:
        """Import a bundle…: checked completely off the GUI thread; the imported session is then selected."""
        bundle = transfer.ask_bundle(self)
        if bundle is not None:
            transfer.import_from(self, self.store, bundle, self.tell, lambda session: self.show_session(session.id))

    def delete_selected(self) -> None:
        """Delete session… (or Delete in the table): after the instructor says yes, the session and its files go."""
        row = self.selected_row()
        if row is None:
            return
        place = self.table.currentIndex().row()
        description = tr("the session of {trainee} on {date}, {script}").format(
            trainee=row.trainee_name, date=f"{(row.session.started_at or row.session.created_at):%Y-%m-%d %H:%M}",
            script=row.script_title or tr("no script"))
        if not transfer.ask_delete(self, description):
            self.tell(tr("Nothing was deleted."))
            return
        if self._on_deleted is not None:
            self._on_deleted(row.session_id)  # the lead closes its review window before its files go
        for window in [w for w in self.open_windows if getattr(getattr(w, "session", None), "id", None)
                       == row.session_id]:
            window.close()
        try:
            deleted = self.store.delete_session(row.session_id)
        except StudioError as exc:
            self.tell(tr("The session could not be deleted: {error}").format(error=exc))
            self.refresh()
            return
        self.refresh()
        if deleted:
            count = self.proxy.rowCount()
            if count:
                self.table.setCurrentIndex(self.proxy.index(min(place, count - 1), 0))
            self.tell(tr("Deleted {session}.").format(session=description))

    def show_session(self, session_id: str) -> None:
        """Read the library again and select ``session_id`` (shown for everyone, without a search)."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.trainee_combo.setCurrentIndex(0)
        self.refresh()
        ids = self.visible_session_ids()
        if session_id in ids:
            self.table.setCurrentIndex(self.proxy.index(ids.index(session_id), 0))

    # ------------------------------------------------------------------ opening

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.log.add(tr("Select a session first."))
            return
        session_id = str(index.siblingAtColumn(0).data(ID_ROLE))
        self.review_requested.emit(session_id)
        try:
            if self._open_session is not None:
                self._open_session(session_id)
                return
            from studio.ui.review.review_window import open_review

            window = open_review(self.store, session_id, parent=self)
        except StudioError as exc:
            self.log.add(tr("The review cannot open: {error}").format(error=exc))
            return
        self.open_windows.append(window)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))

    def _forget(self, window: QWidget) -> None:
        if window in self.open_windows:
            self.open_windows.remove(window)
