"""Helpers shared by the widget tests: what a keyboard or screen reader user can reach in a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gets (Qt also derives it from a buddy label or the button text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def tab_focusable(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets of a window that take focus by Tab."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled() or widget.window() is not root:
            continue
        if widget.focusProxy() is not None or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner editor of a spin box or combo box: focus and name belong to the outer control
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def tab_cycle(root: QWidget, first: QWidget, qtbot: object, limit: int = 80) -> list[QWidget]:
    """Press Tab from ``first`` until focus comes back to it; the widgets focused, in order."""
    from PySide6.QtTest import QTest

    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = [first]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is first:
            return seen
        assert focused is not None and focused not in seen, f"Tab is trapped at {focused}"
        seen.append(focused)
    raise AssertionError("Tab never came back to the first control")
