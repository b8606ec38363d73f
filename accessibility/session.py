"""A private display + D-Bus session + AT-SPI bus, for testing the real app with real assistive technology.

Standard library only: it runs under Debian's ``/usr/bin/python3`` (which has pyatspi) and under the project's venv.

    with A11ySession() as session:
        app = session.popen([VENV_PYTHON, "-m", "studio.ui.app", "--a11y-audit"])
        ...

Starts ``Xvfb`` on a free display number, a private ``dbus-daemon --session`` and ``at-spi-bus-launcher``, and
gives the environment an app needs (``QT_QPA_PLATFORM=xcb``, ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, a private
``XDG_RUNTIME_DIR``). Teardown kills what it started, by PID, in reverse order. Recipe and timings:
``/work/shared/reference/a11y-testing.md`` (about 2 s to start and stop).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

REPO_ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"


class SessionError(RuntimeError):
    """The display or the accessibility bus could not be started."""


def _free_display() -> int:
    for number in range(90, 400):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise SessionError("no free X display number between 90 and 399")


def app_python() -> str:
    """The Python that runs the app: the project's venv when there is one (CI may use another)."""
    override = os.environ.get("STUDIO_APP_PYTHON")
    if override:
        return override
    return str(VENV_PYTHON) if VENV_PYTHON.exists() else "python3"


class A11ySession:
    """Context manager for Xvfb + dbus + AT-SPI; ``env`` is the environment for processes inside it."""

    def __init__(self, *, width: int = 1280, height: int = 1024) -> None:
        self.width = width
        self.height = height
        self.display = ""
        self.env: dict[str, str] = {}
        self.tmp = Path(tempfile.mkdtemp(prefix="studio-a11y-"))
        self._pids: list[int] = []  # started processes, in start order
        self._children: list[subprocess.Popen[bytes]] = []
        self.watched: list[int] = []  # the app (and screen reader) whose idleness wait_quiet() waits for

    # ------------------------------------------------------------------ start

    def __enter__(self) -> A11ySession:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _start(self) -> None:
        for tool in ("Xvfb", "dbus-daemon"):
            if shutil.which(tool) is None:
                raise SessionError(f"{tool} is not installed (apt-get install xvfb dbus at-spi2-core)")
        launcher = Path("/usr/libexec/at-spi-bus-launcher")
        if not launcher.exists():
            raise SessionError("at-spi-bus-launcher is missing (apt-get install at-spi2-core)")
        runtime = self.tmp / "runtime"
        runtime.mkdir(mode=0o700)
        for attempt in range(5):
            number = _free_display() + attempt
            xvfb = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", f"{self.width}x{self.height}x24", "-nolisten", "tcp",
                 "-noreset"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and xvfb.poll() is None:
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    break
                time.sleep(0.05)
            if xvfb.poll() is None:
                self._pids.append(xvfb.pid)
                self._children.append(xvfb)
                self.display = f":{number}"
                break
        else:
            raise SessionError("Xvfb did not start")

        env = dict(os.environ)
        env.update({
            "DISPLAY": self.display,
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "GTK_MODULES": "gail:atk-bridge",
            "NO_AT_BRIDGE": "0",
            "HOME": env.get("HOME", str(self.tmp)),
        })
        env.pop("WAYLAND_DISPLAY", None)
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            capture_output=True, text=True, env=env, timeout=10, check=True,
        ).stdout.split()
        address, pid = out[0], int(out[1])
        self._pids.append(pid)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        bus = subprocess.Popen([str(launcher), "--launch-immediately"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._pids.append(bus.pid)
        self._children.append(bus)
        deadline = time.monotonic() + 10
        while True:
            probe = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                 "org.a11y.Bus.GetAddress"],
                capture_output=True, text=True, env=env, timeout=10,
            )
            if probe.returncode == 0 and "unix:" in probe.stdout:
                break
            if time.monotonic() > deadline:
                raise SessionError(f"the AT-SPI bus did not answer: {probe.stderr.strip()}")
            time.sleep(0.1)
        self.env = env

    # ------------------------------------------------------------------ use

    def popen(self, argv: list[str], *, log: Path | None = None, extra_env: dict[str, str] | None = None,
              cwd: Path | None = None) -> subprocess.Popen[bytes]:
        """Start a process inside the session; it is killed (by PID) at teardown if still running."""
        env = dict(self.env)
        env.update(extra_env or {})
        sink = open(log, "wb") if log else subprocess.DEVNULL  # closed when the process ends
        proc = subprocess.Popen(argv, env=env, stdout=sink, stderr=subprocess.STDOUT, cwd=cwd or REPO_ROOT,
                                start_new_session=True)
        self._pids.append(proc.pid)
        self._children.append(proc)
        return proc

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], capture_output=True, text=True, env=self.env, timeout=30)
        return result.stdout.strip()

    def focus_window(self, title: str, timeout: float = 20.0) -> str:
        """Give keyboard focus to the first window whose title contains ``title`` (there is no window manager)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ids = self.xdotool("search", "--onlyvisible", "--name", title).split()
            if ids:
                self.xdotool("windowactivate", "--sync", ids[0])
                self.xdotool("windowfocus", "--sync", ids[0])
                return ids[0]
            time.sleep(0.2)
        raise SessionError(f"no window titled {title!r} appeared")

    @staticmethod
    def cpu_ticks(pids: list[int]) -> int:
        """User + system CPU clock ticks used so far by these processes (0 for one that is gone)."""
        total = 0
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        return total

    def wait_quiet(self, *, window: float = 0.6, busy_ticks: int = 3, timeout: float = 20.0) -> float:
        """Wait until the ``watched`` processes have used fewer than ``busy_ticks`` CPU ticks over ``window``
        seconds.

        Fixed sleeps break on a loaded machine (a dialog with many fields takes the app and Orca seconds to build
        and read); waiting until the app and the screen reader are both idle does not. Returns the seconds waited.
        """
        start = time.monotonic()
        before = self.cpu_ticks(self.watched)
        while time.monotonic() - start < timeout:
            time.sleep(window)
            after = self.cpu_ticks(self.watched)
            if after - before < busy_ticks:
                break
            before = after
        return time.monotonic() - start

    # ------------------------------------------------------------------ stop

    def close(self) -> None:
        """Kill everything started, newest first, by PID; remove the temporary folder."""
        for child in self._children:
            if child.poll() is None:
                try:
                    if os.getpgid(child.pid) == child.pid:
                        os.killpg(child.pid, signal.SIGTERM)  # its own group (start_new_session): only what it started
                    else:
                        child.terminate()
                except (ProcessLookupError, PermissionError):
                    pass
        for pid in reversed(self._pids):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
        for child in self._children:
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(timeout=5)
        self._pids.clear()
        self._children.clear()
        shutil.rmtree(self.tmp, ignore_errors=True)
