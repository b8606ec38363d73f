"""The accessibility walker for the review windows: every control a keyboard reaches has a name and an id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gets (Qt also derives it from a buddy label or the button text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def focusable_controls(root: QWidget) -> list[QWidget]:
    """Every widget of ``root``'s window that takes focus by Tab, also on tab pages not shown right now."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner editor of a spin box or combo box: name and id belong to the outer control
        if widget.window() is not root.window():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def accessibility_problems(root: QWidget) -> list[str]:
    """Controls with no accessible name, no accessible id, or a name or id another control also has."""
    problems: list[str] = []
    names: dict[str, QWidget] = {}
    ids: dict[str, QWidget] = {}
    for widget in focusable_controls(root):
        kind = type(widget).__name__
        name = accessible_name(widget)
        ident = widget.accessibleIdentifier()
        if not name:
            problems.append(f"{kind} {ident or widget.objectName()!r} has no accessible name")
        elif name in names:
            problems.append(f"{kind} {ident!r} has the same name {name!r} as {names[name].accessibleIdentifier()!r}")
        else:
            names[name] = widget
        if not ident:
            problems.append(f"{kind} named {name!r} has no accessible id")
        elif ident in ids:
            problems.append(f"two controls have the accessible id {ident!r}")
        else:
            ids[ident] = widget
    return problems
