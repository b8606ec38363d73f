"""PyInstaller runtime hook: point bundled libraries at their bundled data."""

import os
import sys
from pathlib import Path

_base = Path(getattr(sys, "_MEIPASS", Path(__file__).parent))
if (_base / "espeak-ng-data").is_dir():
    os.environ.setdefault("ESPEAK_DATA_PATH", str(_base))
os.environ.setdefault("STUDIO_ASSETS_DIR", str(_base / "assets"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
