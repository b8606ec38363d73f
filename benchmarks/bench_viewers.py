"""Benchmark: scoring simulated viewer questions on a one-hour transcript (~9,000 words, one question a minute).

Target: under 50 ms for the whole hour (it runs inside the analysis the trainee waits for at Stop). Prints
milliseconds (median of repeated runs) and the ratio against a baseline measured in the same process (one pass
that reads every word's text and times).

    .venv/bin/python benchmarks/bench_viewers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pacing import one_hour_mandarin, one_hour_transcript, timed

from studio.core.model import Transcript
from studio.core.viewers import AskedQuestion, ViewerSchedule, load_pool, score_answers


def _asked(transcript: Transcript, language: str) -> list[AskedQuestion]:
    schedule = ViewerSchedule(load_pool(language), first_after=30.0, every=60.0, jitter=10.0, seed=1)
    now = 0.0
    while now < transcript.duration - 30:
        schedule.due(now)
        now += 0.5
    return schedule.asked


def bench(language: str, transcript: Transcript) -> None:
    asked = _asked(transcript, language)
    words = transcript.words
    print(f"{language}: {len(words)} words, {transcript.duration / 60:.1f} minutes, {len(asked)} questions")
    baseline = timed("baseline: read every word", lambda: sum(len(w.text) + w.start for w in words))
    scoring = timed("score every viewer question", lambda: score_answers(asked, transcript, language))
    _findings, metrics = score_answers(asked, transcript, language)
    print(f"ratio to baseline: {scoring / baseline:.1f}x; answered {metrics['viewer_answered']:.0f} of "
          f"{metrics['viewer_questions']:.0f}")


def main() -> None:
    bench("en", one_hour_transcript())
    bench("zh", one_hour_mandarin())


if __name__ == "__main__":
    main()
