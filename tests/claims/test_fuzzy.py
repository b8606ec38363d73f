"""The fuzzy second pass: garbled or slightly reworded banned phrases become questions, look-alikes stay quiet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studio.core.claims import ClaimHit, RuleSet, check_transcript, load_packs
from studio.core.claims.fuzzy import MAX_CONFIDENCE, MIN_CONFIDENCE, FuzzyIndex
from studio.core.claims.rules import Pattern, Rule, Strictness
from studio.core.model import FindingKind, Severity, Transcript, Word
from tests.claims.corpus_tools import CORPUS_DIR, HOLDOUT_DIR, NOISY_DIR, load_corpus, score

LANGUAGES = ("en", "vi", "zh", "id")


def fuzzy_hits(rules: RuleSet, text: str) -> list[ClaimHit]:
    return [hit for hit in rules.check_text(text, fuzzy=True) if hit.fuzzy]


def house_rule(pattern: str, *, strictness: Strictness = Strictness.BLOCK, exceptions: tuple[str, ...] = ()) -> Rule:
    return Rule(
        id="en.house.test",
        markets=frozenset({"en-US"}),
        language="en",
        category="medical",
        strictness=strictness,
        products=frozenset(),
        exempt_products=frozenset(),
        patterns=(Pattern(pattern, False, 1),),
        exceptions=exceptions,
        explanation="Test rule.",
        explanation_en="Test rule.",
        suggestion="Say it differently.",
        suggestion_en="Say it differently.",
        source="[GK]",
        path="test.yaml",
        line=1,
    )


@pytest.mark.parametrize(
    ("market", "text", "rule_id", "quote"),
    [
        ("en-US", "It boosts you immune sistem every morning.", "en.medical.disease", "boosts you immune sistem"),
        ("en-US", "These drops kils bacterias on contact.", "en.medical.disease", "kils bacterias"),
        ("id-ID", "Salep ini menghilangkan jamurnya sampai tuntas.", "id.medical.cure", "menghilangkan jamurnya"),
        ("vi-VN", "Sản phẩm giúp ngăn ngừa mất ngũ.", "vi.medical.cure", "ngăn ngừa mất ngũ"),
        ("vi-VN", "Kem an toàn cho bà bầo nha.", "vi.safety.no-risk", "an toàn cho bà bầo"),
        ("zh-CN", "这个可以改善骨质疏送的问题。", "zh.medical.art17", "改善骨质疏送"),
        ("zh-CN", "人民大会堂专門用的茶叶。", "zh.endorsement.authority", "人民大会堂专門用"),
    ],
)
def test_garbled_banned_phrase_becomes_a_verify_fact_question(market: str, text: str, rule_id: str, quote: str) -> None:
    """ASR slips the exact pass misses are found, with the rule's id, lower confidence and an asking message."""
    rules = load_packs(market)
    assert not rules.check_text(text), "the exact pass alone must miss this sentence"
    hits = fuzzy_hits(rules, text)
    assert [(h.rule_id, h.quote) for h in hits] == [(rule_id, quote)]
    hit = hits[0]
    assert hit.strictness is Strictness.VERIFY_FACT
    assert MIN_CONFIDENCE <= hit.confidence <= MAX_CONFIDENCE
    assert hit.phrase and hit.phrase in hit.explanation_en and "did you say" in hit.explanation_en
    assert text[hit.span[0] : hit.span[1]] == hit.quote
    assert hit.suggestion == rules.rule(rule_id).suggestion


@pytest.mark.parametrize(
    ("market", "text"),
    [
        ("en-US", "These heels are so comfy for standing all day."),
        ("en-US", "Cured ham on the table, a tasty treat."),
        ("en-US", "Best before the end of May, check the label."),
        ("en-US", "Curly hair loves this wide comb."),
        ("en-US", "Acme makes the zipper on this bag."),
        ("en-US", "It works for every outfit in your closet."),
        ("zh-CN", "第一个链接是大瓶装。"),
        ("zh-CN", "这个颜色很受欢迎。"),
        ("vi-VN", "Đánh bay hàng tồn kho cuối năm nè."),
        ("id-ID", "Hilangkan rasa ragu, tanya saja di kolom komentar."),
    ],
)
def test_look_alikes_are_not_asked_about(market: str, text: str) -> None:
    assert fuzzy_hits(load_packs(market), text) == []


def test_exact_hits_are_not_asked_about_again() -> None:
    """Words the exact pass already judged get no second, weaker finding."""
    hits = load_packs("en-US").check_text("This balm cures eczema and boosts your immune system.", fuzzy=True)
    assert hits and not any(hit.fuzzy for hit in hits)


def test_fuzzy_pass_is_off_unless_asked_for_in_check_text() -> None:
    rules = load_packs("en-US")
    text = "It boosts you immune sistem."
    assert rules.check_text(text) == []
    assert len(rules.check_text(text, fuzzy=True)) == 1


def test_exception_phrase_stops_a_near_miss_inside_it() -> None:
    text = "Our skills bacterial lab tested the fabric."
    plain = RuleSet("en-US", "en", [house_rule("kills bacteria")])
    excepted = RuleSet("en-US", "en", [house_rule("kills bacteria", exceptions=("skills bacterial lab",))])
    assert [h.quote for h in plain.check_text(text, fuzzy=True)] == ["skills bacterial"]
    assert excepted.check_text(text, fuzzy=True) == []


