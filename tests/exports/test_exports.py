"""Each export format written from a real SQLite store, and read back with a standard reader."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import srt
import webvtt

from studio.core.errors import StudioError
from studio.core.model import Transcript, loads
from studio.services.exports import export_scores, export_session, html_to_pdf
from studio.services.store import SessionStore

from .conftest import SampleSession, add_sample_session, make_transcript
from .htmlcheck import check_html


def test_html_export_writes_an_accessible_utf8_file(sample: SampleSession, tmp_path: Path) -> None:
    out = export_session(sample.store, sample.session_id, "html", tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    assert check_html(html) == []
    assert "Nguyễn Thị Lan" in html


def test_an_output_folder_gets_a_file_named_after_the_session(sample: SampleSession, tmp_path: Path) -> None:
    out = export_session(sample.store, sample.session_id, "srt", tmp_path)
    assert out == tmp_path / f"session-{sample.session_id}.srt"


def test_vtt_and_srt_exports_parse_with_standard_parsers(sample: SampleSession, tmp_path: Path) -> None:
    vtt = export_session(sample.store, sample.session_id, "vtt", tmp_path / "c.vtt")
    sub = export_session(sample.store, sample.session_id, "srt", tmp_path / "c.srt")
    vtt_text = " ".join(c.text for c in webvtt.read(str(vtt)).captions)
    srt_text = " ".join(s.content for s in srt.parse(sub.read_text(encoding="utf-8")))
    for text in (vtt_text, srt_text):
        assert "Đà Lạt" in text and "大家好" in text and "your country" in text


def test_json_export_is_the_word_level_transcript_with_session_metadata(sample: SampleSession, tmp_path: Path) -> None:
    out = export_session(sample.store, sample.session_id, "json", tmp_path / "words.json")
    text = out.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["session"]["id"] == sample.session_id
    assert data["trainee"] == {"id": "lan", "name": "Nguyễn Thị Lan"}
    assert data["words"][0] == {"word": " Xin", "start": 0.2, "end": 0.5, "probability": 0.9}
    assert loads(text, Transcript) == make_transcript()  # the full pass, read back by the model


def test_csv_export_has_one_row_per_session_with_the_metrics(sample: SampleSession, tmp_path: Path) -> None:
    out = export_session(sample.store, sample.session_id, "csv", tmp_path / "scores.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    row = rows[0]
    assert row["session_id"] == sample.session_id
    assert row["trainee_name"] == "Nguyễn Thị Lan"
    assert float(row["words_per_minute"]) == 152.5
    assert row["findings"] == "5" and row["findings_block"] == "1" and row["findings_praise"] == "1"


def test_csv_for_a_trainee_lists_all_their_sessions_and_defuses_formulas(speech_dir: Path, tmp_path: Path) -> None:
    store = SessionStore()
    first = add_sample_session(store, speech_dir)
    second = add_sample_session(store, speech_dir, title='=HYPERLINK("http://evil")')
    out = export_scores(store, tmp_path / "all.csv", trainee_id="lan")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["session_id"] for r in rows] == [first.session_id, second.session_id]
    assert rows[1]["title"].startswith("'=")  # a spreadsheet shows it as text instead of running it
    with pytest.raises(StudioError, match="no sessions for the trainee nobody"):
        export_scores(store, tmp_path / "none.csv", trainee_id="nobody")


def test_unknown_session_and_unknown_format_are_clear_errors(sample: SampleSession, tmp_path: Path) -> None:
    with pytest.raises(StudioError, match="no session with the id nope"):
        export_session(sample.store, "nope", "html", tmp_path / "x.html")
    with pytest.raises(StudioError, match="no export format called 'docx'"):
        export_session(sample.store, sample.session_id, "docx", tmp_path / "x.docx")
    assert not (tmp_path / "x.html").exists()


def test_captions_of_a_session_without_transcript_are_refused(sample: SampleSession, tmp_path: Path) -> None:
    bare = sample.store.create_session("lan", language="vi")
    with pytest.raises(StudioError, match="has no transcript yet"):
        export_session(sample.store, bare.id, "vtt", tmp_path / "x.vtt")
    assert not (tmp_path / "x.vtt").exists()


@pytest.fixture
def gui_app(request: pytest.FixtureRequest) -> object:
    """pytest-qt's shared QApplication (so later widget tests still get a QApplication), created offscreen when
    there is no display, as the export does on a headless machine."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return request.getfixturevalue("qapp")


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    # CJK fonts map some ideographs to look-alike radicals (大 -> ⼤); NFKC folds them back, as a search engine would.
    return unicodedata.normalize("NFKC", out.stdout)


@pytest.mark.slow
def test_pdf_export_renders_vietnamese_and_chinese_as_real_text(
    sample: SampleSession, tmp_path: Path, gui_app: object
) -> None:
    out = export_session(sample.store, sample.session_id, "pdf", tmp_path / "report.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = _pdf_text(out)
    assert "Nguyễn Thị Lan" in text
    assert "chữa khỏi bệnh 100%" in text
    assert unicodedata.normalize("NFKC", "大家好，这款咖啡非常好喝。") in text.replace(" ", "")
    assert "✖ Must fix" in text and "Scores for this session" in text
    assert "Words per minute" in text and "152.50" in text and sample.session_id in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, check=True, text=True).stdout
    assert "NotoSansCJKsc" in fonts  # Chinese drawn with a real Simplified Chinese font, embedded
    assert "DejaVuSans" in fonts


@pytest.mark.slow
def test_pdf_of_a_chinese_interface_report_has_chinese_headings(tmp_path: Path, gui_app: object) -> None:
    html = '<html lang="zh"><body><h1>练习报告：咖啡</h1><p>Tiếng Việt có dấu: ắ ặ ẫ ỗ ự</p></body></html>'
    out = tmp_path / "zh.pdf"
    out.write_bytes(html_to_pdf(html))
    text = _pdf_text(out)
    assert unicodedata.normalize("NFKC", "练习报告：咖啡") in text.replace(" ", "")
    assert "ắ ặ ẫ ỗ ự" in text
