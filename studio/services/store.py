"""The session store: one SQLite file plus one media folder per session.

- The schema is declared once (``MIGRATIONS``: numbered steps from an empty file to the latest version) and applied at
  start-up; ``PRAGMA user_version`` holds the version, ``PRAGMA application_id`` marks the file as ours.
- A file that is not SQLite, or that belongs to another program or to a newer studio, is refused with a clear error
  and never written to.
- WAL journal: readers keep reading while a writer commits. Every write is one transaction.
- Sessions left in the RECORDING state (the app died) are marked INTERRUPTED by :meth:`SessionStore.mark_interrupted`,
  which the app calls at start-up and then offers recovery.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studio.core.errors import CorruptDatabaseError, ForeignDatabaseError, StoreError
from studio.core.model import (
    MediaPaths,
    Report,
    ScriptInfo,
    Session,
    SessionState,
    Trainee,
    Transcript,
    TranscriptPass,
    utc_now,
)
from studio.services import paths

APPLICATION_ID = 0x52535444  # "RSTD"
DATABASE_NAME = "studio.sqlite3"
_SQLITE_MAGIC = b"SQLite format 3\x00"

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE trainees (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            market TEXT NOT NULL,
            profile_json TEXT NOT NULL
        );
        CREATE TABLE scripts (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            market TEXT NOT NULL,
            path TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            trainee_id TEXT NOT NULL REFERENCES trainees(id),
            script_id TEXT REFERENCES scripts(id),
            state TEXT NOT NULL,
            created_at TEXT NOT NULL,
            started_at TEXT,
            ended_at TEXT,
            duration REAL NOT NULL DEFAULT 0,
            language TEXT NOT NULL,
            market TEXT NOT NULL,
            media_json TEXT NOT NULL DEFAULT '{}',
            title TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE transcripts (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            pass TEXT NOT NULL,
            json TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (session_id, pass)
        );
        CREATE TABLE reports (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            json TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        """
        CREATE INDEX sessions_by_trainee ON sessions(trainee_id, created_at);
        CREATE INDEX sessions_by_script ON sessions(script_id, created_at);
        CREATE TABLE comments (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            at_seconds REAL NOT NULL,
            author TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            audio_path TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE finding_overrides (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            finding_key TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('dismiss', 'override')),
            reason TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (session_id, finding_key)
        );
        """,
    ),
)
LATEST_VERSION = MIGRATIONS[-1][0]


@dataclass(frozen=True, slots=True)
class Comment:
    """An instructor's comment anchored to a moment of a session (text, or a voice note file)."""

    id: str
    session_id: str
    at_seconds: float
    author: str
    text: str
    audio_path: str
    created_at: datetime


def default_database_path() -> Path:
    return paths.data_dir() / DATABASE_NAME


def _check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite gets a chance to touch it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        head = handle.read(len(_SQLITE_MAGIC))
    if head != _SQLITE_MAGIC:
        raise CorruptDatabaseError(
            "this is not a Rehearsal Studio database (it is not an SQLite file). It was left untouched. "
            "Move it away or choose another database file in the settings.",
            path=path,
        )


class SessionStore:
    """Trainees, scripts, sessions, transcripts, reports and comments in one SQLite file."""

    def __init__(self, path: Path | None = None, *, media_root: Path | None = None) -> None:
        self.path = path or default_database_path()
        self.media_root = media_root or self.path.parent / "sessions"
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _check_file(self.path)
        self._migrate()

    # ------------------------------------------------------------------ connections

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=True)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(
                f"the database cannot be opened ({exc}). It was left untouched.", path=self.path
            ) from exc
        conn.row_factory = sqlite3.Row
        return conn

    @property
    def connection(self) -> sqlite3.Connection:
        """This thread's connection, for read-only queries by the services built on the store (library, bundles)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, rolled back on any error)."""
        conn = self.connection
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    # ------------------------------------------------------------------ schema

    def _migrate(self) -> None:
        conn = self.connection
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self.close()
            raise CorruptDatabaseError(
                f"the database is damaged and cannot be read ({exc}). It was left untouched.", path=self.path
            ) from exc
        if app_id != APPLICATION_ID and tables:
            self.close()
            raise ForeignDatabaseError(
                "this SQLite file belongs to another program, so Rehearsal Studio will not change it.", path=self.path
            )
        if version > LATEST_VERSION:
            self.close()
            raise ForeignDatabaseError(
                f"this database was made by a newer Rehearsal Studio (version {version}; this one knows up to "
                f"{LATEST_VERSION}). Update the app; the file was left untouched.",
                path=self.path,
            )
        if version == LATEST_VERSION:
            self._check_integrity()
            return
        if version == 0:
            conn.execute("PRAGMA journal_mode = WAL")
        for step, sql in MIGRATIONS:
            if step <= version:
                continue
            with self.transaction() as tx:
                for statement in _statements(sql):
                    tx.execute(statement)
                tx.execute(f"PRAGMA user_version = {step}")
                tx.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _check_integrity(self) -> None:
        try:
            row = self.connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise CorruptDatabaseError(
                f"the database is damaged and cannot be read ({exc}). It was left untouched.", path=self.path
            ) from exc
        if row is None or row[0] != "ok":
            self.close()
            raise CorruptDatabaseError(
                f"the database failed its integrity check ({row[0] if row else 'no answer'}). It was left untouched.",
                path=self.path,
            )

    @property
    def version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def schema(self) -> list[tuple[str, str]]:
        """The tables and indexes with their SQL, for comparing migrated databases."""
        rows = self.connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        return [(row["name"], " ".join(row["sql"].split())) for row in rows]

    # ------------------------------------------------------------------ trainees and scripts

    def save_trainee(self, trainee: Trainee) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO trainees (id, name, language, market, profile_json) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, language = excluded.language, "
                "market = excluded.market, profile_json = excluded.profile_json",
                (trainee.id, trainee.name, trainee.language, trainee.market, json.dumps(trainee.to_dict())),
            )

    def get_trainee(self, trainee_id: str) -> Trainee | None:
        row = self.connection.execute("SELECT profile_json FROM trainees WHERE id = ?", (trainee_id,)).fetchone()
        return None if row is None else Trainee.from_dict(json.loads(row[0]))

    def list_trainees(self) -> list[Trainee]:
        rows = self.connection.execute("SELECT profile_json FROM trainees ORDER BY name COLLATE NOCASE").fetchall()
        return [Trainee.from_dict(json.loads(row[0])) for row in rows]

    def ensure_default_trainee(self, name: str = "Me", language: str = "en", market: str = "en-US") -> Trainee:
        """The trainee used when nobody has set up profiles (a single trainee at home)."""
        existing = self.list_trainees()
        if existing:
            return existing[0]
        trainee = Trainee(id="default", name=name, language=language, market=market)
        self.save_trainee(trainee)
        return trainee

    def save_script(self, script: ScriptInfo) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO scripts (id, title, language, market, path) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET title = excluded.title, language = excluded.language, "
                "market = excluded.market, path = excluded.path",
                (script.id, script.title, script.language, script.market, script.path),
            )

    def get_script(self, script_id: str) -> ScriptInfo | None:
        row = self.connection.execute("SELECT * FROM scripts WHERE id = ?", (script_id,)).fetchone()
        return None if row is None else ScriptInfo.from_dict(dict(row))

    # ------------------------------------------------------------------ sessions

    def create_session(
        self,
        trainee_id: str,
        *,
        script_id: str | None = None,
        language: str = "en",
        market: str = "en-US",
        title: str = "",
    ) -> Session:
        """A new session in the CREATED state, with its media folder made."""
        session = Session(
            id=uuid.uuid4().hex[:12],
            trainee_id=trainee_id,
            script_id=script_id,
            state=SessionState.CREATED,
            created_at=utc_now(),
            language=language,
            market=market,
            title=title,
        )
        self.session_dir(session.id).mkdir(parents=True, exist_ok=True)
        with self.transaction() as tx:
            tx.execute(*_session_upsert(session))
        return session

    def save_session(self, session: Session) -> None:
        with self.transaction() as tx:
            tx.execute(*_session_upsert(session))

    def get_session(self, session_id: str) -> Session | None:
        row = self.connection.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return None if row is None else _session_from_row(row)

    def list_sessions(self, *, trainee_id: str | None = None, script_id: str | None = None) -> list[Session]:
        """Sessions, newest first, optionally for one trainee or one script."""
        clauses: list[str] = []
        args: list[str] = []
        if trainee_id is not None:
            clauses.append("trainee_id = ?")
            args.append(trainee_id)
        if script_id is not None:
            clauses.append("script_id = ?")
            args.append(script_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.connection.execute(f"SELECT * FROM sessions {where} ORDER BY created_at DESC", args).fetchall()
        return [_session_from_row(row) for row in rows]

    def mark_interrupted(self) -> list[Session]:
        """Sessions still RECORDING (the app died during a rehearsal) become INTERRUPTED; returns them for recovery."""
        with self.transaction() as tx:
            rows = tx.execute("SELECT * FROM sessions WHERE state = ?", (SessionState.RECORDING.value,)).fetchall()
            interrupted = [_session_from_row(row).moved_to(SessionState.INTERRUPTED) for row in rows]
            for session in interrupted:
                tx.execute(*_session_upsert(session))
        return interrupted

    def interrupted_sessions(self) -> list[Session]:
        rows = self.connection.execute(
            "SELECT * FROM sessions WHERE state = ? ORDER BY created_at DESC", (SessionState.INTERRUPTED.value,)
        ).fetchall()
        return [_session_from_row(row) for row in rows]

    def delete_session(self, session_id: str) -> bool:
        """Delete a session for good: its row (its transcripts, report, comments and finding overrides go with it)
        and its folder (recordings, voice notes). False when there is no such session.

        A session still RECORDING is refused (StoreError): stop the rehearsal first. The rows go first, in one
        transaction, so a failure while removing files leaves no session pointing at half a folder; a folder that
        cannot be removed is said (StoreError naming it) after the session is gone.
        """
        folder = self.session_dir(session_id)
        with self.transaction() as tx:
            row = tx.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                return False
            if row["state"] == SessionState.RECORDING.value:
                raise StoreError(f"the session {session_id} is being recorded; stop the rehearsal before deleting it")
            tx.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        if folder.exists():
            try:
                shutil.rmtree(folder)
            except OSError as exc:
                raise StoreError(
                    f"the session {session_id} was deleted, but its folder could not be removed ({exc})", path=folder
                ) from exc
        return True

    def session_dir(self, session_id: str) -> Path:
        if not session_id or any(part in session_id for part in ("/", "\\", "..")):
            raise StoreError(f"the session id {session_id!r} is not valid")
        return self.media_root / session_id

    # ------------------------------------------------------------------ transcripts and reports

    def save_transcript(self, session_id: str, transcript: Transcript) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO transcripts (session_id, pass, json, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(session_id, pass) DO UPDATE SET json = excluded.json, created_at = excluded.created_at",
                (
                    session_id,
                    transcript.source_pass.value,
                    json.dumps(transcript.to_dict(), ensure_ascii=False),
                    utc_now().isoformat(),
                ),
            )

    def load_transcript(self, session_id: str, source_pass: TranscriptPass | None = None) -> Transcript | None:
        """The transcript of a pass, or the best one there is (full pass over live)."""
        rows = self.connection.execute(
            "SELECT pass, json FROM transcripts WHERE session_id = ?", (session_id,)
        ).fetchall()
        by_pass = {row["pass"]: row["json"] for row in rows}
        order: Sequence[TranscriptPass] = (
            (source_pass,) if source_pass else (TranscriptPass.FULL, TranscriptPass.IMPORTED, TranscriptPass.LIVE)
        )
        for candidate in order:
            if candidate.value in by_pass:
                return Transcript.from_dict(json.loads(by_pass[candidate.value]))
        return None

    def save_report(self, session_id: str, report: Report) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO reports (session_id, json, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET json = excluded.json, created_at = excluded.created_at",
                (session_id, json.dumps(report.to_dict(), ensure_ascii=False), utc_now().isoformat()),
            )

    def load_report(self, session_id: str) -> Report | None:
        row = self.connection.execute("SELECT json FROM reports WHERE session_id = ?", (session_id,)).fetchone()
        return None if row is None else Report.from_dict(json.loads(row[0]))

    # ------------------------------------------------------------------ comments

    def add_comment(
        self, session_id: str, at_seconds: float, author: str, text: str = "", audio_path: str = ""
    ) -> Comment:
        if not text.strip() and not audio_path:
            raise StoreError("a comment needs text or a voice note")
        comment = Comment(uuid.uuid4().hex[:12], session_id, float(at_seconds), author, text, audio_path, utc_now())
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO comments (id, session_id, at_seconds, author, text, audio_path, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (comment.id, session_id, comment.at_seconds, author, text, audio_path, comment.created_at.isoformat()),
            )
        return comment

    def list_comments(self, session_id: str) -> list[Comment]:
        rows = self.connection.execute(
            "SELECT * FROM comments WHERE session_id = ? ORDER BY at_seconds", (session_id,)
        ).fetchall()
        return [
            Comment(
                r["id"],
                r["session_id"],
                r["at_seconds"],
                r["author"],
                r["text"],
                r["audio_path"],
                datetime.fromisoformat(r["created_at"]),
            )
            for r in rows
        ]


def _statements(sql: str) -> list[str]:
    return [part.strip() for part in sql.split(";") if part.strip()]


_SESSION_COLUMNS = (
    "id",
    "trainee_id",
    "script_id",
    "state",
    "created_at",
    "started_at",
    "ended_at",
    "duration",
    "language",
    "market",
    "media_json",
    "title",
)
INSERT_SESSION = (
    f"INSERT INTO sessions ({', '.join(_SESSION_COLUMNS)}) VALUES ({', '.join('?' * len(_SESSION_COLUMNS))})"
)
"""A plain INSERT of one session row (fails on an existing id); parameters from :func:`session_params`."""


def session_params(session: Session) -> tuple[object, ...]:
    """The values of a session row, in the order of ``INSERT_SESSION``."""
    data = session.to_dict()
    data["media_json"] = json.dumps(data.pop("media"))
    return tuple(data[column] for column in _SESSION_COLUMNS)


def _session_upsert(session: Session) -> tuple[str, tuple[object, ...]]:
    updates = ", ".join(f"{c} = excluded.{c}" for c in _SESSION_COLUMNS if c not in ("id", "created_at"))
    return f"{INSERT_SESSION} ON CONFLICT(id) DO UPDATE SET {updates}", session_params(session)


def _session_from_row(row: sqlite3.Row) -> Session:
    data = dict(row)
    data["media"] = json.loads(data.pop("media_json") or "{}")
    return Session.from_dict(data)


__all__ = [
    "APPLICATION_ID",
    "INSERT_SESSION",
    "LATEST_VERSION",
    "MIGRATIONS",
    "Comment",
    "MediaPaths",
    "SessionStore",
    "default_database_path",
    "session_params",
]
