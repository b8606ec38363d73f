"""The centre's rule overlay: read entry by entry (bad ones named by file and line, the rest kept), merged into every
analysis with the documented precedence, and findings from it say "centre rule"."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from studio.core.analysis import analyse
from studio.core.claims import check_transcript, load_packs, market_rules
from studio.core.claims.overlay import (
    OVERLAY_FOLDER,
    apply_overlay,
    default_overlay_dir,
    overlay_path,
    parse_overlay,
    read_overlay,
)
from studio.core.claims.rules import Strictness
from studio.core.model import FindingKind, Segment, Transcript, Word
from studio.services import paths
from studio.services.rehearsal import CueRules

GOOD = """\
schema: 1
market: en-US
revision: 3
disabled:
  - rule: en.absolute.superlative
    reason: Our centre sells only products that won a national award this year
strictness:
  - {rule: en.safety.no-risk, strictness: VERIFY-FACT, reason: We check the safety data sheet with trainees}
phrases:
  - {rule: en.cosmetic.drug, phrase: "glass skin", reason: Our trainers hear it every week}
rules:
  - id: centre.en-us.holy-grail
    category: absolute
    strictness: NEEDS-EVIDENCE
    patterns: ["holy grail", "{cult|iconic} favourite"]
    explain: {en: Calling it a holy grail is an absolute claim you cannot prove on a live.}
    suggest: {en: Say what it does for you instead.}
    reason: Centre list, March
history:
  - {revision: 3, at: "2026-03-01T10:00:00+00:00", change: rule, rule: centre.en-us.holy-grail, by: Ms Lan}
