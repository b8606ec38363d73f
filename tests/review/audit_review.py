#!/usr/bin/python3
"""The AT-SPI audit (``accessibility/audit.py``) run on the review windows: names, ids, Tab reach, no traps.

Run with Debian's Python (pyatspi): ``/usr/bin/python3 tests/review/audit_review.py``; exits 1 on any problem.
Each window runs in its own app process (``tests/review/a11y_app.py``) inside one private display and bus.

Waived, and counted in the output: id and duplicate-name problems of table cells, page tabs and tab bars. Like the
list items that audit.py already exempts, they are items reached with the arrow keys, named by their content, and Qt
has no way to give an item an accessible id (a tab bar is named after its current tab).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "accessibility"))

import audit  # noqa: E402  (accessibility/audit.py, found through the path above)
from session import A11ySession, SessionError, app_python  # noqa: E402

WINDOWS = ("library", "review", "progress", "trainee")
ITEM_ROLES = ("table cell", "page tab", "page tab list")
_ITEM = "|".join(re.escape(role) for role in ITEM_ROLES)
_WAIVABLE = re.compile(rf"^(the focusable ({_ITEM}) '.*' has no accessible id|several controls share one name: "
                       rf"({_ITEM}) '.*)")


def _waive(screen: audit.Screen) -> int:
    kept = [p for p in screen.problems if not _waivable(p)]
    waived = len(screen.problems) - len(kept)
    screen.problems[:] = kept
    return waived


def _waivable(problem: str) -> bool:
    if not _WAIVABLE.match(problem):
        return False
    if problem.startswith("several controls"):  # every control sharing the name must be an item
        return all(re.match(rf"({_ITEM}) '", part.strip()) for part in problem.split(": ", 1)[1].split("; "))
    return True


def audit_window(session: A11ySession, app: object, watcher: audit.FocusWatcher, title: str) -> audit.Screen:
    """audit.audit_screen, except that the Tab walk starts from the control that really has the focus.

    Qt reports the current page tab of a tab bar as focused even when the focus is elsewhere; audit.py would start
    its walk there and take the first visit of the tab bar for a completed cycle.
    """
    screen = audit.Screen(title)
    try:
        window = audit.find_window(app, title)
    except SessionError as exc:
        screen.problems.append(str(exc))
        return screen
    session.focus_window(title)
    audit.pump(0.3)
    audit.audit_tree(window, screen)
    nodes: list[object] = []
    audit.walk(window, nodes)
    tabs = (audit.pyatspi.ROLE_PAGE_TAB, audit.pyatspi.ROLE_PAGE_TAB_LIST)
    focused = [n for n in nodes if audit.states(n).contains(audit.pyatspi.STATE_FOCUSED) and n.getRole() not in tabs]
    screen.focused = audit.key_of(focused[0]) if focused else None
    audit.audit_tab(session, watcher, screen)
    return screen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=app_python(), help="the Python that runs the app (default: the venv)")
    parser.add_argument("--window", choices=WINDOWS, action="append", help="audit only these windows")
    args = parser.parse_args(argv)
    screens = []
    status = 0
    try:
        with A11ySession() as session:
            audit._import_atspi(session.env)
            for name in args.window or WINDOWS:
                extra = {"STUDIO_CONFIG_DIR": str(session.tmp / name / "config"),
                         "STUDIO_DATA_DIR": str(session.tmp / name / "data")}
                log = session.tmp / f"{name}.log"
                proc = session.popen([args.python, "-m", "tests.review.a11y_app", "--window", name], log=log,
                                     extra_env=extra)
                started = time.monotonic()
                app = audit.find_app()
                print(f"audit: {name} on the bus after {time.monotonic() - started:.1f} s")
                watcher = audit.FocusWatcher()
                screen = audit_window(session, app, watcher, f"Rehearsal Studio {name}")
                watcher.close()
                print(f"audit: {name}: {_waive(screen)} item problem(s) waived (table cells, page tabs)")
                screens.append(screen)
                if proc.poll() is not None:
                    print(f"audit: FAIL — the {name} app exited early: {log.read_text()[-2000:]}")
                    status = 1
                proc.terminate()
                proc.wait(10)
                time.sleep(0.3)  # let the bus drop the old app before the next one is searched for
            return audit.report(screens) or status
    except SessionError as exc:
        print(f"audit: could not run: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
