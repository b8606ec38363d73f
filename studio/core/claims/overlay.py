"""The training centre's own adjustments to the shipped rule packs: one overlay file per market.

A centre (its instructors) can turn a rule off with a reason, change its strictness, add a phrase to a rule, or add a
rule of its own, without touching the shipped packs in ``assets/rules``: the changes live in
``<user data folder>/centre-rules/<market>.yaml`` (:func:`overlay_path`) and :func:`studio.core.claims.load_packs`
merges them in, so every analysis (live cues and files) uses them. The format (``schema: 1``)::

    schema: 1                 # format version; a newer one is refused with a message, never guessed at
    market: vi-VN
    revision: 4               # +1 on every change saved by the studio (the dialog or ``studio rules``)
    updated: "2026-03-02T09:15:00+00:00"
    disabled:                 # rules turned off, each with the instructor's reason
      - {rule: vi.absolute.superlative, reason: "Our centre sells only cosmetics registered for this"}
    strictness:               # BLOCK, NEEDS-EVIDENCE or VERIFY-FACT instead of the pack's
      - {rule: vi.price.bait, strictness: NEEDS-EVIDENCE, reason: "..."}
    phrases:                  # one more phrase for an existing rule ({a|b} alternatives as in the packs)
      - {rule: vi.medical.cure, phrase: "trị thâm", reason: "..."}
    rules:                    # rules of the centre: the pack rule format, id starting with "centre."
      - id: centre.vi-vn.trang-bat-tong
        category: cosmetic-drug
        strictness: BLOCK
        patterns: ["trắng bật tông"]
        explain: "Why it matters (read aloud)."
        suggest: "A compliant rewording."
        reason: "Why the centre added it"
    history:                  # what the studio changed, newest last (not used by the matcher)
      - {revision: 4, at: "...", change: disable, rule: vi.absolute.superlative, reason: "...", by: "Ms Lan"}

The overlay is read leniently: every entry is checked on its own with the pack loader's rules, and a bad entry is left
out with a :class:`RulePackError` naming the file and line (``Overlay.problems``), while the other entries still apply.
Only a file that cannot be read at all (not YAML, a newer schema, another market) is left out whole; then the shipped
packs are used as they are, and the problem says so.

Precedence when merging (:func:`apply_overlay`): the shipped rule, then the centre's strictness, then its phrases;
a rule turned off is off whatever else the overlay says about it. A centre rule id may not be a shipped id. Within one
file the first entry for a rule wins; later duplicates are problems.

Findings of centre rules, centre phrases and centre strictness say so (:func:`centre_note`, in the finding's language
like the rule's own texts): "Centre rule: …".
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import platformdirs
import yaml

from studio.core.claims.loader import (
    _RULE_KEYS,
    RulePackError,
    _line,
    _Reader,
    _rule,
    _strictness,
    check_market,
    compose_or_empty,
    expand_alternatives,
)
from studio.core.claims.normalise import normalise_pattern
from studio.core.claims.rules import ORIGIN_CENTRE, Pattern, Rule, Strictness
from studio.core.i18n import tr

OVERLAY_SCHEMA_VERSION = 1
OVERLAY_FOLDER = "centre-rules"
"""The overlays' folder inside the user data folder (``studio.services.paths.data_dir()``)."""
CENTRE_ID_PREFIX = "centre."
"""Every centre rule id starts with this, so it can never clash with a shipped rule (those start with a language)."""
CENTRE_SOURCE = "Training centre"
"""The source of a centre rule that names none (data, like the packs' sources; not shown as a sentence)."""
MIN_PHRASE_CHARACTERS = 2
"""A phrase shorter than this (without spaces) would flag ordinary speech: a single 最 or "a"."""

