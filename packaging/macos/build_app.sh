#!/usr/bin/env bash
# Build "Rehearsal Studio.app" and a DMG on macOS. Needs Python 3.10+, the repo's venv and hdiutil.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
python3 -m venv .venv-mac
.venv-mac/bin/pip install -q -e ".[dev]" pyinstaller
.venv-mac/bin/python packaging/build.py --self-test
hdiutil create -volname "Rehearsal Studio" -srcfolder "dist/Rehearsal Studio.app" -ov -format UDZO \
  "dist/RehearsalStudio-$(.venv-mac/bin/python -c 'import studio; print(studio.__version__)').dmg"
