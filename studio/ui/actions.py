"""The action registry: every command the trainee can give, with its keys, in one place.

Each action has a stable id, a menu text (with an ``&`` mnemonic), a description that is used as the tooltip, the
accessible description and the help text, and two default keys: one for the standard layout and one for single-key
mode (for trainees who cannot press chords: one key, no modifier, no timing). The user can re-bind any key; the
bindings are kept in ``keys.json`` in the settings folder.

Rebinding checks for conflicts with other actions and with keys that belong to someone else: screen readers (NVDA,
JAWS and Orca use Insert and Caps Lock as their modifier and the number pad in desktop layout), the operating system
(Alt+Tab, Alt+F4, Ctrl+Alt+Del, the Super key) and the keys needed to move around the app (Tab, arrows, Enter).

This module imports no Qt so that the keyboard reference can be generated and tested without a display.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from studio.core.errors import StudioError

KEYS_FILE = "keys.json"
KEYS_VERSION = 1


class KeyMode(str, Enum):
    """Which key layout is active."""

    STANDARD = "standard"
    SINGLE = "single"


class KeyConflictError(StudioError):
    """The key the user chose is taken by another action, the screen reader or the system."""


# --------------------------------------------------------------------------- key names

_MODIFIER_ORDER = ("Meta", "Ctrl", "Alt", "Shift", "Num")
_ALIASES = {
    "control": "Ctrl",
    "ctl": "Ctrl",
    "ctrl": "Ctrl",
    "alt": "Alt",
    "option": "Alt",
    "shift": "Shift",
    "meta": "Meta",
    "super": "Meta",
    "win": "Meta",
    "windows": "Meta",
    "num": "Num",
    "kp": "Num",
    "keypad": "Num",
    "esc": "Esc",
    "escape": "Esc",
    "del": "Del",
    "delete": "Del",
    "ins": "Ins",
    "insert": "Ins",
    "return": "Return",
    "enter": "Enter",
    "capslock": "CapsLock",
    "caps lock": "CapsLock",
    "caps": "CapsLock",
    "pgup": "PgUp",
    "pageup": "PgUp",
    "pgdown": "PgDown",
    "pagedown": "PgDown",
    "space": "Space",
    "tab": "Tab",
    "backtab": "Backtab",
    "backspace": "Backspace",
    "print": "Print",
    "printscreen": "Print",
    "home": "Home",
    "end": "End",
    "up": "Up",
    "down": "Down",
    "left": "Left",
    "right": "Right",
}
_MODIFIERS = frozenset(_MODIFIER_ORDER)
# Keys a screen reader uses as its own modifier ("NVDA key", "JAWS key", "Orca modifier").
_SCREEN_READER_MODIFIERS = frozenset({"Ins", "CapsLock"})


def _canonical_token(token: str) -> str:
    alias = _ALIASES.get(token.strip().lower())
    if alias:
        return alias
    token = token.strip()
    if len(token) == 1:
        return token.upper()
    if token[:1] in "fF" and token[1:].isdigit():
        return "F" + token[1:]
    return token[:1].upper() + token[1:]


def normalize_key(key: str) -> str:
    """A key in one canonical spelling ("ctrl+shift+f3" → "Ctrl+Shift+F3"); "" stays "" (no key)."""
    text = key.strip()
    if not text:
        return ""
    if text == "+":
        tokens = ["+"]
    elif text.endswith("++"):
        tokens = [*text[:-2].split("+"), "+"]
    else:
        tokens = text.split("+")
    if any(not t.strip() for t in tokens):
        raise StudioError(f"'{key}' is not a key name. Write keys like F5, Ctrl+O or Shift+F3.")
    names = [_canonical_token(t) for t in tokens]
    mods = names[:-1]
    unknown = [m for m in mods if m not in _MODIFIERS and m not in _SCREEN_READER_MODIFIERS]
    if unknown:
        raise StudioError(f"'{unknown[0]}' in '{key}' is not a modifier key. Use Ctrl, Alt, Shift or Meta.")
    ordered = [m for m in _MODIFIER_ORDER if m in mods] + sorted(m for m in mods if m in _SCREEN_READER_MODIFIERS)
    return "+".join([*ordered, names[-1]])


def key_parts(key: str) -> tuple[frozenset[str], str]:
    """(modifiers, main key) of a key."""
    norm = normalize_key(key)
    if norm == "+":
        names = ["+"]
    elif norm.endswith("++"):
        names = [*norm[:-2].split("+"), "+"]
    else:
        names = norm.split("+")
    return frozenset(names[:-1]), names[-1]


def is_single_key(key: str) -> bool:
    """True when the key is pressed alone: no modifier, so no chord and no timing."""
    mods, main = key_parts(key)
    return not mods and main not in _MODIFIERS


def spoken_key(key: str) -> str:
    """The key as a screen reader user would say it: "Control plus O"."""
    if not key:
        return "no key"
    words = {
        "Ctrl": "Control",
        "Esc": "Escape",
        "Del": "Delete",
        "Ins": "Insert",
        "PgUp": "Page Up",
        "PgDown": "Page Down",
        "Num": "Number pad",
        ",": "Comma",
        "+": "Plus",
        "-": "Minus",
        "=": "Equals",
        ".": "Period",
    }
    mods, main = key_parts(key)
    ordered = [m for m in _MODIFIER_ORDER if m in mods] + sorted(mods & _SCREEN_READER_MODIFIERS)
    return " plus ".join(words.get(p, p) for p in [*ordered, main])


# --------------------------------------------------------------------------- keys that belong to others

# Navigation the app (and every screen reader) needs; binding these would make the app unusable.
_NAVIGATION = {
    "Tab": "Tab moves between controls",
    "Shift+Tab": "Shift plus Tab moves back between controls",
    "Backtab": "Shift plus Tab moves back between controls",
    "Return": "Enter activates the focused control",
    "Enter": "Enter activates the focused control",
    "Space": "Space presses the focused button",
    "Esc": "Escape closes dialogs and menus",
    "Up": "the arrow keys move in lists and menus",
    "Down": "the arrow keys move in lists and menus",
    "Left": "the arrow keys move in lists and menus",
    "Right": "the arrow keys move in lists and menus",
    "Home": "Home and End move in lists and text",
    "End": "Home and End move in lists and text",
    "PgUp": "Page Up and Page Down move in lists and text",
    "PgDown": "Page Up and Page Down move in lists and text",
}

# Keys the operating system or the desktop takes before any app sees them.
_SYSTEM = {
    "Alt+Tab": "the system switches windows with Alt plus Tab",
    "Alt+Shift+Tab": "the system switches windows with Alt plus Shift plus Tab",
    "Alt+F4": "the system closes the window with Alt plus F4",
    "Ctrl+Alt+Del": "Control plus Alt plus Delete belongs to the system",
    "Ctrl+Shift+Esc": "the system opens the task manager with Control plus Shift plus Escape",
    "Ctrl+Esc": "the system opens the start menu with Control plus Escape",
    "Alt+Esc": "the system switches windows with Alt plus Escape",
    "Alt+Space": "the system opens the window menu with Alt plus Space",
    "Alt+F1": "the desktop opens its menu with Alt plus F1",
    "Alt+F2": "the desktop opens its run dialog with Alt plus F2",
    "Ctrl+Alt+T": "the desktop opens a terminal with Control plus Alt plus T",
    "Ctrl+Alt+Backspace": "Control plus Alt plus Backspace can stop the display server",
    "Print": "Print Screen belongs to the system",
    "Alt+Print": "Print Screen belongs to the system",
    "Ctrl+Alt+N": "Control plus Alt plus N starts NVDA",
    "Ctrl+Alt+J": "Control plus Alt plus J starts JAWS",
    "Ctrl+Alt+S": "Control plus Alt plus S is the usual key to start a screen reader on some desktops",
}
_SYSTEM.update({f"Ctrl+Alt+F{n}": f"Control plus Alt plus F{n} switches to another console" for n in range(1, 13)})

# Menu mnemonics of the main window (Alt plus the underlined letter). The main window builds its menus from
# MENUS, so this stays in step.
MENUS: tuple[tuple[str, str], ...] = (
    ("file", "&File"),
    ("session", "&Session"),
    ("feedback", "Fee&dback"),
    ("view", "&View"),
    # "&Review", not the "Re&view" first suggested: Alt+V already opens the View menu.
    ("review", "&Review"),
    ("help", "&Help"),
)

# Where an action works. Main-window actions and review-window actions live in different top-level windows (their
# QActions are window shortcuts), so the same key may do the matching thing in each: F3 is "next finding" in both.
MAIN_SCOPE = "main"
REVIEW_SCOPE = "review_window"


def _menu_keys() -> dict[str, str]:
    keys = {}
    for _, text in MENUS:
        letter = text[text.index("&") + 1]
        keys[f"Alt+{letter.upper()}"] = f"Alt plus {letter.upper()} opens the {text.replace('&', '')} menu"
    return keys


def reserved_reason(key: str) -> str | None:
    """Why a key cannot be bound (it belongs to a screen reader, the system or navigation), or None if it is free."""
    norm = normalize_key(key)
    mods, main = key_parts(norm)
    if main in _MODIFIERS or (main in _SCREEN_READER_MODIFIERS and not mods):
        if main in _SCREEN_READER_MODIFIERS:
            return f"{spoken_key(main)} is the screen reader key for NVDA, JAWS and Orca"
        return f"{spoken_key(main)} alone is a modifier; NVDA uses Control and Shift alone to stop and pause speech"
    if (mods | {main}) & _SCREEN_READER_MODIFIERS:
        return "Insert and Caps Lock combinations belong to the screen reader (NVDA, JAWS and Orca)"
    if "Num" in mods:
        return "the number pad keys are screen reader commands in NVDA, JAWS and Orca desktop layout"
    if "Meta" in mods or main == "Meta":
        return "the Windows or Super key belongs to the system"
    for table in (_NAVIGATION, _SYSTEM, _menu_keys()):
        if norm in table:
            return table[norm]
    return None


# --------------------------------------------------------------------------- the actions


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command: what it is called, what it does, and its default keys."""

    id: str
    text: str  # menu text with an & mnemonic
    description: str  # one sentence, without the key (the key is added: see ActionRegistry.description)
    default_key: str
    single_key: str
    menu: str
    scope: str = MAIN_SCOPE  # the window whose keys it shares (conflicts are checked within one scope)

    def __post_init__(self) -> None:
        if not self.id.isidentifier():
            raise ValueError(f"action id {self.id!r} must be an identifier")
        if not self.description.strip().endswith("."):
            raise ValueError(f"the description of {self.id} must be a sentence ending with a full stop")
        if self.single_key and not is_single_key(self.single_key):
            raise ValueError(f"the single-key default of {self.id} must be one key without a modifier")

    @property
    def plain_text(self) -> str:
        return self.text.replace("&", "")

    @property
    def label(self) -> str:
        """The command's name where every command is listed (settings): review-window commands say so."""
        return f"Review: {self.plain_text}" if self.scope == REVIEW_SCOPE else self.plain_text


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("record", "Start or stop &recording", "Start or stop recording.", "F5", "F5", "session"),
    ActionSpec("elapsed", "Say &elapsed time", "Say how long you have been recording.", "F2", "F2", "session"),
    ActionSpec("marker", "Drop a &marker", "Mark this moment to look at later.", "F9", "F9", "session"),
    ActionSpec("try_again", "&Try again", "Clear the last attempt and get ready to record again.", "Ctrl+R", "T",
               "session"),
    ActionSpec("open_script", "&Open script…", "Choose the script to rehearse.", "Ctrl+O", "O", "file"),
    ActionSpec("settings", "&Settings…", "Change keys, theme, zoom, where messages go and the speech rate.", "Ctrl+,",
               "S", "file"),
    ActionSpec("quit", "&Quit", "Close Rehearsal Studio.", "Ctrl+Q", "Q", "file"),
    ActionSpec("next_finding", "&Next finding", "Go to the next piece of feedback and read it.", "F3", "F3",
               "feedback"),
    ActionSpec("previous_finding", "&Previous finding", "Go to the previous piece of feedback and read it.",
               "Shift+F3", "F4", "feedback"),
    ActionSpec("play_finding", "P&lay from finding", "Play the recording from the selected piece of feedback.", "F6",
               "F6", "feedback"),
    ActionSpec("repeat_last", "R&epeat last message", "Say the last message again.", "F8", "F8", "feedback"),
    ActionSpec("stop_speech", "&Stop speaking", "Stop the app's voice.", "F7", "F7", "feedback"),
    ActionSpec("zoom_in", "Zoom &in", "Make text and controls bigger, up to 200 percent.", "Ctrl+=", "=", "view"),
    ActionSpec("zoom_out", "Zoom &out", "Make text and controls smaller, down to 100 percent.", "Ctrl+-", "-", "view"),
    ActionSpec("zoom_reset", "&Reset zoom", "Set the zoom back to 100 percent.", "Ctrl+0", "0", "view"),
    ActionSpec("teleprompter", "Show or hide the &teleprompter", "Show or hide the script text while you record.",
               "F11", "F11", "view"),
    ActionSpec("switch_theme", "Switch t&heme", "Switch between the normal and the two high-contrast themes.", "F12",
               "F12", "view"),
    ActionSpec("keyboard_help", "&Keyboard reference", "Open the list of every command and its key.", "F1", "F1",
               "help"),
    ActionSpec("about", "&About Rehearsal Studio", "Show the version and what the app does.", "", "A", "help"),
    # The instructor's windows, opened from the main window's Review menu.
    ActionSpec("open_library", "Session &library…", "Open the library of every recorded session; Enter on a session "
               "opens its review.", "Ctrl+L", "L", "review"),
    ActionSpec("open_progress", "&Progress…", "Show how the current trainee's scores changed over the sessions.",
               "Ctrl+G", "G", "review"),
    ActionSpec("trainee_profile", "&Trainee profile…", "Edit the current trainee's name, language, market and pace.",
               "Ctrl+E", "E", "review"),
)

