#!/usr/bin/python3
"""Accessibility audit of the running app over AT-SPI, the way a screen reader sees it.

Run with Debian's Python (it has pyatspi): ``/usr/bin/python3 accessibility/audit.py``. It starts a private display
and AT-SPI bus (session.py), starts the app from the project's venv with ``--a11y-audit`` (sample feedback on
screen, two sample sessions with a short MP4 in its library, no app voice), and for each window (main window,
keyboard reference, settings, about, the session library, a session's review, progress and the trainee profile —
each opened with its key, as a keyboard user would; the review with Enter on a session in the library) it:

1. walks the accessible tree and fails on focusable controls with no name, duplicate names or no accessible id,
   on images without text, and on windows without a title;
2. presses Tab (then Shift+Tab) with xdotool, collects the focus events, and fails on controls that Tab never
   reaches and on focus traps (focus that stops moving, or a cycle that never comes back to the start).

Items reached with the arrow keys (list items, table cells, page tabs) are checked for a name only: Qt has no way to
give an item an accessible id, and cells legitimately repeat names ("150" in two rows).

It prints a readable report and exits 1 when anything failed (2 when the session could not start).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from session import A11ySession, SessionError, app_python

APP_TITLE = "Rehearsal Studio"
MAIN_WINDOW = "^Rehearsal Studio$"  # xdotool matches titles as regexes; other windows end in "— Rehearsal Studio"
LIBRARY_TITLE = "Session library"
REVIEW_TITLE = "Review: "
AUTHORED_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")

# pyatspi finds the accessibility bus from the environment when it is first imported, so it is imported only once
# the private session is up (see _import_atspi).
pyatspi: Any = None
GLib: Any = None
NOT_IN_TAB_CHAIN: set[Any] = set()
SKIP_INSIDE: set[Any] = set()
ITEM_ROLES: set[Any] = set()  # named by their content, reached with arrows; Qt cannot set ids on them


def _import_atspi(env: dict[str, str]) -> None:
    global pyatspi, GLib
    os.environ.update(env)
    try:
        import pyatspi as atspi_module
        from gi.repository import GLib as glib_module
    except ImportError:
        print("audit: pyatspi is missing. Run it with /usr/bin/python3 (apt-get install python3-pyatspi).",
              file=sys.stderr)
        raise SystemExit(2) from None
    pyatspi, GLib = atspi_module, glib_module
    # Roles reached with arrow keys or menu keys rather than Tab: checked for names, not for Tab reach.
    NOT_IN_TAB_CHAIN.update({
        pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
        pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM,
        pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW,
        pyatspi.ROLE_SEPARATOR,
    })
    # Parts of a container (a combo box's popup list, the menus) are audited as the container.
    SKIP_INSIDE.update({pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_BAR})
    ITEM_ROLES.update({pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_SEPARATOR,
                       pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_PAGE_TAB})

@dataclass
class Control:
    role: str
    name: str
    description: str
    ident: str
    focusable: bool
    in_tab_chain: bool

    def label(self) -> str:
        return f"{self.role} '{self.name}' (id {self.ident or 'none'})"


@dataclass
class Screen:
    title: str
    controls: list[Control] = field(default_factory=list)
    tab_order: list[str] = field(default_factory=list)
    focused: str | None = None  # the control that had focus when the window opened
    problems: list[str] = field(default_factory=list)


def pump(seconds: float) -> None:
    """Run GLib's main context so AT-SPI events arrive (no Registry.start(), which would block)."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        time.sleep(0.005)


def states(acc: pyatspi.Accessible) -> pyatspi.StateSet:
    return acc.getState()


def ident_of(acc: pyatspi.Accessible) -> str:
    try:
        return acc.get_accessible_id() or ""
    except Exception:
        return ""


def key_of(acc: pyatspi.Accessible) -> str:
    """A stable key for a control, used to match focus events to the tree."""
    return ident_of(acc) or f"{acc.getRoleName()}:{acc.name}"


def find_app(timeout: float = 30.0) -> pyatspi.Accessible:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            for j in range(app.childCount):
                window = app.getChildAtIndex(j)
                if window is not None and APP_TITLE in (window.name or ""):
                    return app
        pump(0.2)
    raise SessionError("the app did not appear on the accessibility bus")


