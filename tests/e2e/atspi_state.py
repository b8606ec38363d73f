#!/usr/bin/python3
"""Read the running app's state over AT-SPI and print it as one JSON object (used by test_trainee_e2e.py).

Run with Debian's Python (it has pyatspi) inside the test's private session; a pyatspi client in the same process as
Qt deadlocks (shared/reference/a11y-testing.md), so the test calls this script once per look. Standard library and
pyatspi only. Controls are found by their accessible ids (``btn_record``, ``lbl_elapsed``, ``list_feedback``,
``txt_messages``), the same ids a screen-reader user's scripts would use.

Output: ``{"found": bool, "title": str, "record": str, "elapsed": str, "feedback": [item names], "messages": str,
"focused": [accessible ids of the controls in the focused state (for a list item, its list's id)]}``.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

APP_TITLE = "Rehearsal Studio"


def _text(acc: Any) -> str:
    try:
        text = acc.queryText()
        return str(text.getText(0, text.characterCount))
    except Exception:  # not every control has the Text interface
        return str(acc.name or "")


def _ident(acc: Any) -> str:
    try:
        return str(acc.accessibleId or "")
    except Exception:
        return ""


def _walk(acc: Any, out: dict[str, Any], focused: list[str], owner: str = "", depth: int = 0) -> None:
    """Collect controls by accessible id; ``focused`` gets the id of the focused control (an item: its list's id)."""
    import pyatspi

    if depth > 40:
        return
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is None:
            continue
        ident = _ident(child)
        if ident:
            out.setdefault(ident, child)
        if child.getState().contains(pyatspi.STATE_FOCUSED):
            focused.append(ident or owner)
        _walk(child, out, focused, ident or owner, depth + 1)


def read_state(timeout: float) -> dict[str, Any]:
    import pyatspi

    state: dict[str, Any] = {"found": False, "title": "", "record": "", "elapsed": "", "feedback": [],
                             "messages": "", "focused": []}
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            for j in range(app.childCount):
                window = app.getChildAtIndex(j)
                if window is None or not (window.name or "").startswith(APP_TITLE):
                    continue
                controls: dict[str, Any] = {}
                focused: list[str] = []
                _walk(window, controls, focused)
                if "btn_record" not in controls:
                    continue
                state["found"] = True
                state["title"] = str(window.name)
                state["record"] = str(controls["btn_record"].name or "")
                state["focused"] = sorted(set(focused))  # Qt may also mark a combo box's current item focused
                if "lbl_elapsed" in controls:
                    state["elapsed"] = _text(controls["lbl_elapsed"])
                if "txt_messages" in controls:
                    state["messages"] = _text(controls["txt_messages"])
                feedback = controls.get("list_feedback")
                if feedback is not None:
                    state["feedback"] = [str(feedback.getChildAtIndex(k).name or "")
                                         for k in range(feedback.childCount)
                                         if feedback.getChildAtIndex(k) is not None]
                return state
        if time.monotonic() > deadline:
            return state
        time.sleep(0.2)


def main(argv: list[str]) -> int:
    timeout = float(argv[1]) if len(argv) > 1 else 10.0
    print(json.dumps(read_state(timeout), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
