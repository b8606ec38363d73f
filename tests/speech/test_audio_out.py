"""Output detection and real playback: no device on this machine, then a PulseAudio null sink.

The machine has no sound card. Without a sound server, detect_output() and speech_status() must
say there is no output and how to fix it. With a private PulseAudio server (tests/support/pulse.py)
they must report the speaker, and earcons and speech played through the real PortAudio path must
arrive at the virtual speaker, recorded back from its monitor with ``parec``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from studio.services import audio_out
from studio.services.audio_out import DeviceSink, EarconPlayer, detect_output
from studio.services.speech import SpeechService, speech_status
from tests.support.pulse import SINK, PulseSession, pulse_available

HAS_SOUND_CARD = Path("/dev/snd").exists()


@pytest.fixture
def no_sound_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Point PulseAudio clients at a socket where nothing listens, and re-read PortAudio's devices."""
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody-here'}")
    monkeypatch.setenv("PULSE_RUNTIME_PATH", str(tmp_path / "pulse-runtime"))
    yield
    monkeypatch.undo()
    detect_output(refresh=True)


@pytest.mark.skipif(HAS_SOUND_CARD, reason="this machine has a sound card; the no-output case cannot be staged")
def test_no_sound_card_and_no_server_is_reported_with_a_fix(no_sound_server: None) -> None:
    """With no sound card and no sound server, output is reported missing, with a fix a person can follow."""
    status = detect_output(refresh=True)
    assert status.available is False
    assert "No sound output device" in status.detail
    assert "pulseaudio --start" in status.fix and "screen reader" in status.fix
    rows = {name: (ok, detail, fix) for name, ok, detail, fix in speech_status(status)}
    assert rows["Sound output"] == (False, status.detail, status.fix)
    assert rows["Speech engine (pyttsx3)"][0] is True
    assert rows["Voice for English"][0] is True
    assert rows["Voice for 简体中文"][0] is False and "No usable voice" in rows["Voice for 简体中文"][1]


def test_speech_status_rows_are_name_ok_detail_fix_and_cover_every_language() -> None:
    """speech_status() returns (name, ok, detail, fix) for the engine, espeak-ng, each language and output."""
    rows = speech_status()
    names = [row[0] for row in rows]
    assert names[:2] == ["Speech engine (pyttsx3)", "espeak-ng"]
    assert names[-1] == "Sound output"
    assert sum(1 for n in names if n.startswith("Voice for ")) == 4
    for name, ok, detail, fix in rows:
        assert isinstance(ok, bool) and detail, name
        assert ok or fix, f"{name} failed without a fix"


def _record_monitor(pulse: PulseSession, seconds: float, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        ["parec", f"--device={SINK}.monitor", "--rate=48000", "--channels=1", "--format=s16le",
         "--latency-msec=20", "--raw"],
        env=pulse.env(), stdout=out.open("wb"), stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
    )


