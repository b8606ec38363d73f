"""Fixtures for the review tests: the offscreen platform, a real SQLite store with sessions, a real H.264/AAC MP4."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere in this test run

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from studio.core.model import (
    Finding,
    FindingKind,
    MediaPaths,
    PaceBand,
    Report,
    ScriptInfo,
    Segment,
    SessionState,
    Severity,
    Trainee,
    Transcript,
    Word,
)
from studio.services.store import SessionStore

MEDIA_SECONDS = 6.0


@pytest.fixture(autouse=True)
def _no_leftover_widgets(qapp: Any) -> Iterator[None]:
    """Delete what earlier tests closed (pytest-qt uses deleteLater) before this test starts."""
    for _ in range(2):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    yield


@pytest.fixture(scope="session")
def mp4_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real 6 s H.264 + AAC MP4 made by the system ffmpeg (test pattern and a 440 Hz tone)."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("the system ffmpeg is not installed")
    out = tmp_path_factory.mktemp("media") / "final.mp4"
    subprocess.run(
        [
            ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", f"testsrc=duration={MEDIA_SECONDS:g}:size=320x240:rate=25",
            "-f", "lavfi", "-i", f"sine=frequency=440:duration={MEDIA_SECONDS:g}",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", "-movflags", "+faststart", str(out),
        ],
        check=True,
        timeout=60,
    )
    return out


def words_at(text: str, starts: list[float], length: float = 0.3) -> tuple[Word, ...]:
    return tuple(Word(w, s, s + length) for w, s in zip(text.split(), starts, strict=True))


def transcript_of(words: tuple[Word, ...], duration: float, language: str = "en") -> Transcript:
    text = " ".join(w.text for w in words)
    return Transcript(language, duration, "test", (Segment(0.0, duration, text),), words)


def report_with(metrics: dict[str, float], findings: tuple[Finding, ...] = (), language: str = "en") -> Report:
    return Report(language, metrics, findings, "A short summary for the test.")


@dataclass
class Library:
    """A store with two trainees, a script and four sessions (one with a playable MP4)."""

    store: SessionStore
    lan: Trainee
    budi: Trainee
    media_session: str
    words: tuple[Word, ...]
    findings: tuple[Finding, ...]
    sessions: dict[str, str]


def _finish(store: SessionStore, session_id: str, *, when: datetime, duration: float, media: MediaPaths) -> None:
    session = store.get_session(session_id)
    assert session is not None
    session = session.moved_to(SessionState.RECORDED, duration=duration, media=media)
    store.save_session(session.moved_to(SessionState.ANALYSED))
    # The store never rewrites a creation time; back-date the rehearsal so the library has distinct days.
    with store.transaction() as tx:
        tx.execute("UPDATE sessions SET created_at = ? WHERE id = ?", (when.isoformat(), session_id))


@pytest.fixture
def library(tmp_path: Path, mp4_file: Path) -> Iterator[Library]:
    store = SessionStore(tmp_path / "studio.sqlite3")
    lan = Trainee("lan", "Lan", "vi", "vi-VN", PaceBand(140, 190))
    budi = Trainee("budi", "Budi", "id", "id-ID")
    store.save_trainee(lan)
    store.save_trainee(budi)
    store.save_script(ScriptInfo("serum", "Vitamin C serum", "en", "en-US"))
    base = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)

    # Lan's sessions: pace 190 → 170 → 150, the last one playable with findings.
    sessions: dict[str, str] = {}
    specs = [
        ("first", lan, 190.0, 3.0, "Giá chỉ hôm nay thôi các bạn"),
        ("second", lan, 170.0, 1.0, "Sản phẩm này rất tốt cho da"),
        ("budi", budi, 120.0, 0.0, "Harga spesial hari ini saja"),
    ]
    for day, (key, trainee, pace, claims, text) in enumerate(specs):
        session = store.create_session(trainee.id, script_id="serum", language=trainee.language)
        words = words_at(text, [0.5 + i * 0.6 for i in range(len(text.split()))])
        store.save_transcript(session.id, transcript_of(words, 30.0, trainee.language))
        metrics = {"word_count": 6.0, "pace_rate": pace, "claims_total": claims, "filler_per_100_words": 4.0 - day,
                   "dead_air_count": 2.0, "coverage_coverage_ratio": 0.5 + day * 0.1, "duration_seconds": 30.0,
                   "filler_count": float(3 - day)}
        store.save_report(session.id, report_with(metrics, language=trainee.language))
        _finish(store, session.id, when=base + timedelta(days=day), duration=30.0 + day, media=MediaPaths())
        sessions[key] = session.id

    session = store.create_session(lan.id, script_id="serum", language="en")
    shutil.copy(mp4_file, store.session_dir(session.id) / "final.mp4")
    words = words_at("hello everyone the price today is great", [0.4, 1.0, 1.6, 2.1, 2.9, 3.6, 4.3])
    store.save_transcript(session.id, transcript_of(words, MEDIA_SECONDS))
    findings = (
        Finding(FindingKind.CLAIM, Severity.BLOCK, 4.3, 4.6, "This is a health claim.", quote="great",
                suggestion="Say it feels nice.", rule_id="claims.health"),
        Finding(FindingKind.FILLER, Severity.INFO, 1.6, 1.9, "A filler word.", quote="the", rule_id="filler.the"),
        Finding(FindingKind.PACE, Severity.WARNING, 3.0, 3.5, "You sped up here.", rule_id="pace.window"),
    )
    metrics = {"word_count": 7.0, "pace_rate": 150.0, "claims_total": 1.0, "filler_per_100_words": 2.0,
               "dead_air_count": 0.0, "coverage_coverage_ratio": 0.8, "duration_seconds": MEDIA_SECONDS,
               "filler_count": 1.0}
    store.save_report(session.id, report_with(metrics, findings))
    _finish(store, session.id, when=base + timedelta(days=5), duration=MEDIA_SECONDS,
            media=MediaPaths(final="final.mp4"))
    sessions["media"] = session.id
    yield Library(store, lan, budi, session.id, words, findings, sessions)
    store.close()
