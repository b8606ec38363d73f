"""Pre-flight guidance in words: where the face is, how bright the picture is, how the microphone sounds.

Pure functions over numbers (a face box and the frame size, a mean brightness, audio levels in
dBFS), so they are easy to test: every result carries a stable message ``key`` (for tests and code)
and the ``text`` in the interface language (``tr`` at the moment the advice is made).

**Left and right are the trainee's own.** Camera pictures are not mirrored: the trainee's right
hand appears on the *left* of the picture, as a viewer sees them. So a face on the left of the
picture means the trainee sits too far to *their* right and should move to their left. Pass
``mirrored=True`` when the frame was already flipped for a selfie-style preview.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.core.errors import ModelError
from studio.core.i18n import tr

# Framing limits, as fractions of the frame. A livestream seller shows the product too, so a
# head-and-shoulders shot (face 12–40 % of the picture width) is the target.
CENTRE_TOLERANCE = 0.12
"""How far (fraction of the width/height) the face centre may sit from the picture centre."""
TOO_FAR = 0.12
"""Face narrower than this fraction of the picture width: too far from the camera."""
TOO_CLOSE = 0.40
"""Face wider than this fraction of the picture width: too close."""
VERTICAL_TARGET = 0.42
"""Where the face centre should sit vertically (a little above the middle leaves room for the product)."""

DARK = 60.0
BRIGHT = 200.0
"""Mean brightness (0–255) below which the picture is dark / above which it is washed out."""

SILENT_DBFS = -60.0
QUIET_DBFS = -35.0
LOUD_DBFS = -6.0
NOISY_FLOOR_DBFS = -45.0
MIN_SNR_DB = 15.0


@dataclass(frozen=True, slots=True)
class FaceBox:
    """A face's bounding box in pixels (x, y of the top-left corner)."""

    x: float
    y: float
    width: float
    height: float

    def __post_init__(self) -> None:
        for name in ("x", "y", "width", "height"):
            value = getattr(self, name)
            if not math.isfinite(value):
                raise ModelError(f"a face box's {name} must be a finite number")
        if self.width <= 0 or self.height <= 0:
            raise ModelError("a face box must have a positive width and height")

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass(frozen=True, slots=True)
class Advice:
    """One piece of guidance: a stable key, the text in the interface language, and whether all is well."""

    key: str
    text: str
    ok: bool


def framing_advice(face: FaceBox | None, frame_width: int, frame_height: int, *,
                   mirrored: bool = False) -> tuple[Advice, ...]:
    """Guidance about the face's place and size, most important first; one ``ok`` advice when all is well."""
    if frame_width <= 0 or frame_height <= 0:
        raise ModelError("the picture size must be positive")
    if face is None:
        return (Advice("framing.not_found", tr("I cannot see your face. Sit facing the camera, close enough to "
                                               "fill about a quarter of the picture's width, with light on your "
                                               "face."),
                       False),)
    advice: list[Advice] = []
    size = face.width / frame_width
    if size > TOO_CLOSE:
        advice.append(Advice("framing.too_close", tr("You are too close to the camera. Move back a little."),
                             False))
    elif size < TOO_FAR:
        advice.append(Advice("framing.too_far", tr("You are far from the camera. Move closer."), False))
    cx, cy = face.centre
    dx = cx / frame_width - 0.5  # positive: face on the right of the picture
    if mirrored:
        dx = -dx
    # Unmirrored: picture right = the trainee's left.
    if dx > CENTRE_TOLERANCE:
        advice.append(Advice("framing.face_left", tr("Your face is left of centre. Move right a little."),
                             False))
    elif dx < -CENTRE_TOLERANCE:
        advice.append(Advice("framing.face_right", tr("Your face is right of centre. Move left a little."),
                             False))
    dy = cy / frame_height - VERTICAL_TARGET
    if dy < -CENTRE_TOLERANCE:
        advice.append(Advice("framing.face_high", tr("Your face is near the top of the picture. "
                                                     "Lower the camera or sit a little lower."), False))
    elif dy > CENTRE_TOLERANCE:
        advice.append(Advice("framing.face_low", tr("Your face is low in the picture. "
                                                    "Raise the camera or sit up a little."), False))
    if not advice:
        advice.append(Advice("framing.good", tr("Your face is well placed in the picture."), True))
    return tuple(advice)


def brightness_advice(mean_brightness: float) -> Advice:
    """Guidance from the picture's mean brightness (0–255)."""
    if not 0.0 <= mean_brightness <= 255.0:
        raise ModelError("brightness must be between 0 and 255")
    if mean_brightness < DARK:
        return Advice("light.dark", tr("The picture is dark. Turn on a light or face a window."), False)
    if mean_brightness > BRIGHT:
        return Advice("light.bright", tr("The picture is too bright. Move away from the window or dim the light."),
                      False)
    return Advice("light.good", tr("The light is good."), True)


def dbfs(rms: float) -> float:
    """An RMS level (full scale 1.0) in dBFS; silence is −180."""
    return 20.0 * math.log10(rms) if rms > 1e-9 else -180.0


def microphone_advice(speech_dbfs: float, noise_dbfs: float, clipping: bool) -> Advice:
    """Guidance from a few seconds of "say a sentence": the speech level, the quiet floor and clipping."""
    if speech_dbfs < SILENT_DBFS:
        return Advice("mic.silent", tr("I hear nothing from the microphone. Check that it is connected and not "
                                       "muted."), False)
    if clipping or speech_dbfs > LOUD_DBFS:
        return Advice("mic.too_loud", tr("Your voice is too loud for the microphone. "
                                         "Move it a little further away or turn its level down."), False)
    if noise_dbfs > NOISY_FLOOR_DBFS or speech_dbfs - noise_dbfs < MIN_SNR_DB:
        return Advice("mic.noisy", tr("The room is noisy. Close the window or move somewhere quieter."),
                      False)
    if speech_dbfs < QUIET_DBFS:
        return Advice("mic.too_quiet", tr("Your voice is quiet. Speak up or move closer to the microphone."),
                      False)
    return Advice("mic.good", tr("Good level. The microphone hears you clearly."), True)
