"""Sound output: find the output device, play clips (speech WAVs, earcons) without blocking, or record them.

Why the app plays its own audio instead of letting pyttsx3 do it: pyttsx3's espeak driver plays
through ``aplay`` and swallows every error, so with no sound device it "speaks" in silence. Here
speech is rendered to a WAV first and played through PortAudio (sounddevice), so the app knows
whether sound came out, can stop it at once, and uses the same device as the earcons.

Clips go to an :class:`AudioSink`:

* :class:`DeviceSink` plays on an output device (a sounddevice ``OutputStream`` per clip; the
  sound server mixes overlapping clips, so an earcon can sound over speech).
* :class:`FileSink` is the *test mode*: every clip becomes a numbered WAV in a folder plus one JSON
  line in ``speech-log.jsonl`` (kind, text, language, start time, duration, completed). End-to-end
  tests read it to check what the trainee would have heard.

:func:`detect_output` tells whether any output exists (sounddevice devices, PulseAudio sink) and
what to do if not, as a status the UI shows and the doctor check reports.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from studio.core.errors import StudioError
from studio.core.i18n import tr
from studio.services import paths

#: Every earcon the app uses, by name. ``tools/make_earcons.py`` generates exactly these.
EARCON_NAMES: tuple[str, ...] = (
    "start",
    "stop",
    "countdown_tick",
    "countdown_go",
    "warning",
    "too_fast",
    "dead_air",
    "claim_detected",
    "saved",
    "clipping",
    "marker",
    "viewer_question",
)

LOG_NAME = "speech-log.jsonl"

_NO_OUTPUT_FIX = (
    "Connect speakers or headphones, or start the sound server (for example: pulseaudio --start). "
    "Until then feedback is shown as text and announced by your screen reader."
)


class AudioOutputError(StudioError):
    """Sound cannot be played (no device, or the device refused the stream)."""


# --- clips and WAV files --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Clip:
    """Mono float32 samples in -1..1 with what they are, for players and the test-mode log."""

    samples: np.ndarray = field(repr=False)
    rate: int
    kind: str  # "speech" or "earcon"
    text: str = ""  # what is said (speech) or the earcon name
    language: str = ""
    priority: str = ""

    @property
    def duration(self) -> float:
        return float(len(self.samples)) / self.rate if self.rate else 0.0


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    """A 16-bit PCM WAV as mono float32 samples and its rate (stereo is averaged)."""
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error) as exc:
        raise AudioOutputError(f"The sound file cannot be read: {exc}", path=path) from exc
    if width != 2:
        raise AudioOutputError("The sound file is not 16-bit PCM.", path=path)
    data = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return data, rate


def write_wav(path: str | Path, samples: np.ndarray, rate: int) -> None:
    """Write mono float samples as a 16-bit PCM WAV (byte-identical for identical samples)."""
    pcm = np.clip(np.round(np.asarray(samples, dtype=np.float64) * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(int(rate))
        wav.writeframes(pcm.tobytes())


def resample_linear(samples: np.ndarray, rate: int, target: int) -> np.ndarray:
    """Good enough for speech and earcons played on a device that insists on its own rate."""
    if rate == target or len(samples) == 0:
        return samples
    n = max(1, round(len(samples) * target / rate))
    x_new = np.linspace(0.0, len(samples) - 1, n)
    out: np.ndarray = np.interp(x_new, np.arange(len(samples)), samples).astype(np.float32)
    return out


# --- detecting the output -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutputStatus:
    """Whether sound can be played, on what, and what to do if not (shown by the UI and doctor)."""

    available: bool
    device: str | None  # the PortAudio device name that would be used
    pulse_sink: str | None  # the PulseAudio/PipeWire default sink, when a server answers
    detail: str
    fix: str = ""

    def spoken(self) -> str:
        return self.detail if self.available else f"{self.detail} {self.fix}"


def _pulse_default_sink(timeout: float = 2.0) -> tuple[bool, str | None]:
    """(server answered, default sink name) from ``pactl``; (False, None) without a server or pactl."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return False, None
    try:
        info = subprocess.run([pactl, "info"], capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False, None
    if info.returncode != 0:
        return False, None
    sink = None
    for line in info.stdout.splitlines():
        if line.startswith("Default Sink:"):
            sink = line.split(":", 1)[1].strip() or None
    if sink in (None, "@DEFAULT_SINK@", "auto_null"):
        # auto_null is PulseAudio's stand-in when it found no hardware: nothing would be heard.
        return True, None
    return True, sink


def _reinitialise_portaudio(sd: Any) -> None:
    # PortAudio enumerates devices once at initialisation; a sound server started later (or a
    # headset plugged in) is only seen after a fresh initialisation.
    sd._terminate()
    sd._initialize()


def chosen_output(name: str) -> int | None:
    """The PortAudio index of the sound output the user chose by ``name``; None for "" (the system default).

    Raises :class:`studio.services.capture.devices.DeviceError` (a spoken-friendly message listing the outputs
    found) when no output, or more than one, matches. Only lists devices: safe while clips are playing.
    """
    if not name:
        return None
    from studio.services.capture.devices import find_audio_device

    return find_audio_device(name, "output").index


def matching_output(name: str, candidates: Sequence[str]) -> int | None:
    """Which of another audio library's output names (Qt's device descriptions, for playing recordings) is the
    output the user chose by its PortAudio ``name``: the one with the same name (any case), else the only one that
    starts with it or that it starts with (Windows' MME names are cut at 31 characters: "Headphones (Realtek High
    Defini"). None when ``name`` is "" (the system default) or no single candidate matches."""
    wanted = name.strip().casefold()
    if not wanted:
        return None
    names = [candidate.strip().casefold() for candidate in candidates]
    exact = [index for index, candidate in enumerate(names) if candidate == wanted]
    if exact:
        return exact[0]
    cut = [index for index, candidate in enumerate(names)
           if candidate and (candidate.startswith(wanted) or wanted.startswith(candidate))]
    return cut[0] if len(cut) == 1 else None


def output_or_default(name: str) -> tuple[int | None, str]:
    """The output chosen by ``name`` for the app's voice and earcons; when it is not there, the system default
    (None) and the sentence that tells the user so."""
    from studio.services.capture.devices import DeviceError

    try:
        return chosen_output(name), ""
    except DeviceError as exc:
        return None, tr("{problem} The app speaks on the default sound output.").format(problem=exc)


def detect_output(device: int | str | None = None, *, refresh: bool = False) -> OutputStatus:
    """Look for a usable output device: sounddevice's list, the chosen/default device, the sound server.

    ``refresh=True`` re-initialises PortAudio first (do not do that while streams are open).
    """
    server_up, sink = _pulse_default_sink()
    try:
        import sounddevice as sd
    except (ImportError, OSError) as exc:
        return OutputStatus(
            False, None, sink, f"The sound library PortAudio cannot be loaded ({exc}).",
            "Install PortAudio (Debian: sudo apt-get install libportaudio2).",
        )
    if refresh:
        _reinitialise_portaudio(sd)
    outputs = [d for d in sd.query_devices() if int(d["max_output_channels"]) > 0]
    if not outputs:
        detail = "No sound output device was found"
        detail += " (the sound server has no speaker)." if server_up else " (no sound card and no sound server)."
        return OutputStatus(False, None, sink, detail, _NO_OUTPUT_FIX)
    try:
        info = sd.query_devices(device, kind="output")
        sd.check_output_settings(device=device, channels=1, dtype="float32")
    except (sd.PortAudioError, ValueError) as exc:
        return OutputStatus(False, None, sink, f"The sound output device cannot be used ({exc}).", _NO_OUTPUT_FIX)
    name = str(info["name"])
    if server_up and sink is None:
        return OutputStatus(False, name, None, "The sound server is running but has no speaker.", _NO_OUTPUT_FIX)
    where = f"{name} (sound server speaker {sink})" if sink else name
    return OutputStatus(True, name, sink, f"Sound output: {where}.")


# --- playing --------------------------------------------------------------------------------


class Playback:
    """A clip being played: wait for it, or stop it. Thread-safe."""

    def __init__(self, clip: Clip, *, finish_on_stop: bool = True) -> None:
        self.clip = clip
        # False when whoever plays the clip marks it done itself after stop (and after logging it).
        self._finish_on_stop = finish_on_stop
        self.started_at = time.time()
        self._done = threading.Event()
        self._stopped = threading.Event()
        self._on_stop: Callable[[], None] | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def completed(self) -> bool:
        """True when the clip played to its end (False when stopped)."""
        return self._done.is_set() and not self._stopped.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the clip ended or was stopped; False on timeout."""
        return self._done.wait(timeout)

    def stop(self) -> None:
        if self._done.is_set():
            return
        self._stopped.set()
        if self._on_stop is not None:
            self._on_stop()
        if self._finish_on_stop:
            self._done.set()

    def _finish(self) -> None:
        self._done.set()


class AudioSink(Protocol):
    """Where clips go: a device, or the test-mode folder."""

    def play(self, clip: Clip) -> Playback:
        """Start the clip and return at once."""
        ...


class DeviceSink:
    """Plays clips on a sound output device through sounddevice, one non-blocking stream per clip."""

    def __init__(self, device: int | str | None = None, *, volume: float = 1.0, blocksize: int = 1024) -> None:
        self.device = device
        self.volume = volume
        self.blocksize = blocksize

    def play(self, clip: Clip) -> Playback:
        import sounddevice as sd

        # The playback is only marked done after its stream is closed, so nobody can terminate
        # PortAudio (device refresh, shutdown) under a stream that is still open: that segfaults.
        playback = Playback(clip, finish_on_stop=False)
        ended = threading.Event()  # set on PortAudio's thread when the stream stops for any reason
        samples = np.clip(clip.samples.astype(np.float32) * float(self.volume), -1.0, 1.0)
        rate = clip.rate
        try:
            sd.check_output_settings(device=self.device, channels=1, dtype="float32", samplerate=rate)
        except sd.PortAudioError:
            rate = int(sd.query_devices(self.device, kind="output")["default_samplerate"])
            samples = resample_linear(samples, clip.rate, rate)
        position = 0

        def callback(outdata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
            # Runs on PortAudio's thread: copy only, no allocation beyond the slice view.
            nonlocal position
            chunk = samples[position : position + frames]
            outdata[: len(chunk), 0] = chunk
            if len(chunk) < frames:
                outdata[len(chunk) :, 0] = 0.0
                raise sd.CallbackStop
            position += frames

        try:
            stream = sd.OutputStream(
                samplerate=rate,
                channels=1,
                dtype="float32",
                device=self.device,
                blocksize=self.blocksize,
                latency="high",  # 'low' gave underruns on the PulseAudio path (capture-testing.md)
                callback=callback,
                finished_callback=ended.set,
            )
            stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            raise AudioOutputError(f"Sound cannot be played on the output device: {exc}") from exc

        playback._on_stop = ended.set  # the closer thread aborts the stream; abort is what cuts the sound
        threading.Thread(target=_close_when_ended, args=(stream, ended, playback), daemon=True).start()
        return playback


def _close_when_ended(stream: Any, ended: threading.Event, playback: Playback) -> None:
    # One thread owns the stream's end: it closes it (off PortAudio's own thread, where closing
    # is not allowed) and only then reports the playback done.
    ended.wait()
    try:
        if playback._stopped.is_set():
            stream.abort()
        stream.close()
    except Exception:  # a stream whose server died cannot be closed cleanly; it is gone either way
        pass
    playback._finish()


class FileSink:
    """Test mode: each clip becomes ``NNNN-<kind>-<lang|name>.wav`` plus a JSON line in ``speech-log.jsonl``.

    With ``realtime=True`` a clip "plays" for its real duration (and can be stopped), so queue
    behaviour (urgent interrupts, stale cues) is the same as on a device; otherwise it is instant.
    """

    def __init__(self, folder: str | Path, *, realtime: bool = False) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.realtime = realtime
        self._lock = threading.Lock()
        self._index = len(list(self.folder.glob("[0-9][0-9][0-9][0-9]-*.wav")))

    @property
    def log_path(self) -> Path:
        return self.folder / LOG_NAME

    def play(self, clip: Clip) -> Playback:
        with self._lock:
            self._index += 1
            index = self._index
        label = clip.language if clip.kind == "speech" else clip.text
        safe = "".join(ch for ch in label if ch.isalnum() or ch in "-_") or "clip"
        wav_path = self.folder / f"{index:04d}-{clip.kind}-{safe}.wav"
        write_wav(wav_path, clip.samples, clip.rate)
        playback = Playback(clip, finish_on_stop=False)
        start = playback.started_at

        def finish() -> None:
            if self.realtime:
                playback._stopped.wait(clip.duration)
            # Log first, then mark done: whoever waits on the clip then finds its line in the log.
            record = {
                "index": index,
                "kind": clip.kind,
                "text": clip.text,
                "language": clip.language,
                "priority": clip.priority,
                "start": start,
                "start_iso": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(start)) + f".{int(start % 1 * 1000):03d}Z",
                "duration": round(clip.duration, 4),
                "completed": not playback._stopped.is_set(),
                "file": wav_path.name,
            }
            with self._lock, self.log_path.open("a", encoding="utf-8") as log:
                log.write(json.dumps(record, ensure_ascii=False) + "\n")
            playback._finish()

        if self.realtime:
            threading.Thread(target=finish, daemon=True).start()
        else:
            finish()
        return playback

    def entries(self) -> list[dict[str, Any]]:
        """The log so far, oldest first."""
        if not self.log_path.exists():
            return []
        lines = self.log_path.read_text(encoding="utf-8").splitlines()
        return sorted((json.loads(line) for line in lines if line.strip()), key=lambda r: int(r["index"]))


# --- earcons --------------------------------------------------------------------------------


def sounds_dir() -> Path:
    return paths.assets_dir() / "sounds"


class EarconPlayer:
    """Plays the shipped earcons by name at a volume, on a sink (a device or the test-mode folder)."""

    def __init__(self, sink: AudioSink | None = None, *, volume: float = 0.8, folder: Path | None = None) -> None:
        self.sink: AudioSink = sink if sink is not None else DeviceSink()
        self.volume = volume
        self.folder = folder if folder is not None else sounds_dir()
        self._cache: dict[str, tuple[np.ndarray, int]] = {}
        self._lock = threading.Lock()

    def load(self, name: str) -> tuple[np.ndarray, int]:
        if name not in EARCON_NAMES:
            raise AudioOutputError(f"There is no sound called {name}.")
        with self._lock:
            if name not in self._cache:
                self._cache[name] = read_wav(self.folder / f"{name}.wav")
            return self._cache[name]

    def render(self, name: str) -> Clip:
        samples, rate = self.load(name)
        return Clip(samples * float(self.volume), rate, "earcon", name)

    def play(self, name: str) -> Playback:
        """Start the earcon and return at once."""
        return self.sink.play(self.render(name))


__all__ = [
    "EARCON_NAMES",
    "LOG_NAME",
    "AudioOutputError",
    "AudioSink",
    "Clip",
    "DeviceSink",
    "EarconPlayer",
    "FileSink",
    "OutputStatus",
    "Playback",
    "chosen_output",
    "detect_output",
    "output_or_default",
    "read_wav",
    "resample_linear",
    "sounds_dir",
    "write_wav",
]
