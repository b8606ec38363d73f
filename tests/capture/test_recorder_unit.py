"""The recorder's logic with injected devices: clock, frame grid, sinks, levels and every fault path.

Audio comes from real speech replayed by a fake stream at real-time pace; video from a fake camera;
encoding and muxing use the real ffmpeg (small pictures, so each test takes a few seconds).
"""

from __future__ import annotations

import queue
from pathlib import Path

import numpy as np
import pytest

from studio.services.capture.audio import AudioBlock, AudioClock, Microphone, MicrophoneError, measure
from studio.services.capture.encoder import preset_ladder, probe
from studio.services.capture.recorder import DiskSpaceError, Recorder, RecorderProgress
from tests.capture.fakes import FakeCamera, stream_factory

RATE = 48000


def _recorder(tmp_path: Path, source: np.ndarray, camera: FakeCamera | None, events: list[tuple[str, str]],
              **options: object) -> Recorder:
    stream_opts = options.pop("stream", {})
    mic = Microphone(sample_rate=RATE, blocksize=480, stream_factory=stream_factory(source, **stream_opts))
    return Recorder(tmp_path / "take", microphone=mic, camera=camera, fps=30, size=(160, 120),
                    on_event=lambda kind, message: events.append((kind, message)), **options)


def test_audio_clock_takes_lower_envelope_of_callback_times() -> None:
    """A late callback never moves sample 0's estimated time; an early (least delayed) one does."""
    clock = AudioClock(1000)
    clock.add(10.0 + 0.1 + 0.05, 100)  # 50 ms late
    clock.add(10.0 + 0.2, 100)  # on time
    clock.add(10.0 + 0.3 + 0.2, 100)  # very late
    assert clock.t0 == pytest.approx(10.0)
    assert clock.seconds == pytest.approx(0.3)


def test_level_measure_flags_clipping() -> None:
    """RMS and peak of a block; a full-scale sample sets the clipping flag."""
    quiet = measure(np.full(480, 0.1, dtype=np.float32))
    assert quiet.rms == pytest.approx(0.1, rel=1e-5) and not quiet.clipping
    assert quiet.dbfs == pytest.approx(-20.0, abs=0.01)
    assert measure(np.array([0.0, 1.0, -0.2], dtype=np.float32)).clipping


def test_microphone_callback_only_copies_into_queue(jfk_48k: np.ndarray) -> None:
    """The callback enqueues a copy of the block with its time and status, nothing else."""
    blocks: queue.SimpleQueue[AudioBlock] = queue.SimpleQueue()
    captured: dict[str, object] = {}

    def factory(**kwargs: object) -> object:
        captured.update(kwargs)
        return object()

    Microphone(blocksize=480, stream_factory=factory).open(blocks)  # type: ignore[arg-type]
    assert captured["latency"] == "high" and captured["blocksize"] == 480
    data = jfk_48k[:480].reshape(-1, 1).copy()
    captured["callback"](data, 480, None, "")  # type: ignore[operator]
    data[:] = 0  # PortAudio reuses its buffer: the queued block must be a copy
    block = blocks.get_nowait()
    assert np.array_equal(block.samples[:, 0], jfk_48k[:480]) and not block.flagged


def test_preset_ladder_steps_to_faster_presets() -> None:
    """A slow preset falls back to veryfast, superfast, ultrafast in that order."""
    assert preset_ladder("medium") == ("medium", "veryfast", "superfast", "ultrafast")
    assert preset_ladder("ultrafast") == ("ultrafast",)