def find_window(app: pyatspi.Accessible, title: str, timeout: float = 15.0) -> pyatspi.Accessible:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for j in range(app.childCount):
            window = app.getChildAtIndex(j)
            if window is not None and (window.name or "").startswith(title) and \
                    states(window).contains(pyatspi.STATE_SHOWING):
                return window
        pump(0.1)
    raise SessionError(f"the window '{title}' did not open")


def walk(acc: pyatspi.Accessible, out: list[pyatspi.Accessible], depth: int = 0) -> None:
    if depth > 40 or len(out) > 2000:
        return
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is None:
            continue
        st = states(child)
        if not st.contains(pyatspi.STATE_SHOWING):
            continue
        out.append(child)
        if child.getRole() not in SKIP_INSIDE:
            walk(child, out, depth + 1)


def audit_tree(window: pyatspi.Accessible, screen: Screen) -> None:
    if not (window.name or "").strip():
        screen.problems.append("the window has no title")
    nodes: list[pyatspi.Accessible] = []
    walk(window, nodes)
    names: dict[str, list[str]] = {}
    for node in nodes:
        st = states(node)
        role = node.getRole()
        focusable = st.contains(pyatspi.STATE_FOCUSABLE) and st.contains(pyatspi.STATE_SENSITIVE)
        control = Control(
            role=node.getRoleName(), name=(node.name or "").strip(), description=(node.description or "").strip(),
            ident=ident_of(node), focusable=focusable, in_tab_chain=focusable and role not in NOT_IN_TAB_CHAIN,
        )
        if role == pyatspi.ROLE_IMAGE and not control.name and not control.description:
            screen.problems.append(f"an image has no text equivalent (id {control.ident or 'none'})")
        if not focusable:
            continue
        # Qt reports a tab bar's current page tab as focused even when the focus is elsewhere: the Tab walk must
        # start from the control that really has it.
        if st.contains(pyatspi.STATE_FOCUSED) and control.in_tab_chain and \
                role not in (pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PAGE_TAB_LIST):
            screen.focused = control.ident or f"{control.role}:{control.name}"
        screen.controls.append(control)
        if role in ITEM_ROLES:
            if not control.name and role != pyatspi.ROLE_SEPARATOR:
                screen.problems.append(f"a {control.role} has no name")
            continue
        if not control.name:
            screen.problems.append(f"a focusable {control.role} has no accessible name (id {control.ident or 'none'})")
        if role == pyatspi.ROLE_PAGE_TAB_LIST and control.ident:
            pass  # Qt's tab bar ignores the id (and name) the app sets and reports its own (seen with Qt 6.11/6.12)
        elif not control.ident or not AUTHORED_ID.match(control.ident):
            # Qt makes up a dotted class path ("QApplication.QWidget.QPushButton") when the app set no id.
            made_up = f" (Qt made up '{control.ident}')" if control.ident else ""
            screen.problems.append(f"the focusable {control.role} '{control.name}' has no accessible id{made_up}")
        if control.name:
            names.setdefault(control.name.casefold(), []).append(control.label())
    for labels in names.values():
        if len(labels) > 1:
            screen.problems.append("several controls share one name: " + "; ".join(labels))


class FocusWatcher:
    def __init__(self) -> None:
        self.events: list[str] = []
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event: pyatspi.event.Event) -> None:
        if event.detail1 == 1 and event.source is not None:
            try:
                self.events.append(key_of(event.source))
            except Exception:  # the control was gone before we asked (a closing window)
                pass

    def close(self) -> None:
        pyatspi.Registry.deregisterEventListener(self._on_event, "object:state-changed:focused")

    def press(self, session: A11ySession, key: str) -> str | None:
        before = len(self.events)
        session.xdotool("key", "--clearmodifiers", key)
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline and len(self.events) == before:
            pump(0.02)
        pump(0.05)  # a composite control may report its child right after itself
        return self.events[-1] if len(self.events) > before else None