SECTIONS = ("disabled", "strictness", "phrases", "rules", "history")
_TOP_KEYS = {"schema", "market", "revision", "updated", *SECTIONS}
_INFO_KEYS = {"reason", "by", "at"}
_DISABLED_KEYS = {"rule", *_INFO_KEYS}
_STRICTNESS_KEYS = {"rule", "strictness", *_INFO_KEYS}
_PHRASE_KEYS = {"rule", "phrase", *_INFO_KEYS}
_HISTORY_KEYS = {"revision", "at", "change", "rule", "reason", "by", "strictness", "phrase"}


# --------------------------------------------------------------------------- what an overlay holds


@dataclass(frozen=True, slots=True)
class Disabled:
    """A rule the centre turned off."""

    rule_id: str
    reason: str
    line: int
    by: str = ""
    at: str = ""


@dataclass(frozen=True, slots=True)
class StrictnessChange:
    """A rule whose strictness the centre changed."""

    rule_id: str
    strictness: Strictness
    reason: str
    line: int
    by: str = ""
    at: str = ""


@dataclass(frozen=True, slots=True)
class AddedPhrase:
    """One more phrase for a rule; ``patterns`` are its expansions (``{a|b}``), marked as the centre's."""

    rule_id: str
    phrase: str
    patterns: tuple[Pattern, ...]
    reason: str
    line: int
    by: str = ""
    at: str = ""


