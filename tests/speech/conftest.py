"""Fixtures for the speech tests: a fake engine for queue logic, and the real engine on a file sink."""

from __future__ import annotations

import threading
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from studio.services.audio_out import FileSink
from studio.services.speech import SpeechService


class FakeEngine:
    """Renders a tone whose length grows with the text (``seconds_per_char``), and records each call.

    Used only where the queue logic is the subject; every behaviour is also tested on the real
    pyttsx3 + espeak-ng engine in ``test_speech_real.py``.
    """

    def __init__(self, seconds_per_char: float = 0.004, fail_on: str | None = None) -> None:
        self.seconds_per_char = seconds_per_char
        self.fail_on = fail_on
        self.calls: list[tuple[str, str, int, float]] = []
        self.threads: set[str] = set()

    def voice_ids(self) -> list[str]:
        return ["gmw/en-us", "poz/id", "aav/vi", "sit/cmn"]

    def synthesize(self, text: str, path: Path, *, voice_id: str, rate: int, volume: float) -> None:
        self.threads.add(threading.current_thread().name)
        self.calls.append((text, voice_id, rate, volume))
        if self.fail_on is not None and self.fail_on in text:
            raise RuntimeError("fake engine failure")
        rate_hz = 22050
        n = max(1, int(len(text) * self.seconds_per_char * rate_hz))
        samples = 0.3 * volume * np.sin(2 * np.pi * 220 * np.arange(n) / rate_hz)
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(rate_hz)
            wav.writeframes((samples * 32767).astype("<i2").tobytes())


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def file_sink(tmp_path: Path) -> FileSink:
    return FileSink(tmp_path / "spoken")


@pytest.fixture
def real_service(file_sink: FileSink) -> Iterator[SpeechService]:
    """The real pyttsx3 + espeak-ng engine on its own thread, writing every utterance to files."""
    service = SpeechService(sink=file_sink)
    yield service
    service.close()
