"""``studio rules MARKET``: list a market's claim rules with the centre's changes, or change one, headless.

    studio rules vi-VN --list [--json]
    studio rules vi-VN --disable RULE --reason "Our centre sells only cosmetics registered for this"
    studio rules vi-VN --enable RULE [--reason TEXT]
    studio rules vi-VN --add-phrase RULE "trị thâm" [--reason TEXT]
    studio rules vi-VN --severity RULE NEEDS-EVIDENCE --reason TEXT

Changes go to the centre's overlay in the user data folder (``studio.services.centre_rules``), never to the shipped
packs; every analysis after that uses them. ``--json`` prints one JSON object (keys in English, messages in the
interface language). Exit codes: 0 done (also when the rule already was so: ``"changed": false``), 2 refused (the
message says why). Problems in the overlay file are listed (``"problems"``, or on stderr) with the file and line.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio.core.claims import MarketRules
    from studio.services.centre_rules import Change

HELP = "List a market's banned-claim rules with the centre's changes, or turn one off or on, or add a phrase."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("market", metavar="MARKET", help="en-US, en-GB, vi-VN, zh-CN or id-ID")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list the rules and their state (the default)")
    action.add_argument("--disable", metavar="RULE", help="turn a rule off for this centre (needs --reason)")
    action.add_argument("--enable", metavar="RULE", help="turn a rule the centre had turned off back on")
    action.add_argument("--add-phrase", nargs=2, metavar=("RULE", "PHRASE"), help="add a phrase to a rule")
    action.add_argument(
        "--severity", nargs=2, metavar=("RULE", "LEVEL"), help="BLOCK, NEEDS-EVIDENCE or VERIFY-FACT (needs --reason)"
    )
    parser.add_argument("--reason", metavar="TEXT", default="", help="why the centre makes this change")
    parser.add_argument("--by", metavar="NAME", default="", help="who makes the change (kept in the file's history)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    from studio.core.claims import check_market
    from studio.services import centre_rules

    check_market(args.market)
    change: Change | None = None
    if args.disable:
        change = centre_rules.disable_rule(args.market, args.disable, args.reason, by=args.by)
    elif args.enable:
        change = centre_rules.enable_rule(args.market, args.enable, args.reason, by=args.by)
    elif args.add_phrase:
        rule_id, phrase = args.add_phrase
        change = centre_rules.add_phrase(args.market, rule_id, phrase, args.reason, by=args.by)
    elif args.severity:
        rule_id, level = args.severity
        change = centre_rules.set_strictness(args.market, rule_id, level, args.reason, by=args.by)
    if change is not None:
        _print_change(change, as_json=args.json)
    else:
        _print_list(centre_rules.load(args.market), as_json=args.json)
    sys.stdout.flush()
    return 0


def _print_change(change: Change, *, as_json: bool) -> None:
    from studio.services.centre_rules import describe_change

    message = describe_change(change)
    if as_json:
        record = {
            "market": change.market,
            "change": change.kind,
            "rule": change.rule_id,
            "changed": change.changed,
            "revision": change.revision,
            "file": str(change.path),
            "reason": change.reason,
            "detail": change.detail,
            "message": message,
            "warnings": list(change.warnings),
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return
    print(message)
    for warning in change.warnings:
        print(warning)


def _print_list(rules: MarketRules, *, as_json: bool) -> None:
    from studio.core.i18n import tr
    from studio.services.centre_rules import describe_rule

    overlay = rules.overlay
    problems = [
        {"file": str(p.path) if p.path else overlay.path, "line": p.line, "message": p.message, "text": p.spoken()}
        for p in rules.problems
    ]
    if as_json:
        rows: list[dict[str, Any]] = []
        for state in rules.states:
            rule = state.rule
            rows.append(
                {
                    "id": rule.id,
                    "enabled": state.enabled,
                    "strictness": rule.strictness.value,
                    "shipped_strictness": rule.shipped_strictness.value if rule.shipped_strictness else None,
                    "category": rule.category,
                    "origin": rule.origin,
                    "platform": state.platform,
                    "disabled_reason": state.disabled.reason if state.disabled else None,
                    "strictness_reason": state.strictness_change.reason if state.strictness_change else None,
                    "centre_phrases": [{"phrase": p.phrase, "reason": p.reason} for p in state.phrases],
                    "phrase_count": sum(1 for p in rule.patterns if not p.is_regex),
                    "explanation": rule.explanation,
                    "explanation_en": rule.explanation_en,
                    "suggestion": rule.suggestion,
                    "suggestion_en": rule.suggestion_en,
                    "description": describe_rule(state),
                }
            )
        document = {
            "market": rules.market,
            "language": rules.language,
            "overlay": {
                "file": overlay.path,
                "exists": overlay.exists,
                "usable": overlay.usable,
                "revision": overlay.revision,
                "updated": overlay.updated,
            },
            "rules": rows,
            "problems": problems,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return
    off = sum(1 for state in rules.states if not state.enabled)
    if overlay.exists:
        print(
            tr("{market}: {count} rules, {off} off. Centre file: {file} (revision {revision}).").format(
                market=rules.market, count=len(rules.states), off=off, file=overlay.path, revision=overlay.revision
            )
        )
    else:
        print(
            tr("{market}: {count} rules as shipped; the centre has changed nothing yet.").format(
                market=rules.market, count=len(rules.states)
            )
        )
    for state in rules.states:
        print(describe_rule(state))
    for problem in rules.problems:
        print(tr("Problem in the centre's rule file: {problem}").format(problem=problem.spoken()), file=sys.stderr)
