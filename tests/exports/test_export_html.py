"""The instructor HTML report is accessible (checked automatically) and carries every part of the session."""

from __future__ import annotations

import re

import pytest

from studio.core.export_html import LABELS, render_session_html
from studio.core.model import Session, SessionState, utc_now
from studio.services.exports import session_html

from .conftest import SampleSession
from .htmlcheck import check_html


def test_the_checker_itself_catches_each_kind_of_problem() -> None:
    """Without this the passing checks below would prove nothing."""
    bad = (
        "<html><body><h2>x</h2><h1>a</h1><h1>b</h1><h4>c</h4>"
        '<table><tr><th>n</th></tr></table><img src="a.png"><a href="#nowhere"></a>'
        '<script src="https://cdn.example.com/x.js"></script><p id="d"></p><p id="d"></p></body></html>'
    )
    problems = " | ".join(check_html(bad))
    for expected in (
        "no lang",
        "2 <h1>",
        "first heading",
        "skipped",
        "main landmarks",
        "no <caption>",
        "no scope",
        "no alt",
        "link has no text",
        "#nowhere",
        "external resource",
        "script",
        "used twice",
    ):
        assert expected in problems


def test_the_exported_report_passes_the_accessibility_check(sample: SampleSession) -> None:
    session = sample.store.get_session(sample.session_id)
    assert session is not None
    html = session_html(sample.store, session)
    assert check_html(html) == []


@pytest.mark.parametrize("language", sorted(LABELS))
def test_every_interface_language_passes_and_sets_the_page_language(sample: SampleSession, language: str) -> None:
    session = sample.store.get_session(sample.session_id)
    assert session is not None
    html = session_html(sample.store, session, ui_language=language)
    assert check_html(html) == []
    assert f'<html lang="{language}">' in html
    assert LABELS[language].findings in html


def test_the_report_holds_metrics_findings_transcript_and_comments(sample: SampleSession) -> None:
    session = sample.store.get_session(sample.session_id)
    assert session is not None
    html = session_html(sample.store, session)
    # metrics in a captioned table with row headers
    assert "<caption>Scores for this session</caption>" in html
    assert '<th scope="row">Words per minute</th><td>152.50</td>' in html
    # findings: ordered, most severe first, each with time, quote (in the speech language), why and suggestion
    findings = html[html.index('id="findings"') : html.index('id="transcript"')]
    assert findings.index("Must fix") < findings.index("Needs evidence") < findings.index("Warning")
    assert '<q lang="vi">chữa khỏi bệnh 100%</q>' in findings
    assert "Why it matters: Claims that a food cures illness are banned in Vietnam." in findings
    assert '<time datetime="PT1.0S">0:01</time>' in findings
    assert "Try instead" in findings
    # severity is said in words and a symbol, not colour alone
    assert '<span aria-hidden="true">✖</span> Must fix' in findings and "✔</span> Well done" in findings
    # the transcript keeps timestamps; the comments keep author, text and voice note
    assert '<ol lang="vi">' in html and "大家好，这款咖啡非常好喝。</li>" in html
    # Chinese inside a Vietnamese session is marked as Chinese, so the screen reader switches voice
    assert '<q lang="zh">最好喝的咖啡</q>' in findings
    assert re.search(r'<li lang="zh"><time [^>]+>0:07</time> 大家好', html)
    assert "Nói chậm lại một chút nhé. 慢一点。" in html and "Voice note: notes/voice-1.wav" in html
    # text from speech or people is escaped, never markup
    assert "Smile &lt;here&gt; &amp; slow down" in html
    assert not re.search(r"https?://", html)


def test_a_session_without_transcript_or_report_still_makes_a_valid_page() -> None:
    session = Session("s1", "t1", None, SessionState.CREATED, utc_now())
    html = render_session_html(session, transcript=None, report=None)
    assert check_html(html) == []
    assert "has not been analysed yet" in html and "no transcript" in html
