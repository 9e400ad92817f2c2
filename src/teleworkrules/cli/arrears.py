"""``teleworkrules arrears``: back pay and recoveries, owed now against paid, with the cause."""

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
from teleworkrules.outputs import (
    arrears_table,
    arrears_to_dict,
    atomic_output,
    write_arrears_csv,
    write_arrears_excel_csv,
    write_arrears_xlsx,
)
from teleworkrules.results.arrears import arrears_from_payments, arrears_since

__all__ = ["FORMATS", "add_parser", "run"]

FORMATS = ("table", "json", "csv", opt.EXCEL_CSV, "xlsx")
"""The output formats, the default first."""

EPILOG = """\
causes:
  rule_changed     a rule or amount applies to the month but became known after the
                   comparison date (e.g. the home-working allowance: owed from 2023-01,
                   decided on 2023-09-08); the parameter and its source are named
  not_paid         owed but nothing paid for the month (e.g. not yet paid)
  not_owed         paid but not owed: to recover
  payment_differs  paid a different amount than owed

output:
  table (default): totals per year and allowance, then per person the months, the
  difference and the cause; csv: one row per person, month and allowance with a
  difference (employee_id,month,allowance,owed,paid,difference,cause,parameter,
  known_from,source) for a payroll correction run; excel-csv: the same CSV for a
  Belgian Excel (semicolons, decimal commas, UTF-8 with BOM); json: the same with
  totals; xlsx (needs pip install 'teleworkrules[xlsx]'). With --output FILE the file's
  extension picks the format (.txt table, .json, .csv, .xlsx; anything else is refused),
  and --format may only agree with it (excel-csv with .csv); the file is confirmed on
  stderr and nothing is printed.

examples:
  teleworkrules arrears --from 2023-01 --to 2023-08 --as-known-on 2023-10-01 \\
      --paid-as-known-on 2023-09-07
  teleworkrules arrears hr-export --from 2023-01 --to 2023-12 --output correction.csv

"""


def add_parser(commands: Any) -> argparse.ArgumentParser:  # noqa: ANN401  # argparse's private type
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "arrears",
        help="back pay and recoveries: owed now against paid, per person and month, with cause",
        description="Compare what is owed (as known on --as-known-on, default today) with "
        "what was paid: the payments table, or what was owed as known on --paid-as-known-on. "
        "Per person, month and allowance: owed, paid, the difference (positive: back pay; "
        "negative: recovery) and its cause, with the legal source.",
        epilog=EPILOG + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_optional_dataset(parser)
    parser.add_argument(
        "--paid-as-known-on",
        metavar="YYYY-MM-DD",
        type=opt.date_argument,
        default=None,
        help="compare with what was owed as known on this day, instead of the payments table",
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
            lang=options.xlsx_lang,
        )

    def table() -> str:
        return arrears_table(
            found,
            start,
            end,
            known_on=known_on,
            paid_as_known_on=paid_as_known_on,
            lang=options.lang,
        )

    writers = {"json": as_json, "csv": as_csv, opt.EXCEL_CSV: as_excel_csv, "xlsx": as_xlsx}
    write_output(kind, writers, table, options)
    return 0
