"""Read rule packs (YAML) with schema validation; every error names the file and the line.

The YAML is *composed* (not loaded) so each mapping, list and scalar keeps its line number; values are then
checked one by one against the schema described in ``assets/rules/SCHEMA.md``. Anything wrong raises
:class:`~studio.core.errors.StudioError` with ``path=`` and ``line=`` and a sentence an instructor can act on.

Literal patterns may contain ``{a|b|}`` alternatives, expanded here: ``cure{s|d|}`` → cure, cures, cured.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from studio.core.claims.rules import (
    CLAIM_CATEGORIES,
    MARKETS,
    ORIGIN_PACK,
    PRODUCT_CATEGORIES,
    Disclaimer,
    Pattern,
    Rule,
    Strictness,
)
from studio.core.errors import StudioError
from studio.core.i18n import tr

SCHEMA_VERSION = 1
_LANGUAGES = ("en", "vi", "zh", "id")
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ALTERNATIVES = re.compile(r"\{([^{}]*)\}")

_PACK_KEYS = {"schema", "pack", "kind", "language", "markets", "title", "notes", "exceptions", "rules", "disclaimers"}
_RULE_KEYS = {
    "id", "markets", "language", "category", "strictness", "products", "exempt_products", "patterns", "regex",
    "exceptions", "explain", "suggest", "source", "notes",
}  # fmt: skip
_DISCLAIMER_KEYS = {"id", "markets", "language", "products", "text", "accept", "strictness", "explain", "source"}


class RulePackError(StudioError):
    """A rule pack file cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Pack:
    """One parsed pack file."""

    name: str
    kind: str  # "market" or "platform"
    language: str  # a language code, or "multi" for platform packs whose rules each name theirs
    markets: frozenset[str]
    exceptions: tuple[tuple[str, str], ...]  # (language, phrase): pack-wide look-alikes that are not claims
    rules: tuple[Rule, ...]
    disclaimers: tuple[Disclaimer, ...]
    path: str


# --------------------------------------------------------------------------- node helpers


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _Reader:
    """Typed access to composed YAML nodes; every failure names ``path`` and the node's line."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: yaml.Node | None, message: str) -> RulePackError:
        return RulePackError(message, path=self.path, line=_line(node) if node is not None else None)

    def mapping(self, node: yaml.Node, what: str, allowed: set[str]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a set of 'name: value' lines")
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.text(key_node, f"a key in {what}")
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.fail(key_node, f"{what} has an unknown field '{key}'. Known fields: {known}")
            if key in result:
                raise self.fail(key_node, f"{what} has the field '{key}' twice")
            result[key] = value_node
        return result

    def text(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            raise self.fail(node, f"{what} must be a piece of text")
        value = str(node.value).strip()
        if not value:
            raise self.fail(node, f"{what} must not be empty")
        return value

    def texts(self, node: yaml.Node, what: str) -> list[str]:
        """A list of texts; a single text is accepted as a list of one."""
        if isinstance(node, yaml.ScalarNode):
            return [self.text(node, what)]
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return [self.text(item, f"an item of {what}") for item in node.value]

    def items(self, node: yaml.Node, what: str) -> list[tuple[str, int]]:
        if isinstance(node, yaml.ScalarNode):
            return [(self.text(node, what), _line(node))]
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return [(self.text(item, f"an item of {what}"), _line(item)) for item in node.value]

    def required(self, fields: dict[str, yaml.Node], key: str, owner: yaml.Node, what: str) -> yaml.Node:
        if key not in fields:
            raise self.fail(owner, f"{what} is missing its '{key}' field")
        return fields[key]


def expand_alternatives(phrase: str) -> list[str]:
    """``"cure{s|d|}"`` → ``["cures", "cured", "cure"]``; phrases without braces come back as they are."""
    parts = _ALTERNATIVES.split(phrase)
    if len(parts) == 1:
        return [phrase]
    choices = [[part] if i % 2 == 0 else part.split("|") for i, part in enumerate(parts)]
    expanded = (" ".join("".join(combo).split()) for combo in itertools.product(*choices))
    return list(dict.fromkeys(e for e in expanded if e))


# --------------------------------------------------------------------------- parsing one file


def _compose(path: Path) -> yaml.Node:
    """The file's YAML node tree; an empty file (or only comments) is an error."""
    node = compose_or_empty(path)
    if node is None:
        raise RulePackError("is empty", path=path)
    return node


