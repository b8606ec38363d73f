"""Microphone input through sounddevice, and the audio clock.

Rules that were measured on this project's machines (``shared/reference/capture-testing.md``):
a fixed block size (480 or 1024 frames) and ``latency='high'`` ('low' gave underruns and corrupt
audio); the first callback may come 0.5–2 s after ``start()``, so audio is timestamped from the
callbacks, never from ``start()``; and the callback does nothing but copy the block into a queue
(style rule 6) — a writer thread in the recorder does everything else.
"""

from __future__ import annotations

import math
import queue
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from studio.core.errors import StudioError
from studio.core.i18n import tr


class MicrophoneError(StudioError):
    """The microphone could not be opened or stopped working."""


class StreamLike(Protocol):
    """The part of ``sounddevice.InputStream`` the recorder uses."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


StreamFactory = Callable[..., StreamLike]
"""Called like ``sounddevice.InputStream(device=, samplerate=, blocksize=, channels=, dtype=, latency=, callback=)``."""


@dataclass(frozen=True, slots=True)
class AudioBlock:
    """One callback's worth of samples, stamped with the monotonic clock when the callback ran."""

    time: float
    samples: np.ndarray  # (frames, channels) float32, a copy
    flagged: bool  # PortAudio reported an overflow or underflow for this block


class Microphone:
    """A sounddevice input stream with the project's settings; the stream class can be injected."""

    def __init__(
        self,
        device: int | str | None = None,
        *,
        sample_rate: int = 48000,
        blocksize: int = 480,
        channels: int = 1,
        latency: str | float = "high",
        stream_factory: StreamFactory | None = None,
        name: str | None = None,
    ) -> None:
        if blocksize <= 0:
            raise MicrophoneError("The audio block size must be a positive number of samples.")
        self.device = device
        self.sample_rate = int(sample_rate)
        self.blocksize = int(blocksize)
        self.channels = int(channels)
        self.latency = latency
        self._factory = stream_factory
        self.name = name or (str(device) if device is not None else "default")

    @property
    def title(self) -> str:
        """How messages name it: "The default microphone" or "The microphone VirtualMic"."""
        return tr("The default microphone") if self.device is None and self.name == "default" \
            else tr("The microphone {name}").format(name=self.name)

    def open(self, blocks: queue.SimpleQueue[AudioBlock]) -> StreamLike:
        """Create (not start) a stream whose callback only copies each block into ``blocks``."""
        factory = self._factory
        if factory is None:
            import sounddevice as sd

            factory = sd.InputStream
        monotonic = time.monotonic
        put = blocks.put

        def callback(indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            # Only copy and enqueue: no allocation beyond the copy, no locks, no signals.
            put(AudioBlock(monotonic(), indata.copy(), bool(status)))

        try:
            return factory(
                device=self.device,
                samplerate=self.sample_rate,
                blocksize=self.blocksize,
                channels=self.channels,
                dtype="float32",
                latency=self.latency,
                callback=callback,
            )
        except Exception as exc:  # PortAudioError, ValueError for unknown devices
            raise MicrophoneError(f"{self.title} could not be opened. Check that a microphone is connected. "
                                  f"(Detail: {exc}.)") from exc


class AudioClock:
    """Estimates the monotonic time of audio sample 0 from callback times.

    Each callback gives an upper bound: sample 0 was captured no later than
    ``callback time − samples so far / rate``. Scheduling delays only ever make a callback late,
    so the lower envelope (the minimum) of these bounds is the best estimate.
    """

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.samples = 0
        self.t0: float | None = None
        self.last_time: float | None = None
        self._recent: deque[tuple[float, float]] = deque()

    def add(self, callback_time: float, frames: int) -> None:
        self.samples += frames
        self.last_time = callback_time
        bound = callback_time - self.samples / self.sample_rate
        if self.t0 is None or bound < self.t0:
            self.t0 = bound
        self._recent.append((callback_time, bound))
        while self._recent and callback_time - self._recent[0][0] > RECENT_WINDOW:
            self._recent.popleft()

    @property
    def seconds(self) -> float:
        return self.samples / self.sample_rate

    def drift(self) -> float:
        """Seconds the sample count lags the clock lately (positive: fewer samples than time passed).

        Uses the lower envelope over the last couple of seconds, as for ``t0``, so that a callback
        that merely ran late does not count as drift.
        """
        if self.t0 is None or not self._recent:
            return 0.0
        return min(bound for _, bound in self._recent) - self.t0


RECENT_WINDOW = 2.0
"""Seconds of recent callbacks whose lower envelope measures drift."""


@dataclass(frozen=True, slots=True)
class AudioLevel:
    """The latest block's level, for a meter that polls on a timer."""

    rms: float
    peak: float
    clipping: bool

    @property
    def dbfs(self) -> float:
        return 20 * math.log10(self.rms) if self.rms > 1e-9 else -180.0


SILENT = AudioLevel(0.0, 0.0, False)

CLIP_LEVEL = 0.99


def measure(samples: np.ndarray) -> AudioLevel:
    """RMS and peak of a mono float block; clipping when any sample reaches 0.99 of full scale."""
    if samples.size == 0:
        return SILENT
    peak = float(np.max(np.abs(samples)))
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return AudioLevel(rms, peak, peak >= CLIP_LEVEL)
