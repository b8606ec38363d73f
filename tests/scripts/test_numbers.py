"""Numbers said in words or written in digits, in English, Vietnamese, Chinese and Indonesian, checked by hand."""

from __future__ import annotations

import pytest

from studio.core.numbers import NumberMention, extract_numbers, parse_digits, value_match


def values(text: str, language: str) -> list[float]:
    return [m.value for m in extract_numbers(text, language)]


@pytest.mark.parametrize(
    ("token", "language", "value"),
    [
        ("99.000", "vi", 99000), ("99,000", "en", 99000), ("99.000", "id", 99000), ("1.234.567", "vi", 1234567),
        ("9,9", "vi", 9.9), ("19.99", "en", 19.99), ("1.234,56", "id", 1234.56), ("1,234.56", "en", 1234.56),
        ("1.500", "en", 1.5), ("1.500", "vi", 1500), ("99", "zh", 99), ("１００", "zh", 100),
    ],
)
def test_digits_with_grouping_and_decimal_separators(token: str, language: str, value: float) -> None:
    assert parse_digits(token, language) == pytest.approx(value)


def test_a_dotted_version_or_date_is_not_a_number() -> None:
    assert parse_digits("1.2.3") is None
    assert parse_digits("abc") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ninety-nine thousand", 99000), ("ninety nine thousand", 99000), ("one hundred and five", 105),
        ("a hundred", 100), ("a thousand", 1000), ("two thousand three hundred forty five", 2345),
        ("1.5 million", 1_500_000), ("99k", 99000), ("99K", 99000), ("99 k", 99000), ("$19.99", 19.99),
        ("twelve", 12), ("nine nine nine", 999), ("one hundred forty-nine thousand", 149000),
    ],
)
def test_english(text: str, expected: float) -> None:
    assert values(text, "en") == [pytest.approx(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chín mươi chín nghìn", 99000), ("chín chín nghìn", 99000), ("chín mươi chín ngàn", 99000),
        ("99 nghìn", 99000), ("99k", 99000), ("99.000 đồng", 99000), ("99 000 đồng", 99000),
        ("một trăm linh năm", 105), ("một trăm lẻ năm", 105), ("hai mươi mốt", 21), ("hai mươi tư", 24),
        ("mười lăm", 15), ("bốn mươi lăm nghìn", 45000), ("một trăm hai", 120), ("hai triệu rưỡi", 2_500_000),
        ("1tr5", 1_500_000), ("99 nghìn 5", 99500), ("một trăm nghìn", 100000), ("một nghìn tỷ", 1e12),
        ("một trăm bốn mươi chín nghìn", 149000), ("năm trăm gam", 500),
    ],
)
def test_vietnamese(text: str, expected: float) -> None:
    assert values(text, "vi") == [pytest.approx(expected)]


def test_vietnamese_digit_words_used_only_inside_numbers_are_not_numbers_alone() -> None:
    # "tư" (private), "lăm", "mốt" (fashion), "không" (not) only mean digits after another number word.
    assert values("hàng tư nhân không lo", "vi") == []
    assert values("mua hai tặng một", "vi") == [2, 1]


def test_vietnamese_without_tones_is_read_only_when_the_whole_text_has_no_tones() -> None:
    assert values("gia chi chin muoi chin nghin thoi", "vi") == [99000]
    # With tones present, "sau" is "after", not "sáu" (six): no number.
    assert values("sau đó mua", "vi") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("九十九", 99), ("九万九千", 99000), ("九万九", 99000), ("两百", 200), ("一百零五", 105), ("9,9万", 99000),
        ("9.9万", 99000), ("99元", 99), ("九块九", 9.9), ("99块9", 99.9), ("二十九块九", 29.9), ("两千五", 2500),
        ("十五", 15), ("十万", 100000), ("一千零一", 1001), ("一九九八年", 1998), ("１００元", 100),
        ("一亿二千万", 120_000_000), ("3千", 3000), ("99k", 99000), ("九点九", 9.9), ("壹佰", 100),
    ],
)
def test_chinese(text: str, expected: float) -> None:
    assert values(text, "zh") == [pytest.approx(expected)]


