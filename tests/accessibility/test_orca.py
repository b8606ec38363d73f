"""What Orca (speech off, debug log on) says while a trainee follows the main workflow by keyboard."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import run_kit

pytestmark = [pytest.mark.slow, pytest.mark.display]

# Each step of accessibility/orca_run.py's WORKFLOW and the words Orca must say for it, in order.
EXPECTED: tuple[tuple[str, str], ...] = (
    ("the app opens", "Rehearsal Studio frame."),
    ("focus starts on the script chooser", "Script: combo box."),
    ("the chooser says what it is for", "The script you will rehearse."),
    ("Tab: market chooser", "Market: combo box."),
    ("Tab: the Start button, with its key", "Start recording (F5) push button."),
    ("…and its description", "Start or stop recording. Key: F5."),
    ("Tab: the level meter reads as text", "Microphone level 0 percent."),
    ("…with what the level means", "Microphone level: not listening"),
    ("Tab: the feedback list is announced as a list", "List with 3 items."),
    ("…and its first item reads alone", "1 of 3. Must fix at 0:12: Medical claim that platforms ban."),
    ("Down: the second finding", "2 of 3. Warning at 0:30"),
    ("Tab: the messages are focusable text", "Messages: read only text."),
    ("F1: the keyboard reference opens", "Keyboard reference — Rehearsal Studio dialog."),
    ("…its text is readable text, not a label", "Keyboard reference read only text."),
    ("Tab: Close", "Close push button."),
    ("Control+comma: settings open", "Settings — Rehearsal Studio dialog."),
    ("focus on the language chooser", "Language: combo box."),
    ("Tab: the theme chooser", "Theme: combo box."),
    ("Tab: the zoom with its value", "Zoom: 100 % spin button."),
    ("Tab: the speech rate slider with its value", "Speech rate: horizontal slider 175."),
    ("Tab: the microphone chooser (Recording group)", "Microphone: combo box."),
    ("Tab: the first live cue check box", "Too fast check box checked."),
    ("…and what the cue does", "While you record, the app tells you to slow down"),
    ("Tab: the single-key mode check box and its state", "Single-key mode: every command is one key"),
    ("Tab: a key field says which command it is for (not just 'edit', OBS #7668)",
     "Start or stop recording: read only text."),
    ("…and reads the whole key", "F5."),
    ("…and how to change it", "Press the new key for this command."),
)


def _first_missing(said: list[str]) -> str | None:
    """The first expected step Orca did not say (in order), or None when every step was said."""
    position = 0
    for step, words in EXPECTED:
        found = next((i for i in range(position, len(said)) if words in said[i]), None)
        if found is None:
            return f"{step}: Orca never said {words!r} after {said[max(0, position - 1)]!r}."
        position = found + 1
    return None


@pytest.mark.skipif(shutil.which("orca") is None, reason="orca is not installed")
def test_orca_reads_the_main_workflow(repo_root: Path, display_session_available: None) -> None:
    problem: str | None = "not run"
    said: list[str] = []
    # One retry: on two shared cores a key can overtake Orca's speech for a dialog that is still opening.
    for _attempt in range(2):
        result = run_kit(repo_root / "accessibility" / "orca_run.py", "--json", timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        run = json.loads(result.stdout)
        assert run["orca_started"], "Orca exited before the workflow ended"
        said = run["utterances"]
        problem = _first_missing(said)
        if problem is None:
            break
    assert problem is None, problem + "\n" + "\n".join(said)