# The review window's commands (studio.ui.review.review_window). Keys avoid Space and the arrows (they operate the
# focused list or button) and the screen readers' keys; F2 and F3 do what they do in the main window.
REVIEW_ACTIONS: tuple[ActionSpec, ...] = tuple(
    ActionSpec(*fields, "review", REVIEW_SCOPE) for fields in (
        ("review_play_pause", "&Play or pause", "Play or pause the recording.", "Ctrl+P", "P"),
        ("review_back", "&Back five seconds", "Jump back five seconds.", "Alt+Left", "J"),
        ("review_forward", "&Forward five seconds", "Jump forward five seconds.", "Alt+Right", "L"),
        ("review_slower", "&Slower", "Play more slowly, down to half speed.", "Ctrl+[", "["),
        ("review_faster", "F&aster", "Play faster, up to double speed.", "Ctrl+]", "]"),
        ("review_next_finding", "&Next finding", "Go to the next piece of feedback and play from it.", "F3", "F3"),
        ("review_previous_finding", "P&revious finding", "Go to the previous piece of feedback and play from it.",
         "Shift+F3", "F4"),
        ("review_comment", "Add &comment", "Write a comment at the current moment.", "Ctrl+M", "M"),
        ("review_voice_note", "Record &voice note", "Start or stop a voice note at the current moment.",
         "Ctrl+Shift+M", "N"),
        ("review_dismiss", "&Dismiss finding", "Dismiss the selected finding, with the reason you typed.", "Ctrl+D",
         "D"),
        ("review_where", "Say &where", "Say the current time and speed.", "F2", "F2"),
    )
)

