"""The options shared by several commands, each defined once, and their resolved values.

A command's parser calls the ``add_*`` functions it needs; after parsing, :class:`Options`
holds the shared values, resolved once (the language, the evaluation day) and never
changed, and :func:`output_format` is the one way to choose an output format.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

import attrs

from teleworkrules.cli.parser import (
    date_argument,
    jobs_argument,
    language_of,
    limit_argument,
    month_argument,
    typed,
)
from teleworkrules.engine.parts import MIN_PART
from teleworkrules.exceptions import TeleworkRulesError
from teleworkrules.i18n import describe, text
from teleworkrules.inputs.limits import DEFAULT_LIMITS, Limits
from teleworkrules.money import format_number
from teleworkrules.outputs import PROBLEMS_FORMATS
from teleworkrules.outputs.files import not_regular, stream_kind
from teleworkrules.time import Month

__all__ = [
    "EXCEL_CSV",
    "EXTENSIONS",
    "PROBLEM_EXTENSIONS",
    "Options",
    "UsageError",
    "add_common",
    "add_dataset",
    "add_optional_dataset",
    "add_output",
    "add_period",
    "add_problems",
    "add_skip_invalid",
    "check_output",
    "date_argument",
    "limit_argument",
    "month_argument",
    "output_format",
    "supported_extensions",
    "typed",
]

EXTENSIONS: Final = {".csv": "csv", ".json": "json", ".txt": "table", ".xlsx": "xlsx"}
"""The --output file extensions and the format each stands for (``.txt``: the table)."""
EXCEL_CSV: Final = "excel-csv"
"""The format of CSV for people in a Belgian Excel (``;``, decimal comma, UTF-8 with BOM)."""
PROBLEM_EXTENSIONS: Final = PROBLEMS_FORMATS
"""The extensions a --problems file may have."""


class UsageError(Exception):
    """A usage error found after parsing (exit code 2): a ``cli.usage.*`` text and its values."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(text(f"cli.usage.{code}", "en", **values))
        self.code = code
        self.values = values

    def text(self, lang: str) -> str:
        """The message in ``lang`` (a library error among the values said in ``lang`` too)."""
        values = {
            name: describe(value, lang) if isinstance(value, TeleworkRulesError) else value
            for name, value in self.values.items()
        }
        return text(f"cli.usage.{self.code}", lang, **values)


def add_common(parser: argparse.ArgumentParser, *, known_on: bool = True) -> None:
    """--as-known-on (if ``known_on``), --entity, --policy, --lang and --quiet."""
    lang = language_of(parser)
    if known_on:
        parser.add_argument(
            "--as-known-on",
            metavar=text("cli.metavar.day", lang),
            type=typed(date_argument, lang),
            default=None,
            help=text("help.as_known_on", lang),
        )
    parser.add_argument(
        "--entity",
        metavar="CODE",
        default="DWSE",
        help=text("help.entity", lang),
    )
    parser.add_argument(
        "--policy",
        metavar=text("cli.metavar.file", lang),
        action="append",
        default=[],
        help=text("help.policy", lang),
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=None,
        help=text("help.lang", lang),
    )
    parser.add_argument("-q", "--quiet", action="store_true", help=text("help.quiet", lang))


def add_jobs(parser: argparse.ArgumentParser) -> None:
    """--jobs (the commands that decide whole populations)."""
    lang = language_of(parser)
    parser.add_argument(
        "--jobs",
        metavar="N",
        type=typed(jobs_argument, lang),
        default=None,
        help=text("help.jobs", lang, people=format_number(MIN_PART, lang)),
    )


def add_skip_invalid(parser: argparse.ArgumentParser) -> None:
    """--skip-invalid and --problems (every command that reads a dataset has both)."""
    lang = language_of(parser)
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help=text("help.skip_invalid", lang),
    )
    add_problems(parser)
    parser.add_argument(
        "--limit",
        dest="limits",
        metavar=text("cli.metavar.limit", lang),
        action="append",
        type=typed(limit_argument, lang),
        default=[],
        help=text(
            "help.limit",
            lang,
            limits=", ".join(
                text("help.limit.one", lang, name=name, default=format_number(default, lang))
                for name, default in attrs.asdict(DEFAULT_LIMITS).items()
            ),
        ),
    )


