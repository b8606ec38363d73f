"""``studio speak TEXT``: say something with the app's voice, or write it to a WAV file.

Uses the same speech service as the app, so it shows whether a language has a usable voice and
whether sound can come out on this machine::

    studio speak "Your pace was good" --language en
    studio speak "Kecepatan bicara Anda bagus" --language id --out feedback.wav --rate 150
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.services.audio_out import Clip, Playback

HELP = "Speak a sentence with the app's voice, or save it as a WAV file (--out)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="TEXT", help="what to say")
    parser.add_argument(
        "--language", default="en", metavar="CODE", help="feedback language: en, vi, zh, id (or vi-VN, zh-CN, ...)"
    )
    parser.add_argument("--out", metavar="FILE.wav", help="write the speech to this WAV file instead of playing it")
    parser.add_argument("--rate", type=int, default=None, metavar="N", help="speech rate in words per minute")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from studio.core.errors import StudioError
    from studio.services.audio_out import AudioOutputError, detect_output
    from studio.services.speech import DEFAULT_RATE, SpeechService

    rate = args.rate if args.rate is not None else DEFAULT_RATE
    if args.out:
        out = Path(args.out)
        if out.suffix.lower() != ".wav":
            raise StudioError("The output file must end in .wav.", path=out)
        with SpeechService(rate=rate, sink=_NoSink(), auto_check_voices=False) as service:
            path = service.speak_to_file(args.text, out, args.language)
        print(f"Saved the speech to {path}.")
        return 0

    status = detect_output()
    if not status.available:
        raise AudioOutputError(f"{status.detail} {status.fix} To save the speech instead, add --out FILE.wav.")
    finished: list[bool] = []
    with SpeechService(rate=rate, on_finished=lambda _u, done: finished.append(done),
                       auto_check_voices=False) as service:
        service.say(args.text, language=args.language)
        service.wait_idle(timeout=120)
        if service.last_error is not None:
            raise StudioError(f"The sentence could not be spoken: {service.last_error}")
    return 0 if finished and all(finished) else 1


class _NoSink:
    """``--out`` never plays anything; this keeps the service from opening an output device."""

    def play(self, clip: Clip) -> Playback:  # pragma: no cover - never called
        raise AssertionError("speak --out does not play audio")
