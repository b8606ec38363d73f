"""Run-sheets: the plain-text plan a trainer writes for one livestream, parsed into a frozen :class:`RunSheet`.

The format is documented for trainers in ``docs/script-format.md``. In short::

    # Livestream: Vietnamese coffee
    language: vi
    market: vi-VN
    order: strict
    ## Product: Cà phê phin Sài Gòn
    category: food
    say-within: 90s
    - name: Cà phê phin Sài Gòn
    - price: 99.000 đồng | 99 nghìn
    - point (optional): rang xay thủ công

Design choices:

- It is Markdown, so it reads well in any editor and renders as a tidy page; one fact per line, so an error can
  name the line. Keys are English words (``price``, ``cta``) whatever the language of the phrases, so one
  documentation page serves every trainer; a full-width colon (``：``, typed by Chinese input methods) works too.
- ``|`` separates alternatives (any one counts); commas inside a talking point separate ideas that should all be
  said (coverage scores each idea).
- Prices are checked here, at parse time, for a number the coverage check can match by value.
- Every mistake a trainer can make raises :class:`~studio.core.errors.StudioError` with the file and line and a
  sentence that reads well aloud, never a traceback.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from studio.core.errors import StudioError
from studio.core.model import LANGUAGES
from studio.core.numbers import extract_numbers

__all__ = [
    "MARKETS",
    "ItemKind",
    "OrderMode",
    "Product",
    "RunSheet",
    "ScriptError",
    "ScriptItem",
    "load_script",
    "parse_duration",
    "parse_script",
    "summarise_script",
]


class ScriptError(StudioError):
    """A run-sheet cannot be read; the message names the line and what to write instead."""


MARKETS = ("vi-VN", "zh-CN", "id-ID", "en-US", "en-GB")
"""Markets with claim rules (see ``claims-law.md``)."""

_LANGUAGE_NAMES = {"en": "English", "vi": "Vietnamese", "zh": "Chinese", "id": "Indonesian"}


class ItemKind(str, Enum):
    """What a run-sheet line asks the host to say."""

    NAME = "name"
    PRICE = "price"
    OFFER = "offer"
    SHIPPING = "shipping"
    CTA = "cta"
    POINT = "point"
    DISCLAIMER = "disclaimer"

    @property
    def spoken(self) -> str:
        """The kind as a person would name it in feedback."""
        return {
            ItemKind.NAME: "the product name",
            ItemKind.PRICE: "the price",
            ItemKind.OFFER: "the offer",
            ItemKind.SHIPPING: "the shipping",
            ItemKind.CTA: "the call to action",
            ItemKind.POINT: "the talking point",
            ItemKind.DISCLAIMER: "the disclaimer",
        }[self]


class OrderMode(str, Enum):
    """Whether things must be said in the order written."""

    STRICT = "strict"
    FREE = "free"


@dataclass(frozen=True, slots=True)
class ScriptItem:
    """One thing to say: its kind, the phrases that count (any one of them), and where it was written."""

    kind: ItemKind
    phrases: tuple[str, ...]
    optional: bool = False
    line: int = 0
    values: tuple[float, ...] = ()
    """For prices: the values of the numbers in the phrases (99000.0 for "99.000 đồng | 99 nghìn")."""

    def __post_init__(self) -> None:
        if not self.phrases or not all(p.strip() for p in self.phrases):
            raise ScriptError(f"{self.kind.spoken} needs at least one phrase", line=self.line or None)

    @property
    def text(self) -> str:
        """The first phrase: what feedback suggests saying."""
        return self.phrases[0]


@dataclass(frozen=True, slots=True)
class Product:
    """One product segment of the livestream."""

    name: str
    items: tuple[ScriptItem, ...]
    category: str = ""
    order: OrderMode = OrderMode.FREE
    """Order of the items within this product."""
    say_within: float | None = None
    """Seconds from the product's start by which every required item must be said."""
    line: int = 0

    @property
    def required(self) -> tuple[ScriptItem, ...]:
        return tuple(i for i in self.items if not i.optional)

    def first(self, kind: ItemKind) -> ScriptItem | None:
        return next((i for i in self.items if i.kind == kind), None)


