"""The SQLite session store on a real file: migrations, recovery marking, refusal of bad files, concurrency."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from studio.core.errors import CorruptDatabaseError, ForeignDatabaseError, StoreError
from studio.core.model import (
    Finding,
    FindingKind,
    Report,
    ScriptInfo,
    SessionState,
    Severity,
    Trainee,
    Transcript,
    TranscriptPass,
    Word,
)
from studio.services.store import APPLICATION_ID, LATEST_VERSION, MIGRATIONS, SessionStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_store_creates_the_latest_schema_in_the_data_folder(tmp_path: Path) -> None:
    store = SessionStore()
    assert store.path.parent == tmp_path / "data"
    assert store.version == LATEST_VERSION
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrating_from_the_previous_schema_keeps_data_and_matches_a_fresh_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA journal_mode = WAL")
    for statement in MIGRATIONS[0][1].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {MIGRATIONS[0][0]}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        "INSERT INTO trainees VALUES ('t1', 'Lan', 'vi', 'vi-VN', ?)",
        (Trainee("t1", "Lan", "vi", "vi-VN").to_dict().__repr__().replace("'", '"'),),
    )
    conn.execute(
        "INSERT INTO sessions (id, trainee_id, state, created_at, language, market) "
        "VALUES ('s1', 't1', 'recorded', '2026-11-01T10:00:00+00:00', 'vi', 'vi-VN')"
    )
    conn.commit()
    conn.close()

    migrated = SessionStore(old)
    fresh = SessionStore(tmp_path / "fresh.sqlite3")
    assert migrated.version == LATEST_VERSION
    assert migrated.schema() == fresh.schema()
    [session] = migrated.list_sessions()
    assert (session.id, session.state) == ("s1", SessionState.RECORDED)
    migrated.add_comment("s1", 3.5, "teacher", "Say the price again here.")
    assert migrated.list_comments("s1")[0].text == "Say the price again here."


def test_sessions_left_recording_are_marked_interrupted_at_start_up(tmp_path: Path) -> None:
    store = SessionStore()
    trainee = store.ensure_default_trainee()
    recording = store.create_session(trainee.id).moved_to(SessionState.RECORDING)
    store.save_session(recording)
    finished = store.create_session(trainee.id).moved_to(SessionState.RECORDED, duration=30.0)
    store.save_session(finished)
    store.close()

    reopened = SessionStore()
    interrupted = reopened.mark_interrupted()
    assert [s.id for s in interrupted] == [recording.id]
    assert reopened.get_session(recording.id).state is SessionState.INTERRUPTED  # type: ignore[union-attr]
    assert reopened.get_session(finished.id).state is SessionState.RECORDED  # type: ignore[union-attr]
    assert [s.id for s in reopened.interrupted_sessions()] == [recording.id]
    assert reopened.mark_interrupted() == []


def test_transcripts_and_reports_are_stored_and_the_best_pass_is_returned(tmp_path: Path) -> None:
    store = SessionStore()
    session = store.create_session(store.ensure_default_trainee().id)
    live = Transcript("en", 3.0, "base", words=(Word("hello", 0.1, 0.5),), source_pass=TranscriptPass.LIVE)
    full = Transcript("en", 3.0, "base", words=(Word("hello", 0.1, 0.45),), source_pass=TranscriptPass.FULL)
    store.save_transcript(session.id, live)
    assert store.load_transcript(session.id) == live
    store.save_transcript(session.id, full)
    assert store.load_transcript(session.id) == full
    assert store.load_transcript(session.id, TranscriptPass.LIVE) == live
    report = Report("en", {"pace_wpm": 150.0}, (Finding(FindingKind.PACE, Severity.INFO, 0, 3, "Good pace."),), "Good.")
    store.save_report(session.id, report)
    assert store.load_report(session.id) == report
    assert store.session_dir(session.id).is_dir()


def test_deleting_a_session_removes_its_rows_and_files_and_refuses_one_being_recorded(tmp_path: Path) -> None:
    store = SessionStore()
    trainee = store.ensure_default_trainee()
    session = store.create_session(trainee.id)
    store.save_transcript(session.id, Transcript("en", 3.0, "base", words=(Word("hello", 0.1, 0.5),)))
    store.save_report(session.id, Report("en", {"pace_wpm": 150.0}, (), "Good."))
    store.add_comment(session.id, 1.0, "Thu", "Slow down here.")
    (store.session_dir(session.id) / "final.mp4").write_bytes(b"not really a video")
    kept = store.create_session(trainee.id)

    assert store.delete_session(session.id) is True
    assert store.get_session(session.id) is None
    assert not store.session_dir(session.id).exists()
    for table in ("transcripts", "reports", "comments", "finding_overrides"):
        count = store.connection.execute(f"SELECT COUNT(*) FROM {table} WHERE session_id = ?", (session.id,))
        assert count.fetchone()[0] == 0, table
    assert store.delete_session(session.id) is False  # already gone
    assert [s.id for s in store.list_sessions()] == [kept.id]

    recording = store.create_session(trainee.id).moved_to(SessionState.RECORDING)
    store.save_session(recording)
    with pytest.raises(StoreError, match="is being recorded"):
        store.delete_session(recording.id)
    assert store.get_session(recording.id) is not None and store.session_dir(recording.id).is_dir()


def test_a_failed_write_rolls_back_completely(tmp_path: Path) -> None:
    store = SessionStore()
    session = store.create_session(store.ensure_default_trainee().id)
    with pytest.raises(sqlite3.IntegrityError):
        store.add_comment("no-such-session", 1.0, "teacher", "orphan")
    assert store.list_comments(session.id) == []
    with pytest.raises(StoreError, match="needs text or a voice note"):
        store.add_comment(session.id, 1.0, "teacher", "  ")


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    path.write_bytes(b"These are my notes, not a database.\n" * 20)
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError) as info:
        SessionStore(path)
    assert "studio.sqlite3" in info.value.spoken() and "left untouched" in info.value.spoken()
    assert _digest(path) == before


def test_a_damaged_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    store = SessionStore(path)
    for i in range(50):
        store.save_script(ScriptInfo(f"s{i}", "Coffee " * 40, "en", "en-US"))
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # wreck the pages after the header
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError):
        SessionStore(path)
    assert _digest(path) == before


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(ForeignDatabaseError, match="belongs to another program"):
        SessionStore(path)
    assert _digest(path) == before


def test_a_database_from_a_newer_studio_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    SessionStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignDatabaseError, match="newer Rehearsal Studio"):
        SessionStore(path)


_WRITER = """
import sys, time
from studio.services.store import SessionStore
from studio.core.model import ScriptInfo
store = SessionStore(__import__('pathlib').Path(sys.argv[1]))
for i in range(int(sys.argv[2])):
    store.save_script(ScriptInfo(f"s{i}", "A script " * 50, "en", "en-US"))
print("done", flush=True)
"""


def test_readers_keep_reading_while_another_process_writes(tmp_path: Path) -> None:
    """WAL: readers in threads never fail or wait long while a writer process commits 300 transactions."""
    path = tmp_path / "shared.sqlite3"
    SessionStore(path).close()
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), "300"], stdout=subprocess.PIPE, text=True)
    counts: list[list[int]] = [[], []]
    errors: list[BaseException] = []
    slowest = [0.0]

    def read(slot: int) -> None:
        reader = SessionStore(path)
        try:
            while writer.poll() is None:
                started = time.perf_counter()
                n = reader.connection.execute("SELECT count(*) FROM scripts").fetchone()[0]
                slowest[0] = max(slowest[0], time.perf_counter() - started)
                counts[slot].append(n)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            reader.close()

    threads = [threading.Thread(target=read, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    assert writer.wait(timeout=120) == 0
    for t in threads:
        t.join()
    assert not errors
    for seen in counts:
        assert seen == sorted(seen), "a reader saw the count go backwards"
    assert max(max(c) for c in counts if c) <= 300
    assert slowest[0] < 1.0
    assert SessionStore(path).connection.execute("SELECT count(*) FROM scripts").fetchone()[0] == 300
