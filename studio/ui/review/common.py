"""Small helpers shared by the review widgets: clock text, buttons and read-only panes with stable ids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget, QTextEdit, QToolButton, QWidget

from studio.ui.widgets import MIN_TARGET


def clock(seconds: float) -> str:
    """A moment as text for the eye: "1:05" or "1:02:03" (the spoken form comes from studio.core.say)."""
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def button(text: str, identifier: str, description: str, parent: QWidget | None = None) -> QPushButton:
    """A push button at least MIN_TARGET high whose description (with its key) is also its tooltip."""
    widget = QPushButton(text, parent)
    widget.setAccessibleIdentifier(identifier)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)
    widget.setMinimumHeight(MIN_TARGET)
    return widget


def reading_pane(name: str, identifier: str, description: str = "") -> QTextEdit:
    """Read-only text a screen reader reads with its caret; Tab leaves it (never a focus trap)."""
    pane = QTextEdit()
    pane.setReadOnly(True)
    pane.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    pane.setTabChangesFocus(True)
    pane.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    pane.setAccessibleName(name)
    pane.setAccessibleIdentifier(identifier)
    if description:
        pane.setAccessibleDescription(description)
    return pane


def quiet_tab_scrollers(tabs: QTabWidget, prefix: str) -> None:
    """The tab bar's scroll arrows: out of the Tab order (arrow keys already move between tabs), with ids."""
    for number, scroller in enumerate(tabs.tabBar().findChildren(QToolButton)):
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setAccessibleIdentifier(f"{prefix}_scroll_{number}")
