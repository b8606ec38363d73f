"""Coverage and deixis findings are composed natively in the feedback language (issue 10).

Each language gets the same small run-sheet (two products, a strict order, a say-within limit) and a transcript
that misses a price, presents the products the wrong way round, says the call to action before the price, says a
point only in part and too late, and points at something without describing it. Every message and suggestion
must be in that language (no English words apart from the product names and the script's own phrases), with its
times and durations said in words, and Chinese quotes without spaces between characters.
"""

from __future__ import annotations

import re

import pytest

from studio.core.coverage import find_deixis, score_coverage
from studio.core.model import Finding
from studio.core.report import PHRASES, finding_sentence, phrase
from studio.core.script import parse_script

from .timed import timed

SHEETS = {
    "en": (
        "# Cases\nlanguage: en\norder: strict\n## Product: ArmorSoft phone case\norder: strict\nsay-within: 10s\n"
        "- name: ArmorSoft phone case\n- price: $19.99\n- cta: tap the orange cart\n- point: drop tested, slim grip\n"
        "## Product: Screen protector\n- name: screen protector\n- price: nine dollars\n",
        "first the screen protector now the armorsoft phone case tap the orange cart |pause:20| it is drop tested "
        "only 19.99 look here",
    ),
    "vi": (
        "# Cà phê\nlanguage: vi\norder: strict\n## Product: Cà phê phin Sài Gòn\norder: strict\nsay-within: 10s\n"
        "- name: Cà phê phin Sài Gòn\n- price: 99.000 đồng\n- cta: bấm vào giỏ hàng\n"
        "- point: hương vị đậm đà, rang xay thủ công\n## Product: Phin nhôm\n- name: phin nhôm\n- price: 50.000 đồng\n",
        "phin nhôm nè cả nhà giờ tới cà phê phin sài gòn bấm vào giỏ hàng nha |pause:20| hương vị đậm đà "
        "giá chín mươi chín nghìn cái này nè",
    ),
    "zh": (
        "# 火锅\nlanguage: zh\norder: strict\n## Product: 重庆火锅底料\norder: strict\nsay-within: 10s\n"
        "- name: 重庆火锅底料\n- price: 二十九块九\n- cta: 点击下方小黄车\n- point: 牛油熬制，麻辣鲜香\n"
        "## Product: 火锅蘸料\n- name: 火锅蘸料\n- price: 九块九\n",
        "先看 火锅 蘸料 现在 是 重庆 火锅 底料 点击 下方 小黄车 |pause:20| 牛油 熬制 只要 29.9元 看这里 家人们 "
        "真的 太 好看 了",
    ),
    "id": (
        "# Serum\nlanguage: id\norder: strict\n## Product: Serum Vitamin C\norder: strict\nsay-within: 10s\n"
        "- name: Serum Vitamin C\n- price: Rp 99.000\n- cta: klik keranjang kuning\n"
        "- point: tekstur ringan, cepat meresap\n## Product: Toner Mawar\n- name: toner mawar\n- price: Rp 50.000\n",
        "toner mawar dulu ya kak sekarang serum vitamin c klik keranjang kuning |pause:20| teksturnya ringan "
        "harganya sembilan puluh sembilan ribu yang ini ya kak",
    ),
}