def audit_tab(session: A11ySession, watcher: FocusWatcher, screen: Screen) -> None:
    expected = {c.ident or f"{c.role}:{c.name}" for c in screen.controls if c.in_tab_chain}
    for direction, key in (("Tab", "Tab"), ("Shift+Tab", "shift+Tab")):
        # The walk starts where focus is: the window's focused control, or where the Tab walk left it.
        start = screen.focused if direction == "Tab" or not watcher.events else watcher.events[-1]
        visited: list[str] = [start] if start else []
        for _ in range(len(expected) * 2 + 6):
            focused = watcher.press(session, key)
            if focused is None:
                if visited:
                    screen.problems.append(f"{direction} stopped moving after {visited[-1]} (a focus trap)")
                else:
                    screen.problems.append(f"{direction} moved focus nowhere")
                break
            if visited and focused == visited[0]:
                break  # a full cycle
            visited.append(focused)
        else:
            screen.problems.append(f"{direction} never came back to where it started (a focus trap or a loop)")
        if direction == "Tab":
            screen.tab_order = visited
        if screen.focused is None and visited:
            screen.focused = visited[0]
        missed = sorted(expected - set(visited))
        if missed:
            screen.problems.append(f"{direction} never reaches: {', '.join(missed)}")


def audit_screen(session: A11ySession, app: pyatspi.Accessible, watcher: FocusWatcher, title: str) -> Screen:
    screen = Screen(title)
    try:
        window = find_window(app, title)
    except SessionError as exc:
        screen.problems.append(str(exc))
        return screen
    session.focus_window(title)
    pump(0.3)
    audit_tree(window, screen)
    audit_tab(session, watcher, screen)
    return screen


def _key_binding(acc: Any) -> str:
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return ""
    return " ".join(action.getKeyBinding(i) for i in range(action.nActions) if action.getKeyBinding(i))


def audit_menus(window: Any, screen: Screen) -> None:
    """Every menu has a name and an Alt+letter key binding, and every item in it has a name (buzz #404).

    Qt does not mark open popup menus as showing over AT-SPI, so the menus are read from the tree, not opened.
    """
    bars = [node for node in _children(window) if node.getRole() == pyatspi.ROLE_MENU_BAR]
    if not bars:
        screen.problems.append("the window has no menu bar")
        return
    for menu in _children(bars[0]):
        name = (menu.name or "").strip()
        binding = _key_binding(menu)
        if not name:
            screen.problems.append("a menu has no name")
        if not binding:
            screen.problems.append(f"the {name or 'unnamed'} menu has no Alt+letter key")
        items = [child for popup in _children(menu) for child in _children(popup)
                 if child.getRole() in (pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM)]
        unnamed = sum(1 for item in items if not (item.name or "").strip())
        if unnamed:
            screen.problems.append(f"the {name} menu has {unnamed} item(s) without a name")
        if not items:
            screen.problems.append(f"the {name} menu is empty")
        print(f"audit: {name} menu ({binding}): {', '.join((i.name or '').strip() for i in items)}")


def _children(acc: Any) -> list[Any]:
    return [c for c in (acc.getChildAtIndex(i) for i in range(acc.childCount)) if c is not None]


def audit_announcement(session: A11ySession, screen: Screen) -> None:
    """F2 (say elapsed time) must reach the screen reader as an AT-SPI announcement, not only as text."""
    heard: list[tuple[str, int]] = []

    def on_announcement(event: Any) -> None:
        heard.append((str(event.any_data), int(event.detail1)))

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    session.focus_window(MAIN_WINDOW)
    session.xdotool("key", "--clearmodifiers", "F2")
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and not heard:
        pump(0.05)
    pyatspi.Registry.deregisterEventListener(on_announcement, "object:announcement")
    if not heard:
        screen.problems.append("F2 sent no object:announcement over AT-SPI")
    else:
        text, politeness = heard[-1]
        kind = {1: "polite", 2: "assertive"}.get(politeness, str(politeness))
        print(f"audit: announcement heard over AT-SPI ({kind}): {text!r}")


def _press(session: A11ySession, *keys: str, settle: float = 0.5) -> None:
    for key in keys:
        session.xdotool("key", "--clearmodifiers", key)
        pump(0.15)
    pump(settle)
    session.wait_quiet()  # the app has finished reacting (opening a window) before the next key


