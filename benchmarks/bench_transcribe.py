"""Benchmark: the studio's file transcription against a plain faster-whisper call, same settings, same run.

    .venv/bin/python benchmarks/bench_transcribe.py [--runs 3] [--model base] [--fillers]

Prints RTF (seconds of compute per second of audio) of both, their ratio (target: the studio adds
≤ 5 %), WER of both against the reference, and the process's peak RSS. Both paths share one loaded
model, run alternately, and the median is reported: the machine is shared, so single runs are noisy.
``--fillers`` also measures the filler-preserving prompt (WER and filler counts on every English clip).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import sys
import time
from pathlib import Path

import jiwer

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from studio.core.asr_guard import normalise  # noqa: E402

JOINED = "joined-70s-five-pauses.wav"
JOINED_PARTS = (
    "librispeech-2412-153948-0000.flac",
    "jfk.flac",
    "mit-license-en-de.mp3",
    "ljspeech-LJ002-0020.wav",
    "ljspeech-LJ002-0035.wav",
    "wizard-left.wav",
)
FILLERS = frozenset({"um", "umm", "uh", "uhm", "hmm", "mm", "er", "erm", "ah", "like"})


def speech_dir() -> Path:
    """The shared real-speech folder (same search as tests/conftest.py)."""
    override = os.environ.get("STUDIO_SHARED_DIR")
    for candidate in ([Path(override)] if override else []) + [REPO.parent / "shared", Path("/work/shared")]:
        if (candidate / "data" / "speech").is_dir():
            return candidate / "data" / "speech"
    raise SystemExit("the shared speech data was not found; set STUDIO_SHARED_DIR")


def references(folder: Path) -> dict[str, str]:
    refs: dict[str, str] = {}
    for line in (folder / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 7 and re.search(r"\.(wav|flac|mp3)$", cells[1]):
            refs[cells[1]] = re.sub(r"\s*\(Mandarin.*$", "", cells[5].removeprefix("English part:").strip())
    refs[JOINED] = " ".join(refs[name] for name in JOINED_PARTS)
    return refs


def wer(reference: str, hypothesis: str) -> float:
    return float(jiwer.wer(normalise(reference), normalise(hypothesis) or "<empty>"))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def filler_count(text: str) -> int:
    return sum(1 for word in normalise(text).split() if word in FILLERS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default=None, help="base (default), tiny.en or a folder")
    parser.add_argument("--beam", type=int, default=5)
    parser.add_argument("--no-vad", action="store_true")
    parser.add_argument("--fillers", action="store_true", help="also measure the filler-preserving prompt")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from studio.services.transcription.models import resolve_model
    from studio.services.transcription.transcriber import FILLER_PROMPT, Transcriber, decode_media, load_whisper

    folder = speech_dir()
    refs = references(folder)
    path = folder / JOINED
    resolved = resolve_model(args.model)
    started = time.perf_counter()
    model = load_whisper(str(resolved.path), 2, "int8")
    seconds = time.perf_counter() - started
    print(f"model {resolved.name} ({resolved.source}) loaded in {seconds:.2f} s; cpu_threads=2 int8")
    studio = Transcriber(model, name=resolved.name, beam_size=args.beam)
    vad = not args.no_vad
    duration = len(decode_media(path)) / 16_000

    def plain() -> str:
        # What a caller of faster-whisper would write: decode the file, transcribe, consume the generator.
        segments, _info = model.transcribe(str(path), beam_size=args.beam, word_timestamps=True, vad_filter=vad)
        return " ".join(s.text.strip() for s in segments)

    def ours() -> str:
        return studio.transcribe_file(path, vad=vad).text

    times: dict[str, list[float]] = {"plain": [], "studio": []}
    cpu: dict[str, list[float]] = {"plain": [], "studio": []}
    texts: dict[str, str] = {}
    plain()  # warm-up (first call pays one-off allocations)
    for _ in range(args.runs):
        for name, job in (("plain", plain), ("studio", ours)):
            t0, c0 = time.perf_counter(), time.process_time()
            texts[name] = job()
            times[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
    rtf = {name: statistics.median(values) / duration for name, values in times.items()}
    cpu_rtf = {name: statistics.median(values) / duration for name, values in cpu.items()}
    print(f"file: {JOINED} ({duration:.1f} s), beam {args.beam}, VAD {vad}, {args.runs} runs each, medians")
    for name in ("plain", "studio"):
        spread = ", ".join(f"{t:.2f}" for t in times[name])
        print(
            f"  {name:7s} RTF {rtf[name]:.4f} wall, {cpu_rtf[name]:.4f} CPU (all threads)  (wall runs s: {spread})"
            f"  WER {wer(refs[JOINED], texts[name]):.4f}"
        )
    wall_ratio, cpu_ratio = rtf["studio"] / rtf["plain"], cpu_rtf["studio"] / cpu_rtf["plain"]
    print(f"  overhead ratio studio/plain: wall {wall_ratio:.3f}, CPU {cpu_ratio:.3f}")
    print("  (target <= 1.05; CPU time is the steadier number on a shared machine)")
    print(f"  peak RSS: {peak_rss_mb():.0f} MB")

    if args.fillers:
        print("\nfiller-preserving prompt (language en, same settings):")
        print(f"  prompt: {FILLER_PROMPT!r}")
        total = {False: [0, 0.0], True: [0, 0.0]}
        for name in (*JOINED_PARTS, JOINED):
            audio = decode_media(folder / name)
            if name.startswith("mit-license"):
                audio = audio[: int(29.8 * 16_000)]
            row = []
            for prompt in (False, True):
                text = studio.transcribe_audio(audio, language="en", vad=vad, filler_prompt=prompt).transcript.text
                w, f = wer(refs[name], text), filler_count(text)
                if name != JOINED:
                    total[prompt][0] += f
                row.append(f"{'with' if prompt else 'without'} prompt WER {w:.3f} fillers {f}")
                if w > 0.5:
                    row.append(f"text {text!r}")
            print(f"  {name:36s} " + " | ".join(row))
        print(f"  fillers over the six clips: without {total[False][0]}, with {total[True][0]} (reference: 0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
