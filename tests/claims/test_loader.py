"""Loading rule packs: the shipped packs are valid and rich; broken packs name the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.core.claims import MARKETS, RulePackError, load_pack_file, load_packs
from studio.core.claims.loader import expand_alternatives, read_packs
from studio.core.errors import StudioError

GOOD_RULE = """schema: 1
pack: test
language: en
markets: [en-US]
rules:
  - id: test.one
    category: absolute
    strictness: BLOCK
    patterns: [the best]
    explain: {en: Explained.}
    suggest: {en: Suggested.}
    source: test
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> RulePackError:
    with pytest.raises(RulePackError) as info:
        load_pack_file(path)
    return info.value


def test_shipped_packs_load_for_every_market_with_hundreds_of_patterns(repo_root: Path) -> None:
    total = 0
    for market in MARKETS:
        rules = load_packs(market)
        assert len(rules) >= 15
        assert rules.pattern_count >= 300, market
        total += rules.pattern_count
    assert total >= 2000


def test_every_shipped_rule_is_explained_in_its_language_and_english_and_sourced(repo_root: Path) -> None:
    for pack in read_packs(repo_root / "assets" / "rules"):
        for rule in pack.rules:
            assert rule.explanation and rule.explanation_en and rule.suggestion and rule.suggestion_en, rule.id
            assert rule.source, rule.id
            if rule.language != "en":
                assert rule.explanation != rule.explanation_en, f"{rule.id} has no {rule.language} explanation"


def test_platform_rules_can_be_switched_off() -> None:
    with_platform = load_packs("vi-VN")
    without = load_packs("vi-VN", platform=False)
    assert any(r.id.startswith("tiktok.") for r in with_platform.rules)
    assert not any(r.id.startswith("tiktok.") for r in without.rules)
    assert without.check_text("Lỗi giá rồi, chốt đơn!") == []
    assert [h.rule_id for h in with_platform.check_text("Lỗi giá rồi, chốt đơn!")] == ["tiktok.vi.bait-price"]


def test_unknown_market_lists_the_known_ones() -> None:
    with pytest.raises(StudioError) as info:
        load_packs("fr-FR")
    message = str(info.value)
    assert "fr-FR" in message and all(market in message for market in MARKETS)


def test_good_minimal_pack_loads(tmp_path: Path) -> None:
    pack = load_pack_file(write(tmp_path, GOOD_RULE))
    assert [r.id for r in pack.rules] == ["test.one"]
    assert pack.rules[0].line == 6


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_RULE.replace("    category: absolute", '    category: "absolute'))
    error = error_of(path)
    assert error.path == path and error.line is not None and 7 <= error.line <= 13
    assert "pack.yaml" in error.spoken() and "not valid YAML" in error.spoken()


def test_missing_field_names_the_rule_line(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, GOOD_RULE.replace("    source: test\n", "")))
    assert error.line == 6 and "'source'" in error.message and "test.one" in error.message


def test_bad_strictness_names_its_line_and_the_allowed_values(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, GOOD_RULE.replace("strictness: BLOCK", "strictness: BAN")))
    assert error.line == 8
    assert "BLOCK, NEEDS-EVIDENCE or VERIFY-FACT" in error.message


def test_bad_regex_names_the_line_of_the_expression(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("    patterns: [the best]\n", "    regex:\n      - 'ok'\n      - '(unclosed'\n")
    error = error_of(write(tmp_path, text))
    assert error.line == 11 and "regular expression" in error.message


def test_unknown_field_and_unknown_category_are_reported(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, GOOD_RULE.replace("    source: test", "    source: test\n    sorce: typo")))
    assert error.line == 13 and "sorce" in error.message
    error = error_of(write(tmp_path, GOOD_RULE.replace("category: absolute", "category: magic")))
    assert error.line == 7 and "magic" in error.message


def test_unknown_market_and_product_in_a_pack_are_reported(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, GOOD_RULE.replace("markets: [en-US]", "markets: [en-AU]")))
    assert error.line == 4 and "en-AU" in error.message
    text = GOOD_RULE.replace("    source: test", "    source: test\n    products: [pets]")
    assert "pets" in error_of(write(tmp_path, text)).message


def test_duplicate_rule_id_is_reported_with_both_lines(tmp_path: Path) -> None:
    rule = GOOD_RULE[GOOD_RULE.index("  - id:") :]
    error = error_of(write(tmp_path, GOOD_RULE + rule))
    assert error.line == 13 and "line 6" in error.message


def test_empty_and_non_mapping_files_are_reported(tmp_path: Path) -> None:
    assert "empty" in error_of(write(tmp_path, "")).message
    assert error_of(write(tmp_path, "- just\n- a list\n")).line == 1


def test_a_broken_pack_in_the_rules_folder_fails_load_packs_with_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, GOOD_RULE.replace("strictness: BLOCK", "strictness: maybe"), name="broken.yaml")
    with pytest.raises(StudioError) as info:
        load_packs("en-US", rules_dir=tmp_path)
    assert info.value.spoken().startswith("The file broken.yaml, line 8:")


def test_alternatives_expand_into_every_combination() -> None:
    assert expand_alternatives("cure{s|d|}") == ["cures", "cured", "cure"]
    assert expand_alternatives("{a|b} {x|y}") == ["a x", "a y", "b x", "b y"]
    assert expand_alternatives("plain") == ["plain"]
