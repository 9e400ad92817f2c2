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
    in_shares,
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
from teleworkrules.facts import Dataset, Employee
from teleworkrules.i18n import text
from teleworkrules.inputs.shares import Share
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
    evaluator = PopulationEvaluator(start, end, known_on=options.known_on, rulebook=book)
    progress = Progress(0, options.lang, quiet=options.quiet)
    done = (
        _shares_written(evaluator, args.dataset, book, options, progress) if kind == "csv" else None
    )
    if done is not None:
        rows, staff = done
    else:
        dataset = load(options, book, args.dataset)
        staff = progress.total = len(dataset.employees)
        jobs = jobs_for(staff, options.jobs)
        if jobs > 1 and kind == "csv":
            rows = _write_in_parts(evaluator, dataset.employees, jobs, options, progress)
        else:
            segments = evaluator.run(progress.track(dataset.employees))
            first = next(segments, None)  # surfaces rule errors before anything is written
            rows = _write(kind, () if first is None else _chain(first, segments), options)
    if options.output is not None:
        written(options)
        what = say("rows", options.lang, count=rows)
        summary(options, what, staff, (start, end), started)
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


def _shares_written(
    evaluator: PopulationEvaluator,
    path: str,
    book: Rulebook,
    options: opt.Options,
    progress: Progress,
) -> tuple[int, int] | None:
    """The CSV of :func:`_write`, each share of the staff loaded and written at once.

    The rows written and the staff; ``None`` when the dataset is to be loaded whole
    (:func:`~teleworkrules.cli.common.in_shares`). Each share's rows go to a file of
    its own, joined as in :func:`_write_in_parts`.
    """
    with tempfile.TemporaryDirectory(prefix="teleworkrules-") as folder:

        def part(share: Share, dataset: Dataset, _: object) -> int:
            staff: Iterable[Employee] = dataset.employees
            if share.index == 0:
                progress.total = share.staff
                staff = progress.track(dataset.employees, scale=share.parts)
            path = Path(folder, f"{share.index}.csv")
            with path.open("w", encoding="utf-8", newline="") as out:
                return write_segment_rows(evaluator.run(staff), out)

        done = in_shares(options, book, path, part)
        if done is None:
            return None
        rows, staff = done
        _join(folder, len(rows), options)
    return sum(rows), staff


def _join(folder: str, parts: int, options: opt.Options) -> None:
    """The output: the header and the parts' rows in order (the bytes one process writes)."""
    with atomic_output(options.output) as out:
        out.write(ENTITLEMENTS_HEADER + "\n")
        for index in range(parts):
            with Path(folder, f"{index}.csv").open(encoding="utf-8", newline="") as done:
                shutil.copyfileobj(done, out)


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
        _join(folder, len(rows), options)
    return sum(rows)


def _chain(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest
