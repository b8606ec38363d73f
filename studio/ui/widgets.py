"""Small accessible widgets: a level meter with a text equivalent, a key-capture field, a message log.

Rules they follow (docs: accessibility/README.md): every painted value has a text equivalent in the accessible
value and description; every field says what it is for and what it holds; nothing grabs the keyboard.
Each widget words its own texts in the interface language and words them again when the language changes
(``retranslate_ui``); texts a caller passes in (a log's name, a command's name) are translated with ``tr`` there,
so callers pass the English text marked with ``tr_noop``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QProgressBar, QSizePolicy, QWidget

from studio.core.i18n import tr
from studio.ui.actions import reserved_reason, spoken_key
from studio.ui.i18n import on_language_change

MIN_TARGET = 44  # px: the smallest control we draw (WCAG 2.5.8 asks 24; 44 helps motor-impaired trainees)


def label_for(text: str, buddy: QWidget, identifier: str) -> QLabel:
    """A visible label that is the buddy of its field (Alt+mnemonic focuses the field; AT-SPI gets label-for).

    ``text`` is shown as given: pass it translated (``tr("&Script:")``) and set it again in the window's
    ``retranslate_ui``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setAccessibleIdentifier(identifier)
    return label


class LevelMeter(QProgressBar):
    """The microphone level as a bar, with the same information as text (accessible value and description).

    It is a progress bar so screen readers get a Value interface and read the number; the description and the
    visible text say what it means ("good", "too quiet"), because a bar alone says nothing to a blind trainee.
    """

    FLOOR_DB = -60.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setValue(0)
        self.setTextVisible(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab so the level can be checked
        self.setMinimumHeight(MIN_TARGET)
        self.setAccessibleIdentifier("meter_level")
        self._db: float | None = None  # the level shown; None while not listening
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(tr("Microphone level"))
        self._describe()

    def set_no_input(self) -> None:
        self.setValue(0)
        self._db = None
        self._describe()

    def set_level_db(self, db: float) -> None:
        """Show a level in dBFS (0 is the loudest); the words match what a coach would say."""
        db = max(self.FLOOR_DB, min(0.0, db))
        self._db = db
        self.setValue(round((db - self.FLOOR_DB) / -self.FLOOR_DB * 100))
        self._describe()

    def _words(self) -> str:
        db = self._db
        if db is None:
            return tr("not listening; the level shows while you record")
        if db < -45:
            words = tr("{percent} percent, silent or very quiet")
        elif db < -30:
            words = tr("{percent} percent, too quiet, move closer or speak up")
        elif db < -6:
            words = tr("{percent} percent, good")
        else:
            words = tr("{percent} percent, too loud, move back a little")
        return words.format(percent=self.value())

    def _describe(self) -> None:
        words = self._words()
        self.level_text = tr("Microphone level: {level}.").format(level=words)
        self.setFormat(words)
        self.setAccessibleDescription(self.level_text)
        self.setToolTip(self.level_text)


class KeyCaptureEdit(QPlainTextEdit):
    """A one-line, read-only text field that shows a command's key and captures a new one.

    Orca reads it as "Start or stop recording: read only text. F5. Press the new key…" rather than just "edit"
    (OBS #7668). It is a plain-text edit, not a QLineEdit: Orca 43 read only the first letter of a read-only
    QLineEdit ("F." for F5), because of the text-attribute ranges Qt reports for line edits.
    It never grabs the keyboard and lets screen-reader keys through untouched (OBS #5597): Insert, Caps Lock,
    number-pad keys and lone modifiers are ignored, so NVDA, JAWS and Orca still get them. Tab and Shift+Tab move on
    (no focus trap); Backspace or Delete removes the key.
    """

    key_captured = Signal(str)

    def __init__(self, command_text: str, key: str, identifier: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)  # typed characters never land in the field; keys are captured instead
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTabChangesFocus(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleIdentifier(identifier)
        self._command_text = command_text
        self._key = ""
        self.set_key(key)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(tr("Key for {command}").format(command=tr(self._command_text)))
        self.setAccessibleDescription(
            tr("Press the new key for this command. Backspace removes the key. Tab moves to the next field.")
        )
        if not self._key:
            self.set_key("")  # "none" in the new language

    def set_command_text(self, command_text: str) -> None:
        """Name the command again (the settings dialog does this when the language changes)."""
        self._command_text = command_text
        self.retranslate_ui()

    def sizeHint(self) -> QSize:
        # One line of the current font (so it grows with zoom), never less than a 44 px target.
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
        height += margins.top() + margins.bottom() + 4
        return QSize(super().sizeHint().width(), max(MIN_TARGET, height))

    def minimumSizeHint(self) -> QSize:
        return QSize(4 * MIN_TARGET, self.sizeHint().height())

    def text(self) -> str:
        return self.toPlainText()

    def set_key(self, key: str) -> None:
        self._key = key
        self.setPlainText(key or tr("none"))

    @staticmethod
    def key_from_event(event: QKeyEvent) -> str | None:
        """The key as text (Qt's portable form), or None when the event must pass through untouched."""
        key = event.key()
        passthrough = {
            Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
            Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_CapsLock, Qt.Key.Key_Insert, Qt.Key.Key_NumLock,
            Qt.Key.Key_unknown,
        }
        if key in passthrough:
            return None
        if event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
            return None  # the number pad is the screen reader's in desktop layout
        mods = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.MetaModifier
        )
        text = QKeySequence(QKeyCombination(mods, Qt.Key(key))).toString(QKeySequence.SequenceFormat.PortableText)
        return text or None

    def event(self, event: QEvent) -> bool:
        # Take every key that is not navigation before window shortcuts see it, so capturing F5 does not record.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.key_from_event(event):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)  # tabChangesFocus: Tab leaves the field
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and not event.modifiers():
            self.key_captured.emit("")
            event.accept()
            return
        text = self.key_from_event(event)
        if text is None:
            event.ignore()  # let it through: it belongs to the screen reader or is a lone modifier
            return
        event.accept()
        self.key_captured.emit(text)

    @staticmethod
    def explain(key: str) -> str:
        reason = reserved_reason(key) if key else None
        return tr("{key}: {reason}.").format(key=spoken_key(key), reason=reason) if reason else spoken_key(key)


class MessageLog(QPlainTextEdit):
    """Every message the app has given, newest last: focusable, read-only, readable line by line.

    Orca 43 ignores announcement events, and a message spoken once is easily missed; this log keeps it.
    """

    def __init__(self, identifier: str, name: str, parent: QWidget | None = None) -> None:
        """``name`` is the accessible name in English, marked with ``tr_noop`` (it is shown as ``tr(name)``)."""
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setTabChangesFocus(True)  # Tab leaves the log; it is never a focus trap
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleIdentifier(identifier)
        self._name = name
        self.setMinimumHeight(3 * MIN_TARGET)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(tr(self._name))
        self.setAccessibleDescription(
            tr("Read-only. Messages from the app, newest last. Use the arrow keys to read.")
        )

    def add(self, text: str) -> None:
        self.appendPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.moveCursor(QTextCursor.MoveOperation.StartOfLine)

    def last_message(self) -> str:
        lines = self.toPlainText().splitlines()
        return lines[-1] if lines else ""
