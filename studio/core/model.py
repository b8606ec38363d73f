"""The session model: trainees, scripts, sessions, transcripts, findings and reports.

Plain frozen dataclasses, validated in ``__post_init__`` with messages a person can act on,
and a JSON form with a schema version (``SCHEMA_VERSION``). Nothing here imports Qt or a
device library; the store, the services and the UI all speak these types.

JSON documents written by :func:`dumps` look like ``{"schema": 1, "type": "transcript", ...}``;
:func:`loads` checks the schema version and the type before building the object.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any, TypeVar, cast

from studio.core.errors import ModelError

SCHEMA_VERSION = 1

LANGUAGES = ("en", "vi", "zh", "id")
"""Languages the studio coaches in (ISO 639-1)."""


# --------------------------------------------------------------------------- helpers


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ModelError(message)


def _finite_time(name: str, value: float) -> None:
    _require(isinstance(value, (int, float)) and not isinstance(value, bool), f"{name} must be a number of seconds")
    _require(math.isfinite(value) and value >= 0, f"{name} must be zero or more seconds, not {value}")


def _text(name: str, value: str, *, allow_empty: bool = False) -> None:
    _require(isinstance(value, str), f"{name} must be text")
    if not allow_empty:
        _require(bool(value.strip()), f"{name} must not be empty")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _parse_time(name: str, value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ModelError(f"{name} must be a date and time in ISO 8601 form")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ModelError(f"{name} is not a valid date and time: {value!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(timezone.utc)


def _get(data: Mapping[str, Any], key: str, kind: str) -> Any:
    if key not in data:
        raise ModelError(f"the {kind} is missing its '{key}' field")
    return data[key]


E = TypeVar("E", bound=Enum)


def _enum(cls: type[E], value: object, name: str) -> E:
    try:
        return cls(value)
    except ValueError as exc:
        allowed = ", ".join(str(member.value) for member in cls)
        raise ModelError(f"{name} must be one of {allowed}, not {value!r}") from exc


# --------------------------------------------------------------------------- transcript


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word with its time span (seconds from the start of the media)."""

    text: str
    start: float
    end: float
    probability: float = 1.0

    def __post_init__(self) -> None:
        _text("A word", self.text, allow_empty=True)
        _finite_time("A word's start", self.start)
        _finite_time("A word's end", self.end)
        _require(self.end >= self.start, f"the word {self.text!r} ends ({self.end}) before it starts ({self.start})")
        _require(0.0 <= self.probability <= 1.0, f"the word {self.text!r} has a probability outside 0 to 1")

    def to_dict(self) -> dict[str, Any]:
        return {"word": self.text, "start": self.start, "end": self.end, "probability": self.probability}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Word:
        return cls(
            text=_get(data, "word", "word"),
            start=_get(data, "start", "word"),
            end=_get(data, "end", "word"),
            probability=data.get("probability", 1.0),
        )


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of speech as the recogniser decoded it."""

    start: float
    end: float
    text: str
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0

    def __post_init__(self) -> None:
        _finite_time("A segment's start", self.start)
        _finite_time("A segment's end", self.end)
        _require(self.end >= self.start, f"a segment ends ({self.end}) before it starts ({self.start})")
        _text("A segment's text", self.text, allow_empty=True)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "avg_logprob": self.avg_logprob,
            "no_speech_prob": self.no_speech_prob,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Segment:
        return cls(
            start=_get(data, "start", "segment"),
            end=_get(data, "end", "segment"),
            text=_get(data, "text", "segment"),
            avg_logprob=data.get("avg_logprob", 0.0),
            no_speech_prob=data.get("no_speech_prob", 0.0),
        )


class TranscriptPass(str, Enum):
    """Which pass produced a transcript: live during recording, or a full pass afterwards."""

    LIVE = "live"
    FULL = "full"
    IMPORTED = "imported"


@dataclass(frozen=True, slots=True)
class Transcript:
    """What was said, with word timestamps, in one language."""

    language: str
    duration: float
    model: str
    segments: tuple[Segment, ...] = ()
    words: tuple[Word, ...] = ()
    source_pass: TranscriptPass = TranscriptPass.FULL

    def __post_init__(self) -> None:
        _text("The transcript's language", self.language)
        _finite_time("The transcript's duration", self.duration)
        _text("The transcript's model", self.model, allow_empty=True)
        last = 0.0
        for word in self.words:
            _require(word.start + 1e-6 >= last, f"the words are out of order at {word.start:.2f} seconds")
            last = word.start

    @property
    def text(self) -> str:
        """The transcript as plain text, one segment after another."""
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "duration": self.duration,
            "model": self.model,
            "pass": self.source_pass.value,
            "segments": [s.to_dict() for s in self.segments],
            "words": [w.to_dict() for w in self.words],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Transcript:
        segments = _get(data, "segments", "transcript")
        words = _get(data, "words", "transcript")
        _require(isinstance(segments, list), "the transcript's segments must be a list")
        _require(isinstance(words, list), "the transcript's words must be a list")
        return cls(
            language=_get(data, "language", "transcript"),
            duration=_get(data, "duration", "transcript"),
            model=data.get("model", ""),
            segments=tuple(Segment.from_dict(s) for s in segments),
            words=tuple(Word.from_dict(w) for w in words),
            source_pass=_enum(TranscriptPass, data.get("pass", "full"), "The transcript's pass"),
        )


# --------------------------------------------------------------------------- findings and reports


class FindingKind(str, Enum):
    """What a finding is about."""

    PACE = "pace"
    DEAD_AIR = "dead_air"
    FILLER = "filler"
    STUTTER = "stutter"
    MONOLOGUE = "monologue"
    VOICE = "voice"
    COVERAGE = "coverage"
    ORDER = "order"
    TIMING = "timing"
    DEIXIS = "deixis"
    CLAIM = "claim"
    DISCLAIMER_MISSING = "disclaimer_missing"
    FRAMING = "framing"
    COMMENT = "comment"
    VIEWER = "viewer"


class Severity(str, Enum):
    """How much a finding matters; ``rank`` orders them, highest first."""

    BLOCK = "block"
    NEEDS_EVIDENCE = "needs_evidence"
    VERIFY_FACT = "verify_fact"
    WARNING = "warning"
    INFO = "info"
    PRAISE = "praise"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class FindingSource(str, Enum):
    """Who produced a finding."""

    ANALYSIS = "analysis"
    LIVE = "live"
    INSTRUCTOR = "instructor"


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of feedback, readable alone: when, what was said, why it matters, what to say instead."""

    kind: FindingKind
    severity: Severity
    start: float
    end: float
    message: str
    quote: str = ""
    suggestion: str = ""
    rule_id: str = ""
    source: FindingSource = FindingSource.ANALYSIS
    confidence: float = 1.0

    def __post_init__(self) -> None:
        _finite_time("A finding's start", self.start)
        _finite_time("A finding's end", self.end)
        _require(self.end >= self.start, f"a finding ends ({self.end}) before it starts ({self.start})")
        _text("A finding's message", self.message)
        _require(0.0 <= self.confidence <= 1.0, "a finding's confidence must be between 0 and 1")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "quote": self.quote,
            "suggestion": self.suggestion,
            "rule_id": self.rule_id,
            "source": self.source.value,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            kind=_enum(FindingKind, _get(data, "kind", "finding"), "A finding's kind"),
            severity=_enum(Severity, _get(data, "severity", "finding"), "A finding's severity"),
            start=_get(data, "start", "finding"),
            end=_get(data, "end", "finding"),
            message=_get(data, "message", "finding"),
            quote=data.get("quote", ""),
            suggestion=data.get("suggestion", ""),
            rule_id=data.get("rule_id", ""),
            source=_enum(FindingSource, data.get("source", "analysis"), "A finding's source"),
            confidence=data.get("confidence", 1.0),
        )


@dataclass(frozen=True, slots=True)
class Report:
    """The feedback for one session: metrics, ranked findings and the spoken summary."""

    language: str
    metrics: Mapping[str, float]
    findings: tuple[Finding, ...]
    summary: str
    transcript_pass: TranscriptPass = TranscriptPass.FULL
    created_at: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        _text("The report's language", self.language)
        for key, value in self.metrics.items():
            _require(isinstance(key, str) and bool(key), "a metric needs a name")
            _require(
                isinstance(value, (int, float)) and math.isfinite(value), f"the metric {key!r} must be a finite number"
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "metrics": dict(self.metrics),
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary,
            "transcript_pass": self.transcript_pass.value,
            "created_at": _iso(self.created_at),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        findings = _get(data, "findings", "report")
        metrics = _get(data, "metrics", "report")
        _require(isinstance(findings, list), "the report's findings must be a list")
        _require(isinstance(metrics, dict), "the report's metrics must be an object")
        created = _parse_time("The report's creation time", data.get("created_at"))
        return cls(
            language=_get(data, "language", "report"),
            metrics=dict(metrics),
            findings=tuple(Finding.from_dict(f) for f in findings),
            summary=_get(data, "summary", "report"),
            transcript_pass=_enum(TranscriptPass, data.get("transcript_pass", "full"), "The report's pass"),
            created_at=created or utc_now(),
        )


# --------------------------------------------------------------------------- people, scripts, sessions


@dataclass(frozen=True, slots=True)
class PaceBand:
    """The comfortable speaking rate for one trainee, in the unit of their language."""

    low: float
    high: float

    def __post_init__(self) -> None:
        _require(0 < self.low < self.high, f"a pace band needs 0 < low < high, not {self.low}–{self.high}")


@dataclass(frozen=True, slots=True)
class Trainee:
    """A person who rehearses. ``disabled_metrics`` names metrics switched off for them (e.g. framing)."""

    id: str
    name: str
    language: str = "en"
    market: str = "en-US"
    pace_band: PaceBand | None = None
    disabled_metrics: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        _text("A trainee's id", self.id)
        _text("A trainee's name", self.name)
        _require(self.language in LANGUAGES, f"the language must be one of {', '.join(LANGUAGES)}")
        _text("A trainee's market", self.market)

    def to_dict(self) -> dict[str, Any]:
        band = None if self.pace_band is None else {"low": self.pace_band.low, "high": self.pace_band.high}
        return {
            "id": self.id,
            "name": self.name,
            "language": self.language,
            "market": self.market,
            "pace_band": band,
            "disabled_metrics": sorted(self.disabled_metrics),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Trainee:
        band = data.get("pace_band")
        _require(band is None or isinstance(band, dict), "a trainee's pace band must be an object")
        disabled = data.get("disabled_metrics", [])
        _require(isinstance(disabled, list), "a trainee's switched-off metrics must be a list")
        return cls(
            id=_get(data, "id", "trainee"),
            name=_get(data, "name", "trainee"),
            language=data.get("language", "en"),
            market=data.get("market", "en-US"),
            pace_band=None
            if band is None
            else PaceBand(_get(band, "low", "pace band"), _get(band, "high", "pace band")),
            disabled_metrics=frozenset(cast(Iterable[str], disabled)),
        )


@dataclass(frozen=True, slots=True)
class ScriptInfo:
    """A run-sheet the trainee rehearses (the parsed form lives in ``studio.core.script``)."""

    id: str
    title: str
    language: str
    market: str
    path: str = ""

    def __post_init__(self) -> None:
        _text("A script's id", self.id)
        _text("A script's title", self.title)
        _require(self.language in LANGUAGES, f"a script's language must be one of {', '.join(LANGUAGES)}")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "language": self.language, "market": self.market, "path": self.path}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScriptInfo:
        return cls(
            id=_get(data, "id", "script"),
            title=_get(data, "title", "script"),
            language=_get(data, "language", "script"),
            market=_get(data, "market", "script"),
            path=data.get("path", ""),
        )


class SessionState(str, Enum):
    """Where a rehearsal attempt is in its life."""

    CREATED = "created"
    RECORDING = "recording"
    INTERRUPTED = "interrupted"
    RECORDED = "recorded"
    ANALYSED = "analysed"
    FAILED = "failed"


_ALLOWED_TRANSITIONS: dict[SessionState, frozenset[SessionState]] = {
    SessionState.CREATED: frozenset({SessionState.RECORDING, SessionState.RECORDED, SessionState.FAILED}),
    SessionState.RECORDING: frozenset({SessionState.RECORDED, SessionState.INTERRUPTED, SessionState.FAILED}),
    SessionState.INTERRUPTED: frozenset({SessionState.RECORDED, SessionState.FAILED}),
    SessionState.RECORDED: frozenset({SessionState.ANALYSED, SessionState.FAILED}),
    SessionState.ANALYSED: frozenset({SessionState.ANALYSED}),
    SessionState.FAILED: frozenset({SessionState.RECORDED}),
}


@dataclass(frozen=True, slots=True)
class MediaPaths:
    """Files of one session, relative to the session's own folder."""

    video: str = ""
    audio: str = ""
    final: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"video": self.video, "audio": self.audio, "final": self.final}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaPaths:
        for key in ("video", "audio", "final"):
            value = data.get(key, "")
            _require(isinstance(value, str), f"a media path ({key}) must be text")
            _require(
                not value.startswith(("/", "\\")) and ".." not in value.split("/"),
                f"the media path {value!r} must stay inside the session folder",
            )
        return cls(video=data.get("video", ""), audio=data.get("audio", ""), final=data.get("final", ""))


@dataclass(frozen=True, slots=True)
class Session:
    """One rehearsal attempt."""

    id: str
    trainee_id: str
    script_id: str | None
    state: SessionState
    created_at: datetime
    language: str = "en"
    market: str = "en-US"
    started_at: datetime | None = None
    ended_at: datetime | None = None
    duration: float = 0.0
    media: MediaPaths = MediaPaths()
    title: str = ""

    def __post_init__(self) -> None:
        _text("A session's id", self.id)
        _text("A session's trainee", self.trainee_id)
        _require(self.language in LANGUAGES, f"a session's language must be one of {', '.join(LANGUAGES)}")
        _finite_time("A session's duration", self.duration)
        if self.started_at is not None and self.ended_at is not None:
            _require(self.ended_at >= self.started_at, "a session cannot end before it starts")

    def moved_to(self, state: SessionState, **changes: Any) -> Session:
        """A copy in a new state; refuses transitions that make no sense (e.g. analysed → recording)."""
        if state not in _ALLOWED_TRANSITIONS[self.state]:
            raise ModelError(f"a session cannot go from {self.state.value} to {state.value}")
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values.update(changes, state=state)
        return Session(**values)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "trainee_id": self.trainee_id,
            "script_id": self.script_id,
            "state": self.state.value,
            "created_at": _iso(self.created_at),
            "language": self.language,
            "market": self.market,
            "started_at": _iso(self.started_at),
            "ended_at": _iso(self.ended_at),
            "duration": self.duration,
            "media": self.media.to_dict(),
            "title": self.title,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Session:
        created = _parse_time("A session's creation time", _get(data, "created_at", "session"))
        assert created is not None
        media = data.get("media", {})
        _require(isinstance(media, dict), "a session's media must be an object")
        return cls(
            id=_get(data, "id", "session"),
            trainee_id=_get(data, "trainee_id", "session"),
            script_id=data.get("script_id"),
            state=_enum(SessionState, _get(data, "state", "session"), "A session's state"),
            created_at=created,
            language=data.get("language", "en"),
            market=data.get("market", "en-US"),
            started_at=_parse_time("A session's start time", data.get("started_at")),
            ended_at=_parse_time("A session's end time", data.get("ended_at")),
            duration=data.get("duration", 0.0),
            media=MediaPaths.from_dict(media),
            title=data.get("title", ""),
        )


