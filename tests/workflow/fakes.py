"""Fakes for the workflow tests: a recorder that replays real speech, a live transcriber with a fixed answer,
and a Rehearsal stand-in for the widget tests. The real recorder and model are tested in test_rehearsal_real.py.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from studio.core.model import Finding, FindingKind, Report, Segment, Severity, Transcript, TranscriptPass, Word
from studio.services.capture.audio import AudioLevel, measure

JFK_TEXT = ("And so my fellow Americans, ask not what your country can do for you, "
            "ask what you can do for your country.")


def load_speech(path: Path, rate: int = 48000) -> np.ndarray:
    """A real speech file as float32 mono at ``rate`` (linear interpolation is enough for these tests)."""
    data, source_rate = sf.read(path, dtype="float32", always_2d=True)
    mono = data.mean(axis=1)
    target = np.arange(round(len(mono) * rate / source_rate)) * source_rate / rate
    return np.interp(target, np.arange(len(mono)), mono).astype(np.float32)


@dataclass(frozen=True)
class FakeResult:
    output: Path | None
    audio_seconds: float
    warnings: tuple[str, ...] = ()


class ReplayRecorder:
    """Feeds ``samples`` to the audio sinks in 480-sample blocks, ``speed`` times real time (0: as fast as
    possible), then keeps feeding silence until stopped; on stop writes the sound to ``recording.wav``."""

    def __init__(self, folder: Path, samples: np.ndarray, *, rate: int = 48000, speed: float = 0.0,
                 fail_start: bool = False, fail_stop: bool = False, stop_delay: float = 0.0,
                 mux: bool = False) -> None:
        self.folder = folder
        self.samples = samples
        self.rate = rate
        self.speed = speed
        self.fail_start = fail_start
        self.fail_stop = fail_stop
        self.stop_delay = stop_delay  # how long finishing the files takes
        self.mux = mux  # finish like the real recorder: audio.pcm muxed into recording.mp4 by ffmpeg
        self.stopped_at = 0.0
        self.sinks: list[Any] = []
        self.stop_reason = ""  # set by a test to play a microphone that was unplugged
        self.fed = 0
        self.done = threading.Event()  # all of ``samples`` has been fed
        self._halt = threading.Event()
        self._level = AudioLevel(0.0, 0.0, False)
        self._thread: threading.Thread | None = None
        self._written: list[np.ndarray] = []

    def add_audio_sink(self, sink: Any) -> None:
        self.sinks.append(sink)

    def start(self) -> None:
        if self.fail_start:
            from studio.services.capture.audio import MicrophoneError

            raise MicrophoneError("No sound arrived from the default microphone within 5 seconds.")
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "audio.pcm").write_bytes(b"")
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        block = 480
        started = time.perf_counter()
        position = 0
        while not self._halt.is_set():
            if position < len(self.samples):
                chunk = self.samples[position : position + block]
            else:
                self.done.set()
                chunk = np.zeros(block, dtype=np.float32)
            position += len(chunk)
            self._written.append(chunk)
            self._level = measure(chunk)
            for sink in self.sinks:
                sink(chunk, self.rate)
            self.fed = position
            if self.speed > 0:
                delay = started + position / self.rate / self.speed - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            elif position >= len(self.samples):
                time.sleep(0.005)

    def level(self) -> AudioLevel:
        return self._level

    def progress(self) -> Any:
        return None

    def stop(self) -> FakeResult:
        self._halt.set()
        if self._thread is not None:
            self._thread.join(10)
        time.sleep(self.stop_delay)
        if self.fail_stop:
            raise OSError("ffmpeg could not write the file")
        audio = np.concatenate(self._written) if self._written else np.zeros(0, dtype=np.float32)
        if self.mux:
            from studio.services.capture.encoder import mux

            (self.folder / "audio.pcm").write_bytes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
            out = self.folder / "recording.mp4"
            mux(out=out, segments=[], pcm=self.folder / "audio.pcm", sample_rate=self.rate, audio_lead=0.0,
                cmd=None, workdir=self.folder)
        else:
            out = self.folder / "recording.wav"
            sf.write(out, audio, self.rate)
        self.stopped_at = time.perf_counter()
        return FakeResult(out, len(audio) / self.rate)


class FixedLive:
    """A live transcriber that counts what it is fed and answers with the JFK sentence spread over the audio."""

    def __init__(self, language: str | None = "en", *, fail: bool = False, text: str = JFK_TEXT) -> None:
        self.language = language
        self.fail = fail
        self.text = text
        self.samples = 0
        self.rate = 48000
        self.cancelled = False
        self.finished = False

    def feed(self, samples: np.ndarray, sample_rate: int) -> None:
        self.samples += len(samples)
        self.rate = sample_rate

    def _transcript(self, words_done: int | None = None) -> Transcript:
        tokens = self.text.split()
        duration = self.samples / self.rate
        step = 0.4
        words = tuple(Word(t, 0.5 + i * step, 0.5 + i * step + 0.3, 0.9) for i, t in enumerate(tokens))
        words = words[:words_done] if words_done is not None else words
        segments = (Segment(0.5, max(0.5, words[-1].end), " ".join(w.text for w in words)),) if words else ()
        return Transcript(self.language or "en", max(duration, words[-1].end if words else 0.0), "fake",
                          segments, words, TranscriptPass.LIVE)

    def finish(self, timeout: float = 30.0) -> Transcript:
        self.finished = True
        if self.fail:
            from studio.services.transcription.live import LiveTranscriptionError

            raise LiveTranscriptionError("The live transcript was not ready 30 seconds after Stop.")
        return self._transcript()

    def cancel(self) -> None:
        self.cancelled = True

    def partial(self) -> Transcript:
        return self._transcript()


def sample_report(summary: str = "Good pace. One claim to fix.", *, rate: float = 150.0) -> Report:
    findings = (
        Finding(FindingKind.CLAIM, Severity.BLOCK, 2.0, 3.0, "Medical claim that platforms ban",
                quote="cures hair loss", suggestion="may help your hair look fuller"),
        Finding(FindingKind.PACE, Severity.WARNING, 5.0, 9.0, "You spoke fast here"),
    )
    return Report("en", {"pace_rate": rate, "word_count": 100.0, "pace_band_low": 120.0, "pace_band_high": 170.0},
                  findings, summary, TranscriptPass.LIVE)


@dataclass
class FakeRehearsal:
    """Stands in for studio.services.rehearsal.Rehearsal in widget tests: records the calls, answers at once."""

    report: Report = field(default_factory=sample_report)
    previous: Report | None = None
    fail_stop: str = ""
    calls: list[str] = field(default_factory=list)
    markers: list[float] = field(default_factory=list)
    session: Any = None
    on_cue: Any = None
    on_report: Any = None
    recording: bool = False
    store: Any = None  # a SessionStore: the worker then reads the instructor's comments on ``session_id``
    session_id: str = "s1"

    def prepare(self, language: str | None) -> None:
        self.calls.append("prepare")

    def start(self, script: Any, market: str, trainee: Any, *, script_path: Any = None) -> Any:
        self.calls.append(f"start:{market}")
        self.recording = True
        self.session = type("S", (), {"id": self.session_id, "script_id": "en-phone-case" if script else None})()
        return self.session

    def stop(self) -> Report:
        self.calls.append("stop")
        self.recording = False
        if self.fail_stop:
            from studio.services.rehearsal import RehearsalError

            raise RehearsalError(self.fail_stop)
        if self.on_report is not None:
            self.on_report(self.report)
        return self.report

    def cancel(self) -> None:
        self.calls.append("cancel")
        self.recording = False

    def elapsed(self) -> float:
        return 4.0

    def level_db(self) -> float | None:
        return -20.0 if self.recording else None

    def add_marker(self, seconds: float | None = None) -> float:
        moment = 4.0 if seconds is None else seconds
        self.markers.append(moment)
        return moment

    def previous_report(self, script_id: str | None, **_: Any) -> Report | None:
        return self.previous
