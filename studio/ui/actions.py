"""The action registry: every command the trainee can give, with its keys, in one place.

Each action has a stable id, a menu text (with an ``&`` mnemonic), a description that is used as the tooltip, the
accessible description and the help text, and two default keys: one for the standard layout and one for single-key
mode (for trainees who cannot press chords: one key, no modifier, no timing). The user can re-bind any key; the
bindings are kept in ``keys.json`` in the settings folder.

Rebinding checks for conflicts with other actions and with keys that belong to someone else: screen readers (NVDA,
JAWS and Orca use Insert and Caps Lock as their modifier and the number pad in desktop layout), the operating system
(Alt+Tab, Alt+F4, Ctrl+Alt+Del, the Super key) and the keys needed to move around the app (Tab, arrows, Enter).

This module imports no Qt so that the keyboard reference can be generated and tested without a display.

Translation: the texts of the actions, menus and key tables are written in English and marked with ``tr_noop``; the
stored fields (``ActionSpec.text``, ``ActionSpec.description``, the titles in ``MENUS``) stay English. What is shown
is translated when it is asked for: ``ActionSpec.menu_text`` / ``plain_text`` / ``label`` / ``shown_description``,
``menu_title``, ``ActionRegistry.description``, ``spoken_key``, ``reserved_reason``, conflict messages and
``keyboard_reference_markdown`` return the interface language (English in headless tools such as
tools/gen_keyboard_reference.py, where no catalogue is installed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from studio.core.errors import StudioError
from studio.core.i18n import tr, tr_noop

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
        raise StudioError(tr("'{key}' is not a key name. Write keys like F5, Ctrl+O or Shift+F3.").format(key=key))
    names = [_canonical_token(t) for t in tokens]
    mods = names[:-1]
    unknown = [m for m in mods if m not in _MODIFIERS and m not in _SCREEN_READER_MODIFIERS]
    if unknown:
        message = tr("'{name}' in '{key}' is not a modifier key. Use Ctrl, Alt, Shift or Meta.")
        raise StudioError(message.format(name=unknown[0], key=key))
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


# How a key name is said (translated where it is said; letters, digits and F-keys are said as they are).
_KEY_WORDS: dict[str, str] = {
    "Ctrl": tr_noop("Control"),
    "Alt": tr_noop("Alt"),
    "Shift": tr_noop("Shift"),
    "Esc": tr_noop("Escape"),
    "Del": tr_noop("Delete"),
    "Ins": tr_noop("Insert"),
    "PgUp": tr_noop("Page Up"),
    "PgDown": tr_noop("Page Down"),
    "Num": tr_noop("Number pad"),
    "CapsLock": tr_noop("CapsLock"),
    "Print": tr_noop("Print"),
    "Space": tr_noop("Space"),
    "Tab": tr_noop("Tab"),
    "Backspace": tr_noop("Backspace"),
    "Return": tr_noop("Return"),
    "Enter": tr_noop("Enter"),
    "Home": tr_noop("Home"),
    "End": tr_noop("End"),
    "Up": tr_noop("Up"),
    "Down": tr_noop("Down"),
    "Left": tr_noop("Left"),
    "Right": tr_noop("Right"),
    ",": tr_noop("Comma"),
    "+": tr_noop("Plus"),
    "-": tr_noop("Minus"),
    "=": tr_noop("Equals"),
    ".": tr_noop("Period"),
}


def spoken_key(key: str) -> str:
    """The key as a screen reader user would say it, in the interface language: "Control plus O"."""
    if not key:
        return tr("no key")
    mods, main = key_parts(key)
    ordered = [m for m in _MODIFIER_ORDER if m in mods] + sorted(mods & _SCREEN_READER_MODIFIERS)
    words = [tr(_KEY_WORDS[p]) if p in _KEY_WORDS else p for p in [*ordered, main]]
    said = words[0]
    for word in words[1:]:
        said = tr("{keys} plus {key}").format(keys=said, key=word)
    return said


# Key names written on the key cap that a language writes its own way ("Alt+Left" → "Alt+左方向键").
_SHOWN_KEYS: dict[str, str] = {
    "Left": tr_noop("Left"),
    "Right": tr_noop("Right"),
    "Up": tr_noop("Up"),
    "Down": tr_noop("Down"),
    "Home": tr_noop("Home"),
    "End": tr_noop("End"),
    "Del": tr_noop("Del"),
    "Ins": tr_noop("Ins"),
}


def shown_key(key: str) -> str:
    """The key as written in a tooltip, in the interface language ("Alt+Left"); modifiers keep their key-cap names."""
    if not key:
        return tr("no key")
    mods, main = key_parts(key)
    ordered = [m for m in _MODIFIER_ORDER if m in mods] + sorted(mods & _SCREEN_READER_MODIFIERS)
    return "+".join([*ordered, tr(_SHOWN_KEYS[main]) if main in _SHOWN_KEYS else main])


# --------------------------------------------------------------------------- keys that belong to others

# Navigation the app (and every screen reader) needs; binding these would make the app unusable.
_NAVIGATION: dict[str, str] = {
    "Tab": tr_noop("Tab moves between controls"),
    "Shift+Tab": tr_noop("Shift plus Tab moves back between controls"),
    "Backtab": tr_noop("Shift plus Tab moves back between controls"),
    "Return": tr_noop("Enter activates the focused control"),
    "Enter": tr_noop("Enter activates the focused control"),
    "Space": tr_noop("Space presses the focused button"),
    "Esc": tr_noop("Escape closes dialogs and menus"),
    "Up": tr_noop("the arrow keys move in lists and menus"),
    "Down": tr_noop("the arrow keys move in lists and menus"),
    "Left": tr_noop("the arrow keys move in lists and menus"),
    "Right": tr_noop("the arrow keys move in lists and menus"),
    "Home": tr_noop("Home and End move in lists and text"),
    "End": tr_noop("Home and End move in lists and text"),
    "PgUp": tr_noop("Page Up and Page Down move in lists and text"),
    "PgDown": tr_noop("Page Up and Page Down move in lists and text"),
}

# Keys the operating system or the desktop takes before any app sees them.
_SYSTEM: dict[str, str] = {
    "Alt+Tab": tr_noop("the system switches windows with Alt plus Tab"),
    "Alt+Shift+Tab": tr_noop("the system switches windows with Alt plus Shift plus Tab"),
    "Alt+F4": tr_noop("the system closes the window with Alt plus F4"),
    "Ctrl+Alt+Del": tr_noop("Control plus Alt plus Delete belongs to the system"),
    "Ctrl+Shift+Esc": tr_noop("the system opens the task manager with Control plus Shift plus Escape"),
    "Ctrl+Esc": tr_noop("the system opens the start menu with Control plus Escape"),
    "Alt+Esc": tr_noop("the system switches windows with Alt plus Escape"),
    "Alt+Space": tr_noop("the system opens the window menu with Alt plus Space"),
    "Alt+F1": tr_noop("the desktop opens its menu with Alt plus F1"),
    "Alt+F2": tr_noop("the desktop opens its run dialog with Alt plus F2"),
    "Ctrl+Alt+T": tr_noop("the desktop opens a terminal with Control plus Alt plus T"),
    "Ctrl+Alt+Backspace": tr_noop("Control plus Alt plus Backspace can stop the display server"),
    "Print": tr_noop("Print Screen belongs to the system"),
    "Alt+Print": tr_noop("Print Screen belongs to the system"),
    "Ctrl+Alt+N": tr_noop("Control plus Alt plus N starts NVDA"),
    "Ctrl+Alt+J": tr_noop("Control plus Alt plus J starts JAWS"),
    "Ctrl+Alt+S": tr_noop("Control plus Alt plus S is the usual key to start a screen reader on some desktops"),
}
# Control+Alt+F1 to F12 switch to a text console (the reason is said with the number: see reserved_reason).
_CONSOLE_KEYS: dict[str, int] = {f"Ctrl+Alt+F{n}": n for n in range(1, 13)}

# Menu mnemonics of the main window (Alt plus the underlined letter). The main window builds its menus from
# MENUS, so this stays in step.
# The titles stay English here; show them with menu_title(menu_id) (or tr(title)).
MENUS: tuple[tuple[str, str], ...] = (
    ("file", tr_noop("&File")),
    ("session", tr_noop("&Session")),
    ("feedback", tr_noop("Fee&dback")),
    ("view", tr_noop("&View")),
    # "&Review", not the "Re&view" first suggested: Alt+V already opens the View menu.
    ("review", tr_noop("&Review")),
    ("help", tr_noop("&Help")),
)

# Where an action works. Main-window actions and review-window actions live in different top-level windows (their
# QActions are window shortcuts), so the same key may do the matching thing in each: F3 is "next finding" in both.
MAIN_SCOPE = "main"
REVIEW_SCOPE = "review_window"


def strip_mnemonic(text: str) -> str:
    """A menu text without its access key: "&File" → "File", "文件(&F)" → "文件", "R&&D" → "R&D"."""
    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic_letter(text: str) -> str | None:
    """The access key of a menu text, upper case ("Fee&dback" → "D"), or None when it has none."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def menu_title(menu_id: str) -> str:
    """The title of a main-window menu in the interface language, with its ``&`` access key (for QMenu)."""
    return tr(dict(MENUS)[menu_id])


