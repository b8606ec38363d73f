"""The run-sheet parser: good sheets in every shape the docs promise, and every kind of mistake with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.core.errors import StudioError
from studio.core.script import (
    ItemKind,
    OrderMode,
    ScriptError,
    load_script,
    parse_duration,
    parse_script,
    summarise_script,
)

COFFEE = """\
# Livestream: Vietnamese coffee
language: vi
market: vi-VN

## Product: Cà phê phin Sài Gòn
category: food
say-within: 90s
- name: Cà phê phin Sài Gòn
- price: 99.000 đồng | 99 nghìn
- offer: mua 2 tặng 1
- shipping: miễn phí vận chuyển
- cta: bấm vào giỏ hàng
- point: hương vị đậm đà, rang xay thủ công
- disclaimer: sản phẩm không phải là thuốc
"""


def test_the_documented_example_parses_into_title_language_market_product_and_items() -> None:
    sheet = parse_script(COFFEE)
    assert sheet.title == "Vietnamese coffee"
    assert (sheet.language, sheet.market, sheet.languages) == ("vi", "vi-VN", ("vi",))
    assert sheet.order == OrderMode.STRICT  # products in order unless the sheet says free
    (product,) = sheet.products
    assert product.name == "Cà phê phin Sài Gòn"
    assert product.category == "food"
    assert product.say_within == 90.0
    assert product.order == OrderMode.FREE
    kinds = [item.kind for item in product.items]
    assert kinds == [
        ItemKind.NAME, ItemKind.PRICE, ItemKind.OFFER, ItemKind.SHIPPING, ItemKind.CTA, ItemKind.POINT,
        ItemKind.DISCLAIMER,
    ]
    price = product.items[1]
    assert price.phrases == ("99.000 đồng", "99 nghìn")
    assert price.values == (99000.0,)
    assert price.line == 9
    assert not any(item.optional for item in product.items)


def test_optional_marks_before_or_after_the_colon_and_other_bullets_are_accepted() -> None:
    sheet = parse_script(
        "# T\nlanguage: en\n## Phone case\n* point (optional): comes in black\n"
        "1. point: fits iPhone 15 (optional)\n2) cta: tap the cart\n+ price: $19.99\n"
    )
    items = sheet.products[0].items
    # No "- name:" line: the heading is the name to say, added first.
    assert items[0].kind == ItemKind.NAME and items[0].phrases == ("Phone case",)
    assert [(i.kind, i.optional, i.text) for i in items[1:]] == [
        (ItemKind.POINT, True, "comes in black"),
        (ItemKind.POINT, True, "fits iPhone 15"),
        (ItemKind.CTA, False, "tap the cart"),
        (ItemKind.PRICE, False, "$19.99"),
    ]
    assert items[4].values == (19.99,)


def test_full_width_colons_bom_crlf_comments_and_notes_are_tolerated() -> None:
    text = (
        "\ufeff# 直播：重庆火锅底料\r\nlanguage：zh\r\n> 主播备注：先展示包装\r\n<!-- 样例 -->\r\n"
        "## 产品：重庆火锅底料\r\norder：strict\r\n- price：二十九块九\r\n- point：牛油熬制，麻辣鲜香\r\n"
    )
    sheet = parse_script(text)
    assert sheet.title == "重庆火锅底料"
    assert sheet.market == "zh-CN"  # the usual market of the language
    product = sheet.products[0]
    assert product.name == "重庆火锅底料"
    assert product.order == OrderMode.STRICT
    assert product.items[1].values == (29.9,)


def test_a_bilingual_sheet_lists_two_languages_and_sheet_defaults_apply_to_products() -> None:
    sheet = parse_script(
        "# Two\nlanguage: vi, en\nmarket: vi-VN\norder: free\nsay-within: 2m\ncategory: food\n"
        "## Product: A\n- price: ninety-nine thousand dong\n## Product: B\nsay-within: 1:30\ncategory: accessories\n"
    )
    assert sheet.languages == ("vi", "en")
    assert sheet.order == OrderMode.FREE
    a, b = sheet.products
    assert (a.say_within, a.category) == (120.0, "food")
    assert (b.say_within, b.category) == (90.0, "accessories")
    assert a.items[1].values == (99000.0,)  # an English price in words on a Vietnamese-first sheet


def test_market_alone_implies_the_language() -> None:
    sheet = parse_script("# X\nmarket: id-ID\n## Product: Serum\n")
    assert (sheet.language, sheet.market) == ("id", "id-ID")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("90", 90), ("2m", 120), ("1m30s", 90), ("1m 30s", 90), ("1:30", 90), ("2 min", 120),
     ("90 giây", 90), ("2 phút", 120), ("90秒", 90), ("2分钟", 120), ("90 detik", 90), ("1,5 menit", 90),
     ("1:00:00", 3600)],
)
def test_durations_in_every_documented_form(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["soon", "", "0s", "90 lightyears", "s90", "1:3"])
def test_durations_that_are_not_durations_are_refused(text: str) -> None:
    assert parse_duration(text) is None


HEAD = "# T\nlanguage: vi\n"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (HEAD + "## Product: A\n\n- price:\n", 5, "a price needs a value after the colon"),
        (HEAD + "## Product: A\n- price: rẻ lắm\n", 4, "has no number in it"),
        (HEAD + "## Product: A\n- colour: red\n", 4, "'colour' is not a kind of line"),
        (HEAD + "host: Lan\n## Product: A\n", 3, "'host' is not a setting"),
        (HEAD + "## Product: A\nhost: Lan\n", 4, "'host' is not a setting"),
        (HEAD + "## Product:\n", 3, "this product has no name"),
        (HEAD + "##   \n", 3, "this product has no name"),
        (HEAD + "## Product: A\nsay-within: soon\n", 4, "say-within needs a duration"),
        (HEAD + "say-within: -5s\n## Product: A\n", 3, "say-within needs a duration"),
        ("# T\nlanguage: vn\n## Product: A\n", 2, "'vn' is not a language"),
        (HEAD + "market: VN\n## Product: A\n", 3, "'VN' is not a market"),
        (HEAD + "market: zh-CN\n## Product: A\n", 2, "does not match the language"),
        (HEAD + "- price: 99k\n## Product: A\n", 3, "before any product"),
        (HEAD + "## Product: A\njust some words\n", 4, "this line has no key"),
        (HEAD + "order: random\n## Product: A\n", 3, "order must be strict or free"),
        (HEAD + "### Product: A\n", 3, "use one hash sign for the title"),
        (HEAD + "# Another title\n", 3, "second title line"),
        ("# T\n## Product: A\n", 1, "needs a language line"),
        (HEAD + "## Product: A\n- point:   |  \n", 4, "a point needs a value"),
        (HEAD + "## Product: A\n- offer:\n", 4, "an offer needs a value"),
        (HEAD + "language:\n## Product: A\n", 3, "language needs a value after the colon"),
    ],
)
def test_every_mistake_names_its_line_and_reads_as_a_sentence(text: str, line: int, words: str) -> None:
    with pytest.raises(ScriptError) as caught:
        parse_script(text, path="/tmp/coffee.md")
    error = caught.value
    assert isinstance(error, StudioError)
    assert error.line == line
    assert words in error.message
    spoken = error.spoken()
    assert spoken.startswith(f"The file coffee.md, line {line}: ")
    assert "Traceback" not in spoken and "\n" not in spoken


@pytest.mark.parametrize("text", ["", "   \n\n", "\ufeff"])
def test_an_empty_script_is_refused_with_the_file_name(text: str) -> None:
    with pytest.raises(ScriptError, match="the script is empty") as caught:
        parse_script(text, path="coffee.md")
    assert caught.value.path == Path("coffee.md") and caught.value.line == 1
    assert caught.value.spoken().startswith("The file coffee.md, line 1: the script is empty")


def test_a_script_with_no_products_is_refused() -> None:
    with pytest.raises(ScriptError, match="no products") as caught:
        parse_script(HEAD)
    assert caught.value.line == 2  # the end of the file, where a product should follow


def test_load_script_refuses_a_file_not_saved_as_utf8_and_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cafe.md"
    path.write_bytes("# Cà phê\nlanguage: vi\n## Product: Cà phê\n".encode("cp1258"))
    with pytest.raises(ScriptError) as caught:
        load_script(path)
    assert caught.value.line == 1
    assert "not saved as UTF-8" in caught.value.spoken()
    assert caught.value.path == path


def test_load_script_reports_a_missing_file_and_a_folder_in_words(tmp_path: Path) -> None:
    with pytest.raises(ScriptError, match="does not exist"):
        load_script(tmp_path / "missing.md")
    with pytest.raises(ScriptError, match="is a folder"):
        load_script(tmp_path)


def test_load_script_reads_utf8_and_records_the_path(tmp_path: Path) -> None:
    path = tmp_path / "coffee.md"
    path.write_text(COFFEE, encoding="utf-8")
    sheet = load_script(path)
    assert sheet.path == str(path)
    assert sheet.products[0].items[1].values == (99000.0,)


def test_nfd_text_from_a_mac_keyboard_is_composed_so_it_matches() -> None:
    import unicodedata

    sheet = parse_script(unicodedata.normalize("NFD", COFFEE))
    assert sheet.products[0].name == "Cà phê phin Sài Gòn"


def test_the_summary_is_one_sentence_naming_products_points_and_price() -> None:
    assert summarise_script(parse_script(COFFEE)) == (
        "Vietnamese coffee: 1 product, 7 points, price 99,000 dong, in Vietnamese."
    )


def test_the_run_sheet_is_frozen() -> None:
    sheet = parse_script(COFFEE)
    with pytest.raises(AttributeError):
        sheet.title = "x"  # type: ignore[misc]


@pytest.mark.parametrize("mark", ["(optional)", "(Optional)", "(tùy chọn)", "（可选）", "(opsional)"])
def test_optional_can_be_marked_in_each_language(mark: str) -> None:
    sheet = parse_script(f"# T\nlanguage: vi\n## Product: A\n- point {mark}: gói 500 gam\n")
    assert sheet.products[0].items[1].optional and sheet.products[0].items[1].text == "gói 500 gam"