@pytest.mark.slow
@pytest.mark.audio
@pytest.mark.skipif(not pulse_available(), reason="PulseAudio is not installed")
def test_pulse_null_sink_is_detected_and_real_playback_reaches_it(tmp_path: Path) -> None:
    """With a PulseAudio null sink, output is found, and an earcon and real speech played through
    sounddevice are heard on the sink's monitor (recorded back with parec)."""
    with PulseSession() as pulse, pulse.activated():
        status = detect_output(refresh=True)
        assert status.available, status
        assert status.pulse_sink == SINK
        rows = {row[0]: row for row in speech_status(status)}
        assert rows["Sound output"][1] is True

        capture = tmp_path / "monitor.raw"
        recorder = _record_monitor(pulse, 3.0, capture)
        try:
            time.sleep(0.3)
            sink = DeviceSink(volume=1.0)
            earcon = EarconPlayer(sink, volume=1.0).play("countdown_go")
            assert earcon.wait(5) and earcon.completed
            with SpeechService(sink=sink) as service:
                service.say("Recording saved.", language="en")
                assert service.wait_idle(15)
                assert service.last_error is None
            time.sleep(0.5)
        finally:
            recorder.terminate()
            recorder.wait(5)
        heard = np.frombuffer(capture.read_bytes(), dtype="<i2").astype(np.float32) / 32768.0
        assert len(heard) > 48_000
        frames = heard[: len(heard) // 480 * 480].reshape(-1, 480)
        loud = np.sqrt((frames**2).mean(axis=1)) > 0.01
        # the earcon (350 ms) plus the spoken sentence (~1 s): well over half a second of sound
        assert loud.sum() * 0.01 > 0.6, loud.sum()


@pytest.mark.slow
@pytest.mark.audio
@pytest.mark.skipif(not pulse_available(), reason="PulseAudio is not installed")
def test_the_sound_output_chosen_by_name_is_where_the_app_plays(tmp_path: Path) -> None:
    """Settings → Sound output: the voice and earcons play on the output chosen by name (heard on the sink's
    monitor); a remembered output that is gone gives a spoken-friendly message and the system default."""
    from studio.ui.app import device_sink

    with PulseSession() as pulse, pulse.activated():
        detect_output(refresh=True)
        sink, problem = device_sink("pulse")
        assert problem == "" and sink.device == audio_out.chosen_output("pulse") and sink.device is not None
        capture = tmp_path / "monitor.raw"
        recorder = _record_monitor(pulse, 2.0, capture)
        try:
            time.sleep(0.3)
            earcon = EarconPlayer(sink, volume=1.0).play("countdown_go")
            assert earcon.wait(5) and earcon.completed
            time.sleep(0.5)
        finally:
            recorder.terminate()
            recorder.wait(5)
        heard = np.frombuffer(capture.read_bytes(), dtype="<i2").astype(np.float32) / 32768.0
        frames = heard[: len(heard) // 480 * 480].reshape(-1, 480)
        assert (np.sqrt((frames**2).mean(axis=1)) > 0.01).sum() * 0.01 > 0.2

        gone, problem = device_sink("Living-room speaker")
        assert gone.device is None
        assert problem == ("There is no speaker called 'Living-room speaker'. The speakers found are: pulse, "
                           "default. The app speaks on the default sound output.")
        assert device_sink("")[0].device is None and device_sink("")[1] == ""


@pytest.mark.slow
@pytest.mark.audio
@pytest.mark.skipif(not pulse_available(), reason="PulseAudio is not installed")
def test_stopping_device_playback_ends_it_at_once() -> None:
    """Playback.stop() on a real output stream returns promptly and marks the clip as not completed."""
    with PulseSession() as pulse, pulse.activated():
        detect_output(refresh=True)
        clip = audio_out.Clip(np.zeros(48_000 * 5, dtype=np.float32), 48_000, "speech", "silence")
        playback = DeviceSink().play(clip)
        time.sleep(0.3)
        started = time.monotonic()
        playback.stop()
        assert playback.wait(2)
        assert time.monotonic() - started < 1.0
        assert playback.completed is False
    assert "PULSE_SERVER" not in os.environ or os.environ["PULSE_SERVER"] != f"unix:{pulse.socket}"


@pytest.mark.skipif(HAS_SOUND_CARD, reason="this machine has a sound card; the no-output case cannot be staged")
def test_cli_speak_without_output_says_so_and_suggests_out(tmp_path: Path) -> None:
    """`studio speak TEXT` with no sound output exits 2 with the reason and the --out alternative, no traceback."""
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path / 'nobody-here'}")
    done = subprocess.run([sys.executable, "-m", "studio", "speak", "Hello"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "No sound output device" in done.stderr and "--out" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
@pytest.mark.audio
@pytest.mark.skipif(not pulse_available(), reason="PulseAudio is not installed")
def test_cli_speak_plays_on_the_pulse_speaker(tmp_path: Path) -> None:
    """`studio speak TEXT` plays on the PulseAudio speaker and exits 0 once the sentence has been heard."""
    with PulseSession() as pulse:
        capture = tmp_path / "monitor.raw"
        recorder = _record_monitor(pulse, 3.0, capture)
        try:
            done = subprocess.run([sys.executable, "-m", "studio", "speak", "Your pace was good."],
                                  env=pulse.env(), capture_output=True, text=True, timeout=60, check=False)
            time.sleep(0.3)
        finally:
            recorder.terminate()
            recorder.wait(5)
    assert done.returncode == 0, done.stderr
    heard = np.frombuffer(capture.read_bytes(), dtype="<i2").astype(np.float32) / 32768.0
    assert float(np.sqrt(np.mean(heard**2))) > 0.005
