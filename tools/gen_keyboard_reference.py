"""Write accessibility/keyboard-reference.md from the action registry (the same text as the app's help).

    .venv/bin/python tools/gen_keyboard_reference.py          # rewrite the file
    .venv/bin/python tools/gen_keyboard_reference.py --check  # exit 1 when the file is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from studio.ui.actions import keyboard_reference_markdown  # noqa: E402 - after the path set-up

TARGET = REPO_ROOT / "accessibility" / "keyboard-reference.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the file is up to date")
    args = parser.parse_args(argv)
    text = keyboard_reference_markdown()  # the default keys: the file documents what a new user gets
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if args.check:
        if current != text:
            print(f"{TARGET.relative_to(REPO_ROOT)} is out of date: run tools/gen_keyboard_reference.py")
            return 1
        print(f"{TARGET.relative_to(REPO_ROOT)} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
