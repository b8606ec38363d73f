"""The matcher itself: exact spans and quotes, edge cases, and that the core stays free of Qt and devices."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from studio.core.claims import ClaimHit, load_packs


def test_hit_span_and_quote_point_into_the_original_text() -> None:
    text = "Hi!  This Serum is THE BEST, and it CURES acne."
    hits = load_packs("en-US").check_text(text)
    assert [(h.quote, text[h.span[0] : h.span[1]]) for h in hits] == [
        ("THE BEST", "THE BEST"),
        ("CURES acne", "CURES acne"),
    ]


def test_a_percent_sign_written_apart_from_its_number_is_matched_exactly() -> None:
    """Whisper writes "100 %" (heard from base on "one hundred percent guaranteed"); the pack says "100%"."""
    text = "It is 100 % guaranteed."
    hits = load_packs("en-US").check_text(text, fuzzy=False)
    assert [(h.rule_id, h.quote) for h in hits] == [("en.guarantee.results", "100 % guaranteed")]


def test_claim_hit_is_frozen() -> None:
    hit = load_packs("en-US").check_text("the best")[0]
    assert isinstance(hit, ClaimHit)
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.quote = "x"  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", " ", "\t\n", "😀😀", "１２３"])
def test_empty_and_odd_input_gives_no_hits(text: str) -> None:
    for market in ("en-US", "vi-VN", "zh-CN", "id-ID"):
        assert load_packs(market).check_text(text) == []


def test_word_edges_stop_partial_words_in_latin_scripts() -> None:
    rules = load_packs("en-US")
    assert rules.check_text("my bestie is here") == []
    assert rules.check_text("It cures.")[0].quote == "cures"


def test_latin_dodges_inside_chinese_need_edges_only_on_the_latin_side() -> None:
    rules = load_packs("zh-CN")
    assert [h.quote for h in rules.check_text("全网top1的")] == ["top1"]
    assert rules.check_text("top10榜单") == []


def test_core_claims_imports_no_qt_device_or_service_module(repo_root: Path) -> None:
    code = (
        "import sys, studio.core.claims, studio.core.textnorm;"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'cv2', 'sounddevice', 'pyttsx3', 'faster_whisper') or m.startswith('studio.services')];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=repo_root, check=True)
    assert out.stdout.strip() == "[]"
