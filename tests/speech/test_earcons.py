"""The shipped earcons: all present, short, below -3 dBFS, click-free, distinct, and reproducible."""

from __future__ import annotations

import importlib.util
import itertools
import wave
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from studio.services.audio_out import EARCON_NAMES, Clip, EarconPlayer, FileSink, read_wav

MAX_SECONDS = 0.4
CEILING = 10 ** (-3 / 20)  # -3 dBFS


@pytest.fixture(scope="module")
def sounds(repo_root: Path) -> Path:
    return repo_root / "assets" / "sounds"


@pytest.fixture(scope="module")
def make_earcons(repo_root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_earcons", repo_root / "tools" / "make_earcons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_earcon_exists_as_16_bit_mono_48k_wav(sounds: Path) -> None:
    """Each name the app plays has a 16-bit PCM, mono, 48 kHz WAV in assets/sounds."""
    for name in EARCON_NAMES:
        with wave.open(str(sounds / f"{name}.wav"), "rb") as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 48_000), name


def test_earcons_are_short_below_minus_3_dbfs_and_start_and_end_silent(sounds: Path) -> None:
    """At most 400 ms, peak <= -3 dBFS, and faded in/out so they never click."""
    for name in EARCON_NAMES:
        samples, rate = read_wav(sounds / f"{name}.wav")
        assert 0.04 <= len(samples) / rate <= MAX_SECONDS, name
        peak = float(np.max(np.abs(samples)))
        assert 0.3 < peak <= CEILING, (name, peak)
        edge = max(1, rate // 4000)  # the first and last quarter millisecond
        assert abs(samples[0]) < 1e-3 and abs(samples[-1]) < 1e-3, name
        assert np.max(np.abs(samples[:edge])) < 0.1 and np.max(np.abs(samples[-edge:])) < 0.1, name
        # no sample-to-sample jump larger than a full-scale 4 kHz sine could make: no clicks inside
        assert np.max(np.abs(np.diff(samples))) < 2 * np.pi * 4000 / rate, name


def _features(samples: np.ndarray, rate: int) -> tuple[float, float, list[float]]:
    """(duration s, spectral centroid Hz, dominant pitch per quarter in Hz)."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    centroid = float((spectrum * freqs).sum() / spectrum.sum())
    contour = []
    for part in np.array_split(samples, 4):
        s = np.abs(np.fft.rfft(part * np.hanning(len(part))))
        contour.append(float(np.fft.rfftfreq(len(part), 1 / rate)[int(s.argmax())]))
    return len(samples) / rate, centroid, contour


def test_every_pair_of_earcons_differs_in_length_timbre_or_pitch_contour(sounds: Path) -> None:
    """Any two earcons differ by >= 25 % in length, >= 3 semitones in brightness, or >= 2 semitones
    somewhere in their pitch contour, so each can be told apart by ear."""
    feats = {name: _features(*read_wav(sounds / f"{name}.wav")) for name in EARCON_NAMES}
    for a, b in itertools.combinations(EARCON_NAMES, 2):
        (da, ca, pa), (db, cb, pb) = feats[a], feats[b]
        length = max(da, db) / min(da, db) >= 1.25
        brightness = abs(12 * np.log2(ca / cb)) >= 3
        contour = max(abs(12 * np.log2(x / y)) for x, y in zip(pa, pb, strict=True)) >= 2
        assert length or brightness or contour, (a, b, feats[a], feats[b])


def test_start_rises_stop_falls_and_too_fast_climbs(sounds: Path) -> None:
    """The pitch contours carry meaning: start goes up, stop comes down, too-fast climbs, dead-air sinks."""
    contour = {name: _features(*read_wav(sounds / f"{name}.wav"))[2] for name in ("start", "stop", "too_fast",
                                                                                   "dead_air")}
    assert contour["start"][0] < contour["start"][2]
    assert contour["stop"][0] > contour["stop"][2]
    assert contour["too_fast"] == sorted(contour["too_fast"])
    assert contour["dead_air"] == sorted(contour["dead_air"], reverse=True)


def test_generator_is_deterministic_and_matches_the_shipped_files(
    make_earcons: ModuleType, sounds: Path, tmp_path: Path
) -> None:
    """Running tools/make_earcons.py twice gives identical bytes, equal to the committed assets."""
    first, second = tmp_path / "a", tmp_path / "b"
    make_earcons.generate(first)
    make_earcons.generate(second)
    for name in EARCON_NAMES:
        data = (first / f"{name}.wav").read_bytes()
        assert data == (second / f"{name}.wav").read_bytes(), name
        assert data == (sounds / f"{name}.wav").read_bytes(), f"{name}.wav is stale: run tools/make_earcons.py"
    assert make_earcons.main(["--check", "--out", str(sounds)]) == 0
    assert set(make_earcons.RECIPES) == set(EARCON_NAMES)


def test_earcon_player_applies_volume_and_renders_into_the_test_mode_sink(tmp_path: Path) -> None:
    """EarconPlayer plays by name at its volume; on the file sink each earcon is logged like speech."""
    sink = FileSink(tmp_path / "out")
    player = EarconPlayer(sink, volume=0.5)
    full, _rate = player.load("saved")
    playback = player.play("saved")
    assert playback.wait(2) and playback.completed
    player.play("marker").wait(2)
    entries = sink.entries()
    assert [(e["kind"], e["text"]) for e in entries] == [("earcon", "saved"), ("earcon", "marker")]
    written, _ = read_wav(sink.folder / entries[0]["file"])
    assert np.max(np.abs(written)) == pytest.approx(0.5 * np.max(np.abs(full)), abs=2e-4)
    clip = player.render("marker")
    assert isinstance(clip, Clip) and clip.duration <= MAX_SECONDS


def test_unknown_earcon_name_is_a_studio_error(tmp_path: Path) -> None:
    """Asking for an earcon that does not exist raises a readable error, not a KeyError."""
    from studio.core.errors import StudioError

    with pytest.raises(StudioError, match="no sound called"):
        EarconPlayer(FileSink(tmp_path)).play("fanfare")
