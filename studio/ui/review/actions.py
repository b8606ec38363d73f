"""The review window's commands, as an extension of the action registry (``studio.ui.actions``).

They live in their own ``ActionRegistry`` (same ``ActionSpec`` type, same key rules, same keys.json file format) so
the main registry is untouched; to merge, append ``REVIEW_ACTIONS`` to ``ACTIONS`` and ``("review", "Re&view")`` to
``MENUS``. Keys avoid Space and the arrows (they operate the focused list or button) and the screen readers' keys.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from studio.ui.actions import ActionRegistry, ActionSpec

REVIEW_MENU = ("review", "Re&view")

REVIEW_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("review_play_pause", "&Play or pause", "Play or pause the recording.", "Ctrl+P", "P", "review"),
    ActionSpec("review_back", "&Back five seconds", "Jump back five seconds.", "Alt+Left", "J", "review"),
    ActionSpec("review_forward", "&Forward five seconds", "Jump forward five seconds.", "Alt+Right", "L", "review"),
    ActionSpec("review_slower", "&Slower", "Play more slowly, down to half speed.", "Ctrl+[", "[", "review"),
    ActionSpec("review_faster", "F&aster", "Play faster, up to double speed.", "Ctrl+]", "]", "review"),
    ActionSpec("review_next_finding", "&Next finding", "Go to the next piece of feedback and play from it.", "F3",
               "F3", "review"),
    ActionSpec("review_previous_finding", "P&revious finding", "Go to the previous piece of feedback and play from it.",
               "Shift+F3", "F4", "review"),
    ActionSpec("review_comment", "Add &comment", "Write a comment at the current moment.", "Ctrl+M", "M", "review"),
    ActionSpec("review_voice_note", "Record &voice note", "Start or stop a voice note at the current moment.",
               "Ctrl+Shift+M", "N", "review"),
    ActionSpec("review_dismiss", "&Dismiss finding", "Dismiss the selected finding, with the reason you typed.",
               "Ctrl+D", "D", "review"),
    ActionSpec("review_where", "Say &where", "Say the current time and speed.", "F2", "F2", "review"),
)


def review_registry(path: Path | None = None) -> ActionRegistry:
    """The review commands with the user's key bindings (``path``: a keys.json; None keeps the defaults)."""
    return ActionRegistry(REVIEW_ACTIONS, path=path)


def install_actions(window: QWidget, registry: ActionRegistry, slots: dict[str, object]) -> dict[str, QAction]:
    """Create one QAction per command on ``window`` (window-wide shortcuts), with the key in its description."""
    actions: dict[str, QAction] = {}
    for spec in registry:
        action = QAction(spec.plain_text, window)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        key = registry.key(spec.id)
        action.setShortcut(QKeySequence(key) if key else QKeySequence())
        description = registry.description(spec.id)
        action.setToolTip(description)
        action.setStatusTip(description)
        action.setWhatsThis(description)
        slot = slots.get(spec.id)
        if callable(slot):
            action.triggered.connect(lambda _checked=False, s=slot: s())
        window.addAction(action)
        actions[spec.id] = action
    return actions
