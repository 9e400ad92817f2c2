"""``teleworkrules report``: the yearly figures of parliamentary question no. 55."""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from teleworkrules.cli import options as opt
from teleworkrules.cli.common import (
    EXAMPLE_PERIOD,
    Progress,
    load_or_example,
    rulebook,
    say,
    summary,
    workbook_path,
    write_output,
    write_text,
)
from teleworkrules.cli.manual import DATASET_HELP, EXIT_CODES
from teleworkrules.outputs import (
    atomic_output,
    render_table,
    report_to_dict,
    write_report_csv,
    write_report_excel_csv,
    write_report_xlsx,
)
from teleworkrules.results.report import Report, build_report

__all__ = ["FORMATS", "add_parser", "run"]

FORMATS = ("table", "json", "csv", opt.EXCEL_CSV, "xlsx")
"""The output formats, the default first."""

EPILOG = (
    """\
what it answers (per calendar year of the period):
  1a  staff per internet route and with the home-working allowance: persons,
      percentages of the staff in service and of the average monthly headcount,
      person-months, people who switched route
  1b  cost: forfait and home-working allowance on accrual basis (entitlement month) and
      cash basis (payments.paid_on); the third-party employer cost
  2a  material budgets of the entity, structural and one-off
  2b  material requests per item: persons, spending, requests not meeting the conditions
  Every definition is printed with the JSON and in the Excel file.

"""
    + DATASET_HELP
    + f"""
without DATASET:
  The bundled synthetic DWSE dataset over {EXAMPLE_PERIOD[0]}..{EXAMPLE_PERIOD[1]}, the period \
of written
  question no. 55 of 8 November 2023: it reproduces DWSE's published figures.

formats:
  table (default, fits 100 columns), json (the data contract's report JSON plus
  percentages, budgets, material and definitions), csv (year,section,measure,value),
  excel-csv (the same CSV for a Belgian Excel: semicolons, decimal commas, UTF-8 with
  BOM), xlsx (one sheet per question with charts, a sheet of definitions and sources;
  needs pip install 'teleworkrules[xlsx]'). With --output FILE the file's extension picks
  the format (.txt table, .json, .csv, .xlsx; anything else is refused), and --format may
  only agree with it (excel-csv with .csv); the file is confirmed on stderr and nothing
  is printed. With --skip-invalid every output says what was skipped.

examples:
  teleworkrules report --output antwoord.xlsx
  teleworkrules report hr-export --from 2021-01 --to 2023-12 --format json
  teleworkrules report hr-export --from 2021-01 --to 2023-12 --format excel-csv -o report.csv
  teleworkrules report hr-export --from 2023-01 --to 2023-12 --lang en

"""
)


def add_parser(commands: Any) -> argparse.ArgumentParser:  # noqa: ANN401  # argparse's private type
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "report",
        help="yearly figures answering parliamentary question no. 55 (table, JSON, CSV, Excel)",
        description="Evaluate a whole dataset over a period and report, per year, who got "
        "which allowance (with percentages), at what cost (accrual and cash basis), the "
        "material budgets and the material requests.",
        epilog=EPILOG + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_optional_dataset(parser)
    opt.add_output(parser, FORMATS)
    opt.add_skip_invalid(parser)
    opt.add_common(parser)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Build the report and write it in the chosen format."""
    del args  # every option of this command is a shared one
    started = time.monotonic()
    kind = opt.output_format(options, FORMATS)
    book = rulebook(options)
    dataset, start, end = load_or_example(options, book)
    progress = Progress(len(dataset.employees), options.lang, quiet=options.quiet)
    report = build_report(
        dataset, start, end, known_on=options.known_on, rulebook=book, progress=progress.track
    )

    def as_json(path: str | None) -> None:
        write_text(json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n", path)

    def as_csv(path: str | None) -> None:
        with atomic_output(path) as out:
            write_report_csv(report, out)

    def as_excel_csv(path: str | None) -> None:
        with atomic_output(path) as out:
            write_report_excel_csv(report, out)

    def as_xlsx(path: str | None) -> None:
        _write_xlsx(report, path, options.xlsx_lang)

    write_output(
        kind,
        {"json": as_json, "csv": as_csv, opt.EXCEL_CSV: as_excel_csv, "xlsx": as_xlsx},
        lambda: render_table(report, options.lang),
        options,
    )
    summary(options, say("report", options.lang), len(dataset.employees), (start, end), started)
    return 0


def _write_xlsx(report: Report, path: str | None, lang: str) -> None:
    write_report_xlsx(report, workbook_path(path), lang=lang)
