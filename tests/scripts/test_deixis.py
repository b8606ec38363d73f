"""The describe-what-viewers-see check: pointing words need a spoken description soon after."""

from __future__ import annotations

import pytest

from studio.core.coverage import find_deixis, score_coverage
from studio.core.model import FindingKind, Severity
from studio.core.script import parse_script

from .timed import at, timed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I like this one because it's red leather"),
        ("en", "look here it has a soft silicone edge"),
        ("en", "this one is two hundred grams"),
        ("en", "this one comes in 3 sizes"),
        ("vi", "cái này màu đỏ nha cả nhà"),
        ("vi", "nhìn nè gói năm trăm gam luôn"),
        ("zh", "看这里 红色 的 包装"),
        ("zh", "这款 是 五百 克 一袋"),
        ("id", "yang ini warnanya merah muda kak"),
        ("id", "lihat ini botolnya 20 ml"),
        ("en", "click the link right here to buy"),  # pointing at the cart or a link, not at the product
        ("vi", "bấm vào đây nè"),
    ],
)
def test_pointing_followed_by_a_description_is_not_flagged(language: str, text: str) -> None:
    assert find_deixis(timed(text, language=language)) == []


@pytest.mark.parametrize(
    ("language", "text", "pointer"),
    [
        ("en", "look here guys you will love it buy now", "look here"),
        ("en", "so this one is amazing trust me", "this one"),
        ("vi", "cái này nè cả nhà ơi mua đi", "cái này"),
        ("vi", "nhìn nè đẹp lắm luôn á", "nhìn nè"),
        ("zh", "看这里 真的 太 好看 了 家人们", "看这里"),
        ("id", "lihat ini kak bagus banget deh", "lihat ini"),
        ("id", "yang ini ya kak mantap", "yang ini"),
    ],
)
def test_pointing_without_a_description_is_flagged_with_time_quote_and_advice(
    language: str, text: str, pointer: str
) -> None:
    t = timed(text, language=language)
    (finding,) = find_deixis(t)
    assert finding.kind == FindingKind.DEIXIS and finding.severity == Severity.WARNING
    first_word = pointer.split()[0]
    assert finding.start == at(t, first_word)
    assert pointer in finding.message
    assert finding.quote.startswith(first_word)
    # Advice in the transcript's language (the feedback language when none is given).
    colour = {"en": "colour", "vi": "màu sắc", "zh": "颜色", "id": "warna"}[language]
    assert colour in finding.suggestion


def test_a_description_said_too_late_does_not_count() -> None:
    t = timed("look at this |pause:6| it is red", language="en")
    assert len(find_deixis(t)) == 1


def test_repeated_pointing_is_one_finding_per_stretch() -> None:
    t = timed("this one this one look here buy it now", language="en")
    assert len(find_deixis(t)) == 1


def test_two_separate_undescribed_moments_are_two_findings() -> None:
    t = timed("look here buy now |pause:30| look here buy now", language="en")
    findings = find_deixis(t)
    assert [f.start for f in findings] == [0.0, 32.0]


def test_product_terms_from_the_run_sheet_count_as_a_description() -> None:
    sheet = parse_script("# X\nlanguage: en\n## Product: ArmorSoft case\n- price: 19.99\n")
    t = timed("this one the armorsoft case is great")
    assert find_deixis(t) != []  # alone, "armorsoft" is not a known attribute word
    result = score_coverage(sheet, t)
    assert [f for f in result.findings if f.kind == FindingKind.DEIXIS] == []
    assert result.metrics["deixis_undescribed"] == 0


def test_a_description_inside_the_same_recognised_word_counts() -> None:
    # Whisper groups Chinese characters freely: the colour may arrive in the pointer's own word.
    assert find_deixis(timed("看这个红色的 包装", language="zh")) == []
    assert len(find_deixis(timed("看这个 好看 吧 家人们", language="zh"))) == 1


def test_repeated_pointing_extends_the_window_so_a_late_description_still_belongs_to_it() -> None:
    # Each "this one" restarts the 4-second window; "red" at 5 s is within 4 s of the last pointer.
    t = timed("this one |pause:2| this one |pause:2| red", step=0.5)
    assert find_deixis(t) == []


def test_score_coverage_can_leave_the_deixis_check_out() -> None:
    sheet = parse_script("# X\nlanguage: en\n## Product: Case\n")
    t = timed("look here buy now")
    assert score_coverage(sheet, t).metrics["deixis_undescribed"] == 1
    quiet = score_coverage(sheet, t, deixis=False)
    assert [f for f in quiet.findings if f.kind == FindingKind.DEIXIS] == []
    assert quiet.metrics["deixis_undescribed"] == 0
