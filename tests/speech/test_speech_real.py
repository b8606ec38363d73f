"""The speech service on the REAL engines (espeak-ng, and pyttsx3's espeak driver), writing to files.

This is the real path minus the sound card: the same engine thread, the same WAV rendering and the
same queue as on a device, with the test-mode FileSink instead of speakers (the device path is
tested with PulseAudio in ``test_audio_out.py``). The service's default engine on Linux is
espeak-ng's command line (EspeakEngine); pyttsx3 (Pyttsx3Engine, the engine on Windows/macOS) is
run here through its espeak driver too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from studio.services.audio_out import FileSink, read_wav
from studio.services.speech import EspeakEngine, Priority, Pyttsx3Engine, SpeechService

RMS_FLOOR = 0.02  # espeak-ng speech measured ~0.1-0.2 RMS at full volume; silence is 0


def _rms(path: Path) -> float:
    samples, _rate = read_wav(path)
    return float(np.sqrt(np.mean(samples**2)))


def _duration(path: Path) -> float:
    samples, rate = read_wav(path)
    return len(samples) / rate


def test_real_speech_is_audible_and_grows_with_the_text(real_service: SpeechService, file_sink: FileSink) -> None:
    """Each utterance becomes a non-silent WAV, and a longer sentence makes a longer one."""
    short = "Good pace."
    long = "Good pace. You covered most of the script, but please slow down a little when you read the price."
    real_service.say(short, language="en")
    real_service.say(long, language="en-US")
    real_service.say("Kecepatan bicara Anda bagus.", language="id-ID")
    assert real_service.wait_idle(30)
    log = file_sink.entries()
    assert [e["text"] for e in log] == [short, long, "Kecepatan bicara Anda bagus."]
    files = [file_sink.folder / e["file"] for e in log]
    for path in files:
        assert _rms(path) > RMS_FLOOR, path
    assert _duration(files[1]) > 3 * _duration(files[0])
    assert log[2]["language"] == "id"


def test_test_mode_log_has_text_language_start_and_numbered_files(
    real_service: SpeechService, file_sink: FileSink
) -> None:
    """The test-mode sink writes NNNN-speech-<lang>.wav files and one JSON line per utterance."""
    before = time.time()
    real_service.say("Recording saved.", language="en")
    real_service.say("Rekaman disimpan.", language="id")
    assert real_service.wait_idle(30)
    lines = file_sink.log_path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["file"] for r in records] == ["0001-speech-en.wav", "0002-speech-id.wav"]
    for record in records:
        assert {"text", "language", "start", "start_iso", "duration", "completed"} <= record.keys()
        assert record["start"] >= before - 1
        assert record["duration"] > 0.3
        assert (file_sink.folder / record["file"]).is_file()


@pytest.mark.slow  # plays real speech in real time (2-4 s)
def test_real_urgent_jumps_the_queue(tmp_path: Path) -> None:
    """With real espeak-ng speech playing in real time, an URGENT cue cuts in ahead of waiting sentences."""
    sink = FileSink(tmp_path / "rt", realtime=True)
    with SpeechService(sink=sink) as service:
        service.say("This first sentence is long enough to still be playing when the urgent cue arrives.",
                    language="en")
        time.sleep(0.5)
        service.say("Second.", language="en")
        service.say("Claim detected.", language="en", priority=Priority.URGENT)
        assert service.wait_idle(30)
    texts = [e["text"] for e in sink.entries()]
    assert texts[1:] == ["Claim detected.", "Second."]
    assert sink.entries()[0]["completed"] is False


@pytest.mark.slow  # plays real speech in real time (2-4 s)
def test_real_interrupt_drops_pending_and_repeat_speaks_the_last_again(tmp_path: Path) -> None:
    """interrupt() silences real speech and drops the queue; repeat_last() then says the last sentence again."""
    sink = FileSink(tmp_path / "rt", realtime=True)
    with SpeechService(sink=sink) as service:
        service.say("You are speaking a little too fast for your viewers to follow.", language="en")
        service.say("This is never said.", language="en")
        time.sleep(0.5)
        assert service.interrupt() == 1
        assert service.wait_idle(10)
        assert service.repeat_last()
        assert service.wait_idle(30)
    entries = sink.entries()
    assert [e["text"] for e in entries] == ["You are speaking a little too fast for your viewers to follow."] * 2
    assert [e["completed"] for e in entries] == [False, True]
    first, again = (sink.folder / e["file"] for e in entries)
    assert _rms(again) > RMS_FLOOR
    assert abs(_duration(first) - _duration(again)) < 0.05  # the same sentence rendered again


def test_speak_to_file_writes_a_wav_and_rate_changes_its_length(real_service: SpeechService, tmp_path: Path) -> None:
    """speak_to_file renders with the language's voice; a slower rate makes the same text longer."""
    text = "Please show the product to the camera again."
    fast = real_service.speak_to_file(text, tmp_path / "fast.wav", "en")
    real_service.rate = 110
    slow = real_service.speak_to_file(text, tmp_path / "slow.wav", "en")
    assert _rms(fast) > RMS_FLOOR and _rms(slow) > RMS_FLOOR
    assert _duration(slow) > 1.3 * _duration(fast)


