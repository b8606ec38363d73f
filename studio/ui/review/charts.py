"""Painted widgets with text equivalents: a line chart and the findings timeline.

Both are reachable by Tab and carry what they show in their accessible description (buzz's audio meter has none,
style.md §15); every chart is also shown next to a table with the same numbers, which is the primary way to read
them with a screen reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.ui.review.common import clock
from studio.ui.widgets import MIN_TARGET


def _format(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"


class LineChart(QWidget):
    """A simple line chart of (label, value) points; its description reads the numbers out."""

    def __init__(self, name: str, identifier: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._points: list[tuple[str, float]] = []
        self._band: tuple[float, float] | None = None
        self.setAccessibleName(name)
        self.setAccessibleIdentifier(identifier)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(3 * MIN_TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_points([])

    @property
    def points(self) -> list[tuple[str, float]]:
        return list(self._points)

    def set_points(self, points: Sequence[tuple[str, float]], *, band: tuple[float, float] | None = None) -> None:
        self._points = list(points)
        self._band = band
        self.text_equivalent = self._describe()
        self.setAccessibleDescription(self.text_equivalent)
        self.setToolTip(self.text_equivalent)
        self.update()

    def _describe(self) -> str:
        if not self._points:
            return f"{self._name}: no values yet. The table next to the chart lists the values."
        values = [v for _, v in self._points]
        low = min(range(len(values)), key=values.__getitem__)
        high = max(range(len(values)), key=values.__getitem__)
        first_label, first = self._points[0]
        last_label, last = self._points[-1]
        text = (
            f"{self._name}: {len(values)} values, from {_format(first)} at {first_label} to {_format(last)} at "
            f"{last_label}; lowest {_format(values[low])} at {self._points[low][0]}, highest {_format(values[high])} "
            f"at {self._points[high][0]}."
        )
        if self._band is not None:
            text += f" Your range is {_format(self._band[0])} to {_format(self._band[1])}."
        return text + " The table next to the chart lists every value."

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        values = [v for _, v in self._points]
        if values:
            top = max([*values, *(self._band or ())]) * 1.1 or 1.0
            bottom = min(0.0, *values)
            span = (top - bottom) or 1.0

            def y(value: float) -> float:
                return area.bottom() - (value - bottom) / span * area.height()

            if self._band is not None:
                band = QRectF(area.left(), y(self._band[1]), area.width(), y(self._band[0]) - y(self._band[1]))
                painter.fillRect(band, palette.color(QPalette.ColorRole.AlternateBase))
            step = area.width() / max(1, len(values) - 1)
            dots = [QPointF(area.left() + i * step, y(v)) for i, v in enumerate(values)]
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawPolyline(QPolygonF(dots))
            for point in dots:
                painter.drawEllipse(point, 4, 4)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()


class TimelineWidget(QWidget):
    """The recording as a bar with a mark per finding and the play position.

    Left and Right jump to the previous and next finding (``finding_requested``); the description lists every
    finding with its time, so the same information is readable without seeing the marks.
    """

    finding_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration = 0.0
        self.position = 0.0
        self._findings: list[tuple[float, str]] = []
        self._current = -1
        self.setAccessibleName("Timeline of findings")
        self.setAccessibleIdentifier("timeline_findings")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(MIN_TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._describe()

    def set_findings(self, duration: float, findings: Sequence[tuple[float, str]]) -> None:
        self.duration = max(0.0, duration)
        self._findings = list(findings)
        self._describe()
        self.update()

    def set_position(self, seconds: float) -> None:
        # Repaint only when the play mark moves by a pixel or more (positionChanged fires many times a second).
        moved = abs(seconds - self.position) * max(1, self.width()) / self.duration if self.duration > 0 else 1.0
        self.position = seconds
        if moved >= 1.0:
            self.update()

    def set_current(self, index: int) -> None:
        self._current = index
        self.update()

    def _describe(self) -> str:
        if not self._findings:
            text = f"Recording of {clock(self.duration)}; no findings."
        else:
            items = "; ".join(f"{clock(start)} {label}" for start, label in self._findings)
            text = (
                f"Recording of {clock(self.duration)} with {len(self._findings)} findings: {items}. "
                "Left and Right arrows go to the previous and next finding."
            )
        self.text_equivalent = text
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers() and self._findings:
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            index = min(max(0, self._current + step), len(self._findings) - 1) if self._current >= 0 else 0
            self.finding_requested.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        if self.duration > 0:
            def x(seconds: float) -> float:
                return area.left() + min(1.0, seconds / self.duration) * area.width()

            for index, (start, _label) in enumerate(self._findings):
                width = 4 if index == self._current else 2
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Link), width))
                painter.drawLine(QPointF(x(start), area.top()), QPointF(x(start), area.bottom()))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawLine(QPointF(x(self.position), area.top()), QPointF(x(self.position), area.bottom()))
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()
