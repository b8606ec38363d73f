"""The review window's commands: ``REVIEW_ACTIONS`` of the one action registry (``studio.ui.actions``).

They are part of ``ACTIONS`` (menu "review", scope ``REVIEW_SCOPE``), so keys.json, the settings and the keyboard
reference cover them; their keys are checked for conflicts among themselves, since they only work in the review
window (F3 is "next finding" there as in the main window). The window installs only these, as window shortcuts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from studio.ui.actions import MENUS, REVIEW_ACTIONS, REVIEW_SCOPE, ActionRegistry

REVIEW_MENU = next(menu for menu in MENUS if menu[0] == "review")

__all__ = ["REVIEW_ACTIONS", "REVIEW_MENU", "install_actions", "review_registry"]


def review_registry(path: Path | None = None) -> ActionRegistry:
    """The review commands with the user's key bindings (``path``: a keys.json; None keeps the defaults)."""
    return ActionRegistry(REVIEW_ACTIONS, path=path)


def install_actions(window: QWidget, registry: ActionRegistry, slots: dict[str, object]) -> dict[str, QAction]:
    """Create one QAction per command on ``window`` (window-wide shortcuts), with the key in its description."""
    actions: dict[str, QAction] = {}
    for spec in registry:
        if spec.scope != REVIEW_SCOPE:
            continue  # the main window's commands belong to the main window
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
