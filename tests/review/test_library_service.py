"""studio.services.library over a real SQLite store: rows, transcript search, finding overrides, progress points."""

from __future__ import annotations

import pytest

from studio.core.errors import StoreError
from studio.services.library import (
    clear_finding_override,
    finding_key,
    finding_overrides,
    library_rows,
    progress_points,
    search_transcripts,
    set_finding_override,
)
from studio.services.store import SessionStore

from .conftest import Library


def test_library_rows_carry_trainee_name_script_title_and_report_metrics(library: Library) -> None:
    rows = {row.session_id: row for row in library_rows(library.store)}
    row = rows[library.media_session]
    assert row.trainee_name == "Lan"
    assert row.script_title == "Vitamin C serum"
    assert row.metrics["pace_rate"] == 150.0
    assert len(library_rows(library.store, trainee_id="budi")) == 1


def test_search_ignores_case_and_vietnamese_accents(library: Library) -> None:
    first = library.sessions["first"]
    assert search_transcripts(library.store, "GIÁ") == {first}
    assert search_transcripts(library.store, "gia chi") == {first}
    assert search_transcripts(library.store, "price today") == {library.media_session}
    assert search_transcripts(library.store, "nothing like this") == set()
    assert search_transcripts(library.store, "  ") == set()


def test_override_is_stored_with_its_reason_and_survives_reopening_the_database(library: Library) -> None:
    finding = library.findings[0]
    key = set_finding_override(library.store, library.media_session, finding, "dismiss", "  It is a cosmetic claim. ")
    assert key == "claim:claims.health:4.3"
    reopened = SessionStore(library.store.path)
    try:
        stored = finding_overrides(reopened, library.media_session)[key]
    finally:
        reopened.close()
    assert (stored.action, stored.reason) == ("dismiss", "It is a cosmetic claim.")
    clear_finding_override(library.store, library.media_session, finding)
    assert finding_overrides(library.store, library.media_session) == {}


def test_an_override_needs_a_reason_and_a_known_action(library: Library) -> None:
    finding = library.findings[0]
    with pytest.raises(StoreError, match="reason"):
        set_finding_override(library.store, library.media_session, finding, "dismiss", " ")
    with pytest.raises(StoreError, match="dismissed or overridden"):
        set_finding_override(library.store, library.media_session, finding, "delete", "why")


def test_finding_key_rounds_the_start_so_a_reanalysis_keeps_the_override(library: Library) -> None:
    from dataclasses import replace

    finding = library.findings[0]
    assert finding_key(finding) == finding_key(replace(finding, start=4.31, end=4.6))


def test_progress_points_are_the_trainees_analysed_sessions_oldest_first(library: Library) -> None:
    points = progress_points(library.store, "lan")
    assert [p.pace for p in points] == [190.0, 170.0, 150.0]


def test_reports_from_the_real_analysis_feed_the_library_and_progress(library: Library) -> None:
    """The metric keys read here are the ones studio.core.analysis really writes (not hand-made ones)."""
    from studio.core.analysis import analyse

    from .conftest import transcript_of, words_at

    text = " ".join(["today", "um", "this", "serum", "costs", "ten", "dollars", "buy", "now"] * 8)
    starts = [0.5 + i * 0.4 for i in range(72)]
    starts[40:] = [s + 5.0 for s in starts[40:]]  # one five-second silence: dead air
    transcript = transcript_of(words_at(text, starts), starts[-1] + 1.0)
    report = analyse(transcript, trainee=library.budi)
    session = library.store.create_session("budi", language="en")
    library.store.save_transcript(session.id, transcript)
    library.store.save_report(session.id, report)

    row = next(r for r in library_rows(library.store) if r.session_id == session.id)
    assert row.metrics["pace_rate"] == pytest.approx(report.metrics["pace_rate"])
    latest = progress_points(library.store, "budi")[-1]
    assert latest.pace == pytest.approx(report.metrics["pace_rate"])
    assert latest.dead_air == 1.0
    assert latest.fillers is not None and latest.fillers > 0


def test_search_falls_back_to_the_words_when_a_transcript_has_no_segments(library: Library) -> None:
    from studio.core.model import Transcript

    from .conftest import words_at

    session = library.store.create_session("budi")
    words = words_at("Kirim gratis ke seluruh Indonesia", [0.1, 0.5, 0.9, 1.3, 1.7])
    library.store.save_transcript(session.id, Transcript("id", 3.0, "test", (), words))
    assert search_transcripts(library.store, "seluruh indonesia") == {session.id}
