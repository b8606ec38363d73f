"""``studio doctor``: check devices, libraries, voices and the model; exit non-zero if something required is missing."""

from __future__ import annotations

import argparse
import json

HELP = "Check that everything the studio needs is present, and say how to fix what is not."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--check-voices",
        action="store_true",
        help="measure this computer's voices for every feedback language now (about a minute)",
    )


def run(args: argparse.Namespace) -> int:
    from studio.services.doctor import format_report, run_checks

    results = run_checks(check_voices=getattr(args, "check_voices", False))
    if args.json:
        print(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
    else:
        print(format_report(results))
    return 1 if any(not r.ok and r.required for r in results) else 0
