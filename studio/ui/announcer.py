"""The announcer: one place that tells the trainee something, by screen reader, app voice, or both.

Screen reader: a ``QAccessibleAnnouncementEvent`` (polite or assertive) sent with ``QAccessible.updateAccessibility``;
it reaches AT-SPI as ``object:announcement``. Orca 43 ignores those events, so the user can also choose the app's own
voice (the speech service), and every message is also appended to a focusable, read-only message log so it can be
read again at any time (see ``MessageLog`` in ``widgets.py``).

The speech service is injected (``SpeechLike``); with none the app still works, silently for app voice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from studio.core.i18n import tr, tr_noop


class AnnounceMode(str, Enum):
    """Where messages go; the values are those of the ``ui.announce`` setting."""

    SCREEN_READER = "screen-reader"
    APP_VOICE = "app-voice"
    BOTH = "both"

    @property
    def label(self) -> str:
        """The choice as the settings show it, in the interface language."""
        return tr(_MODE_LABELS[self.value])


_MODE_LABELS: dict[str, str] = {
    AnnounceMode.SCREEN_READER.value: tr_noop("Screen reader only"),
    AnnounceMode.APP_VOICE.value: tr_noop("App voice only"),
    AnnounceMode.BOTH.value: tr_noop("Screen reader and app voice"),
}


class SpeechLike(Protocol):
    """What the announcer needs from the speech service (studio.services.speech.SpeechService)."""

    def say(self, text: str, *, language: str, priority: Any) -> Any: ...

    def interrupt(self) -> Any: ...

    def repeat_last(self) -> Any: ...


@dataclass(frozen=True, slots=True)
class Announcement:
    """One message as it was routed."""

    text: str
    assertive: bool
    to_screen_reader: bool
    to_voice: bool


def _speech_priority(assertive: bool) -> Any:
    """The speech service's priority value for an urgent or a normal message (its enum when it has one)."""
    try:
        from studio.services import speech  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return "high" if assertive else "normal"
    enum = getattr(speech, "Priority", None)
    if enum is None:
        return "high" if assertive else "normal"
    names = ("HIGH", "URGENT", "INTERRUPT", "ASSERTIVE") if assertive else ("NORMAL", "POLITE", "LOW")
    for name in names:
        if hasattr(enum, name):
            return getattr(enum, name)
    return next(iter(enum))


class Announcer(QObject):
    """Routes each message to the screen reader and/or the app voice, and always to the message log."""

    announced = Signal(str)

    def __init__(
        self,
        source: QObject,
        *,
        speech: SpeechLike | None = None,
        mode: AnnounceMode = AnnounceMode.BOTH,
        language: Callable[[], str] = lambda: "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._speech = speech
        self.mode = mode
        self._language = language
        self.history: list[Announcement] = []
        self.speech_problem: str | None = None

    @property
    def speech(self) -> SpeechLike | None:
        return self._speech

    def announce(self, text: str, *, assertive: bool = False) -> Announcement:
        """Send a message by the user's chosen route, and add it to the message log."""
        to_sr = self.mode in (AnnounceMode.SCREEN_READER, AnnounceMode.BOTH)
        to_voice = self.mode in (AnnounceMode.APP_VOICE, AnnounceMode.BOTH) and self._speech is not None
        if to_sr:
            event = QAccessibleAnnouncementEvent(self._source, text)
            politeness = QAccessible.AnnouncementPoliteness
            event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
            QAccessible.updateAccessibility(event)
        if to_voice and self._speech is not None:
            try:
                self._speech.say(text, language=self._language(), priority=_speech_priority(assertive))
            except Exception as exc:  # the voice failing must never stop the app; the log still has the text
                self.speech_problem = tr("The app voice could not speak: {error}").format(error=exc)
                to_voice = False
        item = Announcement(text, assertive, to_sr, to_voice)
        self.history.append(item)
        self.announced.emit(text)
        return item

    def stop_speech(self) -> None:
        if self._speech is not None:
            self._speech.interrupt()

    def repeat_last(self) -> str | None:
        """Say the last message again by the current route; returns its text (None when nothing was said)."""
        if not self.history:
            return None
        last = self.history[-1].text
        self.announce(last)
        return last