def test_chinese_words_made_of_number_characters_are_not_numbers() -> None:
    assert values("千万别错过", "zh") == []
    assert values("万一不合适呢", "zh") == []
    assert values("我们一起看一下", "zh") == []
    assert values("百分之九十九的人", "zh") == [99]  # the percentage, not 100 from "百"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sembilan puluh sembilan ribu", 99000), ("seratus", 100), ("seribu", 1000), ("sejuta", 1_000_000),
        ("99rb", 99000), ("99 ribu", 99000), ("Rp 99.000", 99000), ("Rp99.000,-", 99000),
        ("dua ratus lima puluh ribu", 250000), ("dua belas", 12), ("sebelas", 11), ("1,5 juta", 1_500_000),
        ("seribu lima ratus", 1500), ("lima belas ribu", 15000), ("dua puluh satu", 21), ("99 rb", 99000),
        ("seratus dua puluh lima ribu", 125000), ("seratus ribu", 100000), ("sejuta lima ratus ribu", 1_500_000),
    ],
)
def test_indonesian(text: str, expected: float) -> None:
    assert values(text, "id") == [pytest.approx(expected)]


def test_mentions_carry_span_text_and_whether_a_scale_word_was_said() -> None:
    text = "giá chỉ 99 nghìn, hôm nay còn 99 thôi"
    first, second = extract_numbers(text, "vi-VN")
    assert first == NumberMention(99000.0, (8, 16), "99 nghìn", scaled=True)
    assert text[second.start : second.end] == "99" and not second.scaled


def test_several_numbers_in_a_sentence_stay_apart() -> None:
    assert values("buy 2, get 1 free, only 99k, shipping 3 days", "en") == [2, 1, 99000, 3]
    assert values("拍两袋送一袋，只要二十九块九", "zh") == [2, 1, pytest.approx(29.9)]


def test_value_match_equal_values_in_any_form() -> None:
    price = 99000.0
    for text, language in [
        ("99.000", "vi"), ("99 nghìn", "vi"), ("ninety-nine thousand", "en"), ("九万九千", "zh"), ("9,9万", "zh"),
        ("99rb", "id"), ("sembilan puluh sembilan ribu", "id"), ("chín chín nghìn", "vi"),
    ]:
        (mention,) = extract_numbers(text, language)
        assert value_match(price, mention) == 1.0, text


def test_value_match_bare_shorthand_is_partial_and_a_scaled_wrong_value_is_no_match() -> None:
    (bare,) = extract_numbers("chỉ 99 thôi", "vi")
    assert value_match(99000.0, bare) == 0.6
    (wrong,) = extract_numbers("89 nghìn", "vi")
    assert value_match(99000.0, wrong) == 0.0
    (scaled,) = extract_numbers("99 triệu", "vi")
    assert value_match(99000.0, scaled) == 0.0


def test_english_prices_said_in_pairs_match_the_written_price() -> None:
    (pair,) = extract_numbers("only nineteen ninety-nine today", "en")
    assert pair.value == 1999 and pair.alternatives == (pytest.approx(19.99),)
    assert value_match(19.99, pair) == 1.0 and value_match(1999, pair) == 1.0
    for text in ("nineteen dollars ninety-nine", "nineteen dollars and ninety-nine cents", "19 dollars 99"):
        (mention,) = extract_numbers(text, "en")
        assert mention.value == pytest.approx(19.99) and mention.text == text
    # Digits are not re-read in pairs, and a scaled number is not part of a pair.
    assert values("19 99", "en") == [19, 99]
    assert values("twenty thousand fifty", "en") == [20050]


def test_numbers_in_digits_next_to_each_other_stay_apart() -> None:
    assert values("100 99", "id") == [100, 99]
    assert values("size 40 41 42", "en") == [40, 41, 42]
