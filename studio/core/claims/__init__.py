"""Banned and risky claims: rule packs per platform, market and product category, and a fast matcher.

Public API (the report composer and the ``check-claims`` command use these)::

    rules = load_packs("vi-VN")                       # market pack + TikTok platform pack
    rules.check_text("Kem này tốt nhất")              # -> [ClaimHit(...)]
    rules.check_text(text, fuzzy=True)                # + near misses as questions (ClaimHit.fuzzy, VERIFY-FACT)
    check_transcript(transcript, rules, product_category="health-food")   # -> [Finding(...)], fuzzy pass on
    missing_disclaimers(text, rules, "health-food")   # -> [Disclaimer(...)]
    market_rules("vi-VN")                             # every rule with its state (on/off, centre changes)

Packs are YAML files in ``assets/rules`` (see ``assets/rules/SCHEMA.md`` and ``docs/rules.md``). A training centre's
own changes (rules off, strictness, added phrases, its own rules) are an overlay per market in the user data folder
(:mod:`studio.core.claims.overlay`), merged by ``load_packs``; the shipped packs are never edited.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from studio.core.claims.loader import (
    Pack,
    RulePackError,
    check_market,
    default_rules_dir,
    load_pack_file,
    read_packs,
)
from studio.core.claims.matcher import FALLBACK_CONFIDENCE, ClaimHit, RuleSet
from studio.core.claims.overlay import (
    AddedPhrase,
    CentreRule,
    Disabled,
    Overlay,
    StrictnessChange,
    apply_overlay,
    no_overlay,
    overlay_path,
    read_overlay,
)
from studio.core.claims.rules import MARKETS, PRODUCT_CATEGORIES, Disclaimer, Rule, Strictness
from studio.core.claims.transcript import check_transcript, hit_to_finding, missing_disclaimers, timed_text

__all__ = [
    "FALLBACK_CONFIDENCE",
    "MARKETS",
    "PRODUCT_CATEGORIES",
    "ClaimHit",
    "Disclaimer",
    "MarketRules",
    "Overlay",
    "Rule",
    "RulePackError",
    "RuleSet",
    "RuleState",
    "Strictness",
    "check_market",
    "check_product_category",
    "check_transcript",
    "hit_to_finding",
    "load_pack_file",
    "load_packs",
    "market_rules",
    "missing_disclaimers",
    "overlay_path",
    "read_overlay",
    "timed_text",
]

_CACHE: dict[tuple[object, ...], tuple[tuple[object, object], RuleSet]] = {}
log = logging.getLogger(__name__)


def check_product_category(category: str | None) -> str | None:
    """``category`` if known (None stays None); otherwise a StudioError listing the known ones."""
    from studio.core.errors import StudioError

    if category is None or category in PRODUCT_CATEGORIES:
        return category
    raise StudioError(f"There is no product category '{category}'. Known categories: {', '.join(PRODUCT_CATEGORIES)}.")


def _gather(
    packs: tuple[Pack, ...], market: str, language: str, platform: bool
) -> tuple[list[Rule], list[Disclaimer], list[tuple[str, str]], set[str], frozenset[str]]:
    """The market's rules, disclaimers and exceptions from ``packs``; every shipped rule id; the platform rules' ids."""
    rules: list[Rule] = []
    disclaimers: list[Disclaimer] = []
    exceptions: list[tuple[str, str]] = []
    known: set[str] = set()
    platform_ids: set[str] = set()
    for pack in packs:
        known.update(rule.id for rule in pack.rules)
        if pack.kind == "platform" and not platform:
            continue
        mine = [r for r in pack.rules if market in r.markets and r.language == language]
        rules.extend(mine)
        if pack.kind == "platform":
            platform_ids.update(r.id for r in mine)
        disclaimers.extend(d for d in pack.disclaimers if market in d.markets and d.language == language)
        exceptions.extend(e for e in pack.exceptions if e[0] == language)
    return rules, disclaimers, exceptions, known, frozenset(platform_ids)


def _overlay(market: str, overlay: bool, overlay_dir: Path | None) -> Overlay:
    if not overlay:
        return no_overlay(market)
    return read_overlay(overlay_path(market, overlay_dir), market)


def load_packs(
    market: str,
    *,
    platform: bool = True,
    rules_dir: Path | None = None,
    overlay: bool = True,
    overlay_dir: Path | None = None,
) -> RuleSet:
    """The compiled rules for ``market`` (en-US, en-GB, vi-VN, zh-CN, id-ID), with platform packs unless off, and the
    training centre's overlay merged in (``overlay_dir``, default ``<user data folder>/centre-rules``; ``overlay=False``
    leaves it out).

    Raises StudioError for an unknown market and RulePackError (naming file and line) for a broken shipped pack. A bad
    overlay entry never stops the analysis: it is left out, logged, and listed in ``RuleSet.problems``.
    Compiled sets are cached until a pack or the overlay file changes.
    """
    language = check_market(market)
    folder = (rules_dir or default_rules_dir()).resolve()
    packs = read_packs(folder)
    centre = _overlay(market, overlay, overlay_dir)
    key = (market, platform, id(packs), id(centre))  # both readers return the same object until a file changes
    cached = _CACHE.get(key)
    if cached is not None and cached[0][0] is packs and cached[0][1] is centre:
        return cached[1]
    rules, disclaimers, exceptions, known, _platform_ids = _gather(packs, market, language, platform)
    rules, applied = apply_overlay(rules, centre, known)
    problems = (*centre.problems, *applied)
    for problem in problems:
        log.warning("centre rule overlay: %s", problem.spoken())
    ruleset = RuleSet(market, language, rules, disclaimers, exceptions, problems=problems)
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[key] = ((packs, centre), ruleset)  # holding them keeps their ids from being reused
    return ruleset


@dataclass(frozen=True, slots=True)
class RuleState:
    """One rule of a market as the centre sees it: as analyses use it, whether it is on, and the centre's entries."""

    rule: Rule  # with the centre's strictness and phrases applied
    enabled: bool
    platform: bool  # from a platform pack (TikTok) rather than the market's own
    disabled: Disabled | None = None
    strictness_change: StrictnessChange | None = None
    phrases: tuple[AddedPhrase, ...] = ()  # phrases the centre added
    centre_rule: CentreRule | None = None  # set when the centre wrote the whole rule