def test_only_multi_word_block_and_needs_evidence_phrases_take_part() -> None:
    """Single words and VERIFY-FACT phrases are left to the exact pass: one garbled word is too often a real one."""
    single = RuleSet("en-US", "en", [house_rule("miracle")])
    verify = RuleSet("en-US", "en", [house_rule("only three left", strictness=Strictness.VERIFY_FACT)])
    assert len(single.fuzzy_index) == 0 and len(verify.fuzzy_index) == 0
    assert single.check_text("A miracles story.", fuzzy=True) == []
    assert verify.check_text("Only tree left!", fuzzy=True) == []


def test_short_phrase_words_must_be_said_exactly() -> None:
    """'number one' is not 'number of': a slip in a short word makes another word."""
    index = FuzzyIndex([house_rule("number one seller")], language="en")
    assert index.find("the number of sellers", [True]) == []
    assert [m.phrase for m in index.find("the number one sellers", [True])] == ["number one seller"]


def test_check_transcript_gives_timed_questions_and_can_turn_the_pass_off() -> None:
    pieces = [" Guys,", " it", " boosts", " you", " immune", " sistem."]
    words = tuple(Word(text, 5.0 + i, 5.8 + i) for i, text in enumerate(pieces))
    transcript = Transcript("en", 12.0, "test", words=words)
    rules = load_packs("en-US")
    findings = [f for f in check_transcript(transcript, rules, language="en") if f.kind is FindingKind.CLAIM]
    assert len(findings) == 1
    finding = findings[0]
    assert finding.severity is Severity.VERIFY_FACT and finding.rule_id == "en.medical.disease"
    assert (finding.start, finding.end) == (7.0, 10.8)
    assert finding.message.startswith("This sounded like a banned claim") and finding.confidence < 1.0
    assert not [f for f in check_transcript(transcript, rules, fuzzy=False) if f.kind is FindingKind.CLAIM]


def test_messages_ask_in_the_rule_language() -> None:
    hits = fuzzy_hits(load_packs("zh-CN"), "这是基因的修复技术。")
    assert hits and "您说的是" in hits[0].explanation and "did you say" in hits[0].explanation_en


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_precision_or_recall_loss_on_the_clean_corpus(language: str) -> None:
    for folder in (CORPUS_DIR, HOLDOUT_DIR):
        exact = score(language, folder=folder)
        both = score(language, folder=folder, fuzzy=True)
        assert both.precision >= exact.precision, [f"{e.text} -> {h}" for e, h in both.false_alarms]
        assert both.recall >= exact.recall


@pytest.mark.parametrize("language", LANGUAGES)
def test_noisy_corpus_gains_recall_without_false_accusations(language: str) -> None:
    examples = load_corpus(language, NOISY_DIR)
    assert len([e for e in examples if e.expect]) >= 12 and len([e for e in examples if not e.expect]) >= 12
    exact = score(language, folder=NOISY_DIR)
    both = score(language, folder=NOISY_DIR, fuzzy=True)
    assert both.precision >= 0.95, [f"{e.text} -> {h}" for e, h in both.false_alarms]
    assert both.recall >= exact.recall + 0.3 and both.recall >= 0.7, [e.text for e in both.misses]


def _check_claims(repo_root: Path, args: list[str], stdin: str) -> list[dict[str, object]]:
    result = subprocess.run(
        [sys.executable, "-m", "studio", "check-claims", "--market", "en-US", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=repo_root,
        timeout=60,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_check_claims_marks_fuzzy_findings_and_can_turn_them_off(repo_root: Path) -> None:
    text = "It boosts you immune sistem\nThis cures acne\n"
    records = _check_claims(repo_root, ["--english"], text)
    fuzzy = records[0]["findings"]
    assert isinstance(fuzzy, list) and len(fuzzy) == 1
    assert fuzzy[0]["fuzzy"] is True and fuzzy[0]["strictness"] == "VERIFY-FACT"
    assert fuzzy[0]["phrase"] == "boosts your immune system"
    exact = records[1]["findings"]
    assert isinstance(exact, list) and exact and "fuzzy" not in exact[0]
    off = _check_claims(repo_root, ["--no-fuzzy"], text)
    assert off[0]["findings"] == [] and off[1]["findings"]


@pytest.fixture(scope="module")
def transcriber():  # type: ignore[no-untyped-def]
    from studio.services.transcription.transcriber import Transcriber

    return Transcriber()  # the embedded multilingual base model, int8, 2 threads


@pytest.mark.slow
@pytest.mark.parametrize(
    ("clip", "language", "market"),
    [
        ("jfk.flac", "en", "en-US"),
        ("librispeech-2412-153948-0000.flac", "en", "en-US"),
        ("ljspeech-LJ002-0020.wav", "en", "en-GB"),
        ("ljspeech-LJ002-0035.wav", "en", "en-GB"),
        ("zh-za-ziji-de-jiao.flac", "zh", "zh-CN"),
    ],
)
def test_real_harmless_speech_through_whisper_raises_no_fuzzy_question(  # type: ignore[no-untyped-def]
    transcriber, speech_dir: Path, clip: str, language: str, market: str
) -> None:
    """Real recordings, real model, real word timings: near misses in ordinary speech must not become questions."""
    transcript = transcriber.transcribe_file(speech_dir / clip, language=language)
    assert transcript.words
    rules = load_packs(market)
    findings = check_transcript(transcript, rules)
    exact = check_transcript(transcript, rules, fuzzy=False)
    assert findings == exact, [(f.rule_id, f.quote, f.message) for f in findings if f not in exact]
