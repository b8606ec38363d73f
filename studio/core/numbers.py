"""Numbers as people say them and as a speech recogniser writes them, in English, Vietnamese, Chinese and Indonesian.

A price on a run-sheet ("99.000 đồng") has to match the same price in a transcript however it came out:
``99.000``, ``99,000``, ``99k``, ``99 nghìn``, ``99rb``, ``9,9万``, "ninety-nine thousand", "chín mươi chín
nghìn", "chín chín nghìn", "九万九千", "九万九", "sembilan puluh sembilan ribu". :func:`extract_numbers` finds
every number in a text and gives its value and where it is; :func:`value_match` says how well a mention matches
an expected value.

Why the rules are what they are:

- **Digit grouping.** Vietnamese and Indonesian write thousands with a dot (``99.000``) and decimals with a comma
  (``9,9``); English the other way round. A separator followed by exactly three digits is read as grouping
  (``99.000`` = 99000 in every language, ``99,000`` likewise) except a single dot-group in English (``1.500`` = 1.5);
  a separator followed by one or two digits is a decimal point (``9,9万`` = 99000, ``$19.99``). Whisper also writes
  ``99 000`` with a space: a 3-digit group right after a number is joined to it.
- **Scale words after digits** (``k``, ``nghìn``/``ngàn``, ``triệu``/``tr``, ``ribu``/``rb``, ``juta``/``jt``,
  ``thousand``, ``千``/``万``/``亿``) multiply: ``99 nghìn`` = 99000, ``1tr5`` = 1.5 million.
- **Elliptical tails.** Vietnamese and Chinese drop the last unit: "một trăm hai" = 120, "hai triệu rưỡi" = 2.5
  million, "九万九" = 99000, "两千五" = 2500, "99 nghìn 5" = 99500. A trailing single digit after a scale word is
  read as tenths of that scale unless a linking zero ("linh"/"lẻ"/"零") came before it ("một trăm linh năm" = 105).
- **Digit strings said one by one** ("chín chín nghìn", "九九") are concatenated: 99000, 99.
- **Tone-less Vietnamese.** When a recogniser drops the tones ("chin muoi chin nghin"), the number words are looked
  up without diacritics — but only if the whole text has no Vietnamese diacritics, because without tones "sau"
  (after) looks like "sáu" (six) and "nam" (south) like "năm" (five).
- Currency words and symbols (đồng, đ, Rp, 元, 块, $) end a number; ``九块九`` = 9.9 (yuan and jiao).
- **English pairs.** "nineteen ninety-nine" is 1999 (a year) with 19.99 (a price) as an alternative reading;
  "nineteen dollars ninety-nine" and "... and ninety-nine cents" are 19.99.

Pure Python, no dependencies; used by the run-sheet parser (price values) and by coverage.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

__all__ = ["NumberMention", "extract_numbers", "parse_digits", "value_match"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in a text: its value, its character span ``[start, end)`` and the text of that span.

    ``scaled`` is true when a scale word or suffix of a thousand or more was said with it ("99 nghìn", "99k",
    "九万"), so a bare "99" can be told apart from "99 thousand".
    """

    value: float
    span: tuple[int, int]
    text: str
    scaled: bool = False
    alternatives: tuple[float, ...] = ()
    """Other readings of the same words: "nineteen ninety-nine" is 1999 as a year and 19.99 as a price."""

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]


def value_match(expected: float, mention: NumberMention) -> float:
    """How well ``mention`` matches an ``expected`` value: 1.0 equal, 0.6 shorthand, 0.0 different.

    Shorthand: livestream hosts drop the thousands once the price is known ("chỉ 99 thôi", "cuma 99"), and a
    recogniser may drop a mumbled "k". A bare number (no scale word) whose value times 1000 is the expected value
    therefore matches with lower confidence, so coverage can call it "partly" rather than "missed".
    """
    if _close(mention.value, expected) or any(_close(v, expected) for v in mention.alternatives):
        return 1.0
    if not mention.scaled and expected >= 1000 and _close(mention.value * 1000, expected):
        return 0.6
    return 0.0


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.005, abs(b) * 1e-6)


