"""``teleworkrules report``: the yearly figures of parliamentary question no. 55."""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from teleworkrules.cli import manual
from teleworkrules.cli import options as opt
from teleworkrules.cli.common import (
    EXAMPLE_PERIOD,
    Progress,
    in_shares,
    load_or_example,
    period,
    rulebook,
    say,
    summary,
    workbook_path,
    write_output,
    write_text,
)
from teleworkrules.engine.parts import jobs_for
from teleworkrules.engine.population import PopulationEvaluator
from teleworkrules.facts import Dataset
from teleworkrules.i18n import text
from teleworkrules.inputs.shares import Share
from teleworkrules.law.entities import Rulebook
from teleworkrules.outputs import (
    atomic_output,
    render_table,
    report_to_dict,
    text_table,
    write_report_csv,
    write_report_excel_csv,
    write_report_xlsx,
)
from teleworkrules.results.report import Report, build_report, report_of_parts
from teleworkrules.results.sums import ReportPart
from teleworkrules.time import Month

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
    report, staff, start, end = _report(options, book)

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
    summary(options, say("report", options.lang), staff, (start, end), started)
    return 0


def _report(options: opt.Options, book: Rulebook) -> tuple[Report, int, Month, Month]:
    """The report, the staff it counts, and its period.

    A CSV folder's staff is loaded and summed in shares at once where it can be
    (:func:`~teleworkrules.cli.common.in_shares`); else the dataset is loaded whole.
    """
    progress = Progress(0, options.lang, quiet=options.quiet)
    if options.dataset is not None:
        start, end = period(options)
        evaluator = PopulationEvaluator(start, end, known_on=options.known_on, rulebook=book)

        def part(share: Share, data: Dataset, numbers: Mapping[str, Sequence[int]]) -> ReportPart:
            track = None
            if share.index == 0:
                progress.total = share.staff
                track = functools.partial(progress.track, scale=share.parts)
            return ReportPart.of(data, numbers, evaluator, progress=track)

        done = in_shares(options, book, options.dataset, part)
        if done is not None:
            parts, staff = done
            source = str(Path(options.dataset))
            return report_of_parts(parts, evaluator, source), staff, start, end
    dataset, start, end = load_or_example(options, book)
    staff = progress.total = len(dataset.employees)
    jobs = jobs_for(staff, options.jobs)
    report = build_report(
        dataset,
        start,
        end,
        known_on=options.known_on,
        rulebook=book,
        progress=functools.partial(progress.track, scale=jobs),
        jobs=jobs,
    )
    return report, staff, start, end


def _terminal_width() -> int:
    return shutil.get_terminal_size((text_table.DEFAULT_WIDTH, 24)).columns


def _write_xlsx(report: Report, path: str | None, lang: str) -> None:
    write_report_xlsx(report, workbook_path(path), lang=lang)
