"""``teleworkrules entitlements``: what is owed per person, month and allowance, as CSV."""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, TypeVar

from teleworkrules.cli import options as opt
from teleworkrules.cli.common import Progress, load, period, rulebook, say, summary
from teleworkrules.engine.population import PopulationEvaluator
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import Parameter, ParameterSet, Version, format_value
from teleworkrules.money import format_euro
from teleworkrules.outputs import atomic_output, write_segments

__all__ = ["add_parser", "rules_summary", "run"]

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
        + opt.DATASET_HELP
        + """
output:
  CSV with the header employee_id,month,allowance,amount,benefit_in_kind; one row per
  allowance granted to a person for a month, sorted by employee_id, month, allowance.
  Months with nothing granted have no row. With --output the file is written only when
  the whole run succeeds.

examples:
  teleworkrules entitlements examples/small --from 2023-01 --to 2023-12
  teleworkrules entitlements hr-export --from 2021-01 --to 2023-10 --output owed.csv
  teleworkrules entitlements hr-export --from 2023-01 --to 2023-08 --as-known-on 2023-09-01

"""
    )


def add_parser(commands: Any) -> argparse.ArgumentParser:  # noqa: ANN401  # argparse's private type
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "entitlements",
        help="what is owed per person, month and allowance, as CSV",
        description="Compute what every staff member of a dataset is owed, per month and "
        "allowance, and write it as CSV (to stdout or --output).",
        epilog=_epilog(Rulebook.default()) + opt.EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_dataset(parser)
    opt.add_period(parser, required=True)
    opt.add_output(parser, output_help="write the CSV to FILE instead of stdout (all or nothing)")
    opt.add_skip_invalid(parser)
    opt.add_common(parser)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Write the entitlements CSV (the one format: no --format)."""
    started = time.monotonic()
    start, end = period(options)
    book = rulebook(options)
    dataset = load(options, book, args.dataset)
    evaluator = PopulationEvaluator(start, end, known_on=options.known_on, rulebook=book)
    progress = Progress(len(dataset.employees), options.lang, quiet=options.quiet)
    segments = evaluator.run(progress.track(dataset.employees))
    first = next(segments, None)  # surfaces rule errors before anything is written
    with atomic_output(options.output) as out:
        rows = write_segments(() if first is None else _chain(first, segments), out)
    if options.output is not None:
        what = say("rows", options.lang, count=rows)
        summary(options, what, len(dataset.employees), (start, end), started)
    return 0


def _chain(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest
