"""The session model: validation messages, JSON round trips and schema versions."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from studio.core.errors import ModelError
from studio.core.model import (
    SCHEMA_VERSION,
    Finding,
    FindingKind,
    MediaPaths,
    PaceBand,
    Report,
    ScriptInfo,
    Segment,
    Session,
    SessionState,
    Severity,
    Trainee,
    Transcript,
    TranscriptPass,
    Word,
    dumps,
    loads,
    utc_now,
)


def _transcript() -> Transcript:
    words = (Word("Xin", 0.0, 0.3, 0.9), Word("chào", 0.3, 0.7, 0.95), Word("các bạn", 0.8, 1.4, 0.8))
    return Transcript(
        language="vi",
        duration=2.0,
        model="base",
        segments=(Segment(0.0, 1.4, "Xin chào các bạn"),),
        words=words,
        source_pass=TranscriptPass.LIVE,
    )


def _session() -> Session:
    now = utc_now()
    return Session(
        id="abc123",
        trainee_id="t1",
        script_id="coffee",
        state=SessionState.RECORDED,
        created_at=now,
        language="vi",
        market="vi-VN",
        started_at=now,
        ended_at=now + timedelta(seconds=65),
        duration=65.0,
        media=MediaPaths(video="video.ts", audio="audio.wav", final="rehearsal.mp4"),
        title="Cà phê phin",
    )


@pytest.mark.parametrize(
    "obj",
    [
        _transcript(),
        _session(),
        Trainee(
            "t1",
            "Lan",
            language="vi",
            market="vi-VN",
            pace_band=PaceBand(180, 260),
            disabled_metrics=frozenset({"framing"}),
        ),
        ScriptInfo("coffee", "Cà phê phin", "vi", "vi-VN", "assets/scripts/vi-coffee.md"),
        Finding(
            FindingKind.CLAIM,
            Severity.BLOCK,
            12.5,
            14.0,
            "This is a cure claim.",
            quote="chữa khỏi",
            suggestion="hỗ trợ",
            rule_id="vi.medical.cure",
            confidence=0.8,
        ),
        Report(
            "en",
            {"pace_wpm": 151.5},
            (Finding(FindingKind.DEAD_AIR, Severity.WARNING, 3.0, 8.0, "5 s silence"),),
            "You spoke at one hundred fifty words a minute.",
        ),
    ],
    ids=["transcript", "session", "trainee", "script", "finding", "report"],
)
def test_json_round_trip_gives_back_an_equal_object(obj: object) -> None:
    text = dumps(obj)  # type: ignore[arg-type]
    data = json.loads(text)
    assert data["schema"] == SCHEMA_VERSION
    assert loads(text, type(obj)) == obj  # type: ignore[arg-type]


def test_transcript_json_has_the_documented_fields() -> None:
    data = _transcript().to_dict()
    assert {"language", "duration", "model", "segments", "words"} <= data.keys()
    assert data["words"][0] == {"word": "Xin", "start": 0.0, "end": 0.3, "probability": 0.9}


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda: Word("hi", 2.0, 1.0), "ends (1.0) before it starts"),
        (lambda: Word("hi", -1.0, 1.0), "zero or more seconds"),
        (lambda: Word("hi", 0.0, 1.0, probability=1.5), "probability outside 0 to 1"),
        (lambda: Word("hi", float("nan"), 1.0), "zero or more seconds"),
        (lambda: Transcript("", 1.0, "base"), "language must not be empty"),
        (lambda: Transcript("en", 5.0, "base", words=(Word("b", 2, 3), Word("a", 1, 2))), "out of order"),
        (lambda: Trainee("t", "Lan", language="fr"), "language must be one of"),
        (lambda: Trainee("t", " "), "name must not be empty"),
        (lambda: PaceBand(200, 100), "0 < low < high"),
        (lambda: Finding(FindingKind.PACE, Severity.INFO, 1, 2, ""), "message must not be empty"),
        (lambda: Report("en", {"pace": float("inf")}, (), ""), "finite number"),
        (lambda: MediaPaths.from_dict({"video": "../../etc/passwd"}), "inside the session folder"),
    ],
)
def test_invalid_values_are_refused_with_a_readable_message(make: object, fragment: str) -> None:
    with pytest.raises(ModelError) as info:
        make()  # type: ignore[operator]
    assert fragment in str(info.value)


def test_loads_refuses_a_newer_schema_naming_both_versions() -> None:
    text = json.dumps({"schema": SCHEMA_VERSION + 1, "type": "transcript"})
    with pytest.raises(ModelError, match=rf"newer Rehearsal Studio \(schema {SCHEMA_VERSION + 1}"):
        loads(text, Transcript)


def test_loads_refuses_the_wrong_document_type() -> None:
    with pytest.raises(ModelError, match="expected a transcript document but this is a 'report'"):
        loads(json.dumps({"schema": 1, "type": "report"}), Transcript)


def test_loads_reports_the_line_of_broken_json() -> None:
    with pytest.raises(ModelError) as info:
        loads('{\n "language": "en",\n oops\n}', Transcript)
    assert info.value.line == 3
    assert "line 3" in str(info.value)


def test_loads_reports_a_missing_field_by_name() -> None:
    with pytest.raises(ModelError, match="missing its 'words' field"):
        loads(json.dumps({"language": "en", "duration": 1, "segments": []}), Transcript)


def test_wrongly_typed_enum_value_lists_the_allowed_values() -> None:
    data = _session().to_dict() | {"state": "paused"}
    with pytest.raises(ModelError, match="must be one of created, recording"):
        Session.from_dict(data)


def test_session_state_machine_refuses_nonsense_transitions() -> None:
    session = _session().moved_to(SessionState.ANALYSED)
    assert session.state is SessionState.ANALYSED
    with pytest.raises(ModelError, match="cannot go from analysed to recording"):
        session.moved_to(SessionState.RECORDING)


def test_severity_rank_puts_blocking_claims_first() -> None:
    ordered = sorted([Severity.INFO, Severity.BLOCK, Severity.WARNING], key=lambda s: s.rank)
    assert ordered == [Severity.BLOCK, Severity.WARNING, Severity.INFO]
