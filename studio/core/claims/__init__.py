"""Banned and risky claims: rule packs per platform, market and product category, and a fast matcher.

Public API (the report composer and the ``check-claims`` command use these)::

    rules = load_packs("vi-VN")                       # market pack + TikTok platform pack
    rules.check_text("Kem này tốt nhất")              # -> [ClaimHit(...)]
    rules.check_text(text, fuzzy=True)                # + near misses as questions (ClaimHit.fuzzy, VERIFY-FACT)
    check_transcript(transcript, rules, product_category="health-food")   # -> [Finding(...)], fuzzy pass on
    missing_disclaimers(text, rules, "health-food")   # -> [Disclaimer(...)]

Packs are YAML files in ``assets/rules`` (see ``assets/rules/SCHEMA.md`` and ``docs/rules.md``).
"""

from __future__ import annotations

from pathlib import Path

from studio.core.claims.loader import (
    RulePackError,
    check_market,
    default_rules_dir,
    load_pack_file,
    read_packs,
)
from studio.core.claims.matcher import FALLBACK_CONFIDENCE, ClaimHit, RuleSet
from studio.core.claims.rules import MARKETS, PRODUCT_CATEGORIES, Disclaimer, Rule, Strictness
from studio.core.claims.transcript import check_transcript, hit_to_finding, missing_disclaimers, timed_text

__all__ = [
    "FALLBACK_CONFIDENCE",
    "MARKETS",
    "PRODUCT_CATEGORIES",
    "ClaimHit",
    "Disclaimer",
    "Rule",
    "RulePackError",
    "RuleSet",
    "Strictness",
    "check_market",
    "check_product_category",
    "check_transcript",
    "hit_to_finding",
    "load_pack_file",
    "load_packs",
    "missing_disclaimers",
    "timed_text",
]

_CACHE: dict[tuple[str, bool, int], tuple[object, RuleSet]] = {}


def check_product_category(category: str | None) -> str | None:
    """``category`` if known (None stays None); otherwise a StudioError listing the known ones."""
    from studio.core.errors import StudioError

    if category is None or category in PRODUCT_CATEGORIES:
        return category
    raise StudioError(f"There is no product category '{category}'. Known categories: {', '.join(PRODUCT_CATEGORIES)}.")


def load_packs(market: str, *, platform: bool = True, rules_dir: Path | None = None) -> RuleSet:
    """The compiled rules for ``market`` (en-US, en-GB, vi-VN, zh-CN, id-ID), with platform packs unless off.

    Raises StudioError for an unknown market and RulePackError (naming file and line) for a broken pack.
    Compiled sets are cached until a pack file changes.
    """
    language = check_market(market)
    folder = (rules_dir or default_rules_dir()).resolve()
    packs = read_packs(folder)
    key = (market, platform, id(packs))  # read_packs returns the same tuple until a file changes
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is packs:
        return cached[1]
    rules: list[Rule] = []
    disclaimers: list[Disclaimer] = []
    exceptions: list[tuple[str, str]] = []
    for pack in packs:
        if pack.kind == "platform" and not platform:
            continue
        rules.extend(r for r in pack.rules if market in r.markets and r.language == language)
        disclaimers.extend(d for d in pack.disclaimers if market in d.markets and d.language == language)
        exceptions.extend(e for e in pack.exceptions if e[0] == language)
    ruleset = RuleSet(market, language, rules, disclaimers, exceptions)
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[key] = (packs, ruleset)  # holding packs keeps its id from being reused
    return ruleset
