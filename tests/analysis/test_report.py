"""Ranking, the spoken summary in four languages, finding sentences, JSON, HTML and comparing attempts."""

from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser

import pytest

from studio.core.model import Finding, FindingKind, Report, Severity
from studio.core.report import (
    PHRASES,
    SUMMARY_WORD_LIMIT,
    compare_reports,
    compose_summary,
    finding_sentence,
    join_words,
    quote_gap,
    rank_findings,
    report_from_json,
    report_html,
    report_json,
    summary_word_count,
)

LANGS = ("en", "vi", "zh", "id")


def _f(kind: FindingKind, severity: Severity, start: float = 10.0, **kw: object) -> Finding:
    return Finding(kind=kind, severity=severity, start=start, end=start + 1, message="Something to say.", **kw)  # type: ignore[arg-type]


HEAVY_METRICS = {
    "word_count": 900.0,
    "pace_rate": 196.0,
    "pace_band_low": 120.0,
    "pace_band_high": 170.0,
    "dead_air_count": 4.0,
    "dead_air_threshold": 3.0,
    "dead_air_longest": 7.5,
    "claims_block": 2.0,
    "filler_per_100_words": 6.5,
    "monologue_flagged": 1.0,
    "monologue_longest": 185.0,
    "voice_monotone": 1.0,
}
HEAVY_FINDINGS = [
    _f(FindingKind.CLAIM, Severity.BLOCK, 5.0),
    _f(FindingKind.CLAIM, Severity.BLOCK, 50.0),
    _f(FindingKind.CLAIM, Severity.NEEDS_EVIDENCE, 60.0),
    _f(FindingKind.COVERAGE, Severity.WARNING, 0.0),
    _f(FindingKind.COVERAGE, Severity.WARNING, 0.0),
    _f(FindingKind.COVERAGE, Severity.WARNING, 0.0),
    _f(FindingKind.DEAD_AIR, Severity.WARNING, 30.0),
    _f(FindingKind.PACE, Severity.WARNING, 90.0),
    _f(FindingKind.FILLER, Severity.WARNING, 12.0),
    _f(FindingKind.STUTTER, Severity.INFO, 14.0),
    _f(FindingKind.VOICE, Severity.INFO, 0.0),
]


def test_ranking_puts_blocked_claims_then_missed_points_then_dead_air_then_pace() -> None:
    """Whatever order they arrive in, BLOCK claims lead, then coverage, dead air, pace, other claims, fillers, info."""
    shuffled = HEAVY_FINDINGS[:]
    random.Random(4).shuffle(shuffled)
    kinds = [(f.kind.value, f.severity.value) for f in rank_findings(shuffled)]
    assert kinds[:2] == [("claim", "block"), ("claim", "block")]
    assert kinds[2:5] == [("coverage", "warning")] * 3
    assert kinds[5:] == [
        ("dead_air", "warning"),
        ("pace", "warning"),
        ("claim", "needs_evidence"),
        ("filler", "warning"),
        ("voice", "info"),
        ("stutter", "info"),
    ]
    assert [f.start for f in rank_findings(shuffled)[:2]] == [5.0, 50.0]


@pytest.mark.parametrize("language", LANGS)
def test_summary_is_at_most_sixty_words_in_every_language(language: str) -> None:
    """Even with everything wrong, the summary stays within 60 words (zh: 90 characters) and leads with the claims."""
    summary = compose_summary(rank_findings(HEAVY_FINDINGS), HEAVY_METRICS, language)
    assert 0 < summary_word_count(summary) <= SUMMARY_WORD_LIMIT
    block_sentence = PHRASES[language]["sum_block"].split("{count}")[-1][:6]
    assert block_sentence.strip() in summary
    assert not re.search(r"\d", summary), "numbers must be said in words"
    closing = PHRASES[language]["sum_details"].split("{count}")[-1][:8]
    assert closing.strip() in summary[-40:], "the summary always ends by pointing to the details"


def test_english_summary_says_numbers_naturally() -> None:
    """ "One hundred ninety-six words a minute, too fast." and the two banned claims come first."""
    summary = compose_summary(rank_findings(HEAVY_FINDINGS), HEAVY_METRICS, "en")
    assert summary.startswith("Two banned claims must go before you go live.")
    assert "one hundred ninety-six words a minute, too fast" in summary.lower()
    a_little = compose_summary([], {**HEAVY_METRICS, "pace_rate": 180.0, "claims_block": 0.0}, "en")
    assert "one hundred eighty words a minute, a little fast" in a_little.lower()