# --------------------------------------------------------------------------- digits


_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")


def parse_digits(token: str, language: str = "en") -> float | None:
    """The value of a number written in digits ("99.000", "99,000", "9,9", "1.234,56", "19.99"), or None."""
    token = unicodedata.normalize("NFKC", token).strip()
    if not token or not _DIGITS_RE.fullmatch(token):
        return None
    seps = [c for c in token if c in ".,"]
    if not seps:
        return float(token)
    groups = re.split(r"[.,]", token)
    last = groups[-1]
    if len(set(seps)) == 2:
        # Both kinds: the last separator is the decimal point ("1.234,56" or "1,234.56").
        decimal = seps[-1]
        whole = token[: token.rfind(decimal)].replace(".", "").replace(",", "")
        return float(f"{whole}.{last}")
    sep = seps[0]
    grouping = len(last) == 3 and all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    if grouping and not (language == "en" and sep == "." and len(seps) == 1):
        return float("".join(groups))
    if len(seps) == 1:
        return float(f"{groups[0]}.{last}")
    return None  # "1.2.3": a version number or a date, not a quantity


# --------------------------------------------------------------------------- word lexicons


class _T(Enum):
    UNIT = "unit"  # a value to add (a digit, a teen, a tens word, a number in digits)
    TENS = "tens"  # multiply the pending unit by ten (vi "mươi", id "puluh")
    TEEN = "teen"  # add ten to the pending unit (id "belas")
    HUNDRED = "hundred"
    LARGE = "large"  # thousand and above
    LINK = "link"  # a zero or "and" that joins parts of one number
    HALF = "half"  # "rưỡi", "setengah": half of the last scale
    ARTICLE = "article"  # "a"/"an"/"một" before a scale word


_Lex = dict[str, tuple[_T, float]]

_EN: _Lex = {
    **{w: (_T.UNIT, float(i)) for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )},
    **{w: (_T.UNIT, float(10 * (i + 2))) for i, w in enumerate(
        "twenty thirty forty fifty sixty seventy eighty ninety".split()
    )},
    "oh": (_T.LINK, 0.0), "and": (_T.LINK, 0.0),
    "hundred": (_T.HUNDRED, 100.0),
    "thousand": (_T.LARGE, 1e3), "k": (_T.LARGE, 1e3), "grand": (_T.LARGE, 1e3),
    "million": (_T.LARGE, 1e6), "m": (_T.LARGE, 1e6), "mil": (_T.LARGE, 1e6),
    "billion": (_T.LARGE, 1e9), "bn": (_T.LARGE, 1e9),
    "half": (_T.HALF, 0.5),
    "a": (_T.ARTICLE, 1.0), "an": (_T.ARTICLE, 1.0),
}

_VI: _Lex = {
    "không": (_T.UNIT, 0.0), "một": (_T.UNIT, 1.0), "mốt": (_T.UNIT, 1.0), "hai": (_T.UNIT, 2.0),
    "ba": (_T.UNIT, 3.0), "bốn": (_T.UNIT, 4.0), "tư": (_T.UNIT, 4.0), "năm": (_T.UNIT, 5.0),
    "lăm": (_T.UNIT, 5.0), "nhăm": (_T.UNIT, 5.0), "sáu": (_T.UNIT, 6.0), "bảy": (_T.UNIT, 7.0),
    "bẩy": (_T.UNIT, 7.0), "tám": (_T.UNIT, 8.0), "chín": (_T.UNIT, 9.0), "mười": (_T.UNIT, 10.0),
    "mươi": (_T.TENS, 10.0), "chục": (_T.TENS, 10.0),
    "linh": (_T.LINK, 0.0), "lẻ": (_T.LINK, 0.0),
    "trăm": (_T.HUNDRED, 100.0),
    "nghìn": (_T.LARGE, 1e3), "ngàn": (_T.LARGE, 1e3), "k": (_T.LARGE, 1e3), "ca": (_T.LARGE, 1e3),
    "cành": (_T.LARGE, 1e3), "triệu": (_T.LARGE, 1e6), "tr": (_T.LARGE, 1e6), "củ": (_T.LARGE, 1e6),
    "tỷ": (_T.LARGE, 1e9), "tỉ": (_T.LARGE, 1e9),
    "rưỡi": (_T.HALF, 0.5), "rưởi": (_T.HALF, 0.5),
}
# Words that only count as a number after another number word ("ca", "củ", "cành" are slang scales, "tư"/"mốt"
# /"lăm" are digits only inside a number, "không" is also "not").
_VI_ONLY_INSIDE = {"ca", "củ", "cành", "tư", "mốt", "lăm", "nhăm", "không", "lẻ", "linh", "chục"}