# What each kind of finding must say, per language (whole sentences where they are fixed).
EXPECTED = {
    "en": {
        "coverage.missed.price": ("You did not say the price of Screen protector.", "Say: “nine dollars”."),
        "coverage.order.products": (
            "You presented Screen protector at two seconds, before ArmorSoft phone case at six seconds; "
            "the run-sheet has them the other way round.",
            "Present ArmorSoft phone case first, then Screen protector.",
        ),
        "coverage.partly.point": (
            "You only partly said the talking point “drop tested, slim grip” for ArmorSoft phone case.",
            "Say it in full: “slim grip”.",
        ),
        "coverage.timing.price": (
            "You said the price of ArmorSoft phone case twenty-two seconds too late: the run-sheet asks for it "
            "within ten seconds of starting ArmorSoft phone case.",
            "Say “$19.99” in the first ten seconds.",
        ),
    },
    "vi": {
        "coverage.missed.price": ("Bạn chưa nhắc đến giá của Phin nhôm.", "Bạn hãy nói “50.000 đồng”."),
        "coverage.order.products": (
            "Bạn giới thiệu Phin nhôm lúc đầu buổi, trước Cà phê phin Sài Gòn (lúc giây thứ bảy); "
            "trong kịch bản thì Cà phê phin Sài Gòn đứng trước.",
            "Bạn hãy giới thiệu Cà phê phin Sài Gòn trước, rồi mới đến Phin nhôm.",
        ),
        "coverage.partly.point": (
            "Bạn mới nói được một phần ý “hương vị đậm đà, rang xay thủ công” của Cà phê phin Sài Gòn.",
            "Bạn hãy nói đầy đủ: “rang xay thủ công”.",
        ),
        "coverage.timing.price": (
            "Bạn nhắc đến giá của Cà phê phin Sài Gòn muộn hai mươi lăm giây: kịch bản yêu cầu nhắc trong vòng "
            "mười giây đầu tiên khi bắt đầu giới thiệu Cà phê phin Sài Gòn.",
            "Bạn hãy nói “99.000 đồng” ngay trong mười giây đầu tiên.",
        ),
    },
    "zh": {
        "coverage.missed.price": ("你没有讲到火锅蘸料的价格。", "可以说“九块九”。"),
        "coverage.order.products": (
            "你在第一秒就介绍了火锅蘸料，而重庆火锅底料到第五秒才介绍；脚本里的顺序正好相反。",
            "先介绍重庆火锅底料，再介绍火锅蘸料。",
        ),
        "coverage.partly.point": ("重庆火锅底料的卖点“牛油熬制，麻辣鲜香”你只讲了一部分。", "要讲完整：“麻辣鲜香”。"),
        "coverage.timing.price": (
            "重庆火锅底料的价格讲晚了十九秒：脚本要求开始介绍重庆火锅底料后十秒内就讲到。",
            "在前十秒内就说出“二十九块九”。",
        ),
    },
    "id": {
        "coverage.missed.price": ("Kamu belum menyebut harga Toner Mawar.", "Coba bilang “Rp 50.000”."),
        "coverage.order.products": (
            "Kamu membahas Toner Mawar pada awal, sebelum Serum Vitamin C pada detik keenam; "
            "di naskah urutannya kebalikannya.",
            "Bahas Serum Vitamin C dulu, baru Toner Mawar.",
        ),
        "coverage.partly.point": (
            "Kamu baru menyebut sebagian poin “tekstur ringan, cepat meresap” untuk Serum Vitamin C.",
            "Sebutkan selengkapnya: “cepat meresap”.",
        ),
        "coverage.timing.price": (
            "Kamu menyebut harga Serum Vitamin C terlambat sembilan belas detik: naskah minta disebut dalam "
            "sepuluh detik pertama setelah mulai membahas Serum Vitamin C.",
            "Sebut “Rp 99.000” dalam sepuluh detik pertama.",
        ),
    },
}

# English words the old templates used; none may appear in vi/zh/id feedback outside names and quotes.
ENGLISH = re.compile(
    r"\b(you|your|the|of|did|not|say|said|skipped|optional|line|only|partly|full|presented|before|first|then|"
    r"run-sheet|run|sheet|order|seconds?|minutes?|late|within|starting|price|call|action|talking|point|name|offer|"
    r"shipping|disclaimer|viewers|describe|colour|size|pointing|every|required|time|at|for|and|in)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”")
_CJK_SPACE = re.compile(r"[\u3400-\u9fff]\s+[\u3400-\u9fff]")
_DIGITS = re.compile(r"\d")


def _findings(language: str, feedback: str | None = None) -> dict[str, Finding]:
    sheet, text = SHEETS[language]
    result = score_coverage(parse_script(sheet), timed(text, language=language, step=1.0), language=feedback)
    return {f.rule_id: f for f in result.findings}


def _without_names_and_quotes(text: str, language: str) -> str:
    sheet = SHEETS[language][0]
    names = [line.split(":", 1)[1].strip() for line in sheet.splitlines() if line.startswith("## Product:")]
    for name in names:
        text = text.replace(name, " ")
    return _QUOTED.sub(" ", text)


@pytest.mark.parametrize("language", ["en", "vi", "zh", "id"])
def test_each_finding_kind_is_composed_in_the_feedback_language(language: str) -> None:
    found = _findings(language)
    assert {"coverage.order.items", "coverage.timing.point", "deixis.undescribed"} <= set(found)
    for rule_id, (message, suggestion) in EXPECTED[language].items():
        assert found[rule_id].message == message, rule_id
        assert found[rule_id].suggestion == suggestion, rule_id


