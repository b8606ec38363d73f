"""Recordings (review video, voice notes, feedback playback) play on the sound output chosen in Settings.

QtMultimedia names devices its own way, so the chosen name is looked up among Qt's devices
(``studio.services.audio_out.matching_output``). The real path: a private PulseAudio server with a second null sink,
a Qt process that plays real speech through ``studio.ui.playback.audio_output`` on that sink by name, and ``parec``
on both sinks' monitors: the chosen sink hears the speech, the default sink hears nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from studio.services.audio_out import matching_output
from tests.support.pulse import SINK, PulseSession, pulse_available

ROOT = Path(__file__).resolve().parents[2]


def test_the_chosen_output_is_found_by_its_name_in_any_case() -> None:
    names = ["Speakers (Realtek High Definition Audio)", "Headphones (USB Audio)"]
    assert matching_output("headphones (usb audio)", names) == 1
    assert matching_output("", names) is None  # "" is the system default
    assert matching_output("Living-room speaker", names) is None
    assert matching_output("Built-in", []) is None


def test_a_name_cut_short_by_windows_mme_finds_the_whole_device() -> None:
    names = ["Speakers (Realtek High Definition Audio)", "Headphones (Realtek High Definition Audio)"]
    assert matching_output("Headphones (Realtek High Defini", names) == 1


def test_a_name_that_fits_several_devices_picks_none() -> None:
    names = ["Headphones (USB Audio)", "Headphones (Bluetooth)"]
    assert matching_output("Headphones", names) is None
    assert matching_output("Headphones (Bluetooth)", names) == 1  # the exact name wins over the prefixes


_PLAY = """
import sys
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from studio.ui.playback import audio_output
output = audio_output(sys.argv[1], app)
print(output.device().description(), flush=True)
player = QMediaPlayer()
player.setAudioOutput(output)
player.setSource(QUrl.fromLocalFile(sys.argv[2]))
player.errorOccurred.connect(lambda _e, message: (print("error:", message, flush=True), app.exit(3)))
player.play()
QTimer.singleShot(2500, app.quit)
sys.exit(app.exec())
"""


def _loudness(raw: Path) -> float:
    samples = np.frombuffer(raw.read_bytes(), dtype="<i2").astype(np.float32) / 32768.0
    return float(np.sqrt(np.mean(samples**2))) if samples.size else 0.0


@pytest.mark.slow
@pytest.mark.audio
@pytest.mark.skipif(not pulse_available(), reason="PulseAudio is not installed")
def test_a_recording_plays_on_the_output_chosen_by_name(tmp_path: Path, speech_dir: Path) -> None:
    with PulseSession() as pulse:
        env = pulse.env({**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
        subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=studio_phones", "rate=48000",
                        "channels=1", "sink_properties=device.description=StudioPhones"],
                       env=env, check=True, capture_output=True, timeout=30)
        monitors = {}
        for sink in ("studio_phones", SINK):
            out = tmp_path / f"{sink}.raw"
            monitors[sink] = (out, subprocess.Popen(
                ["parec", f"--device={sink}.monitor", "--rate=48000", "--channels=1", "--format=s16le", "--raw"],
                env=env, stdout=out.open("wb"), stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL))
        try:
            played = subprocess.run([sys.executable, "-c", _PLAY, "studiophones", str(speech_dir / "jfk.flac")],
                                    env=env, capture_output=True, text=True, timeout=60)
        finally:
            for _out, recorder in monitors.values():
                recorder.terminate()
                recorder.wait(5)
    assert played.returncode == 0, played.stdout + played.stderr[-2000:]
    assert played.stdout.splitlines()[0] == "StudioPhones", played.stdout
    chosen, default = (_loudness(monitors[sink][0]) for sink in ("studio_phones", SINK))
    assert chosen > 0.02, f"the chosen output heard nothing (RMS {chosen:.4f})"
    assert default < 0.001, f"the default output also played (RMS {default:.4f})"
