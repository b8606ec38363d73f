"""The wiring point's workflow end to end: ``studio.ui.app.build_workflow`` with the default recorder (the default
microphone, here the PulseAudio virtual one; no camera on this machine) and the default live transcriber (the
model from the settings), on the real MainWindow, store and settings. The record key is pressed twice."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from studio.core.model import SessionState
from studio.services.store import SessionStore
from tests.support.pulse import PulseSession, pulse_available

pytestmark = [pytest.mark.slow, pytest.mark.audio]


def test_f5_twice_in_the_wired_app_records_the_virtual_mic_and_speaks_the_result(
    qtbot: Any, window: Any, settings: Any, fake_speech: Any, speech_dir: Path, tmp_path: Path
) -> None:
    """Countdown, recording of JFK through the default devices, Stop: the summary is said, the feedback list is
    filled and the session is ANALYSED with an MP4 — through exactly what run_app builds."""
    if not pulse_available():
        pytest.skip("PulseAudio is not installed")
    from studio.ui.app import build_workflow

    settings.set("transcription.model", "tiny.en")  # the fast embedded model keeps this test short
    store = SessionStore(tmp_path / "studio.db")
    with PulseSession() as pulse, pulse.activated():
        workflow = build_workflow(window, store, settings)
        workflow._tick.setInterval(100)  # a quicker countdown; the words and earcons are the same
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.is_recording, timeout=30_000)
        player = pulse.play(speech_dir / "jfk.flac", latency_msec=300)
        deadline = time.monotonic() + 30
        while player.poll() is None and time.monotonic() < deadline:
            qtbot.wait(100)
        qtbot.wait(1000)
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert workflow.wait_idle(60)
        workflow.shutdown(30)
    said = [text for text, _lang, _priority in fake_speech.said]
    assert said[:2] == ["Get ready. Press F5 to start now.", "3"]
    result = workflow.last_result
    assert result is not None and result.recording is not None and result.recording.suffix == ".mp4"
    stopped = next(i for i, text in enumerate(said) if text.startswith("Recording stopped"))
    assert said[stopped + 1] == result.report.summary
    assert workflow.stop_latencies[-1] < 5.0  # generous on a shared machine; the benchmark measures it properly
    sessions = store.list_sessions()
    assert len(sessions) == 1 and sessions[0].state is SessionState.ANALYSED
    transcript = store.load_transcript(sessions[0].id)
    assert transcript is not None and "country" in transcript.text.lower()
    print(f"\nwired app: summary {workflow.stop_latencies[-1]:.2f} s after Stop; text {transcript.text!r}")
    store.close()