def _menu_keys() -> dict[str, str]:
    """Alt plus each menu's access key, as the menus are shown now and in English (a translation may use other
    letters; keeping both free means a key chosen in one language still works after switching)."""
    keys: dict[str, str] = {}
    for _, text in MENUS:
        letter = mnemonic_letter(tr(text))
        if letter:
            keys[f"Alt+{letter}"] = tr("Alt plus {letter} opens the {menu} menu").format(
                letter=letter, menu=strip_mnemonic(tr(text))
            )
    for _, text in MENUS:
        letter = mnemonic_letter(text)
        if letter and f"Alt+{letter}" not in keys:
            keys[f"Alt+{letter}"] = tr("Alt plus {letter} opens the {menu} menu when the app is in English").format(
                letter=letter, menu=strip_mnemonic(tr(text))
            )
    return keys


def reserved_reason(key: str) -> str | None:
    """Why a key cannot be bound (it belongs to a screen reader, the system or navigation), or None if it is free."""
    norm = normalize_key(key)
    mods, main = key_parts(norm)
    if main in _MODIFIERS or (main in _SCREEN_READER_MODIFIERS and not mods):
        if main in _SCREEN_READER_MODIFIERS:
            return tr("{key} is the screen reader key for NVDA, JAWS and Orca").format(key=spoken_key(main))
        return tr("{key} alone is a modifier; NVDA uses Control and Shift alone to stop and pause speech").format(
            key=spoken_key(main)
        )
    if (mods | {main}) & _SCREEN_READER_MODIFIERS:
        return tr("Insert and Caps Lock combinations belong to the screen reader (NVDA, JAWS and Orca)")
    if "Num" in mods:
        return tr("the number pad keys are screen reader commands in NVDA, JAWS and Orca desktop layout")
    if "Meta" in mods or main == "Meta":
        return tr("the Windows or Super key belongs to the system")
    for table in (_NAVIGATION, _SYSTEM):
        if norm in table:
            return tr(table[norm])
    if norm in _CONSOLE_KEYS:
        return tr("Control plus Alt plus F{number} switches to another console").format(number=_CONSOLE_KEYS[norm])
    return _menu_keys().get(norm)


