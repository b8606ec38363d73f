"""The layers stay visible: the core imports no Qt and no device library, services import no widgets."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

FORBIDDEN_IN_CORE = {"PySide6", "cv2", "sounddevice", "pyttsx3", "faster_whisper", "ctranslate2", "av", "soundfile"}
FORBIDDEN_IN_SERVICES = {"PySide6.QtWidgets"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_source_imports_no_qt_or_devices(repo_root: Path) -> None:
    offenders = {}
    for path in (repo_root / "studio" / "core").rglob("*.py"):
        bad = {name for name in _imports(path) if name.split(".")[0] in FORBIDDEN_IN_CORE}
        bad |= {name for name in _imports(path) if name.startswith(("studio.services", "studio.ui"))}
        if bad:
            offenders[str(path.relative_to(repo_root))] = sorted(bad)
    assert not offenders, f"the core must stay pure: {offenders}"


def test_services_import_no_widgets(repo_root: Path) -> None:
    offenders = {}
    for path in (repo_root / "studio" / "services").rglob("*.py"):
        bad = {name for name in _imports(path) if name in FORBIDDEN_IN_SERVICES or name.startswith("studio.ui")}
        if bad:
            offenders[str(path.relative_to(repo_root))] = sorted(bad)
    assert not offenders, f"services must not build widgets: {offenders}"


def test_importing_every_core_module_loads_no_qt_at_run_time(repo_root: Path) -> None:
    """Beyond the source check: importing the whole core really leaves Qt and the devices unloaded."""
    modules = sorted(
        ".".join(p.relative_to(repo_root).with_suffix("").parts)
        for p in (repo_root / "studio" / "core").rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(FORBIDDEN_IN_CORE)!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo_root)
    assert out.stdout.strip() == ""
