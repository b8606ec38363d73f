"""The recorder: camera + microphone → crash-safe files on disk → one MP4.

Threads, and why each exists:

* PortAudio's callback copies each audio block into a queue and returns (style rule 6).
* The **audio writer** appends every block to ``audio.pcm`` (16-bit, mono) as it arrives, keeps
  the audio clock and the level meter, and hands the same block to the registered audio sinks
  (the live transcriber is one).
* The **camera** thread reads pictures, stamps them on the same monotonic clock (when the
  picture was taken if the source knows it, else when ``read`` returned) and places them
  on a constant-frame-rate grid with a hysteresis rule (drop only when more than one slot early,
  duplicate only when more than one slot late; rounding to the nearest slot caused 44–129
  dup/drops under load).
* The **encoder** thread pipes frames into ffmpeg (MPEG-TS segments). If frames pile up it closes
  the segment and continues with a faster x264 preset, rather than ever slowing the audio.
* The **monitor** thread reports progress, notices a silent microphone or a filling disk and
  stops the capture cleanly, and rewrites ``capture.json`` once a second so that
  :func:`studio.services.capture.recovery.recover` can rebuild the MP4 after a crash.

Everything is timestamped on ``time.monotonic()``. Audio sample 0's time is the lower envelope of
(callback time − samples so far / rate); the video starts at its first picture. The difference is
trimmed from the audio at the final mux.
"""

from __future__ import annotations

import json
import logging
import math
import queue
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import IO, Any

import numpy as np

from studio.core.errors import StudioError
from studio.core.i18n import tr
from studio.services.capture.audio import (
    SILENT,
    AudioBlock,
    AudioClock,
    AudioLevel,
    Microphone,
    MicrophoneError,
    StreamLike,
    measure,
)
from studio.services.capture.camera import CameraSource
from studio.services.capture.encoder import EncoderError, SegmentEncoder, mux, preset_ladder, readable_segments
from studio.services.files import atomic_write_text

log = logging.getLogger(__name__)

META_FILE = "capture.json"
AUDIO_FILE = "audio.pcm"
FORMAT_VERSION = 1
SWITCH_GRACE_SECONDS = 2.0
"""A new segment encodes this long before it may be judged slow (its predecessor's backlog drains first)."""
LOOKAHEAD_ALLOWANCE = 40
"""Frames ffmpeg may hold normally (x264 lookahead, B-frames, frame threads) before we call it behind."""

AudioSink = Callable[[np.ndarray, int], None]
"""Receives each audio block as it is written: float32 mono samples and the sample rate."""


class DiskSpaceError(StudioError):
    """Not enough free disk space to record."""


class EventKind(str, Enum):
    """What the recorder tells its owner through ``on_event(kind, message)``."""

    AUDIO_STARTED = "audio_started"
    VIDEO_STARTED = "video_started"
    NO_CAMERA = "no_camera"
    CAMERA_LOST = "camera_lost"
    MIC_LOST = "mic_lost"
    DISK_LOW = "disk_low"
    ENCODER_SLOW = "encoder_slow"
    AUDIO_GLITCH = "audio_glitch"
    SINK_FAILED = "sink_failed"
    STOPPED = "stopped"


WARNINGS = {EventKind.NO_CAMERA, EventKind.CAMERA_LOST, EventKind.MIC_LOST, EventKind.DISK_LOW,
            EventKind.ENCODER_SLOW, EventKind.AUDIO_GLITCH, EventKind.SINK_FAILED}


@dataclass(frozen=True, slots=True)
class RecorderProgress:
    seconds: float
    frames: int
    duplicates: int
    drops: int
    audio_seconds: float


