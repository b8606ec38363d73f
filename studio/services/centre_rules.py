"""Change the training centre's rule overlay: turn a rule off or on, change its strictness, add a phrase, add a rule.

The overlay is one YAML file per market in ``<user data folder>/centre-rules/`` (format and merging:
:mod:`studio.core.claims.overlay`); the shipped packs are never edited. Every change here:

* is checked first (the rule exists for the market, a reason is given where one is needed, the phrase is long
  enough, the new rule is complete) and refused with a :class:`StudioError` saying what to fix;
* reads the file again just before changing it, changes only its own entry, and keeps every other entry as it was,
  including entries the studio cannot use (an instructor fixes those by hand: they are never thrown away);
* is written to a temporary file, read back with the same loader the analysis uses, and only then moved over the
  overlay in one step, so a crash or a bad change never leaves a half-written or broken file;
* adds one to ``revision`` and a line to ``history`` (when, who, what, why).

A file that cannot be read at all (not YAML, a newer schema, another market) is never overwritten: the change is
refused with the file's own problem, so the instructor can fix it first.

The rule pack dialog (``studio.ui.review.rules_dialog``) and ``studio rules`` both go through here.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from studio.core.claims import MarketRules, RuleState, load_packs, market_rules
from studio.core.claims.normalise import normalise_pattern
from studio.core.claims.overlay import (
    CENTRE_ID_PREFIX,
    OVERLAY_SCHEMA_VERSION,
    SECTIONS,
    Overlay,
    check_phrase,
    overlay_path,
    parse_overlay,
    read_overlay,
)
from studio.core.claims.rules import CLAIM_CATEGORIES, Strictness
from studio.core.errors import StudioError
from studio.core.i18n import tr, tr_noop
from studio.core.textnorm import strip_diacritics

__all__ = [
    "Change",
    "add_phrase",
    "add_rule",
    "category_name",
    "describe_change",
    "describe_details",
    "describe_rule",
    "disable_rule",
    "enable_rule",
    "load",
    "parse_strictness",
    "set_strictness",
    "strictness_name",
]

_HEADER = (
    "# The training centre's changes to the shipped {market} claim rules (Rehearsal Studio).\n"
    "# The shipped packs are never edited; the studio merges this file into every analysis.\n"
    "# Change it in the review window (Rule pack) or with `studio rules {market}`; the format is described in\n"
    "# docs/design/review.md. Saving from the studio rewrites this file (comments other than these are not kept).\n"
)
_TOP_ORDER = ("schema", "market", "revision", "updated", *SECTIONS)


@dataclass(frozen=True, slots=True)
class Change:
    """What one call did: ``changed`` is False when the rule was already so (nothing written)."""

    kind: str  # "disable", "enable", "strictness", "phrase", "rule"
    market: str
    rule_id: str
    changed: bool
    revision: int
    path: Path
    reason: str = ""
    detail: str = ""  # the new strictness, or the added phrase
    warnings: tuple[str, ...] = ()  # in the interface language, e.g. a phrase the pack never flags


# --------------------------------------------------------------------------- where


def load(market: str, *, platform: bool = True) -> MarketRules:
    """Every rule of ``market`` (turned-off ones too) with its state and the centre's changes."""
    return market_rules(market, platform=platform)


def parse_strictness(value: str) -> Strictness:
    """``block``, ``needs-evidence``, ``NEEDS_EVIDENCE``… → a Strictness; anything else is a StudioError."""
    cleaned = value.strip().upper().replace("_", "-").replace(" ", "-")
    try:
        return Strictness(cleaned)
    except ValueError:
        raise StudioError(
            tr("'{value}' is not a strictness; use BLOCK, NEEDS-EVIDENCE or VERIFY-FACT").format(value=value)
        ) from None


# --------------------------------------------------------------------------- the changes


def _need_reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise StudioError(tr("Give the reason for this change: the next instructor will want to know why."))
    return text


def _rules_with(market: str, rule_id: str) -> MarketRules:
    rules = load(market)
    if rule_id not in rules.known_ids:
        raise StudioError(
            tr("The market {market} has no rule '{rule}'. List its rules with: studio rules {market} --list").format(
                market=market, rule=rule_id
            )
        )
    return rules


def disable_rule(market: str, rule_id: str, reason: str, *, by: str = "") -> Change:
    """Turn a rule off for every analysis of ``market``, with the instructor's reason."""
    reason = _need_reason(reason)
    state = _rules_with(market, rule_id).state(rule_id)
    if not state.enabled:
        return _unchanged("disable", market, rule_id)
    entry = _entry({"rule": rule_id, "reason": reason}, by)
    revision = _edit(market, lambda data: _section(data, "disabled").append(entry), "disable", rule_id, reason, by)
    return Change("disable", market, rule_id, True, revision, overlay_path(market), reason)


def enable_rule(market: str, rule_id: str, reason: str = "", *, by: str = "") -> Change:
    """Turn a rule the centre had turned off back on (the reason is optional but kept in the history)."""
    state = _rules_with(market, rule_id).state(rule_id)
    if state.enabled:
        return _unchanged("enable", market, rule_id)

    def mutate(data: dict[str, Any]) -> None:
        entries = _section(data, "disabled")
        entries[:] = [e for e in entries if not (isinstance(e, dict) and e.get("rule") == rule_id)]

    revision = _edit(market, mutate, "enable", rule_id, reason.strip(), by)
    return Change("enable", market, rule_id, True, revision, overlay_path(market), reason.strip())


def set_strictness(market: str, rule_id: str, strictness: Strictness | str, reason: str, *, by: str = "") -> Change:
    """Give a rule another strictness (BLOCK, NEEDS-EVIDENCE, VERIFY-FACT); the pack's own value removes the change."""
    value = strictness if isinstance(strictness, Strictness) else parse_strictness(strictness)
    reason = _need_reason(reason)
    state = _rules_with(market, rule_id).state(rule_id)
    if state.rule.strictness is value:
        return _unchanged("strictness", market, rule_id, detail=value.value)
    back_to_pack = state.rule.shipped_strictness is value

    def mutate(data: dict[str, Any]) -> None:
        entries = _section(data, "strictness")
        entries[:] = [e for e in entries if not (isinstance(e, dict) and e.get("rule") == rule_id)]
        if not back_to_pack:
            entries.append(_entry({"rule": rule_id, "strictness": value.value, "reason": reason}, by))

    revision = _edit(market, mutate, "strictness", rule_id, reason, by, detail=value.value)
    return Change("strictness", market, rule_id, True, revision, overlay_path(market), reason, value.value)


def add_phrase(market: str, rule_id: str, phrase: str, reason: str = "", *, by: str = "") -> Change:
    """One more phrase for a rule (``{a|b}`` alternatives allowed); warns when the pack would never flag it."""
    text = " ".join(phrase.split())
    rules = _rules_with(market, rule_id)
    state = rules.state(rule_id)
    try:
        expanded = check_phrase(text)
    except ValueError as exc:
        raise StudioError(str(exc)) from None
    have = {normalise_pattern(p.text) for p in state.rule.patterns if not p.is_regex}
    if all(normalise_pattern(e) in have for e in expanded):
        return _unchanged("phrase", market, rule_id, detail=text)
    fields: dict[str, Any] = {"rule": rule_id, "phrase": text}
    if reason.strip():
        fields["reason"] = reason.strip()
    entry = _entry(fields, by)
    revision = _edit(
        market, lambda data: _section(data, "phrases").append(entry), "phrase", rule_id, reason.strip(), by,
        detail=text,
    )  # fmt: skip
    warnings = _phrase_warnings(market, rule_id, expanded, enabled=state.enabled)
    return Change("phrase", market, rule_id, True, revision, overlay_path(market), reason.strip(), text, warnings)


