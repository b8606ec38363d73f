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

from studio.core.i18n import tr
from studio.ui.i18n import on_language_change
from studio.ui.review.common import clock
from studio.ui.widgets import MIN_TARGET


def _format(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"


class LineChart(QWidget):
    """A simple line chart of (label, value) points; its description reads the numbers out.

    ``name`` is already in the interface language; after a language change the owner gives the new one with
    :meth:`set_name` (the chart re-says its numbers in the new language by itself).
    """

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
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """The description (the numbers as text) again in the interface language; the points stay."""
        self._update_description()

    def set_name(self, name: str) -> None:
        """The chart's name (in the interface language), e.g. after a language change."""
        self._name = name
        self.setAccessibleName(name)
        self._update_description()

    @property
    def points(self) -> list[tuple[str, float]]:
        return list(self._points)

    def set_points(self, points: Sequence[tuple[str, float]], *, band: tuple[float, float] | None = None) -> None:
        self._points = list(points)
        self._band = band
        self._update_description()
        self.update()

    def _update_description(self) -> None:
        self.text_equivalent = self._describe()
        self.setAccessibleDescription(self.text_equivalent)
        self.setToolTip(self.text_equivalent)

    def _describe(self) -> str:
        if not self._points:
            return tr("{name}: no values yet. The table next to the chart lists the values.").format(name=self._name)
        values = [v for _, v in self._points]
        low = min(range(len(values)), key=values.__getitem__)
        high = max(range(len(values)), key=values.__getitem__)
        first_label, first = self._points[0]
        last_label, last = self._points[-1]
        if len(values) == 1:
            text = tr("{name}: 1 value, {value} at {label}.").format(
                name=self._name, value=_format(first), label=first_label
            )
        else:
            text = tr(
                "{name}: {count} values, from {first} at {first_label} to {last} at {last_label}; "
                "lowest {low} at {low_label}, highest {high} at {high_label}."
            ).format(
                name=self._name,
                count=len(values),
                first=_format(first),
                first_label=first_label,
                last=_format(last),
                last_label=last_label,
                low=_format(values[low]),
                low_label=self._points[low][0],
                high=_format(values[high]),
                high_label=self._points[high][0],
            )
        if self._band is not None:
            text += " " + tr("Your range is {low} to {high}.").format(
                low=_format(self._band[0]), high=_format(self._band[1])
            )
        return text + " " + tr("The table next to the chart lists every value.")

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
        self.setAccessibleIdentifier("timeline_findings")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(MIN_TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Name and description in the interface language (the finding labels are the owner's: it gives them
        again with :meth:`set_findings` when they change language)."""
        self.setAccessibleName(tr("Timeline of findings"))
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
        duration = clock(self.duration)
        if not self._findings:
            text = tr("Recording of {duration}; no findings.").format(duration=duration)
        else:
            items = tr("; ").join(
                tr("{time} {finding}").format(time=clock(start), finding=label) for start, label in self._findings
            )
            if len(self._findings) == 1:
                text = tr("Recording of {duration} with 1 finding: {items}.").format(duration=duration, items=items)
            else:
                text = tr("Recording of {duration} with {count} findings: {items}.").format(
                    duration=duration, count=len(self._findings), items=items
                )
            text += " " + tr("Left and Right arrows go to the previous and next finding.")
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