@dataclass(frozen=True, slots=True)
class RunSheet:
    """A parsed run-sheet."""

    title: str
    language: str
    market: str
    products: tuple[Product, ...]
    order: OrderMode = OrderMode.STRICT
    """Order of the products."""
    say_within: float | None = None
    """The default limit for products that do not set their own."""
    languages: tuple[str, ...] = ()
    """Every language the host may speak (the first is ``language``); bilingual sheets list two."""
    path: str = ""

    @property
    def items(self) -> tuple[tuple[Product, ScriptItem], ...]:
        return tuple((p, i) for p in self.products for i in p.items)


# --------------------------------------------------------------------------- durations


_UNIT_SECONDS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "giây": 1, "秒": 1, "detik": 1, "dtk": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "phút": 60, "分": 60, "分钟": 60, "menit": 60,
    "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600, "giờ": 3600, "小时": 3600, "jam": 3600,
}
_DURATION_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\d\s.,]*)")


def parse_duration(text: str) -> float | None:
    """Seconds in "90s", "90", "1m30s", "1 min 30 s", "1:30", "2 phút", "90秒", "1,5 menit"; None if not a duration."""
    value = unicodedata.normalize("NFKC", text).strip().casefold()
    if not value:
        return None
    clock = re.fullmatch(r"(?:(\d+):)?(\d{1,2}):(\d{2})", value)
    if clock:
        hours, minutes, seconds = (int(g) if g else 0 for g in clock.groups())
        return float(hours * 3600 + minutes * 60 + seconds)
    total = 0.0
    pos = 0
    compact = value.replace(" ", "")
    for match in _DURATION_PART.finditer(compact):
        if match.start() != pos:
            return None
        number = float(match.group(1).replace(",", "."))
        unit = match.group(2)
        if unit and unit not in _UNIT_SECONDS:
            return None
        total += number * _UNIT_SECONDS.get(unit, 1)
        pos = match.end()
    if pos != len(compact) or pos == 0:
        return None
    return total if total > 0 else None


# --------------------------------------------------------------------------- parsing


_HEADER_KEYS = {"language", "languages", "market", "order", "say-within", "category"}
_PRODUCT_KEYS = {"category", "order", "say-within"}
_KEY_ALIASES = {"say within": "say-within", "saywithin": "say-within", "say_within": "say-within", "call to action":
                "cta", "call-to-action": "cta", "talking point": "point", "talking-point": "point", "lang": "language"}