_ID: _Lex = {
    "nol": (_T.UNIT, 0.0), "kosong": (_T.UNIT, 0.0), "satu": (_T.UNIT, 1.0), "dua": (_T.UNIT, 2.0),
    "tiga": (_T.UNIT, 3.0), "empat": (_T.UNIT, 4.0), "lima": (_T.UNIT, 5.0), "enam": (_T.UNIT, 6.0),
    "tujuh": (_T.UNIT, 7.0), "delapan": (_T.UNIT, 8.0), "sembilan": (_T.UNIT, 9.0),
    "sepuluh": (_T.UNIT, 10.0), "sebelas": (_T.UNIT, 11.0),
    "puluh": (_T.TENS, 10.0), "belas": (_T.TEEN, 10.0),
    "ratus": (_T.HUNDRED, 100.0), "seratus": (_T.UNIT, 100.0),
    "ribu": (_T.LARGE, 1e3), "rb": (_T.LARGE, 1e3), "k": (_T.LARGE, 1e3), "rebu": (_T.LARGE, 1e3),
    "juta": (_T.LARGE, 1e6), "jt": (_T.LARGE, 1e6), "miliar": (_T.LARGE, 1e9), "milyar": (_T.LARGE, 1e9),
    "m": (_T.LARGE, 1e9),
    "setengah": (_T.HALF, 0.5), "seribu": (_T.UNIT, 1e3), "sejuta": (_T.UNIT, 1e6), "semiliar": (_T.UNIT, 1e9),
}
_ID_ONLY_INSIDE = {"k", "m", "rb", "jt", "kosong"}
_EN_ONLY_INSIDE = {"k", "m", "mil", "bn", "grand", "oh", "and", "half"}

# "seribu"-style words already carry their scale; the parser must treat them as scale words too so that
# "seribu lima ratus" = 1500 and "sejuta" is ``scaled``.
_ID_SE_SCALES = {"seribu": 1e3, "sejuta": 1e6, "semiliar": 1e9}

_LEXICONS: dict[str, _Lex] = {"en": _EN, "vi": _VI, "id": _ID}
_ONLY_INSIDE: dict[str, set[str]] = {"en": _EN_ONLY_INSIDE, "vi": _VI_ONLY_INSIDE, "id": _ID_ONLY_INSIDE}
_ELLIPTICAL = {"vi", "zh"}


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c))).replace(
        "đ", "d"
    )


_VI_TONELESS: _Lex = {_strip_marks(k): v for k, v in _VI.items() if _strip_marks(k) not in {"tu", "lam", "nham"}}
_VI_TONELESS_INSIDE = {_strip_marks(w) for w in _VI_ONLY_INSIDE} | {"nam", "sau", "bay", "tam", "mot"}


# --------------------------------------------------------------------------- the word-number state machine


@dataclass(slots=True)
class _Acc:
    """An accumulating number: ``total`` (finished scale groups) + ``group`` (below a thousand) + ``unit``."""

    total: float = 0.0
    group: float = 0.0
    unit: float | None = None
    last: _T | None = None
    last_was_word_digit: bool = False
    last_scale: float = 0.0
    linked: bool = False
    scaled: bool = False
    tokens: int = 0

    def value(self, elliptical: bool) -> float:
        unit = self.unit or 0.0
        if (
            elliptical
            and self.unit is not None
            and self.unit < 10
            and self.last == _T.UNIT
            and self.last_scale >= 100
            and not self.linked
            and self._tail_follows_scale
        ):
            return self.total + self.group + unit * self.last_scale / 10
        return self.total + self.group + unit

    _tail_follows_scale: bool = False


