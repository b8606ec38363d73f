"""``studio export``: write a session as an instructor report (HTML, PDF), scores (CSV), captions (WebVTT, SRT),
word-level JSON, or a session bundle that ``studio import`` reads on another computer."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Export a session as HTML, PDF, CSV, WebVTT, SRT, JSON or a session bundle."

_FORMATS = ("html", "pdf", "csv", "vtt", "srt", "json", "bundle")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session_id", metavar="SESSION_ID", nargs="?", help="the session (see: studio sessions)")
    parser.add_argument("--format", "-f", choices=_FORMATS, required=True, help="what to write")
    parser.add_argument("--out", "-o", type=Path, required=True, metavar="PATH", help="the file (or folder) to write")
    parser.add_argument(
        "--trainee",
        metavar="ID",
        help="with --format csv and no SESSION_ID: one row for every session of this trainee",
    )
    parser.add_argument(
        "--language",
        choices=("en", "vi", "zh", "id"),
        help="language of the HTML/PDF report's headings (default: the interface language, else English)",
    )
    parser.add_argument("--all", action="store_true", help="with --format csv and no SESSION_ID: every session")


def run(args: argparse.Namespace) -> int:
    from studio.core.errors import StudioError
    from studio.services.exports import export_scores, export_session
    from studio.services.settings import Settings
    from studio.services.store import SessionStore

    settings = Settings()
    store = SessionStore(settings.database_path())
    language = args.language or settings.get("ui.language")
    if language not in ("en", "vi", "zh", "id"):
        language = "en"  # "system": the CLI has no Qt locale to ask, and English is the common fallback
    if args.session_id is None:
        if args.format != "csv" or not (args.trainee or args.all):
            raise StudioError(
                "name the session to export (studio sessions lists them); "
                "only --format csv can export many sessions, with --trainee ID or --all"
            )
        written = export_scores(store, args.out, trainee_id=args.trainee)
    else:
        written = export_session(store, args.session_id, args.format, args.out, ui_language=language)
    print(f"Wrote {written}")
    return 0