_BULLET = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
_OPTIONAL = re.compile(
    r"\s*[(（]\s*(?:optional|tùy chọn|tuỳ chọn|không bắt buộc|可选|选讲|opsional|pilihan)\s*[)）]\s*", re.IGNORECASE
)
_PRODUCT_HEADING = re.compile(r"^(?:product|sản phẩm|san pham|产品|商品|produk)\s*[:：]\s*", re.IGNORECASE)
_TITLE_PREFIX = re.compile(r"^(?:livestream|live stream|live|直播|phát trực tiếp)\s*[:：]\s*", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->")


def _split_key(body: str) -> tuple[str, str] | None:
    """'price: 99.000 đồng' → ('price', '99.000 đồng'); None when the line has no key."""
    match = re.match(r"^([^:：]{1,40}?)\s*[:：]\s*(.*)$", body)
    if not match:
        return None
    return match.group(1).strip(), match.group(2).strip()


def _norm_key(key: str) -> str:
    folded = " ".join(key.casefold().split())
    return _KEY_ALIASES.get(folded, folded)


def _language(value: str, at: _At) -> tuple[str, ...]:
    codes: list[str] = []
    for part in re.split(r"[,/+&]|\s+and\s+", value):
        code = part.strip().replace("_", "-")
        if not code:
            continue
        base = code.split("-")[0].casefold()
        if base not in LANGUAGES:
            raise at.error(
                f"{code!r} is not a language the studio coaches in. Write one of: "
                "en for English, vi for Vietnamese, zh for Chinese, id for Indonesian"
            )
        if base not in codes:
            codes.append(base)
    if not codes:
        raise at.error("the language needs a value after the colon, for example vi")
    return tuple(codes)


def _market(value: str, at: _At) -> str:
    wanted = value.strip().replace("_", "-").casefold()
    for market in MARKETS:
        if market.casefold() == wanted:
            return market
    raise at.error(f"{value!r} is not a market with rules. Write one of: {', '.join(MARKETS)}")


def _order(value: str, at: _At) -> OrderMode:
    try:
        return OrderMode(value.strip().casefold())
    except ValueError:
        raise at.error(f"order must be strict or free, not {value!r}") from None


def _duration(value: str, at: _At) -> float:
    seconds = parse_duration(value)
    if seconds is None:
        raise at.error(f"say-within needs a duration like 90s, 2m or 1:30, not {value!r}")
    return seconds


@dataclass(frozen=True, slots=True)
class _At:
    """Where in the file a line is, to build errors that name it."""

    path: str | Path | None
    line: int | None

    def error(self, message: str) -> ScriptError:
        return ScriptError(message, path=self.path, line=self.line)


@dataclass
class _ProductDraft:
    name: str
    line: int
    category: str
    order: OrderMode = OrderMode.FREE
    say_within: float | None = None
    items: list[ScriptItem] = field(default_factory=list)


def parse_script(text: str, *, path: str | Path | None = None) -> RunSheet:
    """Parse a run-sheet; raise :class:`ScriptError` (a ``StudioError``) with ``path`` and ``line`` on any mistake."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    if not text.strip():
        raise ScriptError(
            "the script is empty. Start it with a title line such as # Vietnamese coffee", path=path, line=1
        )

    title = ""
    languages: tuple[str, ...] = ()
    market = ""
    order = OrderMode.STRICT
    say_within: float | None = None
    default_category = ""
    products: list[_ProductDraft] = []
    language_line = 0

    for number, raw in enumerate(text.splitlines(), start=1):
        at = _At(path, number)
        line = _COMMENT.sub("", raw).strip()
        if not line or line.startswith(">") or line in ("---", "***"):
            continue  # blank lines, notes to the trainer ("> ..."), comments and rules
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            heading = line[level:].strip()
            if level == 1 and not products:
                if title:
                    raise at.error("the script has a second title line; products start with ## Product:")
                title = _TITLE_PREFIX.sub("", heading).strip()
                if not title:
                    raise at.error("the title line needs some words after the hash sign")
                continue
            if level == 2:
                name = _PRODUCT_HEADING.sub("", heading).strip()
                if not name:
                    raise at.error(
                        "this product has no name. Write it after the colon, for example ## Product: Phone case"
                    )
                products.append(_ProductDraft(name=name, line=number, category=default_category))
                continue
            raise at.error("use one hash sign for the title and two for each product, as in ## Product: Phone case")

        bullet = _BULLET.match(line)
        body = line[bullet.end():] if bullet else line
        split = _split_key(body)
        if split is None:
            raise at.error("this line has no key. Start it with a key and a colon, for example - point: waterproof")
        raw_key, value = split
        optional = bool(_OPTIONAL.search(raw_key))
        key = _norm_key(_OPTIONAL.sub(" ", raw_key).strip())
        if _OPTIONAL.search(value):
            optional = True
            value = _OPTIONAL.sub(" ", value).strip()

        if key in {k.value for k in ItemKind}:
            if not products:
                raise at.error(
                    f"{ItemKind(key).spoken} is written before any product. Put a product heading above it, "
                    "for example ## Product: Phone case"
                )
            products[-1].items.append(_item(ItemKind(key), value, optional, languages, at))
            continue
        if bullet:
            raise at.error(_unknown_key(raw_key, item=True))
        if not value:
            raise at.error(f"{raw_key} needs a value after the colon")

        if products:
            product = products[-1]
            if key not in _PRODUCT_KEYS:
                raise at.error(_unknown_key(raw_key, item=False, product=True))
            if key == "category":
                product.category = value.casefold()
            elif key == "order":
                product.order = _order(value, at)
            else:
                product.say_within = _duration(value, at)
            continue

        if key not in _HEADER_KEYS:
            raise at.error(_unknown_key(raw_key, item=False))
        if key in ("language", "languages"):
            languages = _language(value, at)
            language_line = number
        elif key == "market":
            market = _market(value, at)
        elif key == "order":
            order = _order(value, at)
        elif key == "say-within":
            say_within = _duration(value, at)
        else:
            default_category = value.casefold()

    if not products:
        raise ScriptError(
            "the script has no products. Add one with a line such as ## Product: Phone case",
            path=path,
            line=max(1, len(text.splitlines())),
        )
    if not languages:
        if not market:
            raise ScriptError(
                "the script needs a language line near the top, for example language: vi", path=path, line=1
            )
        languages = (market.split("-")[0],)
    if not market:
        market = {"en": "en-US", "vi": "vi-VN", "zh": "zh-CN", "id": "id-ID"}[languages[0]]
    elif market.split("-")[0] not in languages:
        raise ScriptError(
            f"the market {market} does not match the language {languages[0]}. Add its language to the language "
            f"line, for example language: {languages[0]}, {market.split('-')[0]}",
            path=path,
            line=language_line or None,
        )

    built: list[Product] = []
    for draft in products:
        items = list(draft.items)
        if not any(i.kind == ItemKind.NAME for i in items):
            # The heading is the name to say when no "- name:" line gives spoken variants.
            items.insert(0, ScriptItem(ItemKind.NAME, (draft.name,), line=draft.line))
        built.append(
            Product(
                name=draft.name,
                items=tuple(items),
                category=draft.category,
                order=draft.order,
                say_within=draft.say_within if draft.say_within is not None else say_within,
                line=draft.line,
            )
        )
    return RunSheet(
        title=title or built[0].name,
        language=languages[0],
        market=market,
        products=tuple(built),
        order=order,
        say_within=say_within,
        languages=languages,
        path=str(path) if path is not None else "",
    )


def _unknown_key(key: str, *, item: bool, product: bool = False) -> str:
    items = ", ".join(k.value for k in ItemKind)
    if item:
        return f"{key!r} is not a kind of line the studio knows. Use one of: {items}"
    allowed = "category, order, say-within" if product else "language, market, order, say-within, category"
    return f"{key!r} is not a setting the studio knows here. Use one of: {allowed}; or a dash line such as - price: 99k"


def _item(kind: ItemKind, value: str, optional: bool, languages: tuple[str, ...], at: _At) -> ScriptItem:
    phrases = tuple(p.strip() for p in value.split("|") if p.strip())
    if not phrases:
        article = "an" if kind.value[0] in "aeiou" else "a"
        raise at.error(f"{article} {kind.value} needs a value after the colon")
    values: tuple[float, ...] = ()
    if kind == ItemKind.PRICE:
        found: list[float] = []
        for phrase in phrases:
            # The first number of each alternative is its price ("99.000 đồng, giảm còn ..." adds nothing), read
            # in each language of the sheet until one finds it.
            for language in languages or ("en", "vi", "id", "zh"):
                mentions = [m for m in extract_numbers(phrase, language) if m.value > 0]
                if mentions:
                    if mentions[0].value not in found:
                        found.append(mentions[0].value)
                    break
        if not found:
            raise at.error(f"the price {value!r} has no number in it. Write it as it is said, for example 99.000 đồng")
        values = tuple(found)
    return ScriptItem(kind, phrases, optional=optional, line=at.line or 0, values=values)


def load_script(path: Path) -> RunSheet:
    """Read and parse a run-sheet file (UTF-8, with or without a byte-order mark)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ScriptError("the script file does not exist", path=path) from None
    except IsADirectoryError:
        raise ScriptError("this is a folder, not a script file", path=path) from None
    except OSError as exc:
        raise ScriptError(f"the script file cannot be read ({exc.strerror or exc})", path=path) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ScriptError(
            "the script is not saved as UTF-8 text. Save it again as UTF-8 in your editor", path=path, line=line
        ) from None
    return parse_script(text, path=path)


# --------------------------------------------------------------------------- summary


def _money(value: float, market: str) -> str:
    whole = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    currency = {"vi-VN": "dong", "zh-CN": "yuan", "id-ID": "rupiah", "en-US": "dollars", "en-GB": "pounds"}
    return f"{whole} {currency.get(market, '')}".strip()


def summarise_script(sheet: RunSheet) -> str:
    """One English sentence describing the run-sheet, e.g. "Vietnamese coffee: 1 product, 6 points, price 99,000
    dong". Kept in one function so it can be translated later."""
    products = len(sheet.products)
    required = sum(len(p.required) for p in sheet.products)
    optional = sum(len(p.items) - len(p.required) for p in sheet.products)
    parts = [f"{products} product{'s' if products != 1 else ''}", f"{required} point{'s' if required != 1 else ''}"]
    if optional:
        parts[-1] += f" plus {optional} optional"
    prices = [
        _money(price.values[0], sheet.market)
        for p in sheet.products
        if (price := p.first(ItemKind.PRICE)) is not None and price.values
    ]
    if len(prices) == 1:
        parts.append(f"price {prices[0]}")
    elif prices:
        parts.append("prices " + ", ".join(prices))
    languages = " and ".join(_LANGUAGE_NAMES[code] for code in sheet.languages or (sheet.language,))
    parts.append(f"in {languages}")
    if sheet.order == OrderMode.STRICT and products > 1:
        parts.append("products in order")
    return f"{sheet.title}: {', '.join(parts)}."
