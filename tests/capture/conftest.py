"""Fixtures for capture tests: a private PulseAudio server, and short real speech as float samples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.support.pulse import PulseSession, pulse_available


@pytest.fixture
def pulse() -> Iterator[PulseSession]:
    """A running PulseAudio server with a virtual mic; this process's sounddevice points at it."""
    if not pulse_available():
        pytest.skip("PulseAudio is not installed")
    with PulseSession() as session, session.activated():
        yield session


@pytest.fixture(scope="session")
def jfk_48k(speech_dir: Path) -> np.ndarray:
    """The JFK clip (11 s, real speech) as float32 mono samples at 48 kHz (linear interpolation is enough here)."""
    data, rate = sf.read(speech_dir / "jfk.flac", dtype="float32", always_2d=True)
    mono = data.mean(axis=1)
    target = np.arange(round(len(mono) * 48000 / rate)) * rate / 48000
    return np.interp(target, np.arange(len(mono)), mono).astype(np.float32)
