"""The review window's commands: ``REVIEW_ACTIONS`` of the one action registry (``studio.ui.actions``).

They are part of ``ACTIONS`` (menu "review", scope ``REVIEW_SCOPE``), so keys.json, the settings and the keyboard
reference cover them; their keys are checked for conflicts among themselves, since they only work in the review
window (F3 is "next finding" there as in the main window). The window installs only these, as window shortcuts.

The actions' texts and descriptions are in the interface language and follow it when it changes
(``install_actions`` registers ``retranslate_actions`` with the window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from studio.ui.actions import MENUS, REVIEW_ACTIONS, REVIEW_SCOPE, ActionRegistry
from studio.ui.i18n import on_language_change

# ("review", "&Review"): the title is English; show it with studio.ui.actions.menu_title("review").
REVIEW_MENU = next(menu for menu in MENUS if menu[0] == "review")

__all__ = ["REVIEW_ACTIONS", "REVIEW_MENU", "install_actions", "retranslate_actions", "review_registry"]


def review_registry(path: Path | None = None) -> ActionRegistry:
    """The review commands with the user's key bindings (``path``: a keys.json; None keeps the defaults)."""
    return ActionRegistry(REVIEW_ACTIONS, path=path)


def install_actions(window: QWidget, registry: ActionRegistry, slots: dict[str, object]) -> dict[str, QAction]:
    """Create one QAction per command on ``window`` (window-wide shortcuts), with the key in its description.

    Their texts follow the interface language: ``retranslate_actions`` runs when it changes.
    """
    actions: dict[str, QAction] = {}
    for spec in registry:
        if spec.scope != REVIEW_SCOPE:
            continue  # the main window's commands belong to the main window
        action = QAction(window)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        key = registry.key(spec.id)
        action.setShortcut(QKeySequence(key) if key else QKeySequence())
        slot = slots.get(spec.id)
        if callable(slot):
            action.triggered.connect(lambda _checked=False, s=slot: s())
        window.addAction(action)
        actions[spec.id] = action
    retranslate_actions(actions, registry)
    on_language_change(window, lambda: retranslate_actions(actions, registry))
    return actions


def retranslate_actions(actions: dict[str, QAction], registry: ActionRegistry) -> None:
    """Set each action's text, tooltip, status tip and What's This in the interface language (the key included)."""
    for action_id, action in actions.items():
        action.setText(registry.get(action_id).plain_text)
        description = registry.description(action_id)
        action.setToolTip(description)
        action.setStatusTip(description)
        action.setWhatsThis(description)
