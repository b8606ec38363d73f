"""The accessibility audit over real AT-SPI passes on the app and fails on a deliberately broken window."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_kit

pytestmark = [pytest.mark.slow, pytest.mark.display]


def test_app_passes_the_audit_in_every_window(repo_root: Path, display_session_available: None) -> None:
    """Names, ids, Tab reach, no traps in the main window, keyboard reference, settings, about, and the instructor's
    library, review (Enter on a session), progress and trainee profile, each opened by its key; F2 is announced;
    every menu has an Alt+letter key and named items."""
    result = run_kit(repo_root / "accessibility" / "audit.py", timeout=400)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "audit: PASS — 0 problem(s) in 10 window(s)" in out
    for window in ("== Rehearsal Studio:", "== Keyboard reference:", "== Settings:", "== About:",
                   "== Session library:", "== Review: :", "== Progress:", "== Edit trainee:"):
        assert window in out
    assert ("Tab order: combo_library_trainee → edit_library_search → table_library → btn_library_open → "
            "btn_library_refresh → btn_library_export → btn_library_import → btn_library_delete → log_library") in out
    assert ("list_words → btn_export → btn_play → btn_back → btn_forward → spin_speed → timeline_findings → "
            "log_review") in out
    assert "push button 'Play' (id btn_play) — Play or pause the recording. Key: Ctrl+P." in out
    assert "audit: Review menu (Alt+R): Session library…, Progress…, Trainee profile…" in out
    assert "Tab order: combo_script → combo_market → btn_record → meter_level → list_feedback → txt_messages" in out
    assert "announcement heard over AT-SPI (polite): 'Not recording yet.'" in out
    assert "audit: Session menu (Alt+S): Start or stop recording, Say elapsed time, Drop a marker, Try again" in out
    assert "audit: Help menu (Alt+H): Keyboard reference, About Rehearsal Studio" in out


def test_audit_catches_unnamed_unlabelled_duplicate_imageless_and_trapping_controls(
    repo_root: Path, display_session_available: None
) -> None:
    result = run_kit(repo_root / "accessibility" / "audit.py", "--module", "tests.accessibility.broken_app",
                     "--main-only")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "has no accessible name (id btn_unnamed)" in out
    assert "'No id' has no accessible id" in out
    assert "an image has no text equivalent" in out
    assert "several controls share one name: push button 'Twin'" in out
    assert "Tab stopped moving after txt_trap (a focus trap)" in out
