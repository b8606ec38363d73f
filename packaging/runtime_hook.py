"""PyInstaller runtime hook: point bundled libraries at their bundled data."""

import os
import sys
from pathlib import Path

_base = Path(getattr(sys, "_MEIPASS", Path(__file__).parent))
if (_base / "espeak-ng-data").is_dir():
    os.environ.setdefault("ESPEAK_DATA_PATH", str(_base))
if (_base / "espeak-ng").is_file():
    # The bundled espeak-ng command (run by the speech service) finds itself on PATH and its library beside it.
    os.environ["PATH"] = str(_base) + os.pathsep + os.environ.get("PATH", "")
    os.environ["LD_LIBRARY_PATH"] = os.pathsep.join(p for p in (str(_base), os.environ.get("LD_LIBRARY_PATH")) if p)
os.environ.setdefault("STUDIO_ASSETS_DIR", str(_base / "assets"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
