"""The desktop bundle: desktop metadata is consistent, and the Linux bundle builds and passes its own self-test."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import studio

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_desktop_file_and_appstream_metadata_agree_on_the_app_id() -> None:
    desktop = configparser.ConfigParser(interpolation=None, strict=False)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop_path = PACKAGING / "linux" / f"{studio.APP_ID}.desktop"
    desktop.read(desktop_path, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Icon"] == studio.APP_ID
    for lang in ("vi", "zh_CN", "id"):
        assert entry[f"Name[{lang}]"] and entry[f"Comment[{lang}]"], f"desktop entry lacks {lang} text"
    meta = ET.parse(PACKAGING / "linux" / f"{studio.APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == studio.APP_ID
    assert meta.find("launchable").text == desktop_path.name  # type: ignore[union-attr]
    assert (PACKAGING / "linux" / f"{studio.APP_ID}.png").stat().st_size > 1000
    releases = [r.get("version") for r in meta.iter("release")]
    assert studio.__version__ in releases, "add a <release> for the current version"


@pytest.mark.slow
def test_the_linux_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    """Build with PyInstaller, then run the frozen app's --self-test with no Python environment around it."""
    dist, work = tmp_path / "dist", tmp_path / "work"
    started = time.perf_counter()
    build = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    build_seconds = time.perf_counter() - started
    bundle = dist / "rehearsal-studio"
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    # The frozen app must not lean on the developer's venv or source tree.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "STUDIO_ASSETS"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    result = subprocess.run(
        [str(bundle / "rehearsal-studio"), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    self_test_seconds = time.perf_counter() - started
    print(f"\nbundle build {build_seconds:.0f} s, size {size / 1e6:.0f} MB, self-test {self_test_seconds:.1f} s")
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
