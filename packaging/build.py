"""Build the desktop bundle with PyInstaller, then (optionally) run its self-test.

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--self-test]

Prints the build time, the bundle size and, with --self-test, the self-test time and result. Exits non-zero when the
build or the self-test fails.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(dist: Path) -> Path:
    name = "rehearsal-studio.exe" if sys.platform == "win32" else "rehearsal-studio"
    return dist / "rehearsal-studio" / name


def build(dist: Path, work: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
         "--workpath", str(work), str(ROOT / "packaging" / "studio.spec")],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def self_test(dist: Path, env: dict[str, str] | None = None) -> tuple[int, float, str]:
    started = time.perf_counter()
    result = subprocess.run([str(executable(dist)), "--self-test"], capture_output=True, text=True, env=env,
                            timeout=600, check=False)
    return result.returncode, time.perf_counter() - started, result.stdout + result.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's --self-test after building")
    args = parser.parse_args()
    seconds = build(args.dist, args.work)
    size = folder_size(args.dist / "rehearsal-studio")
    print(f"bundle: {args.dist / 'rehearsal-studio'}")
    print(f"build time: {seconds:.1f} s")
    print(f"bundle size: {size / 1e6:.0f} MB ({sum(1 for _ in (args.dist / 'rehearsal-studio').rglob('*'))} files)")
    if not args.self_test:
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    code, took, output = self_test(args.dist, env)
    print(output.rstrip())
    print(f"self-test: {'passed' if code == 0 else 'FAILED'} in {took:.1f} s")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
