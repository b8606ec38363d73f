"""Entry point of the desktop bundle: the same `studio` command, frozen by PyInstaller."""

from __future__ import annotations

import sys

from studio.cli import main

if __name__ == "__main__":
    sys.exit(main())
