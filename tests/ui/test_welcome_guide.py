"""The welcome guide: given once on the very first start (spoken, and shown in a focusable read-only text that stays
until closed), worded with the keys bound now, and given again from Help → Welcome guide."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from studio.services.settings import Settings
from studio.ui.actions import ActionRegistry
from studio.ui.welcome import welcome_paragraphs

from .helpers import accessible_name, tab_cycle, tab_focusable


@pytest.fixture
def first_start(qtbot: Any, registry: ActionRegistry, settings: Settings, fake_speech: Any) -> Iterator[Any]:
    """A main window opened with settings that have never been used (the app's first start)."""
    from studio.ui.app import build_main_window

    assert settings.get("ui.first_run_done") is False
    made: list[Any] = []

    def open_window() -> Any:
        win = build_main_window(registry=registry, settings=settings, appearance=None, speech=fake_speech)
        qtbot.addWidget(win)
        with qtbot.waitExposed(win):
            win.show()
        win.activateWindow()
        made.append(win)
        return win

    yield open_window
    for win in made:
        win.close()
        win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _texts(fake_speech: Any) -> list[str]:
    return [text for text, _language, _priority in fake_speech.said]


def test_first_start_says_and_shows_the_guide_once(qtbot: Any, first_start: Any, settings: Settings,
                                                   fake_speech: Any) -> None:
    """The guide says what the app does, the record, next-finding and help keys, and how to open the settings; it is
    spoken and stays on screen as read-only text; the focus is left where it always starts; the next start is
    quiet."""
    window = first_start()
    qtbot.waitUntil(lambda: window.welcome.isVisible(), timeout=3000)
    guide = window.welcome.text.toPlainText()
    for words in ("Welcome to Rehearsal Studio.", "practise selling on a livestream",
                  "Press F5 to start recording, and press it again to stop.",
                  "After a recording, press F3 to hear the next piece of feedback.",
                  "Press F1 at any time for the list of every command and its key.",
                  "To open the settings, press Control plus Comma, or choose Settings in the File menu.",
                  "To hear this guide again, press Shift plus F1, or choose Welcome guide in the Help menu.",
                  "Nothing here is timed"):
        assert words in guide, words
    said = _texts(fake_speech)
    paragraphs = welcome_paragraphs(window.registry)
    assert said[: len(paragraphs)] == paragraphs
    assert said[len(paragraphs)] == ("This guide stays at the bottom of the window until you close it. "
                                     "Press Shift plus F1 to go to it.")
    assert window.log.toPlainText().count("Three keys matter most.") == 1  # also in the message log
    assert settings.get("ui.first_run_done") is True
    assert Settings(settings.path).get("ui.first_run_done") is True  # saved
    text = window.welcome.text
    assert text.isReadOnly() and text.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert QApplication.focusWidget() is not text  # a first screen like any other; Shift+F1 goes there

    window.close()
    fake_speech.said.clear()
    again = first_start()
    qtbot.wait(100)
    assert not again.welcome.isVisible()
    assert not any("Three keys matter most." in text for text in _texts(fake_speech))


def test_guide_is_last_in_the_tab_order_named_and_closes_to_the_record_button(qtbot: Any, first_start: Any,
                                                                              fake_speech: Any) -> None:
    window = first_start()
    qtbot.waitUntil(lambda: window.welcome.isVisible(), timeout=3000)
    order = [w.accessibleIdentifier() for w in tab_cycle(window, window.script_combo, qtbot)]
    assert order == ["combo_script", "combo_market", "btn_record", "meter_level", "list_feedback", "txt_messages",
                     "txt_welcome", "btn_welcome_close"]
    names = [accessible_name(w) for w in tab_focusable(window)]
    assert len(set(names)) == len(names) and "Welcome guide" in names
    window.welcome.close_button.click()
    assert not window.welcome.isVisible()
    assert QApplication.focusWidget() is window.record_button
    assert window.log.last_message() == "Welcome guide closed."


def test_help_welcome_guide_names_the_keys_bound_now(qtbot: Any, window: Any, fake_speech: Any) -> None:
    """A returning trainee (no guide at start) who rebound the record key and removed the help key: Shift+F1
    shows the guide, puts the focus in it and says it with F10 and without the missing key."""
    assert not window.welcome.isVisible()
    window.registry.rebind("record", "F10")
    window.registry.rebind("keyboard_help", "")
    window.apply_keys()
    assert "Press F10 to start recording" in window.welcome.text.toPlainText()
    fake_speech.said.clear()
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert window.welcome.isVisible()
    assert QApplication.focusWidget() is window.welcome.text
    said = _texts(fake_speech)
    assert said[1] == ("Three keys matter most. Press F10 to start recording, and press it again to stop. After a "
                       "recording, press F3 to hear the next piece of feedback. Keyboard reference has no key now: "
                       "give it one in the settings.")
    assert window.welcome.text.textCursor().position() == 0  # read from the top
    qtbot.keyClick(window.welcome.text, Qt.Key.Key_F10)  # the window's keys work from the guide
    assert window.is_recording


def test_a_settings_file_that_cannot_be_written_does_not_stop_the_guide(qtbot: Any, first_start: Any,
                                                                          settings: Settings, fake_speech: Any,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any) -> None:
        raise OSError("read-only folder")

    monkeypatch.setattr(settings, "set", refuse)
    window = first_start()
    qtbot.waitUntil(lambda: window.welcome.isVisible(), timeout=3000)
    assert "Three keys matter most." in window.welcome.text.toPlainText()
