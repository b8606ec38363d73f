"""The accessibility audit over real AT-SPI passes on the app and fails on a deliberately broken window."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_kit

pytestmark = [pytest.mark.slow, pytest.mark.display]


def test_app_passes_the_audit_in_every_window(repo_root: Path, display_session_available: None) -> None:
    """Names, ids, Tab reach, no traps in the main window, keyboard reference, settings and about; F2 is announced;
    every menu has an Alt+letter key and named items."""
    result = run_kit(repo_root / "accessibility" / "audit.py")
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "audit: PASS" in out
    for window in ("== Rehearsal Studio:", "== Keyboard reference:", "== Settings:", "== About:"):
        assert window in out
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
