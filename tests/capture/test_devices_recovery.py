"""Device choice memory, camera specs, the file camera's pacing, and recovery from files left by a crash."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest

from studio.services.capture.audio import Microphone
from studio.services.capture.camera import CameraError, CameraSpec, open_camera
from studio.services.capture.devices import DeviceChoice, chosen_devices, list_cameras, load_choice, save_choice
from studio.services.capture.encoder import probe
from studio.services.capture.recorder import Recorder
from studio.services.capture.recovery import RecoveryError, needs_recovery, recover
from studio.services.paths import config_dir
from tests.capture.fakes import FakeCamera, stream_factory
from tests.support.camera import make_flash_video


def test_device_choice_is_remembered_in_config_dir() -> None:
    """The chosen devices round-trip through devices.json; a damaged file means no choice."""
    assert load_choice() == DeviceChoice()
    save_choice(DeviceChoice(camera="1", microphone="VirtualMic", output=None))
    assert load_choice() == DeviceChoice(camera="1", microphone="VirtualMic")
    (config_dir() / "devices.json").write_text("{not json")
    assert load_choice() == DeviceChoice()


def test_the_devices_a_take_uses_are_the_settings_then_the_remembered_choice(tmp_path: Path) -> None:
    """The recorder, the pre-flight and the app voice ask chosen_devices: a setting wins, the remembered choice
    fills the rest, and with no camera at all on this machine (no /dev/video0) there is none."""
    from studio.services.settings import Settings

    save_choice(DeviceChoice(camera="1", microphone="VirtualMic", output="Old speaker"))
    settings = Settings(tmp_path / "settings.json")
    settings.set("devices.output", "Headphones")
    assert chosen_devices(settings) == DeviceChoice(camera="1", microphone="VirtualMic", output="Headphones")
    save_choice(DeviceChoice())
    expected_camera = "0" if Path("/dev/video0").exists() else None
    assert chosen_devices(None) == DeviceChoice(camera=expected_camera)


def test_camera_spec_parses_index_file_and_url() -> None:
    """Digits are a device index, '://' a stream URL, anything else a file."""
    assert CameraSpec.parse("2").index == 2
    assert CameraSpec.parse("http://127.0.0.1:8080/cam.mjpg").is_url
    assert CameraSpec.parse("clip.mp4").is_file


def test_missing_camera_file_is_a_clear_error(tmp_path: Path) -> None:
    """Opening a file that is not there raises CameraError naming the file, not an OpenCV traceback."""
    with pytest.raises(CameraError, match="does not exist"):
        open_camera(str(tmp_path / "missing.avi"))


def test_no_video_devices_lists_no_cameras() -> None:
    """On a machine without /dev/video* the probe is instant and finds nothing."""
    if Path("/dev/video0").exists():
        pytest.skip("this machine has a camera")
    started = time.monotonic()
    assert list_cameras() == []
    assert time.monotonic() - started < 1.0


def test_file_camera_is_paced_to_its_frame_rate(tmp_path: Path) -> None:
    """The OpenCV file camera hands out 30 fps video at 30 pictures a second, stamping each with its due time."""
    camera = open_camera(str(make_flash_video(tmp_path / "v.avi", seconds=2, fps=30, size=(160, 120))))
    started = time.monotonic()
    stamps = []
    for _ in range(16):
        assert camera.read() is not None
        stamps.append(camera.frame_time)
    elapsed = time.monotonic() - started
    camera.release()
    assert 0.45 <= elapsed <= 0.8
    assert np.allclose(np.diff(stamps), 1 / 30, atol=1e-6)
    assert camera.read() is None  # released


def _take_then_abandon(tmp_path: Path, jfk_48k: np.ndarray) -> Path:
    """Record 1.5 s and leave the folder as a crash would: no stop(), meta still 'recording'."""
    mic = Microphone(stream_factory=stream_factory(jfk_48k))
    rec = Recorder(tmp_path / "take", microphone=mic, camera=FakeCamera(), fps=30, size=(160, 120))
    rec.start()
    rec.wait(1.5)
    rec._halt_capture("test")  # devices stop, files stay as they are on disk
    rec._threads["camera"].join(5)
    rec._video_q.put(None)
    rec._threads["encoder"].join(20)
    rec._audio_q.put(None)
    rec._threads["audio-writer"].join(5)
    rec._write_meta()
    return tmp_path / "take"


def test_recover_abandoned_take_with_torn_last_sample(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """A take never stopped, with half a sample at the end of audio.pcm, recovers to an MP4 with both streams."""
    folder = _take_then_abandon(tmp_path, jfk_48k)
    assert needs_recovery(folder)
    with open(folder / "audio.pcm", "ab") as handle:
        handle.write(b"\x01")
    result = recover(folder)
    assert result.output.exists() and not result.was_finished
    assert result.audio_seconds == pytest.approx(1.5, abs=0.2)
    assert result.frames >= 40 and not result.audio_only
    info = probe(result.output)
    assert info.has_audio and info.has_video


def test_recover_without_capture_json_assumes_defaults(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """With the sidecar lost, recovery still muxes audio (48 kHz assumed) and the segments it finds."""
    folder = _take_then_abandon(tmp_path, jfk_48k)
    (folder / "capture.json").unlink()
    result = recover(folder, tmp_path / "out.mp4")
    assert result.notes and result.segments == 1 and result.audio_seconds > 1.0


def test_recover_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    """A folder with nothing recorded raises RecoveryError, not an ffmpeg failure."""
    (tmp_path / "capture.json").write_text(json.dumps({"state": "recording", "segments": []}))
    with pytest.raises(RecoveryError, match="no recorded sound or pictures"):
        recover(tmp_path)


def test_recover_with_unreadable_video_keeps_the_sound(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """A segment that is garbage (disk corruption) does not cost the sound: recovery saves it alone."""
    folder = _take_then_abandon(tmp_path, jfk_48k)
    (folder / "video_000.ts").write_bytes(bytes(range(256)) * 64)
    result = recover(folder)
    assert result.audio_only and any("only the sound" in note for note in result.notes)
    assert probe(result.output).has_audio
