"""Exporting, importing and deleting sessions from the instructor's windows.

The same services as ``studio export`` and ``studio import`` (``studio.services.exports``, ``studio.services.bundle``),
behind the review window's and the library's buttons:

* **Export…** asks where to save with the file dialog; its file types are the formats (report as a web page or PDF,
  scores, captions, every word with its time, a session bundle for another computer). The report is written in the
  interface language. A bundle copies the recording, so it is written off the GUI thread; the others take
  milliseconds. The result is said and kept in the window's messages ("Saved the report as a web page: …").
* **Import a bundle…** checks the whole bundle off the GUI thread before anything changes. A session that is already
  here is never overwritten: the instructor is asked whether to import it as a copy.
* **Delete session…** (library) asks first, No being the default, then removes the session and its files.

Nothing here is timed, and every question is a standard dialog a screen reader reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studio.core.i18n import current_language, tr, tr_noop
from studio.core.model import Session
from studio.services.exports import SUFFIXES, ExportFormat, export_session
from studio.services.store import SessionStore
from studio.ui.background import run_in_background

# Each format as the file dialog offers it, in this order (English, translated where shown).
FORMAT_NAMES: dict[ExportFormat, str] = {
    ExportFormat.HTML: tr_noop("Report as a web page"),
    ExportFormat.PDF: tr_noop("Report as a PDF"),
    ExportFormat.CSV: tr_noop("Scores as a spreadsheet (CSV)"),
    ExportFormat.VTT: tr_noop("Captions (WebVTT)"),
    ExportFormat.SRT: tr_noop("Captions (SRT)"),
    ExportFormat.JSON: tr_noop("Every word with its time (JSON)"),
    ExportFormat.BUNDLE: tr_noop("Session bundle for another computer"),
}

_folder = ""  # the folder of the last export or import in this run


def _start_folder() -> str:
    return _folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )


def _remember(path: Path) -> None:
    global _folder
    _folder = str(path.parent)


def format_filter(fmt: ExportFormat) -> str:
    """The file dialog's file type for ``fmt``: "Report as a web page (*.html)"."""
    return f"{tr(FORMAT_NAMES[fmt])} (*{SUFFIXES[fmt]})"


def suggested_name(session: Session, trainee_name: str) -> str:
    """A file name (without suffix) that says whose rehearsal it is and when: "Lan-2026-11-27-1a2b3c"."""
    name = re.sub(r"[^\w-]+", "-", trainee_name, flags=re.UNICODE).strip("-") or "session"
    when = session.started_at or session.created_at
    return f"{name}-{when.date().isoformat()}-{session.id[:6]}"


@dataclass(frozen=True, slots=True)
class ExportChoice:
    path: Path
    fmt: ExportFormat


def ask_export(parent: QWidget, session: Session, trainee_name: str) -> ExportChoice | None:
    """Ask where to save and in which format (the file type); None when the instructor cancels."""
    filters = [format_filter(fmt) for fmt in FORMAT_NAMES]
    start = Path(_start_folder()) / f"{suggested_name(session, trainee_name)}{SUFFIXES[ExportFormat.HTML]}"
    path, chosen = QFileDialog.getSaveFileName(parent, tr("Export session"), str(start), ";;".join(filters))
    if not path:
        return None
    fmt = next((f for f, text in zip(FORMAT_NAMES, filters, strict=True) if text == chosen), None)
    if fmt is None:  # no type chosen (some platform dialogs): the suffix says it
        fmt = next((f for f, suffix in SUFFIXES.items() if path.lower().endswith(suffix)), ExportFormat.HTML)
    out = Path(path)
    if out.suffix.lower() != SUFFIXES[fmt]:
        out = out.with_name(out.name + SUFFIXES[fmt])
    _remember(out)
    return ExportChoice(out, fmt)


def export_to(owner: QWidget, store: SessionStore, session_id: str, choice: ExportChoice,
              tell: Callable[[str], None]) -> None:
    """Write the session as ``choice`` says and ``tell`` the result (a bundle is written off the GUI thread)."""
    what = tr(FORMAT_NAMES[choice.fmt])
    language = current_language()

    def work() -> Path:
        return export_session(store, session_id, choice.fmt, choice.path, ui_language=language)

    def done(written: Path) -> None:
        tell(tr("Saved: {what}, as {path}.").format(what=what, path=written))

    def failed(error: BaseException) -> None:
        tell(tr("The export did not work: {error}").format(error=error))

    if choice.fmt is ExportFormat.BUNDLE:
        tell(tr("Writing the session bundle, with the recording. This can take a moment."))
        run_in_background(owner, work, done, failed)
        return
    try:
        written = work()
    except Exception as exc:  # a full disk, a folder without write access, a session without transcript
        failed(exc)
        return
    done(written)


def ask_bundle(parent: QWidget) -> Path | None:
    """Ask for a session bundle to import; None when the instructor cancels."""
    filters = ";;".join((f"{tr(FORMAT_NAMES[ExportFormat.BUNDLE])} (*.zip)", tr("All files ({patterns})").format(
        patterns="*")))
    path, _chosen = QFileDialog.getOpenFileName(parent, tr("Import a session bundle"), _start_folder(), filters)
    if not path:
        return None
    _remember(Path(path))
    return Path(path)


def _yes(parent: QWidget, title: str, question: str) -> bool:
    """A standard Yes/No question a screen reader reads; No is the default (Escape answers No)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_import_as_copy(parent: QWidget, bundle: Path) -> bool:
    """The session in ``bundle`` is already here: import it as a copy? (No changes nothing.)"""
    return _yes(parent, tr("Import a session bundle"), tr(
        "The session in {name} is already in this studio. Import it as a copy, with a new id, and keep both?"
    ).format(name=bundle.name))


def import_from(owner: QWidget, store: SessionStore, bundle: Path, tell: Callable[[str], None],
                on_done: Callable[[Session], None], *, as_copy: bool = False) -> None:
    """Import ``bundle`` off the GUI thread; a session already here is imported as a copy only if the instructor
    says so (:func:`ask_import_as_copy`). ``on_done(session)`` runs on the GUI thread after a successful import."""
    from studio.services.bundle import SessionExistsError, import_bundle

    def work() -> Session:
        return import_bundle(store, bundle, as_copy=as_copy)

    def done(session: Session) -> None:
        title = session.title or session.id
        tell(tr("Imported the session {title}.").format(title=title))
        on_done(session)

    def failed(error: BaseException) -> None:
        if isinstance(error, SessionExistsError) and not as_copy:
            if ask_import_as_copy(owner, bundle):
                import_from(owner, store, bundle, tell, on_done, as_copy=True)
            else:
                tell(tr("Nothing was imported: the session in {name} is already here.").format(name=bundle.name))
            return
        tell(tr("The import did not work: {error}").format(error=error))

    tell(tr("Checking the session bundle {name}.").format(name=bundle.name))
    run_in_background(owner, work, done, failed)


def ask_delete(parent: QWidget, description: str) -> bool:
    """Delete ``description`` (its recording, transcript, report and comments)? No is the default."""
    return _yes(parent, tr("Delete session"), tr(
        "Delete {session}, with its recording, transcript, report and comments? This cannot be undone."
    ).format(session=description))
