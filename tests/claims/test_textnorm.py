"""The normalisation pipeline: each named transform, and the mapping back to the original characters."""

from __future__ import annotations

import unicodedata

from studio.core.textnorm import (
    CASEFOLD,
    FULLWIDTH,
    JOIN_CJK,
    JOIN_PERCENT,
    NFC,
    SPOKEN_PERCENT,
    TRADITIONAL_TO_SIMPLIFIED,
    normalise,
    normalise_mapped,
    strip_diacritics,
)


def test_nfc_composes_decomposed_vietnamese() -> None:
    """NFD input (macOS keyboards) becomes the same string as NFC input."""
    nfd = unicodedata.normalize("NFD", "tốt nhất")
    assert nfd != "tốt nhất"
    assert NFC(nfd) == "tốt nhất"


def test_fullwidth_digits_and_letters_become_ascii() -> None:
    assert FULLWIDTH("ＮＯ．１ １００％") == "NO.1 100%"


def test_spoken_percent_words_become_100_percent() -> None:
    assert SPOKEN_PERCENT("百分百有效，百分之百安全") == "100%有效，100%安全"


def test_traditional_chinese_becomes_simplified() -> None:
    assert TRADITIONAL_TO_SIMPLIFIED("無副作用") == "无副作用"


def test_casefold_and_default_pipeline() -> None:
    assert CASEFOLD("BEST") == "best"
    assert normalise("  Ｎo.1   TỐT  NHẤT ") == " no.1 tốt nhất "


def test_join_cjk_drops_spaces_between_chinese_only() -> None:
    assert JOIN_CJK("能 缓解 关节炎 ok go") == "能缓解关节炎 ok go"


def test_join_percent_glues_a_number_to_its_percent_sign() -> None:
    assert JOIN_PERCENT("100 % guaranteed, 50  % off, 100%") == "100% guaranteed, 50% off, 100%"
    assert JOIN_PERCENT("a % b") == "a % b"  # only after a number
    mapped = normalise_mapped("100 % guaranteed")
    assert mapped.text == "100% guaranteed"
    assert mapped.span_in_source(0, len("100% guaranteed")) == (0, len("100 % guaranteed"))


def test_strip_diacritics_handles_vietnamese_letters() -> None:
    assert strip_diacritics("Thực phẩm đặc trị ĐƯỢC") == "Thuc pham dac tri DUOC"


def test_mapping_points_back_to_original_characters() -> None:
    """After length-changing steps (NFD → NFC, 百分之百 → 100%, dropped spaces) spans still map to the source."""
    source = unicodedata.normalize("NFD", "Tốt") + " 百分之百 有 效"
    mapped = normalise_mapped(source)
    assert mapped.text == "tốt 100% 有效"
    assert len(mapped.origin) == len(mapped.text) + 1
    start = mapped.text.index("100%")
    a, b = mapped.span_in_source(start, start + 4)
    assert source[a:b] == "百分之百"
    a, b = mapped.span_in_source(0, 3)
    assert unicodedata.normalize("NFC", source[a:b]) == "Tốt"
    start = mapped.text.index("有效")
    a, b = mapped.span_in_source(start, start + 2)
    assert source[a:b] == "有 效"


def test_fast_traditional_conversion_agrees_with_opencc() -> None:
    """The table-driven converter gives OpenCC's own answer (phrases such as 乾隆 included) on varied text."""
    import opencc

    from tests.claims.corpus_tools import HOLDOUT_DIR, load_corpus

    converter = opencc.OpenCC("t2s")
    samples = [e.text for e in load_corpus("zh")] + [e.text for e in load_corpus("zh", HOLDOUT_DIR)]
    samples += [
        "乾隆皇帝的頭髮",
        "一隻狗很著名",
        "後來他們還是乾杯了",
        "這款精華是最佳選擇，無毒副作用",
        "廣州市房地產中介協會分析",
    ]
    for text in samples:
        assert TRADITIONAL_TO_SIMPLIFIED(text) == converter.convert(text), text
