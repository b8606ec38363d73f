"""An accessible, self-contained HTML report of one session, for instructors (and for the PDF export).

What makes it accessible, and why:
- ``<html lang>`` names the page language, and quotes and the transcript carry the session language's own
  ``lang`` so a screen reader switches voice (a Vietnamese quote inside an English report is read in Vietnamese).
- One ``<h1>``, ``<h2>`` per section and ``<h3>`` per finding, so heading navigation (H key in NVDA/Orca) lists
  every finding; a skip link, ``<header>``, ``<nav>`` and ``<main>`` landmarks.
- The metrics are a real table with ``<caption>`` and ``<th scope>``; findings an ordered list, each readable alone
  (time, what was said, why, what to say instead).
- Severity is written as a word and a symbol, never shown by colour alone; the colours that are used pass WCAG AA.
- No scripts, no external fonts, images or style sheets: the file opens offline and survives e-mail.

Pure: takes model objects (and comments by duck type) and returns a string; the services write the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Protocol

from studio.core.captions import build_cues
from studio.core.model import Finding, Report, Session, Severity, Trainee, Transcript


class CommentLike(Protocol):
    """What the report needs of an instructor comment (``studio.services.store.Comment`` fits)."""

    @property
    def at_seconds(self) -> float: ...
    @property
    def author(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def audio_path(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Labels:
    page_title: str
    app: str
    skip: str
    sections: str
    details: str
    summary: str
    scores: str
    scores_caption: str
    measure: str
    value: str
    findings: str
    no_findings: str
    transcript: str
    no_transcript: str
    comments: str
    no_comments: str
    trainee: str
    date: str
    length: str
    language: str
    market: str
    state: str
    session_id: str
    at: str
    said: str
    why: str
    instead: str
    kind: str
    rule: str
    voice_note: str
    severities: Mapping[Severity, str]
    no_report: str
    by: str
    exported: str


_EN = _Labels(
    page_title="Session report",
    app="Rehearsal Studio — instructor report",
    skip="Skip to the report",
    sections="Sections",
    details="Session details",
    summary="Summary",
    scores="Scores",
    scores_caption="Scores for this session",
    measure="Measure",
    value="Value",
    findings="Findings",
    no_findings="No findings for this session.",
    transcript="Transcript",
    no_transcript="There is no transcript for this session.",
    comments="Instructor comments",
    no_comments="No comments yet.",
    trainee="Trainee",
    date="Recorded",
    length="Length",
    language="Language",
    market="Market",
    state="State",
    session_id="Session id",
    at="At",
    said="What was said",
    why="Why it matters",
    instead="Try instead",
    kind="Kind",
    rule="Rule",
    voice_note="Voice note",
    severities={
        Severity.BLOCK: "Must fix",
        Severity.NEEDS_EVIDENCE: "Needs evidence",
        Severity.VERIFY_FACT: "Check the fact",
        Severity.WARNING: "Warning",
        Severity.INFO: "Note",
        Severity.PRAISE: "Well done",
    },
    no_report="This session has not been analysed yet.",
    by="by",
    exported="Exported",
)

_VI = _Labels(
    page_title="Báo cáo buổi tập",
    app="Rehearsal Studio — báo cáo cho giảng viên",
    skip="Chuyển đến báo cáo",
    sections="Các phần",
    details="Thông tin buổi tập",
    summary="Tóm tắt",
    scores="Điểm số",
    scores_caption="Điểm số của buổi tập này",
    measure="Chỉ số",
    value="Giá trị",
    findings="Nhận xét",
    no_findings="Không có nhận xét nào cho buổi tập này.",
    transcript="Bản ghi lời nói",
    no_transcript="Buổi tập này chưa có bản ghi lời nói.",
    comments="Nhận xét của giảng viên",
    no_comments="Chưa có nhận xét.",
    trainee="Học viên",
    date="Ngày ghi",
    length="Thời lượng",
    language="Ngôn ngữ",
    market="Thị trường",
    state="Trạng thái",
    session_id="Mã buổi tập",
    at="Lúc",
    said="Câu đã nói",
    why="Vì sao quan trọng",
    instead="Nên nói",
    kind="Loại",
    rule="Quy tắc",
    voice_note="Ghi âm nhận xét",
    severities={
        Severity.BLOCK: "Phải sửa",
        Severity.NEEDS_EVIDENCE: "Cần bằng chứng",
        Severity.VERIFY_FACT: "Kiểm tra thông tin",
        Severity.WARNING: "Cảnh báo",
        Severity.INFO: "Ghi chú",
        Severity.PRAISE: "Làm tốt",
    },
    no_report="Buổi tập này chưa được phân tích.",
    by="bởi",
    exported="Xuất lúc",
)

_ZH = _Labels(
    page_title="练习报告",
    app="Rehearsal Studio — 教师报告",
    skip="跳到报告正文",
    sections="章节",
    details="练习信息",
    summary="总结",
    scores="评分",
    scores_caption="本次练习的评分",
    measure="指标",
    value="数值",
    findings="反馈",
    no_findings="本次练习没有反馈。",
    transcript="文字记录",
    no_transcript="本次练习还没有文字记录。",
    comments="教师评语",
    no_comments="还没有评语。",
    trainee="学员",
    date="录制时间",
    length="时长",
    language="语言",
    market="市场",
    state="状态",
    session_id="练习编号",
    at="时间",
    said="原话",
    why="原因",
    instead="建议说法",
    kind="类型",
    rule="规则",
    voice_note="语音评语",
    severities={
        Severity.BLOCK: "必须修改",
        Severity.NEEDS_EVIDENCE: "需要证据",
        Severity.VERIFY_FACT: "核实事实",
        Severity.WARNING: "警告",
        Severity.INFO: "提示",
        Severity.PRAISE: "做得好",
    },
    no_report="本次练习还没有分析。",
    by="作者",
    exported="导出时间",
)

_ID = _Labels(
    page_title="Laporan sesi latihan",
    app="Rehearsal Studio — laporan untuk instruktur",
    skip="Langsung ke laporan",
    sections="Bagian",
    details="Detail sesi",
    summary="Ringkasan",
    scores="Skor",
    scores_caption="Skor sesi ini",
    measure="Ukuran",
    value="Nilai",
    findings="Temuan",
    no_findings="Tidak ada temuan untuk sesi ini.",
    transcript="Transkrip",
    no_transcript="Sesi ini belum memiliki transkrip.",
    comments="Komentar instruktur",
    no_comments="Belum ada komentar.",
    trainee="Peserta",
    date="Direkam",
    length="Durasi",
    language="Bahasa",
    market="Pasar",
    state="Status",
    session_id="ID sesi",
    at="Pada",
    said="Yang diucapkan",
    why="Mengapa penting",
    instead="Coba katakan",
    kind="Jenis",
    rule="Aturan",
    voice_note="Catatan suara",
    severities={
        Severity.BLOCK: "Wajib diperbaiki",
        Severity.NEEDS_EVIDENCE: "Perlu bukti",
        Severity.VERIFY_FACT: "Periksa fakta",
        Severity.WARNING: "Peringatan",
        Severity.INFO: "Catatan",
        Severity.PRAISE: "Bagus",
    },
    no_report="Sesi ini belum dianalisis.",
    by="oleh",
    exported="Diekspor",
)

LABELS: Mapping[str, _Labels] = {"en": _EN, "vi": _VI, "zh": _ZH, "id": _ID}

# A symbol per severity, so the level is visible in black and white and in a PDF printout. All are in DejaVu Sans
# (the PDF font) and in common system fonts.
_SYMBOLS: Mapping[Severity, str] = {
    Severity.BLOCK: "✖",
    Severity.NEEDS_EVIDENCE: "‼",
    Severity.VERIFY_FACT: "⁉",
    Severity.WARNING: "⚠",
    Severity.INFO: "ℹ",
    Severity.PRAISE: "✔",
}

_STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 1.1rem;
       line-height: 1.5; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #111; background: #fff; }
a { color: #0645ad; }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; }
table { border-collapse: collapse; }
th, td { border: 1px solid #555; padding: 0.3rem 0.6rem; text-align: left; }
.severity { font-weight: bold; }
.sev-block, .sev-needs_evidence { border-left: 0.4rem solid #a00000; padding-left: 0.6rem; }
.sev-verify_fact, .sev-warning { border-left: 0.4rem solid #8a5a00; padding-left: 0.6rem; }
.sev-info, .sev-praise { border-left: 0.4rem solid #1d5e20; padding-left: 0.6rem; }
time { font-variant-numeric: tabular-nums; }
@media print { .skip, nav { display: none; } }
"""


def clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a time in the recording."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _time(seconds: float) -> str:
    # The datetime attribute gives assistive tech and scripts the exact value; the text is for people.
    return f'<time datetime="PT{seconds:.1f}S">{clock(seconds)}</time>'


def _metric_name(key: str) -> str:
    return key.replace("_", " ").replace(".", " – ").strip().capitalize()


def _metric_value(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}"


def _lang(language: str) -> str:
    return escape(language.split("-")[0] or "und", quote=True)


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _text_lang(text: str, default: str) -> str:
    """The language to announce for a quote: Chinese characters in a Vietnamese or English session are Chinese
    (livestreams mix languages), so the screen reader switches to a Chinese voice for them."""
    return "zh" if default != "zh" and _HAN.search(text) else default


def _finding_item(finding: Finding, labels: _Labels, speech_lang: str) -> str:
    severity = labels.severities.get(finding.severity, finding.severity.value)
    kind = finding.kind.value.replace("_", " ")
    span = _time(finding.start)
    if clock(finding.end) != clock(finding.start):
        span += f"–{_time(finding.end)}"
    parts = [
        f'<li class="sev-{escape(finding.severity.value, quote=True)}">',
        # The symbol is for sighted readers and printouts; screen readers would read "heavy multiplication x".
        f'<h3><span class="severity"><span aria-hidden="true">{_SYMBOLS.get(finding.severity, "")}</span> '
        f"{escape(severity)}</span>: "
        f"{escape(kind)}, {clock(finding.start)}</h3>",
        f"<p>{escape(labels.at)} {span}. {escape(labels.kind)}: {escape(kind)}.",
    ]
    if finding.rule_id:
        parts.append(f" {escape(labels.rule)}: {escape(finding.rule_id)}.")
    parts.append("</p>")
    if finding.quote:
        lang = _text_lang(finding.quote, speech_lang)
        parts.append(f'<p>{escape(labels.said)}: <q lang="{lang}">{escape(finding.quote)}</q></p>')
    parts.append(f"<p>{escape(labels.why)}: {escape(finding.message)}</p>")
    if finding.suggestion:
        lang = _text_lang(finding.suggestion, speech_lang)
        parts.append(f'<p>{escape(labels.instead)}: <q lang="{lang}">{escape(finding.suggestion)}</q></p>')
    parts.append("</li>")
    return "".join(parts)


