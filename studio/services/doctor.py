"""``studio doctor``: check everything the app needs at run time and say how to fix what is missing.

Each check returns :class:`Check` results: a name, whether it passed, whether the app needs it (a missing
*required* item makes the command exit non-zero), what was found and a fix a person can follow.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from studio.services import paths


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    required: bool
    detail: str
    fix: str = ""

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


_APT_HINT = "Run the set-up command from the README (scripts/run), or: sudo apt-get install "


def check_python() -> Iterable[Check]:
    ok = sys.version_info >= (3, 10)
    yield Check("Python", ok, True, f"Python {sys.version.split()[0]}", "" if ok else "Install Python 3.10 or newer.")


def check_qt() -> Iterable[Check]:
    try:
        import PySide6
    except ImportError as exc:
        yield Check(
            "Qt (PySide6)", False, True, f"PySide6 cannot be imported: {exc}", "Reinstall the app: scripts/run."
        )
        return
    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
    yield Check("Qt (PySide6)", True, True, f"PySide6 {PySide6.__version__}")
    if sys.platform.startswith("linux"):
        xcb = plugins / "libqxcb.so"
        missing: list[str] = []
        if xcb.exists() and shutil.which("ldd"):
            out = subprocess.run(["ldd", str(xcb)], capture_output=True, text=True, check=False).stdout
            missing = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if missing:
            yield Check(
                "Qt window system plugin (xcb)",
                False,
                False,
                "missing libraries: " + ", ".join(missing),
                _APT_HINT + "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
                "libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0",
            )
        else:
            display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            detail = (
                f"ready; display {display}" if display else "ready, but no display is set: the app will run headless"
            )
            yield Check("Qt window system plugin (xcb)", True, False, detail)


def check_audio_input() -> Iterable[Check]:
    try:
        import sounddevice as sd
    except OSError as exc:
        yield Check("PortAudio", False, True, f"the PortAudio library is missing ({exc})", _APT_HINT + "libportaudio2")
        return
    yield Check("PortAudio", True, True, sd.get_portaudio_version()[1])
    try:
        devices = sd.query_devices()
    except Exception as exc:  # PortAudio raises plain Exceptions for host errors
        yield Check(
            "Microphone",
            False,
            True,
            f"devices cannot be listed: {exc}",
            "Check the sound system (PulseAudio/PipeWire) runs.",
        )
        return
    inputs = [d["name"] for d in devices if d.get("max_input_channels", 0) > 0]
    yield Check(
        "Microphone",
        bool(inputs),
        True,
        ("found: " + ", ".join(inputs[:4])) if inputs else "no microphone found",
        "" if inputs else "Plug in a microphone or headset, and check it is not muted in the system sound settings.",
    )
    # Sound output is reported by the speech checks (check_speech), which also say what the app does without one.


def check_camera() -> Iterable[Check]:
    try:
        import cv2
    except ImportError as exc:
        yield Check(
            "Camera (OpenCV)", False, False, f"OpenCV cannot be imported: {exc}", "Reinstall the app: scripts/run."
        )
        return
    found = None
    if sys.platform.startswith("linux"):
        nodes = sorted(Path("/dev").glob("video*"))
        found = [str(n) for n in nodes]
    else:  # pragma: no cover - other platforms probe the first index
        capture = cv2.VideoCapture(0)
        found = ["camera 0"] if capture.isOpened() else []
        capture.release()
    yield Check(
        "Camera",
        bool(found),
        False,
        ("found: " + ", ".join(found)) if found else "no camera found: rehearsals will be audio only",
        "" if found else "Connect a webcam if you want video; audio-only rehearsal works without one.",
    )


def check_ffmpeg() -> Iterable[Check]:
    system = shutil.which("ffmpeg")
    if system:
        yield Check("FFmpeg", True, True, f"system ffmpeg at {system}")
        return
    try:
        import imageio_ffmpeg

        exe = imageio_ffmpeg.get_ffmpeg_exe()
        yield Check("FFmpeg", True, True, f"bundled ffmpeg at {exe}")
    except Exception as exc:
        yield Check("FFmpeg", False, True, f"no ffmpeg found ({exc})", _APT_HINT + "ffmpeg")


def check_speech() -> Iterable[Check]:
    from studio.services.speech import speech_status

    for name, ok, detail, fix in speech_status():
        yield Check(name, ok, False, detail, fix)


def check_voice_round_trips(progress: Callable[[str], None] | None = None) -> Iterable[Check]:
    """``studio doctor --check-voices``: measure every feedback language's voices on this machine now.

    Runs the runtime voice check (studio.services.voice_check) with the engine the app speaks with and
    the embedded base model, ignoring the cache and the lab table, and caches the verdicts; the
    "Voice for …" rows that follow then say "verified on this machine". Progress goes to stderr.
    """
    from studio.services.speech import default_engine_factory
    from studio.services.voice_check import VoiceChecker

    say = progress if progress is not None else (lambda message: print(message, file=sys.stderr, flush=True))
    run = VoiceChecker(default_engine_factory, force=True, on_progress=say).run()  # here, on this thread
    if run.error is not None:
        yield Check(
            "Voice check",
            False,
            False,
            f"The voice check could not run: {run.error}",
            "Check the speech engine and the speech model rows below.",
        )
        return
    parts = []
    for lang, verdict in run.verdicts.items():
        best = verdict.best_tried
        if verdict.chosen is not None:
            parts.append(f"{lang} {verdict.chosen.label} {verdict.chosen.cer:.2f}")
        elif best is not None:
            parts.append(f"{lang} none (best {best.label}: mean {best.cer:.2f}, worst sentence {best.worst:.2f})")
        else:
            parts.append(f"{lang} no voice installed")
    yield Check(
        "Voice check",
        True,
        False,
        f"Measured on this machine in {run.seconds:.0f} seconds: " + "; ".join(parts) + ".",
    )


def check_model() -> Iterable[Check]:
    from studio.services.transcription.models import model_status

    ok, detail = model_status()
    fix = "" if ok else "Reinstall the app (scripts/run) or choose a model folder in the settings."
    yield Check("Speech recognition model", ok, True, detail, fix)


def check_accessibility() -> Iterable[Check]:
    if not sys.platform.startswith("linux"):
        return
    launcher = next(
        (
            p
            for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
            if Path(p).exists()
        ),
        None,
    )
    yield Check(
        "Accessibility bus (AT-SPI)",
        launcher is not None,
        False,
        f"at-spi2-core present ({launcher})"
        if launcher
        else "at-spi2-core is not installed: screen readers cannot see the app",
        "" if launcher else _APT_HINT + "at-spi2-core",
    )
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    yield Check(
        "Desktop session bus",
        bool(bus),
        False,
        "session bus available" if bus else "no D-Bus session bus in this environment (normal on a headless machine)",
        "" if bus else "Start the app from a desktop session so the screen reader (Orca) can reach it.",
    )


def check_storage() -> Iterable[Check]:
    from studio.core.errors import StoreError
    from studio.services.files import free_bytes
    from studio.services.settings import Settings
    from studio.services.store import SessionStore

    try:
        store = SessionStore(Settings().database_path())
        detail = f"database at {store.path} (schema {store.version})"
        store.close()
        yield Check("Session store", True, True, detail)
    except StoreError as exc:
        yield Check(
            "Session store", False, True, exc.spoken(), "Move the file away or choose another database in the settings."
        )
    free_mb = free_bytes(paths.data_dir()) / 1e6
    yield Check(
        "Free disk space",
        free_mb > 1000,
        False,
        f"{free_mb:,.0f} MB free for recordings",
        "" if free_mb > 1000 else "Free some disk space: a 10-minute rehearsal takes about 150 MB.",
    )


CHECKS: tuple[Callable[[], Iterable[Check]], ...] = (
    check_python,
    check_qt,
    check_audio_input,
    check_camera,
    check_ffmpeg,
    check_speech,
    check_model,
    check_accessibility,
    check_storage,
)


def run_checks(*, check_voices: bool = False) -> list[Check]:
    """Every check; ``check_voices`` also measures the voices on this machine first (slow: about a minute)."""
    checks = list(CHECKS)
    if check_voices:
        checks.insert(checks.index(check_speech), check_voice_round_trips)
    results: list[Check] = []
    for check in checks:
        try:
            results.extend(check())
        except Exception as exc:  # a crashing check is itself a finding, never a traceback
            results.append(Check(check.__name__.removeprefix("check_"), False, False, f"the check failed: {exc}"))
    return results


def format_report(results: list[Check]) -> str:
    lines = ["Rehearsal Studio check-up", ""]
    for result in results:
        status = "OK     " if result.ok else ("MISSING" if result.required else "WARNING")
        lines.append(f"{status} {result.name}: {result.detail}")
        if not result.ok and result.fix:
            lines.append(f"        Fix: {result.fix}")
    problems = [r for r in results if not r.ok and r.required]
    warnings = [r for r in results if not r.ok and not r.required]
    lines.append("")
    if problems:
        lines.append(f"{len(problems)} required item(s) missing, {len(warnings)} warning(s).")
    else:
        lines.append(f"Everything required is present; {len(warnings)} warning(s).")
    return "\n".join(lines)