def compose_or_empty(path: Path) -> yaml.Node | None:
    """The file's YAML node tree, None when it is empty or holds only comments; a file that cannot be read or is
    not YAML raises a :class:`RulePackError` saying where."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulePackError(f"cannot be read ({exc.strerror or exc})", path=path) from exc
    except UnicodeDecodeError as exc:
        raise RulePackError("is not UTF-8 text; save it as UTF-8", path=path) from exc
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else None
        problem = exc.problem or "the YAML is not valid"
        raise RulePackError(
            f"is not valid YAML: {problem}. Check the indentation and quotes", path=path, line=line
        ) from exc
    except yaml.YAMLError as exc:
        raise RulePackError(f"is not valid YAML ({exc})", path=path) from exc
    return node


def _markets(reader: _Reader, node: yaml.Node, what: str) -> frozenset[str]:
    markets = reader.texts(node, what)
    for market in markets:
        if market not in MARKETS:
            raise reader.fail(node, f"{what} names the unknown market '{market}'. Known: {', '.join(MARKETS)}")
    return frozenset(markets)


def _products(reader: _Reader, node: yaml.Node | None, what: str) -> frozenset[str]:
    if node is None:
        return frozenset()
    products = reader.texts(node, what)
    if products == ["all"]:
        return frozenset()
    for product in products:
        if product not in PRODUCT_CATEGORIES:
            known = ", ".join(PRODUCT_CATEGORIES)
            raise reader.fail(node, f"{what} names the unknown product category '{product}'. Known: all, {known}")
    return frozenset(products)


def _strictness(reader: _Reader, node: yaml.Node, what: str) -> Strictness:
    value = reader.text(node, what).upper()
    try:
        return Strictness(value)
    except ValueError:
        raise reader.fail(node, f"{what} is '{value}'; use BLOCK, NEEDS-EVIDENCE or VERIFY-FACT") from None


def _by_language(reader: _Reader, node: yaml.Node, what: str, language: str) -> tuple[str, str]:
    """A text given per language (``{vi: ..., en: ...}``) → (in the rule's language, in English)."""
    if isinstance(node, yaml.ScalarNode):
        value = reader.text(node, what)
        return value, value
    fields = reader.mapping(node, what, set(_LANGUAGES))
    own = reader.text(fields[language], what) if language in fields else None
    english = reader.text(fields["en"], what) if "en" in fields else None
    if own is None and english is None:
        raise reader.fail(node, f"{what} needs at least a '{language}' or an 'en' text")
    return own or english or "", english or own or ""


def _patterns(reader: _Reader, fields: dict[str, yaml.Node], owner: yaml.Node, rule_id: str) -> tuple[Pattern, ...]:
    patterns: list[Pattern] = []
    if "patterns" in fields:
        for phrase, line in reader.items(fields["patterns"], f"the patterns of rule '{rule_id}'"):
            patterns.extend(Pattern(text, False, line) for text in expand_alternatives(phrase))
    if "regex" in fields:
        for expression, line in reader.items(fields["regex"], f"the regex list of rule '{rule_id}'"):
            try:
                re.compile(expression)
            except re.error as exc:
                raise RulePackError(
                    f"the regular expression of rule '{rule_id}' is not valid: {exc.msg} (at character {exc.pos})",
                    path=reader.path,
                    line=line,
                ) from exc
            patterns.append(Pattern(expression, True, line))
    if not patterns:
        raise reader.fail(owner, f"the rule '{rule_id}' needs at least one item under 'patterns' or 'regex'")
    return tuple(patterns)


def _rule(
    reader: _Reader,
    node: yaml.Node,
    pack_language: str,
    pack_markets: frozenset[str],
    *,
    extra_keys: frozenset[str] = frozenset(),
    default_source: str | None = None,
    origin: str = ORIGIN_PACK,
) -> Rule:
    """One rule; the centre overlay (``studio.core.claims.overlay``) reads its rules with this too, allowing its own
    ``extra_keys`` (the reason), a ``default_source`` and its ``origin``."""
    fields = reader.mapping(node, "a rule", _RULE_KEYS | extra_keys)
    rule_id = reader.text(reader.required(fields, "id", node, "A rule"), "a rule's id")
    if not _RULE_ID.match(rule_id):
        raise reader.fail(
            fields["id"], f"the rule id '{rule_id}' may use only lower-case letters, digits, '.', '-' and '_'"
        )
    what = f"The rule '{rule_id}'"
    where = f"rule '{rule_id}'"
    language = reader.text(fields["language"], "a rule's language") if "language" in fields else pack_language
    if language not in _LANGUAGES:
        raise reader.fail(fields.get("language", node), f"{what} needs a language: one of {', '.join(_LANGUAGES)}")
    markets = _markets(reader, fields["markets"], f"The markets of {where}") if "markets" in fields else pack_markets
    if not markets:
        markets = frozenset(m for m, lang in MARKETS.items() if lang == language)
    category = reader.text(reader.required(fields, "category", node, what), f"The category of {where}")
    if category not in CLAIM_CATEGORIES:
        raise reader.fail(
            fields["category"], f"{what} has the unknown category '{category}'. Known: {', '.join(CLAIM_CATEGORIES)}"
        )
    strictness = _strictness(reader, reader.required(fields, "strictness", node, what), f"The strictness of {where}")
    explanation, explanation_en = _by_language(
        reader, reader.required(fields, "explain", node, what), f"The explanation of {where}", language
    )
    suggestion, suggestion_en = _by_language(
        reader, reader.required(fields, "suggest", node, what), f"The suggestion of {where}", language
    )
    exceptions: list[str] = []
    if "exceptions" in fields:
        for phrase in reader.texts(fields["exceptions"], f"The exceptions of {where}"):
            exceptions.extend(expand_alternatives(phrase))
    if "source" in fields or default_source is None:
        source = reader.text(reader.required(fields, "source", node, what), f"The source of {where}")
    else:
        source = default_source
    return Rule(
        id=rule_id,
        markets=markets,
        language=language,
        category=category,
        strictness=strictness,
        products=_products(reader, fields.get("products"), f"The products of {where}"),
        exempt_products=_products(reader, fields.get("exempt_products"), f"The exempt products of {where}"),
        patterns=_patterns(reader, fields, node, rule_id),
        exceptions=tuple(exceptions),
        explanation=explanation,
        explanation_en=explanation_en,
        suggestion=suggestion,
        suggestion_en=suggestion_en,
        source=source,
        path=str(reader.path),
        line=_line(node),
        origin=origin,
    )


def _disclaimer(reader: _Reader, node: yaml.Node, pack_language: str, pack_markets: frozenset[str]) -> Disclaimer:
    fields = reader.mapping(node, "a disclaimer", _DISCLAIMER_KEYS)
    disclaimer_id = reader.text(reader.required(fields, "id", node, "A disclaimer"), "a disclaimer's id")
    what = f"The disclaimer '{disclaimer_id}'"
    where = f"disclaimer '{disclaimer_id}'"
    language = reader.text(fields["language"], "a disclaimer's language") if "language" in fields else pack_language
    if language not in _LANGUAGES:
        raise reader.fail(node, f"{what} needs a language: one of {', '.join(_LANGUAGES)}")
    markets = _markets(reader, fields["markets"], f"The markets of {where}") if "markets" in fields else pack_markets
    products = _products(reader, reader.required(fields, "products", node, what), f"The products of {where}")
    if not products:
        raise reader.fail(fields["products"], f"{what} must name the product categories that need it, not 'all'")
    text = reader.text(reader.required(fields, "text", node, what), f"The text of {where}")
    accept = reader.texts(fields["accept"], f"The accepted phrases of {where}") if "accept" in fields else []
    strictness = (
        _strictness(reader, fields["strictness"], f"The strictness of {where}")
        if "strictness" in fields
        else Strictness.BLOCK
    )
    explanation, explanation_en = _by_language(
        reader, reader.required(fields, "explain", node, what), f"The explanation of {where}", language
    )
    return Disclaimer(
        id=disclaimer_id,
        markets=markets or frozenset(m for m, lang in MARKETS.items() if lang == language),
        language=language,
        products=products,
        text=text,
        accept=tuple(accept),
        strictness=strictness,
        explanation=explanation,
        explanation_en=explanation_en,
        source=reader.text(reader.required(fields, "source", node, what), f"The source of {where}"),
        path=str(reader.path),
        line=_line(node),
    )


def load_pack_file(path: Path) -> Pack:
    """Parse and validate one pack file."""
    reader = _Reader(path)
    root = _compose(path)
    fields = reader.mapping(root, "The pack", _PACK_KEYS)
    schema = reader.text(reader.required(fields, "schema", root, "The pack"), "the schema version")
    if schema != str(SCHEMA_VERSION):
        raise reader.fail(fields["schema"], f"uses schema version {schema}; this studio reads version {SCHEMA_VERSION}")
    name = reader.text(reader.required(fields, "pack", root, "The pack"), "the pack name")
    kind = reader.text(fields["kind"], "the pack kind") if "kind" in fields else "market"
    if kind not in ("market", "platform"):
        raise reader.fail(fields["kind"], f"the pack kind is '{kind}'; use market or platform")
    language = reader.text(reader.required(fields, "language", root, "The pack"), "the pack language")
    if language not in (*_LANGUAGES, "multi"):
        raise reader.fail(
            fields["language"], f"the pack language '{language}' is unknown; use {', '.join(_LANGUAGES)} or multi"
        )
    markets = _markets(reader, fields["markets"], "The pack's markets") if "markets" in fields else frozenset()
    exceptions: list[tuple[str, str]] = []
    if "exceptions" in fields:
        exceptions.extend(_pack_exceptions(reader, fields["exceptions"], language))
    rules_node = reader.required(fields, "rules", root, "The pack")
    if not isinstance(rules_node, yaml.SequenceNode):
        raise reader.fail(rules_node, "'rules' must be a list of rules, each starting with '- id:'")
    rules = tuple(_rule(reader, node, language, markets) for node in rules_node.value)
    disclaimers: tuple[Disclaimer, ...] = ()
    if "disclaimers" in fields:
        node = fields["disclaimers"]
        if not isinstance(node, yaml.SequenceNode):
            raise reader.fail(node, "'disclaimers' must be a list, each starting with '- id:'")
        disclaimers = tuple(_disclaimer(reader, item, language, markets) for item in node.value)
    seen: dict[str, int] = {}
    items: list[Rule | Disclaimer] = [*rules, *disclaimers]
    for item in items:
        if item.id in seen:
            raise RulePackError(
                f"the id '{item.id}' is used twice (first on line {seen[item.id]})", path=path, line=item.line
            )
        seen[item.id] = item.line
    return Pack(name, kind, language, markets, tuple(exceptions), rules, disclaimers, str(path))


def _pack_exceptions(reader: _Reader, node: yaml.Node, language: str) -> Iterator[tuple[str, str]]:
    """Pack-wide exceptions: a list (in the pack's language) or, in multi-language packs, a map per language."""
    if isinstance(node, yaml.MappingNode):
        for lang, phrases in reader.mapping(node, "the pack's exceptions", set(_LANGUAGES)).items():
            for phrase in reader.texts(phrases, f"the pack's {lang} exceptions"):
                yield from ((lang, e) for e in expand_alternatives(phrase))
        return
    if language == "multi":
        raise reader.fail(node, "a multi-language pack lists its exceptions per language (en:, vi:, zh:, id:)")
    for phrase in reader.texts(node, "the pack's exceptions"):
        yield from ((language, e) for e in expand_alternatives(phrase))


# --------------------------------------------------------------------------- choosing packs for a market


def default_rules_dir() -> Path:
    """``assets/rules`` shipped with the studio (``STUDIO_ASSETS_DIR`` moves it, as in ``studio.services.paths``)."""
    override = os.environ.get("STUDIO_ASSETS_DIR")
    if override:
        return Path(override) / "rules"
    package = Path(__file__).resolve().parents[2]  # .../studio
    for candidate in (package / "assets" / "rules", package.parent / "assets" / "rules"):
        if candidate.is_dir():
            return candidate
    return package.parent / "assets" / "rules"


def check_market(market: str) -> str:
    """The market's language; an unknown market is a :class:`StudioError` listing the known ones."""
    if market not in MARKETS:
        raise StudioError(tr("There are no rules for the market '{market}'. Known markets: {known}.").format(
            market=market, known=", ".join(MARKETS)))
    return MARKETS[market]


def pack_files(rules_dir: Path) -> list[Path]:
    if not rules_dir.is_dir():
        raise StudioError(f"The rules folder {rules_dir} does not exist.", path=rules_dir)
    return sorted(p for p in rules_dir.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def read_packs(rules_dir: Path) -> tuple[Pack, ...]:
    """Every pack in ``rules_dir``, parsed once per change of the files (cached by modification time)."""
    files = pack_files(rules_dir)
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _read_packs_cached(stamp)


@lru_cache(maxsize=16)
def _read_packs_cached(stamp: tuple[tuple[str, int, int], ...]) -> tuple[Pack, ...]:
    packs = tuple(load_pack_file(Path(name)) for name, _mtime, _size in stamp)
    owner: dict[str, str] = {}
    for pack in packs:
        items: list[Rule | Disclaimer] = [*pack.rules, *pack.disclaimers]
        for item in items:
            if item.id in owner and owner[item.id] != pack.path:
                raise RulePackError(
                    f"the id '{item.id}' is also used in {Path(owner[item.id]).name}; ids must be unique",
                    path=pack.path,
                    line=item.line,
                )
            owner[item.id] = pack.path
    return packs
