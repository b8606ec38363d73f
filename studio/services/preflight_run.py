"""The spoken pre-flight before a take, step by step: camera framing and light, microphone level and room noise,
then the speaker. No Qt: the workflow runs it on its worker thread and speaks each result as it comes.

The measuring and the words are in :mod:`studio.services.capture.preflight` and :mod:`studio.core.framing`; this
module picks the devices the recording will use (the same choice as
``studio.services.rehearsal.default_recorder_factory``), runs the checks in order, turns each piece of advice into a
:class:`PreflightItem` and hands it to ``report`` at once. Between steps it looks at ``cancelled`` so the trainee can
skip the rest (a step already measuring finishes first: at most the three seconds of the microphone check).

Sound gets in the way of sound: the microphone check listens for the trainee's voice, and the speaker check plays a
tone the trainee must hear. So before each the step calls ``context.before_listening`` / ``context.wait_quiet``,
which the caller makes say the prompt and wait until the app's own voice has finished.

A failing check never stops the take: its message says what to do, and the workflow goes on to the countdown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from studio.core.errors import StudioError
from studio.core.i18n import tr

log = logging.getLogger(__name__)

CAMERA_WARMUP_FRAMES = 8
"""Frames read before the one that is judged: a webcam's first pictures are dark while its exposure settles."""
MICROPHONE_SECONDS = 3.0


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class PreflightItem:
    """One result to say: which check (``camera``, ``light``, ``microphone``, ``output``), the advice's stable key
    (``light.dark``), the sentence in the interface language, and whether it needs the trainee's attention."""

    check: str
    key: str
    message: str
    ok: bool


@dataclass
class PreflightContext:
    """What a step may ask of the caller while it runs."""

    cancelled: Callable[[], bool] = lambda: False
    before_listening: Callable[[], None] = lambda: None
    """Called just before the microphone listens: say what to do, then wait until the app's voice is quiet."""
    wait_quiet: Callable[[], None] = lambda: None
    """Called before a test sound: wait until the app's voice is quiet."""


PreflightStep = Callable[[PreflightContext], Iterable[PreflightItem]]


@dataclass
class PreflightOutcome:
    items: list[PreflightItem] = field(default_factory=list)
    cancelled: bool = False

    @property
    def problems(self) -> list[PreflightItem]:
        return [item for item in self.items if not item.ok]


def run_preflight(
    steps: Sequence[PreflightStep],
    *,
    report: Callable[[PreflightItem], None],
    context: PreflightContext | None = None,
) -> PreflightOutcome:
    """Run ``steps`` in order, handing every result to ``report`` as soon as it exists.

    A step that raises gives one item with the problem in words (a ``StudioError``'s own sentence) and the next step
    still runs. Results that arrive after ``context.cancelled()`` became true are dropped."""
    context = context or PreflightContext()
    outcome = PreflightOutcome()
    for step in steps:
        if context.cancelled():
            outcome.cancelled = True
            break
        check = getattr(step, "check", "check")
        try:
            produced = list(step(context))
        except StudioError as exc:
            produced = [PreflightItem(check, f"{check}.failed", exc.spoken(), False)]
        except Exception as exc:
            log.exception("the %s pre-flight check failed", check)
            produced = [PreflightItem(check, f"{check}.failed",
                                      tr("This check could not run: {error}.").format(error=exc), False)]
        if context.cancelled():
            outcome.cancelled = True
            break
        for item in produced:
            outcome.items.append(item)
            report(item)
    return outcome


# --------------------------------------------------------------------------- the real device checks


def _named_step(check: str, run: Callable[[PreflightContext], Iterable[PreflightItem]]) -> PreflightStep:
    run.check = check  # type: ignore[attr-defined]  # read by run_preflight to name a failure
    return run


def camera_text(settings: SettingsLike | None) -> str:
    """The camera the recording will use: the setting, the remembered choice, else the first webcam if any."""
    from studio.services.capture.devices import chosen_devices

    return chosen_devices(settings).camera or ""


def camera_step(settings: SettingsLike | None) -> PreflightStep:
    """Where the face is and how bright the picture is (one item per piece of advice)."""

    def run(context: PreflightContext) -> list[PreflightItem]:
        text = camera_text(settings)
        if not text:
            return [PreflightItem("camera", "camera.none",
                                  tr("No camera is connected, so this take records sound only."), True)]
        from studio.services.capture.camera import CameraSpec, open_camera
        from studio.services.capture.preflight import check_frame

        camera = open_camera(CameraSpec.parse(text))
        try:
            frame = None
            for _ in range(CAMERA_WARMUP_FRAMES):
                if context.cancelled():
                    return []
                picture = camera.read()
                if picture is None:
                    break
                frame = picture
        finally:
            camera.release()
        if frame is None:
            return [PreflightItem("camera", "camera.no_picture",
                                  tr("The camera gave no picture. Check that it is connected and that no other app "
                                     "is using it."), False)]
        result = check_frame(frame)
        items = [PreflightItem("camera", advice.key, advice.text,
                               advice.ok or advice.key == "framing.unavailable")  # the finder missing is not yours
                 for advice in result.framing]
        items.append(PreflightItem("light", result.light.key, result.light.text, result.light.ok))
        return items

    return _named_step("camera", run)


def microphone_step(settings: SettingsLike | None, seconds: float = MICROPHONE_SECONDS) -> PreflightStep:
    """A few seconds of the trainee's voice: level, room noise, clipping."""

    def run(context: PreflightContext) -> list[PreflightItem]:
        from studio.services.capture.audio import Microphone
        from studio.services.capture.devices import chosen_devices, find_audio_device
        from studio.services.capture.preflight import measure_microphone

        name = chosen_devices(settings).microphone or ""
        device: int | None = None
        if name:
            found = find_audio_device(name, "input")
            device, name = found.index, found.name
        microphone = Microphone(device, name=name or None)
        context.before_listening()
        if context.cancelled():
            return []
        result = measure_microphone(microphone, seconds)
        return [PreflightItem("microphone", result.advice.key, result.advice.text, result.ok)]

    return _named_step("microphone", run)


def output_step(settings: SettingsLike | None) -> PreflightStep:
    """A short tone on the chosen speaker or headphones."""

    def run(context: PreflightContext) -> list[PreflightItem]:
        from studio.services.audio_out import chosen_output
        from studio.services.capture.devices import chosen_devices
        from studio.services.capture.preflight import check_output

        device = chosen_output(chosen_devices(settings).output or "")
        context.wait_quiet()
        if context.cancelled():
            return []
        result = check_output(device)
        if result.detail:
            log.info("speaker check: %s", result.detail)
        return [PreflightItem("output", result.advice.key, result.advice.text, result.ok)]

    return _named_step("output", run)


def default_steps(settings: SettingsLike | None) -> tuple[PreflightStep, ...]:
    """The checks in the order the issue lists them: camera (framing and light), microphone, speaker."""
    return camera_step(settings), microphone_step(settings), output_step(settings)


__all__ = [
    "PreflightContext",
    "PreflightItem",
    "PreflightOutcome",
    "PreflightStep",
    "camera_step",
    "default_steps",
    "microphone_step",
    "output_step",
    "run_preflight",
]