def audit_instructor_windows(session: A11ySession, app: Any, watcher: FocusWatcher) -> list[Screen]:
    """The library (Ctrl+L), a session's review (Enter on the library's first session) and its rule pack (Ctrl+K),
    progress (Ctrl+G), the trainee profile (Ctrl+E) and the attempt history (Ctrl+H), each opened by its key and
    closed with Escape."""
    screens = []
    session.focus_window(MAIN_WINDOW)
    _press(session, "ctrl+l", settle=1.0)
    screens.append(audit_screen(session, app, watcher, LIBRARY_TITLE))
    # The Tab walks end where they started, on the trainee filter: Tab, Tab reaches the sessions table and Enter
    # opens the selected session.
    session.focus_window(LIBRARY_TITLE)
    _press(session, "Tab", "Tab", "Return", settle=2.0)  # the review loads its media: give it a moment
    screens.append(audit_screen(session, app, watcher, REVIEW_TITLE))
    _press(session, "ctrl+k", settle=1.0)  # the centre's rule pack of the session's market
    screens.append(audit_screen(session, app, watcher, "Rule pack for"))
    _press(session, "Escape")
    session.focus_window(REVIEW_TITLE)
    _press(session, "Escape")
    session.focus_window(LIBRARY_TITLE)
    _press(session, "Escape")
    for key, title in (("ctrl+g", "Progress"), ("ctrl+e", "Edit trainee"), ("ctrl+h", "Attempt history")):
        session.focus_window(MAIN_WINDOW)
        _press(session, key, settle=1.0)
        screens.append(audit_screen(session, app, watcher, title))
        _press(session, "Escape")
    return screens


def report(screens: list[Screen]) -> int:
    failures = 0
    for screen in screens:
        focusable = [c for c in screen.controls if c.in_tab_chain]
        print(f"== {screen.title}: {len(screen.controls)} focusable nodes, {len(focusable)} in the Tab chain")
        for control in focusable:
            print(f"   {control.label()}" + (f" — {control.description}" if control.description else ""))
        print("   Tab order: " + " → ".join(screen.tab_order))
        for problem in screen.problems:
            print(f"   FAIL: {problem}")
        failures += len(screen.problems)
    print(f"audit: {'PASS' if not failures else 'FAIL'} — {failures} problem(s) in {len(screens)} window(s)")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=app_python(), help="the Python that runs the app (default: the venv)")
    parser.add_argument("--log", type=Path, help="write the app's output here")
    parser.add_argument("--module", default="studio.ui.app", help="the module to run with -m (tests use a broken app)")
    parser.add_argument("--main-only", action="store_true", help="audit the main window only, not the dialogs")
    args = parser.parse_args(argv)
    try:
        with A11ySession() as session:
            _import_atspi(session.env)
            extra = {"STUDIO_CONFIG_DIR": str(session.tmp / "config"), "STUDIO_DATA_DIR": str(session.tmp / "data")}
            log = args.log or session.tmp / "app.log"
            app_proc = session.popen([args.python, "-m", args.module, "--a11y-audit"], log=log,
                                     extra_env=extra)
            session.watched.append(app_proc.pid)
            started = time.monotonic()
            app = find_app()
            print(f"audit: app on the bus after {time.monotonic() - started:.1f} s (display {session.display})")
            watcher = FocusWatcher()
            screens = [audit_screen(session, app, watcher, APP_TITLE)]
            if not args.main_only:
                audit_announcement(session, screens[0])
                audit_menus(find_window(app, APP_TITLE), screens[0])
            # Each dialog is opened with its key, as a keyboard user would, and closed with Escape.
            dialogs = () if args.main_only else (("F1", "Keyboard reference"), ("ctrl+comma", "Settings"),
                                                 ("alt+h", "About"))
            for key, title in dialogs:
                session.focus_window(MAIN_WINDOW)
                session.xdotool("key", "--clearmodifiers", key)
                if key == "alt+h":  # About has no key of its own in the standard layout: Help menu, then A
                    pump(0.5)
                    session.wait_quiet()  # the menu is open before its letter is pressed
                    session.xdotool("key", "a")
                pump(0.5)
                session.wait_quiet()  # a slow machine builds the dialog for longer than any sleep
                screens.append(audit_screen(session, app, watcher, title))
                session.xdotool("key", "Escape")
                pump(0.4)
            if not args.main_only:
                screens += audit_instructor_windows(session, app, watcher)
            watcher.close()
            status = report(screens)
            if app_proc.poll() is not None:
                print(f"audit: FAIL — the app exited early with status {app_proc.returncode}; see {log}")
                status = 1
            return status
    except SessionError as exc:
        print(f"audit: could not run: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
