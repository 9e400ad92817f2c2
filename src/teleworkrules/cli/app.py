"""The ``teleworkrules`` command: the top parser, :func:`main` and its error handling.

Run ``teleworkrules --help`` or ``teleworkrules COMMAND --help`` for the manual.
Exit codes: 0 success, 1 invalid input data or rules, 2 wrong command-line usage.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import textwrap
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from types import ModuleType

from teleworkrules.cli import arrears, check, entitlements, explain, report, rules, simulate
from teleworkrules.cli.common import print_problems, save_problems, say, warn
from teleworkrules.cli.options import Options, UsageError
from teleworkrules.exceptions import DatasetError, TeleworkRulesError
from teleworkrules.inputs.load import paused_gc

__all__ = ["build_parser", "main"]


COMMANDS: tuple[ModuleType, ...] = (
    entitlements,
    report,
    check,
    explain,
    arrears,
    simulate,
    rules,
)
"""The command modules, in the order of ``--help``: each has ``add_parser`` and ``run``."""


def _version() -> str:
    try:
        return version("teleworkrules")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``teleworkrules`` and all its commands."""
    parser = argparse.ArgumentParser(
        prog="teleworkrules",
        description="The Flemish government's telework support rules as tested, explainable "
        "code: internet allowance, home-working allowance and material support, per person "
        "and month, with the legal reason for each euro.",
        epilog="Run 'teleworkrules COMMAND --help' for the manual of a command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        command: argparse.ArgumentParser = module.add_parser(commands)
        # Usage errors show the command's own usage, and the command's module runs it.
        command.set_defaults(command_parser=command, run=module.run)
        # The epilogs are laid out by hand; the one-paragraph descriptions are wrapped here.
        command.description = textwrap.fill(command.description or "", 79)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    options = Options.from_args(args)
    lang = options.lang
    command_parser: argparse.ArgumentParser = args.command_parser
    run: Callable[[argparse.Namespace, Options], int] = args.run
    try:
        options.check()
        # A run builds many small acyclic objects: the cyclic garbage collector's repeated
        # scans of the loaded staff would cost a third of the run time.
        with paused_gc():
            return run(args, options)
    except UsageError as error:
        command_parser.error(error.text(lang))
    except DatasetError as error:
        print_problems(error, lang)
        _save_problems(options, error)
        return 1
    except TeleworkRulesError as error:
        warn(say("error", lang, message=error))
        return 1
    except BrokenPipeError:  # e.g. piped into head
        with contextlib.suppress(OSError):
            sys.stdout.close()
        return 0
    except OSError as error:
        target = error.filename or options.output or ""
        reason = say("cannot_write", lang, target=target, reason=error.strerror or error)
        warn(say("error", lang, message=reason))
        return 1
    return 0  # pragma: no cover - parser.error exits


def _save_problems(options: Options, error: DatasetError) -> None:
    """Write the problems of an invalid dataset to --problems, if given; say why it failed."""
    try:
        save_problems(options, error.problems)
    except TeleworkRulesError as failure:
        warn(say("error", options.lang, message=failure))
    except OSError as failure:
        target = failure.filename or options.problems or ""
        reason = say("cannot_write", options.lang, target=target, reason=failure.strerror)
        warn(say("error", options.lang, message=reason))
