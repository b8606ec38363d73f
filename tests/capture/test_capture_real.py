"""Real capture paths: PortAudio through a private PulseAudio server, OpenCV on a file and a live
MJPEG stream, real ffmpeg, the final MP4 decoded with PyAV. Each test runs in real time (~5–15 s).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np
import pytest

from studio.services.capture.audio import Microphone
from studio.services.capture.camera import CameraSpec, OpenCVCamera, open_camera
from studio.services.capture.devices import find_audio_device, list_microphones, list_outputs
from studio.services.capture.encoder import probe
from studio.services.capture.recorder import Recorder
from tests.support.camera import chirp_times, flash_times, make_chirp_wav, make_flash_video, serve_mjpeg
from tests.support.pulse import PulseSession

pytestmark = [pytest.mark.slow, pytest.mark.audio]

FPS = 30
FLASHES = (30, 105, 180, 255, 330)  # frame numbers: 1.0, 3.5, 6.0, 8.5, 11.0 s
FRAME_MS = 1000 / FPS
LATENCY = 1000  # paplay buffer (ms): with 100–300 ms a busy machine made it underrun, delaying later chirps


@pytest.fixture(scope="module")
def flash_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("flash")
    return make_flash_video(folder / "flash.avi", seconds=20, fps=FPS, size=(640, 480), flash_frames=FLASHES)


def test_pulse_devices_are_listed_and_found_by_name(pulse: PulseSession) -> None:
    """sounddevice lists the PulseAudio devices; picking the microphone by (part of) its name works."""
    names = [device.name for device in list_microphones()]
    assert "pulse" in names
    assert find_audio_device("puls").name == "pulse"
    assert any(device.name == "pulse" for device in list_outputs())


def test_flashes_and_chirps_line_up_within_a_frame(pulse: PulseSession, flash_video: Path, tmp_path: Path) -> None:
    """12 s from a paced file camera while matching chirps play into the virtual mic: 360 ± 3 frames,
    every flash-to-chirp offset within one frame of the others and the mean within 1.5 frames of zero."""
    chirps = make_chirp_wav(tmp_path / "chirps.wav", seconds=13, times=[n / FPS for n in FLASHES])

    def on_event(kind: str, message: str) -> None:
        if kind == "video_started":  # chirp n plays at the moment flash n is shown
            pulse.play(chirps, latency_msec=LATENCY)

    camera = open_camera(str(flash_video))
    recorder = Recorder(tmp_path / "take", microphone=Microphone(), camera=camera, fps=FPS, size=(640, 480),
                        on_event=on_event)
    recorder.start()
    recorder.wait(12.0)
    result = recorder.stop()
    assert result.output is not None
    info = probe(result.output)
    assert info.has_video and info.has_audio and (info.width, info.height) == (640, 480)
    assert abs(info.video_frames - 360) <= 3 and info.video_frames == result.frames
    assert result.duplicates + result.drops <= 3
    flashes, beeps = flash_times(result.output), chirp_times(result.output)
    assert len(flashes) == len(FLASHES) and len(beeps) == len(FLASHES), (flashes, beeps)
    offsets = [(b - f) * 1000 for f, b in zip(flashes, beeps, strict=True)]
    assert max(offsets) - min(offsets) <= FRAME_MS + 1, offsets
    assert abs(statistics.mean(offsets)) <= 1.5 * FRAME_MS, offsets
    assert abs(result.drift_ms) <= FRAME_MS + 10  # the hysteresis grid keeps pictures within one slot


def test_live_mjpeg_stream_as_camera(pulse: PulseSession, tmp_path: Path) -> None:
    """The same OpenCV path on a live local MJPEG stream (paced by ffmpeg -re) gives a full 30 fps video.

    The stream queues pictures in the socket while the recorder waits for the first audio (~1–2 s);
    that backlog arrives in a burst and is dropped as "early" by the frame grid. A stream gives no
    capture times, so pictures are stamped on arrival and delivery jitter on a busy machine shows up
    as duplicates (0 on an idle machine, 17 of 150 seen with six other jobs running).
    """
    with serve_mjpeg(size=(640, 480), fps=FPS) as url:
        camera = open_camera(url)
        assert camera.paced is False
        recorder = Recorder(tmp_path / "take", microphone=Microphone(), camera=camera, fps=FPS, size=(640, 480))
        recorder.start()
        recorder.wait(5.0)
        result = recorder.stop()
    info = probe(result.output)  # type: ignore[arg-type]
    assert abs(info.video_frames - 150) <= 6
    assert result.duplicates <= 0.2 * result.frames
    assert result.camera_frames - result.drops + result.duplicates == result.frames
    assert abs(info.audio_seconds - info.video_frames / FPS) < 0.3


class _FailingCamera(OpenCVCamera):
    """The real OpenCV file camera whose reads start failing after ``limit`` frames (camera unplugged)."""

    limit = 60

    def read(self) -> np.ndarray | None:
        if self._count >= self.limit:
            return None
        return super().read()


def test_camera_unplugged_mid_take_continues_with_sound(pulse: PulseSession, flash_video: Path,
                                                        tmp_path: Path) -> None:
    """After the camera stops delivering, the take goes on audio-only; the MP4 keeps the 2 s of video."""
    events: list[str] = []
    camera = _FailingCamera(CameraSpec(path=str(flash_video)))
    recorder = Recorder(tmp_path / "take", microphone=Microphone(), camera=camera, fps=FPS, size=(640, 480),
                        on_event=lambda kind, message: events.append(kind))
    recorder.start()
    assert not recorder.wait(4.0)
    result = recorder.stop()
    assert "camera_lost" in events
    info = probe(result.output)  # type: ignore[arg-type]
    assert info.video_frames == 60 and info.audio_seconds > 3.5


def test_pulseaudio_dying_stops_the_take_and_keeps_it(pulse: PulseSession, tmp_path: Path) -> None:
    """Killing the sound server mid-take: mic_lost within seconds, and the sound recorded so far is saved."""
    events: list[str] = []
    recorder = Recorder(tmp_path / "take", microphone=Microphone(), camera=None,
                        on_event=lambda kind, message: events.append(kind), audio_timeout=1.0)
    recorder.start()
    recorder.wait(2.0)
    pulse.kill_server()
    killed = time.monotonic()
    assert recorder.wait(8.0), "the recorder did not notice the microphone was gone"
    noticed = time.monotonic() - killed
    result = recorder.stop()
    assert "mic_lost" in events and result.stop_reason == "mic_lost"
    assert noticed < 5.0
    assert result.audio_seconds >= 1.9
    assert probe(result.output).audio_seconds >= 1.9  # type: ignore[arg-type]
