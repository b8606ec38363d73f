"""``studio import``: bring in a session bundle made by ``studio export --format bundle``.

The bundle is checked completely before anything changes; a session that is already here is never overwritten."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Import a session bundle (a .zip made by studio export --format bundle)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bundle", metavar="BUNDLE", type=Path, help="the bundle file")
    parser.add_argument(
        "--as-copy",
        action="store_true",
        help="if the session is already here, import it as a copy with a new id instead of refusing",
    )


def run(args: argparse.Namespace) -> int:
    from studio.services.bundle import import_bundle
    from studio.services.settings import Settings
    from studio.services.store import SessionStore

    store = SessionStore(Settings().database_path())
    session = import_bundle(store, args.bundle, as_copy=args.as_copy)
    title = f" ({session.title})" if session.title else ""
    print(f"Imported session {session.id}{title}.")
    return 0
