"""Queries the instructor's review needs on top of the session store: library rows, transcript search, finding
overrides and a trainee's progress points.

``SessionStore`` owns the schema (the ``finding_overrides`` table is declared there); this module only reads and
writes rows through the store's own connection and write transaction, so it shares the store's locking and never
opens a second connection to the file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from studio.core.errors import StoreError
from studio.core.model import Finding, Report, Session, utc_now
from studio.core.progress import ProgressPoint, point_from_metrics
from studio.services.store import SessionStore


@dataclass(frozen=True, slots=True)
class LibraryRow:
    """One session as the library lists it."""

    session: Session
    trainee_name: str
    script_title: str
    metrics: dict[str, float]

    @property
    def session_id(self) -> str:
        return self.session.id


@dataclass(frozen=True, slots=True)
class FindingOverride:
    """An instructor dismissed a finding (it was wrong) or overrode it (it stands, with a different judgement)."""

    session_id: str
    finding_key: str
    action: str
    reason: str
    created_at: datetime


OVERRIDE_ACTIONS = ("dismiss", "override")

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalize_text(text: str) -> str:
    """Text for searching: no case, no accents (trainers type Vietnamese without them), no punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", bare).split())


def finding_key(finding: Finding) -> str:
    """A stable key for a finding across re-analysis: kind, rule and start time rounded to a tenth of a second."""
    return f"{finding.kind.value}:{finding.rule_id}:{round(finding.start, 1):.1f}"


def library_rows(store: SessionStore, *, trainee_id: str | None = None) -> list[LibraryRow]:
    """Every session (newest first) with its trainee's name, script title and the stored report's metrics."""
    conn = store.connection
    names = {row["id"]: row["name"] for row in conn.execute("SELECT id, name FROM trainees")}
    titles = {row["id"]: row["title"] for row in conn.execute("SELECT id, title FROM scripts")}
    reports = {row["session_id"]: row["json"] for row in conn.execute("SELECT session_id, json FROM reports")}
    rows: list[LibraryRow] = []
    for session in store.list_sessions(trainee_id=trainee_id):
        metrics: dict[str, float] = {}
        raw = reports.get(session.id)
        if raw is not None:
            metrics = {k: float(v) for k, v in json.loads(raw).get("metrics", {}).items()}
        rows.append(
            LibraryRow(
                session=session,
                trainee_name=names.get(session.trainee_id, session.trainee_id),
                script_title=titles.get(session.script_id or "", "") or session.title,
                metrics=metrics,
            )
        )
    return rows


_TRANSCRIPT_TEXT = """
SELECT t.session_id,
       COALESCE(
           NULLIF((SELECT group_concat(json_extract(s.value, '$.text'), ' ')
                   FROM json_each(t.json, '$.segments') s), ''),
           (SELECT group_concat(json_extract(w.value, '$.word'), ' ') FROM json_each(t.json, '$.words') w),
           ''
       ) AS text
FROM transcripts t
"""


def search_transcripts(store: SessionStore, query: str) -> set[str]:
    """Ids of sessions whose transcript (any pass) contains ``query``, ignoring case, accents and punctuation.

    SQLite's LIKE folds ASCII case only, which misses Vietnamese ("Giá" vs "giá"), so the match is done in Python on
    the normalised text. SQLite's JSON functions pull out only the segments' text (the words' when there are no
    segments): parsing whole transcripts into model objects took 3 s for 300 ten-minute sessions
    (benchmarks/bench_review.py).
    """
    needle = normalize_text(query)
    if not needle:
        return set()
    found: set[str] = set()
    for row in store.connection.execute(_TRANSCRIPT_TEXT):
        if row["session_id"] not in found and needle in normalize_text(row["text"] or ""):
            found.add(row["session_id"])
    return found


def set_finding_override(store: SessionStore, session_id: str, finding: Finding, action: str, reason: str) -> str:
    """Store that a finding was dismissed or overridden, with the instructor's reason; returns the finding key."""
    if action not in OVERRIDE_ACTIONS:
        raise StoreError(f"a finding can be dismissed or overridden, not {action!r}")
    if not reason.strip():
        raise StoreError("write a reason first, so the trainee knows why the feedback was changed")
    key = finding_key(finding)
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO finding_overrides (session_id, finding_key, action, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(session_id, finding_key) DO UPDATE SET action = excluded.action, reason = excluded.reason, "
            "created_at = excluded.created_at",
            (session_id, key, action, reason.strip(), utc_now().isoformat()),
        )
    return key


def clear_finding_override(store: SessionStore, session_id: str, finding: Finding) -> None:
    """Restore a dismissed or overridden finding."""
    with store.transaction() as tx:
        tx.execute(
            "DELETE FROM finding_overrides WHERE session_id = ? AND finding_key = ?", (session_id, finding_key(finding))
        )


def finding_overrides(store: SessionStore, session_id: str) -> dict[str, FindingOverride]:
    """The overrides of one session, by finding key."""
    rows = store.connection.execute(
        "SELECT * FROM finding_overrides WHERE session_id = ? ORDER BY created_at", (session_id,)
    ).fetchall()
    return {
        r["finding_key"]: FindingOverride(
            r["session_id"], r["finding_key"], r["action"], r["reason"], datetime.fromisoformat(r["created_at"])
        )
        for r in rows
    }


def progress_points(store: SessionStore, trainee_id: str) -> list[ProgressPoint]:
    """One point per analysed session of a trainee, oldest first."""
    points: list[ProgressPoint] = []
    for session in reversed(store.list_sessions(trainee_id=trainee_id)):
        report: Report | None = store.load_report(session.id)
        if report is None:
            continue
        points.append(point_from_metrics(session.id, session.created_at, report.metrics, report.language))
    return points


__all__ = [
    "OVERRIDE_ACTIONS",
    "FindingOverride",
    "LibraryRow",
    "clear_finding_override",
    "finding_key",
    "finding_overrides",
    "library_rows",
    "progress_points",
    "search_transcripts",
    "set_finding_override",
]
