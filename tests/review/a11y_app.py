"""The review windows with sample data, for the AT-SPI audit (``tests/review/audit_review.py``).

Run as ``python -m tests.review.a11y_app --window review``: it fills a store in STUDIO_DATA_DIR with a trainee and
two analysed sessions (with a real MP4 when ffmpeg is installed) and shows one of the library, the review, the
progress view or the trainee dialog as a top-level window titled "Rehearsal Studio <window>". One window per
process: with no window manager, several top-level windows of one app fight over the keyboard focus.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtWidgets import QApplication

from studio.core.model import (
    Finding,
    FindingKind,
    MediaPaths,
    Report,
    Segment,
    SessionState,
    Severity,
    Trainee,
    Transcript,
    Word,
)
from studio.services import paths
from studio.services.store import SessionStore

WINDOWS = ("library", "review", "progress", "trainee")


def _sample_store() -> tuple[SessionStore, str]:
    store = SessionStore(paths.data_dir() / "studio.sqlite3")
    store.save_trainee(Trainee("lan", "Lan", "en", "en-US"))
    session_id = ""
    for pace in (180.0, 150.0):
        session = store.create_session("lan")
        words = tuple(Word(w, 0.5 + i * 0.6, 0.8 + i * 0.6) for i, w in enumerate("the price is great today".split()))
        store.save_transcript(session.id, Transcript("en", 6.0, "test", (Segment(0, 6, "the price is great today"),),
                                                     words))
        findings = (Finding(FindingKind.CLAIM, Severity.BLOCK, 2.3, 2.6, "A health claim.", quote="great"),)
        store.save_report(session.id, Report("en", {"word_count": 5.0, "pace_rate": pace}, findings, "Summary."))
        media = MediaPaths()
        ffmpeg = shutil.which("ffmpeg")
        if ffmpeg:
            out = store.session_dir(session.id) / "final.mp4"
            subprocess.run([ffmpeg, "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120",
                            "-f", "lavfi", "-i", "sine=duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                            "-c:a", "aac", "-shortest", str(out)], check=False, timeout=60)
            media = MediaPaths(final="final.mp4") if out.exists() else media
        done = session.moved_to(SessionState.RECORDED, duration=6.0, media=media)
        store.save_session(done.moved_to(SessionState.ANALYSED))
        session_id = session.id
    return store, session_id


def main() -> int:
    import argparse

    from PySide6.QtWidgets import QWidget

    from studio.ui.review import LibraryView, ProgressView, TraineeDialog, open_review

    parser = argparse.ArgumentParser()
    parser.add_argument("--window", choices=WINDOWS, default="review")
    args, _ = parser.parse_known_args()
    app = QApplication(sys.argv[:1])
    store, session_id = _sample_store()
    window: QWidget
    if args.window == "library":
        window = LibraryView(store)
    elif args.window == "review":
        window = open_review(store, session_id)
    elif args.window == "progress":
        window = ProgressView(store, "lan")
    else:
        window = TraineeDialog(store, store.get_trainee("lan"))
    window.setWindowTitle(f"Rehearsal Studio {args.window}")
    window.resize(1000, 700)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