@dataclass(frozen=True, slots=True)
class MarketRules:
    """Every rule of a market with its state, the overlay, and the overlay's problems (file and line each)."""

    market: str
    language: str
    overlay: Overlay
    states: tuple[RuleState, ...]
    problems: tuple[RulePackError, ...]

    def state(self, rule_id: str) -> RuleState:
        for state in self.states:
            if state.rule.id == rule_id:
                return state
        raise KeyError(rule_id)

    @property
    def known_ids(self) -> frozenset[str]:
        return frozenset(state.rule.id for state in self.states)


def market_rules(
    market: str, *, platform: bool = True, rules_dir: Path | None = None, overlay_dir: Path | None = None
) -> MarketRules:
    """The market's rules (turned-off ones too) with the centre's changes, for the rule pack dialog and ``studio
    rules``."""
    language = check_market(market)
    packs = read_packs((rules_dir or default_rules_dir()).resolve())
    centre = _overlay(market, True, overlay_dir)
    rules, _disclaimers, _exceptions, known, platform_ids = _gather(packs, market, language, platform)
    merged, problems = apply_overlay(rules, centre, known, keep_disabled=True)
    disabled = {entry.rule_id: entry for entry in centre.disabled} if centre.usable else {}
    changes = {entry.rule_id: entry for entry in centre.strictness} if centre.usable else {}
    own = {entry.rule.id: entry for entry in centre.rules} if centre.usable else {}
    states = tuple(
        RuleState(
            rule=rule,
            enabled=rule.id not in disabled,
            platform=rule.id in platform_ids,
            disabled=disabled.get(rule.id),
            strictness_change=changes.get(rule.id),
            phrases=tuple(p for p in centre.phrases if p.rule_id == rule.id) if centre.usable else (),
            centre_rule=own.get(rule.id) if rule.centre else None,
        )
        for rule in merged
    )
    # The market's own rules, then the platform's, then the centre's (each in pack order).
    states = tuple(sorted(states, key=lambda s: (s.rule.centre, s.platform)))
    return MarketRules(market, language, centre, states, (*centre.problems, *problems))
