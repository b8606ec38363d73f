"""Every matching pitfall of claims-law §6, each as its own test, on the shipped packs."""

from __future__ import annotations

import unicodedata

import pytest

from studio.core.claims import FALLBACK_CONFIDENCE, RuleSet, Strictness, load_packs


@pytest.fixture(scope="module")
def vi() -> RuleSet:
    return load_packs("vi-VN")


@pytest.fixture(scope="module")
def zh() -> RuleSet:
    return load_packs("zh-CN")


@pytest.fixture(scope="module")
def id_() -> RuleSet:
    return load_packs("id-ID")


@pytest.fixture(scope="module")
def en() -> RuleSet:
    return load_packs("en-US")


def categories(rules: RuleSet, text: str, **kwargs: str) -> set[str]:
    return {hit.category for hit in rules.check_text(text, **kwargs)}


# --------------------------------------------------------------------------- 1. Vietnamese


def test_p1_nfd_and_nfc_vietnamese_match_the_same(vi: RuleSet) -> None:
    """A phrase typed in decomposed form (NFD) is found exactly like the composed one, with an exact quote."""
    text = "Kem này tốt nhất"
    for form in ("NFC", "NFD"):
        source = unicodedata.normalize(form, text)
        hits = vi.check_text(source)
        assert [h.category for h in hits] == ["absolute"]
        assert unicodedata.normalize("NFC", hits[0].quote) == "tốt nhất"
        assert hits[0].confidence == 1.0


def test_p1_toneless_asr_output_matches_at_lower_confidence(vi: RuleSet) -> None:
    """ASR that dropped the tones still matches multi-syllable phrases, flagged as less certain."""
    hits = vi.check_text("san pham khong co tac dung phu dau")
    assert [h.rule_id for h in hits] == ["vi.safety.no-risk"]
    assert hits[0].confidence == FALLBACK_CONFIDENCE < 1.0
    assert hits[0].quote == "khong co tac dung phu"


def test_p1_exact_match_wins_over_the_toneless_fallback(vi: RuleSet) -> None:
    hits = vi.check_text("Sản phẩm không có tác dụng phụ")
    assert len(hits) == 1 and hits[0].confidence == 1.0


def test_p1_toned_words_are_not_matched_by_the_toneless_fallback(vi: RuleSet) -> None:
    """'chưa khỏi' (not yet healed) is not 'chữa khỏi' (cures): the marks say it is another word."""
    assert vi.check_text("Em bị cảm mà chưa khỏi nên giọng hơi khàn") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nhất là các chị da dầu thì nên dùng buổi tối.",
        "Dùng ít nhất hai tuần nha.",
        "Shop thống nhất giá trên tất cả các sàn.",
        "Các chị nhất định phải thử mùi này.",
        "Sản phẩm có giá trị dinh dưỡng cao.",
        "Mua xong khỏi lo hết hàng nha.",
        "Bao đổi trả trong 7 ngày nha cả nhà.",
    ],
)
def test_p1_harmless_phrases_with_trigger_syllables_are_not_flagged(vi: RuleSet, text: str) -> None:
    assert vi.check_text(text) == []


def test_p1_bao_trang_guaranteed_whitening_is_flagged_unlike_bao_doi_tra(vi: RuleSet) -> None:
    assert "cosmetic-drug" in categories(vi, "Bao trắng luôn nha các chị")
    assert vi.check_text("Bao đổi trả luôn nha các chị") == []


# --------------------------------------------------------------------------- 2. Chinese


@pytest.mark.parametrize(
    "text",
    [
        "最近天气干燥，大家要多补水。",
        "最后给大家看一下包装。",
        "至少要用两周。",
        "第一次来直播间的宝宝点个关注。",
        "第一个链接是大瓶装。",
        "一号链接是小样。",
        "首先我们来看一下成分。",
        "唯一的要求是要坚持用。",
        "这是国家级非遗传承的手艺。",
        "这款高级灰的外套很显气质。",
        "我们家都是正品，支持验货。",
    ],
)
def test_p2_chinese_look_alikes_are_not_flagged(zh: RuleSet, text: str) -> None:
    """Exceptions mask 第一/唯一/国家级 inside host phrases; bare 最, 最后, 高级, 正品 are not patterns."""
    assert zh.check_text(text) == []


