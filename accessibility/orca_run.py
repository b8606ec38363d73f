#!/usr/bin/env python3
"""Run the app under the Orca screen reader (speech off) and report what Orca would have said.

Standard library only (Orca brings its own Python). Inside a private session (session.py) it starts
``orca --replace -d speech -d braille -u PREFS --debug-file LOG`` — speech disabled, so it never touches
speech-dispatcher or a sound device — then the app, and follows the main workflow by keyboard: Tab through the main
window, move through the feedback list, open the keyboard reference (F1) and close it, open the settings and Tab
through its groups (appearance, speech and sounds, recording, live cues) to a key field. After Orca exits, the
``SPEECH OUTPUT: '…'`` lines of its debug log are what it would have spoken.

The ``review`` scenario (``--scenario review``) follows an instructor instead: Control+L opens the session library,
Tab to the sessions and Enter opens a review; Tab through the transcript, the player, the timeline and the messages,
then the Findings page (Enter on a finding plays from it) and the Comments page.

Usage: ``python3 accessibility/orca_run.py [--scenario review] [--json]`` prints the steps and the utterances.
Orca's log is buffered until it exits, so the utterances are parsed afterwards and each step's expected words are
found in order (see tests/accessibility/test_orca.py).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from session import A11ySession, SessionError, app_python

APP_TITLE = "Rehearsal Studio"
# "SPEECH OUTPUT: 'Close push button.'{'established': ...}" — the text ends at the quote before the voice settings.
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'\s*(?:\{|$)", re.M)

# (what the trainee does, the xdotool keys). The order is the main workflow on the first screen.
WORKFLOW: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Tab to the market chooser", ("Tab",)),
    ("Tab to the Start button", ("Tab",)),
    ("Tab to the microphone level", ("Tab",)),
    ("Tab to the feedback list", ("Tab",)),
    ("Down arrow to the second finding", ("Down",)),
    ("Tab to the messages", ("Tab",)),
    ("F1 opens the keyboard reference", ("F1",)),
    ("Tab to Close", ("Tab",)),
    ("Escape closes it", ("Escape",)),
    ("(no window manager: focus goes back to the main window)", ("@focus",)),
    ("Control+comma opens the settings", ("ctrl+comma",)),
    ("Tab to the theme", ("Tab",)),
    ("Tab to the zoom", ("Tab",)),
    ("Tab to the announce mode and the speech rate", ("Tab", "Tab")),
    ("Tab past the speech volume, the feedback language and the earcon volume", ("Tab", "Tab", "Tab")),
    ("Tab to the microphone chooser", ("Tab",)),
    ("Tab past the camera, the sound output, the countdown, the pre-flight check and the dead air",
     ("Tab", "Tab", "Tab", "Tab", "Tab")),
    ("Tab to the first live cue (too fast)", ("Tab",)),
    ("Tab past the other four live cues to single-key mode", ("Tab", "Tab", "Tab", "Tab", "Tab")),
    ("Tab to the first key field", ("Tab",)),
    ("Escape closes the settings", ("Escape",)),
)


# The instructor's review, opened by keys from the main window ("@focus:TITLE" gives a window the keyboard focus:
# there is no window manager; titles are regular expressions for xdotool).
REVIEW_WALK: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Control+L opens the session library", ("ctrl+l", "@focus:Session library")),
    ("Tab to the search, Tab to the sessions", ("Tab", "Tab")),
    ("Enter opens the review of the selected session", ("Return", "@focus:^Review: ")),
    ("Down arrow to the next word of the transcript", ("Down",)),
    ("Tab to Export, below both panes (the last control; Tab then starts again at the player)", ("Tab",)),
    ("Tab to Play", ("Tab",)),
    ("Tab to Back, Forward and the speed", ("Tab", "Tab", "Tab")),
    ("Tab to the timeline", ("Tab",)),
    ("Right arrow to the next finding on the timeline", ("Right",)),
    ("Tab to the messages", ("Tab",)),
    ("Tab to the panel tabs", ("Tab",)),
    ("Right arrow to the Findings page", ("Right",)),
    ("Tab to the summary", ("Tab",)),
    ("Tab to the findings", ("Tab",)),
    ("Down arrow to the second finding", ("Down",)),
    ("Enter on the finding goes to two seconds before it and reads it", ("Return",)),
    ("Shift+Tab three times to the messages, which hold what was read", ("shift+Tab", "shift+Tab", "shift+Tab")),
    ("Tab to the panel tabs, Right arrow to the Comments page", ("Tab", "Right")),
    ("Tab to the comment field and to Add comment", ("Tab", "Tab")),
    ("Escape closes the review", ("Escape",)),
)
SCENARIOS = {"main": WORKFLOW, "review": REVIEW_WALK}
MAIN_WINDOW = "^Rehearsal Studio$"

OPENS_WINDOW = {"F1", "ctrl+comma", "ctrl+l", "Return", "Escape", "@focus"}


@dataclass
class OrcaRun:
    steps: list[str]
    utterances: list[str]
    orca_started: bool
    app_status: int | None


def parse_speech(log_text: str) -> list[str]:
    """Every utterance from an Orca debug log, in order."""
    return [m.group(1) for m in SPEECH.finditer(log_text)]


def run(python: str, *, settle: float = 0.8, keep_log: Path | None = None, scenario: str = "main") -> OrcaRun:
    if shutil.which("orca") is None:
        raise SessionError("orca is not installed (apt-get install orca)")
    with A11ySession() as session:
        prefs = session.tmp / "orca-prefs"
        prefs.mkdir()
        log = session.tmp / "orca-debug.out"
        orca = session.popen(["orca", "--replace", "-d", "speech", "-d", "braille", "-u", str(prefs),
                              "--debug-file", str(log)], log=session.tmp / "orca-stdout.log")
        # Orca registers its listeners with the registry before the app appears; on a loaded machine it took
        # up to 20 s to start (seen), so wait for its first log block (the log is written in blocks).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (log.exists() and log.stat().st_size > 0):
            time.sleep(0.2)
        time.sleep(3.0)
        extra = {"STUDIO_CONFIG_DIR": str(session.tmp / "config"), "STUDIO_DATA_DIR": str(session.tmp / "data")}
        app = session.popen([python, "-m", "studio.ui.app", "--a11y-audit"], log=session.tmp / "app.log",
                            extra_env=extra)
        session.watched += [app.pid, orca.pid]
        session.focus_window(MAIN_WINDOW)
        time.sleep(2.5)
        steps = []
        for step, keys in SCENARIOS[scenario]:
            for key in keys:
                if key == "@focus":
                    session.focus_window(MAIN_WINDOW)
                elif key.startswith("@focus:"):
                    # Without a window manager Qt gives a new window the input focus itself as it maps, sometimes
                    # before the window reports itself showing, and Orca then drops the activation (seen on a fast
                    # CI machine: the review window's title was never read). Focus leaves and comes back, as a
                    # window manager would give it once the window is up, so Orca gets one clean activation.
                    time.sleep(settle)  # the window is still being built
                    session.wait_quiet()
                    session.focus_window(MAIN_WINDOW)
                    session.wait_quiet()
                    session.focus_window(key.split(":", 1)[1])
                else:
                    session.xdotool("key", "--clearmodifiers", key)
                # A dialog takes a moment to build and for Orca to read it; keys sent sooner overtake its speech.
                time.sleep(settle * 3 if key.split(":")[0] in OPENS_WINDOW else settle)
                session.wait_quiet()
            steps.append(step)
        time.sleep(1.0)
        orca_started = orca.poll() is None
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
        orca.terminate()  # Orca writes its buffered debug log as it exits
        try:
            orca.wait(timeout=60)  # on a loaded machine Orca is still working through queued events
        except subprocess.TimeoutExpired:
            orca.kill()
            orca.wait(timeout=5)
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if keep_log is not None:
            keep_log.write_text(text, encoding="utf-8")
        return OrcaRun(steps, parse_speech(text), orca_started, app.returncode)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the app under Orca (speech off) and print what it would say.")
    parser.add_argument("--python", default=app_python(), help="the Python that runs the app")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--keep-log", type=Path, help="copy Orca's full debug log here")
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), default="main",
                        help="main: the trainee's first screen; review: the instructor's review window")
    args = parser.parse_args(argv)
    try:
        result = run(args.python, keep_log=args.keep_log, scenario=args.scenario)
    except SessionError as exc:
        print(f"orca_run: could not run: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(asdict(result), ensure_ascii=False, indent=1))
    else:
        print("Steps: " + "; ".join(result.steps))
        for line in result.utterances:
            print(f"Orca: {line}")
    return 0 if result.utterances else 1


if __name__ == "__main__":
    sys.exit(main())