ACTIONS = ACTIONS + REVIEW_ACTIONS


@dataclass(frozen=True, slots=True)
class Conflict:
    """Why a key cannot be used for an action: another action has it, or it belongs to someone else."""

    key: str
    reason: str
    other_action: str | None = None


class ActionRegistry:
    """The actions and the user's key bindings for both key modes."""

    def __init__(self, actions: Iterable[ActionSpec] = ACTIONS, *, path: Path | None = None) -> None:
        self._actions: dict[str, ActionSpec] = {}
        for spec in actions:
            if spec.id in self._actions:
                raise ValueError(f"two actions have the id {spec.id}")
            self._actions[spec.id] = spec
        self.path = path
        self.mode = KeyMode.STANDARD
        self._overrides: dict[KeyMode, dict[str, str]] = {KeyMode.STANDARD: {}, KeyMode.SINGLE: {}}
        self.load_problem: str | None = None
        if path is not None:
            self._load(path)

    # ------------------------------------------------------------------ reading

    def __iter__(self) -> Iterator[ActionSpec]:
        return iter(self._actions.values())

    def __len__(self) -> int:
        return len(self._actions)

    def get(self, action_id: str) -> ActionSpec:
        try:
            return self._actions[action_id]
        except KeyError:
            raise StudioError(f"there is no command called {action_id}") from None

    def default_key(self, action_id: str, mode: KeyMode | None = None) -> str:
        spec = self.get(action_id)
        return spec.single_key if (mode or self.mode) is KeyMode.SINGLE else spec.default_key

    def key(self, action_id: str, mode: KeyMode | None = None) -> str:
        """The key bound to an action in a mode (the current mode by default); "" means no key."""
        mode = mode or self.mode
        return self._overrides[mode].get(action_id, self.default_key(action_id, mode))

    def bindings(self, mode: KeyMode | None = None) -> dict[str, str]:
        return {spec.id: self.key(spec.id, mode) for spec in self}

    def description(self, action_id: str, mode: KeyMode | None = None) -> str:
        """The tooltip, accessible description and help text: "Start or stop recording. Key: F5."."""
        key = self.key(action_id, mode)
        suffix = f" Key: {key}." if key else " No key."
        return self.get(action_id).description + suffix

    # ------------------------------------------------------------------ conflicts and rebinding

    def conflicts(self, action_id: str, key: str, mode: KeyMode | None = None) -> list[Conflict]:
        """Every reason the key cannot be used for the action in the mode (empty: the key is free)."""
        mode = mode or self.mode
        self.get(action_id)
        if not key:
            return []
        norm = normalize_key(key)
        found: list[Conflict] = []
        reason = reserved_reason(norm)
        if reason:
            found.append(Conflict(norm, reason))
        if mode is KeyMode.SINGLE and not is_single_key(norm):
            found.append(Conflict(norm, "single-key mode needs one key without Control, Alt or Shift"))
        scope = self.get(action_id).scope
        for other, bound in self.bindings(mode).items():
            if other != action_id and bound and self.get(other).scope == scope and normalize_key(bound) == norm:
                found.append(Conflict(norm, f"{spoken_key(norm)} already does {self.get(other).plain_text}", other))
        return found

    def rebind(self, action_id: str, key: str, mode: KeyMode | None = None) -> str:
        """Bind a key (or "" for none) and save; raises KeyConflictError naming the conflict. Returns the key."""
        mode = mode or self.mode
        norm = normalize_key(key) if key else ""
        problems = self.conflicts(action_id, norm, mode)
        if problems:
            spec = self.get(action_id)
            raise KeyConflictError(f"{spoken_key(norm)} cannot be used for {spec.plain_text}: {problems[0].reason}.")
        if norm == self.default_key(action_id, mode):
            self._overrides[mode].pop(action_id, None)
        else:
            self._overrides[mode][action_id] = norm
        self.save()
        return norm

    def reset(self, mode: KeyMode | None = None) -> None:
        """Go back to the default keys of a mode (both modes when None)."""
        for m in [mode] if mode else list(KeyMode):
            self._overrides[m].clear()
        self.save()

    def validate(self, mode: KeyMode | None = None) -> list[Conflict]:
        """Every conflict in the current bindings of a mode (used by tests and after loading a file)."""
        found: list[Conflict] = []
        for action_id, key in self.bindings(mode).items():
            for conflict in self.conflicts(action_id, key, mode):
                # A clash between two actions is found from both sides; keep one.
                if conflict.other_action is None or action_id < conflict.other_action:
                    found.append(conflict)
        return found

    # ------------------------------------------------------------------ persistence

    def _load(self, path: Path) -> None:
        if not path.exists():
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("the file does not hold an object")
            for mode in KeyMode:
                section = data.get(mode.value, {})
                if not isinstance(section, Mapping):
                    raise ValueError(f"'{mode.value}' is not an object")
                for action_id, key in section.items():
                    if action_id in self._actions and isinstance(key, str):
                        self._overrides[mode][action_id] = normalize_key(key) if key else ""
        except (ValueError, StudioError, UnicodeDecodeError) as exc:
            self.load_problem = f"The key settings file could not be read ({exc}); the default keys are used."
            for section in self._overrides.values():
                section.clear()
            return
        for mode in KeyMode:
            if self.validate(mode):
                self.load_problem = "The saved keys had conflicts; the default keys are used for that layout."
                self._overrides[mode].clear()

    def save(self) -> None:
        if self.path is None:
            return
        from studio.services.files import atomic_write_text

        body = {"version": KEYS_VERSION, **{m.value: dict(sorted(self._overrides[m].items())) for m in KeyMode}}
        atomic_write_text(self.path, json.dumps(body, indent=2) + "\n")


