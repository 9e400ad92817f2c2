"""``teleworkrules report``: the yearly figures of parliamentary question no. 55."""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import time
from typing import Any

from teleworkrules.cli import manual
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
from teleworkrules.engine.parts import jobs_for
from teleworkrules.i18n import text
from teleworkrules.outputs import (
    atomic_output,
    render_table,
    report_to_dict,
    text_table,
    write_report_csv,
    write_report_excel_csv,
    write_report_xlsx,
)
from teleworkrules.results.report import Report, build_report

__all__ = ["FORMATS", "add_parser", "run"]

FORMATS = ("table", "json", "csv", opt.EXCEL_CSV, "xlsx")
"""The output formats, the default first."""

_EXAMPLES = (
    "teleworkrules report --output antwoord.xlsx",
    "teleworkrules report hr-export --from 2021-01 --to 2023-12 --format json",
    "teleworkrules report hr-export --from 2021-01 --to 2023-12 --format excel-csv -o report.csv",
    "teleworkrules report hr-export --from 2023-01 --to 2023-12 --lang en",
)


def _epilog(lang: str) -> str:
    start, end = EXAMPLE_PERIOD
    return manual.epilog(
        text("help.report.answers", lang),
        manual.dataset_help(lang),
        text("help.report.without_dataset", lang, start=start, end=end),
        text("help.report.formats", lang),
        manual.examples(lang, *_EXAMPLES),
        manual.exit_codes(lang),
    )


def add_parser(commands: Any, lang: str = "en") -> argparse.ArgumentParser:  # noqa: ANN401
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "report",
        help=text("help.report.help", lang),
        description=text("help.report.description", lang),
        epilog=_epilog(lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_optional_dataset(parser)
    opt.add_output(parser, FORMATS)
    opt.add_skip_invalid(parser)
    opt.add_jobs(parser)
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
    jobs = jobs_for(len(dataset.employees), options.jobs)
    report = build_report(
        dataset,
        start,
        end,
        known_on=options.known_on,
        rulebook=book,
        progress=functools.partial(progress.track, scale=jobs),
        jobs=jobs,
    )

    def as_json(path: str | None) -> None:
        write_text(json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n", path)

    def as_csv(path: str | None) -> None:
        with atomic_output(path) as out:
            write_report_csv(report, out, lang=options.lang)

    def as_excel_csv(path: str | None) -> None:
        with atomic_output(path) as out:
            write_report_excel_csv(report, out, lang=options.lang)

    def as_xlsx(path: str | None) -> None:
        _write_xlsx(report, path, options.lang)

    write_output(
        kind,
        {"json": as_json, "csv": as_csv, opt.EXCEL_CSV: as_excel_csv, "xlsx": as_xlsx},
        lambda: render_table(report, options.lang, width=_terminal_width()),
        options,
    )
    summary(options, say("report", options.lang), len(dataset.employees), (start, end), started)
    return 0


def _terminal_width() -> int:
    return shutil.get_terminal_size((text_table.DEFAULT_WIDTH, 24)).columns


def _write_xlsx(report: Report, path: str | None, lang: str) -> None:
    write_report_xlsx(report, workbook_path(path), lang=lang)
