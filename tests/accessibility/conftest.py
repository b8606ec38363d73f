"""What the AT-SPI tests need: Debian's Python with pyatspi, Xvfb, xdotool, the AT-SPI bus (and Orca for one test).

The app runs as a subprocess (a pyatspi client in the pytest-qt process would deadlock: a11y-testing.md).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"


def _has_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30)
    return probe.returncode == 0


def missing_display_tools() -> str | None:
    for tool in ("Xvfb", "xdotool", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    if not _has_pyatspi():
        return "python3-pyatspi is not installed for /usr/bin/python3"
    return None


def run_kit(script: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """Run a kit script with Debian's Python; the app inside runs from this test run's Python (the venv)."""
    return subprocess.run([SYSTEM_PYTHON, str(script), "--python", sys.executable, *args], capture_output=True,
                          text=True, timeout=timeout, cwd=script.parent.parent)


@pytest.fixture(scope="session")
def display_session_available() -> None:
    problem = missing_display_tools()
    if problem:
        pytest.skip(problem)
