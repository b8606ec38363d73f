"""Instructor review costs: library rows and transcript search over many sessions, opening a long review, and the
per-tick cost of following the spoken word during playback.

Run: ``.venv/bin/python benchmarks/bench_review.py [--sessions 300] [--words 1500]``. Prints numbers and ratios against
a baseline measured in the same process (a plain SQL LIKE over the same rows; one empty Qt event-loop pass).
Timings on a shared machine are noisy: compare ratios, not absolute values.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from studio.core.model import Report, Segment, SessionState, Trainee, Transcript, Word
from studio.services.library import library_rows, search_transcripts
from studio.services.store import SessionStore

VOCAB = ("giá hôm nay chỉ còn một trăm nghìn các bạn ơi sản phẩm này rất tốt cho da mua ngay kẻo lỡ "
         "price today only serum vitamin shipping free order now link below").split()


def _best(fn: object, repeat: int = 5) -> float:
    assert callable(fn)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def build(folder: Path, sessions: int, words: int) -> tuple[SessionStore, str]:
    rng = random.Random(7)
    store = SessionStore(folder / "studio.sqlite3")
    store.save_trainee(Trainee("lan", "Lan", "vi", "vi-VN"))
    last = ""
    for n in range(sessions):
        session = store.create_session("lan", language="vi")
        items = tuple(Word(rng.choice(VOCAB), i * 0.4, i * 0.4 + 0.3) for i in range(words))
        text = " ".join(w.text for w in items)
        store.save_transcript(session.id, Transcript("vi", words * 0.4, "bench", (Segment(0, words * 0.4, text),),
                                                     items))
        store.save_report(session.id, Report("vi", {"word_count": float(words), "pace_rate": 150.0 + n % 40}, (),
                                             "summary"))
        store.save_session(session.moved_to(SessionState.RECORDED, duration=words * 0.4))
        last = session.id
    # one session says a rare word, so the search has a single hit to find
    store.connection.execute("UPDATE transcripts SET json = replace(json, 'serum', 'zebra') WHERE session_id = ?",
                        (last,))
    return store, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--words", type=int, default=1500, help="words per transcript (1500 ≈ 10 minutes)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        store, rare = build(Path(tmp), args.sessions, args.words)
        print(f"built {args.sessions} sessions x {args.words} words in {time.perf_counter() - started:.1f} s")

        like = _best(lambda: store.connection.execute(
            "SELECT session_id FROM transcripts WHERE json LIKE ?", ("%zebra%",)).fetchall())
        rows = _best(lambda: library_rows(store))
        search = _best(lambda: search_transcripts(store, "ZEBRA"), repeat=3)
        assert search_transcripts(store, "zebra") == {rare}
        print(f"baseline SQL LIKE over the transcripts: {like * 1000:8.1f} ms")
        print(f"library_rows (all sessions + metrics):  {rows * 1000:8.1f} ms  ({rows / like:.1f}x baseline)")
        print(f"search_transcripts (case/accent-blind): {search * 1000:8.1f} ms  ({search / like:.1f}x baseline)")

        import ctypes
        import sys

        import PySide6
        from PySide6.QtWidgets import QApplication

        if PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12):
            # PySide6 6.12.0 drops a reference to None on every call of a method returning void; on Python 3.11
            # (None is not immortal) a few thousand calls abort the process. Make None's count unreachable.
            ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40

        app = QApplication([])
        loop = _best(lambda: app.processEvents())
        from studio.ui.review.review_window import ReviewWindow

        start = time.perf_counter()
        window = ReviewWindow(store, rare)
        window.show()
        app.processEvents()
        opened = time.perf_counter() - start
        print(f"open a review of {args.words} words:     {opened * 1000:8.1f} ms")

        ticks = [i * 0.05 for i in range(int(args.words * 0.4 / 0.05))]  # positionChanged every 50 ms
        start = time.perf_counter()
        for t in ticks:
            window._on_position(round(t * 1000))
        per_tick = (time.perf_counter() - start) / len(ticks)
        print(f"follow the word, per position tick:     {per_tick * 1e6:8.1f} us  "
              f"({per_tick / max(loop, 1e-9):.1f}x an empty event-loop pass of {loop * 1e6:.1f} us)")
        window.close()
        store.close()


if __name__ == "__main__":
    main()