@pytest.mark.parametrize("language", ["vi", "zh", "id"])
def test_no_english_words_and_no_digits_in_non_english_feedback(language: str) -> None:
    for finding in _findings(language).values():
        for text in (finding.message, finding.suggestion):
            bare = _without_names_and_quotes(text, language)
            assert not ENGLISH.search(bare), (finding.rule_id, text)
            assert not _DIGITS.search(bare), (finding.rule_id, text)  # times and durations in words
            assert "0:0" not in text


def test_the_feedback_language_can_differ_from_the_spoken_one() -> None:
    """A Chinese rehearsal reviewed in Vietnamese: Vietnamese sentences, Chinese names and quotes kept as said."""
    found = _findings("zh", feedback="vi")
    assert found["coverage.missed.price"].message == "Bạn chưa nhắc đến giá của 火锅蘸料."
    assert found["coverage.missed.price"].suggestion == "Bạn hãy nói “九块九”."
    assert found["coverage.partly.point"].quote == "牛油熬制"
    assert found["deixis.undescribed"].message == "Bạn nói “看这里” mà chưa cho người xem biết họ đang thấy gì."


def test_chinese_quotes_have_no_spaces_between_characters() -> None:
    found = _findings("zh")
    quotes = [f.quote for f in found.values() if f.quote]
    assert quotes and all(not _CJK_SPACE.search(q) for q in quotes), quotes
    assert found["coverage.timing.price"].quote == "29.9元"
    assert found["deixis.undescribed"].quote == "看这里家人们真的太好看"
    sentence = finding_sentence(found["coverage.partly.point"], "zh")
    assert sentence == (
        "在第三十一秒：你说了“牛油熬制”。重庆火锅底料的卖点“牛油熬制，麻辣鲜香”你只讲了一部分。建议：要讲完整：“麻辣鲜香”。"
    )


def test_chinese_multi_part_quotes_and_latin_words_inside_chinese() -> None:
    """Parts said apart are joined with a Chinese ellipsis; Latin words inside Chinese speech keep one space."""
    sheet = parse_script("# X\nlanguage: zh\n## Product: 手机壳\n- name: 手机壳\n- point: 防摔，超薄\n- price: 29元\n")
    t = timed("这个 iphone 15 手机壳 防摔 的 然后 呢 超薄", language="zh")
    result = score_coverage(sheet, t)
    point = next(c for c in result.items if c.item.text == "防摔，超薄")
    assert point.quote == "防摔……超薄"
    name = next(c for c in result.items if c.item.text == "手机壳")
    assert name.quote == "手机壳"
    deixis = find_deixis(timed("看 这个 iphone pro 嗯 嗯", language="zh"))
    assert [f.quote for f in deixis] == ["看这个iphone pro嗯嗯"]


def test_praise_for_a_complete_run_sheet_in_each_language() -> None:
    sheet = parse_script("# X\nlanguage: id\n## Product: Serum Vitamin C\n- name: Serum Vitamin C\n")
    t = timed("serum vitamin c", language="id")
    for language in ("en", "vi", "zh", "id"):
        findings = score_coverage(sheet, t, language=language).findings
        (praise,) = [f for f in findings if f.rule_id == "coverage.complete"]
        assert praise.message == phrase("cov_complete", language)
    assert phrase("cov_complete", "id") == "Kamu sudah menyebut semua poin wajib di naskah, berurutan dan tepat waktu."


def test_every_language_has_every_coverage_phrase() -> None:
    english = {key for key in PHRASES["en"] if key.startswith(("cov_", "deixis", "marker"))}
    for language in ("vi", "zh", "id"):
        assert english <= set(PHRASES[language]), sorted(english - set(PHRASES[language]))


def test_indonesian_feedback_says_kamu_not_anda() -> None:
    assert not [key for key, text in PHRASES["id"].items() if re.search(r"\bAnda\b", text)]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Your marker 3"), ("vi", "Dấu mốc số 3 của bạn"), ("zh", "你的第3个标记"),
     ("id", "Penanda nomor 3 yang kamu pasang")],
)
def test_marker_phrase(language: str, expected: str) -> None:
    assert phrase("marker", language, number="3") == expected
