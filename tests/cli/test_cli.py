"""The headless commands, run as a user would run them (a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from studio.core.model import SessionState
from studio.services.store import SessionStore


def _studio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=300,
        check=False,
    )


def test_help_lists_the_headless_commands() -> None:
    result = _studio("--help")
    assert result.returncode == 0
    for command in ("doctor", "sessions"):
        assert command in result.stdout


def test_sessions_json_lists_stored_sessions(tmp_path: Path) -> None:
    assert json.loads(_studio("sessions", "--json").stdout) == []
    store = SessionStore()
    session = store.create_session(store.ensure_default_trainee().id, title="Phone case")
    store.save_session(session.moved_to(SessionState.RECORDED, duration=42.0))
    store.close()
    rows = json.loads(_studio("sessions", "--json").stdout)
    assert [(r["id"], r["state"], r["duration"]) for r in rows] == [(session.id, "recorded", 42.0)]
    assert "Phone case" in _studio("sessions").stdout


def test_sessions_reports_a_corrupt_database_in_one_readable_line(tmp_path: Path) -> None:
    db = tmp_path / "data" / "studio.sqlite3"
    db.parent.mkdir(parents=True)
    db.write_text("not a database")
    result = _studio("sessions")
    assert result.returncode == 2
    assert "studio.sqlite3" in result.stderr and "Traceback" not in result.stderr
    assert db.read_text() == "not a database"


def test_doctor_prints_a_report_with_fixes_and_its_exit_code_follows_required_items() -> None:
    result = _studio("doctor", "--json")
    checks = json.loads(result.stdout)
    names = {c["name"] for c in checks}
    assert {"Python", "PortAudio", "Microphone", "FFmpeg", "Speech recognition model", "Session store"} <= names
    missing_required = [c for c in checks if c["required"] and not c["ok"]]
    assert result.returncode == (1 if missing_required else 0)
    assert all(c["fix"] for c in checks if not c["ok"]), "every problem comes with a fix"
    text = _studio("doctor")
    assert "Rehearsal Studio check-up" in text.stdout
