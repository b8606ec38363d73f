"""What Orca (speech off, debug log on) says while an instructor opens a review by keys and walks it: the library
(Control+L), Enter on a session, Tab through the transcript, Export, the player, the timeline, the messages, the
Findings page (Enter on a finding) and the Comments page (accessibility/orca_run.py --scenario review)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import run_kit

pytestmark = [pytest.mark.slow, pytest.mark.display]

# Each step of orca_run.REVIEW_WALK and the words Orca must say for it, in order.
EXPECTED: tuple[tuple[str, str], ...] = (
    ("Control+L: the library opens as its own window", "Session library — Rehearsal Studio."),
    ("focus starts on the trainee filter, named", "Trainee: combo box."),
    ("Tab, Tab: the sessions table says how many sessions it shows", "Sessions: Sessions, 2 shown."),
    ("…and that it is a table", "table with 2 rows 8 columns"),
    ("…and the selected session reads as one sentence", "Trainee Me, Script no script, Date "),
    ("Enter: the review window opens, titled with trainee and script", "Review: Me, no script, "),
    ("focus on the transcript words, a list", "List with 5 items."),
    ("…which says what Enter does", "Enter plays from the selected word."),
    ("Down: the next word and its time", "price."),
    ("…its time", "at 0:01."),
    ("Tab: Export, below both panes, with its key", "Export… push button."),
    ("…the key", "Save this session as a report, scores, captions, every word with its time, or a bundle for another "
                 "computer. Key: Ctrl+Shift+E."),
    ("Tab: Play, with its key in the description", "Play push button."),
    ("…the key", "Play or pause the recording. Key: Ctrl+P."),
    ("Tab: back five seconds", "Back 5 s push button."),
    ("Tab: forward five seconds", "Forward 5 s push button."),
    ("Tab: the speed with its value", "Speed: Playback speed 1.00× spin button."),
    ("…and its keys", "Keys: Ctrl+[ slower, Ctrl+] faster."),
    ("Tab: the timeline is announced by its label", "Timeline:"),
    ("…and reads every finding as text", "Recording of 0:02 with 2 findings: 0:02 claim; 0:00 pace."),
    ("Right on the timeline then Tab: the messages hold the finding it went to", "Messages: read only text."),
    ("…the finding read out", "Finding 1 of 2. 0:02, block:"),
    ("Tab: the panel tabs, on the transcript", "Transcript page tab."),
    ("Right: the Findings page", "Findings page tab."),
    ("Tab: the report summary is readable text", "Summary: read only text."),
    ("Tab: the findings list", "List with 2 items."),
    ("…its first finding reads alone", "0:02, block: At two seconds: you said “great”. A health claim."),
    ("Down: the second finding", "0:00, warning: At the start: You spoke fast here. Try this: Pause after the price."),
    ("Enter then Shift+Tab to the messages: the finding Enter went to was read out",
     "Finding 2 of 2. 0:00, warning: At the start: You spoke fast here."),
    ("Tab, Right: the Comments page", "Comments page tab."),
    ("Tab, Tab: Add comment, with its key", "Add comment at current time push button."),
    ("…the key", "Write a comment at the current moment. Key: Ctrl+M."),
)


def first_missing(said: list[str], expected: tuple[tuple[str, str], ...] = EXPECTED) -> str | None:
    """The first expected step Orca did not say (in order), or None when every step was said."""
    position = 0
    for step, words in expected:
        found = next((i for i in range(position, len(said)) if words in said[i]), None)
        if found is None:
            return f"{step}: Orca never said {words!r} after {said[max(0, position - 1)]!r}."
        position = found + 1
    return None


def test_first_missing_reports_the_step_orca_skipped() -> None:
    """The checker itself: in-order matching, and the step that is missing is named."""
    steps = (("a", "one"), ("b", "two"))
    assert first_missing(["one", "two"], steps) is None
    assert first_missing(["two", "one"], steps) == "b: Orca never said 'two' after 'one'."


@pytest.mark.skipif(shutil.which("orca") is None, reason="orca is not installed")
def test_orca_reads_the_review_window_walk(repo_root: Path, display_session_available: None) -> None:
    problem: str | None = "not run"
    said: list[str] = []
    # One retry: on two shared cores a key can overtake Orca's speech for a window that is still opening, and
    # "orca --replace" stops any other Orca on the machine (seen: a parallel run's Orca ended ours).
    for _attempt in range(2):
        result = run_kit(repo_root / "accessibility" / "orca_run.py", "--scenario", "review", "--json", timeout=400)
        try:
            run = json.loads(result.stdout)
        except json.JSONDecodeError:
            problem = f"orca_run.py failed ({result.returncode}): {result.stdout[-2000:]}{result.stderr[-2000:]}"
            continue
        said = run["utterances"]
        problem = first_missing(said) if run["orca_started"] else "Orca exited before the walk ended"
        if problem is None:
            break
    assert problem is None, problem + "\n" + "\n".join(said)
