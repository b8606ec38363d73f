"""``studio check-claims``: find banned and risky claims in text, one utterance per line.

Reads stdin, writes exactly one JSON object per input line, in order::

    {"line": 1, "text": "...", "findings": [{"rule": "...", "category": "...", "strictness": "BLOCK",
     "quote": "...", "explanation": "...", "suggestion": "..."}]}

Findings of the fuzzy second pass (near misses of a banned phrase, asked as a question) carry ``"fuzzy": true``,
strictness VERIFY-FACT and the ``"phrase"`` they sounded like; ``--no-fuzzy`` turns that pass off.

Each output line is written whole in one call, so pipes never see half a line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.core.claims import ClaimHit

HELP = "Check text for banned or risky sales claims: reads one utterance per line, prints one JSON line each."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--market", required=True, metavar="CODE", help="market rules to use: en-US, en-GB, vi-VN, zh-CN or id-ID"
    )
    parser.add_argument(
        "--category",
        metavar="CODE",
        default=None,
        help="product category (for example cosmetics, health-food, supplement, medicine); default: check every rule",
    )
    parser.add_argument(
        "--platform",
        choices=("tiktok", "none"),
        default="tiktok",
        help="platform rules on top of the market (default tiktok)",
    )
    parser.add_argument(
        "--english",
        action="store_true",
        help="give explanations and suggestions in English instead of the market language",
    )
    parser.add_argument(
        "--no-fuzzy",
        action="store_true",
        help="exact phrases only: skip the second pass that asks about words that sound like a banned claim",
    )
    parser.add_argument(
        "--rules-dir", type=Path, default=None, metavar="FOLDER", help="read rule packs from this folder instead"
    )


def run(args: argparse.Namespace) -> int:
    import io
    import json
    import sys

    from studio.core.claims import check_product_category, load_packs

    category = check_product_category(args.category)
    rules = load_packs(args.market, platform=args.platform != "none", rules_dir=args.rules_dir)
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline=None)
    binary = getattr(sys.stdout, "buffer", None)
    for number, raw in enumerate(stdin, start=1):
        text = raw.rstrip("\r\n")
        findings = [
            _record(hit, english=args.english)
            for hit in rules.check_text(text, product_category=category, fuzzy=not args.no_fuzzy)
        ]
        line = json.dumps({"line": number, "text": text, "findings": findings}, ensure_ascii=False) + "\n"
        if binary is not None:
            binary.write(line.encode("utf-8"))  # one write per line: a pipe never sees half a record
        else:
            sys.stdout.write(line)
    sys.stdout.flush()
    return 0


def _record(hit: ClaimHit, *, english: bool) -> dict[str, object]:
    """One finding as JSON; fuzzy hits say so and name the phrase they sounded like."""
    record: dict[str, object] = {
        "rule": hit.rule_id,
        "category": hit.category,
        "strictness": hit.strictness.value,
        "quote": hit.quote,
        "explanation": hit.explanation_en if english else hit.explanation,
        "suggestion": hit.suggestion_en if english else hit.suggestion,
        "confidence": hit.confidence,
    }
    if hit.fuzzy:
        record["fuzzy"] = True
        record["phrase"] = hit.phrase
    return record