def default_registry_path() -> Path:
    from studio.services.paths import config_dir

    return config_dir() / KEYS_FILE


def keyboard_reference_markdown(registry: ActionRegistry | None = None) -> str:
    """The keyboard reference, as shipped in accessibility/keyboard-reference.md and shown in the app's help."""
    registry = registry or ActionRegistry()
    titles = dict(MENUS)
    lines = [
        "# Keyboard reference",
        "",
        "<!-- Generated by tools/gen_keyboard_reference.py from studio/ui/actions.py. Do not edit by hand. -->",
        "",
        "Every command has a key. In **single-key mode** (Settings) every command is one key with no Control, Alt",
        "or Shift; letter keys work when the focus is not in a text field. Keys can be changed in Settings; keys",
        "that belong to your screen reader (Insert, Caps Lock, the number pad) or to the system are refused.",
        "",
        "Moving around: Tab and Shift+Tab move between controls, arrow keys move in lists and menus, Enter or",
        "Space activates, Escape closes a dialog. Menus open with Alt and the underlined letter.",
        "",
    ]
    sections: list[tuple[str, list[ActionSpec]]] = []
    for menu_id, menu_text in MENUS:
        letter = menu_text[menu_text.index("&") + 1].upper()
        sections.append((f"## {titles[menu_id].replace('&', '')} menu (Alt+{letter})",
                         [s for s in registry if s.menu == menu_id and s.scope == MAIN_SCOPE]))
    sections.append(("## In the review window (Enter on a session in the library opens it)",
                     [s for s in registry if s.scope == REVIEW_SCOPE]))
    for heading, specs in sections:
        if not specs:
            continue
        lines += [heading, ""]
        lines += ["| Command | Key | Single-key mode | What it does |", "|---|---|---|---|"]
        for spec in specs:
            std = registry.key(spec.id, KeyMode.STANDARD) or "none"
            single = registry.key(spec.id, KeyMode.SINGLE) or "none"
            lines.append(f"| {spec.plain_text} | {std} | {single} | {spec.description} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
