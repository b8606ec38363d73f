"""What the trainee's own screens read from the store: the attempts on one script, and one session's feedback with
the instructor's comments. No Qt, so the main window runs these off the GUI thread and tests call them directly.

The attempt numbers count every attempt on the script, oldest first (a failed take is an attempt too); the scores
come from each analysed session's report (``studio.core.progress.point_from_metrics``) and the trend sentence from
``studio.core.progress.progress_summary``, which composes it in each feedback language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studio.core.model import Report, Session, SessionState
from studio.core.progress import ProgressPoint, point_from_metrics, progress_summary

if TYPE_CHECKING:
    from studio.services.store import Comment, SessionStore


@dataclass(frozen=True, slots=True)
class Attempt:
    """One session on the script: its number (1 = the first), when, its state and scores (None: no report)."""

    session_id: str
    number: int
    when: datetime
    state: SessionState
    point: ProgressPoint | None

    @property
    def analysed(self) -> bool:
        return self.point is not None


@dataclass(frozen=True, slots=True)
class AttemptHistory:
    """The attempts on one script, newest first, and the trend sentence over the analysed ones."""

    script_id: str | None
    script_title: str
    attempts: tuple[Attempt, ...]
    trend: str


@dataclass(frozen=True, slots=True)
class SessionFeedback:
    """What the feedback list shows for one session: its findings, the comments on it, and where its files are."""

    session: Session
    report: Report | None
    comments: tuple[Comment, ...]
    folder: Path
    recording: Path | None


def _when(session: Session) -> datetime:
    return session.started_at or session.created_at


def _was_recorded(session: Session) -> bool:
    """A take that left a recording (a take still recording, or one whose devices never started, is not listed)."""
    if session.state in (SessionState.ANALYSED, SessionState.RECORDED, SessionState.INTERRUPTED):
        return True
    return session.state is SessionState.FAILED and bool(session.media.final or session.media.audio)


def attempt_history(store: SessionStore, trainee_id: str | None, script_id: str | None, *,
                    language: str, title: str = "") -> AttemptHistory:
    """The trainee's attempts on ``script_id`` (None: free practice), newest first, with the trend in ``language``.

    ``title`` names the script when the store does not know it (free practice, a script never recorded)."""
    sessions = [s for s in store.list_sessions(trainee_id=trainee_id, script_id=script_id)
                if s.script_id == script_id and _was_recorded(s)]
    sessions.sort(key=_when)
    attempts: list[Attempt] = []
    for number, session in enumerate(sessions, start=1):
        report = store.load_report(session.id) if session.state is SessionState.ANALYSED else None
        point = point_from_metrics(session.id, _when(session), report.metrics, report.language) \
            if report is not None else None
        attempts.append(Attempt(session.id, number, _when(session), session.state, point))
    known = store.get_script(script_id) if script_id else None
    points = [a.point for a in attempts if a.point is not None]
    return AttemptHistory(script_id, (known.title if known is not None else "") or title,
                          tuple(reversed(attempts)), progress_summary(points, language))


def session_feedback(store: SessionStore, session_id: str) -> SessionFeedback | None:
    """One session's report, comments (in time order) and files; None when the session is gone."""
    session = store.get_session(session_id)
    if session is None:
        return None
    folder = Path(store.session_dir(session_id))
    final = session.media.final
    recording = folder / final if final and (folder / final).is_file() else None
    return SessionFeedback(session, store.load_report(session_id), tuple(store.list_comments(session_id)), folder,
                           recording)


__all__ = ["Attempt", "AttemptHistory", "SessionFeedback", "attempt_history", "session_feedback"]
