"""A private PulseAudio server with a virtual microphone, for tests that need real audio capture.

The machine has no sound card. PulseAudio in user mode gives us a null sink (``virt_spk``) and a
virtual source (``virt_mic``) that hears whatever is played into the sink, so a test can play real
speech with ``paplay`` and record it through the real PortAudio/sounddevice path
(see ``shared/reference/capture-testing.md``, where every setting below was measured).

Usage::

    with PulseSession() as pulse:          # starts the server, ready in ~0.2 s
        with pulse.activated():            # this process's env + sounddevice now use it
            ...open an InputStream...
        proc = pulse.play(speech_file)      # paplay into the virtual speaker
        subprocess.run([...], env=pulse.env())   # child processes use it too

A low-latency ``parec`` "keeper" stays connected to the sink monitor, because a null sink with
nothing attached renders in ~2 s blocks and the first capture callback would come seconds late.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

SINK = "virt_spk"
SOURCE = "virt_mic"
RATE = 48000

_CONFIG = """\
load-module module-native-protocol-unix auth-anonymous=1 socket={socket}
load-module module-null-sink sink_name={sink} rate={rate} channels=1 sink_properties=device.description=VirtualSpeaker
load-module module-virtual-source source_name={source} master={sink}.monitor \
source_properties=device.description=VirtualMic
set-default-sink {sink}
set-default-source {source}
"""


def pulse_available() -> bool:
    """True when the PulseAudio server and client tools are installed (tests skip otherwise)."""
    return all(shutil.which(tool) for tool in ("pulseaudio", "pactl", "paplay", "parec"))


class PulseSession:
    """A context manager that runs a private PulseAudio server and tears it down afterwards."""

    def __init__(self, *, rate: int = RATE, start_timeout: float = 10.0) -> None:
        self.rate = rate
        self._start_timeout = start_timeout
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._server: subprocess.Popen[bytes] | None = None
        self._keeper: subprocess.Popen[bytes] | None = None
        self._players: list[subprocess.Popen[bytes]] = []
        self.folder = Path()

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> PulseSession:
        self._tmp = tempfile.TemporaryDirectory(prefix="studio-pulse-")
        self.folder = Path(self._tmp.name)
        for sub in ("runtime", "state"):
            (self.folder / sub).mkdir(mode=0o700)
        config = self.folder / "server.pa"
        config.write_text(
            _CONFIG.format(socket=self.socket, sink=SINK, source=SOURCE, rate=self.rate), encoding="utf-8"
        )
        log = open(self.folder / "server.log", "wb")
        try:
            self._server = subprocess.Popen(
                [
                    "pulseaudio", "--daemonize=no", "--use-pid-file=no", "--system=no", "-n", "-F", str(config),
                    "--exit-idle-time=-1", "--disallow-exit", "--disable-shm=yes", "--log-target=stderr",
                ],
                env=self.env(),
                stdout=log,
                stderr=log,
                stdin=subprocess.DEVNULL,
            )
        finally:
            log.close()
        try:
            self._wait_ready()
            self._keeper = subprocess.Popen(
                ["parec", f"--device={SINK}.monitor", "--latency-msec=10", "--raw"],
                env=self.env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
            )
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop players, the keeper and the server (TERM, then KILL after 5 s) and remove the folder."""
        for proc in [*self._players, self._keeper, self._server]:
            if proc is not None:
                _stop(proc)
        self._players.clear()
        self._keeper = None
        self._server = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self._start_timeout
        while time.monotonic() < deadline:
            assert self._server is not None
            if self._server.poll() is not None:
                raise RuntimeError(f"PulseAudio exited at start: {self.server_log()}")
            probe = subprocess.run(["pactl", "info"], env=self.env(), capture_output=True, check=False)
            if probe.returncode == 0:
                return
            time.sleep(0.05)
        raise RuntimeError(f"PulseAudio did not answer within {self._start_timeout} s: {self.server_log()}")

    def server_log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    # ------------------------------------------------------------------ environment

    @property
    def socket(self) -> Path:
        return self.folder / "native"

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """Environment variables for a child process (``subprocess.run(..., env=pulse.env())``)."""
        env = dict(os.environ if base is None else base)
        env.update(self.variables())
        return env

    def variables(self) -> dict[str, str]:
        """Only the variables that point clients at this server."""
        return {
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_RUNTIME_PATH": str(self.folder / "runtime"),
            "PULSE_STATE_PATH": str(self.folder / "state"),
            "PULSE_SINK": SINK,
            "PULSE_SOURCE": SOURCE,
        }

    @contextlib.contextmanager
    def activated(self) -> Iterator[None]:
        """Point this process (its environment and sounddevice's PortAudio) at the server for a while.

        PortAudio enumerates devices when it initialises, so sounddevice is re-initialised on the way
        in and on the way out.
        """
        saved = {key: os.environ.get(key) for key in self.variables()}
        os.environ.update(self.variables())
        _reinit_portaudio()
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
            _reinit_portaudio()

    # ------------------------------------------------------------------ playing and control

    def play(self, path: str | Path, *, volume: float | None = None,
             latency_msec: int = 100) -> subprocess.Popen[bytes]:
        """Start ``paplay`` playing a file into the virtual speaker (heard by the virtual mic).

        Anything but a WAV file is first converted to 16-bit WAV with soundfile: paplay played the
        shared 44.1 kHz stereo FLAC as loud noise, and stopped early. A bigger ``latency_msec``
        keeps a long playback from underrunning on a busy machine (each underrun delays the rest
        of the file by a few milliseconds).
        """
        path = self._as_wav(Path(path))
        args = ["paplay", f"--device={SINK}", f"--latency-msec={latency_msec}"]
        if volume is not None:
            args.append(f"--volume={int(volume * 65536)}")
        proc = subprocess.Popen(
            [*args, str(path)], env=self.env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        self._players.append(proc)
        return proc

    def _as_wav(self, path: Path) -> Path:
        if path.suffix.lower() == ".wav":
            return path
        import soundfile as sf

        target = self.folder / f"play-{len(self._players)}-{path.stem}.wav"
        data, rate = sf.read(path, dtype="int16", always_2d=True)
        sf.write(target, data, rate, subtype="PCM_16")
        return target

    def unload_source(self) -> None:
        """Remove the virtual microphone, as if it were unplugged."""
        subprocess.run(["pactl", "unload-module", "module-virtual-source"], env=self.env(), check=False,
                       capture_output=True)

    def kill_server(self) -> None:
        """Kill the server outright (every client loses its streams)."""
        if self._server is not None:
            self._server.send_signal(signal.SIGKILL)
            self._server.wait(5)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def _reinit_portaudio() -> None:
    try:
        import sounddevice as sd
    except (ImportError, OSError):
        return
    sd._terminate()
    sd._initialize()
