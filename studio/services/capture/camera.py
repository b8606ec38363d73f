"""Camera sources: OpenCV ``VideoCapture`` on a webcam index, a video file (paced) or a stream URL.

Every source is read through the same small interface (:class:`CameraSource`), so the recorder
never knows whether pictures come from a webcam, a test file or a network stream. A file is
*paced*: each frame is handed out no earlier than its time in the file, as a real camera would,
so a test or ``studio record --camera clip.mp4`` behaves in real time.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from studio.core.errors import StudioError
from studio.core.i18n import tr


class CameraError(StudioError):
    """The camera could not be opened or stopped sending pictures."""


class CameraSource(Protocol):
    """What the recorder needs from a camera."""

    name: str

    def read(self) -> np.ndarray | None:
        """Block until the next picture (BGR, uint8) and return it; ``None`` when the camera is gone.

        A source that knows when the picture was taken (on ``time.monotonic()``'s clock) sets the
        attribute ``frame_time`` before returning; otherwise the recorder stamps the moment
        ``read`` returned.
        """

    def release(self) -> None:
        """Close the device; a blocked :meth:`read` returns ``None`` soon after."""


@dataclass(frozen=True, slots=True)
class CameraSpec:
    """Which camera: a device index, a file path or a URL (as typed by the user)."""

    index: int | None = None
    path: str | None = None

    @classmethod
    def parse(cls, text: str | int) -> CameraSpec:
        if isinstance(text, int) or str(text).strip().isdigit():
            return cls(index=int(text))
        return cls(path=str(text))

    @property
    def is_url(self) -> bool:
        return self.path is not None and "://" in self.path

    @property
    def is_file(self) -> bool:
        return self.path is not None and not self.is_url

    def describe(self) -> str:
        if self.index is not None:
            return f"camera {self.index}"
        return f"the stream {self.path}" if self.is_url else f"the video file {Path(self.path or '').name}"


class OpenCVCamera:
    """A camera read with ``cv2.VideoCapture``; files are paced to their frame rate.

    ``size`` and ``fps`` are requests: a webcam may give something else, and the recorder scales
    the pictures to the size it encodes.
    """

    def __init__(
        self,
        spec: CameraSpec,
        *,
        size: tuple[int, int] | None = None,
        fps: float | None = None,
        paced: bool | None = None,
        loop: bool = False,
    ) -> None:
        import cv2

        self.spec = spec
        self.name = spec.describe()
        self._cv2 = cv2
        self._lock = threading.Lock()
        self._released = False
        if spec.is_file and not Path(spec.path or "").is_file():
            raise CameraError(tr("The video file {path} does not exist.").format(path=spec.path), path=spec.path)
        source: int | str = spec.index if spec.index is not None else str(spec.path)
        self._cap = cv2.VideoCapture(source)
        if not self._cap.isOpened():
            raise CameraError(f"{self.name.capitalize()} could not be opened. Check that it is connected.")
        if spec.index is not None and size is not None:
            self._cap.set(cv2.CAP_PROP_FRAME_WIDTH, size[0])
            self._cap.set(cv2.CAP_PROP_FRAME_HEIGHT, size[1])
        if spec.index is not None and fps is not None:
            self._cap.set(cv2.CAP_PROP_FPS, fps)
        native = float(self._cap.get(cv2.CAP_PROP_FPS) or 0.0)
        self.fps = native if 1.0 <= native <= 240.0 else (fps or 30.0)
        self.paced = spec.is_file if paced is None else paced
        self.loop = loop and spec.is_file
        self._origin: float | None = None
        self._count = 0
        self.frame_time: float | None = None

    def read(self) -> np.ndarray | None:
        with self._lock:
            if self._released:
                return None
            ok, frame = self._cap.read()
            if not ok and self.loop:
                self._cap.set(self._cv2.CAP_PROP_POS_FRAMES, 0)
                ok, frame = self._cap.read()
        if not ok or frame is None:
            return None
        if self.paced:
            now = time.monotonic()
            if self._origin is None:
                self._origin = now
            due = self._origin + self._count / self.fps
            if due > now:
                time.sleep(due - now)
            self._count += 1
            # The moment a real camera would have taken this picture: a late read (a busy CPU) is
            # delivery latency, as with a webcam's buffered frames, not a later picture.
            self.frame_time = due
        return np.asarray(frame)

    def release(self) -> None:
        with self._lock:
            if not self._released:
                self._released = True
                self._cap.release()


def open_camera(
    spec: CameraSpec | str | int,
    *,
    size: tuple[int, int] | None = None,
    fps: float | None = None,
    paced: bool | None = None,
) -> OpenCVCamera:
    """Open a camera, file or URL; raises :class:`CameraError` with a spoken-friendly message."""
    if not isinstance(spec, CameraSpec):
        spec = CameraSpec.parse(spec)
    return OpenCVCamera(spec, size=size, fps=fps, paced=paced)
