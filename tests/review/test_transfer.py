"""Export and import from the instructor's windows (studio.ui.review.transfer), on a real SQLite store and real
files: the review window's Export… writes each format, the library exports a bundle and imports it into another
studio, a session already there is imported as a copy only when the instructor says so, and a broken bundle is
refused with a message while nothing changes. The file dialog's answer is the only thing stood in for."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from studio.services.exports import ExportFormat
from studio.services.store import SessionStore
from studio.ui.review import transfer
from studio.ui.review.library_view import LibraryView
from studio.ui.review.review_window import open_review

from .conftest import Library


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path, fmt: ExportFormat) -> None:
    monkeypatch.setattr(transfer, "ask_export", lambda *_args: transfer.ExportChoice(path, fmt))


@pytest.mark.parametrize("fmt", [ExportFormat.HTML, ExportFormat.CSV, ExportFormat.VTT, ExportFormat.SRT,
                                 ExportFormat.JSON, ExportFormat.PDF])
def test_export_from_the_review_window_writes_the_format_and_says_where(
    qtbot: Any, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: ExportFormat
) -> None:
    out = tmp_path / f"export.{fmt.value}"
    _answer(monkeypatch, out, fmt)
    window = open_review(library.store, library.media_session)
    qtbot.addWidget(window)
    window.actions_by_id["review_export"].trigger()
    assert out.is_file() and out.stat().st_size > 0
    said = window.log.last_message()
    assert said == f"Saved: {transfer.FORMAT_NAMES[fmt]}, as {out}.", said
    data = out.read_bytes()
    if fmt is ExportFormat.HTML:
        assert b"<html" in data and b'lang="en"' in data
    elif fmt is ExportFormat.PDF:
        assert data.startswith(b"%PDF")
    elif fmt is ExportFormat.CSV:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert [row["session_id"] for row in rows] == [library.media_session]
    elif fmt is ExportFormat.VTT:
        assert data.startswith(b"WEBVTT")


def test_the_export_button_is_last_in_the_tab_order_and_names_its_key(qtbot: Any, library: Library) -> None:
    window = open_review(library.store, library.media_session)
    qtbot.addWidget(window)
    assert window.export_button.text() == "E&xport…"
    assert "Ctrl+Shift+E" in window.export_button.accessibleDescription()
    chain, widget = [], window.play_button  # the first control of the window's focus chain
    while not chain or widget is not window.play_button:
        chain.append(widget)
        widget = widget.nextInFocusChain()
        assert len(chain) < 500
    assert chain.index(window.export_button) > max(chain.index(window.add_comment_button),
                                                   chain.index(window.pace_table))


def test_an_export_that_cannot_be_written_is_said_and_changes_nothing(
    qtbot: Any, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    _answer(monkeypatch, blocker / "report.html", ExportFormat.HTML)
    window = open_review(library.store, library.media_session)
    qtbot.addWidget(window)
    window.export_session()
    assert window.log.last_message().startswith("The export did not work: ")
    assert blocker.read_text() == "a file where the folder should be"


def _library(qtbot: Any, store: SessionStore) -> LibraryView:
    view = LibraryView(store)
    qtbot.addWidget(view)
    return view


def _select(view: LibraryView, session_id: str) -> None:
    view.table.setCurrentIndex(view.proxy.index(view.visible_session_ids().index(session_id), 0))


def test_a_bundle_exported_in_the_library_is_imported_into_another_studio(
    qtbot: Any, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "lan.zip"
    view = _library(qtbot, library.store)
    _select(view, library.media_session)
    _answer(monkeypatch, bundle, ExportFormat.BUNDLE)
    view.export_selected()
    assert view.log.last_message() == "Writing the session bundle, with the recording. This can take a moment."
    qtbot.waitUntil(lambda: view.log.last_message().startswith("Saved: "), timeout=30_000)
    with zipfile.ZipFile(bundle) as archive:
        assert any(name.endswith("final.mp4") for name in archive.namelist())
    assert view.announcer.history[-1].text == view.log.last_message()  # said, not only written

    other = SessionStore(tmp_path / "other" / "studio.sqlite3")
    try:
        elsewhere = _library(qtbot, other)
        assert elsewhere.visible_session_ids() == []
        monkeypatch.setattr(transfer, "ask_bundle", lambda _parent: bundle)
        elsewhere.import_bundle()
        qtbot.waitUntil(lambda: elsewhere.log.last_message().startswith("Imported"), timeout=30_000)
        assert elsewhere.visible_session_ids() == [library.media_session]
        assert elsewhere.table.currentIndex().row() == 0
        imported = other.get_session(library.media_session)
        assert imported is not None
        assert (other.session_dir(imported.id) / "final.mp4").read_bytes() == (
            library.store.session_dir(library.media_session) / "final.mp4").read_bytes()
    finally:
        other.close()


@pytest.mark.parametrize("as_copy", [False, True])
def test_a_session_already_here_is_imported_only_as_a_copy_the_instructor_asked_for(
    qtbot: Any, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_copy: bool
) -> None:
    bundle = tmp_path / "again.zip"
    from studio.services.bundle import export_bundle

    export_bundle(library.store, library.media_session, bundle)
    view = _library(qtbot, library.store)
    before = set(view.visible_session_ids())
    asked: list[Path] = []
    monkeypatch.setattr(transfer, "ask_bundle", lambda _parent: bundle)
    monkeypatch.setattr(transfer, "ask_import_as_copy", lambda _parent, path: asked.append(path) or as_copy)
    view.import_bundle()
    expected = "Imported the session" if as_copy else "Nothing was imported: the session in again.zip is already here."
    qtbot.waitUntil(lambda: view.log.last_message().startswith(expected), timeout=30_000)
    assert asked == [bundle]
    after = set(view.visible_session_ids())
    assert len(after - before) == (1 if as_copy else 0) and before <= after


def test_a_broken_bundle_is_refused_with_its_reason_and_nothing_changes(
    qtbot: Any, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "broken.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("../../escape.txt", "outside the bundle")
    view = _library(qtbot, library.store)
    before = view.visible_session_ids()
    monkeypatch.setattr(transfer, "ask_bundle", lambda _parent: bundle)
    view.import_bundle()
    qtbot.waitUntil(lambda: view.log.last_message().startswith("The import did not work: "), timeout=30_000)
    assert "broken.zip" in view.log.last_message()
    view.refresh()
    assert view.visible_session_ids() == before
    assert not (tmp_path.parent / "escape.txt").exists()


def test_the_file_type_chosen_in_the_dialog_is_the_format_and_gives_the_suffix(
    qtbot: Any, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = library.store.get_session(library.media_session)
    assert session is not None
    offered: list[str] = []

    def dialog(_parent: Any, _title: str, start: str, filters: str) -> tuple[str, str]:
        offered.extend(filters.split(";;"))
        offered.append(start)
        return str(tmp_path / "lan-report"), transfer.format_filter(ExportFormat.SRT)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    choice = transfer.ask_export(None, session, "Lan Nguyễn")  # type: ignore[arg-type]
    assert choice == transfer.ExportChoice(tmp_path / "lan-report.srt", ExportFormat.SRT)
    assert offered[:7] == [transfer.format_filter(fmt) for fmt in ExportFormat]
    assert Path(offered[7]).name.startswith("Lan-Nguyễn-") and offered[7].endswith(".html")


@pytest.mark.parametrize("yes", [True, False])
def test_delete_in_the_library_asks_first_and_removes_the_session_and_its_files(
    qtbot: Any, library: Library, monkeypatch: pytest.MonkeyPatch, yes: bool
) -> None:
    view = _library(qtbot, library.store)
    _select(view, library.media_session)
    folder = library.store.session_dir(library.media_session)
    asked: list[str] = []
    monkeypatch.setattr(transfer, "ask_delete", lambda _parent, description: asked.append(description) or yes)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # the Delete key in the table, as the button does
    assert len(asked) == 1 and asked[0].startswith("the session of Lan on ")
    if yes:
        assert library.store.get_session(library.media_session) is None and not folder.exists()
        assert library.media_session not in view.visible_session_ids()
        assert view.log.last_message() == f"Deleted {asked[0]}."
        assert view.table.currentIndex().isValid()  # the next session is selected
    else:
        assert library.store.get_session(library.media_session) is not None and folder.is_dir()
        assert view.log.last_message() == "Nothing was deleted."


def test_a_session_being_recorded_is_not_deleted(
    qtbot: Any, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from studio.core.model import SessionState

    session = library.store.get_session(library.media_session)
    assert session is not None
    library.store.save_session(dataclasses.replace(session, state=SessionState.RECORDING))
    view = _library(qtbot, library.store)
    _select(view, library.media_session)
    monkeypatch.setattr(transfer, "ask_delete", lambda _parent, _description: True)
    view.delete_selected()
    assert view.log.last_message().startswith("The session could not be deleted: ")
    assert library.store.get_session(library.media_session) is not None


def test_deleting_from_the_main_windows_library_closes_the_sessions_review(
    qtbot: Any, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.ui.actions import ActionRegistry
    from studio.ui.app import build_main_window

    main = build_main_window(registry=ActionRegistry(path=tmp_path / "keys.json"), settings=None, appearance=None,
                             speech=None)
    qtbot.addWidget(main)
    main.store = library.store
    view = main.open_library()
    assert isinstance(view, LibraryView)
    review = main.open_review(library.media_session)
    closed: list[bool] = []
    review.destroyed.connect(lambda _o=None: closed.append(True))
    _select(view, library.media_session)
    monkeypatch.setattr(transfer, "ask_delete", lambda _parent, _description: True)
    view.delete_selected()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert closed == [True]
    assert f"review:{library.media_session}" not in main.open_windows
    assert library.store.get_session(library.media_session) is None
