"""``studio analyze`` run as a real subprocess: plain text, JSON transcripts, recordings and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.core.model import Report, Segment, Transcript, dumps

from .helpers import timed


def studio(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studio", "analyze", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        cwd=cwd,
    )


def test_plain_text_gets_estimated_times(tmp_path: Path) -> None:
    """A .txt is analysed with estimated times; the report says so and still counts fillers."""
    notes = tmp_path / "rehearsal.txt"
    notes.write_text("So, today I like this serum.\nIt is, like, um, really light. Tap the basket to buy.\n")
    done = studio(notes)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Times are estimated from text.")
    assert "1. At " in done.stdout
    assert "Traceback" not in done.stderr


def test_json_transcript_and_json_output(tmp_path: Path) -> None:
    """A transcript .json (as the app writes it) in, the report JSON out, readable by Report.from_dict."""
    words = timed("um this serum is, like, so light", length=0.3) + timed("buy it now", start=10.0)
    source = tmp_path / "session.json"
    source.write_text(dumps(Transcript("en", 12.0, "base", (Segment(0.0, 12.0, "..."),), tuple(words))))
    done = studio(source, "--json", "--dead-air", "2")
    assert done.returncode == 0, done.stderr
    report = Report.from_dict(json.loads(done.stdout))
    assert report.metrics["dead_air_count"] == 1
    assert report.metrics["filler_count"] == 2


def test_html_output_and_vietnamese_text(tmp_path: Path) -> None:
    """--html writes an accessible page in the spoken language (guessed from the text)."""
    notes = tmp_path / "ban-nhap.txt"
    notes.write_text("Chào cả nhà, ừm, hôm nay mình giới thiệu kem dưỡng ẩm. Bấm vào giỏ hàng để chốt đơn nhé.\n")
    page = tmp_path / "report.html"
    done = studio(notes, "--html", page)
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert '<html lang="vi">' in html and "<main>" in html and "<caption>" in html
    assert "Thời gian chỉ là ước tính" in done.stdout


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("missing.wav", None),
        ("broken.json", '{"language": "en", "words": ['),
        ("report.json", '{"schema": 1, "type": "report", "language": "en"}'),
        ("empty.txt", "   \n"),
        ("slides.pptx", "not a recording"),
        ("not-audio.mp3", "this is text pretending to be audio"),
    ],
)
def test_bad_input_names_the_file_without_a_traceback(tmp_path: Path, name: str, content: str | None) -> None:
    """Bad input: exit code not 0, the file named in the message, and never a traceback."""
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    done = studio(path)
    assert done.returncode != 0
    assert name in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_run_sheet_is_named(tmp_path: Path) -> None:
    """--script pointing nowhere is reported with the run-sheet's name."""
    notes = tmp_path / "a.txt"
    notes.write_text("hello there")
    done = studio(notes, "--script", tmp_path / "nope.md")
    assert done.returncode != 0 and "nope.md" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_real_recording_is_transcribed_and_analysed(speech_dir: Path) -> None:
    """jfk.flac through the embedded tiny.en model: a report with the voice measured from the audio."""
    done = studio(speech_dir / "jfk.flac", "--model", "tiny.en", "--language", "en", "--json")
    assert done.returncode == 0, done.stderr
    report = Report.from_dict(json.loads(done.stdout))
    assert 20 <= report.metrics["word_count"] <= 24
    assert report.metrics["voice_pitch_std_semitones"] > 0
    assert report.summary