def _feed(acc: _Acc, kind: _T, value: float, word_digit: bool, digits: bool = False) -> bool:
    """Add one token to ``acc``; False when the token cannot continue this number (the caller starts a new one)."""
    if kind == _T.UNIT:
        if acc.unit is not None and acc.last == _T.UNIT:
            if word_digit and acc.last_was_word_digit and value < 10 and acc.unit < 100:
                acc.unit = acc.unit * 10 + value  # digits said one by one: "chín chín" = 99
            elif acc.unit >= 10 and acc.unit % 10 == 0 and value < 10 and acc.unit < 100:
                acc.unit += value  # "ninety nine", "mười lăm"
            else:
                return False
        elif acc.unit is not None and acc.last == _T.LINK:
            acc.group += acc.unit
            acc.unit = value
        else:
            if acc.unit is not None:
                acc.group += acc.unit
            acc._tail_follows_scale = acc.last in (_T.HUNDRED, _T.LARGE)
            acc.unit = value
            if value >= 1000:
                # "seribu", "sejuta": a unit that is its own scale
                acc.total += acc.group + value
                acc.group, acc.unit = 0.0, None
                acc.last_scale = value
                acc.scaled = True
            elif value == 100 and not digits:
                # "seratus": a hundred that later words add to ("seratus dua puluh lima ribu" = 125000)
                acc.group += value
                acc.unit = None
                acc.last_scale = value
        acc.last_was_word_digit = word_digit
    elif kind == _T.TENS:
        if acc.unit is None or acc.unit >= 10 or acc.last != _T.UNIT:
            return False
        acc.group += acc.unit * value
        acc.unit = None
    elif kind == _T.TEEN:
        if acc.unit is None or acc.unit >= 10:
            return False
        acc.group += acc.unit + value
        acc.unit = None
    elif kind == _T.HUNDRED:
        if acc.last not in (_T.UNIT, _T.ARTICLE) or acc.unit is None:
            return False
        acc.group += acc.unit * value
        acc.unit = None
        acc.last_scale = value
    elif kind == _T.LARGE:
        small = acc.group + (acc.unit or 0.0)
        if small == 0 and acc.unit is None:
            if acc.last == _T.LARGE and acc.total and value > acc.last_scale:
                acc.total *= value  # "nghìn tỷ", "thousand million"
            elif acc.last == _T.HALF and acc.total == 0:
                acc.total = acc.group
            else:
                return False
        else:
            if acc.last_scale and value > acc.last_scale and acc.last_scale >= 1000 and acc.total:
                acc.total = (acc.total + small) * value  # "một trăm nghìn triệu"-style chains, rare
            else:
                acc.total += small * value
        acc.group, acc.unit = 0.0, None
        acc.last_scale = value
        acc.scaled = acc.scaled or value >= 1000
    elif kind == _T.LINK:
        if acc.last not in (_T.HUNDRED, _T.LARGE, _T.UNIT):
            return False
        acc.linked = True
    elif kind == _T.HALF:
        if acc.last not in (_T.HUNDRED, _T.LARGE, _T.UNIT) or (not acc.last_scale and acc.unit is None):
            return False
        if acc.last == _T.UNIT and acc.unit is not None:
            acc.group += acc.unit
            acc.unit = None
        base = acc.last_scale if acc.last in (_T.HUNDRED, _T.LARGE) else 1.0
        acc.group += base * value
    elif kind == _T.ARTICLE:
        if acc.tokens:
            return False
        acc.unit = 1.0
        acc.last = _T.UNIT
        acc.tokens += 1
        acc.last_was_word_digit = False
        return True
    acc.last = kind
    acc.tokens += 1
    return True


# --------------------------------------------------------------------------- tokenising


