"""A real SQLite store with one analysed session: a trilingual transcript (Vietnamese, Chinese, English words), a
report with findings, instructor comments and real media files (a speech recording and a voice note)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from studio.core.model import (
    Finding,
    FindingKind,
    FindingSource,
    MediaPaths,
    Report,
    ScriptInfo,
    Segment,
    SessionState,
    Severity,
    Trainee,
    Transcript,
    TranscriptPass,
    Word,
)
from studio.services.store import SessionStore

VI_WORDS = "Xin chào các bạn, hôm nay mình bán cà phê Đà Lạt thơm ngon.".split()
ZH_WORDS = list("大家好，这款咖啡非常好喝。")
EN_WORDS = "Ask not what your country can do for you.".split()


def make_words() -> tuple[Word, ...]:
    words: list[Word] = []
    at = 0.2
    for text in VI_WORDS:
        words.append(Word(" " + text, at, at + 0.3, 0.9))
        at += 0.35
    at += 2.0  # a pause: captions must not bridge it
    for text in ZH_WORDS:
        words.append(Word(text, at, at + 0.2, 0.8))
        at += 0.22
    at += 0.5
    for text in EN_WORDS:
        words.append(Word(" " + text, at, at + 0.3, 0.95))
        at += 0.33
    return tuple(words)


def make_transcript(source_pass: TranscriptPass = TranscriptPass.FULL) -> Transcript:
    words = make_words()
    vi_end = words[len(VI_WORDS) - 1].end
    zh_end = words[len(VI_WORDS) + len(ZH_WORDS) - 1].end
    segments = (
        Segment(words[0].start, vi_end, " ".join(VI_WORDS)),
        Segment(words[len(VI_WORDS)].start, zh_end, "".join(ZH_WORDS)),
        Segment(words[len(VI_WORDS) + len(ZH_WORDS)].start, words[-1].end, " ".join(EN_WORDS)),
    )
    return Transcript("vi", 11.0, "base", segments, words, source_pass)


def make_report() -> Report:
    findings = (
        Finding(
            FindingKind.CLAIM,
            Severity.BLOCK,
            1.0,
            2.5,
            "Claims that a food cures illness are banned in Vietnam.",
            quote="chữa khỏi bệnh 100%",
            suggestion="Cà phê thơm ngon, đậm đà.",
            rule_id="vi.health.cure",
        ),
        Finding(FindingKind.PACE, Severity.WARNING, 5.0, 8.0, "You spoke fast here: 210 words a minute."),
        Finding(
            FindingKind.CLAIM,
            Severity.NEEDS_EVIDENCE,
            6.0,
            6.5,
            "“最” (the best) needs proof under China's advertising law.",
            quote="最好喝的咖啡",
            suggestion="非常好喝的咖啡",
            rule_id="zh.superlative",
        ),
        Finding(FindingKind.COVERAGE, Severity.PRAISE, 0.0, 11.0, "You covered every talking point."),
        Finding(
            FindingKind.COMMENT,
            Severity.INFO,
            3.0,
            3.0,
            "Smile <here> & slow down",
            source=FindingSource.INSTRUCTOR,
        ),
    )
    metrics = {"words_per_minute": 152.5, "coverage": 0.8, "dead_air_count": 1, "claims_blocked": 1}
    return Report("vi", metrics, findings, "Good energy. Fix one banned claim.", TranscriptPass.FULL)


@dataclass(frozen=True)
class SampleSession:
    store: SessionStore
    session_id: str
    media: dict[str, bytes]  # bundle-relative name -> bytes

    def digest(self, name: str) -> str:
        return hashlib.sha256(self.media[name]).hexdigest()


def add_sample_session(store: SessionStore, speech_dir: Path, *, title: str = "Cà phê Đà Lạt — 咖啡") -> SampleSession:
    store.save_trainee(Trainee("lan", "Nguyễn Thị Lan", "vi", "vi-VN"))
    store.save_script(ScriptInfo("coffee", "Cà phê sáng", "vi", "vi-VN", "scripts/coffee.md"))
    session = store.create_session("lan", script_id="coffee", language="vi", market="vi-VN", title=title)
    folder = store.session_dir(session.id)
    shutil.copyfile(speech_dir / "jfk.flac", folder / "audio.flac")
    (folder / "notes").mkdir()
    shutil.copyfile(speech_dir / "ljspeech-LJ002-0020.wav", folder / "notes" / "voice-1.wav")
    started = session.created_at
    recorded = session.moved_to(
        SessionState.RECORDED,
        started_at=started,
        ended_at=started + timedelta(seconds=11),
        duration=11.0,
        media=MediaPaths(audio="audio.flac"),
    )
    store.save_session(recorded)
    store.save_transcript(session.id, make_transcript(TranscriptPass.LIVE))
    store.save_transcript(session.id, make_transcript(TranscriptPass.FULL))
    store.save_report(session.id, make_report())
    store.save_session(recorded.moved_to(SessionState.ANALYSED))
    store.add_comment(session.id, 2.0, "Cô Hương", "Nói chậm lại một chút nhé. 慢一点。")
    store.add_comment(session.id, 7.5, "Cô Hương", "", audio_path="notes/voice-1.wav")
    media = {
        "audio.flac": (folder / "audio.flac").read_bytes(),
        "notes/voice-1.wav": (folder / "notes" / "voice-1.wav").read_bytes(),
    }
    return SampleSession(store, session.id, media)


@pytest.fixture
def sample(speech_dir: Path) -> Iterator[SampleSession]:
    """The store in the test's own data folder (STUDIO_DATA_DIR) with one analysed session."""
    store = SessionStore()
    try:
        yield add_sample_session(store, speech_dir)
    finally:
        store.close()
