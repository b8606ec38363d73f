"""The speech queue's logic with a fake engine: priorities, interrupt, repeat, stale cues, refusals.

The same behaviours are tested against the real pyttsx3 + espeak-ng engine in
``test_speech_real.py``; these tests pin down the edge cases quickly and deterministically.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from studio.core.errors import StudioError
from studio.services.audio_out import FileSink
from studio.services.speech import Priority, SpeechService, Utterance
from studio.services.voices import NoUsableVoiceError

from .conftest import FakeEngine


def _service(engine: FakeEngine, sink: FileSink, **kwargs: object) -> SpeechService:
    return SpeechService(engine_factory=lambda: engine, sink=sink, **kwargs)  # type: ignore[arg-type]


def test_engine_lives_on_one_dedicated_thread(fake_engine: FakeEngine, file_sink: FileSink) -> None:
    """pyttsx3 is not thread-safe: every call to the engine comes from the single 'speech' thread."""
    with _service(fake_engine, file_sink) as service:
        for i in range(3):
            service.say(f"sentence {i}", language="en")
        service.speak_to_file("to a file", file_sink.folder / "direct.wav", "en")
        assert service.wait_idle(10)
    assert fake_engine.threads == {"speech"}
    assert len(fake_engine.calls) == 4


def test_urgent_jumps_the_queue_and_cuts_off_normal_speech(tmp_path: Path) -> None:
    """An URGENT cue interrupts the utterance playing and is spoken before the NORMAL ones waiting."""
    sink = FileSink(tmp_path / "rt", realtime=True)
    engine = FakeEngine(seconds_per_char=0.02)
    with _service(engine, sink) as service:
        service.say("a long first sentence that plays for a while", language="en")
        time.sleep(0.2)
        service.say("second normal", language="en")
        service.say("third normal", language="en")
        service.say("urgent stop", language="en", priority=Priority.URGENT)
        assert service.wait_idle(20)
    log = sink.entries()
    assert [e["text"] for e in log] == [
        "a long first sentence that plays for a while", "urgent stop", "second normal", "third normal"]
    assert log[0]["completed"] is False
    assert all(e["completed"] for e in log[1:])


def test_interrupt_stops_speech_and_drops_everything_pending(tmp_path: Path) -> None:
    """The 'stop talking' key ends the current utterance and nothing queued is said afterwards."""
    sink = FileSink(tmp_path / "rt", realtime=True)
    with _service(FakeEngine(seconds_per_char=0.02), sink) as service:
        service.say("one rather long sentence to be cut off", language="en")
        service.say("two", language="en")
        service.say("three", language="en")
        time.sleep(0.2)
        assert service.interrupt() == 2
        assert service.wait_idle(5)
        assert [u.text for u in service.dropped] == ["two", "three"]
    log = sink.entries()
    assert [e["text"] for e in log] == ["one rather long sentence to be cut off"]
    assert log[0]["completed"] is False


def test_repeat_last_says_the_last_utterance_again(fake_engine: FakeEngine, file_sink: FileSink) -> None:
    """repeat_last() speaks the most recent utterance once more; with nothing said yet it returns False."""
    with _service(fake_engine, file_sink) as service:
        assert service.repeat_last() is False
        service.say("first", language="en")
        service.say("Kecepatan bicara Anda bagus", language="id-ID")
        assert service.wait_idle(10)
        assert service.repeat_last() is True
        assert service.wait_idle(10)
    log = file_sink.entries()
    assert [(e["text"], e["language"]) for e in log][-2:] == [("Kecepatan bicara Anda bagus", "id")] * 2
    assert log[-1]["priority"] == "urgent"


def test_stale_low_priority_cues_are_dropped(tmp_path: Path) -> None:
    """A LOW cue that waited longer than low_max_age (e.g. behind a long sentence) is never spoken."""
    sink = FileSink(tmp_path / "rt", realtime=True)
    with _service(FakeEngine(seconds_per_char=0.02), sink, low_max_age=0.3) as service:
        service.say("a sentence that takes about one second", language="en")
        service.say("slow down", language="en", priority=Priority.LOW)
        assert service.wait_idle(10)
        service.say("fresh hint", language="en", priority=Priority.LOW)
        assert service.wait_idle(10)
        assert [u.text for u in service.dropped] == ["slow down"]
    assert [e["text"] for e in sink.entries()] == ["a sentence that takes about one second", "fresh hint"]


def test_language_without_a_verified_voice_is_refused(fake_engine: FakeEngine, file_sink: FileSink) -> None:
    """say() in Mandarin or Vietnamese raises NoUsableVoiceError and nothing reaches the engine."""
    with _service(fake_engine, file_sink) as service:
        for lang in ("zh-CN", "vi-VN"):
            assert service.can_speak(lang) is False
            with pytest.raises(NoUsableVoiceError, match="No usable voice"):
                service.say("xin chào", language=lang)
            with pytest.raises(NoUsableVoiceError):
                service.speak_to_file("你好", file_sink.folder / "x.wav", lang)
        assert service.can_speak("en-GB") and service.can_speak("id")
    assert fake_engine.calls == []


def test_started_and_finished_callbacks_fire_in_order(fake_engine: FakeEngine, file_sink: FileSink) -> None:
    """Plain-callable events report each utterance's start and its completion (the UI wraps them in signals)."""
    events: list[tuple[str, str, bool | None]] = []

    def started(u: Utterance) -> None:
        events.append(("started", u.text, None))

    def finished(u: Utterance, completed: bool) -> None:
        events.append(("finished", u.text, completed))

    with _service(fake_engine, file_sink, on_started=started, on_finished=finished) as service:
        service.say("hello", language="en")
        service.say("again", language="en")
        assert service.wait_idle(10)
    assert events == [("started", "hello", None), ("finished", "hello", True),
                      ("started", "again", None), ("finished", "again", True)]


def test_settings_reach_the_engine_and_bad_values_are_refused(fake_engine: FakeEngine, file_sink: FileSink) -> None:
    """Rate and volume changes apply to the next utterance; out-of-range values raise a StudioError."""
    with _service(fake_engine, file_sink, rate=150, volume=0.5) as service:
        service.say("one", language="en")
        assert service.wait_idle(10)
        service.rate = 220
        service.volume = 1.0
        service.say("two", language="en")
        assert service.wait_idle(10)
        with pytest.raises(StudioError):
            service.rate = 5
        with pytest.raises(StudioError):
            service.volume = 2.0
    assert [(c[0], c[2], c[3]) for c in fake_engine.calls] == [("one", 150, 0.5), ("two", 220, 1.0)]


def test_a_failing_utterance_does_not_stop_the_speech_thread(file_sink: FileSink) -> None:
    """If the engine fails on one sentence, it is reported and the next sentence is still spoken."""
    engine = FakeEngine(fail_on="boom")
    results: list[tuple[str, bool]] = []
    with _service(engine, file_sink, on_finished=lambda u, ok: results.append((u.text, ok))) as service:
        service.say("boom", language="en")
        service.say("fine", language="en")
        assert service.wait_idle(10)
        assert service.last_error is not None
    assert results == [("boom", False), ("fine", True)]


def test_engine_that_cannot_start_is_reported(file_sink: FileSink) -> None:
    """A broken engine factory leaves engine_error set, can_speak False, and queued text finished unspoken."""

    def broken() -> FakeEngine:
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    results: list[bool] = []
    with SpeechService(engine_factory=broken, sink=file_sink, on_finished=lambda _u, ok: results.append(ok)) as s:
        assert s.can_speak("en") is False
        assert isinstance(s.engine_error, OSError)
    assert file_sink.entries() == []