"""


def write_overlay(text: str, market: str = "en-US") -> Path:
    path = overlay_path(market)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def ids(text: str, market: str = "en-US", **options: object) -> list[str]:
    return [hit.rule_id for hit in load_packs(market, **options).check_text(text)]  # type: ignore[arg-type]


def timed(sentence: str, language: str = "en") -> Transcript:
    """A transcript with word timings, as Whisper gives it (a word every 0.4 s)."""
    words = tuple(Word(f" {w}" if i else w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(sentence.split()))
    duration = words[-1].end + 0.5
    return Transcript(language, duration, "test", (Segment(0.0, duration, sentence),), words)


# ----------------------------------------------------------------------------- where it lives


def test_the_overlay_lives_in_the_user_data_folder_as_the_services_find_it(tmp_path: Path) -> None:
    assert default_overlay_dir() == paths.data_dir() / OVERLAY_FOLDER
    assert overlay_path("vi-VN") == paths.data_dir() / OVERLAY_FOLDER / "vi-VN.yaml"
    assert str(tmp_path) in str(default_overlay_dir())  # the test's own data folder, never the user's


def test_no_overlay_file_means_the_shipped_rules_unchanged() -> None:
    overlay = read_overlay(overlay_path("en-US"), "en-US")
    assert not overlay.exists and overlay.usable and overlay.empty and not overlay.problems
    assert ids("It is the best serum.") == ["en.absolute.superlative"]
    assert load_packs("en-US").problems == ()


# ----------------------------------------------------------------------------- valid


def test_a_valid_overlay_is_read_whole() -> None:
    path = write_overlay(GOOD)
    overlay = parse_overlay(path, "en-US")
    assert overlay.usable and overlay.problems == ()
    assert overlay.revision == 3
    assert [(d.rule_id, d.line) for d in overlay.disabled] == [("en.absolute.superlative", 5)]
    assert overlay.strictness[0].strictness is Strictness.VERIFY_FACT
    assert overlay.phrases[0].phrase == "glass skin" and overlay.phrases[0].patterns[0].centre
    (centre,) = overlay.rules
    assert centre.rule.id == "centre.en-us.holy-grail" and centre.rule.centre and centre.reason == "Centre list, March"
    assert [p.text for p in centre.rule.patterns] == ["holy grail", "cult favourite", "iconic favourite"]
    assert centre.rule.source == "Training centre" and centre.rule.markets == frozenset({"en-US"})
    assert overlay.history[0].by == "Ms Lan"


def test_the_merge_reaches_the_matcher_and_findings_say_centre_rule() -> None:
    write_overlay(GOOD)
    rules = load_packs("en-US")
    assert rules.problems == ()
    text = "It is the best serum, you get glass skin, no side effects, my holy grail and a cult favourite."
    hits = {hit.rule_id: hit for hit in rules.check_text(text)}
    assert "en.absolute.superlative" not in hits  # turned off
    assert hits["en.cosmetic.drug"].quote == "glass skin" and hits["en.cosmetic.drug"].centre == "phrase"
    assert hits["en.safety.no-risk"].strictness is Strictness.VERIFY_FACT
    assert hits["en.safety.no-risk"].explanation.startswith("Centre rule (strictness set by the centre): ")
    holy = [hit for hit in rules.check_text(text) if hit.rule_id == "centre.en-us.holy-grail"]
    assert [hit.quote for hit in holy] == ["holy grail", "cult favourite"]
    assert (
        holy[0].explanation == "Centre rule: Calling it a holy grail is an absolute claim you cannot prove on a live."
    )
    assert hits["en.cosmetic.drug"].explanation.startswith("Centre rule (phrase added by the centre): ")
    # The shipped rule's own phrases keep their plain explanation.
    (plain,) = [h for h in rules.check_text("It removes wrinkles.") if h.rule_id == "en.cosmetic.drug"]
    assert plain.centre == "" and not plain.explanation.startswith("Centre")


def test_overlay_false_leaves_it_out_and_each_folder_has_its_own(tmp_path: Path) -> None:
    write_overlay(GOOD)
    assert "en.absolute.superlative" in ids("It is the best serum.", overlay=False)
    assert "en.absolute.superlative" in ids("It is the best serum.", overlay_dir=tmp_path / "elsewhere")


def test_a_changed_file_is_used_by_the_next_load_without_a_restart() -> None:
    assert ids("my holy grail") == []
    path = write_overlay(GOOD)
    assert ids("my holy grail") == ["centre.en-us.holy-grail"]
    path.write_text(GOOD.replace("holy grail", "unicorn serum"), encoding="utf-8")
    os.utime(path, ns=(1, 2))  # a different modification time even on coarse file systems
    assert ids("my holy grail") == [] and ids("an unicorn serum") == ["centre.en-us.holy-grail"]


def test_an_empty_file_changes_nothing() -> None:
    write_overlay("\n# nothing yet\n")
    overlay = read_overlay(overlay_path("en-US"), "en-US")
    assert overlay.exists and overlay.usable and overlay.empty and overlay.problems == ()


# ----------------------------------------------------------------------------- bad input: named, the rest kept


def problems_of(text: str, market: str = "en-US") -> list[str]:
    path = write_overlay(text, market)
    return [problem.spoken() for problem in parse_overlay(path, market).problems]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("schema: 1\nrules: [\n  - bad\n", 3, "is not valid YAML"),
        ("schema: 2\ndisabled: []\n", 1, "uses schema version 2; this studio reads version 1"),
        ("schema: 1\nmarket: vi-VN\n", 2, "is for the market 'vi-VN', not en-US"),
        ("- schema: 1\n", 1, "must be a set of 'name: value' lines"),
    ],
    ids=["not-yaml", "newer-schema", "other-market", "not-a-mapping"],
)
def test_a_file_that_cannot_be_used_at_all_is_left_out_whole_and_says_why(text: str, line: int, words: str) -> None:
    path = write_overlay(text)
    overlay = read_overlay(path, "en-US")
    assert not overlay.usable
    (problem,) = overlay.problems
    assert f"The file en-US.yaml, line {line}: " in problem.spoken() and words in problem.spoken()
    rules = load_packs("en-US")  # the analysis still runs, on the shipped rules
    assert [p.spoken() for p in rules.problems] == [problem.spoken()]
    assert [h.rule_id for h in rules.check_text("It is the best serum.")] == ["en.absolute.superlative"]


BAD_ENTRIES = """\
schema: 1
market: en-US
colour: blue
disabled:
  - {rule: en.absolute.superlative}
  - {rule: en.urgency.scarcity, reason: We teach real stock counts}
  - {rule: en.urgency.scarcity, reason: twice}
  - just a line