# --------------------------------------------------------------------------- the actions


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command: what it is called, what it does, and its default keys."""

    id: str
    text: str  # menu text with an & mnemonic, English (shown: menu_text)
    description: str  # one sentence, without the key, English (shown: ActionRegistry.description)
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
    def menu_text(self) -> str:
        """The menu text in the interface language, with its ``&`` access key (for a QAction)."""
        return tr(self.text)

    @property
    def plain_text(self) -> str:
        """The command's name in the interface language, without the access key."""
        return strip_mnemonic(tr(self.text))

    @property
    def label(self) -> str:
        """The command's name where every command is listed (settings), translated: review-window commands say so."""
        if self.scope == REVIEW_SCOPE:
            return tr("Review: {command}").format(command=self.plain_text)
        return self.plain_text

    @property
    def shown_description(self) -> str:
        """The description in the interface language, without the key (ActionRegistry.description adds it)."""
        return tr(self.description)


# Texts are English, marked for the catalogue with tr_noop; they are translated where they are shown.
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("record", tr_noop("Start or stop &recording"), tr_noop("Start or stop recording."), "F5", "F5",
               "session"),
    ActionSpec("elapsed", tr_noop("Say &elapsed time"), tr_noop("Say how long you have been recording."), "F2", "F2",
               "session"),
    ActionSpec("marker", tr_noop("Drop a &marker"), tr_noop("Mark this moment to look at later."), "F9", "F9",
               "session"),
    ActionSpec("try_again", tr_noop("&Try again"), tr_noop("Clear the last attempt and get ready to record again."),
               "Ctrl+R", "T", "session"),
    ActionSpec("open_script", tr_noop("&Open script…"), tr_noop("Choose the script to rehearse."), "Ctrl+O", "O",
               "file"),
    # Issue 7: a recording made elsewhere (a phone recording of a real livestream) analysed like a rehearsal.
    ActionSpec("import_recording", tr_noop("&Analyse a recording…"),
               tr_noop("Choose a video or audio file made elsewhere and get feedback on it as on a rehearsal, with "
                       "the script and market chosen here."), "Ctrl+I", "I", "file"),
    ActionSpec("settings", tr_noop("&Settings…"),
               tr_noop("Change the language, look, voice, devices, countdown, live cues and keys."), "Ctrl+,", "S",
               "file"),
    ActionSpec("quit", tr_noop("&Quit"), tr_noop("Close Rehearsal Studio."), "Ctrl+Q", "Q", "file"),
    ActionSpec("next_finding", tr_noop("&Next finding"), tr_noop("Go to the next piece of feedback and read it."),
               "F3", "F3", "feedback"),
    ActionSpec("previous_finding", tr_noop("&Previous finding"),
               tr_noop("Go to the previous piece of feedback and read it."), "Shift+F3", "F4", "feedback"),
    ActionSpec("play_finding", tr_noop("P&lay from finding"),
               tr_noop("Play the recording from the selected piece of feedback."), "F6", "F6", "feedback"),
    ActionSpec("repeat_last", tr_noop("R&epeat last message"), tr_noop("Say the last message again."), "F8", "F8",
               "feedback"),
    ActionSpec("stop_speech", tr_noop("&Stop speaking"), tr_noop("Stop the app's voice."), "F7", "F7", "feedback"),
    ActionSpec("zoom_in", tr_noop("Zoom &in"), tr_noop("Make text and controls bigger, up to 200 percent."), "Ctrl+=",
               "=", "view"),
    ActionSpec("zoom_out", tr_noop("Zoom &out"), tr_noop("Make text and controls smaller, down to 100 percent."),
               "Ctrl+-", "-", "view"),
    ActionSpec("zoom_reset", tr_noop("&Reset zoom"), tr_noop("Set the zoom back to 100 percent."), "Ctrl+0", "0",
               "view"),
    ActionSpec("teleprompter", tr_noop("Show or hide the &teleprompter"),
               tr_noop("Show or hide the script text while you record."), "F11", "F11", "view"),
    ActionSpec("switch_theme", tr_noop("Switch t&heme"),
               tr_noop("Switch between the normal and the two high-contrast themes."), "F12", "F12", "view"),
    ActionSpec("keyboard_help", tr_noop("&Keyboard reference"), tr_noop("Open the list of every command and its key."),
               "F1", "F1", "help"),
    ActionSpec("about", tr_noop("&About Rehearsal Studio"), tr_noop("Show the version and what the app does."), "",
               "A", "help"),
    # The instructor's windows, opened from the main window's Review menu.
    ActionSpec("open_library", tr_noop("Session &library…"),
               tr_noop("Open the library of every recorded session; Enter on a session opens its review."), "Ctrl+L",
               "L", "review"),
    ActionSpec("open_progress", tr_noop("&Progress…"),
               tr_noop("Show how the current trainee's scores changed over the sessions."), "Ctrl+G", "G", "review"),
    ActionSpec("trainee_profile", tr_noop("&Trainee profile…"),
               tr_noop("Edit the current trainee's name, language, market and pace."), "Ctrl+E", "E", "review"),
    # The trainee's workflow (issue 7): the attempts on the current script, and the welcome guide again.
    ActionSpec("attempt_history", tr_noop("Attempt &history…"),
               tr_noop("Hear and see your attempts on the current script and how your scores changed; Enter on an "
                       "attempt shows its feedback."), "Ctrl+H", "H", "feedback"),
    ActionSpec("welcome_guide", tr_noop("&Welcome guide"),
               tr_noop("Show and say the short guide to the app and its most important keys."), "Shift+F1", "W",
               "help"),
)

