"""The verified-voice table and language choice: only measured-understandable voices are used."""

from __future__ import annotations

import pytest

from studio.services import voices
from studio.services.voices import CER_LIMIT, NoUsableVoiceError


@pytest.mark.parametrize(
    ("code", "expected"),
    [("vi-VN", "vi"), ("zh-CN", "zh"), ("zh_Hans_CN", "zh"), ("cmn", "zh"), ("en-GB", "en"), ("id-ID", "id"),
     ("EN", "en")],
)
def test_market_codes_map_to_feedback_languages(code: str, expected: str) -> None:
    """Market and locale codes (vi-VN, zh-CN, en-GB, cmn) choose the same voice as the base language."""
    assert voices.base_language(code) == expected


def test_table_only_holds_voices_under_the_bound_and_rejects_only_voices_over_it() -> None:
    """Every verified voice was measured at CER <= 0.3; every rejected one above it."""
    for lang, measurement in voices.VERIFIED_VOICES.items():
        assert measurement.language == lang
        assert measurement.cer <= CER_LIMIT, measurement
    for lang, tried in voices.REJECTED_VOICES.items():
        assert lang not in voices.VERIFIED_VOICES
        assert all(m.cer > CER_LIMIT for m in tried)


def test_unverified_language_is_refused_with_a_spoken_reason() -> None:
    """Mandarin (espeak-ng turns it into noise) gets no voice, and the reason says text is used instead."""
    choice = voices.choose_voice("zh-CN", ["sit/cmn", "gmw/en-us"])
    assert not choice.usable
    assert "No usable voice" in choice.reason and "text" in choice.reason
    with pytest.raises(NoUsableVoiceError):
        voices.require_voice("zh")


def test_verified_voice_missing_from_the_engine_is_not_used() -> None:
    """A verified voice that the installed engine lacks is reported, not silently swapped for another."""
    choice = voices.choose_voice("en-US", ["poz/id"])
    assert not choice.usable
    assert "not installed" in choice.reason
    assert voices.require_voice("en-US", ["gmw/en-us"]) == "gmw/en-us"


def test_character_error_rate_normalises_case_punctuation_and_traditional_chinese() -> None:
    """CER ignores case and punctuation; Traditional characters count as their Simplified forms."""
    assert voices.character_error_rate("Your pace, was good.", "your pace was good", "en") == 0.0
    assert voices.character_error_rate("国家级", "國家級", "zh") == 0.0
    assert voices.character_error_rate("abcd", "abxd", "en") == pytest.approx(0.25)
    assert voices.character_error_rate("广州市房地产", "", "zh") == 1.0
