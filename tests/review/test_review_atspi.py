"""Over the real AT-SPI bus (Xvfb, at-spi2-core, pyatspi): the library, review, progress and trainee windows pass
the project's accessibility audit — names, ids, Tab reaches every control, no focus trap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.accessibility.conftest import SYSTEM_PYTHON, missing_display_tools

pytestmark = [pytest.mark.slow, pytest.mark.display]


def test_review_windows_pass_the_atspi_audit(repo_root: Path) -> None:
    problem = missing_display_tools()
    if problem:
        pytest.skip(problem)
    result = subprocess.run(
        [SYSTEM_PYTHON, str(repo_root / "tests" / "review" / "audit_review.py"), "--python", sys.executable],
        capture_output=True, text=True, timeout=300, cwd=repo_root,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "audit: PASS — 0 problem(s) in 4 window(s)" in out
    assert "Tab order: combo_library_trainee → edit_library_search → table_library → btn_library_open" in out
    assert "list_words → btn_play → btn_back → btn_forward → spin_speed → timeline_findings → log_review" in out
    assert "push button 'Play' (id btn_play) — Play or pause the recording. Key: Ctrl+P." in out