def _transcript_lines(transcript: Transcript) -> list[tuple[float, str]]:
    segments = [(s.start, s.text.strip()) for s in transcript.segments if s.text.strip()]
    if segments:
        return segments
    return [(cue.start, " ".join(cue.lines)) for cue in build_cues(transcript)]


def render_session_html(
    session: Session,
    *,
    transcript: Transcript | None,
    report: Report | None,
    comments: Sequence[CommentLike] = (),
    trainee: Trainee | None = None,
    ui_language: str = "en",
    generated_at: datetime | None = None,
) -> str:
    """The whole report as one HTML document (UTF-8, no external resources)."""
    labels = LABELS.get(ui_language, _EN)
    page_lang = ui_language if ui_language in LABELS else "en"
    speech_lang = _lang(transcript.language if transcript else session.language)
    title = session.title or session.id
    e = escape
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{page_lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(labels.page_title)}: {e(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#report">{e(labels.skip)}</a>',
        f"<header><p>{e(labels.app)}</p></header>",
        f'<nav aria-label="{e(labels.sections, quote=True)}"><ul>',
    ]
    sections = [
        ("details", labels.details),
        ("summary", labels.summary),
        ("scores", labels.scores),
        ("findings", labels.findings),
        ("transcript", labels.transcript),
        ("comments", labels.comments),
    ]
    out += [f'<li><a href="#{anchor}">{e(text)}</a></li>' for anchor, text in sections]
    out += ["</ul></nav>", '<main id="report">', f"<h1>{e(labels.page_title)}: {e(title)}</h1>"]

    # Details
    recorded = (session.started_at or session.created_at).strftime("%Y-%m-%d %H:%M UTC")
    details = [
        (labels.trainee, trainee.name if trainee else session.trainee_id),
        (labels.date, recorded),
        (labels.length, clock(session.duration)),
        (labels.language, session.language),
        (labels.market, session.market),
        (labels.state, session.state.value),
        (labels.session_id, session.id),
    ]
    out.append(f'<section aria-labelledby="details"><h2 id="details">{e(labels.details)}</h2><dl>')
    out += [f"<dt>{e(name)}</dt><dd>{e(value)}</dd>" for name, value in details]
    out.append("</dl></section>")

    # Summary
    out.append(f'<section aria-labelledby="summary"><h2 id="summary">{e(labels.summary)}</h2>')
    if report is None:
        out.append(f"<p>{e(labels.no_report)}</p>")
    else:
        out.append(f'<p lang="{_lang(report.language)}">{e(report.summary)}</p>' if report.summary else "")
    out.append("</section>")

    # Scores
    out.append(f'<section aria-labelledby="scores"><h2 id="scores">{e(labels.scores)}</h2>')
    if report is not None and report.metrics:
        out += [
            f"<table><caption>{e(labels.scores_caption)}</caption>",
            f'<thead><tr><th scope="col">{e(labels.measure)}</th><th scope="col">{e(labels.value)}</th></tr></thead>',
            "<tbody>",
        ]
        out += [
            f'<tr><th scope="row">{e(_metric_name(key))}</th><td>{e(_metric_value(value))}</td></tr>'
            for key, value in sorted(report.metrics.items())
        ]
        out.append("</tbody></table>")
    else:
        out.append(f"<p>{e(labels.no_report)}</p>")
    out.append("</section>")

    # Findings, most important first, then in time order.
    out.append(f'<section aria-labelledby="findings"><h2 id="findings">{e(labels.findings)}</h2>')
    findings = sorted(report.findings, key=lambda f: (f.severity.rank, f.start)) if report else []
    if findings:
        out.append("<ol>")
        out += [_finding_item(f, labels, speech_lang) for f in findings]
        out.append("</ol>")
    else:
        out.append(f"<p>{e(labels.no_findings)}</p>")
    out.append("</section>")

    # Transcript
    out.append(f'<section aria-labelledby="transcript"><h2 id="transcript">{e(labels.transcript)}</h2>')
    lines = _transcript_lines(transcript) if transcript else []
    if lines:
        out.append(f'<ol lang="{speech_lang}">')
        for start, text in lines:
            lang = _text_lang(text, speech_lang)
            attr = f' lang="{lang}"' if lang != speech_lang else ""
            out.append(f"<li{attr}>{_time(start)} {e(text)}</li>")
        out.append("</ol>")
    else:
        out.append(f"<p>{e(labels.no_transcript)}</p>")
    out.append("</section>")

    # Comments
    out.append(f'<section aria-labelledby="comments"><h2 id="comments">{e(labels.comments)}</h2>')
    if comments:
        out.append("<ol>")
        for comment in sorted(comments, key=lambda c: c.at_seconds):
            body = e(comment.text) if comment.text.strip() else ""
            if comment.audio_path:
                body += f" ({e(labels.voice_note)}: {e(comment.audio_path)})"
            out.append(f"<li>{_time(comment.at_seconds)} {e(labels.by)} {e(comment.author)}: {body.strip()}</li>")
        out.append("</ol>")
    else:
        out.append(f"<p>{e(labels.no_comments)}</p>")
    out.append("</section>")

    out.append("</main>")
    if generated_at is not None:
        stamp = generated_at.strftime("%Y-%m-%d %H:%M UTC")
        out.append(f"<footer><p>{e(labels.exported)}: {e(stamp)}</p></footer>")
    out += ["</body>", "</html>", ""]
    return "\n".join(part for part in out if part)


__all__ = ["LABELS", "CommentLike", "clock", "render_session_html"]
