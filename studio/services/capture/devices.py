"""Finding cameras, microphones and speakers, and remembering the trainee's choice.

Cameras are probed by index with OpenCV (quickly: on Linux only indexes that have a
``/dev/video*`` node are tried); the user may also give a video file or a stream URL.
Microphones and outputs come from sounddevice. The choice is kept in a small JSON file in
``config_dir()`` (a settings registry may take this over later).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from studio.core.errors import StudioError
from studio.core.i18n import tr
from studio.services.files import atomic_write_text
from studio.services.paths import config_dir

CHOICE_FILE = "devices.json"


class DeviceError(StudioError):
    """A named device is not there."""


@dataclass(frozen=True, slots=True)
class CameraInfo:
    index: int
    name: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class AudioDevice:
    index: int
    name: str
    hostapi: str
    channels: int
    default_rate: float
    is_default: bool


@dataclass(frozen=True, slots=True)
class DeviceChoice:
    """The devices the trainee picked, by name (indexes change when devices come and go)."""

    camera: str | None = None
    microphone: str | None = None
    output: str | None = None


class _Settings(Protocol):
    def get(self, key: str) -> Any: ...


def chosen_devices(settings: _Settings | None) -> DeviceChoice:
    """The devices a take uses, by name: each ``devices.*`` setting, else the remembered choice; with no camera
    chosen, the first webcam when there is one. The recorder, the pre-flight check and the app voice all ask here,
    so the check tests the devices the take will use."""
    remembered = load_choice()

    def pick(key: str, fallback: str | None) -> str | None:
        return (str(settings.get(f"devices.{key}")) if settings is not None else "") or fallback or None

    camera = pick("camera", remembered.camera)
    if not camera and Path("/dev/video0").exists():
        camera = "0"  # the first webcam, as ``studio record`` does
    return DeviceChoice(camera, pick("microphone", remembered.microphone), pick("output", remembered.output))


def list_cameras(max_index: int = 4) -> list[CameraInfo]:
    """Cameras that open and deliver a picture, probing indexes 0..max_index-1."""
    import cv2

    found: list[CameraInfo] = []
    for index in range(max_index):
        if sys.platform.startswith("linux") and not Path(f"/dev/video{index}").exists():
            continue  # opening a missing index costs time and prints warnings
        cap = cv2.VideoCapture(index)
        try:
            if not cap.isOpened():
                continue
            ok, frame = cap.read()
            if ok and frame is not None:
                found.append(CameraInfo(index, tr("Camera {index}").format(index=index), int(frame.shape[1]),
                                        int(frame.shape[0])))
        finally:
            cap.release()
    return found


def _audio_devices(kind: str) -> list[AudioDevice]:
    import sounddevice as sd

    try:
        devices: Any = sd.query_devices()
        hostapis: Any = sd.query_hostapis()
        default_in, default_out = sd.default.device
    except Exception:  # PortAudio missing or broken: no devices rather than a crash
        return []
    key = "max_input_channels" if kind == "input" else "max_output_channels"
    default = default_in if kind == "input" else default_out
    result = []
    for index, dev in enumerate(devices):
        if int(dev[key]) > 0:
            result.append(
                AudioDevice(
                    index=index,
                    name=str(dev["name"]),
                    hostapi=str(hostapis[dev["hostapi"]]["name"]),
                    channels=int(dev[key]),
                    default_rate=float(dev["default_samplerate"]),
                    is_default=index == default,
                )
            )
    return result


def list_microphones() -> list[AudioDevice]:
    return _audio_devices("input")


def list_outputs() -> list[AudioDevice]:
    return _audio_devices("output")


def find_audio_device(name: str, kind: str = "input") -> AudioDevice:
    """The device whose name matches ``name`` exactly, else the only one containing it (any case)."""
    devices = _audio_devices(kind)
    exact = [d for d in devices if d.name.lower() == name.lower()]
    if exact:
        return exact[0]
    partial = [d for d in devices if name.lower() in d.name.lower()]
    if len(partial) == 1:
        return partial[0]
    microphone = kind == "input"
    if partial:
        if microphone:
            several = tr("More than one microphone matches {name}: {matches}.")
        else:
            several = tr("More than one speaker matches {name}: {matches}.")
        raise DeviceError(several.format(name=repr(name), matches=", ".join(d.name for d in partial)))
    if microphone:
        missing = tr("There is no microphone called {name}. The microphones found are: {names}.") if devices \
            else tr("There is no microphone called {name}. The microphones found are: none.")
    else:
        missing = tr("There is no speaker called {name}. The speakers found are: {names}.") if devices \
            else tr("There is no speaker called {name}. The speakers found are: none.")
    raise DeviceError(missing.format(name=repr(name), names=", ".join(d.name for d in devices)))


def load_choice() -> DeviceChoice:
    """The remembered devices; an unreadable file is treated as no choice."""
    path = config_dir() / CHOICE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DeviceChoice()
    if not isinstance(data, dict):
        return DeviceChoice()
    return DeviceChoice(**{k: v for k, v in data.items() if k in ("camera", "microphone", "output")
                           and (v is None or isinstance(v, str))})


def save_choice(choice: DeviceChoice) -> Path:
    path = config_dir() / CHOICE_FILE
    atomic_write_text(path, json.dumps(asdict(choice), ensure_ascii=False, indent=2))
    return path