_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+", re.UNICODE)
_BREAK_RE = re.compile(r"[^\s\-–—]")
_SPACE_GROUP_RE = re.compile(r"(\d{1,3})((?:[  ]\d{3})+)(?!\d)")


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int


def _lookup(word: str, language: str, toneless: bool, inside: bool) -> tuple[_T, float] | None:
    lex = _LEXICONS.get(language, _EN)
    only_inside = _ONLY_INSIDE.get(language, _EN_ONLY_INSIDE)
    if language == "vi" and toneless:
        lex, only_inside = _VI_TONELESS, _VI_TONELESS_INSIDE
        word = _strip_marks(word)
    entry = lex.get(word)
    if entry is None or (not inside and word in only_inside):
        return None
    return entry


def _is_vi_toneless(text: str) -> bool:
    return not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text)) and "đ" not in text


def _word_numbers(text: str, language: str) -> list[NumberMention]:
    """Numbers written in words or digits (with scale words) in a spaced language."""
    toneless = language == "vi" and _is_vi_toneless(text.casefold())
    folded = text.casefold()
    mentions: list[NumberMention] = []
    acc: _Acc | None = None
    start = end = 0
    pending_article: _Tok | None = None
    prev_end = -1
    lexicon = _VI_TONELESS if toneless else _LEXICONS.get(language, _EN)

    def flush() -> None:
        nonlocal acc
        if acc is not None and acc.tokens and not (acc.last == _T.LINK and acc.tokens == 1):
            value = acc.value(language in _ELLIPTICAL)
            mentions.append(NumberMention(value, (start, end), text[start:end], acc.scaled))
        acc = None

    for found in _TOKEN_RE.finditer(folded):
        word = found.group(0)
        if acc is None and pending_article is None and not word[0].isdigit() and word not in lexicon:
            prev_end = found.end()
            continue  # the common case, kept cheap: an ordinary word outside any number
        tok = _Tok(word, found.start(), found.end())
        gap = folded[prev_end:tok.start] if prev_end >= 0 else " "
        prev_end = tok.end
        if acc is not None and _BREAK_RE.search(gap):
            flush()  # a comma or full stop ends a number, as it does when read
        digit_value = parse_digits(tok.text, language) if tok.text[0].isdigit() else None
        if digit_value is not None:
            kind, value, word_digit = _T.UNIT, digit_value, False
            if acc is not None and acc.last == _T.UNIT and acc.unit is not None and not acc.last_was_word_digit:
                flush()
        else:
            entry = _lookup(tok.text, language, toneless, inside=acc is not None)
            if entry is None and acc is None and pending_article is None:
                entry = _lookup(tok.text, language, toneless, inside=True)
                if entry is not None and entry[0] != _T.ARTICLE:
                    entry = None
            if entry is None:
                flush()
                pending_article = None
                continue
            kind, value = entry
            word_digit = kind == _T.UNIT and value < 10
        if kind == _T.ARTICLE and acc is None:
            pending_article = tok
            continue
        if acc is None:
            if kind not in (_T.UNIT,) and pending_article is None:
                continue
            acc = _Acc()
            start = tok.start
            if pending_article is not None:
                if kind in (_T.HUNDRED, _T.LARGE):
                    _feed(acc, _T.ARTICLE, 1.0, False)
                    start = pending_article.start
                elif kind != _T.UNIT:
                    acc = None
                    pending_article = None
                    continue
            pending_article = None
        if not _feed(acc, kind, value, word_digit, digit_value is not None):
            flush()
            if kind == _T.UNIT:
                acc = _Acc()
                start = tok.start
                _feed(acc, kind, value, word_digit, digit_value is not None)
            else:
                continue
        end = tok.end
    flush()
    return [m for m in mentions if m.text.strip() and m.text.casefold() not in {"a", "an", "and", "oh"}]


# --------------------------------------------------------------------------- Chinese


