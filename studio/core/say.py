"""Numbers, durations and clock times said the way a person says them, in en, vi, zh and id.

Text-to-speech engines read "160" inconsistently across languages (espeak-ng reads digits in
the voice's language, some SAPI voices spell them out) and read "01:20" as a ratio or a time
of day. Feedback is therefore composed with the numbers already in words:

- ``say_number(160, "en")`` → "one hundred sixty"; vi "một trăm sáu mươi"; zh "一百六十";
  id "seratus enam puluh".
- ``say_duration(80, "en")`` → "one minute twenty seconds".
- ``say_clock(80, "en")`` → "one minute twenty" (a moment in the recording, for "at ...").
"""

from __future__ import annotations

import math

from studio.core.language import language_code

# --------------------------------------------------------------------------- English

_EN_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand"))


def _en_below_1000(n: int) -> str:
    parts: list[str] = []
    if n >= 100:
        parts.append(f"{_EN_ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        tens, ones = divmod(n, 10)
        parts.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    elif n or not parts:
        parts.append(_EN_ONES[n])
    return " ".join(parts)


def _en(n: int) -> str:
    if n < 1000:
        return _en_below_1000(n)
    parts: list[str] = []
    for value, name in _EN_SCALES:
        if n >= value:
            parts.append(f"{_en(n // value)} {name}")
            n %= value
    if n:
        parts.append(_en_below_1000(n))
    return " ".join(parts)


# --------------------------------------------------------------------------- Vietnamese

_VI_DIGITS = "không một hai ba bốn năm sáu bảy tám chín".split()


def _vi_below_1000(n: int, *, full: bool) -> str:
    """``full`` says the hundreds even when zero ("không trăm"), as after a thousand."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    parts: list[str] = []
    if hundreds or full:
        parts.append(f"{_VI_DIGITS[hundreds]} trăm")
    if tens == 0:
        if ones:
            parts.append(("lẻ " if parts else "") + _VI_DIGITS[ones])
        elif not parts:
            parts.append(_VI_DIGITS[0])
        return " ".join(parts)
    parts.append("mười" if tens == 1 else f"{_VI_DIGITS[tens]} mươi")
    if ones == 1:
        parts.append("một" if tens == 1 else "mốt")
    elif ones == 5:
        parts.append("lăm")
    elif ones:
        parts.append(_VI_DIGITS[ones])
    return " ".join(parts)


def _vi(n: int) -> str:
    if n < 1000:
        return _vi_below_1000(n, full=False)
    parts: list[str] = []
    started = False
    for value, name in ((1_000_000_000, "tỷ"), (1_000_000, "triệu"), (1000, "nghìn")):
        group, n = divmod(n, value)
        if group:
            parts.append(f"{_vi_below_1000(group, full=started)} {name}")
            started = True
    if n:
        parts.append(_vi_below_1000(n, full=started))
    return " ".join(parts)


# --------------------------------------------------------------------------- Mandarin

_ZH_DIGITS = "零一二三四五六七八九"


def _zh_below_10000(n: int, *, leading: bool) -> str:
    """``leading``: this group starts the number, so 10–19 say 十… rather than 一十…."""
    out = ""
    zero_pending = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit == 0:
            if out:
                zero_pending = True
            continue
        if zero_pending:
            out += "零"
            zero_pending = False
        if not (unit == "十" and digit == 1 and not out and leading):
            out += _ZH_DIGITS[digit]
        out += unit
    return out or "零"


def _zh(n: int) -> str:
    if n == 0:
        return "零"
    out = ""
    first = True
    for value, unit in ((100_000_000, "亿"), (10_000, "万"), (1, "")):
        group, n = divmod(n, value)
        if group:
            if not first and group < 1000:
                out += "零"
            out += _zh_below_10000(group, leading=first) + unit
            first = False
        elif out and n:
            pass  # a zero group: the 零 is added before the next non-zero group
    return out


# --------------------------------------------------------------------------- Indonesian

_ID_ONES = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()


def _id(n: int) -> str:
    if n < 12:
        return _ID_ONES[n]
    if n < 20:
        return f"{_ID_ONES[n - 10]} belas"
    if n < 100:
        tens, ones = divmod(n, 10)
        return f"{_ID_ONES[tens]} puluh" + (f" {_ID_ONES[ones]}" if ones else "")
    for value, name, single in (
        (1_000_000_000, "miliar", "satu miliar"),
        (1_000_000, "juta", "satu juta"),
        (1000, "ribu", "seribu"),
        (100, "ratus", "seratus"),
    ):
        if n >= value:
            head, rest = divmod(n, value)
            said = single if head == 1 else f"{_id(head)} {name}"
            return said + (f" {_id(rest)}" if rest else "")
    raise AssertionError("unreachable")


_INTEGER = {"en": _en, "vi": _vi, "zh": _zh, "id": _id}
_POINT = {"en": "point", "vi": "phẩy", "zh": "点", "id": "koma"}
_MINUS = {"en": "minus", "vi": "âm", "zh": "负", "id": "minus"}
_SEP = {"en": " ", "vi": " ", "zh": "", "id": " "}


def say_number(value: float, language: str, *, decimals: int = 1) -> str:
    """A number in words. Whole numbers stay whole; others keep up to ``decimals`` digits after the point."""
    lang = language_code(language)
    if not math.isfinite(value):
        raise ValueError(f"cannot say {value!r} as a number")
    sep = _SEP[lang]
    sign = f"{_MINUS[lang]}{sep}" if value < 0 else ""
    value = abs(value)
    rounded = round(value, decimals)
    whole = int(rounded)
    fraction = round(rounded - whole, decimals)
    said = _INTEGER[lang](whole)
    if fraction > 0:
        digits = f"{fraction:.{decimals}f}".split(".")[1].rstrip("0")
        spoken_digits = sep.join(_INTEGER[lang](int(d)) for d in digits)
        said = f"{said}{sep}{_POINT[lang]}{sep}{spoken_digits}"
    return sign + said


# --------------------------------------------------------------------------- durations and clock times


def _zh_count(n: int) -> str:
    """Before a measure word Mandarin says 两, not 二, for a lone two (两分钟, 两秒)."""
    return "两" if n == 2 else _zh(n)


def say_duration(seconds: float, language: str) -> str:
    """A length of time: "one minute twenty seconds", "một phút hai mươi giây", "一分二十秒",
    "satu menit dua puluh detik".

    Under ten seconds keeps one decimal ("two point five seconds"); longer ones are whole seconds.
    """
    lang = language_code(language)
    seconds = max(0.0, seconds)
    if seconds < 10 and round(seconds, 1) != round(seconds):
        number = say_number(round(seconds, 1), lang)
        return {"en": f"{number} seconds", "vi": f"{number} giây", "zh": f"{number}秒", "id": f"{number} detik"}[lang]
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts: list[str] = []
    if lang == "en":
        for amount, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second")):
            if amount:
                parts.append(f"{_en(amount)} {unit}{'' if amount == 1 else 's'}")
        return " ".join(parts) or "zero seconds"
    if lang == "vi":
        for amount, unit in ((hours, "giờ"), (minutes, "phút"), (secs, "giây")):
            if amount:
                parts.append(f"{_vi(amount)} {unit}")
        return " ".join(parts) or "không giây"
    if lang == "zh":
        if hours:
            parts.append(f"{_zh_count(hours)}小时")
        if minutes:
            parts.append(f"{_zh_count(minutes)}分钟" if not secs else f"{_zh_count(minutes)}分")
        if secs:
            parts.append(f"{_zh_count(secs) if not parts else _zh(secs)}秒")
        return "".join(parts) or "零秒"
    for amount, unit in ((hours, "jam"), (minutes, "menit"), (secs, "detik")):
        if amount:
            parts.append(f"{_id(amount)} {unit}")
    return " ".join(parts) or "nol detik"


def say_clock(seconds: float, language: str) -> str:
    """A moment in the recording, said as people say a position: "one minute twenty", "forty-five seconds in".

    The result fits after "at" / "lúc" / "在" / "pada".
    """
    lang = language_code(language)
    total = int(max(0.0, seconds))
    minutes, secs = divmod(total, 60)
    if total == 0:
        return {"en": "the start", "vi": "đầu buổi", "zh": "开头", "id": "awal"}[lang]
    if minutes == 0:
        return {
            "en": f"{_en(secs)} second{'' if secs == 1 else 's'}",
            "vi": f"giây thứ {_vi(secs)}",
            "zh": f"第{_zh(secs)}秒",
            "id": f"detik {_id_ordinal(secs)}",
        }[lang]
    if lang == "en":
        head = f"{_en(minutes)} minute{'' if minutes == 1 else 's'}"
        if secs == 0:
            return head
        return f"{head} {_en(secs)}" if secs >= 10 else f"{head} and {_en(secs)} second{'' if secs == 1 else 's'}"
    if lang == "vi":
        return f"{_vi(minutes)} phút" + (f" {_vi(secs)} giây" if secs else "")
    if lang == "zh":
        return f"{_zh_count(minutes)}分" + (f"{_zh(secs)}秒" if secs else "钟")
    return f"menit {_id_ordinal(minutes)}" + (f" lewat {_id(secs)} detik" if secs else "")


def _id_ordinal(n: int) -> str:
    """Indonesian ordinals: pertama, kedua, kesebelas, kedua puluh (ke- joined to the number word)."""
    return "pertama" if n == 1 else f"ke{_id(n)}"


def say_count(n: int, language: str) -> str:
    """A count of things, as said before a measure word: like ``say_number`` but Mandarin says 两 for two."""
    lang = language_code(language)
    return _zh_count(n) if lang == "zh" else say_number(n, lang)
