"""Exports of one session for instructors and other tools: HTML, PDF, CSV of scores, WebVTT, SRT, word-level JSON,
and the session bundle (see :mod:`studio.services.bundle`).

Everything is written atomically (a reader sees the old file or the whole new one). The PDF is the HTML report laid
out by Qt's QTextDocument and printed with QPdfWriter: it works offline, embeds the fonts (Noto CJK for Chinese, DejaVu
or Noto for Vietnamese) and keeps the text extractable. It needs a Qt GUI application object but no widgets and no
display (the offscreen platform is used when there is no display).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from studio import __version__
from studio.core.captions import to_srt, to_webvtt
from studio.core.errors import StudioError
from studio.core.export_html import render_session_html
from studio.core.model import SCHEMA_VERSION, Report, Session, Severity, Transcript, utc_now
from studio.services.files import atomic_write_bytes, atomic_write_text
from studio.services.store import SessionStore


class ExportFormat(str, Enum):
    HTML = "html"
    PDF = "pdf"
    CSV = "csv"
    VTT = "vtt"
    SRT = "srt"
    JSON = "json"
    BUNDLE = "bundle"


FORMATS: tuple[str, ...] = tuple(f.value for f in ExportFormat)
SUFFIXES: dict[ExportFormat, str] = {
    ExportFormat.HTML: ".html",
    ExportFormat.PDF: ".pdf",
    ExportFormat.CSV: ".csv",
    ExportFormat.VTT: ".vtt",
    ExportFormat.SRT: ".srt",
    ExportFormat.JSON: ".json",
    ExportFormat.BUNDLE: ".zip",
}


def _format(fmt: str | ExportFormat) -> ExportFormat:
    try:
        return ExportFormat(fmt)
    except ValueError as exc:
        raise StudioError(f"there is no export format called {fmt!r}; choose one of {', '.join(FORMATS)}") from exc


def _session(store: SessionStore, session_id: str) -> Session:
    session = store.get_session(session_id)
    if session is None:
        raise StudioError(f"there is no session with the id {session_id}. The command 'studio sessions' lists them.")
    return session


def _transcript(store: SessionStore, session: Session, *, required: bool) -> Transcript | None:
    transcript = store.load_transcript(session.id)
    if transcript is None and required:
        raise StudioError(
            f"the session {session.id} has no transcript yet, so there is nothing to write. "
            f"Run: studio transcribe on its recording first."
        )
    return transcript


def export_session(
    store: SessionStore, session_id: str, fmt: str | ExportFormat, out: Path, *, ui_language: str = "en"
) -> Path:
    """Write ``session_id`` to ``out`` in ``fmt``; returns the path written. A missing parent folder is created.

    ``ui_language`` (en, vi, zh, id) is the language of the HTML and PDF report's headings and labels."""
    chosen = _format(fmt)
    session = _session(store, session_id)
    out = Path(out)
    if out.is_dir():
        out = out / f"session-{session.id}{SUFFIXES[chosen]}"
    if chosen is ExportFormat.BUNDLE:
        from studio.services.bundle import export_bundle

        return export_bundle(store, session.id, out)
    if chosen is ExportFormat.CSV:
        atomic_write_text(out, scores_csv(store, [session]))
        return out
    if chosen in (ExportFormat.VTT, ExportFormat.SRT):
        transcript = _transcript(store, session, required=True)
        assert transcript is not None
        text = to_webvtt(transcript) if chosen is ExportFormat.VTT else to_srt(transcript)
        atomic_write_text(out, text)
        return out
    if chosen is ExportFormat.JSON:
        transcript = _transcript(store, session, required=True)
        assert transcript is not None
        atomic_write_text(out, word_json(store, session, transcript))
        return out
    html = session_html(store, session, ui_language=ui_language)
    if chosen is ExportFormat.HTML:
        atomic_write_text(out, html)
    else:
        atomic_write_bytes(out, html_to_pdf(html))
    return out


# --------------------------------------------------------------------------- HTML and PDF


def session_html(store: SessionStore, session: Session, *, ui_language: str = "en") -> str:
    return render_session_html(
        session,
        transcript=store.load_transcript(session.id),
        report=store.load_report(session.id),
        comments=store.list_comments(session.id),
        trainee=store.get_trainee(session.trainee_id),
        ui_language=ui_language,
        generated_at=utc_now(),
    )


