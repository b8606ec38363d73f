"""``studio demo``: analyse the bundled sample rehearsal, print the report, write the spoken summary to a WAV."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Analyse the bundled sample rehearsal, print the report and write the spoken summary to a WAV."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("out"), help="folder for demo-summary.wav (default: out)")
    parser.add_argument("--language", default="en", help="which sample rehearsal (default: en)")
    parser.add_argument("--model", help="speech model name or folder (default: the embedded base model)")
    parser.add_argument("--no-speech", action="store_true", help="do not write the spoken summary")


def run(args: argparse.Namespace) -> int:
    from studio.services.demo import format_report, run_demo

    print("Analysing the sample rehearsal (a 33-second phone-case pitch)…", flush=True)
    result = run_demo(args.out, language=args.language, model=args.model, speak=not args.no_speech)
    if result.transcript is not None:
        print("\nWhat was heard:\n" + result.transcript.text)
    if result.report is not None:
        print("\nFeedback:\n" + format_report(result.report))
    if result.summary_wav is not None:
        print(f"\nThe spoken summary is in {result.summary_wav}")
    for problem in result.problems:
        print(f"Problem: {problem}")
    return 0 if result.ok else 1
