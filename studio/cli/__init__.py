"""The ``studio`` command: no arguments opens the desktop app; subcommands work headless.

Each subcommand lives in its own module under ``studio.cli`` and exposes ``HELP`` (one line),
``add_arguments(parser)`` and ``run(args) -> int``. Modules import heavy libraries (Qt, the
model, devices) inside ``run`` so that ``studio --help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from studio import APP_NAME, __version__
from studio.core.errors import StudioError

# name -> module; the order is the order shown in --help.
COMMANDS: dict[str, str] = {
    "doctor": "studio.cli.doctor",
    "sessions": "studio.cli.sessions",
    "demo": "studio.cli.demo",
    "transcribe": "studio.cli.transcribe",
    "analyze": "studio.cli.analyze",
    "check-claims": "studio.cli.check_claims",
    "rules": "studio.cli.rules",
    "record": "studio.cli.record",
    "speak": "studio.cli.speak",
    "export": "studio.cli.export",
    "import": "studio.cli.import_bundle",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio",
        description=f"{APP_NAME}: rehearse livestream selling privately. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation: load the model, transcribe the sample rehearsal, score it, speak the summary",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a command that is not built yet
            raise
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


# Options of the desktop app itself (tests and the accessibility kit use them); they go straight to the app.
APP_OPTIONS = ("--a11y-audit", "--no-voice", "--speech-to")


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if given and given[0].split("=", 1)[0] in APP_OPTIONS:
        from studio.ui.app import run_app

        return run_app(sys.argv[:1] + given)
    parser = build_parser()
    args = parser.parse_args(given)
    try:
        if args.self_test:
            from studio.services.demo import self_test

            return self_test()
        if args.command is None:
            from studio.ui.app import run_app

            return run_app(sys.argv[:1])
        code: int = args.run(args)
        return code
    except StudioError as exc:
        print(f"studio: {exc.spoken()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("studio: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``studio check-claims … | head``): stop quietly, and keep Python from complaining
        # about stdout while exiting.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