def test_cli_speak_writes_a_wav_and_refuses_unusable_languages(tmp_path: Path) -> None:
    """`studio speak TEXT --out F.wav` saves speech; Mandarin is refused with a spoken-style message."""
    out = tmp_path / "said.wav"
    done = subprocess.run(
        [sys.executable, "-m", "studio", "speak", "Your pace was good", "--rate", "160", "--out", str(out)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _rms(out) > RMS_FLOOR
    refused = subprocess.run(
        [sys.executable, "-m", "studio", "speak", "你好", "--language", "zh-CN", "--out", str(tmp_path / "z.wav")],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert refused.returncode == 2
    assert "No usable voice" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "z.wav").exists()


def test_pyttsx3_engine_renders_real_speech_on_the_speech_thread(file_sink: FileSink) -> None:
    """The service driven by pyttsx3 (save_to_file + runAndWait) speaks English and Indonesian audibly."""
    with SpeechService(engine_factory=lambda: Pyttsx3Engine("espeak"), sink=file_sink) as service:
        assert service.can_speak("en") and service.can_speak("id")
        service.say("Your pace was good.", language="en")
        service.say("Kecepatan bicara Anda bagus.", language="id")
        assert service.wait_idle(30)
        assert service.last_error is None
    files = [file_sink.folder / e["file"] for e in file_sink.entries()]
    assert len(files) == 2
    for path in files:
        assert _rms(path) > RMS_FLOOR


def test_espeak_engine_applies_every_rate_change(tmp_path: Path) -> None:
    """Alternating 175 and 110 wpm always changes the length (pyttsx3's espeak driver missed 16-37 of 40)."""
    engine = EspeakEngine()
    text = "Please show the product to the camera again."
    for i in range(4):
        fast, slow = tmp_path / f"f{i}.wav", tmp_path / f"s{i}.wav"
        engine.synthesize(text, fast, voice_id="gmw/en-us", rate=175, volume=1.0)
        engine.synthesize(text, slow, voice_id="gmw/en-us", rate=110, volume=1.0)
        assert _duration(slow) > 1.4 * _duration(fast)


def test_text_starting_with_a_dash_is_spoken_not_parsed_as_an_option(tmp_path: Path) -> None:
    """Text reaches espeak-ng on stdin, so '-v fr' is read aloud instead of switching the voice."""
    out = tmp_path / "dash.wav"
    EspeakEngine().synthesize("-v fr --help", out, voice_id="gmw/en-us", rate=175, volume=1.0)
    assert _rms(out) > RMS_FLOOR
