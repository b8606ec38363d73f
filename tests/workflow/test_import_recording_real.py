"""File → Analyse a recording end to end on the real path: ``studio.ui.app.build_workflow`` (what run_app builds) on
the real MainWindow (offscreen) and SQLite store, the embedded base speech model (the default
``transcription.model``) on jfk.flac, the real analysis against the en-phone-case script. Ctrl+I; the file chooser
is the only thing answered by the test. About 10 s on 2 cores (the model is assembled and loaded once)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from studio.core.model import SessionState, TranscriptPass
from studio.core.report import finding_sentence
from studio.services.store import SessionStore
from studio.ui.workflow import Phase

pytestmark = [pytest.mark.slow]


def test_ctrl_i_analyses_jfk_with_the_embedded_model_into_the_library_and_the_feedback_list(
    qtbot: Any, window: Any, settings: Any, fake_speech: Any, speech_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from studio.ui.app import build_workflow

    source = speech_dir / "jfk.flac"
    store = SessionStore(tmp_path / "studio.db")
    workflow = build_workflow(window, store, settings)
    try:
        window.script_combo.setCurrentIndex(window.script_combo.findText("En phone case"))
        assert workflow.script is not None
        monkeypatch.setattr(window, "choose_recording_file", lambda: str(source))
        timed: list[tuple[float, str]] = []
        window.announcer.announced.connect(lambda text: timed.append((time.monotonic(), text)))
        started = time.monotonic()
        qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        assert workflow.phase is Phase.IMPORTING and window.progress_shown
        statuses: list[str] = []
        window.progress_bar.valueChanged.connect(lambda _value: statuses.append(window.progress_text()))
        assert workflow.wait_idle(120)
        seconds = time.monotonic() - started
    finally:
        workflow.shutdown(30)

    said = [text for _at, text in timed]
    result = workflow.last_result
    assert result is not None and result.session_id
    report = result.report
    assert not window.progress_shown
    # The rehearsal's result path: the summary first, then the feedback list with every finding.
    summary = said.index(report.summary)
    assert said[summary + 1].endswith("pieces of feedback. Press F3 for the next one.")
    assert report.findings and window.feedback_list.count() == len(report.findings)
    assert window.feedback_list.item(0).text().endswith(finding_sentence(report.findings[0], "en"))
    assert window.feedback_source is not None and window.feedback_source.recording is not None
    assert any(s.startswith("Transcribing: ") for s in statuses)

    [session] = store.list_sessions()
    assert session.id == result.session_id and session.state is SessionState.ANALYSED
    assert session.script_id == "en-phone-case" and session.trainee_id == workflow.trainee.id
    assert session.media.final == "recording.flac" and 10.5 < session.duration < 11.5
    copy = store.session_dir(session.id) / session.media.final
    assert copy.read_bytes() == source.read_bytes() and window.feedback_source.recording == copy
    transcript = store.load_transcript(session.id, TranscriptPass.IMPORTED)
    assert transcript is not None and "country" in transcript.text.lower()
    saved = store.load_report(session.id)
    assert saved is not None and saved.summary == report.summary and len(saved.findings) == len(report.findings)
    progress = [text for text in said if text in workflow.progress_said]
    print(f"\nanalysed {source.name} in {seconds:.1f} s; {len(said)} messages, {len(progress)} of them progress "
          f"({progress}); {len(report.findings)} findings; text {transcript.text!r}")
    assert seconds < 40
    store.close()