def test_p2_absolute_term_next_to_an_exception_is_still_flagged(zh: RuleSet) -> None:
    """全网第一 is flagged even in a sentence that also says 第一个链接."""
    hits = zh.check_text("全网第一，就在第一个链接")
    assert [h.quote for h in hits] == ["全网第一"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("１００％安全，放心吃", "safety"),
        ("百分百有效的美白精华", "guarantee"),
        ("百分之百有效", "guarantee"),
        ("無毒副作用，安心使用", "safety"),
        ("這款精華是最佳選擇", "absolute"),
        ("这个真的zui好用了", "absolute"),
        ("销量NO.1的防晒", "absolute"),
        ("全网ＴＯＰ１的洗面奶", "absolute"),
    ],
)
def test_p2_fullwidth_percent_words_traditional_and_dodges_are_normalised(
    zh: RuleSet, text: str, category: str
) -> None:
    assert category in categories(zh, text)


def test_p2_quote_is_the_original_characters(zh: RuleSet) -> None:
    """The quote comes from the text as spoken (Traditional, full-width), not the normalised form."""
    hits = zh.check_text("真的１００％安全")
    assert hits[0].quote == "１００％安全"


# --------------------------------------------------------------------------- 3. Indonesian


@pytest.mark.parametrize("word", ["terbaik", "termurah", "terlaris", "tercepat"])
def test_p3_ter_superlatives_on_listed_adjectives_are_flagged(id_: RuleSet, word: str) -> None:
    assert "absolute" in categories(id_, f"Ini produk {word} kak")


@pytest.mark.parametrize(
    "text",
    ["Sudah terjual seribu botol.", "Sudah terdaftar di BPOM.", "Warna merah tersedia.", "Terima kasih sudah mampir."],
)
def test_p3_ter_words_that_are_not_superlatives_are_not_flagged(id_: RuleSet, text: str) -> None:
    assert id_.check_text(text) == []


def test_p3_terbukti_is_itself_a_claim_word(id_: RuleSet) -> None:
    assert "statistics" in categories(id_, "Sudah terbukti, kak")


@pytest.mark.parametrize(
    "text", ["Obatnya ampuh", "Manjur banget", "Jamu ini cespleng", "Best seller kita", "Langsung glowing kak"]
)
def test_p3_slang_and_code_mixing_are_flagged(id_: RuleSet, text: str) -> None:
    assert id_.check_text(text), text


# --------------------------------------------------------------------------- 4. English false friends


@pytest.mark.parametrize(
    "text",
    [
        "Best before the end of June.",
        "This cured ham is sliced thin.",
        "It's a tasty treat for the whole family.",
        "It's sugar-free and gluten-free.",
        "Free shipping on every order today.",
    ],
)
def test_p4_english_false_friends_are_not_flagged(en: RuleSet, text: str) -> None:
    assert en.check_text(text) == []


def test_p4_the_real_claim_words_are_still_flagged(en: RuleSet) -> None:
    assert "cure" in categories(en, "It cures everything.")
    assert "medical" in categories(en, "It treats acne.")


# --------------------------------------------------------------------------- 5. Negation and disclaimers


@pytest.mark.parametrize(
    ("market", "text"),
    [
        ("zh-CN", "本品不能代替药物。"),
        ("vi-VN", "Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh."),
        ("id-ID", "Produk ini bukan obat dan tidak untuk mengobati penyakit."),
        ("en-US", "This product is not intended to diagnose, treat, cure, or prevent any disease."),
    ],
)
def test_p5_required_disclaimers_never_trigger(market: str, text: str) -> None:
    assert load_packs(market).check_text(text) == []


@pytest.mark.parametrize(
    ("market", "text"),
    [
        ("zh-CN", "纯植物，无副作用"),
        ("vi-VN", "Không có tác dụng phụ đâu ạ"),
        ("id-ID", "Tanpa efek samping kak"),
        ("en-US", "There are no side effects"),
    ],
)
def test_p5_negated_safety_claims_are_still_violations(market: str, text: str) -> None:
    hits = load_packs(market).check_text(text)
    assert [(h.category, h.strictness) for h in hits] == [("safety", Strictness.BLOCK)]


