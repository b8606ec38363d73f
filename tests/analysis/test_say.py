"""Numbers, durations and clock times said naturally in the four coaching languages."""

from __future__ import annotations

import pytest

from studio.core.say import say_clock, say_count, say_duration, say_number


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "one hundred sixty"),
        ("vi", "một trăm sáu mươi"),
        ("zh", "一百六十"),
        ("id", "seratus enam puluh"),
    ],
)
def test_one_hundred_sixty_in_each_language(language: str, expected: str) -> None:
    """The brief's own example: 160 said in en, vi, zh and id."""
    assert say_number(160, language) == expected


@pytest.mark.parametrize(
    ("value", "en", "vi", "zh", "id"),
    [
        (0, "zero", "không", "零", "nol"),
        (11, "eleven", "mười một", "十一", "sebelas"),
        (15, "fifteen", "mười lăm", "十五", "lima belas"),
        (21, "twenty-one", "hai mươi mốt", "二十一", "dua puluh satu"),
        (25, "twenty-five", "hai mươi lăm", "二十五", "dua puluh lima"),
        (105, "one hundred five", "một trăm lẻ năm", "一百零五", "seratus lima"),
        (110, "one hundred ten", "một trăm mười", "一百一十", "seratus sepuluh"),
        (1005, "one thousand five", "một nghìn không trăm lẻ năm", "一千零五", "seribu lima"),
        (99000, "ninety-nine thousand", "chín mươi chín nghìn", "九万九千", "sembilan puluh sembilan ribu"),
        (100005, "one hundred thousand five", "một trăm nghìn không trăm lẻ năm", "十万零五", "seratus ribu lima"),
    ],
)
def test_tricky_numbers(value: int, en: str, vi: str, zh: str, id: str) -> None:
    """Irregular forms: vi mốt/lăm/lẻ, zh 零 and a bare 十, id se- prefixes and belas."""
    assert (say_number(value, "en"), say_number(value, "vi"), say_number(value, "zh"), say_number(value, "id")) == (
        en,
        vi,
        zh,
        id,
    )


def test_decimals_and_language_tags() -> None:
    """One decimal is kept and said with the language's decimal word; tags like vi-VN work."""
    assert say_number(3.5, "en") == "three point five"
    assert say_number(3.5, "vi-VN") == "ba phẩy năm"
    assert say_number(3.5, "zh-CN") == "三点五"
    assert say_number(3.5, "id-ID") == "tiga koma lima"
    assert say_number(-2, "en") == "minus two"


def test_durations_and_clock_times() -> None:
    """80 s as a length and as a moment; Mandarin says 两 for a lone two before a measure word."""
    assert say_duration(80, "en") == "one minute twenty seconds"
    assert say_duration(80, "vi") == "một phút hai mươi giây"
    assert say_duration(80, "zh") == "一分二十秒"
    assert say_duration(80, "id") == "satu menit dua puluh detik"
    assert say_duration(2.5, "en") == "two point five seconds"
    assert say_duration(120, "zh") == "两分钟"
    assert say_clock(80, "en") == "one minute twenty"
    assert say_clock(45, "en") == "forty-five seconds"
    assert say_clock(80, "vi") == "một phút hai mươi giây"
    assert say_clock(125, "zh") == "两分五秒"
    assert say_count(2, "zh") == "两"
    assert say_clock(11, "id") == "detik kesebelas"
    assert say_clock(0.4, "en") == "the start"