def _gui_application() -> Any:
    """The running Qt application, or a new GUI-only one (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["studio-export"])
    return app


def html_to_pdf(html: str, *, page_size: str = "A4") -> bytes:
    """``html`` laid out on A4 (or Letter) pages as PDF bytes, with embedded, searchable fonts."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    size_id = QPageSize.PageSizeId.Letter if page_size.lower() == "letter" else QPageSize.PageSizeId.A4
    writer.setPageSize(QPageSize(size_id))
    writer.setResolution(96)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle("Rehearsal Studio session report")
    writer.setCreator(f"Rehearsal Studio {__version__}")
    document = QTextDocument()
    # Latin and Vietnamese from DejaVu, Chinese from Noto Sans CJK SC (Simplified glyph shapes). Order matters: Qt's
    # PDF text map loses the digits of the CJK font, so the CJK font must only be the fallback for Han characters.
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans CJK SC"])
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setPageSize(writer.pageLayout().paintRectPixels(96).size().toSizeF())
    document.print_(writer)
    del writer  # finishes the PDF (the writer flushes on destruction)
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF"):
        raise StudioError("the PDF could not be made (Qt returned no document)")
    return pdf


# --------------------------------------------------------------------------- CSV of scores

_FIXED_COLUMNS = (
    "session_id",
    "trainee_id",
    "trainee_name",
    "title",
    "recorded_at",
    "language",
    "market",
    "state",
    "duration_seconds",
    "transcript_pass",
    "findings",
    *(f"findings_{s.value}" for s in Severity),
)


def _cell(value: object) -> str | float | int:
    # Spreadsheets run cells that start with = + - @ as formulas: a trainee name or title must never do that.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    if isinstance(value, (int, float, str)):
        return value
    return "" if value is None else str(value)


def scores_csv(store: SessionStore, sessions: Sequence[Session]) -> str:
    """One row per session (oldest first) with its details, finding counts and every report metric.

    Text is UTF-8 with a byte-order mark so spreadsheet programs show Vietnamese and Chinese correctly.
    """
    ordered = sorted(sessions, key=lambda s: s.created_at)
    reports: dict[str, Report | None] = {s.id: store.load_report(s.id) for s in ordered}
    metric_names = sorted({name for r in reports.values() if r for name in r.metrics})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*_FIXED_COLUMNS, *metric_names])
    names: dict[str, str] = {}
    for session in ordered:
        if session.trainee_id not in names:
            trainee = store.get_trainee(session.trainee_id)
            names[session.trainee_id] = trainee.name if trainee else ""
        report = reports[session.id]
        counts = {s: 0 for s in Severity}
        for finding in report.findings if report else ():
            counts[finding.severity] += 1
        row: list[object] = [
            session.id,
            session.trainee_id,
            names[session.trainee_id],
            session.title,
            (session.started_at or session.created_at).isoformat(),
            session.language,
            session.market,
            session.state.value,
            round(session.duration, 3),
            report.transcript_pass.value if report else "",
            len(report.findings) if report else "",
            *((counts[s] if report else "") for s in Severity),
            *((report.metrics.get(name, "") if report else "") for name in metric_names),
        ]
        writer.writerow([_cell(value) for value in row])
    return "\ufeff" + buffer.getvalue()


def export_scores(store: SessionStore, out: Path, *, trainee_id: str | None = None) -> Path:
    """The scores CSV for every session (or every session of one trainee)."""
    sessions = store.list_sessions(trainee_id=trainee_id)
    if not sessions:
        who = f" for the trainee {trainee_id}" if trainee_id else ""
        raise StudioError(f"there are no sessions{who} to export")
    out = Path(out)
    if out.is_dir():
        out = out / (f"scores-{trainee_id}.csv" if trainee_id else "scores.csv")
    atomic_write_text(out, scores_csv(store, sessions))
    return out


# --------------------------------------------------------------------------- word-level JSON


def word_json(store: SessionStore, session: Session, transcript: Transcript) -> str:
    """The transcript in its own JSON form (words with start, end, probability) plus the session's metadata.

    It is a valid ``transcript`` document: ``studio.core.model.loads(text, Transcript)`` reads it back.
    """
    trainee = store.get_trainee(session.trainee_id)
    body: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "type": "transcript",
        **transcript.to_dict(),
        "session": session.to_dict(),
        "trainee": {"id": session.trainee_id, "name": trainee.name if trainee else ""},
        "exported_at": utc_now().isoformat(),
        "app_version": __version__,
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


__all__ = [
    "FORMATS",
    "ExportFormat",
    "export_scores",
    "export_session",
    "html_to_pdf",
    "scores_csv",
    "session_html",
    "word_json",
]
