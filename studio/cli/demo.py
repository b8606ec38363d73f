"""``studio demo``: analyse a bundled sample rehearsal, print the report, write the spoken summary to a WAV."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Analyse the bundled sample rehearsal, print the report and write the spoken summary to a WAV."

LANGUAGES = ("en", "vi", "zh", "id")  # studio.services.demo.DEMO_LANGUAGES, kept here so --help stays fast

SAMPLES = {
    "en": "a 33-second phone-case pitch in English",
    "vi": "a 37-second Vietnamese coffee pitch, synthetic voice",
    "zh": "a 37-second Mandarin hotpot-base pitch, transcript only: no Mandarin voice to synthesise the audio",
    "id": "a 50-second Indonesian serum pitch, synthetic voice",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("out"), help="folder for demo-summary.wav (default: out)")
    parser.add_argument(
        "--language",
        default="en",
        choices=LANGUAGES,
        help="which sample rehearsal: en English, vi Vietnamese, zh Mandarin (a transcript), id Indonesian "
        "(default: en)",
    )
    parser.add_argument("--model", help="speech model name or folder (default: the embedded base model)")
    parser.add_argument("--no-speech", action="store_true", help="do not write the spoken summary")


def run(args: argparse.Namespace) -> int:
    from studio.services.demo import format_report, run_demo

    print(f"Analysing the sample rehearsal ({SAMPLES[args.language]})…", flush=True)
    result = run_demo(args.out, language=args.language, model=args.model, speak=not args.no_speech)
    if result.transcript is not None:
        heading = "The sample's transcript" if result.transcript_only else "What was heard"
        print(f"\n{heading}:\n" + result.transcript.text)
        if result.error_rate is not None and not result.transcript_only:
            print(f"({result.error_rate_name} against the sample's text: {result.error_rate:.2f})")
    if result.report is not None:
        print("\nFeedback:\n" + format_report(result.report))
    if result.summary_wav is not None:
        print(f"\nThe spoken summary is in {result.summary_wav}")
    for note in result.notes:
        print(f"Note: {note}")
    for problem in result.problems:
        print(f"Problem: {problem}")
    return 0 if result.ok else 1