# The review window's commands (studio.ui.review.review_window). Keys avoid Space and the arrows (they operate the
# focused list or button) and the screen readers' keys; F2 and F3 do what they do in the main window.
REVIEW_ACTIONS: tuple[ActionSpec, ...] = tuple(
    ActionSpec(*fields, "review", REVIEW_SCOPE) for fields in (
        ("review_play_pause", tr_noop("&Play or pause"), tr_noop("Play or pause the recording."), "Ctrl+P", "P"),
        ("review_back", tr_noop("&Back five seconds"), tr_noop("Jump back five seconds."), "Alt+Left", "J"),
        ("review_forward", tr_noop("&Forward five seconds"), tr_noop("Jump forward five seconds."), "Alt+Right", "L"),
        ("review_slower", tr_noop("&Slower"), tr_noop("Play more slowly, down to half speed."), "Ctrl+[", "["),
        ("review_faster", tr_noop("F&aster"), tr_noop("Play faster, up to double speed."), "Ctrl+]", "]"),
        ("review_next_finding", tr_noop("&Next finding"),
         tr_noop("Go to the next piece of feedback and play from it."), "F3", "F3"),
        ("review_previous_finding", tr_noop("P&revious finding"),
         tr_noop("Go to the previous piece of feedback and play from it."), "Shift+F3", "F4"),
        ("review_comment", tr_noop("Add &comment"), tr_noop("Write a comment at the current moment."), "Ctrl+M", "M"),
        ("review_voice_note", tr_noop("Record &voice note"),
         tr_noop("Start or stop a voice note at the current moment."), "Ctrl+Shift+M", "N"),
        ("review_dismiss", tr_noop("&Dismiss finding"),
         tr_noop("Dismiss the selected finding, with the reason you typed."), "Ctrl+D", "D"),
        ("review_where", tr_noop("Say &where"), tr_noop("Say the current time and speed."), "F2", "F2"),
        ("review_rules", tr_noop("Rule pac&k…"),
         tr_noop("Adjust the banned-claim rules for your centre, starting at the selected finding's rule."),
         "Ctrl+K", "K"),
        ("review_export", tr_noop("E&xport…"),
         tr_noop("Save this session as a report, scores, captions, every word with its time, or a bundle for "
                 "another computer."), "Ctrl+Shift+E", "X"),
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
        self._load_problem: tuple[str, str] | None = None  # (English message with {problem}, the problem)
        if path is not None:
            self._load(path)

    @property
    def load_problem(self) -> str | None:
        """Why the saved keys were not used, in the interface language (None when they were read)."""
        if self._load_problem is None:
            return None
        message, problem = self._load_problem
        return tr(message).format(problem=problem)

    # ------------------------------------------------------------------ reading

    def __iter__(self) -> Iterator[ActionSpec]:
        return iter(self._actions.values())

    def __len__(self) -> int:
        return len(self._actions)

    def get(self, action_id: str) -> ActionSpec:
        try:
            return self._actions[action_id]
        except KeyError:
            raise StudioError(tr("there is no command called {command}").format(command=action_id)) from None

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
        """The tooltip, accessible description and help text, translated: "Start or stop recording. Key: F5."."""
        key = self.key(action_id, mode)
        description = self.get(action_id).shown_description
        if key:
            return tr("{description} Key: {key}.").format(description=description, key=shown_key(key))
        return tr("{description} No key.").format(description=description)

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
            found.append(Conflict(norm, tr("single-key mode needs one key without Control, Alt or Shift")))
        scope = self.get(action_id).scope
        for other, bound in self.bindings(mode).items():
            if other != action_id and bound and self.get(other).scope == scope and normalize_key(bound) == norm:
                reason = tr("{key} already does {command}").format(key=spoken_key(norm),
                                                                   command=self.get(other).plain_text)
                found.append(Conflict(norm, reason, other))
        return found

    def rebind(self, action_id: str, key: str, mode: KeyMode | None = None) -> str:
        """Bind a key (or "" for none) and save; raises KeyConflictError naming the conflict. Returns the key."""
        mode = mode or self.mode
        norm = normalize_key(key) if key else ""
        problems = self.conflicts(action_id, norm, mode)
        if problems:
            spec = self.get(action_id)
            raise KeyConflictError(tr("{key} cannot be used for {command}: {reason}.").format(
                key=spoken_key(norm), command=spec.plain_text, reason=problems[0].reason))
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
                raise ValueError(tr("the file does not hold an object"))
            for mode in KeyMode:
                section = data.get(mode.value, {})
                if not isinstance(section, Mapping):
                    raise ValueError(tr("'{section}' is not an object").format(section=mode.value))
                for action_id, key in section.items():
                    if action_id in self._actions and isinstance(key, str):
                        self._overrides[mode][action_id] = normalize_key(key) if key else ""
        except (ValueError, StudioError, UnicodeDecodeError) as exc:
            self._load_problem = (tr_noop("The key settings file could not be read ({problem}); the default keys "
                                          "are used."), str(exc))
            for section in self._overrides.values():
                section.clear()
            return
        for mode in KeyMode:
            if self.validate(mode):
                self._load_problem = (tr_noop("The saved keys had conflicts; the default keys are used for that "
                                              "layout."), "")
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
    """The keyboard reference in the interface language, as shown in the app's help.

    In English (no catalogue installed: tools/gen_keyboard_reference.py) it is accessibility/keyboard-reference.md.
    """
    registry = registry or ActionRegistry()
    lines = [
        "# " + tr("Keyboard reference"),
        "",
        "<!-- Generated by tools/gen_keyboard_reference.py from studio/ui/actions.py. Do not edit by hand. -->",
        "",
        tr("Every command has a key. In **single-key mode** (Settings) every command is one key with no Control, Alt\n"
           "or Shift; letter keys work when the focus is not in a text field. Keys can be changed in Settings; keys\n"
           "that belong to your screen reader (Insert, Caps Lock, the number pad) or to the system are refused."),
        "",
        tr("Moving around: Tab and Shift+Tab move between controls, arrow keys move in lists and menus, Enter or\n"
           "Space activates, Escape closes a dialog. Menus open with Alt and the underlined letter."),
        "",
    ]
    sections: list[tuple[str, list[ActionSpec]]] = []
    for menu_id, menu_text in MENUS:
        shown = tr(menu_text)
        letter = mnemonic_letter(shown) or mnemonic_letter(menu_text)
        heading = tr("{menu} menu (Alt+{letter})").format(menu=strip_mnemonic(shown), letter=letter)
        sections.append(("## " + heading, [s for s in registry if s.menu == menu_id and s.scope == MAIN_SCOPE]))
    sections.append(("## " + tr("In the review window (Enter on a session in the library opens it)"),
                     [s for s in registry if s.scope == REVIEW_SCOPE]))
    none = tr("none")
    header = "| {} | {} | {} | {} |".format(tr("Command"), tr("Key"), tr("Single-key mode"), tr("What it does"))
    for heading, specs in sections:
        if not specs:
            continue
        lines += [heading, ""]
        lines += [header, "|---|---|---|---|"]
        for spec in specs:
            std = registry.key(spec.id, KeyMode.STANDARD) or none
            single = registry.key(spec.id, KeyMode.SINGLE) or none
            lines.append(f"| {spec.plain_text} | {std} | {single} | {spec.shown_description} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
