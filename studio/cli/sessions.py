"""``studio sessions``: list the recorded rehearsals (newest first)."""

from __future__ import annotations

import argparse
import json

HELP = "List recorded rehearsal sessions."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the sessions as JSON")
    parser.add_argument("--trainee", metavar="ID", help="only this trainee's sessions")
    parser.add_argument("--script", metavar="ID", help="only sessions of this script")


def run(args: argparse.Namespace) -> int:
    from studio.services.settings import Settings
    from studio.services.store import SessionStore

    store = SessionStore(Settings().database_path())
    sessions = store.list_sessions(trainee_id=args.trainee, script_id=args.script)
    if args.json:
        rows = []
        for session in sessions:
            row = session.to_dict()
            report = store.load_report(session.id)
            row["metrics"] = dict(report.metrics) if report else {}
            rows.append(row)
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not sessions:
        print("No sessions yet. Record a rehearsal in the app, or run: studio record --seconds 30 --out practice.mp4")
        return 0
    for session in sessions:
        when = session.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        minutes, seconds = divmod(round(session.duration), 60)
        print(
            f"{session.id}  {when}  {session.state.value:<11}  {minutes}:{seconds:02d}  {session.title or '(untitled)'}"
        )
    return 0
