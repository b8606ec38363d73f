"""Benchmark: Stop → first spoken word of feedback, for a whole rehearsal through the real workflow.

    .venv/bin/python benchmarks/bench_stop_latency.py [--seconds 300] [--model base] [--no-baseline]

Real speech (the shared 70.6 s joined clip, looped with 2 s of silence) is replayed at real-time pace by a
recorder stand-in (tests/workflow/fakes.py ``ReplayRecorder``: 480-sample blocks at 48 kHz, like the real
recorder's writer thread; at Stop it muxes the sound into an MP4 with the real ffmpeg mux) into the real
LiveTranscriber, inside the real Rehearsal (real SQLite store, real analysis), driven by the real
WorkflowController on an offscreen MainWindow. Printed: the time from the Stop key to the summary being handed
to the speech service (target ≤ 2 s), the live tail, when the recording files were done; and, as the
same-process baseline, an offline pass over the same audio (what Stop would cost without live transcription).
The machine is shared with other jobs: numbers are noisy.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, ClassVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402


def speech_dir() -> Path:
    for candidate in (ROOT.parent / "shared" / "data" / "speech", Path("/work/shared/data/speech")):
        if candidate.is_dir():
            return candidate
    raise SystemExit("the shared speech data is missing")


def looped_speech(seconds: float, rate: int = 48000) -> np.ndarray:
    from tests.workflow.fakes import load_speech

    clip = load_speech(speech_dir() / "joined-70s-five-pauses.wav", rate)
    gap = np.zeros(2 * rate, dtype=np.float32)
    parts: list[np.ndarray] = []
    total = 0
    while total < seconds * rate:
        parts.extend((clip, gap))
        total += len(clip) + len(gap)
    return np.concatenate(parts)[: int(seconds * rate)]


class TimedSpeech:
    """A speech service stand-in that notes when each text was handed over."""

    def __init__(self) -> None:
        self.said: list[tuple[float, str]] = []

    def say(self, text: str, *, language: str, priority: Any) -> None:
        self.said.append((time.perf_counter(), text))

    def interrupt(self) -> None:
        pass

    def repeat_last(self) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0, help="length of the rehearsal (default 300)")
    parser.add_argument("--model", default="base", help="live model (default base)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the offline pass")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-stop-"))
    os.environ.setdefault("STUDIO_DATA_DIR", str(work / "data"))
    os.environ.setdefault("STUDIO_CONFIG_DIR", str(work / "config"))

    from studio.ui.app import guard_none_refcount

    guard_none_refcount()  # PySide6 6.12 + Python 3.11 drop a None reference per Qt call (see its docstring)
    from PySide6.QtWidgets import QApplication

    from studio.services.rehearsal import Rehearsal
    from studio.services.settings import Settings
    from studio.services.store import SessionStore
    from studio.services.transcription.live import LiveTranscriber
    from studio.ui.actions import ActionRegistry
    from studio.ui.app import build_main_window
    from studio.ui.workflow import WorkflowController
    from tests.workflow.fakes import ReplayRecorder

    app = QApplication.instance() or QApplication([])
    audio = looped_speech(args.seconds)
    store = SessionStore(work / "studio.db")
    trainee = store.ensure_default_trainee()
    lives: list[LiveTranscriber] = []
    recorders: list[ReplayRecorder] = []

    def live_factory(language: str | None) -> LiveTranscriber:
        lives.append(LiveTranscriber(model=args.model, language=language))
        return lives[-1]

    def recorder_factory(folder: Path) -> ReplayRecorder:
        recorders.append(ReplayRecorder(folder, audio, speed=1.0, mux=True))
        return recorders[-1]

    class TimedRehearsal(Rehearsal):
        marks: ClassVar[dict[str, float]] = {}

        def _analyse(self, transcript: Any) -> Any:
            self.marks["tail_done"] = time.perf_counter()
            return super()._analyse(transcript)

    rehearsal = TimedRehearsal(store, recorder_factory=recorder_factory, live_factory=live_factory)
    speech = TimedSpeech()
    settings = Settings(work / "config" / "settings.json")
    settings.set("record.preflight", False)  # the latency measured is stop → first word, not the pre-flight
    window = build_main_window(registry=ActionRegistry(path=work / "keys.json"), settings=settings,
                               appearance=None, speech=speech)
    controller = WorkflowController(window, rehearsal, trainee=trainee, countdown=0)
    window.show()

    print(f"rehearsal: {args.seconds:.0f} s of real speech at real-time pace, live model {args.model}")
    controller.toggle()
    deadline = time.monotonic() + 120
    while not window.is_recording and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not window.is_recording:
        print("the rehearsal did not start")
        return 1
    while not recorders[-1].done.is_set():
        app.processEvents()
        time.sleep(0.02)
    controller.toggle()  # Stop, as the F5 key does
    controller.wait_idle(600)
    latency = controller.stop_latencies[-1] if controller.stop_latencies else float("nan")
    outcome = rehearsal.outcome
    stats = lives[-1].stats
    started = rehearsal.stop_started
    print(f"Stop → summary handed to speech: {latency:.2f} s (target ≤ 2 s)")
    if "tail_done" in rehearsal.marks:
        print(f"  Rehearsal.stop → live transcript ready: {rehearsal.marks['tail_done'] - started:.2f} s "
              f"(tail decode {stats.tail_seconds:.2f} s)")
    print(f"  live: {stats.chunks_decoded} chunks decoded, {stats.seconds_received:.1f} s received, "
          f"max backlog {stats.max_backlog_seconds:.1f} s, decode time {stats.decode_seconds:.1f} s")
    if recorders and recorders[-1].stopped_at:
        print(f"  recording files finished {recorders[-1].stopped_at - started:.2f} s after Stop "
              "(in parallel with the transcript tail and analysis)")
    if outcome is not None:
        print(f"  words {len(outcome.transcript.words)}, findings {len(outcome.report.findings)}")
        print(f"  summary: {outcome.report.summary}")
    if not args.no_baseline:
        from studio.services.transcription.transcriber import Transcriber

        sixteen = audio[::3].astype(np.float32)
        began = time.perf_counter()
        Transcriber(args.model, beam_size=1).transcribe_audio(sixteen, language="en", vad=False)
        offline = time.perf_counter() - began
        print(f"baseline: offline pass over the same audio after Stop: {offline:.2f} s; "
              f"live workflow is {offline / latency:.1f}× faster to first feedback")
    controller.shutdown(30)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
