"""Sample sessions for the accessibility kit: a trainee's two analysed rehearsals with words, findings and a short
real MP4, so the library, the review window and the progress view have something to show.

Used by ``studio.ui.app --a11y-audit`` (``accessibility/audit.py`` and the Orca review walk open these windows by
their keys). The MP4 is made with the system ffmpeg (or imageio-ffmpeg's); without either the
sessions have no media and the review says so.
"""

from __future__ import annotations

import shutil
import subprocess

from studio.core.model import (
    Finding,
    FindingKind,
    MediaPaths,
    Report,
    Segment,
    SessionState,
    Severity,
    Transcript,
    Word,
)
from studio.services.store import SessionStore

SAMPLE_TEXT = "the price is great today"


def _ffmpeg() -> str | None:
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        return None


def add_sample_sessions(store: SessionStore, trainee_id: str, *, count: int = 2) -> list[str]:
    """Store ``count`` analysed sessions of ``trainee_id`` (the last one newest); returns their ids."""
    ids: list[str] = []
    ffmpeg = _ffmpeg()
    for n in range(count):
        session = store.create_session(trainee_id)
        words = tuple(Word(w, 0.5 + i * 0.6, 0.8 + i * 0.6) for i, w in enumerate(SAMPLE_TEXT.split()))
        store.save_transcript(session.id, Transcript("en", 6.0, "sample", (Segment(0, 6, SAMPLE_TEXT),), words))
        findings = (
            Finding(FindingKind.CLAIM, Severity.BLOCK, 2.3, 2.6, "A health claim.", quote="great"),
            Finding(FindingKind.PACE, Severity.WARNING, 0.5, 3.5, "You spoke fast here.",
                    suggestion="Pause after the price"),
        )
        pace = 180.0 - 30.0 * n  # the trainee slows down: the progress view has a trend to read
        store.save_report(session.id, Report("en", {"word_count": 5.0, "pace_rate": pace}, findings, "Summary."))
        media = MediaPaths()
        if ffmpeg:
            out = store.session_dir(session.id) / "final.mp4"
            subprocess.run([ffmpeg, "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120",
                            "-f", "lavfi", "-i", "sine=duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                            "-c:a", "aac", "-shortest", str(out)], check=False, timeout=60, capture_output=True)
            media = MediaPaths(final="final.mp4") if out.exists() else media
        done = session.moved_to(SessionState.RECORDED, duration=6.0, media=media)
        store.save_session(done.moved_to(SessionState.ANALYSED))
        ids.append(session.id)
    return ids
