"""The trainee's attempts on the current script: one focusable item per attempt (date, pace with its unit, banned
claims, script coverage), newest first, and the trend in one sentence above them.

The data comes from :func:`studio.services.attempts.attempt_history`, read off the GUI thread by the main window;
this window only shows it. Enter on an attempt (or the button) asks the main window to show that attempt's feedback,
with the instructor's comments, in its feedback list.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from studio.core.i18n import tr
from studio.core.language import RateUnit
from studio.core.model import SessionState
from studio.services.attempts import Attempt, AttemptHistory
from studio.ui.i18n import on_language_change
from studio.ui.widgets import MIN_TARGET, label_for

SESSION_ROLE = Qt.ItemDataRole.UserRole


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"


def when_text(when: datetime) -> tuple[str, str]:
    """(date, time) of a moment in the local time zone, worded by the interface language's locale."""
    local = when.astimezone() if when.tzinfo is not None else when
    locale = QLocale()
    return (locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat),
            locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat))


def pace_text(pace: float, unit: RateUnit) -> str:
    if unit is RateUnit.SYLLABLES:
        text = tr("Pace: {pace} syllables a minute.")
    elif unit is RateUnit.CHARACTERS:
        text = tr("Pace: {pace} characters a minute.")
    else:
        text = tr("Pace: {pace} words a minute.")
    return text.format(pace=_number(pace))


def claims_text(claims: float) -> str:
    count = round(claims)
    if count == 0:
        return tr("No banned claims.")
    return tr("1 banned claim.") if count == 1 else tr("{count} banned claims.").format(count=count)


def attempt_text(attempt: Attempt, total: int) -> str:
    """One attempt as sentences that read well alone: which, when, then its scores (or why there are none)."""
    date, time = when_text(attempt.when)
    parts = [tr("Attempt {number} of {total}, {date} at {time}.").format(number=attempt.number, total=total,
                                                                         date=date, time=time)]
    point = attempt.point
    if point is None:
        parts.append(tr("The analysis failed; the recording was kept.") if attempt.state is SessionState.FAILED
                     else tr("Not analysed yet."))
        return " ".join(parts)
    parts.append(pace_text(point.pace, point.unit) if point.pace is not None else tr("Pace: not measured."))
    if point.claims is not None:
        parts.append(claims_text(point.claims))
    if point.coverage is not None:
        parts.append(tr("Script coverage: {percent} percent.").format(percent=round(point.coverage * 100)))
    if point.viewers is not None:
        parts.append(tr("Viewer questions answered: {percent} percent.").format(percent=round(point.viewers * 100)))
    return " ".join(parts)


def history_heading(history: AttemptHistory) -> str:
    """What is said first: which script, how many attempts."""
    count = len(history.attempts)
    if not history.script_id:
        if count == 0:
            return tr("You have no free practice attempts yet.")
        return (tr("Free practice: 1 attempt.") if count == 1
                else tr("Free practice: {count} attempts.").format(count=count))
    if count == 0:
        return tr("You have no attempts on {script} yet.").format(script=history.script_title)
    text = tr("{script}: 1 attempt.") if count == 1 else tr("{script}: {count} attempts.")
    return text.format(script=history.script_title, count=count)


class AttemptHistoryView(QWidget):
    """The trend (read-only text) and the attempts (a list; Enter shows an attempt's feedback)."""

    open_attempt = Signal(str)  # the session id

    def __init__(self, history: AttemptHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setObjectName("attempt_history")
        self.setAccessibleIdentifier("attempt_history")
        layout = QVBoxLayout(self)

        self.trend = QPlainTextEdit()
        self.trend.setReadOnly(True)
        self.trend.setTabChangesFocus(True)
        self.trend.setAccessibleIdentifier("txt_history_trend")
        self.trend.setMinimumHeight(2 * MIN_TARGET)
        self.trend_label = label_for("", self.trend, "lbl_history_trend")
        layout.addWidget(self.trend_label)
        layout.addWidget(self.trend)

        self.attempts_list = QListWidget()
        self.attempts_list.setAccessibleIdentifier("list_attempts")
        self.attempts_list.setWordWrap(True)
        self.attempts_list.setMinimumHeight(4 * MIN_TARGET)
        self.attempts_list.itemActivated.connect(lambda _item: self.open_current())
        self.attempts_label = label_for("", self.attempts_list, "lbl_attempts")
        layout.addWidget(self.attempts_label)
        layout.addWidget(self.attempts_list, 1)
        for attempt in history.attempts:
            item = QListWidgetItem()
            item.setData(SESSION_ROLE, attempt.session_id)
            self.attempts_list.addItem(item)
        if history.attempts:
            self.attempts_list.setCurrentRow(0)

        self.open_button = QPushButton()
        self.open_button.setAccessibleIdentifier("btn_attempt_feedback")
        self.open_button.setMinimumHeight(MIN_TARGET)
        self.open_button.clicked.connect(self.open_current)
        self.open_button.setEnabled(bool(history.attempts))
        layout.addWidget(self.open_button)

        QWidget.setTabOrder(self.trend, self.attempts_list)
        QWidget.setTabOrder(self.attempts_list, self.open_button)
        self.resize(720, 520)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        title = self.history.script_title if self.history.script_id else tr("Free practice")
        self.setWindowTitle(tr("Attempt history: {script}").format(script=title))
        self.trend_label.setText(tr("&Trend:"))
        self.trend.setAccessibleName(tr("Trend"))
        self.trend.setAccessibleDescription(tr("Read-only. How your scores changed over your attempts."))
        self.trend.setPlainText(self.heading_and_trend())
        self.attempts_label.setText(tr("&Attempts:"))
        self.attempts_list.setAccessibleName(tr("Attempts"))
        self.attempts_list.setAccessibleDescription(
            tr("One item per attempt, newest first. Enter shows that attempt's feedback and comments."))
        total = len(self.history.attempts)
        for row, attempt in enumerate(self.history.attempts):
            self.attempts_list.item(row).setText(attempt_text(attempt, total))
        self.open_button.setText(tr("Show the &feedback of this attempt"))
        self.open_button.setAccessibleDescription(
            tr("Show the chosen attempt's feedback and comments in the main window."))

    def heading_and_trend(self) -> str:
        heading = history_heading(self.history)
        return heading if not self.history.attempts else f"{heading}\n{self.history.trend}"

    def current_text(self) -> str:
        item = self.attempts_list.currentItem()
        return item.text() if item is not None else ""

    def open_current(self) -> None:
        item = self.attempts_list.currentItem()
        if item is not None:
            self.open_attempt.emit(str(item.data(SESSION_ROLE)))


__all__ = ["AttemptHistoryView", "attempt_text", "claims_text", "history_heading", "pace_text", "when_text"]