@dataclass(frozen=True, slots=True)
class RecordingResult:
    """What a finished recording holds and how well capture went."""

    output: Path | None
    folder: Path
    frames: int
    duplicates: int
    drops: int
    camera_frames: int
    audio_seconds: float
    audio_blocks: int
    audio_glitches: int
    audio_lead_ms: float
    drift_ms: float
    audio_only: bool
    stop_reason: str
    warnings: tuple[str, ...] = ()
    presets: tuple[str, ...] = ()
    encoder_pids: tuple[int, ...] = field(default=(), compare=False)

    def summary(self) -> str:
        kind = "audio only" if self.audio_only else f"{self.frames} frames"
        return (
            f"Recorded {self.audio_seconds:.1f} seconds ({kind}); duplicates {self.duplicates}, drops {self.drops}, "
            f"audio started {self.audio_lead_ms:.1f} ms before the video (trimmed), drift {self.drift_ms:.1f} ms."
        )


class Recorder:
    """Records one take into ``folder`` and, on :meth:`stop`, muxes ``out`` (default ``folder/recording.mp4``).

    Devices are injected: ``microphone`` (a :class:`Microphone`, whose stream class can be a fake)
    and ``camera`` (any :class:`CameraSource`, or ``None`` for an audio-only rehearsal).
    Callbacks run on the recorder's threads; a UI must hop to its own thread before touching widgets.
    """

    def __init__(
        self,
        folder: Path,
        *,
        microphone: Microphone,
        camera: CameraSource | None,
        fps: float = 30.0,
        size: tuple[int, int] = (1280, 720),
        out: Path | None = None,
        ffmpeg: str | None = None,
        preset: str = "veryfast",
        crf: int = 23,
        on_event: Callable[[str, str], None] | None = None,
        on_progress: Callable[[RecorderProgress], None] | None = None,
        planned_seconds: float | None = None,
        min_free_bytes: int = 200 * 1024 * 1024,
        free_bytes: Callable[[Path], int] | None = None,
        audio_timeout: float = 2.0,
        first_audio_timeout: float = 5.0,
        backlog_seconds: float = 1.0,
    ) -> None:
        if fps <= 0 or not math.isfinite(fps):
            raise StudioError(tr("The frame rate must be a positive number."))
        self.folder = Path(folder)
        self.microphone = microphone
        self.camera = camera
        self.fps = float(fps)
        self.size = (int(size[0]) // 2 * 2, int(size[1]) // 2 * 2)  # x264 with yuv420p needs even sizes
        self.out = out or self.folder / "recording.mp4"
        self._ffmpeg = ffmpeg
        self._ladder = preset_ladder(preset)
        self._preset_index = 0
        self._crf = crf
        self._on_event = on_event
        self._on_progress = on_progress
        self._planned = planned_seconds
        self._min_free = min_free_bytes
        self._free_bytes = free_bytes or (lambda p: shutil.disk_usage(p).free)
        self._audio_timeout = audio_timeout
        self._first_audio_timeout = first_audio_timeout
        self._backlog = max(2, round(backlog_seconds * self.fps))
        self._max_queue = max(self._backlog * 4, round(4 * self.fps))

        self._sinks: list[AudioSink] = []
        self._audio_q: queue.SimpleQueue[AudioBlock | None] = queue.SimpleQueue()
        self._video_q: queue.Queue[tuple[np.ndarray, int] | None] = queue.Queue()
        self._clock = AudioClock(microphone.sample_rate)
        self._level = SILENT
        self._halt = threading.Event()
        self._audio_flowing = threading.Event()
        self._lock = threading.Lock()
        self._stream: StreamLike | None = None
        self._pcm: IO[bytes] | None = None
        self._threads: dict[str, threading.Thread] = {}
        self._started_at = 0.0
        self._stop_reason = ""
        self._warnings: list[str] = []
        self._segments: list[str] = []
        self._presets: list[str] = []
        self._encoder_pids: list[int] = []
        self._encoder: SegmentEncoder | None = None
        self._video_t0: float | None = None
        self._last_frame_time: float | None = None
        self._video_bounds: deque[tuple[float, float]] = deque()  # (time, lateness of the picture vs its slot)
        self._last_block_arrival = 0.0
        self._frames = 0  # slots written, duplicates included
        self._duplicates = 0
        self._drops = 0
        self._camera_frames = 0
        self._blocks = 0
        self._glitches = 0
        self._failed_sinks: set[int] = set()
        self._state = "new"

    # ------------------------------------------------------------------ public API

    def add_audio_sink(self, sink: AudioSink) -> None:
        """Register a consumer of the audio blocks (called on the writer thread; must be quick)."""
        self._sinks.append(sink)

    def level(self) -> AudioLevel:
        """The latest block's RMS, peak and clipping flag (for a meter polling on a timer)."""
        return self._level

    @property
    def audio_only(self) -> bool:
        return self.camera is None

    @property
    def encoder_pids(self) -> tuple[int, ...]:
        return tuple(self._encoder_pids)

    def progress(self) -> RecorderProgress:
        elapsed = time.monotonic() - self._started_at if self._started_at else 0.0
        return RecorderProgress(elapsed, self._frames, self._duplicates, self._drops, self._clock.seconds)

    def start(self) -> None:
        """Check the disk, start the microphone, wait for sound to flow, then start the camera."""
        if self._state != "new":
            raise StudioError(tr("This recorder has already been used; make a new one for the next take."))
        self.folder.mkdir(parents=True, exist_ok=True)
        self._check_disk()
        self._state = "recording"
        self._started_at = time.monotonic()
        self._pcm = open(self.folder / AUDIO_FILE, "wb")
        self._write_meta()
        self._stream = self.microphone.open(self._audio_q)  # type: ignore[arg-type]
        self._spawn("audio-writer", self._audio_loop)
        try:
            self._stream.start()
        except Exception as exc:
            self._abort_start()
            if _is_default(self.microphone):
                message = tr("The default microphone could not start: {error}")
            else:
                message = tr("The microphone {name} could not start: {error}")
            raise MicrophoneError(message.format(name=self.microphone.name, error=exc)) from exc
        if not self._audio_flowing.wait(self._first_audio_timeout):
            self._abort_start()
            if _is_default(self.microphone):
                message = tr("No sound arrived from the default microphone within {seconds} seconds. "
                             "Check that it is connected and not used by another program.")
            else:
                message = tr("No sound arrived from the microphone {name} within {seconds} seconds. "
                             "Check that it is connected and not used by another program.")
            raise MicrophoneError(message.format(name=self.microphone.name,
                                                 seconds=f"{self._first_audio_timeout:g}"))
        if self.camera is None:
            self._event(EventKind.NO_CAMERA, tr("There is no camera, so this rehearsal records sound only."))
        else:
            self._spawn("encoder", self._encoder_loop)
            self._spawn("camera", self._camera_loop)
        self._spawn("monitor", self._monitor_loop)

    def wait(self, timeout: float | None = None) -> bool:
        """Block up to ``timeout`` seconds; True when the recorder has stopped capturing by itself."""
        return self._halt.wait(timeout)

    @property
    def stop_reason(self) -> str:
        return self._stop_reason

    def stop(self) -> RecordingResult:
        """Stop capturing, finish the files and mux the final MP4; returns the statistics."""
        if self._state != "recording":
            raise StudioError(tr("The recorder is not recording."))
        self._halt_capture("stopped")
        camera_thread = self._threads.get("camera")
        if camera_thread is not None:
            camera_thread.join(10)
            self._video_q.put(None)
            self._threads["encoder"].join(60)
        self._audio_q.put(None)
        self._threads["audio-writer"].join(10)
        if self._stream is not None:
            _quietly(self._stream.close)
        if self._pcm is not None:
            self._pcm.close()
        self._threads["monitor"].join(5)
        self._state = "finished"
        self._write_meta()
        output: Path | None = None
        has_audio = self._clock.samples > 0
        has_video = self._frames > 0
        if has_audio or has_video:
            segments = readable_segments([self.folder / name for name in self._segments])
            try:
                self._mux(segments if has_video else [], has_audio)
            except EncoderError as exc:
                if not (has_video and has_audio):
                    raise
                # Unreadable video must not cost the trainee the sound: save it alone.
                self._event(EventKind.CAMERA_LOST, tr("{problem} The sound was saved without the pictures.")
                            .format(problem=exc.spoken()))
                self._mux([], has_audio)
                has_video = False
            output = self.out
        result = RecordingResult(
            output=output,
            folder=self.folder,
            frames=self._frames,
            duplicates=self._duplicates,
            drops=self._drops,
            camera_frames=self._camera_frames,
            audio_seconds=self._clock.seconds,
            audio_blocks=self._blocks,
            audio_glitches=self._glitches,
            audio_lead_ms=self.audio_lead() * 1000,
            drift_ms=self._drift() * 1000,
            audio_only=not has_video,
            stop_reason=self._stop_reason,
            warnings=tuple(self._warnings),
            presets=tuple(self._presets),
            encoder_pids=tuple(self._encoder_pids),
        )
        self._event(EventKind.STOPPED, result.summary())
        return result

    def _mux(self, segments: list[Path], has_audio: bool) -> None:
        mux(out=self.out, segments=segments, pcm=self.folder / AUDIO_FILE if has_audio else None,
            sample_rate=self.microphone.sample_rate, audio_lead=self.audio_lead(), cmd=self._ffmpeg,
            workdir=self.folder)

    def audio_lead(self) -> float:
        """Seconds of audio recorded before the first picture (cut at the mux)."""
        if self._video_t0 is None or self._clock.t0 is None:
            return 0.0
        return self._video_t0 - self._clock.t0

    # ------------------------------------------------------------------ start/stop helpers

    def _check_disk(self) -> None:
        free = self._free_bytes(self.folder)
        width, height = self.size
        video_rate = 0 if self.camera is None else width * height * self.fps * 0.15 / 8  # ~crf 23 x264, generous
        audio_rate = self.microphone.sample_rate * 2
        # Segments plus the final copy: the video is on disk twice until the segments are removed.
        need = self._min_free + (2 * video_rate + audio_rate) * (self._planned or 600)
        if free < need:
            raise DiskSpaceError(
                tr("There is not enough free disk space to record: {free} megabytes free, about {need} needed. "
                   "Delete old recordings or choose another folder.").format(free=f"{free / 1e6:.0f}",
                                                                            need=f"{need / 1e6:.0f}")
            )

    def _abort_start(self) -> None:
        self._halt.set()
        if self._stream is not None:
            _quietly(self._stream.stop)
            _quietly(self._stream.close)
        self._audio_q.put(None)
        self._threads["audio-writer"].join(5)
        if self._pcm is not None:
            self._pcm.close()
        self._state = "failed"

    def _halt_capture(self, reason: str) -> None:
        """Stop the devices (idempotent, any thread); the files are finished in :meth:`stop`."""
        with self._lock:
            if self._halt.is_set():
                return
            self._stop_reason = reason
            self._halt.set()
        if self._stream is not None:
            abort = getattr(self._stream, "abort", None)
            _quietly(abort if callable(abort) else self._stream.stop)
        if self.camera is not None:
            _quietly(self.camera.release)

    def _spawn(self, name: str, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name=f"recorder-{name}", daemon=True)
        self._threads[name] = thread
        thread.start()

    def _event(self, kind: EventKind, message: str) -> None:
        if kind in WARNINGS:
            self._warnings.append(message)
        log.info("recorder %s: %s", kind.value, message)
        if self._on_event is not None:
            try:
                self._on_event(kind.value, message)
            except Exception:
                log.exception("an on_event handler failed")

    # ------------------------------------------------------------------ audio

    def _audio_loop(self) -> None:
        rate = self.microphone.sample_rate
        pcm = self._pcm
        assert pcm is not None
        last_flush = 0.0
        while True:
            block = self._audio_q.get()
            if block is None:
                break
            samples = block.samples
            mono = samples[:, 0] if samples.ndim == 2 and samples.shape[1] == 1 else (
                samples.mean(axis=1) if samples.ndim == 2 else samples)
            mono = np.ascontiguousarray(mono, dtype=np.float32)
            self._clock.add(block.time, len(mono))
            self._last_block_arrival = time.monotonic()
            self._blocks += 1
            if block.flagged:
                self._glitches += 1
                if self._glitches == 1:
                    self._event(EventKind.AUDIO_GLITCH,
                                tr("The sound card reported a glitch; a few samples may be lost."))
            pcm.write((np.clip(mono, -1.0, 1.0) * 32767.0).astype("<i2").tobytes())
            now = block.time
            if now - last_flush >= 0.2:  # into the OS cache: survives a killed process
                pcm.flush()
                last_flush = now
            self._level = measure(mono)
            for index, sink in enumerate(self._sinks):
                if index in self._failed_sinks:
                    continue
                try:
                    sink(mono, rate)
                except Exception as exc:
                    self._failed_sinks.add(index)
                    log.exception("an audio sink failed")
                    self._event(EventKind.SINK_FAILED,
                                tr("A listener of the sound stopped working: {error}").format(error=exc))
            if not self._audio_flowing.is_set():
                self._audio_flowing.set()
                self._event(EventKind.AUDIO_STARTED, tr("Sound is arriving from the microphone."))
        pcm.flush()

    # ------------------------------------------------------------------ video

    def _camera_loop(self) -> None:
        assert self.camera is not None
        import cv2

        width, height = self.size
        previous: np.ndarray | None = None
        while not self._halt.is_set():
            try:
                frame = self.camera.read()
            except Exception as exc:  # a driver error is a lost camera, not a crash
                log.warning("camera read failed: %s", exc)
                frame = None
            stamped = getattr(self.camera, "frame_time", None)
            now = float(stamped) if isinstance(stamped, (int, float)) else time.monotonic()
            if frame is None:
                if not self._halt.is_set():
                    self._event(EventKind.CAMERA_LOST, tr("The camera stopped sending pictures. "
                                                          "Recording continues with sound only."))
                    _quietly(self.camera.release)
                break
            self._camera_frames += 1
            if frame.shape[1] != width or frame.shape[0] != height:
                frame = cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA)
            if frame.ndim == 2:
                frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
            if self._video_t0 is None:
                self._video_t0 = now
                self._event(EventKind.VIDEO_STARTED,
                            tr("Pictures are arriving from {camera}.").format(camera=self.camera.name))
            position = (now - self._video_t0) * self.fps  # slot this picture belongs to
            lateness = position - self._frames
            if lateness < -1.0:  # more than one slot early: the camera is faster than the grid
                self._drops += 1
                continue
            if lateness > 1.0 and previous is not None:  # more than one slot late: hold the last picture
                copies = int(lateness)
                self._enqueue(previous, copies, duplicate=True)
            if self._enqueue(frame, 1, duplicate=False):
                self._video_bounds.append((now, now - self._video_t0 - (self._frames - 1) / self.fps))
                while now - self._video_bounds[0][0] > 2.0:
                    self._video_bounds.popleft()
            self._last_frame_time = now
            previous = frame

    def _enqueue(self, frame: np.ndarray, copies: int, *, duplicate: bool) -> bool:
        if self._video_q.qsize() >= self._max_queue:
            self._drops += copies  # memory guard: the encoder is hopelessly behind
            return False
        self._video_q.put((frame, copies))
        self._frames += copies
        if duplicate:
            self._duplicates += copies
        return True

    def _new_segment(self) -> SegmentEncoder:
        name = f"video_{len(self._segments):03d}.ts"
        preset = self._ladder[self._preset_index]
        encoder = SegmentEncoder(self.folder / name, size=self.size, fps=self.fps, preset=preset,
                                 crf=self._crf, cmd=self._ffmpeg)
        self._segments.append(name)
        self._presets.append(preset)
        self._encoder_pids.append(encoder.pid)
        self._write_meta()
        return encoder

    def _encoder_loop(self) -> None:
        encoder: SegmentEncoder | None = None
        closing: list[threading.Thread] = []
        try:
            while True:
                item = self._video_q.get()
                if item is None:
                    break
                if encoder is None:
                    encoder = self._new_segment()
                elif (self._behind(encoder) and self._preset_index < len(self._ladder) - 1
                      and encoder.frames >= SWITCH_GRACE_SECONDS * self.fps):
                    self._preset_index += 1
                    self._event(EventKind.ENCODER_SLOW,
                                tr("The computer is busy; the video now uses faster, lower-quality encoding "
                                   "({preset}). Sound is not affected.").format(
                                    preset=self._ladder[self._preset_index]))
                    # The old segment finishes its buffered frames in the background while the new one starts.
                    closing.append(threading.Thread(target=encoder.close, daemon=True))
                    closing[-1].start()
                    encoder = self._new_segment()
                frame, copies = item
                encoder.write(frame, copies)
        except EncoderError as exc:
            self._event(EventKind.CAMERA_LOST,
                        tr("{problem} Recording continues with sound only.").format(problem=exc.spoken()))
            while self._video_q.get() is not None:  # keep draining so the camera never blocks
                pass
        finally:
            if encoder is not None:
                encoder.close()
            for thread in closing:
                thread.join(120)

    def _behind(self, encoder: SegmentEncoder) -> bool:
        """More than ``backlog_seconds`` of pictures wait, in our queue or inside ffmpeg (beyond its lookahead)."""
        waiting = self._video_q.qsize() + max(0, encoder.backlog - LOOKAHEAD_ALLOWANCE)
        return waiting > self._backlog

    # ------------------------------------------------------------------ monitor

    def _monitor_loop(self) -> None:
        last_meta = last_progress = time.monotonic()
        while not self._halt.wait(0.2):
            now = time.monotonic()
            if now - self._last_block_arrival > self._audio_timeout:
                self._event(EventKind.MIC_LOST, tr("The microphone stopped sending sound. "
                                                   "The recording was stopped and what was recorded is kept."))
                self._halt_capture("mic_lost")
                break
            try:
                free = self._free_bytes(self.folder)
            except OSError:
                free = self._min_free
            if free < self._min_free:
                self._event(EventKind.DISK_LOW,
                            tr("The disk is almost full, so the recording was stopped and saved."))
                self._halt_capture("disk_low")
                break
            if now - last_meta >= 1.0:
                self._write_meta()
                last_meta = now
            if self._on_progress is not None and now - last_progress >= 0.5:
                last_progress = now
                try:
                    self._on_progress(self.progress())
                except Exception:
                    log.exception("an on_progress handler failed")

    def _drift(self) -> float:
        """How far the video is ahead of the audio at the end, in seconds.

        Each stream's lag behind the clock is the lower envelope, over its last two seconds, of
        (arrival time − media time); the difference of the two lags is the A/V drift.
        """
        if self._video_t0 is None or not self._video_bounds or self._clock.t0 is None:
            return 0.0
        video_lag = min(bound for _, bound in self._video_bounds)
        return self._clock.drift() - video_lag

    def _write_meta(self) -> None:
        data: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "state": self._state,
            "fps": self.fps,
            "width": self.size[0],
            "height": self.size[1],
            "sample_rate": self.microphone.sample_rate,
            "channels": 1,
            "sample_format": "s16le",
            "audio_file": AUDIO_FILE,
            "audio_t0": self._clock.t0,
            "video_t0": self._video_t0,
            "audio_seconds": self._clock.seconds,
            "frames": self._frames,
            "segments": list(self._segments),
            "presets": list(self._presets),
            "camera": None if self.camera is None else self.camera.name,
            "microphone": self.microphone.name,
            "out": str(self.out),
            "stop_reason": self._stop_reason,
        }
        try:
            atomic_write_text(self.folder / META_FILE, json.dumps(data, indent=1))
        except OSError:
            log.exception("could not update %s", META_FILE)


def _is_default(microphone: Microphone) -> bool:
    """Whether messages call it "the default microphone" (as :attr:`Microphone.title` does)."""
    return microphone.device is None and microphone.name == "default"


def _quietly(action: Callable[[], object]) -> None:
    try:
        action()
    except Exception:
        log.debug("ignored error while stopping", exc_info=True)
