"""``teleworkrules entitlements``: what is owed per person, month and allowance, as CSV."""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from teleworkrules.cli import manual
from teleworkrules.cli import options as opt
from teleworkrules.cli.common import (
    Progress,
    load,
    period,
    rulebook,
    say,
    summary,
    workbook_path,
    written,
)
from teleworkrules.engine.parts import in_parts, jobs_for
from teleworkrules.engine.population import PopulationEvaluator, Segment
from teleworkrules.facts import Employee
from teleworkrules.i18n import text
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import Parameter, ParameterSet, Version, format_value
from teleworkrules.money import format_euro
from teleworkrules.outputs import (
    ENTITLEMENTS_HEADER,
    atomic_output,
    write_segment_rows,
    write_segments,
    write_segments_excel_csv,
    write_segments_xlsx,
)

__all__ = ["FORMATS", "add_parser", "rules_summary", "run"]

FORMATS = ("csv", opt.EXCEL_CSV, "xlsx")
"""The output formats, the default first."""

_T = TypeVar("_T")


def _latest(parameter: Parameter) -> Version:
    """The last version in force, as known on the last day any version became known."""
    known_on = max(v.known_from for v in parameter.versions)
    for month in reversed(parameter.changes(known_on=known_on)):
        version = parameter.at(month, known_on=known_on)
        if version is not None and version.in_force:
            return version
    return parameter.versions[-1]  # pragma: no cover - every shipped parameter is in force


def rules_summary(parameters: ParameterSet, lang: str = "en") -> str:
    """The rules in brief, for the help: the amounts and dates as the parameters give them.

    In ``lang``; Dutch amounts have a decimal comma.
    """
    forfait = _latest(parameters["internet.forfait.amount"])
    benefit = _latest(parameters["internet.third_party.benefit_in_kind"])
    home = _latest(parameters["home_working.amount"])
    days = _latest(parameters["home_working.min_days_per_week"])
    per_week = str(format_value(days.value))  # in force: a number
    return text(
        "help.entitlements.rules",
        lang,
        forfait=_euro(forfait, lang),
        benefit=_euro(benefit, lang),
        decided=home.known_from,
        owed_from=home.effective_from,
        home=_euro(home, lang),
        per_week=per_week.replace(".", ",") if lang == "nl" else per_week,
        unit=text("help.entitlements.day" if per_week == "1" else "help.entitlements.days", lang),
    )


def _euro(version: Version, lang: str) -> str:
    assert isinstance(version.value, Decimal)  # an amount
    return format_euro(version.value, lang)


_EXAMPLES = (
    "teleworkrules entitlements examples/small --from 2023-01 --to 2023-12",
    "teleworkrules entitlements hr-export --from 2021-01 --to 2023-10 --output owed.csv",
    "teleworkrules entitlements hr-export --from 2023-01 --to 2023-12 --output owed.xlsx",
    "teleworkrules entitlements hr-export --from 2023-01 --to 2023-12 --format excel-csv \\\n"
    "      --output owed-excel.csv",
    "teleworkrules entitlements hr-export --from 2023-01 --to 2023-08 --as-known-on 2023-09-01",
)


def _epilog(book: Rulebook, lang: str) -> str:
    return manual.epilog(
        text("help.entitlements.computes", lang),
        rules_summary(book.parameters(), lang),
        manual.dataset_help(lang),
        text("help.entitlements.output", lang),
        manual.examples(lang, *_EXAMPLES),
        manual.exit_codes(lang),
    )


def add_parser(commands: Any, lang: str = "en") -> argparse.ArgumentParser:  # noqa: ANN401
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "entitlements",
        help=text("help.entitlements.help", lang),
        description=text("help.entitlements.description", lang),
        epilog=_epilog(Rulebook.default(), lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_dataset(parser)
    opt.add_period(parser, required=True)
    opt.add_output(parser, FORMATS)
    opt.add_skip_invalid(parser)
    opt.add_jobs(parser)
    opt.add_common(parser)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Write the entitlements as CSV (for programs or for Excel) or as a workbook."""
    started = time.monotonic()
    kind = opt.output_format(options, FORMATS)
    start, end = period(options)
    book = rulebook(options)
    dataset = load(options, book, args.dataset)
    evaluator = PopulationEvaluator(start, end, known_on=options.known_on, rulebook=book)
    progress = Progress(len(dataset.employees), options.lang, quiet=options.quiet)
    jobs = jobs_for(len(dataset.employees), options.jobs)
    if jobs > 1 and kind == "csv":
        rows = _write_in_parts(evaluator, dataset.employees, jobs, options, progress)
    else:
        segments = evaluator.run(progress.track(dataset.employees))
        first = next(segments, None)  # surfaces rule errors before anything is written
        rows = _write(kind, () if first is None else _chain(first, segments), options)
    if options.output is not None:
        written(options)
        what = say("rows", options.lang, count=rows)
        summary(options, what, len(dataset.employees), (start, end), started)
    return 0


def _write(kind: str, segments: Iterable[Segment], options: opt.Options) -> int:
    """Write the entitlements in format ``kind``; returns the rows written."""
    if kind == "xlsx":
        return write_segments_xlsx(
            segments,
            workbook_path(options.output),
            lang=options.lang,
            start=options.start,
            end=options.end,
            known_on=options.known_on,
        )
    writer = write_segments_excel_csv if kind == opt.EXCEL_CSV else write_segments
    with atomic_output(options.output) as out:
        return writer(segments, out)


def _write_in_parts(
    evaluator: PopulationEvaluator,
    employees: Sequence[Employee],
    jobs: int,
    options: opt.Options,
    progress: Progress,
) -> int:
    """The CSV of :func:`_write`, its rows written in ``jobs`` parts at once, then joined.

    Each part goes to a file of its own in a temporary folder; the output gets the header
    and the parts in order, so it has the bytes one process writes. Nothing is written to
    the output before every part is done (a rule error stops the run first).
    """
    with tempfile.TemporaryDirectory(prefix="teleworkrules-") as folder:

        def part(index: int, people: Sequence[Employee]) -> int:
            staff = progress.track(people, scale=jobs) if index == 0 else people
            path = Path(folder, f"{index}.csv")
            with path.open("w", encoding="utf-8", newline="") as out:
                return write_segment_rows(evaluator.run(staff), out)

        rows = in_parts(employees, part, jobs)
        with atomic_output(options.output) as out:
            out.write(ENTITLEMENTS_HEADER + "\n")
            for index in range(len(rows)):
                with Path(folder, f"{index}.csv").open(encoding="utf-8", newline="") as done:
                    shutil.copyfileobj(done, out)
    return sum(rows)


def _chain(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest
