"""A trainee's progress across sessions: the series per metric and one spoken-style summary sentence.

Pure: the UI (``studio.ui.review.progress_view``) reads reports from the store, turns them into
:class:`ProgressPoint` values with :func:`point_from_metrics`, and asks :func:`progress_summary` for the
sentence ("Over 6 sessions pace went from 190 to 150 words a minute; banned claims went from 3 to 0.").
Numbers are said in words with ``studio.core.say`` so the sentence reads well through any voice.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from studio.core.language import RateUnit, language_code, profile
from studio.core.report import UNIT_CODES, unit_name
from studio.core.say import say_count, say_number


@dataclass(frozen=True, slots=True)
class ProgressMetric:
    """One series of the progress view: its key in :class:`ProgressPoint` and its name in each language."""

    key: str
    names: Mapping[str, str]
    whole: bool
    """Counts are said as whole numbers ("three"), rates and ratios keep a decimal when small."""
    percent: bool = False
    """A share (0–1), said and shown as a percentage."""

    def name(self, language: str) -> str:
        return self.names.get(language_code(language), self.names["en"])


PROGRESS_METRICS: tuple[ProgressMetric, ...] = (
    ProgressMetric("pace", {"en": "pace", "vi": "tốc độ", "zh": "语速", "id": "tempo"}, whole=False),
    ProgressMetric(
        "coverage", {"en": "script coverage", "vi": "độ phủ kịch bản", "zh": "脚本覆盖率", "id": "cakupan naskah"},
        whole=False, percent=True,
    ),
    ProgressMetric(
        "claims", {"en": "banned claims", "vi": "câu nói bị cấm", "zh": "违禁说法", "id": "klaim terlarang"}, whole=True
    ),
    ProgressMetric(
        "fillers",
        {"en": "fillers per hundred words", "vi": "từ đệm trên một trăm từ", "zh": "每百词口头禅",
         "id": "kata pengisi per seratus kata"},
        whole=False,
    ),
    ProgressMetric(
        "dead_air", {"en": "long silences", "vi": "lần im lặng dài", "zh": "冷场次数", "id": "hening panjang"},
        whole=True,
    ),
    ProgressMetric(
        "viewers",
        {"en": "viewer questions answered", "vi": "câu hỏi của người xem được trả lời", "zh": "观众提问回答率",
         "id": "pertanyaan penonton yang dijawab"},
        whole=False, percent=True,
    ),
)
"""The metrics the progress view charts, in display order."""


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    """One session's scores; None means the session has no value for that metric (metric off, no script...)."""

    session_id: str
    when: datetime
    pace: float | None = None
    coverage: float | None = None
    claims: float | None = None
    fillers: float | None = None
    dead_air: float | None = None
    unit: RateUnit = RateUnit.WORDS
    viewers: float | None = None
    """The share of simulated viewer questions answered (0–1); None when the take had none."""

    def __post_init__(self) -> None:
        for metric in PROGRESS_METRICS:
            value = getattr(self, metric.key)
            if value is not None and not math.isfinite(value):
                raise ValueError(f"the {metric.key} of session {self.session_id} must be a finite number")

    def value(self, key: str) -> float | None:
        if key not in _KEYS:
            raise KeyError(f"there is no progress metric called {key}")
        result: float | None = getattr(self, key)
        return result


_KEYS = frozenset(m.key for m in PROGRESS_METRICS)



def point_from_metrics(session_id: str, when: datetime, metrics: Mapping[str, float], language: str) -> ProgressPoint:
    """A point from a stored report's metrics (keys written by ``studio.core.analysis.analyse``)."""
    code = metrics.get("pace_unit")
    unit = UNIT_CODES[int(code)] if code is not None and 0 <= int(code) < len(UNIT_CODES) else profile(language).unit
    pace = metrics.get("pace_rate") if metrics.get("word_count", 0.0) else None
    # Coverage's own keys are prefixed by the analysis ("coverage_" + "coverage_ratio").
    coverage = metrics.get("coverage_coverage_ratio", metrics.get("coverage_ratio"))
    claims = metrics.get("claims_total")
    fillers = metrics.get("filler_per_100_words")
    dead_air = metrics.get("dead_air_count")
    asked = metrics.get("viewer_questions", 0.0)
    viewers = metrics.get("viewer_answered", 0.0) / asked if asked else None
    return ProgressPoint(session_id, when, pace, coverage, claims, fillers, dead_air, unit, viewers)