def test_summary_of_a_clean_session_praises() -> None:
    """No banned claims and no dead air: the summary says so."""
    metrics = {"word_count": 300.0, "pace_rate": 150.0, "pace_band_low": 120.0, "pace_band_high": 170.0,
               "dead_air_count": 0.0, "claims_block": 0.0}
    assert compose_summary([], metrics, "en") == (
        "One hundred fifty words a minute, a good pace. No banned claims and no long silences. Well done."
    )
    assert "Làm tốt lắm" in compose_summary([], metrics, "vi")


def test_finding_sentence_is_readable_alone() -> None:
    """When (said naturally), what was said, why it matters and what to say instead, in one item."""
    finding = Finding(
        kind=FindingKind.CLAIM,
        severity=Severity.BLOCK,
        start=80.0,
        end=82.0,
        message="Medical claims are not allowed for cosmetics.",
        quote="cures acne",
        suggestion="helps skin look clearer",
    )
    assert finding_sentence(finding, "en") == (
        "At one minute twenty: you said “cures acne”. Medical claims are not allowed for cosmetics. "
        "Try this: helps skin look clearer"
    )
    assert finding_sentence(finding, "vi").startswith("Lúc một phút hai mươi giây: bạn nói “cures acne”.")
    assert finding_sentence(finding, "zh").startswith("在一分二十秒：你说了“cures acne”。")
    assert finding_sentence(finding, "id").startswith("Pada menit pertama lewat dua puluh detik: kamu bilang")


def _report(language: str = "en") -> Report:
    findings = rank_findings(HEAVY_FINDINGS)
    return Report(language, HEAVY_METRICS, findings, compose_summary(findings, HEAVY_METRICS, language))


def test_json_round_trip_through_report_from_dict() -> None:
    """The JSON document has schema and type, and reads back into an equal Report."""
    report = _report()
    text = report_json(report)
    data = json.loads(text)
    assert (data["schema"], data["type"]) == (1, "report")
    assert Report.from_dict(data) == report
    assert report_from_json(text) == report


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.lang = ""
        self.caption = ""
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang") or ""
        self._in_caption = tag == "caption"

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.caption += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "caption":
            self._in_caption = False


@pytest.mark.parametrize("language", LANGS)
def test_html_is_accessible(language: str) -> None:
    """lang attribute, one h1, h2 sections, a main landmark, an ordered list, a captioned table, severity in words."""
    page = report_html(_report(language))
    outline = _Outline()
    outline.feed(page)
    assert outline.lang == language
    assert outline.tags.count("h1") == 1
    assert outline.tags.count("h2") == 3
    assert outline.tags.count("main") == 1
    assert "ol" in outline.tags and outline.tags.count("li") == len(HEAVY_FINDINGS)
    assert outline.caption == PHRASES[language]["html_caption"]
    severity = f'<span class="severity">{PHRASES[language]["sev_block"]}</span>'
    assert page.count(severity) == 2, "severity is written, not only coloured"
    assert 'scope="col"' in page and 'scope="row"' in page


def test_compare_reports_says_what_improved() -> None:
    """Pace 185 → 150 wpm (band 120–170) and one banned claim fewer."""
    band = {"pace_band_low": 120.0, "pace_band_high": 170.0, "word_count": 500.0}
    before = Report("en", {**band, "pace_rate": 185.0, "dead_air_count": 2.0},
                    (_f(FindingKind.CLAIM, Severity.BLOCK), _f(FindingKind.CLAIM, Severity.BLOCK)), "")
    after = Report(
        "en", {**band, "pace_rate": 150.0, "dead_air_count": 2.0}, (_f(FindingKind.CLAIM, Severity.BLOCK),), ""
    )
    assert compare_reports(before, after, "en") == (
        "Pace improved from one hundred eighty-five to one hundred fifty words a minute; one banned claim fewer."
    )
    assert compare_reports(after, before, "en").startswith("Pace moved from one hundred fifty to one hundred eighty")
    assert compare_reports(after, after, "en") == "No change in the main scores."
    assert compare_reports(before, after, "zh").startswith("语速改善了")
    assert "bớt một câu nói bị cấm" in compare_reports(before, after, "vi")


def test_join_words_spaces_words_as_each_language_is_written() -> None:
    assert join_words(["火锅", " 底料。", "嗯"]) == "火锅底料。嗯"
    assert join_words(["这款", "iPhone", "15", "手机壳，", "OK"]) == "这款iPhone 15手机壳，OK"
    assert join_words([" giá", "chỉ", "", "99", "nghìn "]) == "giá chỉ 99 nghìn"
    assert join_words(["harga", "Rp", "99.000"]) == "harga Rp 99.000"
    assert (quote_gap("zh"), quote_gap("vi"), quote_gap("en-US")) == ("……", " … ", " … ")