_ZH_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7,
    "捌": 8, "玖": 9, "兩": 2,
}
_ZH_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_ZH_LARGE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_ZH_CHARS = "".join(_ZH_DIGITS) + "".join(_ZH_SMALL) + "".join(_ZH_LARGE)
_ZH_RUN_RE = re.compile(
    rf"(?:\d+|[{''.join(_ZH_DIGITS)}])点[{''.join(_ZH_DIGITS)}\d]+"
    rf"|(?:\d+(?:[.,]\d+)*|[{_ZH_CHARS}])+(?:[kKwW](?![a-zA-Z]))?"
    rf"(?:[块塊元][{''.join(_ZH_DIGITS)}\d](?:[毛角][{''.join(_ZH_DIGITS)}\d])?)?"
)
# A lone 一 before another character is a quantity only if that is a measure word or a currency (一袋, 一元), not
# in 一下, 一起, 统一; at the end of a phrase (买二送一) it is a number.
_ZH_MEASURE_WORDS = frozenset("元块个件盒包瓶斤袋份套支只双条张台箱罐桶克片粒颗杯次号斤毛角")
# Words made of number characters that are not numbers ("千万别" = by all means don't, "万一" = in case,
# "一下" is caught by the single-一 rule below).
_ZH_NOT_NUMBERS = ("千万别", "千万不", "千万要", "千万记", "千万得", "万一", "百分之")


def _zh_value(run: str) -> tuple[float, bool] | None:
    """The value of a run of Chinese numerals and digits ("九万九千", "9.9万", "两百", "九块九")."""
    money_tail = 0.0
    m = re.search(r"[块塊元](.)(?:[毛角](.))?$", run)
    if m:
        jiao = _zh_digit(m.group(1))
        fen = _zh_digit(m.group(2)) if m.group(2) else 0
        if jiao is None or fen is None:
            return None
        money_tail = jiao / 10 + fen / 100
        run = run[: m.start()]
    if "点" in run:
        whole, _, frac = run.partition("点")
        w = _zh_value(whole)
        digits = [_zh_digit(c) for c in frac]
        if w is None or any(d is None for d in digits):
            return None
        return w[0] + float("0." + "".join(str(d) for d in digits)), False
    if run[-1:] in "kKwW":
        base = _zh_value(run[:-1])
        return None if base is None else (base[0] * (1000 if run[-1] in "kK" else 10_000), True)
    total = section = 0.0
    number: float | None = None
    last_unit = 0.0
    linked = scaled = False
    last_kind = ""
    digit_run = ""
    i = 0
    while i < len(run):
        c = run[i]
        dm = _DIGITS_RE.match(run, i)
        if dm:
            number = parse_digits(dm.group(0), "zh")
            if number is None:
                return None
            i = dm.end()
            last_kind = "num"
            digit_run = ""
            continue
        if c in _ZH_DIGITS:
            d = _ZH_DIGITS[c]
            if d == 0 and c in "零〇" and last_kind in ("small", "large"):
                linked = True
                last_kind = "zero"
            elif last_kind == "digit":
                digit_run += str(d)  # 一九九八: digits read one by one
                number = float(digit_run)
            else:
                number = float(d)
                digit_run = str(d)
                last_kind = "digit"
        elif c in _ZH_SMALL:
            unit = _ZH_SMALL[c]
            section += (number if number is not None else 1.0) * unit
            number = None
            last_unit, last_kind, linked = unit, "small", False
        elif c in _ZH_LARGE:
            unit = _ZH_LARGE[c]
            value = section + (number or 0.0)
            if value == 0:
                value = 1.0 if total == 0 else 0.0
            if value == 0 and total:
                total *= unit
            else:
                total += value * unit
            section, number = 0.0, None
            last_unit, last_kind, linked = unit, "large", False
            scaled = True
        i += 1
    if number is not None and last_kind == "digit" and len(digit_run) == 1 and last_unit >= 100 and not linked:
        number = number * last_unit / 10  # 九万九 = 99000, 一百二 = 120
    return total + section + (number or 0.0) + money_tail, scaled or last_unit >= 1000


def _zh_digit(c: str) -> int | None:
    if c.isdigit():
        return int(unicodedata.digit(c))
    return _ZH_DIGITS.get(c)