def series(points: Sequence[ProgressPoint], key: str) -> list[tuple[ProgressPoint, float]]:
    """The points that have a value for ``key``, oldest first, with that value."""
    ordered = sorted(points, key=lambda p: p.when)
    return [(p, v) for p in ordered if (v := p.value(key)) is not None]


_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "over": "Over {n} sessions",
        "pace": "pace went from {a} to {b} {unit} a minute",
        "percent": "{name} went from {a} to {b} percent",
        "change": "{name} went from {a} to {b}",
        "same": "{name} stayed at {a}",
        "none": "There are no analysed sessions yet, so there is no progress to show.",
        "one": "There is one analysed session so far; progress shows from the second one.",
    },
    "vi": {
        "over": "Qua {n} buổi",
        "pace": "tốc độ đi từ {a} đến {b} {unit} mỗi phút",
        "percent": "{name} đi từ {a} đến {b} phần trăm",
        "change": "{name} đi từ {a} đến {b}",
        "same": "{name} giữ ở mức {a}",
        "none": "Chưa có buổi nào được phân tích, nên chưa có tiến bộ để xem.",
        "one": "Mới có một buổi được phân tích; tiến bộ hiện từ buổi thứ hai.",
    },
    "zh": {
        "over": "{n}次练习中",
        "pace": "语速从每分钟{a}{unit}变为{b}{unit}",
        "percent": "{name}从百分之{a}变为百分之{b}",
        "change": "{name}从{a}变为{b}",
        "same": "{name}保持在{a}",
        "none": "还没有分析过的练习，暂无进步可看。",
        "one": "目前只有一次分析过的练习；从第二次起显示进步。",
    },
    "id": {
        "over": "Selama {n} sesi",
        "pace": "tempo berubah dari {a} ke {b} {unit} per menit",
        "percent": "{name} berubah dari {a} ke {b} persen",
        "change": "{name} berubah dari {a} ke {b}",
        "same": "{name} tetap di {a}",
        "none": "Belum ada sesi yang dianalisis, jadi belum ada kemajuan untuk ditampilkan.",
        "one": "Baru ada satu sesi yang dianalisis; kemajuan tampil mulai sesi kedua.",
    },
}
_JOIN = {"en": "; ", "vi": "; ", "zh": "；", "id": "; "}
_AFTER_OVER = {"en": " ", "vi": " ", "zh": "，", "id": " "}
_END = {"en": ".", "vi": ".", "zh": "。", "id": "."}


def _said(value: float, lang: str, *, whole: bool) -> str:
    if whole:
        return say_number(round(value), lang)
    # Rates above ten are said whole: nobody hears "161.3 words a minute".
    return say_number(round(value) if abs(value) >= 10 else round(value, 1), lang)


def progress_summary(points: Sequence[ProgressPoint], language: str) -> str:
    """One sentence on how the scores moved from the first to the latest session, in en, vi, zh or id."""
    lang = language_code(language)
    words = _TEMPLATES[lang]
    if not points:
        return words["none"]
    if len(points) == 1:
        return words["one"]
    parts: list[str] = []
    for metric in PROGRESS_METRICS:
        values = series(points, metric.key)
        if len(values) < 2:
            continue
        (_, a), (last_point, b) = values[0], values[-1]
        if metric.key == "pace":
            unit = unit_name(last_point.unit, lang)
            parts.append(words["pace"].format(a=_said(a, lang, whole=False), b=_said(b, lang, whole=False), unit=unit))
        elif metric.percent:
            pa, pb = round(a * 100), round(b * 100)
            template = words["same"] if pa == pb else words["percent"]
            parts.append(template.format(name=metric.name(lang), a=say_number(pa, lang), b=say_number(pb, lang)))
        else:
            same = _said(a, lang, whole=metric.whole) == _said(b, lang, whole=metric.whole)
            template = words["same"] if same else words["change"]
            parts.append(
                template.format(
                    name=metric.name(lang), a=_said(a, lang, whole=metric.whole), b=_said(b, lang, whole=metric.whole)
                )
            )
    head = words["over"].format(n=say_count(len(points), lang))
    if not parts:
        return head + _AFTER_OVER[lang] + _NO_SCORES[lang]
    return head + _AFTER_OVER[lang] + _JOIN[lang].join(parts) + _END[lang]


_NO_SCORES = {
    "en": "no score was measured twice yet.",
    "vi": "chưa có chỉ số nào được đo hai lần.",
    "zh": "还没有哪项分数测过两次。",
    "id": "belum ada skor yang diukur dua kali.",
}


__all__ = [
    "PROGRESS_METRICS",
    "ProgressMetric",
    "ProgressPoint",
    "point_from_metrics",
    "progress_summary",
    "series",
]
