"""``teleworkrules simulate``: cost a reform or a planned initiative."""

from __future__ import annotations

import argparse
import json
from typing import Any

from teleworkrules.cli import options as opt
from teleworkrules.cli.common import (
    load_or_example,
    rulebook,
    workbook_path,
    write_output,
    write_text,
)
from teleworkrules.cli.manual import EXIT_CODES
from teleworkrules.exceptions import InvalidParameterError, UnknownParameterError
from teleworkrules.law.reforms import apply_changes, load_initiative, parse_change
from teleworkrules.outputs import simulation_table, simulation_to_dict, write_simulation_xlsx
from teleworkrules.results.simulation import simulate

__all__ = ["FORMATS", "add_parser", "run"]

FORMATS = ("table", "json", "xlsx")
"""The output formats, the default first."""

EPILOG = """\
reforms:
  --set PARAMETER=VALUE@YYYY-MM overrides a parameter from a month on, e.g.
    --set internet.forfait.amount=25.00@2025-01
    --set home_working.min_days_per_week=2@2025-01
    --set entity.budget.monitors=45000.00@2025-01
  Values follow the parameter's unit (amounts with a point, true/false, codes).

initiative file (TOML):
  [initiative]
  title.nl = "Hogere internetvergoeding"
  title.en = "Higher internet allowance"
  motivation.nl = "..."
  motivation.en = "..."
  timing = "2025-01"
  budget = "12000.00"
  [[changes]]
  parameter = "internet.forfait.amount"
  value = "25.00"
  from = "2025-01"

output:
  table (default), json or xlsx (needs pip install 'teleworkrules[xlsx]'). With --output
  FILE the file's extension picks the format (.txt, .json, .xlsx; anything else, .csv
  too, is refused: the comparison is no flat table) and --format may only agree with it;
  the file is confirmed on stderr and nothing is printed.

examples:
  teleworkrules simulate --set internet.forfait.amount=25.00@2023-01
  teleworkrules simulate hr-export --from 2025-01 --to 2026-12 --initiative plan.toml

"""


def add_parser(commands: Any) -> argparse.ArgumentParser:  # noqa: ANN401  # argparse's private type
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "simulate",
        help="cost a reform or a planned initiative against the rules in force",
        description="Evaluate the dataset with and without parameter changes and compare per "
        "year and allowance: people, person-months, cost, who is better or worse off.",
        epilog=EPILOG + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_optional_dataset(parser)
    parser.add_argument(
        "--set",
        dest="changes",
        metavar="PARAMETER=VALUE@YYYY-MM",
        action="append",
        default=[],
        help="a parameter override; may be repeated (see 'teleworkrules rules' for the names)",
    )
    parser.add_argument(
        "--initiative",
        metavar="FILE",
        default=None,
        help="a planned initiative (TOML: title, motivation, timing, budget, changes)",
    )
    opt.add_output(parser, FORMATS)
    opt.add_skip_invalid(parser)
    opt.add_common(parser)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Evaluate with and without the changes and write the comparison."""
    kind = opt.output_format(options, FORMATS)
    book = rulebook(options)
    dataset, start, end = load_or_example(options, book)
    initiative = None if args.initiative is None else load_initiative(args.initiative, book)
    try:
        changes = [parse_change(change, book) for change in args.changes]
        apply_changes(book, changes)  # checks every value against its unit and bounds
    except (InvalidParameterError, UnknownParameterError) as error:
        raise opt.UsageError("bad_change", error=error) from None
    if initiative is not None:
        changes = [*initiative.changes, *changes]
    if not changes:
        raise opt.UsageError("no_change")
    result = simulate(
        dataset,
        start,
        end,
        changes,
        known_on=options.known_on,
        rulebook=book,
        initiative=initiative,
    )

    def as_json(path: str | None) -> None:
        write_text(
            json.dumps(simulation_to_dict(result), indent=2, ensure_ascii=False) + "\n", path
        )

    def as_xlsx(path: str | None) -> None:
        write_simulation_xlsx(result, workbook_path(path), lang=options.xlsx_lang)

    write_output(
        kind,
        {"json": as_json, "xlsx": as_xlsx},
        lambda: simulation_table(result, options.lang),
        options,
    )
    return 0
