"""``teleworkrules arrears``: back pay and recoveries, owed now against paid, with the cause."""

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
    workbook_path,
    write_output,
    write_text,
)
from teleworkrules.i18n import text
from teleworkrules.outputs import (
    arrears_table,
    arrears_to_dict,
    atomic_output,
    text_table,
    write_arrears_csv,
    write_arrears_excel_csv,
    write_arrears_xlsx,
)
from teleworkrules.results.arrears import arrears_from_payments, arrears_since

__all__ = ["FORMATS", "add_parser", "run"]

FORMATS = ("table", "json", "csv", opt.EXCEL_CSV, "xlsx")
"""The output formats, the default first."""

_EXAMPLES = (
    "teleworkrules arrears --from 2023-01 --to 2023-08 --as-known-on 2023-10-01 \\\n"
    "      --paid-as-known-on 2023-09-07",
    "teleworkrules arrears hr-export --from 2023-01 --to 2023-12 --output correction.csv",
)


def _epilog(lang: str) -> str:
    return manual.epilog(
        text("help.arrears.causes", lang),
        text("help.arrears.output", lang),
        manual.examples(lang, *_EXAMPLES),
        manual.exit_codes(lang),
    )


def add_parser(commands: Any, lang: str = "en") -> argparse.ArgumentParser:  # noqa: ANN401
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "arrears",
        help=text("help.arrears.help", lang),
        description=text("help.arrears.description", lang),
        epilog=_epilog(lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_optional_dataset(parser)
    parser.add_argument(
        "--paid-as-known-on",
        metavar=text("cli.metavar.day", lang),
        type=opt.typed(opt.date_argument, lang),
        default=None,
        help=text("help.arrears.paid_as_known_on", lang),
    )
    opt.add_output(parser, FORMATS)
    opt.add_skip_invalid(parser)
    opt.add_common(parser)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Compare owed with paid and write the differences in the chosen format."""
    known_on = options.known_on
    paid_as_known_on = args.paid_as_known_on
    kind = opt.output_format(options, FORMATS)
    book = rulebook(options)
    dataset, start, end = load_or_example(options, book)
    if paid_as_known_on is not None and paid_as_known_on > known_on:
        raise opt.UsageError("paid_after_known", paid=paid_as_known_on, known=known_on)
    if paid_as_known_on is not None:
        found = list(
            arrears_since(
                dataset.employees,
                start,
                end,
                known_on=known_on,
                paid_as_known_on=paid_as_known_on,
                rulebook=book,
            )
        )
    else:
        found = list(arrears_from_payments(dataset, start, end, known_on=known_on, rulebook=book))

    def as_json(path: str | None) -> None:
        data = arrears_to_dict(
            found, start, end, known_on=known_on, paid_as_known_on=paid_as_known_on
        )
        write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", path)

    def as_csv(path: str | None) -> None:
        with atomic_output(path) as out:
            write_arrears_csv(found, out)

    def as_excel_csv(path: str | None) -> None:
        with atomic_output(path) as out:
            write_arrears_excel_csv(found, out)

    def as_xlsx(path: str | None) -> None:
        write_arrears_xlsx(
            found,
            workbook_path(path),
            start=start,
            end=end,
            known_on=known_on,
            paid_as_known_on=paid_as_known_on,
            lang=options.lang,
        )

    def table() -> str:
        return arrears_table(
            found,
            start,
            end,
            known_on=known_on,
            paid_as_known_on=paid_as_known_on,
            lang=options.lang,
            width=shutil.get_terminal_size((text_table.DEFAULT_WIDTH, 24)).columns,
        )

    writers = {"json": as_json, "csv": as_csv, opt.EXCEL_CSV: as_excel_csv, "xlsx": as_xlsx}
    write_output(kind, writers, table, options)
    return 0
