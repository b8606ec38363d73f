"""The real path of one rehearsal: the real Recorder on a PulseAudio virtual microphone hearing jfk.flac (sound
only, as on a machine with no camera), the real LiveTranscriber with the embedded tiny.en model, the real SQLite
store and the real analysis. About 20 s."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from studio.core.model import SessionState, TranscriptPass
from studio.services.capture.audio import Microphone
from studio.services.capture.recorder import Recorder
from studio.services.rehearsal import Rehearsal
from studio.services.store import SessionStore
from studio.services.transcription.live import LiveTranscriber
from tests.support.pulse import PulseSession, pulse_available
from tests.transcription.speech import references, wer

pytestmark = [pytest.mark.slow, pytest.mark.audio]


def test_a_real_rehearsal_on_the_virtual_microphone_is_saved_analysed(speech_dir: Path, tmp_path: Path) -> None:
    """JFK played into the virtual mic during a rehearsal: the session ends ANALYSED with an MP4 in its folder,
    the live transcript's WER against the reference is at most 0.25, and the report is in the store."""
    if not pulse_available():
        pytest.skip("PulseAudio is not installed")
    store = SessionStore(tmp_path / "studio.db")
    trainee = store.ensure_default_trainee()
    lives: list[LiveTranscriber] = []

    def live_factory(language: str | None) -> LiveTranscriber:
        lives.append(LiveTranscriber(model="tiny.en", language=language))
        return lives[-1]

    def recorder_factory(folder: Path) -> Recorder:
        return Recorder(folder, microphone=Microphone(), camera=None, out=folder / "recording.mp4")

    rehearsal = Rehearsal(store, recorder_factory=recorder_factory, live_factory=live_factory)
    with PulseSession() as pulse, pulse.activated():
        rehearsal.prepare("en")  # the model loads as it would during the countdown
        session = rehearsal.start(None, "en-US", trainee)
        player = pulse.play(speech_dir / "jfk.flac", latency_msec=300)
        player.wait(30)
        time.sleep(1.0)  # the end of the sentence reaches the microphone
        stopped = time.perf_counter()
        report = rehearsal.stop()
        stop_seconds = time.perf_counter() - stopped

    saved = store.get_session(session.id)
    assert saved is not None and saved.state is SessionState.ANALYSED
    assert saved.media.final == "recording.mp4"
    assert (store.session_dir(session.id) / "recording.mp4").stat().st_size > 10_000
    assert 11.0 <= saved.duration <= 20.0
    transcript = store.load_transcript(session.id, TranscriptPass.LIVE)
    assert transcript is not None
    error = wer(references(speech_dir)["jfk.flac"], transcript.text)
    print(f"\nlive WER vs the JFK reference: {error:.3f}; stop → report {stop_seconds:.2f} s; "
          f"chunks decoded {lives[-1].stats.chunks_decoded}; text: {transcript.text!r}")
    assert error <= 0.25, transcript.text
    loaded = store.load_report(session.id)
    assert loaded is not None and loaded.summary == report.summary and report.metrics["word_count"] >= 15
    store.close()
