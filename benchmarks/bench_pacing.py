"""Benchmark: pacing, pauses, dead air, fillers and stutters on a one-hour transcript (~9,000 words).

Target: under 200 ms for pacing + fillers. Prints milliseconds (median of repeated runs) and the
ratio against a baseline measured in the same process (one pass that only reads every word's text
and times), so numbers from a busy machine can still be compared.

    .venv/bin/python benchmarks/bench_pacing.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import numpy as np

from studio.core.analysis import analyse
from studio.core.fillers import analyse_fillers, filler_findings
from studio.core.model import Transcript, Word
from studio.core.pacing import find_silences, measure_pace, pace_findings, pause_stats
from studio.core.voice import analyse_voice

VOCAB = (
    "this serum is really light and it keeps your skin soft all day the price today is only ninety nine "
    "thousand tap the basket to buy I like this one so much you will love it"
).split()
FILLERS = ("um", "uh", "so,", "like,", "you know,")


def one_hour_transcript(seed: int = 7) -> Transcript:
    """9,000 words at 150 wpm with fillers (~3 %), stutters, commas and a few long pauses."""
    rng = random.Random(seed)
    words: list[Word] = []
    clock = 0.0
    for _ in range(9000):
        roll = rng.random()
        text = rng.choice(FILLERS) if roll < 0.03 else rng.choice(VOCAB)
        if roll > 0.995 and words:
            text = words[-1].text  # a stutter
        gap = 4.0 if rng.random() < 0.002 else rng.uniform(0.02, 0.15)
        words.append(Word(text, round(clock, 3), round(clock + 0.3, 3)))
        clock += 0.3 + gap
    return Transcript("en", clock + 1.0, "bench", words=tuple(words))


ZH_VOCAB = "这款 面霜 非常 保湿 今天 价格 只要 九十九 元 点击 小黄车 下单 我们 的 产品 很好".split()
ZH_FILLERS = ("嗯", "那个，", "就是，", "然后，")


def one_hour_mandarin(seed: int = 7) -> Transcript:
    """About 13,000 characters (Whisper-style 1–3 character words) at ~220 characters a minute."""
    rng = random.Random(seed)
    words: list[Word] = []
    clock = 0.0
    for _ in range(6500):
        text = rng.choice(ZH_FILLERS) if rng.random() < 0.03 else rng.choice(ZH_VOCAB)
        words.append(Word(text, round(clock, 3), round(clock + 0.45, 3)))
        clock += 0.45 + rng.uniform(0.02, 0.15)
    return Transcript("zh", clock + 1.0, "bench", words=tuple(words))


def timed(label: str, fn: Callable[[], object], repeat: int = 15) -> float:
    fn()  # warm caches (regex compilation, imports)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000.0)
    median = statistics.median(runs)
    print(f"{label:<44} {median:8.2f} ms  (min {min(runs):.2f})")
    return median


def main() -> None:
    transcript = one_hour_transcript()
    words = transcript.words
    print(f"transcript: {len(words)} words, {transcript.duration / 60:.1f} minutes")

    def baseline() -> object:
        return sum(len(w.text) + w.start + w.end for w in words)

    def pacing() -> object:
        result = measure_pace(transcript)
        return pace_findings(result, transcript, "en"), find_silences(transcript), pause_stats(words)

    def fillers() -> object:
        result = analyse_fillers(words, "en", word_count=len(words), minutes=transcript.duration / 60)
        return filler_findings(result, "en")

    def both() -> object:
        return pacing(), fillers()

    base = timed("baseline (read every word once)", baseline)
    timed("pacing + windows + silences + pauses", pacing)
    timed("fillers + stutters + grouped findings", fillers)
    total = timed("pacing + fillers (target < 200 ms)", both)
    full = timed("analyse() whole pipeline, no audio/claims", lambda: analyse(transcript), repeat=5)
    print(f"ratio pacing+fillers / baseline: {total / base:.1f}x; analyse / baseline: {full / base:.1f}x")
    print("PASS" if total < 200 else "SLOW", f"pacing + fillers {total:.1f} ms for {len(words)} words")

    zh = one_hour_mandarin()

    def zh_both() -> object:
        result = measure_pace(zh)
        fill = analyse_fillers(zh.words, "zh", word_count=result.units, minutes=zh.duration / 60)
        return pace_findings(result, zh, "zh"), filler_findings(fill, "zh")

    zh_total = timed(f"Mandarin: pacing + fillers ({len(zh.words)} words)", zh_both)
    print("PASS" if zh_total < 200 else "SLOW", f"Mandarin pacing + fillers {zh_total:.1f} ms")

    # Voice (not part of the 200 ms target): ten minutes of a pitch-sweeping tone at 16 kHz.
    rate = 16000
    t = np.arange(rate * 600) / rate
    chirp = (0.3 * np.sin(2 * np.pi * np.cumsum(120.0 * 2.0 ** ((t % 4.0) / 4.0)) / rate)).astype(np.float32)
    voice_ms = timed("voice on 10 minutes of audio", lambda: analyse_voice(chirp, rate), repeat=3)
    print(f"voice: {voice_ms / 600:.2f} ms per second of audio ({voice_ms / 600 / 1000:.4f} x real time)")


if __name__ == "__main__":
    main()
