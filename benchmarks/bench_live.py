"""Benchmark: live transcription during a simulated rehearsal, fed at real-time pace like the recorder.

    .venv/bin/python benchmarks/bench_live.py [--seconds 300] [--rate 48000] [--block 1024] [--nice 10]

Real speech (the 70.6 s joined clip, looped with 2 s of silence between loops) is fed by a feeder
thread on an absolute real-time schedule in the recorder's block size. A "GUI" loop on the main thread
ticks every 16 ms. Printed: Stop → final transcript latency (target ≤ 2 s with base on 2 cores), WER
live vs an offline pass (target within 0.01), CPU share while recording, blocks that would have been
dropped (the feeder was late by more than one block, i.e. a real input overflow; must be 0), slowest
``feed()`` call, GUI tick lateness, and peak RSS during the live phase (target ≤ 1 GB).
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_transcribe import JOINED, peak_rss_mb, references, speech_dir, wer


def word_errors(reference: str, hypothesis: str) -> list[tuple[str, str, str]]:
    """(kind, reference words, hypothesis words) for every misaligned stretch."""
    import jiwer

    from studio.core.asr_guard import normalise

    out = jiwer.process_words(normalise(reference), normalise(hypothesis))
    ref, hyp = out.references[0], out.hypotheses[0]
    return [
        (c.type, " ".join(ref[c.ref_start_idx : c.ref_end_idx]), " ".join(hyp[c.hyp_start_idx : c.hyp_end_idx]))
        for c in out.alignments[0]
        if c.type != "equal"
    ]


@dataclass
class Run:
    """What the simulated recorder and GUI saw."""

    blocks: int = 0
    late_one_block: int = 0  # the writer woke more than one block late
    late_100ms: int = 0  # more than 100 ms late: beyond PortAudio's usual input buffer, a real overflow
    feed_times: list[float] = field(default_factory=list)
    tick_late: list[float] = field(default_factory=list)
    wall: float = 0.0

    def summary(self) -> str:
        feed = np.asarray(self.feed_times) * 1000
        tick = np.asarray(self.tick_late) * 1000
        return (
            f"blocks {self.blocks}, writer late >1 block {self.late_one_block}, late >100 ms {self.late_100ms}; "
            f"feed() max {feed.max():.2f} ms p99 {np.percentile(feed, 99):.3f} ms; "
            f"GUI 16 ms tick late max {tick.max():.1f} ms p99 {np.percentile(tick, 99):.1f} ms"
        )


def simulate(pcm: np.ndarray, sink: Callable[[np.ndarray, int], None], block: int, rate: int) -> Run:
    """Feed ``pcm`` to ``sink`` in real time from a writer thread while the main thread ticks like a GUI."""
    run = Run()
    block_seconds = block / rate
    done = threading.Event()

    def feeder() -> None:
        start = time.perf_counter()
        for index, i in enumerate(range(0, len(pcm), block)):
            due = start + (index + 1) * block_seconds  # a block is available once it has been "recorded"
            now = time.perf_counter()
            if now < due:
                time.sleep(due - now)
            elif now - due > 0.1:
                run.late_100ms += 1
            elif now - due > block_seconds:
                run.late_one_block += 1
            t0 = time.perf_counter()
            sink(pcm[i : i + block], rate)
            run.feed_times.append(time.perf_counter() - t0)
            run.blocks += 1
        done.set()

    wall0 = time.perf_counter()
    thread = threading.Thread(target=feeder, name="recorder-writer")
    thread.start()
    next_tick = time.perf_counter()
    while not done.is_set():
        next_tick += 0.016
        delay = next_tick - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        run.tick_late.append(max(0.0, time.perf_counter() - next_tick))
    thread.join()
    run.wall = time.perf_counter() - wall0
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0, help="length of the rehearsal (whole loops of 72.6 s)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--rate", type=int, default=48_000, help="the recorder's sample rate")
    parser.add_argument("--block", type=int, default=1024, help="samples per recorder block")
    parser.add_argument("--nice", type=int, default=10)
    parser.add_argument("--cpu-threads", type=int, default=1, help="the live worker's CTranslate2 threads")
    parser.add_argument("--min-pause", type=float, default=None)
    parser.add_argument("--baseline", type=float, default=30.0, help="seconds of feeding with no transcriber first")
    parser.add_argument("--end-in-silence", action="store_true", help="keep the 2 s pause after the last loop")
    parser.add_argument("--errors", action="store_true", help="print the word errors of both passes")
    parser.add_argument("--no-offline", action="store_true", help="skip the offline pass used for the WER comparison")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from studio.services.transcription.chunker import ChunkSettings, to_16k
    from studio.services.transcription.live import LiveTranscriber
    from studio.services.transcription.transcriber import Transcriber, decode_media

    folder = speech_dir()
    clip = decode_media(folder / JOINED)
    loops = max(1, math.floor((args.seconds + 1) / (len(clip) / 16_000 + 2.0)))
    gap = np.zeros(2 * 16_000, dtype=np.float32)
    audio16 = np.concatenate([np.concatenate([clip, gap]) for _ in range(loops)])
    if not args.end_in_silence:  # the trainee talks right up to Stop: the worst case for the tail
        audio16 = audio16[: -len(gap)]
    reference = " ".join([references(folder)[JOINED]] * loops)
    # The recorder's rate: repeat samples (16 → 48 kHz) so the live path must resample back.
    factor = args.rate // 16_000 if args.rate % 16_000 == 0 else None
    audio = np.repeat(audio16, factor) if factor else np.interp(
        np.arange(int(len(audio16) * args.rate / 16_000)) * 16_000 / args.rate, np.arange(len(audio16)), audio16
    ).astype(np.float32)
    pcm = (audio * 32767).astype(np.int16)
    seconds = len(pcm) / args.rate
    print(f"rehearsal: {loops} loop(s) of the joined clip = {seconds:.1f} s at {args.rate} Hz, blocks of {args.block}")

    settings = ChunkSettings() if args.min_pause is None else ChunkSettings(min_pause=args.min_pause)
    partial_times: list[float] = []
    live = LiveTranscriber(
        model=args.model,
        cpu_threads=args.cpu_threads,
        nice=args.nice,
        settings=settings,
        on_partial=lambda t: partial_times.append(time.perf_counter()),
    )

    if args.baseline > 0:  # the same feeder and GUI loop with nothing transcribing: the machine's own noise
        base = simulate(pcm[: int(args.baseline * args.rate)], lambda block, rate: None, args.block, args.rate)
        print(f"baseline (no transcription, {args.baseline:.0f} s): {base.summary()}")

    cpu0 = time.process_time()
    run = simulate(pcm, live.feed, args.block, args.rate)
    stop = time.perf_counter()
    cpu_recording = time.process_time() - cpu0
    wall_recording = run.wall
    print(f"with live transcription ({seconds:.0f} s):  {run.summary()}")
    transcript = live.finish(timeout=120)
    latency = time.perf_counter() - stop
    rss_live = peak_rss_mb()
    stats = live.stats

    print(f"Stop → final transcript: {latency:.2f} s (target ≤ 2 s); tail chunk decode {stats.tail_seconds:.2f} s")
    print(
        f"CPU while recording: {cpu_recording:.1f} s over {wall_recording:.1f} s wall = "
        f"{cpu_recording / wall_recording / os.cpu_count() * 100 if os.cpu_count() else 0:.0f} % of "
        f"{os.cpu_count()} cores (decode time {stats.decode_seconds:.1f} s)"
    )
    print(f"blocks fed {stats.blocks}; blocks lost inside the live transcriber: {run.blocks - stats.blocks}")
    print(
        f"chunks decoded {stats.chunks_decoded} (skipped silent {stats.chunks_skipped}), lengths s: "
        f"{stats.chunk_lengths}; max backlog {stats.max_backlog_seconds:.1f} s; partial updates {len(partial_times)}"
    )
    live_wer = wer(reference, transcript.text)
    if args.errors:
        print("live errors:", word_errors(reference, transcript.text))
    print(f"live WER {live_wer:.4f} ({len(transcript.words)} words, language {transcript.language})")
    print(f"peak RSS during the live phase: {rss_live:.0f} MB (target ≤ 1024 MB)")

    if not args.no_offline:
        offline = Transcriber(args.model)
        t0 = time.perf_counter()
        off = offline.transcribe_audio(to_16k(audio, args.rate) if factor is None else audio16)
        elapsed = time.perf_counter() - t0
        off_wer = wer(reference, off.transcript.text)
        if args.errors:
            print("offline errors:", word_errors(reference, off.transcript.text))
        print(
            f"offline (beam 5, VAD) WER {off_wer:.4f} in {elapsed:.1f} s (RTF {elapsed / seconds:.3f}); "
            f"live - offline = {live_wer - off_wer:+.4f} (target within 0.01)"
        )
        if len(partial_times) > 1:
            print(f"median time between partial updates: {statistics.median(np.diff(partial_times)):.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
