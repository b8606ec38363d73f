"""Exports benchmark: captions for a long transcript, the HTML and PDF report, and a bundle round trip with a large
recording. Prints seconds and throughput; the baseline for the bundle is a plain file copy of the same bytes in the
same process (so the ratio says what checking and hashing cost). Timings on a shared machine are noisy.

    .venv/bin/python benchmarks/bench_exports.py [--media-mb 200]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _timed(label: str, func, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"{label:<48} {seconds:8.3f} s")
    return result, seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--media-mb", type=int, default=200)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-exports-"))
    os.environ["STUDIO_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from studio.core.captions import build_cues, to_srt, to_webvtt
    from studio.core.model import Transcript, Word
    from studio.services.bundle import export_bundle, import_bundle
    from studio.services.exports import export_session
    from studio.services.store import SessionStore
    from tests.exports.conftest import add_sample_session

    try:
        # captions: one hour of speech at 150 words a minute
        words = tuple(Word(f" word{i}", i * 0.4, i * 0.4 + 0.3) for i in range(9000))
        long = Transcript("en", 3600.0, "base", words=words)
        cues, seconds = _timed("captions: build cues, 1 h / 9000 words", build_cues, long)
        print(f"  {len(cues)} cues, {len(words) / seconds:,.0f} words/s")
        _timed("captions: WebVTT + SRT text, 1 h", lambda: (to_webvtt(long, cues), to_srt(long, cues)))

        shared = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "speech"
        if not shared.is_dir():
            shared = Path("/work/shared/data/speech")
        store = SessionStore()
        sample = add_sample_session(store, shared)
        big = store.session_dir(sample.session_id) / "video.mp4"
        with big.open("wb") as handle:
            for _ in range(args.media_mb):
                handle.write(os.urandom(1024 * 1024))
        _timed("report: HTML", export_session, store, sample.session_id, "html", work / "r.html")
        _timed(
            "report: PDF (Qt, first call includes Qt start)",
            export_session,
            store,
            sample.session_id,
            "pdf",
            work / "r.pdf",
        )
        _timed("report: PDF (second call)", export_session, store, sample.session_id, "pdf", work / "r2.pdf")

        _, copy_seconds = _timed(f"baseline: copy {args.media_mb} MB", shutil.copyfile, big, work / "copy.bin")
        _, export_seconds = _timed(
            f"bundle: export with {args.media_mb} MB video", export_bundle, store, sample.session_id, work / "b.zip"
        )
        target = SessionStore(work / "other" / "studio.sqlite3")
        _, import_seconds = _timed("bundle: check + import", import_bundle, target, work / "b.zip")
        print(f"  export {args.media_mb / export_seconds:,.0f} MB/s ({export_seconds / copy_seconds:.1f}x a copy)")
        print(f"  import {args.media_mb / import_seconds:,.0f} MB/s ({import_seconds / copy_seconds:.1f}x a copy)")
        store.close()
        target.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
