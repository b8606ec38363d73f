"""``studio export`` and ``studio import`` run as a user runs them: a real subprocess on a real store."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import srt
import webvtt

from studio.services.store import SessionStore

from .conftest import SampleSession
from .htmlcheck import check_html


def _studio(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        capture_output=True,
        text=True,
        env=env or dict(os.environ),
        timeout=300,
        check=False,
    )


def _ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_export_writes_every_format_from_the_command_line(sample: SampleSession, tmp_path: Path) -> None:
    sample.store.close()
    sid = sample.session_id
    outputs = {fmt: tmp_path / f"out.{fmt}" for fmt in ("html", "pdf", "csv", "vtt", "srt", "json", "bundle")}
    for fmt, out in outputs.items():
        result = _studio("export", sid, "--format", fmt, "--out", str(out))
        _ok(result)
        assert str(out) in result.stdout
    assert check_html(outputs["html"].read_text(encoding="utf-8")) == []
    assert outputs["pdf"].read_bytes().startswith(b"%PDF")
    with outputs["csv"].open(encoding="utf-8-sig", newline="") as handle:
        assert [row["session_id"] for row in csv.DictReader(handle)] == [sid]
    assert any("Đà Lạt" in c.text for c in webvtt.read(str(outputs["vtt"])).captions)
    assert any("大家好" in s.content for s in srt.parse(outputs["srt"].read_text(encoding="utf-8")))
    assert json.loads(outputs["json"].read_text(encoding="utf-8"))["session"]["id"] == sid
    assert zipfile.ZipFile(outputs["bundle"]).testzip() is None


def test_help_lists_export_and_import() -> None:
    result = _studio("--help")
    assert result.returncode == 0 and "export" in result.stdout and "import" in result.stdout


def test_the_report_language_option_sets_the_headings(sample: SampleSession, tmp_path: Path) -> None:
    sample.store.close()
    out = tmp_path / "vi.html"
    _ok(_studio("export", sample.session_id, "--format", "html", "--language", "vi", "--out", str(out)))
    html = out.read_text(encoding="utf-8")
    assert '<html lang="vi">' in html and "Báo cáo buổi tập" in html
    assert check_html(html) == []


def test_export_and_import_round_trip_between_two_data_folders(sample: SampleSession, tmp_path: Path) -> None:
    sample.store.close()
    bundle = tmp_path / "lan.zip"
    _ok(_studio("export", sample.session_id, "--format", "bundle", "--out", str(bundle)))
    other = dict(os.environ, STUDIO_DATA_DIR=str(tmp_path / "other-data"))
    result = _studio("import", str(bundle), env=other)
    _ok(result)
    assert f"Imported session {sample.session_id}" in result.stdout
    # a second import is refused with a spoken-style message and exit code 2, not a traceback
    again = _studio("import", str(bundle), env=other)
    assert again.returncode == 2
    assert "already in this studio" in again.stderr and "Traceback" not in again.stderr
    copy = _studio("import", str(bundle), "--as-copy", env=other)
    _ok(copy)
    store = SessionStore(tmp_path / "other-data" / "studio.sqlite3")
    try:
        assert len(store.list_sessions()) == 2
        assert (store.session_dir(sample.session_id) / "audio.flac").read_bytes() == sample.media["audio.flac"]
    finally:
        store.close()


def test_bad_input_gives_clear_messages_without_tracebacks(sample: SampleSession, tmp_path: Path) -> None:
    sample.store.close()
    missing = _studio("export", "nope", "--format", "html", "--out", str(tmp_path / "x.html"))
    assert missing.returncode == 2 and "no session with the id nope" in missing.stderr
    junk = tmp_path / "junk.zip"
    junk.write_text("not a zip")
    refused = _studio("import", str(junk))
    assert refused.returncode == 2 and "not a readable zip file" in refused.stderr
    assert "Traceback" not in missing.stderr + refused.stderr
    no_id = _studio("export", "--format", "vtt", "--out", str(tmp_path / "x.vtt"))
    assert no_id.returncode == 2 and "name the session" in no_id.stderr


def test_csv_for_all_sessions_of_a_trainee(sample: SampleSession, tmp_path: Path) -> None:
    sample.store.close()
    out = tmp_path / "lan.csv"
    _ok(_studio("export", "--format", "csv", "--trainee", "lan", "--out", str(out)))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["trainee_name"] for r in rows] == ["Nguyễn Thị Lan"]