strictness:
  - {rule: en.safety.no-risk, strictness: SEVERE, reason: x}
  - {rule: en.price.reference, strictness: verify-fact, reason: Our shops never show a was-price}
phrases:
  - {rule: en.cosmetic.drug, phrase: "g"}
  - {rule: en.cosmetic.drug, phrase: "glass skin"}
  - {rule: en.cosmetic.drug, phrase: "glass skin"}
  - {rule: en.cosmetic.drug, phrase: "dewy skin", colour: red}
rules:
  - id: holy-grail
    category: absolute
    strictness: BLOCK
    patterns: [holy grail]
    explain: x
    suggest: y
  - id: centre.en-us.magic
    category: magic
    strictness: BLOCK
    patterns: [magic cream]
    explain: x
    suggest: y
  - id: centre.en-us.nosuggest
    category: absolute
    strictness: BLOCK
    patterns: [miracle cream]
    explain: x
  - id: centre.en-us.ok
    category: absolute
    strictness: BLOCK
    patterns: [unicorn serum]
    explain: A made-up claim.
    suggest: Say what it does.
  - id: centre.en-us.ok
    category: absolute
    strictness: BLOCK
    patterns: [dragon serum]
    explain: x
    suggest: y
  - id: centre.en-us.vi
    language: vi
    category: absolute
    strictness: BLOCK
    patterns: [thần kỳ]
    explain: x
    suggest: y