@pytest.mark.slow  # real time, over 2 s
def test_records_audio_and_video_writes_pcm_and_calls_sinks(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """Every audio block reaches the PCM file and the sinks unchanged; video keeps the grid; the MP4 has both."""
    events: list[tuple[str, str]] = []
    rec = _recorder(tmp_path, jfk_48k, FakeCamera(), events)
    fed: list[np.ndarray] = []
    rec.add_audio_sink(lambda samples, rate: fed.append(samples.copy()) if rate == RATE else None)
    rec.start()
    rec.wait(2.0)
    level = rec.level()
    result = rec.stop()
    assert level.rms > 0.0
    pcm = np.fromfile(tmp_path / "take" / "audio.pcm", dtype="<i2").astype(np.float32) / 32767
    sunk = np.concatenate(fed)
    assert len(pcm) == len(sunk) == result.audio_blocks * 480
    assert np.allclose(pcm, np.clip(jfk_48k[: len(pcm)], -1, 1), atol=1e-4)
    assert result.audio_seconds == pytest.approx(2.0, abs=0.3)
    assert result.duplicates == 0 and result.drops == 0
    assert abs(result.drift_ms) < 34
    info = probe(result.output)  # type: ignore[arg-type]
    assert info.has_video and info.has_audio and info.video_frames == result.frames
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "audio_started" and "video_started" in kinds and kinds[-1] == "stopped"


def test_frame_grid_duplicates_only_when_more_than_one_slot_late(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """Jitter under a slot changes nothing; a 150 ms stall becomes duplicates of the last picture."""
    events: list[tuple[str, str]] = []
    camera = FakeCamera(gaps={10: 0.02, 20: 0.15})
    rec = _recorder(tmp_path, jfk_48k, camera, events)
    rec.start()
    rec.wait(1.5)
    result = rec.stop()
    assert 3 <= result.duplicates <= 5
    assert result.drops == 0
    assert result.frames == result.camera_frames + result.duplicates


def test_no_camera_records_audio_only(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """Without a camera the take is an audio-only MP4 and a warning says so; progress reports arrive meanwhile."""
    events: list[tuple[str, str]] = []
    progress: list[RecorderProgress] = []
    rec = _recorder(tmp_path, jfk_48k, None, events, on_progress=progress.append)
    rec.start()
    rec.wait(1.2)
    result = rec.stop()
    assert progress and progress[-1].audio_seconds > 0.3 and progress[-1].frames == 0
    info = probe(result.output)  # type: ignore[arg-type]
    assert result.audio_only and info.has_audio and not info.has_video
    assert any(kind == "no_camera" for kind, _ in events)


@pytest.mark.slow  # real time, over 2 s
def test_camera_lost_continues_audio_only(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """A camera whose reads start failing raises a camera_lost event; sound keeps recording to the end."""
    events: list[tuple[str, str]] = []
    rec = _recorder(tmp_path, jfk_48k, FakeCamera(raise_after=15), events)
    rec.start()
    assert not rec.wait(2.0)  # the recorder does not stop
    result = rec.stop()
    assert any(kind == "camera_lost" for kind, _ in events)
    assert result.camera_frames == 15 and result.audio_seconds > 1.8
    info = probe(result.output)  # type: ignore[arg-type]
    assert info.video_frames == 15 and info.has_audio


def test_microphone_lost_stops_and_keeps_recording(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """When blocks stop arriving the recorder stops by itself, reports mic_lost and keeps what it had."""
    events: list[tuple[str, str]] = []
    rec = _recorder(tmp_path, jfk_48k, FakeCamera(), events, audio_timeout=0.5, stream={"stop_after": 50})
    rec.start()
    assert rec.wait(5.0)
    result = rec.stop()
    assert result.stop_reason == "mic_lost"
    assert any(kind == "mic_lost" for kind, _ in events)
    assert result.audio_seconds == pytest.approx(0.5, abs=0.01)
    assert probe(result.output).has_audio  # type: ignore[arg-type]


def test_microphone_that_never_delivers_fails_start_clearly(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """A stream that opens but sends nothing raises MicrophoneError with a spoken-friendly message."""
    rec = _recorder(tmp_path, jfk_48k, None, [], first_audio_timeout=0.5, stream={"stop_after": 0})
    with pytest.raises(MicrophoneError, match="No sound arrived"):
        rec.start()


def test_disk_space_checked_before_start(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """Too little free space for the planned take refuses to start, naming the numbers."""
    rec = _recorder(tmp_path, jfk_48k, FakeCamera(), [], planned_seconds=60, free_bytes=lambda _: 50_000_000)
    with pytest.raises(DiskSpaceError, match="not enough free disk space"):
        rec.start()


def test_disk_filling_up_stops_cleanly(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """When free space falls under the reserve mid-take, the recorder stops and still saves the MP4."""
    free = {"bytes": 10**12}
    events: list[tuple[str, str]] = []
    rec = _recorder(tmp_path, jfk_48k, FakeCamera(), events, free_bytes=lambda _: free["bytes"],
                    min_free_bytes=10**6)
    rec.start()
    rec.wait(0.8)
    free["bytes"] = 10**5
    assert rec.wait(2.0)
    result = rec.stop()
    assert result.stop_reason == "disk_low" and result.output is not None and result.output.exists()
    assert any(kind == "disk_low" for kind, _ in events)


def _slow_ffmpeg(tmp_path: Path) -> str:
    """An ffmpeg that reads its input at a quarter of real time whenever it is asked for the 'medium' preset."""
    from studio.services.capture.encoder import ffmpeg_cmd

    script = tmp_path / "slow-ffmpeg"
    script.write_text(
        "#!/bin/sh\n"
        'case "$*" in *"-preset medium"*) exec "' + ffmpeg_cmd() + '" -readrate 0.25 "$@";; esac\n'
        'exec "' + ffmpeg_cmd() + '" "$@"\n'
    )
    script.chmod(0o755)
    return str(script)


@pytest.mark.slow  # real time, over 2 s
def test_slow_encoder_switches_to_faster_preset(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """An encoder slower than real time makes frames pile up; the recorder restarts the segment with a
    faster preset instead of losing audio, and every frame still reaches the MP4."""
    events: list[tuple[str, str]] = []
    mic = Microphone(sample_rate=RATE, blocksize=480, stream_factory=stream_factory(jfk_48k))
    rec = Recorder(tmp_path / "take", microphone=mic, camera=FakeCamera(fps=30, size=(320, 240), noise=True),
                   fps=30, size=(320, 240), preset="medium", backlog_seconds=0.3, ffmpeg=_slow_ffmpeg(tmp_path),
                   on_event=lambda kind, message: events.append((kind, message)))
    rec.start()
    rec.wait(3.0)
    result = rec.stop()
    assert result.presets == ("medium", "veryfast")  # the next switch waits for the new segment to settle
    assert any(kind == "encoder_slow" for kind, _ in events)
    assert result.audio_glitches == 0
    assert result.audio_seconds == pytest.approx(result.audio_blocks * 0.01)
    assert probe(result.output).video_frames == result.frames  # type: ignore[arg-type]


def test_failing_sink_does_not_stop_recording(tmp_path: Path, jfk_48k: np.ndarray) -> None:
    """A sink that raises is reported once and skipped; the other sinks and the file continue."""
    events: list[tuple[str, str]] = []
    rec = _recorder(tmp_path, jfk_48k, None, events)
    good: list[int] = []

    def bad(samples: np.ndarray, rate: int) -> None:
        raise RuntimeError("transcriber crashed")

    rec.add_audio_sink(bad)
    rec.add_audio_sink(lambda samples, rate: good.append(len(samples)))
    rec.start()
    rec.wait(0.5)
    result = rec.stop()
    assert sum(1 for kind, _ in events if kind == "sink_failed") == 1
    assert sum(good) == result.audio_blocks * 480
