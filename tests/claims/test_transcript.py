"""check_transcript: findings carry the times of the words that made them; required disclaimers are checked."""

from __future__ import annotations

import pytest

from studio.core.claims import check_transcript, load_packs, missing_disclaimers, timed_text
from studio.core.model import Finding, FindingKind, Segment, Severity, Transcript, Word


def words_of(pieces: list[str], *, start: float = 0.0, step: float = 0.5) -> tuple[Word, ...]:
    return tuple(Word(text, start + i * step, start + i * step + step * 0.8) for i, text in enumerate(pieces))


def claim_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.kind is FindingKind.CLAIM]


def test_english_words_with_leading_spaces_map_to_their_timestamps() -> None:
    """Whisper-style words (" this", " cures") → the finding spans exactly the words of the quote."""
    pieces = [" Hi", " everyone,", " this", " cream", " cures", " acne", " fast."]
    transcript = Transcript("en", 4.0, "test", words=words_of(pieces, start=10.0))
    findings = claim_findings(check_transcript(transcript, load_packs("en-US")))
    assert len(findings) == 1
    finding = findings[0]
    assert finding.quote == "cures acne"
    assert finding.start == pytest.approx(12.0) and finding.end == pytest.approx(12.9)
    assert finding.severity is Severity.BLOCK and finding.rule_id == "en.medical.disease"
    assert finding.suggestion


def test_words_without_leading_spaces_still_keep_word_edges() -> None:
    pieces = ["the", "best", "serum"]
    transcript = Transcript("en", 2.0, "test", words=words_of(pieces))
    assert timed_text(transcript).text == "the best serum"
    findings = claim_findings(check_transcript(transcript, load_packs("en-US")))
    assert [(f.quote, f.start, f.end) for f in findings] == [("the best", 0.0, pytest.approx(0.9))]
    assert findings[0].severity is Severity.NEEDS_EVIDENCE


def test_chinese_per_character_words_map_to_character_times() -> None:
    """Whisper gives Chinese one character (or piece) at a time without spaces."""
    pieces = ["这", "个", "产品", "無", "副", "作", "用", "，", "效", "果", "很", "好"]
    transcript = Transcript("zh", 6.0, "test", words=words_of(pieces, start=1.0))
    findings = claim_findings(check_transcript(transcript, load_packs("zh-CN")))
    assert [f.quote for f in findings] == ["無副作用"]
    assert findings[0].start == pytest.approx(1.0 + 3 * 0.5)
    assert findings[0].end == pytest.approx(1.0 + 6 * 0.5 + 0.4)


def test_severity_follows_strictness() -> None:
    pieces = " It cures acne. The best serum. Only 3 left!".split(" ")[1:]
    transcript = Transcript("en", 9.0, "test", words=words_of([" " + p for p in pieces]))
    severities = {f.severity for f in claim_findings(check_transcript(transcript, load_packs("en-US")))}
    assert severities == {Severity.BLOCK, Severity.NEEDS_EVIDENCE, Severity.VERIFY_FACT}


def test_messages_can_be_given_in_english_for_a_vietnamese_market() -> None:
    transcript = Transcript("vi", 2.0, "test", words=words_of([" Kem", " tốt", " nhất"]))
    rules = load_packs("vi-VN")
    own = claim_findings(check_transcript(transcript, rules))[0]
    english = claim_findings(check_transcript(transcript, rules, language="en"))[0]
    assert "nhất" in own.message and "absolute claims" in english.message


def test_missing_health_food_disclaimer_is_a_finding_only_for_that_category() -> None:
    transcript = Transcript("zh", 30.0, "test", words=words_of(list("这款保健品很受欢迎")))
    rules = load_packs("zh-CN")
    findings = check_transcript(transcript, rules, product_category="health-food")
    missing = [f for f in findings if f.kind is FindingKind.DISCLAIMER_MISSING]
    assert len(missing) == 1
    assert missing[0].rule_id == "zh.disclaimer.health-food" and missing[0].suggestion == "本品不能代替药物"
    assert (missing[0].start, missing[0].end) == (0.0, 30.0) and missing[0].severity is Severity.BLOCK
    assert not [f for f in check_transcript(transcript, rules) if f.kind is FindingKind.DISCLAIMER_MISSING]
    assert not [
        f
        for f in check_transcript(transcript, rules, product_category="fashion")
        if f.kind is FindingKind.DISCLAIMER_MISSING
    ]


@pytest.mark.parametrize(
    ("market", "said"),
    [
        ("zh-CN", "这款保健品很受欢迎。本品不能代替药物。"),
        (
            "vi-VN",
            "Sản phẩm rất được yêu thích. "
            "Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.",
        ),
        ("vi-VN", "Thuc pham nay khong phai la thuoc nha ca nha."),  # the ASR dropped every tone mark
        ("id-ID", "Suplemen ini bukan obat ya kak."),
        (
            "en-US",
            "This statement has not been evaluated by the Food and Drug Administration. "
            "This product is not intended to diagnose, treat, cure or prevent any disease.",
        ),
        (
            "en-US",
            "This statment has not been evaluated by the Food and Drug Administation, "
            "it is not intended to diagnose, treat, cure, or prevent any diseases.",
        ),  # ASR slips: fuzzy match
    ],
)
def test_said_disclaimer_is_not_missing_and_does_not_trigger(market: str, said: str) -> None:
    rules = load_packs(market)
    assert missing_disclaimers(said, rules, "health-food") == []
    assert rules.check_text(said) == []


def test_transcript_with_segments_only_spreads_time_over_characters() -> None:
    segment = Segment(20.0, 30.0, "Guaranteed results, folks")
    transcript = Transcript("en", 30.0, "test", segments=(segment,))
    findings = claim_findings(check_transcript(transcript, load_packs("en-US")))
    assert findings and findings[0].quote == "Guaranteed results"
    assert 20.0 <= findings[0].start < findings[0].end <= 30.0