def add_rule(
    market: str,
    *,
    phrases: Sequence[str],
    category: str,
    strictness: Strictness | str,
    explain: str,
    suggest: str,
    reason: str,
    by: str = "",
    rule_id: str | None = None,
) -> Change:
    """A rule of the centre's own: its phrases, category, strictness, why it matters (read aloud to the trainee) and a
    compliant rewording. Its id starts with ``centre.`` (made from the first phrase unless given)."""
    rules = load(market)
    cleaned = [" ".join(p.split()) for p in phrases if p.strip()]
    if not cleaned:
        raise StudioError(tr("Give at least one phrase the rule should catch."))
    for text in cleaned:
        try:
            check_phrase(text)
        except ValueError as exc:
            raise StudioError(str(exc)) from None
    if category not in CLAIM_CATEGORIES:
        raise StudioError(
            tr("'{category}' is not a claim category. Known categories: {known}").format(
                category=category, known=", ".join(CLAIM_CATEGORIES)
            )
        )
    value = strictness if isinstance(strictness, Strictness) else parse_strictness(strictness)
    if not explain.strip():
        raise StudioError(tr("Say why the claim matters: the trainee hears it with the finding."))
    if not suggest.strip():
        raise StudioError(tr("Give a compliant rewording the trainee can say instead."))
    reason = _need_reason(reason)
    new_id = rule_id or _new_rule_id(market, cleaned[0], rules.known_ids)
    if not new_id.startswith(CENTRE_ID_PREFIX) or not re.match(r"^[a-z0-9][a-z0-9._-]*$", new_id):
        raise StudioError(
            tr("A centre rule id starts with '{prefix}' and uses only lower-case letters, digits, '.', '-' and '_'.")
            .format(prefix=CENTRE_ID_PREFIX)
        )  # fmt: skip
    if new_id in rules.known_ids:
        raise StudioError(tr("There is already a rule '{rule}'.").format(rule=new_id))
    entry = _entry(
        {
            "id": new_id,
            "category": category,
            "strictness": value.value,
            "patterns": cleaned,
            "explain": explain.strip(),
            "suggest": suggest.strip(),
            "reason": reason,
        },
        by,
    )
    revision = _edit(market, lambda data: _section(data, "rules").append(entry), "rule", new_id, reason, by,
                     detail=", ".join(cleaned))  # fmt: skip
    return Change("rule", market, new_id, True, revision, overlay_path(market), reason, ", ".join(cleaned))


# --------------------------------------------------------------------------- helpers


def _unchanged(kind: str, market: str, rule_id: str, *, detail: str = "") -> Change:
    revision = read_overlay(overlay_path(market), market).revision
    return Change(kind, market, rule_id, False, revision, overlay_path(market), detail=detail)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _entry(fields: dict[str, Any], by: str) -> dict[str, Any]:
    entry = dict(fields)
    if by.strip():
        entry["by"] = by.strip()
    entry["at"] = _now()
    return entry


def _new_rule_id(market: str, phrase: str, taken: frozenset[str]) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", strip_diacritics(phrase).casefold().replace("đ", "d")).strip("-")[:32].strip("-")
    base = f"{CENTRE_ID_PREFIX}{market.lower()}.{slug or 'rule'}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _phrase_warnings(market: str, rule_id: str, expanded: Sequence[str], *, enabled: bool) -> tuple[str, ...]:
    """What an instructor should know about a phrase just added: it will not be flagged as things stand."""
    if not enabled:
        return (tr("The rule '{rule}' is off, so this phrase is not checked until the rule is on again.")
                .format(rule=rule_id),)  # fmt: skip
    rules = load_packs(market)
    warnings: list[str] = []
    for text in expanded:
        hits = rules.check_text(text)
        if any(hit.rule_id == rule_id for hit in hits):
            continue
        if hits:
            warnings.append(
                tr("The words '{phrase}' are already flagged by the rule '{other}', which takes precedence.").format(
                    phrase=text, other=hits[0].rule_id
                )
            )
        else:
            warnings.append(
                tr(
                    "The words '{phrase}' are never flagged: the packs list them as a harmless look-alike. "
                    "Add a longer phrase instead."
                ).format(phrase=text)
            )
    return tuple(warnings)


def _section(data: dict[str, Any], name: str) -> list[Any]:
    value = data.get(name)
    if value is None:
        value = data[name] = []
    if not isinstance(value, list):
        raise StudioError(
            tr("The '{section}' part of the centre's rule file is not a list; fix it by hand first.").format(
                section=name
            )
        )
    return value


def _read_raw(path: Path, market: str) -> tuple[dict[str, Any], Overlay | None]:
    """The overlay as plain data, every entry kept (also those the studio cannot use), with the overlay as the
    studio reads it (cached; None when there is no file yet: then the data is a fresh one)."""
    if not path.exists():
        return {"schema": OVERLAY_SCHEMA_VERSION, "market": market, "revision": 0}, None
    overlay = read_overlay(path, market)
    if not overlay.usable:
        raise StudioError(
            tr("The centre's rule file cannot be changed until it is fixed: {problem}").format(
                problem=overlay.problems[0].spoken()
            ),
            path=path,
        )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise StudioError(tr("The centre's rule file cannot be read: {error}").format(error=exc), path=path) from exc
    if data is None:
        return {"schema": OVERLAY_SCHEMA_VERSION, "market": market, "revision": 0}, overlay
    if not isinstance(data, dict):
        raise StudioError(tr("The centre's rule file must be a set of 'name: value' lines."), path=path)
    return data, overlay


