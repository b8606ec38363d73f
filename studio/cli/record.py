"""``studio record``: record a take headless with the same Recorder the app uses.

Prints frames, duplicates, drops, audio seconds and the A/V offset. ``--camera`` takes a device
index, a video file (paced to its frame rate, as a real camera would deliver it) or a stream URL;
with no camera the take is audio only. ``--recover FOLDER`` rebuilds the MP4 from a take that was
interrupted (crash, power cut, killed process).
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

HELP = "Record a rehearsal take (camera and microphone) to an MP4 file, without the window."


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"the size must look like 1280x720, not {text!r}") from exc
    if width < 16 or height < 16:
        raise argparse.ArgumentTypeError("the picture must be at least 16 by 16 pixels")
    return width, height


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seconds", type=float, default=None, help="how long to record (default: until Ctrl+C)")
    parser.add_argument("--camera", help="camera index, video file or stream URL (default: the remembered one)")
    parser.add_argument("--no-camera", action="store_true", help="record sound only")
    parser.add_argument("--mic", help="microphone name, or part of it (default: the remembered one)")
    parser.add_argument("--fps", type=float, default=30.0, help="frames per second of the recording (default 30)")
    parser.add_argument("--size", type=_size, default=(1280, 720), help="picture size, e.g. 1280x720 (default)")
    parser.add_argument("--rate", type=int, default=48000, help="audio sample rate (default 48000)")
    parser.add_argument("--blocksize", type=int, default=480, choices=(480, 1024), help="audio block size")
    parser.add_argument("--pace-file", action="store_true",
                        help="pace a --camera file to its frame rate (automatic for files)")
    parser.add_argument("--no-pace", action="store_true", help="read a --camera file as fast as possible")
    parser.add_argument("--work-dir", type=Path, help="folder for the crash-safe parts (default: next to --out)")
    parser.add_argument("--keep-parts", action="store_true", help="keep the crash-safe parts after saving")
    parser.add_argument("--recover", type=Path, metavar="FOLDER", help="rebuild the MP4 from an interrupted take")
    parser.add_argument("--list-devices", action="store_true", help="list cameras, microphones and speakers")
    parser.add_argument("--out", type=Path, help="the MP4 file to write")


def run(args: argparse.Namespace) -> int:
    from studio.core.errors import StudioError

    if args.list_devices:
        return _list_devices()
    if args.recover is not None:
        return _recover(args)
    if args.out is None:
        raise StudioError("Say where to save the recording with --out, for example --out take1.mp4.")
    if args.seconds is not None and args.seconds <= 0:
        raise StudioError("The number of seconds must be more than zero.")
    return _record(args)


def _list_devices() -> int:
    from studio.services.capture.devices import list_cameras, list_microphones, list_outputs

    cameras = list_cameras()
    print("Cameras:" + ("" if cameras else " none found"))
    for cam in cameras:
        print(f"  {cam.index}: {cam.name} ({cam.width}x{cam.height})")
    for title, devices in (("Microphones", list_microphones()), ("Speakers", list_outputs())):
        print(f"{title}:" + ("" if devices else " none found"))
        for dev in devices:
            mark = " (default)" if dev.is_default else ""
            print(f"  {dev.index}: {dev.name} [{dev.hostapi}]{mark}")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from studio.services.capture.recovery import recover

    result = recover(args.recover, args.out)
    print(f"recovered: {result.output}")
    print(f"audio seconds: {result.audio_seconds:.2f}")
    print(f"video seconds: {result.video_seconds:.2f}")
    print(f"frames: {result.frames}")
    print(f"segments: {result.segments}")
    for note in result.notes:
        print(f"note: {note}")
    return 0


def _open_camera(args: argparse.Namespace, remembered: str | None) -> Any:
    from studio.services.capture.camera import CameraError, CameraSpec, open_camera

    if args.no_camera:
        return None
    text = args.camera if args.camera is not None else remembered
    if text is None:
        if not Path("/dev/video0").exists() and sys.platform.startswith("linux"):
            print("warning: no camera was found, so this take records sound only.", file=sys.stderr)
            return None
        text = "0"
    spec = CameraSpec.parse(text)
    paced = False if args.no_pace else (True if args.pace_file else None)
    try:
        return open_camera(spec, size=args.size, fps=args.fps, paced=paced)
    except CameraError as exc:
        print(f"warning: {exc.spoken()} This take records sound only.", file=sys.stderr)
        return None


def _record(args: argparse.Namespace) -> int:
    from studio.services.capture.audio import Microphone
    from studio.services.capture.devices import DeviceChoice, find_audio_device, load_choice, save_choice
    from studio.services.capture.recorder import Recorder

    choice = load_choice()
    mic_name = args.mic if args.mic is not None else choice.microphone
    device: int | None = None
    if mic_name:
        found = find_audio_device(mic_name, "input")
        device, mic_name = found.index, found.name
    camera = _open_camera(args, choice.camera)
    out: Path = args.out
    work = args.work_dir or out.with_name(f"{out.stem}.parts")
    microphone = Microphone(device, sample_rate=args.rate, blocksize=args.blocksize, name=mic_name)

    def on_event(kind: str, message: str) -> None:
        print(f"[{kind}] {message}", file=sys.stderr, flush=True)

    recorder = Recorder(work, microphone=microphone, camera=camera, fps=args.fps, size=args.size, out=out,
                        on_event=on_event, planned_seconds=args.seconds)
    stop_now = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop_now.set())
    try:
        recorder.start()
        print(f"recording into {work}", file=sys.stderr, flush=True)
        save_choice(DeviceChoice(camera=args.camera if camera is not None else choice.camera,
                                 microphone=mic_name, output=choice.output))
        deadline = None if args.seconds is None else time.monotonic() + args.seconds
        try:
            while not stop_now.is_set():
                left = 0.2 if deadline is None else min(0.2, deadline - time.monotonic())
                if left <= 0 or recorder.wait(left):
                    break
        except KeyboardInterrupt:
            pass
        result = recorder.stop()
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(f"output: {result.output}")
    print(f"frames: {result.frames}")
    print(f"duplicates: {result.duplicates}")
    print(f"drops: {result.drops}")
    print(f"audio seconds: {result.audio_seconds:.3f}")
    print(f"A/V offset ms: {result.audio_lead_ms:.1f} (audio lead, trimmed)")
    print(f"drift ms: {result.drift_ms:.1f}")
    print(f"audio only: {'yes' if result.audio_only else 'no'}")
    print(f"stop reason: {result.stop_reason}")
    for warning in result.warnings:
        print(f"warning: {warning}")
    if result.output is not None and not args.keep_parts and args.work_dir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0