def _zh_numbers(text: str) -> list[NumberMention]:
    normal = unicodedata.normalize("NFKC", text)  # full-width digits "９９" and "，" → ASCII
    for phrase in _ZH_NOT_NUMBERS:
        normal = normal.replace(phrase, " " * len(phrase))  # same length, so spans stay valid
    mentions: list[NumberMention] = []
    for m in _ZH_RUN_RE.finditer(normal):
        run = m.group(0)
        start, end = m.start(), m.end()
        following = normal[end : end + 1]
        if run == "一" and "\u4e00" <= following <= "\u9fff" and following not in _ZH_MEASURE_WORDS:
            continue  # 一下, 一定, 一起, 统一: the character, not the quantity
        parsed = _zh_value(run)
        if parsed is None:
            continue
        # An ASCII scale word after the digits (99 k, 99K) is handled by the run pattern; "99 千" with a space too.
        mentions.append(NumberMention(parsed[0], (start, end), text[start:end], parsed[1]))
    return mentions


# --------------------------------------------------------------------------- public


_EN_PAIR_GAP = re.compile(r"\s+|\s*-\s*")
_EN_MONEY_GAP = re.compile(r"\s+(?:dollars?|bucks?|pounds?|quid)(?:\s+and)?\s+")
_EN_CENTS_AFTER = re.compile(r"\s*(?:cents?|pence|p)\b")


def _english_pairs(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Join how English speakers say prices and years in two parts.

    "nineteen ninety-nine" is one number read in pairs: 1999 as a year, 19.99 as a price (kept as an
    alternative reading). "nineteen dollars ninety-nine" and "nineteen dollars and ninety-nine cents" are 19.99.
    """
    out: list[NumberMention] = []
    i = 0
    while i < len(found):
        first = found[i]
        second = found[i + 1] if i + 1 < len(found) else None
        if second is not None and not first.scaled and not second.scaled and first.value == int(first.value):
            gap = text[first.end : second.start]
            small = 1 <= first.value < 100 and 10 <= second.value < 100 and second.value == int(second.value)
            if small and _EN_MONEY_GAP.fullmatch(gap):
                end = second.end
                cents = _EN_CENTS_AFTER.match(text, end)
                if cents:
                    end = cents.end()
                out.append(NumberMention(first.value + second.value / 100, (first.start, end), text[first.start : end]))
                i += 2
                continue
            in_words = not any(c.isdigit() for c in first.text + second.text)
            if small and in_words and _EN_PAIR_GAP.fullmatch(gap):
                span = (first.start, second.end)
                reading = (first.value + second.value / 100,)
                pair = first.value * 100 + second.value
                out.append(NumberMention(pair, span, text[span[0] : span[1]], False, reading))
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _join_space_groups(text: str) -> str:
    """'99 000' → '99.000' (same length, so spans stay valid): Whisper writes thousands with a space."""
    return _SPACE_GROUP_RE.sub(lambda m: m.group(1) + re.sub(r"[  ]", ".", m.group(2)), text)


def extract_numbers(text: str, language: str) -> list[NumberMention]:
    """Every number in ``text`` — digits, digits with scale words, or words — with value and span, in order.

    ``language`` is a code or tag ("vi", "zh-CN"); Chinese text is also scanned for numbers in spaced words (an
    English "99 k" inside a Chinese transcript still counts), and every language reads plain digits.
    """
    lang = language.strip().lower().replace("_", "-").split("-")[0]
    prepared = _join_space_groups(unicodedata.normalize("NFC", text))
    if lang == "zh":
        found = _zh_numbers(prepared)
        taken = [m.span for m in found]
        extra = [
            m for m in _word_numbers(prepared, "en")
            if not any(a < m.end and m.start < b for a, b in taken)
        ]
        found = sorted(found + extra, key=lambda m: m.start)
    else:
        found = _word_numbers(prepared, lang if lang in _LEXICONS else "en")
        if lang not in _LEXICONS or lang == "en":
            found = _english_pairs(prepared, found)
    return [NumberMention(m.value, m.span, text[m.start : m.end], m.scaled, m.alternatives) for m in found]