def _dump(data: dict[str, Any], market: str) -> str:
    ordered = {key: data[key] for key in _TOP_ORDER if key in data}
    ordered.update((key, value) for key, value in data.items() if key not in ordered)  # unknown fields are kept
    body = yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, default_flow_style=False, width=110)
    return _HEADER.format(market=market) + body


def _edit(
    market: str,
    mutate: Callable[[dict[str, Any]], None],
    change: str,
    rule_id: str,
    reason: str,
    by: str,
    *,
    detail: str = "",
) -> int:
    """Read, change, check and write the overlay in one step; the new revision."""
    path = overlay_path(market)
    data, before = _read_raw(path, market)
    mutate(data)
    raw_revision = data.get("revision", 0)
    revision = (raw_revision if isinstance(raw_revision, int) and raw_revision >= 0 else 0) + 1
    data["schema"] = OVERLAY_SCHEMA_VERSION
    data["market"] = market
    data["revision"] = revision
    data["updated"] = _now()
    record: dict[str, Any] = {"revision": revision, "at": data["updated"], "change": change, "rule": rule_id}
    if change == "strictness" and detail:
        record["strictness"] = detail
    elif change in ("phrase", "rule") and detail:
        record["phrase"] = detail
    if reason:
        record["reason"] = reason
    if by.strip():
        record["by"] = by.strip()
    _section(data, "history").append(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temporary.write_text(_dump(data, market), encoding="utf-8")
        after = parse_overlay(temporary, market)
        old = [_shape(p.message) for p in before.problems] if before is not None else []
        new = [p for p in after.problems if not _consume(old, _shape(p.message))]
        if not after.usable or new:
            problem = (after.problems or new)[0] if not after.usable else new[0]
            raise StudioError(tr("The change was not saved: {problem}").format(problem=problem.message), path=path)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return revision


def _consume(messages: list[str], message: str) -> bool:
    """Whether ``message`` was already a problem before the change (each old problem excuses one new one)."""
    if message in messages:
        messages.remove(message)
        return True
    return False


def _shape(message: str) -> str:
    """A problem without its numbers: rewriting the file moves entries to other lines."""
    return re.sub(r"\d+", "#", message)


# --------------------------------------------------------------------------- saying a rule's state

STRICTNESS_NAMES: dict[Strictness, str] = {
    Strictness.BLOCK: tr_noop("block"),
    Strictness.NEEDS_EVIDENCE: tr_noop("needs evidence"),
    Strictness.VERIFY_FACT: tr_noop("verify fact"),
}
"""A strictness as people read it (the same words as the findings' severities)."""

CATEGORY_NAMES: dict[str, str] = {
    "medical": tr_noop("medical"),
    "cure": tr_noop("cure"),
    "absolute": tr_noop("absolute or superlative"),
    "guarantee": tr_noop("guarantee"),
    "instant": tr_noop("instant results"),
    "price": tr_noop("price"),
    "bait-price": tr_noop("bait price"),
    "urgency": tr_noop("urgency"),
    "income": tr_noop("income"),
    "comparison": tr_noop("comparison"),
    "testimonial": tr_noop("testimonial"),
    "weight": tr_noop("weight loss"),
    "cosmetic-drug": tr_noop("cosmetic sounding like a medicine"),
    "safety": tr_noop("safety"),
    "natural": tr_noop("natural or pure"),
    "endorsement": tr_noop("endorsement"),
    "fake-social-proof": tr_noop("fake social proof"),
    "giveaway": tr_noop("giveaway"),
    "statistics": tr_noop("statistics"),
    "off-platform": tr_noop("off-platform selling"),
}
"""Claim categories (``CLAIM_CATEGORIES``) as people read them."""


def strictness_name(value: Strictness) -> str:
    return tr(STRICTNESS_NAMES[value])


def category_name(category: str) -> str:
    return tr(CATEGORY_NAMES[category]) if category in CATEGORY_NAMES else category


def describe_rule(state: RuleState) -> str:
    """One line for a rule list, read row by row: id, on or off, strictness, category, then what the centre did."""
    rule = state.rule
    parts = [
        tr("{rule}: {state}, {strictness}, {category}.").format(
            rule=rule.id,
            state=tr("on") if state.enabled else tr("off"),
            strictness=strictness_name(rule.strictness),
            category=category_name(rule.category),
        )
    ]
    if rule.centre:
        parts.append(tr("Centre rule."))
    elif state.platform:
        parts.append(tr("Platform rule."))
    if state.disabled is not None:
        parts.append(tr("Turned off by the centre: {reason}.").format(reason=state.disabled.reason.rstrip(".")))
    if rule.shipped_strictness is not None:
        reason = state.strictness_change.reason.rstrip(".") if state.strictness_change is not None else ""
        parts.append(
            tr("Strictness changed by the centre from {shipped}: {reason}.").format(
                shipped=strictness_name(rule.shipped_strictness), reason=reason
            )
        )
    count = len(state.phrases)
    if count == 1:
        parts.append(tr("1 phrase added by the centre."))
    elif count > 1:
        parts.append(tr("{count} phrases added by the centre.").format(count=count))
    return " ".join(parts)


def describe_details(state: RuleState) -> str:
    """Everything about one rule, a line per fact, for the dialog's detail pane."""
    rule = state.rule
    phrases = [p.text for p in rule.patterns if not p.is_regex and not p.centre]
    lines = [describe_rule(state)]
    if rule.explanation != rule.explanation_en:
        lines.append(tr("Why it matters ({language}): {text}").format(language=rule.language, text=rule.explanation))
    lines.append(tr("Why it matters: {text}").format(text=rule.explanation_en))
    if rule.suggestion != rule.suggestion_en:
        lines.append(tr("Say instead ({language}): {text}").format(language=rule.language, text=rule.suggestion))
    lines.append(tr("Say instead: {text}").format(text=rule.suggestion_en))
    if phrases:
        shown = ", ".join(phrases[:40])
        if len(phrases) > 40:
            lines.append(tr("Phrases ({count}, the first 40): {phrases}").format(count=len(phrases), phrases=shown))
        else:
            lines.append(tr("Phrases ({count}): {phrases}").format(count=len(phrases), phrases=shown))
    for added in state.phrases:
        if added.reason:
            lines.append(
                tr("Added by the centre: {phrase} ({reason})").format(phrase=added.phrase, reason=added.reason)
            )
        else:
            lines.append(tr("Added by the centre: {phrase}").format(phrase=added.phrase))
    if state.centre_rule is not None and state.centre_rule.reason:
        lines.append(tr("Why the centre added it: {reason}").format(reason=state.centre_rule.reason))
    lines.append(tr("Source: {source}").format(source=rule.source))
    return "\n".join(lines)


def describe_change(change: Change) -> str:
    """What a change did, as one sentence in the interface language (also what the dialog announces)."""
    if change.kind == "disable":
        if not change.changed:
            return tr("The rule {rule} was already off; nothing changed.").format(rule=change.rule_id)
        return tr("Rule {rule} turned off for {market}.").format(rule=change.rule_id, market=change.market)
    if change.kind == "enable":
        if not change.changed:
            return tr("The rule {rule} was already on; nothing changed.").format(rule=change.rule_id)
        return tr("Rule {rule} turned on again for {market}.").format(rule=change.rule_id, market=change.market)
    if change.kind == "strictness":
        name = strictness_name(Strictness(change.detail)) if change.detail else ""
        if not change.changed:
            return tr("The rule {rule} already is {strictness}; nothing changed.").format(
                rule=change.rule_id, strictness=name
            )
        return tr("Rule {rule} is now {strictness}.").format(rule=change.rule_id, strictness=name)
    if change.kind == "phrase":
        if not change.changed:
            return tr("The rule {rule} already has the phrase '{phrase}'; nothing changed.").format(
                rule=change.rule_id, phrase=change.detail
            )
        return tr("Phrase '{phrase}' added to rule {rule}.").format(phrase=change.detail, rule=change.rule_id)
    return tr("Centre rule {rule} added, catching: {phrases}.").format(rule=change.rule_id, phrases=change.detail)
