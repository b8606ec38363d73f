"""Pre-flight: framing and light guidance (pure rules, then the real face finder on the astronaut
photo moved to known places), microphone level/noise through the real PulseAudio path, speaker test."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
import soundfile as sf

from studio.core.errors import ModelError
from studio.core.framing import FaceBox, brightness_advice, framing_advice, microphone_advice
from studio.services.capture.audio import Microphone
from studio.services.capture.preflight import check_frame, check_output, mean_brightness, measure_microphone
from tests.support.pulse import PulseSession

W, H = 1280, 720


# ---------------------------------------------------------------- pure rules


@pytest.mark.parametrize(
    ("centre_x", "key"),
    [(0.2, "framing.face_right"), (0.5, "framing.good"), (0.8, "framing.face_left")],
)
def test_horizontal_guidance_is_from_the_trainees_point_of_view(centre_x: float, key: str) -> None:
    """Unmirrored camera: a face on the picture's left means the trainee is to their own right."""
    face = FaceBox(centre_x * W - 100, 0.42 * H - 100, 200, 200)
    assert framing_advice(face, W, H)[0].key == key


def test_mirrored_preview_flips_left_and_right() -> None:
    """With a selfie-style (mirrored) frame the picture's left is the trainee's left."""
    face = FaceBox(0.2 * W - 100, 0.42 * H - 100, 200, 200)
    assert framing_advice(face, W, H, mirrored=True)[0].key == "framing.face_left"
    assert "move right" in framing_advice(face, W, H, mirrored=True)[0].text.lower()


def test_size_and_height_guidance() -> None:
    """Too close, too far, too high, too low, and not found, each with its own key."""
    assert framing_advice(FaceBox(400, 100, 600, 600), W, H)[0].key == "framing.too_close"
    assert framing_advice(FaceBox(600, 260, 80, 80), W, H)[0].key == "framing.too_far"
    assert framing_advice(FaceBox(540, 0, 200, 200), W, H)[0].key == "framing.face_high"
    assert framing_advice(FaceBox(540, 500, 200, 200), W, H)[0].key == "framing.face_low"
    assert framing_advice(None, W, H)[0].key == "framing.not_found"
    with pytest.raises(ModelError):
        FaceBox(0, 0, 0, 10)


def test_brightness_and_microphone_rules() -> None:
    """Dark, bright and good light; silent, quiet, loud, noisy and good microphone levels."""
    assert [brightness_advice(v).key for v in (20, 120, 240)] == ["light.dark", "light.good", "light.bright"]
    assert microphone_advice(-90, -95, False).key == "mic.silent"
    assert microphone_advice(-40, -80, False).key == "mic.too_quiet"
    assert microphone_advice(-10, -70, True).key == "mic.too_loud"
    assert microphone_advice(-20, -30, False).key == "mic.noisy"
    assert microphone_advice(-20, -70, False).key == "mic.good"


# ---------------------------------------------------------------- the real face finder

ASTRONAUT_FACE = (223.0, 113.0, 96.0)  # face centre x, y and width in astronaut.png (measured)


def _frame(faces_dir: Path, *, centre: tuple[float, float], face_width: float, gain: float = 1.0) -> np.ndarray:
    """A 1280×720 frame with the astronaut scaled so her face is ``face_width`` px wide, centred at ``centre``."""
    photo = cv2.imread(str(faces_dir / "astronaut.png"))
    scale = face_width / ASTRONAUT_FACE[2]
    photo = cv2.resize(photo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    frame = np.full((H, W, 3), 90, dtype=np.uint8)
    ox = round(centre[0] - ASTRONAUT_FACE[0] * scale)
    oy = round(centre[1] - ASTRONAUT_FACE[1] * scale)
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(W, ox + photo.shape[1]), min(H, oy + photo.shape[0])
    frame[y0:y1, x0:x1] = photo[y0 - oy:y1 - oy, x0 - ox:x1 - ox]
    return np.clip(frame.astype(np.float32) * gain, 0, 255).astype(np.uint8)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("centre", "width", "key"),
    [
        ((0.5 * W, 0.42 * H), 220, "framing.good"),
        ((0.2 * W, 0.42 * H), 220, "framing.face_right"),
        ((0.8 * W, 0.42 * H), 220, "framing.face_left"),
        ((0.5 * W, 0.45 * H), 600, "framing.too_close"),
        ((0.5 * W, 0.42 * H), 130, "framing.too_far"),  # ~0.1 of the width: about the smallest found
    ],
)
def test_face_found_where_it_was_put(faces_dir: Path, centre: tuple[float, float], width: float, key: str) -> None:
    """The real cascade finds the astronaut's face within a fifth of its width of where it was pasted,
    and the guidance names the right problem."""
    check = check_frame(_frame(faces_dir, centre=centre, face_width=width))
    assert check.face is not None
    fx, fy = check.face.centre
    assert abs(fx - centre[0]) < 0.2 * width and abs(fy - centre[1]) < 0.2 * width
    assert 0.7 * width < check.face.width < 1.4 * width
    assert check.framing[0].key == key


@pytest.mark.slow
def test_dark_picture_is_reported_and_face_still_found(faces_dir: Path) -> None:
    """A picture darkened to a quarter is "dark"; the face is still found; an empty picture has no face."""
    frame = _frame(faces_dir, centre=(0.5 * W, 0.42 * H), face_width=220, gain=0.25)
    check = check_frame(frame)
    assert mean_brightness(frame) < 40
    assert check.light.key == "light.dark" and not check.ok
    assert check.face is not None
    assert check_frame(np.full((H, W, 3), 120, dtype=np.uint8)).framing[0].key == "framing.not_found"


# ---------------------------------------------------------------- microphone and speaker (real PulseAudio)


@pytest.mark.slow
@pytest.mark.audio
def test_microphone_check_hears_speech_silence_and_noise(pulse: PulseSession, speech_dir: Path,
                                                         tmp_path: Path) -> None:
    """Real speech played into the virtual mic is a usable level; nothing is "silent"; loud hiss is "noisy"."""
    mic = Microphone()
    player = pulse.play(speech_dir / "librispeech-2412-153948-0000.flac")
    speech = measure_microphone(mic, seconds=3.0)
    player.terminate()
    player.wait(5)
    assert speech.advice.key in ("mic.good", "mic.too_quiet"), speech
    assert speech.speech_dbfs > -40 and speech.speech_dbfs - speech.noise_dbfs > 15
    silent = measure_microphone(mic, seconds=1.0)
    assert silent.advice.key == "mic.silent", silent
    noise = np.random.default_rng(1).normal(0, 0.1, 48000 * 3).astype(np.float32)
    sf.write(tmp_path / "hiss.wav", noise, 48000, subtype="PCM_16")
    pulse.play(tmp_path / "hiss.wav")
    noisy = measure_microphone(mic, seconds=2.0)
    assert noisy.advice.key == "mic.noisy", noisy


@pytest.mark.slow
@pytest.mark.audio
def test_speaker_tone_plays_and_a_bad_output_is_reported(pulse: PulseSession) -> None:
    """The tone plays through the real PulseAudio output; a device that does not exist gives a clear failure."""
    assert check_output(seconds=0.3).ok
    failed = check_output(device=987, seconds=0.3)
    assert not failed.ok and failed.advice.key == "output.failed" and failed.detail
