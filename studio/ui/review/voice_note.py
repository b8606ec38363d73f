"""Voice notes for instructor comments: the microphone (``studio.services.capture.audio.Microphone``) into a WAV.

The audio callback only copies blocks into a queue (style rule 6); a GUI timer drains the queue every 100 ms, so
nothing heavy runs in the callback and no thread touches a widget. A note is short (seconds to a minute), so the
WAV is written in one go when recording stops.
"""

from __future__ import annotations

import queue
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QTimer

from studio.core.i18n import tr
from studio.services.capture.audio import AudioBlock, Microphone, MicrophoneError, StreamLike

MAX_NOTE_SECONDS = 300.0
"""A note stops itself after five minutes, so a forgotten recording cannot fill the disk."""


class VoiceNoteRecorder(QObject):
    """Start, then stop into a file; ``seconds`` says how much has been heard so far."""

    def __init__(self, microphone: Microphone | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.microphone = microphone or Microphone(latency="high")
        self._queue: queue.SimpleQueue[AudioBlock] = queue.SimpleQueue()
        self._stream: StreamLike | None = None
        self._blocks: list[np.ndarray] = []
        self._frames = 0
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._drain)

    @property
    def recording(self) -> bool:
        return self._stream is not None

    @property
    def seconds(self) -> float:
        return self._frames / self.microphone.sample_rate

    def start(self) -> None:
        """Open the microphone and start listening; raises ``MicrophoneError`` with a readable message."""
        if self._stream is not None:
            return
        self._queue = queue.SimpleQueue()
        self._blocks, self._frames = [], 0
        stream = self.microphone.open(self._queue)
        try:
            stream.start()
        except Exception as exc:  # PortAudioError: the device went away between open and start
            stream.close()
            raise MicrophoneError(
                tr("The microphone {name} could not start: {error}").format(name=self.microphone.name, error=exc)
            ) from exc
        self._stream = stream
        self._timer.start()

    def _drain(self) -> None:
        while True:
            try:
                block = self._queue.get_nowait()
            except queue.Empty:
                break
            self._blocks.append(block.samples)
            self._frames += len(block.samples)
        if self.seconds >= MAX_NOTE_SECONDS:
            self._timer.stop()  # keep the stream until stop(), but stop collecting

    def cancel(self) -> None:
        self._close()
        self._blocks, self._frames = [], 0

    def _close(self) -> None:
        self._timer.stop()
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
            finally:
                stream.close()

    def stop(self, path: Path) -> Path:
        """Stop listening and write what was heard to ``path`` (16-bit WAV); refuses an empty note."""
        if self._stream is None:
            raise MicrophoneError(tr("No voice note is being recorded."))
        self._close()
        self._drain()
        if not self._blocks:
            raise MicrophoneError(
                tr("Nothing was heard from {name}, so no voice note was saved. Check the microphone.").format(
                    name=self.microphone.name
                )
            )
        import soundfile as sf

        samples = np.concatenate(self._blocks)[: int(MAX_NOTE_SECONDS * self.microphone.sample_rate)]
        path.parent.mkdir(parents=True, exist_ok=True)
        sf.write(path, samples, self.microphone.sample_rate, subtype="PCM_16")
        self._blocks, self._frames = [], 0
        return path
