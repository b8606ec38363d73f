"""Pre-flight checks before a take: face and light in the camera picture, microphone level and
room noise, and a short tone through the speaker.

The measuring happens here (devices, OpenCV); the judging and the words are in the pure
:mod:`studio.core.framing`. Every result is a frozen dataclass holding stable message keys and the
text in the interface language (translated when the check runs), so the UI can show and speak them.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from studio.core.framing import (
    Advice,
    FaceBox,
    brightness_advice,
    dbfs,
    framing_advice,
    microphone_advice,
)
from studio.core.i18n import tr
from studio.services.capture.audio import CLIP_LEVEL, AudioBlock, Microphone, MicrophoneError


@dataclass(frozen=True, slots=True)
class CameraCheck:
    face: FaceBox | None
    brightness: float
    framing: tuple[Advice, ...]
    light: Advice
    detector_available: bool = True

    @property
    def ok(self) -> bool:
        return self.light.ok and all(a.ok for a in self.framing)

    @property
    def advice(self) -> tuple[Advice, ...]:
        return (*self.framing, self.light)


@dataclass(frozen=True, slots=True)
class MicrophoneCheck:
    speech_dbfs: float
    noise_dbfs: float
    peak: float
    clipping: bool
    seconds: float
    advice: Advice

    @property
    def ok(self) -> bool:
        return self.advice.ok


@dataclass(frozen=True, slots=True)
class OutputCheck:
    ok: bool
    advice: Advice
    detail: str = ""


def mean_brightness(frame: np.ndarray) -> float:
    """Mean luma (0–255) of a BGR or grey frame (Rec. 601 weights, as OpenCV's BGR2GRAY)."""
    if frame.ndim == 2:
        return float(frame.mean())
    b, g, r = (frame[..., i].astype(np.float64).mean() for i in range(3))
    return float(0.114 * b + 0.587 * g + 0.299 * r)


def check_frame(frame: np.ndarray, *, mirrored: bool = False,
                detector: Callable[[np.ndarray], list[FaceBox]] | None = None) -> CameraCheck:
    """Where the face is, how big, and whether the picture is too dark or too bright."""
    from studio.services.capture.faces import FaceDetectorUnavailable, detect_faces

    height, width = frame.shape[:2]
    brightness = mean_brightness(frame)
    light = brightness_advice(brightness)
    try:
        faces = (detector or detect_faces)(frame)
    except FaceDetectorUnavailable as exc:
        return CameraCheck(None, brightness, (Advice("framing.unavailable", exc.spoken(), False),), light, False)
    face = faces[0] if faces else None
    return CameraCheck(face, brightness, framing_advice(face, width, height, mirrored=mirrored), light)


def measure_microphone(microphone: Microphone, seconds: float = 3.0) -> MicrophoneCheck:
    """Listen for ``seconds`` while the trainee says a sentence; judge level, noise floor and clipping.

    The speech level is the 90th percentile of 10 ms block levels (the loud parts of speech), the
    noise floor the 10th percentile (the gaps between words).
    """
    blocks: queue.SimpleQueue[AudioBlock] = queue.SimpleQueue()
    stream = microphone.open(blocks)
    try:
        stream.start()
        time.sleep(seconds)
        stream.stop()
    except Exception as exc:
        if microphone.device is None and microphone.name == "default":  # as Microphone.title names it
            message = tr("The default microphone could not be tested: {error}")
        else:
            message = tr("The microphone {name} could not be tested: {error}")
        raise MicrophoneError(message.format(name=microphone.name, error=exc)) from exc
    finally:
        try:
            stream.close()
        except Exception:  # closing a broken stream is best effort
            pass
    chunks = []
    while not blocks.empty():
        chunks.append(blocks.get_nowait().samples[:, 0])
    if not chunks:
        advice = microphone_advice(-180.0, -180.0, False)
        return MicrophoneCheck(-180.0, -180.0, 0.0, False, 0.0, advice)
    audio = np.concatenate(chunks).astype(np.float64)
    size = max(1, microphone.sample_rate // 100)
    usable = len(audio) // size * size
    levels = np.sqrt(np.mean(audio[:usable].reshape(-1, size) ** 2, axis=1)) if usable else np.array([0.0])
    speech = dbfs(float(np.percentile(levels, 90)))
    noise = dbfs(float(np.percentile(levels, 10)))
    peak = float(np.max(np.abs(audio)))
    clipping = peak >= CLIP_LEVEL
    return MicrophoneCheck(speech, noise, peak, clipping, len(audio) / microphone.sample_rate,
                           microphone_advice(speech, noise, clipping))


def check_output(device: int | str | None = None, *, seconds: float = 0.5, frequency: float = 660.0,
                sample_rate: int = 48000, player: Callable[..., None] | None = None) -> OutputCheck:
    """Play a short soft tone on the output device; a failure is reported in words, not raised."""
    t = np.arange(round(seconds * sample_rate)) / sample_rate
    fade = np.minimum(1.0, np.minimum(t, t[-1] - t) / 0.02)  # no clicks at the ends
    tone = (0.3 * np.sin(2 * np.pi * frequency * t) * fade).astype(np.float32)
    try:
        if player is not None:
            player(tone, sample_rate, device)
        else:
            import sounddevice as sd

            sd.play(tone, sample_rate, device=device, blocking=True)
    except Exception as exc:  # PortAudioError, ValueError for unknown devices, OSError without PortAudio
        return OutputCheck(False, Advice("output.failed", tr("The speaker test failed: no sound could be played. "
                                                             "Check the speaker or headphones and the chosen output."),
                                         False), str(exc))
    return OutputCheck(True, Advice("output.played", tr("A short tone was played. If you did not hear it, "
                                                        "check the volume and the chosen speaker."), True))