# --------------------------------------------------------------------------- JSON documents

Document = Trainee | ScriptInfo | Session | Transcript | Finding | Report
D = TypeVar("D", Trainee, ScriptInfo, Session, Transcript, Finding, Report)

_TYPES: dict[str, type[Any]] = {
    "trainee": Trainee,
    "script": ScriptInfo,
    "session": Session,
    "transcript": Transcript,
    "finding": Finding,
    "report": Report,
}
_NAMES = {cls: name for name, cls in _TYPES.items()}


def dumps(obj: Document, *, indent: int | None = None) -> str:
    """The object as a JSON document with its schema version and type."""
    body = {"schema": SCHEMA_VERSION, "type": _NAMES[type(obj)], **obj.to_dict()}
    return json.dumps(body, ensure_ascii=False, indent=indent)


def loads(text: str | bytes, cls: type[D]) -> D:
    """Build ``cls`` from a JSON document written by :func:`dumps` (or a bare object of that type)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError(
            f"this is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}", line=exc.lineno
        ) from exc
    if not isinstance(data, dict):
        raise ModelError("the JSON document must be an object")
    schema = data.get("schema", SCHEMA_VERSION)
    if not isinstance(schema, int) or schema < 1:
        raise ModelError(f"the schema version must be a positive whole number, not {schema!r}")
    if schema > SCHEMA_VERSION:
        raise ModelError(
            f"this file was written by a newer Rehearsal Studio (schema {schema}; "
            f"this one reads up to {SCHEMA_VERSION})"
        )
    expected = _NAMES[cls]
    kind = data.get("type", expected)
    if kind != expected:
        raise ModelError(f"expected a {expected} document but this is a {kind!r} document")
    try:
        result: D = cls.from_dict(data)
        return result
    except (TypeError, AttributeError) as exc:
        raise ModelError(f"the {expected} document has a field of the wrong type ({exc})") from exc
