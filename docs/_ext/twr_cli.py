"""The command line in the documentation: ``--help`` texts and commands run at build time.

Part of the ``teleworkrules_docs`` extension (it registers these directives).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shlex
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from twr_nodes import data_files

HELP_WIDTH = 90
"""The terminal width the ``--help`` text is rendered for (argparse wraps to it)."""

ROOT = Path(__file__).resolve().parents[2]
"""The repository root: commands run from here, so ``examples/small`` reads as in a terminal."""

logger = logging.getLogger(__name__)


def _run_cli(
    argv: list[str], *, stderr: bool, lang: str = "en", columns: int = HELP_WIDTH
) -> tuple[str, int]:
    """Run ``teleworkrules ARGV`` in this process from the repository root.

    Returns its standard output (with standard error, in order, if ``stderr``) and its
    exit code. ``COLUMNS`` is fixed so that argparse wraps the same on every machine;
    the command speaks ``lang`` (as with ``TELEWORKRULES_LANG``) unless ARGV has ``--lang``.
    """
    from teleworkrules.cli import main

    out = io.StringIO()
    err: io.StringIO = out if stderr else io.StringIO()
    old = os.environ.get("COLUMNS")
    old_lang = os.environ.get("TELEWORKRULES_LANG")
    os.environ["COLUMNS"] = str(columns)
    os.environ["TELEWORKRULES_LANG"] = lang
    code: int | str | None
    try:
        with (
            contextlib.chdir(ROOT),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            try:
                code = main(argv)
            except SystemExit as stop:  # --help and usage errors
                code = stop.code
    finally:
        for name, value in (("COLUMNS", old), ("TELEWORKRULES_LANG", old_lang)):
            if value is None:
                del os.environ[name]
            else:
                os.environ[name] = value
    if code is None:
        code = 0
    return out.getvalue(), code if isinstance(code, int) else 1


def _edition(env: BuildEnvironment) -> str:
    """The language the commands speak in this edition: Dutch in the Dutch one."""
    return "nl" if env.config.language == "nl" else "en"


def cli_commands() -> list[str]:
    """The names of the commands of ``teleworkrules``, as its parser defines them."""
    from teleworkrules.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


class CliHelpDirective(SphinxDirective):
    """The ``--help`` text of ``teleworkrules`` (argument: the command, if any)."""

    optional_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        argv = [*self.arguments, "--help"]
        text, _ = _run_cli(argv, stderr=False, lang=_edition(self.env))
        text = text.rstrip("\n")
        documented = getattr(self.env, "teleworkrules_cli_help", {})
        self.env.teleworkrules_cli_help = documented  # type: ignore[attr-defined]
        documented.setdefault(self.env.docname, set()).add(
            self.arguments[0] if self.arguments else ""
        )
        prompt = "$ teleworkrules " + " ".join(argv) + "\n"
        block = nodes.literal_block(prompt + text, prompt + text, language="text")
        return [block]


def _excerpt(text: str, start_at: str | None, end_before: str | None) -> str | None:
    """The lines of ``text`` from the first containing ``start_at`` to before ``end_before``.

    ``...`` marks the lines left out before and after.
    """
    lines = text.rstrip("\n").splitlines()
    first = 0
    if start_at is not None:
        found = [n for n, line in enumerate(lines) if start_at in line]
        if not found:
            return None
        first = found[0]
    last = len(lines)
    if end_before is not None:
        found = [n for n, line in enumerate(lines) if n > first and end_before in line]
        if not found:
            return None
        last = found[0]
    shown = lines[first:last]
    while shown and not shown[-1].strip():
        shown.pop()
    before = ["..."] if first > 0 else []
    after = ["..."] if last < len(lines) else []
    return "\n".join(before + shown + after)


class CommandDirective(SphinxDirective):
    """A ``teleworkrules`` command, run at build time, with its output.

    The argument is the command line after ``teleworkrules`` (shell quoting). Options:

    ``:stderr:``
        include standard error, interleaved with standard output as a terminal shows it;
    ``:exit-code:``
        the exit code expected (default 0); any other is a build warning;
    ``:start-at:`` / ``:end-before:``
        show only the lines from the first that contains this text, up to the line
        before the next that contains that text; ``...`` marks what is left out;
    ``:hide-command:``
        show the output only.
    """

    required_arguments = 1
    final_argument_whitespace = True
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "stderr": directives.flag,
        "exit-code": directives.nonnegative_int,
        "start-at": directives.unchanged_required,
        "end-before": directives.unchanged_required,
        "hide-command": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        for path in data_files():
            self.env.note_dependency(path)
        argv = shlex.split(self.arguments[0])
        # An excerpt is found by its English text, so the whole output stays English.
        excerpted = "start-at" in self.options or "end-before" in self.options
        lang = "en" if excerpted else _edition(self.env)
        text, code = _run_cli(argv, stderr="stderr" in self.options, lang=lang)
        expected = self.options.get("exit-code", 0)
        location = self.get_location()
        if code != expected:
            logger.warning(
                "teleworkrules %s: exit code %s, expected %s; output:\n%s",
                self.arguments[0],
                code,
                expected,
                text,
                location=location,
            )
        start_at = self.options.get("start-at")
        end_before = self.options.get("end-before")
        shown = text.rstrip("\n")
        if start_at is not None or end_before is not None:
            excerpt = _excerpt(text, start_at, end_before)
            if excerpt is None:
                logger.warning(
                    "teleworkrules %s: the output has no line with %r (then %r)",
                    self.arguments[0],
                    start_at,
                    end_before,
                    location=location,
                )
                excerpt = shown
            shown = excerpt
        if "hide-command" not in self.options:
            shown = "$ teleworkrules " + shlex.join(argv) + "\n" + shown
        block = nodes.literal_block(shown, shown, language="text")
        self.set_source_info(block)
        return [block]


def purge_cli_help(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, "teleworkrules_cli_help", {}).pop(docname, None)


def merge_cli_help(
    app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment
) -> None:
    mine = getattr(env, "teleworkrules_cli_help", {})
    env.teleworkrules_cli_help = mine  # type: ignore[attr-defined]
    for docname, commands in getattr(other, "teleworkrules_cli_help", {}).items():
        if docname in docnames:
            mine[docname] = set(commands)


def check_cli_help(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about a command of the parser whose ``--help`` appears on no page."""
    shown = set().union(*getattr(env, "teleworkrules_cli_help", {}).values())
    for command in cli_commands():
        if command not in shown:
            logger.warning(
                "the command 'teleworkrules %s' has no teleworkrules-cli-help block "
                "(add one to reference/cli.md)",
                command,
            )
