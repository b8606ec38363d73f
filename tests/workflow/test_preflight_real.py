"""The pre-flight with the real device checks (studio.services.preflight_run.default_steps): a video file as the
camera (a face well placed, good light), the PulseAudio virtual microphone hearing real speech played when the
prompt is said, and a tone on the virtual speaker — first as a service, then through the workflow on the window."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from studio.services.preflight_run import PreflightContext, PreflightItem, default_steps, run_preflight
from studio.ui.workflow import WorkflowController
from tests.support.camera import ffmpeg_exe
from tests.support.pulse import PulseSession, pulse_available
from tests.workflow.fakes import FakeRehearsal

pytestmark = [pytest.mark.slow, pytest.mark.audio]

W, H = 1280, 720
ASTRONAUT_FACE = (223.0, 113.0, 96.0)  # face centre x, y and width in astronaut.png (tests/capture/test_preflight)
SPEECH = "librispeech-2412-153948-0000.flac"


def _face_video(faces_dir: Path, folder: Path) -> Path:
    """A one-second MJPEG video of the astronaut, face 220 px wide at the middle, 42 % down (a good framing)."""
    import cv2

    photo = cv2.imread(str(faces_dir / "astronaut.png"))
    scale = 220 / ASTRONAUT_FACE[2]
    photo = cv2.resize(photo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    frame = np.full((H, W, 3), 110, dtype=np.uint8)
    ox, oy = round(0.5 * W - ASTRONAUT_FACE[0] * scale), round(0.42 * H - ASTRONAUT_FACE[1] * scale)
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(W, ox + photo.shape[1]), min(H, oy + photo.shape[0])
    frame[y0:y1, x0:x1] = photo[y0 - oy:y1 - oy, x0 - ox:x1 - ox]
    still = folder / "face.png"
    cv2.imwrite(str(still), frame)
    video = folder / "camera.avi"
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-loop", "1", "-i", str(still),
                    "-t", "1", "-r", "15", "-c:v", "mjpeg", "-q:v", "3", str(video)], check=True)
    return video


@pytest.fixture
def pulse() -> Any:
    if not pulse_available():
        pytest.skip("PulseAudio is not installed")
    with PulseSession() as session, session.activated():
        yield session


def test_default_checks_judge_the_real_camera_microphone_and_speaker(
    pulse: PulseSession, settings: Any, faces_dir: Path, speech_dir: Path, tmp_path: Path
) -> None:
    settings.set("devices.camera", str(_face_video(faces_dir, tmp_path)))
    players: list[Any] = []
    reported: list[PreflightItem] = []

    def trainee_speaks() -> None:  # the prompt was said: the trainee says a sentence
        players.append(pulse.play(speech_dir / SPEECH))

    outcome = run_preflight(default_steps(settings), report=reported.append,
                            context=PreflightContext(before_listening=trainee_speaks))
    for player in players:
        player.terminate()
        player.wait(5)
    keys = {item.check: item.key for item in outcome.items}
    assert outcome.items == reported
    assert keys["light"] == "light.good"
    assert keys["camera"] in ("framing.good", "framing.unavailable"), outcome.items  # the finder may be missing
    assert keys["microphone"] in ("mic.good", "mic.too_quiet"), outcome.items
    assert keys["output"] == "output.played", outcome.items
    assert len(players) == 1


def test_workflow_runs_the_real_checks_before_the_countdown(
    qtbot: Any, pulse: PulseSession, window: Any, settings: Any, fake_speech: Any, faces_dir: Path,
    speech_dir: Path, tmp_path: Path
) -> None:
    """F5 with the pre-flight on and the real checks: each result is said, then the countdown and the recording."""
    settings.set("devices.camera", str(_face_video(faces_dir, tmp_path)))
    settings.set("record.preflight", True)
    players: list[Any] = []
    window.announcer.announced.connect(
        lambda text: players.append(pulse.play(speech_dir / SPEECH)) if text.startswith("Microphone check") else None)
    controller = WorkflowController(window, FakeRehearsal(), tick_ms=20, preflight_lead=0.2)
    try:
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.is_recording, timeout=30_000)
    finally:
        controller.shutdown(10)
        for player in players:
            player.terminate()
            player.wait(5)
    said = [text for text, _language, _priority in fake_speech.said]
    keys = [item.key for item in controller.preflight_items]
    assert "light.good" in keys and "output.played" in keys
    assert any(key in ("mic.good", "mic.too_quiet") for key in keys), controller.preflight_items
    for item in controller.preflight_items:
        assert item.message in said
    ready = said.index("Get ready. Press F5 to start now.")
    assert said.index(controller.preflight_items[-1].message) < ready
    print("\n" + "\n".join(said[: ready + 1]))
