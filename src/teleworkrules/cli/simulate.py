"""``teleworkrules simulate``: cost a reform or a planned initiative."""

from __future__ import annotations

import argparse
import json
import shutil
from typing import Any

from teleworkrules.cli import manual
from teleworkrules.cli import options as opt
from teleworkrules.cli.common import (
    load_or_example,
    rulebook,
    warn,
    workbook_path,
    write_output,
    write_text,
)
from teleworkrules.exceptions import InvalidParameterError, UnknownParameterError
from teleworkrules.i18n import text
from teleworkrules.law.reforms import apply_changes, load_initiative, parse_change
from teleworkrules.outputs import (
    simulation_table,
    simulation_to_dict,
    text_table,
    write_simulation_xlsx,
)
from teleworkrules.results.simulation import simulate

__all__ = ["FORMATS", "add_parser", "run"]

FORMATS = ("table", "json", "xlsx")
"""The output formats, the default first."""

_INITIATIVE = """\
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
"""
"""The sample initiative file of the help, the same in every language."""

_EXAMPLES = (
    "teleworkrules simulate --set internet.forfait.amount=25.00@2023-01",
    "teleworkrules simulate hr-export --from 2025-01 --to 2026-12 --initiative plan.toml",
)


def _epilog(lang: str) -> str:
    return manual.epilog(
        text("help.simulate.reforms", lang),
        text("help.simulate.initiative_file", lang) + "\n" + _INITIATIVE,
        text("help.simulate.output", lang),
        manual.examples(lang, *_EXAMPLES),
        manual.exit_codes(lang),
    )


def add_parser(commands: Any, lang: str = "en") -> argparse.ArgumentParser:  # noqa: ANN401
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "simulate",
        help=text("help.simulate.help", lang),
        description=text("help.simulate.description", lang),
        epilog=_epilog(lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_optional_dataset(parser)
    parser.add_argument(
        "--set",
        dest="changes",
        metavar=text("cli.metavar.change", lang),
        action="append",
        default=[],
        help=text("help.simulate.set", lang),
    )
    parser.add_argument(
        "--initiative",
        metavar=text("cli.metavar.file", lang),
        default=None,
        help=text("help.simulate.initiative", lang),
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
        comma = options.lang == "nl"  # 25,00 in Dutch
        changes = [parse_change(change, book, decimal_comma=comma) for change in args.changes]
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
    for warning in result.warnings:  # a change outside the period changes nothing
        warn(warning.text(options.lang))

    def as_json(path: str | None) -> None:
        write_text(
            json.dumps(simulation_to_dict(result), indent=2, ensure_ascii=False) + "\n", path
        )

    def as_xlsx(path: str | None) -> None:
        write_simulation_xlsx(result, workbook_path(path), lang=options.lang)

    write_output(
        kind,
        {"json": as_json, "xlsx": as_xlsx},
        lambda: simulation_table(
            result,
            options.lang,
            width=shutil.get_terminal_size((text_table.DEFAULT_WIDTH, 24)).columns,
        ),
        options,
    )
    return 0
