"""Fakes for unit tests of the recorder: a sounddevice-like stream that replays samples, and a camera.

The real paths (PortAudio through PulseAudio, OpenCV on files and streams, real ffmpeg) are
tested in ``test_capture_real.py``; these make the recorder's logic testable fast and exactly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np


class FakeStream:
    """Calls ``callback`` with consecutive blocks of ``source`` at real-time pace from its own thread.

    ``stop_after`` blocks: the stream goes silent afterwards (a microphone unplugged).
    ``delays``: block index → extra seconds to wait before that block (a late callback).
    """

    def __init__(self, *, source: np.ndarray, callback: Callable[..., None], samplerate: int, blocksize: int,
                 channels: int = 1, stop_after: int | None = None, delays: dict[int, float] | None = None,
                 status_at: set[int] | None = None, **_: Any) -> None:
        self.source = source.astype(np.float32)
        self.callback = callback
        self.rate = samplerate
        self.blocksize = blocksize
        self.channels = channels
        self.stop_after = stop_after
        self.delays = delays or {}
        self.status_at = status_at or set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.closed = False

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(2)

    abort = stop

    def close(self) -> None:
        self.stop()
        self.closed = True

    def _run(self) -> None:
        origin = time.monotonic()
        index = 0
        extra = 0.0
        while not self._stop.is_set():
            if self.stop_after is not None and index >= self.stop_after:
                return
            extra += self.delays.get(index, 0.0)
            due = origin + (index + 1) * self.blocksize / self.rate + extra
            wait = due - time.monotonic()
            if wait > 0 and self._stop.wait(wait):
                return
            start = (index * self.blocksize) % max(1, len(self.source) - self.blocksize)
            block = self.source[start:start + self.blocksize]
            indata = np.repeat(block.reshape(-1, 1), self.channels, axis=1)
            self.callback(indata, len(block), None, "input overflow" if index in self.status_at else "")
            index += 1


def stream_factory(source: np.ndarray, **options: Any) -> Callable[..., FakeStream]:
    """A ``stream_factory`` for :class:`Microphone` that builds a :class:`FakeStream` over ``source``."""
    made: list[FakeStream] = []

    def factory(**kwargs: Any) -> FakeStream:
        stream = FakeStream(source=source, **kwargs, **options)
        made.append(stream)
        return stream

    factory.made = made  # type: ignore[attr-defined]
    return factory


class FakeCamera:
    """Frames of a solid grey level (frame number encoded in the level), at ``fps``, with scripted hiccups.

    ``gaps``: frame index → extra seconds before that frame; ``fail_after``: read returns None from then on.
    """

    def __init__(self, *, fps: float = 30.0, size: tuple[int, int] = (160, 120), fail_after: int | None = None,
                 gaps: dict[int, float] | None = None, raise_after: int | None = None, noise: bool = False) -> None:
        self.name = "fake camera"
        self.fps = fps
        self.size = size
        self.fail_after = fail_after
        self.raise_after = raise_after
        self.gaps = gaps or {}
        self.noise = np.random.default_rng(0).integers(0, 256, (size[1], size[0], 3), dtype=np.uint8) if noise \
            else None
        self.count = 0
        self.released = False
        self._origin: float | None = None
        self._extra = 0.0

    def read(self) -> np.ndarray | None:
        if self.released or (self.fail_after is not None and self.count >= self.fail_after):
            return None
        if self.raise_after is not None and self.count >= self.raise_after:
            raise OSError("the device was removed")
        now = time.monotonic()
        if self._origin is None:
            self._origin = now
        self._extra += self.gaps.get(self.count, 0.0)
        due = self._origin + self.count / self.fps + self._extra
        if due > now:
            time.sleep(due - now)
        if self.noise is not None:  # hard to encode: shift the noise so no two pictures match
            frame = np.roll(self.noise, self.count * 7, axis=1)
        else:
            frame = np.full((self.size[1], self.size[0], 3), self.count % 200 + 20, dtype=np.uint8)
        self.count += 1
        return frame

    def release(self) -> None:
        self.released = True
