"""The announcer sends each message where the user chose (screen reader, app voice, both) and always to the log."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from studio.ui.announcer import AnnounceMode, Announcer


@pytest.fixture
def source(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("mode", "to_sr", "to_voice"),
    [(AnnounceMode.SCREEN_READER, True, False), (AnnounceMode.APP_VOICE, False, True), (AnnounceMode.BOTH, True, True)],
)
def test_messages_are_routed_by_the_setting(source: QWidget, fake_speech: Any, mode: AnnounceMode, to_sr: bool,
                                            to_voice: bool) -> None:
    announcer = Announcer(source, speech=fake_speech, mode=mode, language=lambda: "vi")
    item = announcer.announce("Recording started.", assertive=True)
    assert (item.to_screen_reader, item.to_voice) == (to_sr, to_voice)
    assert [s[0] for s in fake_speech.said] == (["Recording started."] if to_voice else [])
    if to_voice:
        assert fake_speech.said[0][1] == "vi"


def test_every_message_reaches_the_log_signal(source: QWidget, fake_speech: Any, qtbot: Any) -> None:
    announcer = Announcer(source, speech=fake_speech, mode=AnnounceMode.SCREEN_READER)
    with qtbot.waitSignal(announcer.announced) as blocker:
        announcer.announce("3 pieces of feedback.")
    assert blocker.args == ["3 pieces of feedback."]


def test_a_failing_voice_never_breaks_the_app(source: QWidget, fake_speech: Any) -> None:
    fake_speech.fail = True
    announcer = Announcer(source, speech=fake_speech, mode=AnnounceMode.BOTH)
    item = announcer.announce("Hello.")
    assert item.to_screen_reader and not item.to_voice
    assert announcer.speech_problem and "no output device" in announcer.speech_problem


def test_without_a_speech_service_app_voice_is_silent_but_logged(source: QWidget) -> None:
    announcer = Announcer(source, speech=None, mode=AnnounceMode.APP_VOICE)
    assert announcer.announce("Hello.").to_voice is False
    assert announcer.history[-1].text == "Hello."


def test_repeat_last_and_stop_speech(source: QWidget, fake_speech: Any) -> None:
    announcer = Announcer(source, speech=fake_speech, mode=AnnounceMode.APP_VOICE)
    assert announcer.repeat_last() is None
    announcer.announce("Price said twice.")
    assert announcer.repeat_last() == "Price said twice."
    assert [s[0] for s in fake_speech.said] == ["Price said twice.", "Price said twice."]
    announcer.stop_speech()
    assert fake_speech.interrupted == 1


def test_app_voice_route_speaks_through_the_real_speech_service(source: QWidget, tmp_path: Any) -> None:
    """The real path: pyttsx3 + espeak-ng render the message, the test-mode sink keeps the WAV and its log line."""
    from studio.services.audio_out import FileSink
    from studio.services.speech import Priority, SpeechService

    sink = FileSink(tmp_path / "heard")
    with SpeechService(sink=sink) as speech:
        announcer = Announcer(source, speech=speech, mode=AnnounceMode.APP_VOICE)
        announcer.announce("Recording started.", assertive=True)
        announcer.announce("Three pieces of feedback.")
        assert speech.wait_idle(timeout=20)
        assert speech.last_error is None and speech.engine_error is None
    entries = [e for e in sink.entries() if e["kind"] == "speech"]
    assert [e["text"] for e in entries] == ["Recording started.", "Three pieces of feedback."]
    assert entries[0]["priority"] in (Priority.URGENT, Priority.URGENT.value, "URGENT", "urgent")
    assert all(e["duration"] > 0.3 for e in entries)  # real rendered speech, not an empty file


def test_voice_language_follows_the_feedback_and_interface_settings(settings: Any) -> None:
    from studio.ui.app import feedback_language

    settings.set("ui.language", "vi")
    assert feedback_language(settings) == "vi"
    settings.set("speech.feedback_language", "zh")
    assert feedback_language(settings) == "zh"
    assert feedback_language(None) == "en"