@dataclass(frozen=True, slots=True)
class CentreRule:
    """A rule of the centre's own."""

    rule: Rule
    reason: str
    line: int
    by: str = ""
    at: str = ""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change the studio saved (for people; the matcher never reads it)."""

    revision: int
    at: str
    change: str
    rule_id: str
    reason: str = ""
    by: str = ""
    detail: str = ""  # the new strictness or the added phrase


@dataclass(frozen=True, slots=True)
class Overlay:
    """One market's overlay file, as far as it could be read."""

    market: str
    path: str
    exists: bool = False
    usable: bool = True  # False: unreadable, a newer schema or another market; nothing of it applies
    revision: int = 0
    updated: str = ""
    disabled: tuple[Disabled, ...] = ()
    strictness: tuple[StrictnessChange, ...] = ()
    phrases: tuple[AddedPhrase, ...] = ()
    rules: tuple[CentreRule, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    problems: tuple[RulePackError, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.disabled or self.strictness or self.phrases or self.rules)


# --------------------------------------------------------------------------- where it lives


def default_overlay_dir() -> Path:
    """``<user data folder>/centre-rules``.

    The core may not import the services, so this finds the user data folder the way
    ``studio.services.paths.data_dir()`` does (``STUDIO_DATA_DIR``, else the platform's folder);
    ``tests/claims/test_centre_overlay.py`` checks that the two agree.
    """
    override = os.environ.get("STUDIO_DATA_DIR")
    base = (
        Path(override).expanduser()
        if override
        else Path(platformdirs.user_data_dir("rehearsal-studio", appauthor=False))
    )
    return base / OVERLAY_FOLDER


def overlay_path(market: str, folder: Path | None = None) -> Path:
    """The overlay file of ``market`` (an unknown market is a StudioError listing the known ones)."""
    check_market(market)
    return (folder if folder is not None else default_overlay_dir()) / f"{market}.yaml"


# --------------------------------------------------------------------------- reading


def read_overlay(path: Path, market: str) -> Overlay:
    """The overlay at ``path`` (an empty one when there is no file); parsed again only when the file changes.

    Never raises for what the file holds: problems are in ``Overlay.problems``.
    """
    check_market(market)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return no_overlay(market, str(path))
    except OSError as exc:
        problem = RulePackError(tr("cannot be read ({error})").format(error=exc.strerror or exc), path=path)
        return _unusable(market, path, problem)
    return _read_cached(str(path), market, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def no_overlay(market: str, path: str = "") -> Overlay:
    """The empty overlay (no file); the same object every time, so compiled rule sets stay cached."""
    return Overlay(market, path)


@lru_cache(maxsize=32)
def _read_cached(name: str, market: str, _mtime: int, _size: int) -> Overlay:
    return parse_overlay(Path(name), market)


def _unusable(market: str, path: Path, problem: RulePackError) -> Overlay:
    return Overlay(market, str(path), exists=True, usable=False, problems=(problem,))


def parse_overlay(path: Path, market: str) -> Overlay:
    """Read and check the overlay file of ``market`` entry by entry (see the module's description)."""
    language = check_market(market)
    reader = _Reader(path)
    try:
        root = compose_or_empty(path)
    except RulePackError as exc:
        return _unusable(market, path, exc)
    if root is None:
        return Overlay(market, str(path), exists=True)  # empty, or only comments
    if not isinstance(root, yaml.MappingNode):
        return _unusable(
            market, path, reader.fail(root, tr("the centre's rule file must be a set of 'name: value' lines"))
        )
    problems: list[RulePackError] = []
    fields: dict[str, yaml.Node] = {}
    for key_node, value_node in root.value:
        key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
        if key not in _TOP_KEYS:
            problems.append(
                reader.fail(
                    key_node,
                    tr("the field '{field}' is unknown and was left out. Known fields: {known}").format(
                        field=key, known=", ".join(sorted(_TOP_KEYS))
                    ),
                )
            )
        elif key in fields:
            problems.append(
                reader.fail(key_node, tr("the field '{field}' is there twice; the first one is used").format(field=key))
            )
        else:
            fields[key] = value_node

    schema_node = fields.get("schema")
    if schema_node is None:
        problems.append(
            RulePackError(tr("the 'schema: 1' line is missing; the file is read as version 1"), path=path, line=1)
        )
    else:
        schema = str(schema_node.value).strip() if isinstance(schema_node, yaml.ScalarNode) else ""
        if schema != str(OVERLAY_SCHEMA_VERSION):
            return _unusable(
                market,
                path,
                reader.fail(
                    schema_node,
                    tr(
                        "uses schema version {schema}; this studio reads version {version}, so none of the centre's "
                        "changes are used"
                    ).format(schema=schema or "?", version=OVERLAY_SCHEMA_VERSION),
                ),
            )
    if "market" in fields:
        named = str(fields["market"].value).strip() if isinstance(fields["market"], yaml.ScalarNode) else ""
        if named != market:
            return _unusable(
                market,
                path,
                reader.fail(
                    fields["market"],
                    tr("is for the market '{named}', not {market}, so none of its changes are used").format(
                        named=named, market=market
                    ),
                ),
            )
    revision = 0
    if "revision" in fields:
        raw = str(fields["revision"].value).strip() if isinstance(fields["revision"], yaml.ScalarNode) else ""
        if raw.isdigit():
            revision = int(raw)
        else:
            problems.append(
                reader.fail(
                    fields["revision"], tr("the revision must be a whole number, not '{value}'").format(value=raw)
                )
            )
    updated = str(fields["updated"].value) if isinstance(fields.get("updated"), yaml.ScalarNode) else ""

    disabled: list[Disabled] = []
    strictness: list[StrictnessChange] = []
    phrases: list[AddedPhrase] = []
    rules: list[CentreRule] = []
    history: list[HistoryEntry] = []
    first_line: dict[tuple[str, str], int] = {}

    def first(kind: str, key: str, line: int, node: yaml.Node, message: str) -> bool:
        """Whether this is the first entry of its kind for ``key``; a later one is a problem (``message``, translated,
        has the fields {rule} and {line})."""
        if (kind, key) in first_line:
            problems.append(reader.fail(node, message.format(rule=key, line=first_line[kind, key])))
            return False
        first_line[kind, key] = line
        return True

    for item in _section(reader, fields, "disabled", problems):
        try:
            entry = _disabled(reader, item)
        except RulePackError as exc:
            problems.append(exc)
            continue
        if first(
            "disabled",
            entry.rule_id,
            entry.line,
            item,
            tr("the rule '{rule}' is already turned off on line {line}; this entry is left out"),
        ):
            disabled.append(entry)
    for item in _section(reader, fields, "strictness", problems):
        try:
            change = _strictness_change(reader, item)
        except RulePackError as exc:
            problems.append(exc)
            continue
        if first(
            "strictness",
            change.rule_id,
            change.line,
            item,
            tr("the strictness of '{rule}' is already changed on line {line}; this entry is left out"),
        ):
            strictness.append(change)
    for item in _section(reader, fields, "phrases", problems):
        try:
            added = _phrase(reader, item, language)
        except RulePackError as exc:
            problems.append(exc)
            continue
        if first(
            f"phrase:{normalise_pattern(added.phrase)}",
            added.rule_id,
            added.line,
            item,
            tr("this phrase is already added to '{rule}' on line {line}; this entry is left out"),
        ):
            phrases.append(added)
    for item in _section(reader, fields, "rules", problems):
        try:
            centre = _centre_rule(reader, item, language, market)
        except RulePackError as exc:
            problems.append(exc)
            continue
        if first(
            "rule",
            centre.rule.id,
            centre.line,
            item,
            tr("the centre rule id '{rule}' is already used on line {line}; this rule is left out"),
        ):
            rules.append(centre)
    for item in _section(reader, fields, "history", problems):
        try:
            history.append(_history(reader, item))
        except RulePackError as exc:
            problems.append(exc)
    return Overlay(
        market=market,
        path=str(path),
        exists=True,
        usable=True,
        revision=revision,
        updated=updated,
        disabled=tuple(disabled),
        strictness=tuple(strictness),
        phrases=tuple(phrases),
        rules=tuple(rules),
        history=tuple(history),
        problems=tuple(problems),
    )


def _section(
    reader: _Reader, fields: dict[str, yaml.Node], name: str, problems: list[RulePackError]
) -> list[yaml.Node]:
    node = fields.get(name)
    if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"):
        return []
    if not isinstance(node, yaml.SequenceNode):
        problems.append(
            reader.fail(
                node,
                tr("'{section}' must be a list, each entry starting with '- '; it was left out").format(section=name),
            )
        )
        return []
    return list(node.value)


def _optional(reader: _Reader, fields: dict[str, yaml.Node], key: str, what: str) -> str:
    return reader.text(fields[key], what) if key in fields else ""


# The ``what`` texts below go into the pack loader's own messages, which are English sentences (like the packs'
# field names); the studio's own sentences are translated.


def _rule_id(reader: _Reader, fields: dict[str, yaml.Node], node: yaml.Node, what: str) -> str:
    return reader.text(reader.required(fields, "rule", node, what), "the rule id")


def _reason(reader: _Reader, fields: dict[str, yaml.Node], node: yaml.Node, missing: str) -> str:
    """The entry's reason; ``missing`` (translated, field {rule}) is the problem when it has none."""
    if "reason" not in fields:
        raise reader.fail(node, missing)
    return reader.text(fields["reason"], "the reason")


def _disabled(reader: _Reader, node: yaml.Node) -> Disabled:
    what = "A rule turned off"
    fields = reader.mapping(node, what, _DISABLED_KEYS)
    rule_id = _rule_id(reader, fields, node, what)
    reason = _reason(
        reader,
        fields,
        node,
        tr("turning off '{rule}' needs a 'reason': why the centre turned it off").format(rule=rule_id),
    )
    return Disabled(
        rule_id, reason, _line(node), _optional(reader, fields, "by", "by"), _optional(reader, fields, "at", "at")
    )


def _strictness_change(reader: _Reader, node: yaml.Node) -> StrictnessChange:
    what = "A strictness change"
    fields = reader.mapping(node, what, _STRICTNESS_KEYS)
    rule_id = _rule_id(reader, fields, node, what)
    value = _strictness(reader, reader.required(fields, "strictness", node, what), "The strictness")
    reason = _reason(
        reader,
        fields,
        node,
        tr("the strictness change of '{rule}' needs a 'reason': why the centre changed it").format(rule=rule_id),
    )
    return StrictnessChange(
        rule_id,
        value,
        reason,
        _line(node),
        _optional(reader, fields, "by", "by"),
        _optional(reader, fields, "at", "at"),
    )


def check_phrase(phrase: str) -> list[str]:
    """The phrase's expansions (``{a|b}``); raises ValueError with a sentence for people when one is too short."""
    expanded = expand_alternatives(phrase)
    for text in expanded:
        if len(normalise_pattern(text).replace(" ", "")) < MIN_PHRASE_CHARACTERS:
            raise ValueError(
                tr("the phrase '{phrase}' is too short: a single character would flag ordinary speech").format(
                    phrase=text
                )
            )
    if not expanded:
        raise ValueError(tr("the phrase is empty"))
    return expanded


def _phrase(reader: _Reader, node: yaml.Node, language: str) -> AddedPhrase:
    what = "An added phrase"
    fields = reader.mapping(node, what, _PHRASE_KEYS)
    rule_id = _rule_id(reader, fields, node, what)
    phrase_node = reader.required(fields, "phrase", node, what)
    phrase = reader.text(phrase_node, "the phrase")
    try:
        expanded = check_phrase(phrase)
    except ValueError as exc:
        raise reader.fail(phrase_node, str(exc)) from None
    patterns = tuple(Pattern(text, False, _line(phrase_node), centre=True) for text in expanded)
    return AddedPhrase(
        rule_id,
        phrase,
        patterns,
        _optional(reader, fields, "reason", "the reason"),
        _line(node),
        _optional(reader, fields, "by", "by"),
        _optional(reader, fields, "at", "at"),
    )


def _centre_rule(reader: _Reader, node: yaml.Node, language: str, market: str) -> CentreRule:
    rule = _rule(
        reader,
        node,
        language,
        frozenset({market}),
        extra_keys=frozenset(_INFO_KEYS),
        default_source=CENTRE_SOURCE,
        origin=ORIGIN_CENTRE,
    )
    fields = reader.mapping(node, "a rule", _RULE_KEYS | _INFO_KEYS)
    if not rule.id.startswith(CENTRE_ID_PREFIX):
        raise reader.fail(
            fields["id"],
            tr(
                "the centre rule id '{rule}' must start with '{prefix}', so it never clashes with a shipped rule"
            ).format(rule=rule.id, prefix=CENTRE_ID_PREFIX),
        )
    if rule.language != language or rule.markets != frozenset({market}):
        raise reader.fail(
            node,
            tr(
                "the centre rule '{rule}' must be for {market} in the language '{language}' (leave out "
                "'language' and 'markets')"
            ).format(rule=rule.id, market=market, language=language),
        )
    patterns: list[Pattern] = []
    for pattern in rule.patterns:
        if not pattern.is_regex:
            try:
                check_phrase(pattern.text)
            except ValueError as exc:
                raise RulePackError(str(exc), path=reader.path, line=pattern.line) from None
        patterns.append(replace(pattern, centre=True))
    reason = _optional(reader, fields, "reason", "the reason")
    return CentreRule(
        replace(rule, patterns=tuple(patterns)),
        reason,
        _line(node),
        _optional(reader, fields, "by", "by"),
        _optional(reader, fields, "at", "at"),
    )


def _history(reader: _Reader, node: yaml.Node) -> HistoryEntry:
    fields = reader.mapping(node, "A history entry", _HISTORY_KEYS)

    def value(key: str) -> str:
        item = fields.get(key)
        return str(item.value).strip() if isinstance(item, yaml.ScalarNode) and item.value is not None else ""

    revision = value("revision")
    return HistoryEntry(
        revision=int(revision) if revision.isdigit() else 0,
        at=value("at"),
        change=value("change"),
        rule_id=value("rule"),
        reason=value("reason"),
        by=value("by"),
        detail=value("strictness") or value("phrase"),
    )


# --------------------------------------------------------------------------- merging


def apply_overlay(
    rules: Sequence[Rule], overlay: Overlay, known_ids: Collection[str], *, keep_disabled: bool = False
) -> tuple[list[Rule], list[RulePackError]]:
    """``rules`` (one market's, from the shipped packs) with the overlay applied, and the entries that could not be.

    ``known_ids`` are the ids of every shipped rule (all markets): an entry naming one of them that is not among
    ``rules`` (another market's, or a platform rule while the platform is off) is quietly not applied; an entry naming
    no rule at all is a problem. ``keep_disabled`` keeps the rules the centre turned off (the rule list in the dialog).
    """
    if not overlay.usable:
        return list(rules), []
    path = overlay.path
    problems: list[RulePackError] = []
    merged: dict[str, Rule] = {rule.id: rule for rule in rules}
    order = [rule.id for rule in rules]
    centre_ids: set[str] = set()
    for centre in overlay.rules:
        rule_id = centre.rule.id
        if rule_id in known_ids or rule_id in merged:
            problems.append(
                RulePackError(
                    tr("the centre rule id '{rule}' is already used by a shipped rule; give it another id").format(
                        rule=rule_id
                    ),
                    path=path,
                    line=centre.line,
                )
            )
            continue
        merged[rule_id] = centre.rule
        order.append(rule_id)
        centre_ids.add(rule_id)

    def target(rule_id: str, line: int) -> Rule | None:
        rule = merged.get(rule_id)
        if rule is None and rule_id not in known_ids and rule_id not in centre_ids:
            problems.append(
                RulePackError(
                    tr("no rule pack has a rule '{rule}' (was it renamed?); this entry is left out").format(
                        rule=rule_id
                    ),
                    path=path,
                    line=line,
                )
            )
        return rule

    for change in overlay.strictness:
        rule = target(change.rule_id, change.line)
        if rule is not None and change.strictness != rule.strictness:
            merged[rule.id] = replace(
                rule, strictness=change.strictness, shipped_strictness=rule.shipped_strictness or rule.strictness
            )
    for added in overlay.phrases:
        rule = target(added.rule_id, added.line)
        if rule is None:
            continue
        have = {normalise_pattern(p.text) for p in rule.patterns if not p.is_regex}
        new = tuple(p for p in added.patterns if normalise_pattern(p.text) not in have)
        if new:
            merged[rule.id] = replace(rule, patterns=rule.patterns + new)
    for off in overlay.disabled:
        rule = target(off.rule_id, off.line)
        if rule is not None and not keep_disabled:
            del merged[rule.id]
    return [merged[rule_id] for rule_id in order if rule_id in merged], problems


# --------------------------------------------------------------------------- saying where a finding comes from

CENTRE_NOTES: dict[str, dict[str, str]] = {
    "rule": {
        "en": "Centre rule: {text}",
        "vi": "Quy tắc của trung tâm: {text}",
        "zh": "本中心规则：{text}",
        "id": "Aturan pusat pelatihan: {text}",
    },
    "phrase": {
        "en": "Centre rule (phrase added by the centre): {text}",
        "vi": "Quy tắc của trung tâm (cụm từ do trung tâm thêm): {text}",
        "zh": "本中心规则（本中心添加的说法）：{text}",
        "id": "Aturan pusat pelatihan (frasa tambahan pusat pelatihan): {text}",
    },
    "strictness": {
        "en": "Centre rule (strictness set by the centre): {text}",
        "vi": "Quy tắc của trung tâm (mức độ do trung tâm đặt): {text}",
        "zh": "本中心规则（严重程度由本中心设定）：{text}",
        "id": "Aturan pusat pelatihan (tingkat ditetapkan pusat pelatihan): {text}",
    },
}
"""How a finding says it comes from the centre's overlay. Like the rules' own explanations these are in the finding's
language (the language rehearsed, or English), not the interface language, so they are tables rather than ``tr``."""


def centre_note(kind: str, language: str, text: str) -> str:
    """``text`` (a rule's explanation) saying it comes from the centre: ``kind`` is "rule", "phrase", "strictness"
    or "" (a shipped rule as shipped: ``text`` unchanged)."""
    if not kind:
        return text
    templates = CENTRE_NOTES[kind]
    return templates.get(language, templates["en"]).format(text=text)