history: not a list
"""


def test_each_bad_entry_is_named_by_file_and_line_and_the_others_still_apply() -> None:
    problems = problems_of(BAD_ENTRIES)
    expected = [
        ("line 3:", "the field 'colour' is unknown"),
        ("line 5:", "turning off 'en.absolute.superlative' needs a 'reason'"),
        ("line 7:", "the rule 'en.urgency.scarcity' is already turned off on line 6"),
        ("line 8:", "must be a set of 'name: value' lines"),
        ("line 10:", "is 'SEVERE'; use BLOCK, NEEDS-EVIDENCE or VERIFY-FACT"),
        ("line 13:", "the phrase 'g' is too short"),
        ("line 15:", "this phrase is already added to 'en.cosmetic.drug' on line 14"),
        ("line 16:", "unknown field 'colour'"),
        ("line 18:", "the centre rule id 'holy-grail' must start with 'centre.'"),
        ("line 25:", "unknown category 'magic'"),
        ("line 30:", "missing its 'suggest' field"),
        ("line 41:", "the centre rule id 'centre.en-us.ok' is already used on line 35"),
        ("line 47:", "must be for en-US in the language 'en'"),
        ("line 54:", "'history' must be a list"),
    ]
    assert len(problems) == len(expected), "\n".join(problems)
    for (line, words), problem in zip(expected, problems, strict=True):
        assert problem.startswith(f"The file en-US.yaml, {line} "), problem
        assert words in problem, problem
    rules = load_packs("en-US")
    text = "It is the best serum. Only 3 left! Was $80, now $29. A glass skin unicorn serum."
    found = {hit.rule_id: hit for hit in rules.check_text(text)}
    assert "en.absolute.superlative" in found  # its entry had no reason, so it stays on
    assert "en.urgency.scarcity" not in found  # the first, valid entry turned it off
    assert found["en.price.reference"].strictness is Strictness.VERIFY_FACT
    assert found["en.cosmetic.drug"].quote == "glass skin"
    assert found["centre.en-us.ok"].quote == "unicorn serum"
    assert "dragon" not in " ".join(h.quote for h in rules.check_text("dragon serum"))
    assert len(rules.problems) == len(expected)


def test_an_entry_naming_no_rule_is_a_problem_but_another_markets_rule_is_quietly_not_applied() -> None:
    write_overlay(
        """\
        schema: 1
        disabled:
          - {rule: en.no.such-rule, reason: typo}
          - {rule: vi.absolute.superlative, reason: copied from the vi-VN file}
        phrases:
          - {rule: en.renamed, phrase: "glass skin"}
        """
    )
    problems = [p.spoken() for p in load_packs("en-US").problems]
    assert len(problems) == 2, problems
    assert any("line 3: no rule pack has a rule 'en.no.such-rule'" in p for p in problems)
    assert any("line 6: no rule pack has a rule 'en.renamed'" in p for p in problems)
    assert not any("vi.absolute.superlative" in p for p in problems)
    assert "vi.absolute.superlative" in ids("Kem này tốt nhất", "vi-VN")


def test_a_centre_rule_may_not_take_a_shipped_id(tmp_path: Path) -> None:
    pack = tmp_path / "rules"
    pack.mkdir()
    (pack / "en.yaml").write_text(
        "schema: 1\npack: t\nlanguage: en\nmarkets: [en-US]\nrules:\n  - id: centre.en-us.taken\n"
        "    category: absolute\n    strictness: BLOCK\n    patterns: [the best]\n    explain: x\n    suggest: y\n"
        "    source: test\n",
        encoding="utf-8",
    )
    write_overlay(
        "schema: 1\nrules:\n  - id: centre.en-us.taken\n    category: absolute\n    strictness: BLOCK\n"
        "    patterns: [holy grail]\n    explain: x\n    suggest: y\n"
    )
    rules = load_packs("en-US", rules_dir=pack)
    assert [p.spoken() for p in rules.problems] == [
        "The file en-US.yaml, line 3: the centre rule id 'centre.en-us.taken' is already used by a shipped rule; "
        "give it another id"
    ]
    assert [h.quote for h in rules.check_text("the best holy grail")] == ["the best"]


# ----------------------------------------------------------------------------- precedence


def test_precedence_turned_off_beats_strictness_and_phrases_and_the_pack_value_is_remembered() -> None:
    write_overlay(
        """\
        schema: 1
        disabled:
          - {rule: en.cosmetic.drug, reason: Our centre sells registered acne medicine only}
        strictness:
          - {rule: en.cosmetic.drug, strictness: VERIFY-FACT, reason: x}
          - {rule: en.cure.word, strictness: NEEDS-EVIDENCE, reason: y}
        phrases:
          - {rule: en.cosmetic.drug, phrase: "glass skin"}
        """
    )
    assert ids("glass skin that removes acne scars") == []
    states = market_rules("en-US")
    drug = states.state("en.cosmetic.drug")
    assert not drug.enabled and drug.disabled is not None and drug.disabled.reason.startswith("Our centre")
    assert drug.rule.strictness is Strictness.VERIFY_FACT and [p.phrase for p in drug.phrases] == ["glass skin"]
    cure = states.state("en.cure.word")
    assert cure.enabled and cure.rule.strictness is Strictness.NEEDS_EVIDENCE
    assert cure.rule.shipped_strictness is Strictness.BLOCK
    assert states.problems == ()


def test_a_phrase_the_rule_already_has_is_not_added_twice_and_platform_off_drops_platform_entries() -> None:
    write_overlay(
        """\
        schema: 1
        phrases:
          - {rule: en.absolute.superlative, phrase: "the best"}
        disabled:
          - {rule: tiktok.en.bait-price, reason: We never sell on TikTok}
        """
    )
    rules = load_packs("en-US")
    superlative = rules.rule("en.absolute.superlative")
    assert [p.text for p in superlative.patterns].count("the best") == 1
    assert [h.centre for h in rules.check_text("the best")] == [""]  # the pack's own phrase: not a centre hit
    assert "tiktok.en.bait-price" not in {r.id for r in rules.rules}
    assert load_packs("en-US", platform=False).problems == ()  # the platform rule is known, only not in use


def test_apply_overlay_keeps_the_order_and_adds_centre_rules_last() -> None:
    path = write_overlay(GOOD)
    shipped = list(load_packs("en-US", overlay=False).rules)
    merged, problems = apply_overlay(shipped, parse_overlay(path, "en-US"), {r.id for r in shipped})
    assert problems == []
    assert [r.id for r in merged] == [r.id for r in shipped if r.id != "en.absolute.superlative"] + [
        "centre.en-us.holy-grail"
    ]


# ----------------------------------------------------------------------------- every analysis uses it


def test_file_analysis_finds_the_centre_phrase_and_not_the_disabled_rule_on_a_timed_transcript() -> None:
    sentence = (
        "Hi everyone welcome back. This is the best serum on the market, it gives you glass skin in a week, "
        "honestly my holy grail, so grab it now."
    )
    transcript = timed(sentence)
    before = [f.rule_id for f in check_transcript(transcript, load_packs("en-US")) if f.kind is FindingKind.CLAIM]
    assert "en.absolute.superlative" in before and "en.cosmetic.drug" not in before
    write_overlay(GOOD)
    report = analyse(transcript, market="en-US")
    claims = {f.rule_id: f for f in report.findings if f.kind is FindingKind.CLAIM}
    assert "en.absolute.superlative" not in claims
    glass = claims["en.cosmetic.drug"]
    assert glass.quote == "glass skin" and glass.message.startswith("Centre rule (phrase added by the centre): ")
    words = transcript.words
    assert (glass.start, glass.end) == (words[15].start, words[16].end)  # "glass skin" as said
    holy = claims["centre.en-us.holy-grail"]
    assert holy.quote == "holy grail" and holy.message.startswith("Centre rule: ")
    assert report.metrics["claims_total"] == float(len([f for f in report.findings if f.kind is FindingKind.CLAIM]))


def test_live_cues_use_the_overlay_too() -> None:
    write_overlay(GOOD)
    quiet = CueRules(market="en-US", min_gap=0.0, any_gap=0.0)
    assert [c.kind for c in quiet.due(timed("this is the best serum ever"), 3.0, 0.0)] == []
    cues = CueRules(market="en-US", min_gap=0.0, any_gap=0.0).due(timed("it gives you glass skin"), 3.0, 0.0)
    assert [c.kind for c in cues] == ["claim"] and "glass skin" in cues[0].message


def test_a_vietnamese_centre_rule_speaks_vietnamese_and_english() -> None:
    write_overlay(
        """\
        schema: 1
        market: vi-VN
        rules:
          - id: centre.vi-vn.guong
            category: cosmetic-drug
            strictness: BLOCK
            patterns: ["da căng bóng như gương"]
            explain: {vi: Không được hứa da thay đổi như vậy., en: Do not promise such a change of skin.}
            suggest: {vi: Nói da trông mịn hơn., en: Say the skin looks smoother.}
            reason: Trainers hear it often
        phrases:
          - {rule: vi.absolute.superlative, phrase: "siêu phẩm"}
        """,
        "vi-VN",
    )
    transcript = timed("Chị em ơi hàng này siêu phẩm luôn, dùng một tuần da căng bóng như gương", "vi")
    findings = {f.rule_id: f for f in check_transcript(transcript, load_packs("vi-VN"))}
    assert findings["centre.vi-vn.guong"].message == "Quy tắc của trung tâm: Không được hứa da thay đổi như vậy."
    assert findings["vi.absolute.superlative"].quote == "siêu phẩm"
    assert findings["vi.absolute.superlative"].message.startswith("Quy tắc của trung tâm (cụm từ do trung tâm thêm): ")
    english = {f.rule_id: f for f in check_transcript(transcript, load_packs("vi-VN"), language="en")}
    assert english["centre.vi-vn.guong"].message == "Centre rule: Do not promise such a change of skin."
    # Without tone marks (ASR slips), the centre phrase is still found by the tone-less pass, and still says so.
    bare = load_packs("vi-VN").check_text("da cang bong nhu guong")
    assert [(h.rule_id, h.centre) for h in bare] == [("centre.vi-vn.guong", "rule")]