def test_p5_not_a_cure_but_it_clears_eczema_still_implies_treatment(en: RuleSet) -> None:
    assert {"cure", "medical"} <= categories(en, "It's not a cure, but it clears eczema.")


# --------------------------------------------------------------------------- 6. Quoting a customer


@pytest.mark.parametrize(
    ("market", "text"),
    [
        ("en-US", 'My customer told me: "it cured my acne".'),
        ("vi-VN", "Khách em nói dùng xong là khỏi hẳn mất ngủ."),
        ("zh-CN", "有个顾客说用了以后湿疹治好了。"),
        ("id-ID", "Pelanggan kami bilang dia sembuh dari maag."),
    ],
)
def test_p6_quoting_a_customer_does_not_excuse_the_claim(market: str, text: str) -> None:
    hits = load_packs(market).check_text(text)
    assert any(h.strictness is Strictness.BLOCK for h in hits), [h.rule_id for h in hits]


# --------------------------------------------------------------------------- 7. Product category and severities


def test_p7_disease_claim_is_allowed_for_a_registered_medicine_only(en: RuleSet) -> None:
    text = "It treats acne in two weeks."
    assert en.check_text(text, product_category="medicine") == []
    assert "medical" in categories(en, text, product_category="cosmetics")
    assert "medical" in categories(en, text)  # unknown category: every rule is checked


def test_p7_three_strictness_levels_are_reported(en: RuleSet) -> None:
    strict = {h.strictness for h in en.check_text("It cures acne. The best serum. Only 3 left!")}
    assert strict == {Strictness.BLOCK, Strictness.NEEDS_EVIDENCE, Strictness.VERIFY_FACT}


@pytest.mark.parametrize(
    ("market", "text"),
    [
        ("en-US", "Only 3 left, ends tonight!"),
        ("vi-VN", "Chỉ hôm nay thôi, mai tăng giá."),
        ("zh-CN", "原价三百九，今天九十九。"),
        ("id-ID", "Diskon 90% hari ini saja."),
    ],
)
def test_p7_urgency_and_price_lines_are_flagged_with_a_question(market: str, text: str) -> None:
    """They are illegal only when false, so the finding is VERIFY-FACT and its explanation asks a question."""
    hits = load_packs(market).check_text(text)
    assert hits and all(h.strictness is Strictness.VERIFY_FACT for h in hits)
    assert all("?" in h.explanation_en for h in hits)


def test_p7_flash_sale_asks_whether_the_platform_tool_is_running(en: RuleSet) -> None:
    hit = next(h for h in en.check_text("Flash sale starts now!") if h.rule_id == "tiktok.en.flash-sale")
    assert hit.strictness is Strictness.VERIFY_FACT and "flash-sale tool" in hit.explanation_en


# --------------------------------------------------------------------------- 8. Packs are data an instructor edits


def test_p8_an_instructor_can_add_a_rule_without_code(tmp_path, repo_root) -> None:  # type: ignore[no-untyped-def]
    """A new YAML rule in a copy of the packs folder is picked up; editing the file again is picked up too."""
    import shutil

    rules_dir = tmp_path / "rules"
    shutil.copytree(repo_root / "assets" / "rules", rules_dir)
    extra = rules_dir / "school.yaml"
    extra.write_text(
        """schema: 1
pack: school
language: en
markets: [en-US]
rules:
  - id: school.en.magic
    category: absolute
    strictness: NEEDS-EVIDENCE
    patterns: [magic formula]
    explain: {en: Our school asks you not to say magic formula.}
    suggest: {en: Say what is in it.}
    source: "Instructor's house rule [GK]"
""",
        encoding="utf-8",
    )
    rules = load_packs("en-US", rules_dir=rules_dir)
    assert [h.rule_id for h in rules.check_text("A magic formula!")] == ["school.en.magic"]
    extra.write_text(extra.read_text(encoding="utf-8").replace("magic formula]", "magic formula, secret recipe]"))
    rules = load_packs("en-US", rules_dir=rules_dir)
    assert [h.rule_id for h in rules.check_text("Our secret recipe!")] == ["school.en.magic"]
