"""The action registry: keys, descriptions, single-key mode, rebinding, persistence and conflict detection."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studio.ui.actions import (
    ACTIONS,
    ActionRegistry,
    KeyConflictError,
    KeyMode,
    is_single_key,
    keyboard_reference_markdown,
    normalize_key,
    reserved_reason,
    spoken_key,
)

REQUIRED_ACTIONS = {
    "record", "stop_speech", "repeat_last", "next_finding", "previous_finding", "play_finding", "elapsed", "marker",
    "open_script", "settings", "keyboard_help", "quit", "try_again", "zoom_in", "zoom_out", "zoom_reset",
    "teleprompter", "switch_theme",
}


def test_every_trainee_action_is_registered_once() -> None:
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))
    assert REQUIRED_ACTIONS <= set(ids)


def test_description_names_the_key_for_tooltip_and_screen_reader(registry: ActionRegistry) -> None:
    assert registry.description("record") == "Start or stop recording. Key: F5."
    for spec in registry:
        key = registry.key(spec.id)
        assert registry.description(spec.id).endswith(f"Key: {key}." if key else "No key.")


@pytest.mark.parametrize("mode", list(KeyMode))
def test_default_keys_have_no_conflicts(registry: ActionRegistry, mode: KeyMode) -> None:
    assert registry.validate(mode) == []


def test_single_key_mode_reaches_every_action_with_one_key(registry: ActionRegistry) -> None:
    """No action needs a chord in single-key mode: one key, no modifier, no timing."""
    for spec in registry:
        key = registry.key(spec.id, KeyMode.SINGLE)
        assert key, f"{spec.id} has no single key"
        assert is_single_key(key), f"{spec.id}: {key} is a chord"


def test_every_action_has_a_mnemonic_menu_entry() -> None:
    for spec in ACTIONS:
        assert "&" in spec.text, spec.id


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [("ctrl+o", "Ctrl+O"), ("shift+ctrl+f3", "Ctrl+Shift+F3"), ("Control+,", "Ctrl+,"), ("ctrl++", "Ctrl++"),
     ("alt+shift+tab", "Alt+Shift+Tab"), ("Insert+F7", "Ins+F7"), ("kp+5", "Num+5"), ("esc", "Esc")],
)
def test_key_names_are_normalised(typed: str, canonical: str) -> None:
    assert normalize_key(typed) == canonical


def test_keys_are_spoken_in_words() -> None:
    assert spoken_key("Ctrl+,") == "Control plus Comma"
    assert spoken_key("Shift+F3") == "Shift plus F3"


@pytest.mark.parametrize(
    "key",
    [
        "Ins", "CapsLock", "Ins+F7", "CapsLock+A", "Ctrl+Ins+T", "Num+5", "Num+Ctrl+8",  # NVDA, JAWS, Orca
        "Alt+Tab", "Alt+F4", "Ctrl+Alt+Del", "Ctrl+Alt+Delete", "Meta+E", "Ctrl+Esc", "Ctrl+Alt+F2",  # system
        "Ctrl+Alt+N",  # starts NVDA
        "Tab", "Shift+Tab", "Return", "Space", "Up",  # moving around the app
        "Alt+F", "Alt+H",  # menu mnemonics
        "Ctrl", "Shift",  # lone modifiers: NVDA stops and pauses speech with them
    ],
)
def test_screen_reader_system_and_navigation_keys_are_refused(registry: ActionRegistry, key: str) -> None:
    assert reserved_reason(key)
    with pytest.raises(KeyConflictError) as caught:
        registry.rebind("record", key)
    assert "cannot be used for Start or stop recording" in caught.value.spoken()
    assert registry.key("record") == "F5"


def test_orca_number_pad_commands_are_refused_with_a_reason(registry: ActionRegistry) -> None:
    problems = registry.conflicts("marker", "Num+Ins")
    assert problems and "screen reader" in problems[0].reason


def test_key_used_by_another_action_is_refused_and_named(registry: ActionRegistry) -> None:
    with pytest.raises(KeyConflictError) as caught:
        registry.rebind("marker", "F5")
    assert "Start or stop recording" in caught.value.spoken()
    assert registry.key("marker") == "F9"


def test_single_key_mode_refuses_chords(registry: ActionRegistry) -> None:
    with pytest.raises(KeyConflictError, match="single-key mode"):
        registry.rebind("marker", "Ctrl+M", KeyMode.SINGLE)
    assert registry.rebind("marker", "m", KeyMode.SINGLE) == "M"


def test_rebinding_is_saved_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    first = ActionRegistry(path=path)
    first.rebind("marker", "ctrl+shift+m")
    first.rebind("about", "", KeyMode.SINGLE)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["standard"] == {"marker": "Ctrl+Shift+M"}
    second = ActionRegistry(path=path)
    assert second.key("marker") == "Ctrl+Shift+M"
    assert second.key("about", KeyMode.SINGLE) == ""
    assert second.description("marker").endswith("Key: Ctrl+Shift+M.")
    second.reset()
    assert ActionRegistry(path=path).key("marker") == "F9"


def test_unreadable_or_conflicting_key_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    path.write_text("{not json", encoding="utf-8")
    broken = ActionRegistry(path=path)
    assert broken.load_problem and broken.key("record") == "F5"
    path.write_text(json.dumps({"version": 1, "standard": {"marker": "F5"}}), encoding="utf-8")
    clashing = ActionRegistry(path=path)
    assert clashing.load_problem and clashing.key("marker") == "F9"


def test_keyboard_reference_lists_every_action_with_both_keys(registry: ActionRegistry) -> None:
    text = keyboard_reference_markdown(registry)
    for spec in registry:
        assert f"| {spec.plain_text} | {registry.key(spec.id, KeyMode.STANDARD) or 'none'} |" in text


def test_committed_keyboard_reference_is_up_to_date(repo_root: Path) -> None:
    """accessibility/keyboard-reference.md is what tools/gen_keyboard_reference.py writes today."""
    result = subprocess.run([sys.executable, str(repo_root / "tools" / "gen_keyboard_reference.py"), "--check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