def add_problems(parser: argparse.ArgumentParser) -> None:
    """--problems FILE."""
    parser.add_argument(
        "--problems",
        metavar=text("cli.metavar.file", language_of(parser)),
        default=None,
        help=text("help.problems", language_of(parser)),
    )


def add_dataset(parser: argparse.ArgumentParser) -> None:
    """The required DATASET."""
    parser.add_argument(
        "dataset", metavar="DATASET", help=text("help.dataset", language_of(parser))
    )


def add_period(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """--from and --to."""
    lang = language_of(parser)
    parser.add_argument(
        "--from",
        dest="start",
        metavar=text("cli.metavar.month", lang),
        type=typed(month_argument, lang),
        required=required,
        help=text("help.from", lang),
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar=text("cli.metavar.month", lang),
        type=typed(month_argument, lang),
        required=required,
        help=text("help.to", lang),
    )


def add_optional_dataset(parser: argparse.ArgumentParser) -> None:
    """The optional DATASET (the bundled example by default) and the optional period."""
    parser.add_argument(
        "dataset",
        metavar="DATASET",
        nargs="?",
        default=None,
        help=text("help.dataset_optional", language_of(parser)),
    )
    add_period(parser, required=False)


def add_output(
    parser: argparse.ArgumentParser,
    formats: Sequence[str] = (),
    *,
    output_help: str | None = None,
) -> None:
    """--format (if there are ``formats`` to choose from) and --output."""
    lang = language_of(parser)
    if formats:
        parser.add_argument(
            "--format",
            choices=tuple(formats),
            default=None,
            help=text("help.format", lang, default=formats[0]),
        )
    extensions = ", ".join(supported_extensions(formats or ("csv",)))
    parser.add_argument(
        "-o",
        "--output",
        metavar=text("cli.metavar.file", lang),
        default=None,
        help=output_help or text("help.output", lang, extensions=extensions),
    )


@dataclass(frozen=True)
class Options:
    """The shared options of one run, resolved once after parsing.

    Attributes:
        lang: the language of messages, tables and files: --lang, else
            :func:`~teleworkrules.i18n.catalogue.default_lang`.
        quiet: no progress or summary.
        known_on: the evaluation day (default: today).
        entity: the default entity.
        policies: extra policy files.
        skip_invalid: use the valid rows of an invalid dataset.
        dataset: the DATASET given, if any.
        start: --from, if given.
        end: --to, if given.
        format: --format, if given.
        output: --output, if given (stdout, ``-`` or ``/dev/stdout``, is ``None``).
        problems: --problems, if given (``-`` and ``/dev/stdout``: a CSV on stdout).
        limits: the reading limits, as --limit set them.
        jobs: --jobs, if given (``None``: automatic, :func:`~teleworkrules.engine.parts.jobs_for`).
    """

    lang: str = "en"
    quiet: bool = False
    known_on: date = date.min
    entity: str = "DWSE"
    policies: tuple[str, ...] = ()
    skip_invalid: bool = False
    dataset: str | None = None
    start: Month | None = None
    end: Month | None = None
    format: str | None = None
    output: str | None = None
    problems: str | None = None
    limits: Limits = DEFAULT_LIMITS
    jobs: int | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace, lang: str = "en") -> Options:
        """The options of parsed ``args`` (those a command does not have keep their default).

        ``lang`` is the language when ``args`` has no --lang.
        """
        given = vars(args)
        known_on: date = given.get("as_known_on") or date.today()  # noqa: DTZ011  # enters here
        return cls(
            lang=given.get("lang") or lang,
            quiet=given.get("quiet", False),
            known_on=known_on,
            entity=given.get("entity", "DWSE"),
            policies=tuple(given.get("policy", ())),
            skip_invalid=given.get("skip_invalid", False),
            dataset=given.get("dataset"),
            start=given.get("start"),
            end=given.get("end"),
            format=given.get("format"),
            output=_file_or_stdout(given.get("output")),
            problems=given.get("problems"),
            limits=Limits(**dict(given.get("limits", ()))),
            jobs=given.get("jobs"),
        )

    def check(self) -> None:
        """Refuse a reversed period, an unwritable --output or --problems, before any work."""
        if self.start is not None and self.end is not None and self.end < self.start:
            raise UsageError("period_reversed", start=self.start, end=self.end)
        check_output(self.output)
        if self.problems is not None:
            check_output(self.problems, "--problems")
            suffix = Path(self.problems).suffix.lower()
            if stream_kind(self.problems) is None and suffix not in PROBLEM_EXTENSIONS:
                raise UsageError(
                    "problems_extension",
                    output=self.problems,
                    supported=", ".join(PROBLEM_EXTENSIONS),
                )
            if (
                self.output is not None
                and stream_kind(self.output) is None
                and Path(self.output).resolve() == Path(self.problems).resolve()
            ):
                raise UsageError("same_file", output=self.output)


