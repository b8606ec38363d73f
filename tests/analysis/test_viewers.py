"""Simulated viewer questions (studio.core.viewers): the shipped pools, the schedule, and how answers are found and
scored; the real-speech path is in test_viewers_real.py."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from studio.core.analysis import AnalysisSettings, analyse
from studio.core.errors import StudioError
from studio.core.model import FindingKind, Severity, Transcript, TranscriptPass, Word
from studio.core.report import finding_sentence
from studio.core.viewers import AskedQuestion, ViewerSchedule, answer_time, load_pool, score_answers

LANGUAGES = ("en", "vi", "zh", "id")


def _transcript(words: list[tuple[str, float]], language: str = "en") -> Transcript:
    timed = tuple(Word(text, start, start + 0.3) for text, start in words)
    return Transcript(language, (timed[-1].end if timed else 0.0) + 5.0, "test", words=timed,
                      source_pass=TranscriptPass.LIVE)


def _asked(language: str, topic: str, at: float, index: int = 0) -> AskedQuestion:
    pool = load_pool(language)
    question = next(q for q in pool.questions if q.topic == topic)
    name = pool.names[index]
    return AskedQuestion(at, name, question, pool.asks.format(name=name, question=question.text), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_same_topics_each_with_answers_and_a_sample(language: str) -> None:
    pool = load_pool(language)
    assert pool.language == language and len(pool.names) >= 6 and "{question}" in pool.asks
    assert [q.topic for q in pool.questions] == [q.topic for q in load_pool("en").questions]
    for question in pool.questions:
        assert question.text and question.answers and question.sample, question
    assert {q.topic for q in pool.questions if q.numbers} == {"price", "size", "stock"}


def test_a_broken_pool_is_a_spoken_error_naming_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "en.json").write_text('{\n  "asks": "{name} asks: {question}",\n  "names": [,]\n}\n', encoding="utf-8")
    with pytest.raises(StudioError, match=r"en\.json, line 3: this is not valid JSON"):
        load_pool("en", tmp_path)
    (tmp_path / "en.json").write_text(json.dumps({"asks": "{question}", "names": ["A"], "questions": [{"text": "?"}]}),
                                      encoding="utf-8")
    with pytest.raises(StudioError, match="every question needs a topic, a text and its answers"):
        load_pool("en", tmp_path)
    with pytest.raises(StudioError, match="cannot be read"):
        load_pool("vi", tmp_path)


def test_the_schedule_waits_then_asks_each_topic_once_with_names_in_turn() -> None:
    pool = load_pool("en")
    schedule = ViewerSchedule(pool, first_after=30.0, every=50.0, jitter=10.0, seed=7)
    assert schedule.due(0.0) is None and schedule.due(29.9) is None
    asked = []
    now = 30.0
    while len(asked) < len(pool.questions) + 1:
        question = schedule.due(now)
        if question is not None:
            asked.append(question)
        now += 0.5
    assert asked[0].at == 30.0
    gaps = [b.at - a.at for a, b in itertools.pairwise(asked)]
    assert all(40.0 <= gap <= 60.5 for gap in gaps), gaps
    topics = [a.question.topic for a in asked[: len(pool.questions)]]
    assert sorted(topics) == sorted(q.topic for q in pool.questions)  # each once before any comes back
    assert [a.name for a in asked[:3]] == list(pool.names[:3])
    assert asked[0].said == f"{pool.names[0]} asks: {asked[0].question.text}"
    again = ViewerSchedule(pool, seed=7)
    assert again.due(asked[0].at) == asked[0]  # the same seed gives the same order


def test_a_price_question_is_answered_by_a_number_or_a_price_word() -> None:
    asked = _asked("en", "price", 40.0)
    ready = asked.at + asked.read_seconds
    by_number = _transcript([("So", ready + 1.0), ("it's", ready + 2.0), ("$19.99", ready + 3.0)])
    answer = answer_time(asked, by_number.words)
    assert answer is not None and answer.text == "$19.99"
    by_word = _transcript([("The", ready + 1.0), ("price", ready + 1.5), ("today", ready + 2.0)])
    found = answer_time(asked, by_word.words)
    assert found is not None and found.text == "price"
    assert answer_time(asked, _transcript([("I", ready + 1.0), ("love", ready + 1.5), ("it", ready + 2.0)]).words) \
        is None


def test_words_heard_while_the_question_is_read_out_do_not_count() -> None:
    """The app's own voice reaching the microphone ("Do you ship to my city?") is not an answer."""
    asked = _asked("en", "shipping", 40.0)
    echo = _transcript([("Do", 40.2), ("you", 40.4), ("ship", 40.6), ("to", 40.8), ("my", 41.0), ("city", 41.2)])
    assert answer_time(asked, echo.words) is None


def test_quick_slow_and_missing_answers_are_praise_warning_and_warning_with_a_sample() -> None:
    quick = _asked("en", "shipping", 30.0, 0)
    slow = _asked("en", "material", 90.0, 1)
    missing = _asked("en", "genuine", 150.0, 2)
    words = [("We", quick.at + quick.read_seconds + 3.0), ("ship", quick.at + quick.read_seconds + 3.4),
             ("everywhere", quick.at + quick.read_seconds + 3.8),
             ("it's", slow.at + slow.read_seconds + 14.0), ("silicone", slow.at + slow.read_seconds + 14.4),
             ("anyway", missing.at + 40.0)]
    findings, metrics = score_answers([quick, slow, missing], _transcript(words), "en")
    assert [f.kind for f in findings] == [FindingKind.VIEWER] * 3
    assert [f.severity for f in findings] == [Severity.PRAISE, Severity.WARNING, Severity.WARNING]
    assert findings[0].message == f"{quick.name} asked “Do you ship to my city?”, and you answered after three " \
                                  "seconds. Viewers feel heard."
    assert findings[0].suggestion == ""
    assert "you answered only after fourteen seconds" in findings[1].message
    assert findings[2].message == f"{missing.name} asked “Is it the original brand?” and got no answer within " \
                                  "twenty seconds."
    assert findings[2].suggestion.startswith("Answer by name as soon as you can, for example: “Yes, it's the")
    assert findings[2].start == missing.at and findings[2].rule_id == "viewers.genuine"
    # answered after 3.4 and 14.4 s
    assert metrics == {"viewer_questions": 3.0, "viewer_answered": 2.0, "viewer_answer_median_seconds": 8.9}
    sentence = finding_sentence(findings[2], "en")
    assert sentence.startswith("At two minutes thirty: ") and "you said" not in sentence


@pytest.mark.parametrize(("language", "topic", "answer"), [
    ("vi", "shipping", ["Shop", "giao", "hàng", "toàn", "quốc"]),
    ("zh", "shipping", ["全国", "包邮", "的"]),
    ("id", "order", ["Klik", "keranjang", "kuning"]),
    ("vi", "price", ["chỉ", "một", "trăm", "chín", "mươi", "nghìn"]),
    ("zh", "price", ["只要", "九十", "九"]),
])
def test_answers_are_found_in_every_language(language: str, topic: str, answer: list[str]) -> None:
    asked = _asked(language, topic, 10.0)
    begin = asked.at + asked.read_seconds + 2.0
    transcript = _transcript([(word, begin + 0.4 * i) for i, word in enumerate(answer)], language)
    findings, metrics = score_answers([asked], transcript, language)
    assert metrics["viewer_answered"] == 1.0, (language, topic)
    assert findings[0].severity is Severity.PRAISE and asked.name in findings[0].message


def test_the_analysis_ranks_the_answers_and_the_summary_counts_them() -> None:
    answered = _asked("en", "price", 20.0, 0)
    ignored = _asked("en", "order", 80.0, 1)
    ready = answered.at + answered.read_seconds
    words = [("Hello", 1.0), ("everyone", 1.4), ("it", ready + 2.0), ("costs", ready + 2.3), ("twenty", ready + 2.6),
             ("dollars", ready + 2.9), ("bye", 120.0)]
    report = analyse(_transcript(words), settings=AnalysisSettings(viewer_questions=(answered, ignored)))
    viewer = [f for f in report.findings if f.kind is FindingKind.VIEWER]
    assert [f.severity for f in viewer] == [Severity.WARNING, Severity.PRAISE]  # the miss first, praise last
    assert report.metrics["viewer_questions"] == 2.0 and report.metrics["viewer_answered"] == 1.0
    assert "You answered one of two viewer questions." in report.summary
    from studio.core.report import report_html

    page = report_html(report)
    assert "Viewer questions answered" in page and "Median time to answer a viewer (seconds)" in page
    assert "viewer" not in " ".join(f.kind.value for f in analyse(_transcript(words)).findings)


def test_with_a_run_sheet_the_suggested_answer_is_the_sheet_line(repo_root: Path) -> None:
    """Practising the phone-case run-sheet, an unanswered price question suggests its price line, not the pool's."""
    from studio.core.script import load_script
    from studio.core.viewers import sheet_answers

    script = load_script(repo_root / "assets" / "scripts" / "en-phone-case.md")
    lines = sheet_answers(script)
    assert lines == {"price": "$19.99", "shipping": "free shipping on orders over twenty-five dollars",
                     "order": "tap the orange cart below to add it to your basket"}
    asked = _asked("en", "price", 40.0)
    report = analyse(_transcript([("hello", 1.0), ("bye", 90.0)]), script=script,
                     settings=AnalysisSettings(viewer_questions=(asked,)))
    [finding] = [f for f in report.findings if f.kind is FindingKind.VIEWER]
    assert finding.suggestion == "Answer by name as soon as you can, with your run-sheet line: “$19.99”"
    assert sheet_answers(None) == {}


def test_a_question_too_close_to_the_end_to_answer_is_left_out() -> None:
    """Stop pressed three seconds after a question: no "got no answer" finding, and it is not counted."""
    late = _asked("en", "price", 100.0)
    words = [("thanks", late.at + late.read_seconds + 1.0)]
    transcript = Transcript("en", late.at + late.read_seconds + 3.0, "test",
                            words=tuple(Word(t, s, s + 0.3) for t, s in words), source_pass=TranscriptPass.LIVE)
    assert score_answers([late], transcript, "en") == ([], {})
    answered = _transcript([("ten", late.at + late.read_seconds + 1.0), ("dollars", late.at + late.read_seconds + 1.3)])
    findings, metrics = score_answers([late], answered, "en")  # answered in time: scored as usual
    assert findings[0].severity is Severity.PRAISE and metrics["viewer_answered"] == 1.0
