"""The ``teleworkrules`` command: the top parser, :func:`main` and its error handling.

Run ``teleworkrules --help`` or ``teleworkrules COMMAND --help`` for the manual.
Exit codes: 0 success; 1 invalid input data or rules, a write error (disk full,
permission, read-only, broken pipe) or not enough memory; 2 wrong command-line usage; 70 an
internal error; 130 interrupted (Ctrl-C), 143 terminated (SIGTERM). Each failure is one line
on stderr, never a traceback (unless TELEWORKRULES_DEBUG=1, for internal errors).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import signal
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator, Sequence
from types import FrameType, ModuleType
from typing import Final

from teleworkrules._gc import paused_gc
from teleworkrules._version import VERSION
from teleworkrules.cli import arrears, check, entitlements, explain, report, rules, simulate
from teleworkrules.cli.common import print_problems, save_problems, say, warn
from teleworkrules.cli.options import Options, UsageError
from teleworkrules.cli.parser import Parser
from teleworkrules.exceptions import DatasetError, TeleworkRulesError
from teleworkrules.i18n import LANGUAGES, default_lang, describe, text
from teleworkrules.outputs.files import STDOUT, discard_stdout

__all__ = ["Interrupted", "build_parser", "language", "main"]

PROG: Final = "teleworkrules"


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


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser of ``teleworkrules`` and all its commands, its help in ``lang``."""
    parser = Parser(
        prog="teleworkrules",
        description=textwrap.fill(text("help.top", lang), 79),
        epilog=text("help.top.epilog", lang),
        lang=lang,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {VERSION}",
        help=text("cli.argparse.version", lang),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=text("cli.argparse.command", lang), required=True
    )
    for module in COMMANDS:
        command: argparse.ArgumentParser = module.add_parser(commands, lang)
        # Usage errors show the command's own usage, and the command's module runs it.
        command.set_defaults(command_parser=command, run=module.run)
        # The epilogs are laid out by hand; the one-paragraph descriptions are wrapped here.
        command.description = textwrap.fill(command.description or "", 79)
    return parser


def language(argv: Sequence[str]) -> str:
    """The language of a run: the last --lang of ``argv``, else the default language.

    Known before parsing, so that ``--help`` and argparse's usage errors are in it too.
    """
    asked = None
    for n, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and n + 1 < len(argv):
            asked = argv[n + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    return asked if asked in LANGUAGES else default_lang()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Every failure is one line on stderr, never a traceback: invalid data or rules, a write
    error (disk full, permission, read-only, broken pipe), too little memory (1); wrong
    usage (2, argparse's ``SystemExit``); an interrupt, 128 plus the signal (SIGINT 130,
    SIGTERM 143), after an unfinished output file was removed; any other exception, a
    bug, is an internal error (70), with its traceback only when the environment variable
    ``TELEWORKRULES_DEBUG`` is ``1``. While it runs, SIGTERM interrupts like Ctrl-C; the
    handler before is restored when it returns.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        lang = language(argv)
    except TeleworkRulesError as error:  # TELEWORKRULES_LANG=fr: said in English
        warn(say("error", "en", message=error))
        return 2
    with _terminate_interrupts():
        try:
            args = build_parser(lang).parse_args(argv)
        except SystemExit:  # --help, --version, a usage error: flush now, quietly
            _flush_stdout()
            raise
        except OSError as error:  # --help | head: the help can stop half-way, quietly
            if not _is_stdout_error(error):
                raise
            discard_stdout()
            raise SystemExit(0) from None
        options = Options.from_args(args, lang)
        code = _run(args, options)
        failure = _flush_stdout()
        if failure is not None and code == 0:
            warn(say("error", options.lang, message=_write_failure(failure, options)))
            code = 1
        return code


class Interrupted(KeyboardInterrupt):
    """A signal that stops the run like Ctrl-C (SIGTERM): cleanups run, then exit 128+signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def _terminate_interrupts() -> Iterator[None]:
    """SIGTERM raises :class:`Interrupted` while the block runs (in the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        del frame
        signal.signal(signum, signal.SIG_IGN)  # once: the cleanup is not interrupted again
        raise Interrupted(signum)

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _run(args: argparse.Namespace, options: Options) -> int:
    """Run the command of ``args``; every failure becomes its message and exit code."""
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
        return _save_problems(options, error)
    except TeleworkRulesError as error:
        warn(say("error", lang, message=describe(error, lang)))
        return 1
    except OSError as error:
        warn(say("error", lang, message=_write_failure(error, options)))
        return 1
    except MemoryError:
        warn(say("error", lang, message=say("no_memory", lang, command=f"{PROG} {args.command}")))
        return 1
    except KeyboardInterrupt as interrupt:
        signum = getattr(interrupt, "signum", signal.SIGINT)
        warn(say("interrupted", lang, signal=signal.Signals(signum).name))
        return 128 + signum
    except Exception as error:
        if os.environ.get("TELEWORKRULES_DEBUG") == "1":
            raise
        first = next(iter(str(error).splitlines()), "")
        warn(say("internal", lang, kind=type(error).__name__, message=first[:200]))
        return 70
    return 0  # pragma: no cover - parser.error exits


def _save_problems(options: Options, error: DatasetError) -> int:
    """Write the problems of an invalid dataset to --problems, if given; 1, or why it failed."""
    try:
        save_problems(options, error.problems)
    except TeleworkRulesError as failure:
        warn(say("error", options.lang, message=describe(failure, options.lang)))
    except OSError as failure:
        warn(say("error", options.lang, message=_write_failure(failure, options)))
    except MemoryError:
        message = say("no_memory", options.lang, command="--problems")
        warn(say("error", options.lang, message=message))
    return 1


_REASONS: Final = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "quota",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "read_only",
    errno.EPIPE: "broken_pipe",
    errno.EISDIR: "folder",
}
"""The write errors with a text of their own (``cli.reason.*``); others give ``strerror``."""


def _is_stdout_error(error: OSError) -> bool:
    return error.filename in (None, STDOUT) and error.errno in _REASONS


def _write_failure(error: OSError, options: Options) -> str:
    """The one line of an ``OSError``: what could not be written (or used), and why."""
    lang = options.lang
    code = _REASONS.get(error.errno or 0)
    reason = say(f"reason.{code}", lang) if code else (error.strerror or str(error))
    name = error.filename
    if name == STDOUT or (name is None and options.output is None):
        discard_stdout()
        return say("cannot_write_stdout", lang, reason=reason)
    if name is None or str(name) in {options.output, options.problems}:
        return say("cannot_write", lang, target=name or options.output, reason=reason)
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return say("cannot_write", lang, target=name, reason=reason)
    return say("cannot_use", lang, target=name, reason=reason)


def _flush_stdout() -> OSError | None:
    """Flush stdout; if it cannot be written (a closed pipe, a full disk), drop the rest."""
    try:
        sys.stdout.flush()
    except OSError as error:
        discard_stdout()
        return OSError(error.errno, error.strerror, STDOUT)
    except ValueError:  # stdout was closed
        return None
    return None