def _file_or_stdout(output: str | None) -> str | None:
    """--output as given, ``None`` for stdout (``-``, ``/dev/stdout``, the file it goes to)."""
    return None if output is None or stream_kind(output) == "stdout" else output


def check_output(output: str | None, option: str = "--output") -> None:
    """Refuse an ``option`` file (--output, --problems) that cannot be written.

    stdout (``-``, ``/dev/stdout``) and the null device are written as a stream; any other
    existing path that is not a regular file (a folder, a device such as ``/dev/full``, a
    FIFO, a socket) is refused, never replaced. A symlink to a regular file is written
    through: its target is replaced and the link stays.
    """
    if stream_kind(output) is not None:
        return
    assert output is not None  # None is stdout
    kind = not_regular(output)
    if kind is not None:
        raise UsageError(f"output_{kind}", option=option, output=output)
    folder = Path(os.path.realpath(output)).parent
    if not folder.is_dir():
        raise UsageError("output_no_folder", option=option, output=output, folder=folder)


def _extension(kind: str) -> str:
    """The --output extension of format ``kind`` (a CSV for Excel is a ``.csv`` too)."""
    kind = "csv" if kind == EXCEL_CSV else kind
    return next(suffix for suffix, found in EXTENSIONS.items() if found == kind)


def supported_extensions(allowed: Sequence[str]) -> list[str]:
    """The --output extensions of the formats ``allowed``, sorted."""
    return sorted({_extension(kind) for kind in allowed})


def output_format(options: Options, allowed: Sequence[str]) -> str:
    """The output format, the one way every command chooses it (DATA-CONTRACT "Output files").

    With an --output file, its extension decides (``.csv``, ``.json``, ``.xlsx``, ``.txt``
    for the table), among the formats ``allowed``; any other extension is a usage error
    naming the supported ones. --format may only agree with it (``excel-csv`` agrees with
    ``.csv``). Without --output: --format, else the first of ``allowed`` (the default). An
    xlsx workbook needs an --output file. The null device (``--output /dev/null``) is
    like stdout: --format or the default, and it takes a workbook too. Called before any
    work, so nothing is written
    on a usage error.
    """
    kind = options.format
    if options.output is not None and stream_kind(options.output) is None:
        suffix = Path(options.output).suffix.lower()
        found = EXTENSIONS.get(suffix)
        if found is None or not (found in allowed or (found == "csv" and EXCEL_CSV in allowed)):
            raise UsageError(
                "output_extension",
                output=options.output,
                supported=", ".join(supported_extensions(allowed)),
            )
        if kind is None:
            kind = found if found in allowed else EXCEL_CSV
        elif _extension(kind) != suffix:
            raise UsageError(
                "format_mismatch", format=kind, output=options.output, suffix=_extension(kind)
            )
        return kind
    if kind is None:
        kind = allowed[0]
    if kind == "xlsx" and options.output is None:  # the null device takes a workbook too
        raise UsageError("xlsx_needs_output")
    return kind
