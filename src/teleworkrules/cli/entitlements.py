"""``teleworkrules entitlements``: what is owed per person, month and allowance, as CSV."""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

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
from teleworkrules.cli.manual import DATASET_HELP, EXIT_CODES
from teleworkrules.engine.population import PopulationEvaluator, Segment
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import Parameter, ParameterSet, Version, format_value
from teleworkrules.money import format_euro
from teleworkrules.outputs import (
    atomic_output,
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


def rules_summary(parameters: ParameterSet) -> str:
    """The rules in brief, for the help: the amounts and dates as the parameters give them."""
    forfait = _latest(parameters["internet.forfait.amount"])
    benefit = _latest(parameters["internet.third_party.benefit_in_kind"])
    home = _latest(parameters["home_working.amount"])
    days = _latest(parameters["home_working.min_days_per_week"])
    per_week = format_value(days.value)
    return f"""\
the rules:
  internet_forfait      VPS art. VII 109: {_euro(forfait)} a month paid with salary
  internet_third_party  VPS art. VII 109: the employer pays the provider; a {_euro(benefit)}
                        benefit in kind is added to salary and nothing is paid
  home_working          sectoral agreement 2020-2022 (decided {home.known_from}, owed from
                        {home.effective_from}): {_euro(home)} a month for at least {per_week} \
telework {"day" if per_week == "1" else "days"} a week
  The situation on the first day of the month in service decides the month; a month
  granted is granted in full. 'teleworkrules rules' lists every amount, date and setting
  with its legal source.
"""


def _euro(version: Version) -> str:
    assert isinstance(version.value, Decimal)  # an amount
    return format_euro(version.value, "en")


def _epilog(book: Rulebook) -> str:
    return (
        "what it computes:\n"
        "  For every staff member and every month from --from to --to, the allowances owed\n"
        "  under the rules as known on --as-known-on (default: today).\n\n"
        + rules_summary(book.parameters())
        + "\n"
        + DATASET_HELP
        + """
output:
  CSV with the header employee_id,month,allowance,amount,benefit_in_kind; one row per
  allowance granted to a person for a month, sorted by employee_id, month, allowance.
  Months with nothing granted have no row. --format excel-csv writes the same CSV for a
  Belgian Excel (semicolons, decimal commas, UTF-8 with BOM); --output FILE.xlsx a
  workbook with one filterable sheet and euro formats (at most 1,048,575 rows; needs
  pip install 'teleworkrules[xlsx]'). With --output FILE the extension picks the format
  (.csv or .xlsx; anything else is refused) and --format may only agree with it; the
  file is written only when the whole run succeeds and is confirmed on stderr.

examples:
  teleworkrules entitlements examples/small --from 2023-01 --to 2023-12
  teleworkrules entitlements hr-export --from 2021-01 --to 2023-10 --output owed.csv
  teleworkrules entitlements hr-export --from 2023-01 --to 2023-12 --output owed.xlsx
  teleworkrules entitlements hr-export --from 2023-01 --to 2023-12 --format excel-csv \
      --output owed-excel.csv
  teleworkrules entitlements hr-export --from 2023-01 --to 2023-08 --as-known-on 2023-09-01

"""
    )


def add_parser(commands: Any) -> argparse.ArgumentParser:  # noqa: ANN401  # argparse's private type
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "entitlements",
        help="what is owed per person, month and allowance, as CSV or Excel",
        description="Compute what every staff member of a dataset is owed, per month and "
        "allowance, and write it as CSV (to stdout or --output) or an Excel workbook.",
        epilog=_epilog(Rulebook.default()) + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_dataset(parser)
    opt.add_period(parser, required=True)
    opt.add_output(parser, FORMATS)
    opt.add_skip_invalid(parser)
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
        return write_segments_xlsx(segments, workbook_path(options.output), lang=options.xlsx_lang)
    writer = write_segments_excel_csv if kind == opt.EXCEL_CSV else write_segments
    with atomic_output(options.output) as out:
        return writer(segments, out)


def _chain(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest
