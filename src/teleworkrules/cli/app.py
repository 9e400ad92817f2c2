"""The ``teleworkrules`` command.

Run ``teleworkrules --help`` or ``teleworkrules COMMAND --help`` for the manual.
Exit codes: 0 success, 1 invalid input data or rules, 2 wrong command-line usage.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
import textwrap
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import as_file, files
from pathlib import Path
from typing import TypeVar

from teleworkrules.engine.evaluation import evaluate
from teleworkrules.engine.population import PopulationEvaluator
from teleworkrules.exceptions import (
    DatasetError,
    InvalidParameterError,
    TeleworkRulesError,
    UnknownParameterError,
)
from teleworkrules.facts import Dataset
from teleworkrules.i18n import check_lang
from teleworkrules.inputs.load import load_dataset
from teleworkrules.inputs.validate import TABLES
from teleworkrules.law.entities import Rulebook, load_policy
from teleworkrules.law.parameters import format_value
from teleworkrules.law.sources import load_sources
from teleworkrules.outputs.arrears import (
    arrears_table,
    arrears_to_dict,
    simulation_table,
    simulation_to_dict,
    write_arrears_csv,
)
from teleworkrules.outputs.files import atomic_output, write_report_csv, write_segments
from teleworkrules.outputs.report_data import render_table, report_to_dict
from teleworkrules.results.arrears import arrears_from_payments, arrears_since
from teleworkrules.results.report import Report, build_report
from teleworkrules.results.simulation import apply_changes, load_initiative, parse_change, simulate
from teleworkrules.time import Month

__all__ = ["main"]

_T = TypeVar("_T")

EXAMPLE = "data/examples/dwse"
"""The bundled synthetic DWSE dataset (package data)."""
EXAMPLE_PERIOD = (Month("2021-01"), Month("2023-10"))
"""The period of parliamentary question no. 55: three years, to the end of October 2023."""

_TEXT = {
    "invalid": {
        "en": "{source}: the dataset is not valid: {count} problem(s); nothing was evaluated "
        "or written.",
        "nl": "{source}: de dataset is niet geldig: {count} probleem/problemen; er werd niets "
        "berekend of geschreven.",
    },
    "skipped": {
        "en": "{source}: {count} invalid row(s) skipped:",
        "nl": "{source}: {count} ongeldige rij(en) overgeslagen:",
    },
    "error": {"en": "error: {message}", "nl": "fout: {message}"},
    "done": {
        "en": "{what} for {people} staff members, {start}..{end}, as known on {known_on} "
        "({seconds:.1f} s).",
        "nl": "{what} voor {people} personeelsleden, {start}..{end}, zoals gekend op "
        "{known_on} ({seconds:.1f} s).",
    },
    "progress": {
        "en": "evaluating: {done}/{total} staff",
        "nl": "berekenen: {done}/{total} personeelsleden",
    },
    "valid": {
        "en": "{source}: valid: {people} staff members; rows per table: {tables}.",
        "nl": "{source}: geldig: {people} personeelsleden; rijen per tabel: {tables}.",
    },
    "written": {"en": "written: {path}", "nl": "geschreven: {path}"},
    "unknown_employee": {
        "en": "employee {employee} is not in {source}",
        "nl": "personeelslid {employee} staat niet in {source}",
    },
}


def _say(key: str, lang: str, **values: object) -> str:
    return _TEXT[key][lang].format(**values)


def _month(text: str) -> Month:
    try:
        return Month(text)
    except TeleworkRulesError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a month; expected YYYY-MM, e.g. 2023-01"
        ) from None


def _date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; expected YYYY-MM-DD, e.g. 2023-10-01"
        ) from None


class _Progress:
    """Progress on stderr: only on a terminal, only after a second, never with --quiet."""

    def __init__(self, total: int, lang: str, *, quiet: bool) -> None:
        self.total = total
        self.lang = lang
        self.enabled = not quiet and sys.stderr.isatty()
        self.started = time.monotonic()
        self.last = self.started
        self.shown = False

    def track(self, items: Iterable[_T]) -> Iterator[_T]:
        for done, item in enumerate(items, start=1):
            yield item
            if self.enabled and done % 256 == 0:
                now = time.monotonic()
                if now - self.started > 1.0 and now - self.last > 0.2:
                    self.last = now
                    self.shown = True
                    text = _say("progress", self.lang, done=done, total=self.total)
                    sys.stderr.write(f"\r{text}")
                    sys.stderr.flush()
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


RULES_SUMMARY = """\
the rules:
  internet_forfait      VPS art. VII 109: EUR 20.00 a month paid with salary
  internet_third_party  VPS art. VII 109: the employer pays the provider; a EUR 5.00
                        benefit in kind is added to salary and nothing is paid
  home_working          sectoral agreement 2020-2022 (decided 2023-09-08, owed from
                        2023-01): EUR 20.00 a month for at least 1 telework day a week
  The situation on the first day of the month in service decides the month; a month
  granted is granted in full. 'teleworkrules rules' lists every amount, date and setting
  with its legal source.
"""

DATASET_HELP = """\
dataset:
  A folder of CSV files (UTF-8, comma separated, one header row) named after the tables
  of the data contract, or one .xlsx workbook with one sheet per table (needs
  pip install 'teleworkrules[xlsx]'): staff (required), telework, telework_days,
  internet, absences, material_requests, payments. Dutch column names are accepted
  (personeelsnummer, datum_in_dienst, ...). Dates are YYYY-MM-DD, months YYYY-MM,
  decimals use a point.

invalid data:
  Every problem is listed on stderr (table, row, column, value, what was expected) and
  nothing is evaluated or written (exit code 1), unless --skip-invalid is given: then the
  valid rows are used and every skipped row is listed.
"""

EPILOG_ENTITLEMENTS = (
    "what it computes:\n"
    "  For every staff member and every month from --from to --to, the allowances owed\n"
    "  under the rules as known on --as-known-on (default: today).\n\n"
    + RULES_SUMMARY
    + "\n"
    + DATASET_HELP
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

exit codes: 0 success, 1 invalid data or rules, 2 wrong usage.
"""
)

EPILOG_REPORT = (
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
    + """
without DATASET:
  The bundled synthetic DWSE dataset over 2021-01..2023-10, the period of written
  question no. 55 of 8 November 2023: it reproduces DWSE's published figures.

formats:
  table (default, fits 100 columns), json (the data contract's report JSON plus
  percentages, budgets, material and definitions), csv (year,section,measure,value),
  xlsx (one sheet per question with charts, a sheet of definitions and sources; needs
  pip install 'teleworkrules[xlsx]'). With --output the format follows the file's
  extension unless --format is given; the table is still printed unless --quiet.

examples:
  teleworkrules report --output antwoord.xlsx
  teleworkrules report hr-export --from 2021-01 --to 2023-12 --format json
  teleworkrules report hr-export --from 2023-01 --to 2023-12 --lang en

exit codes: 0 success, 1 invalid data or rules, 2 wrong usage.
"""
)


ARREARS_EPILOG = """\
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
  known_from,source) for a payroll correction run; json: the same with totals; xlsx
  (needs pip install 'teleworkrules[xlsx]').

examples:
  teleworkrules arrears --from 2023-01 --to 2023-08 --as-known-on 2023-10-01 \\
      --paid-as-known-on 2023-09-07
  teleworkrules arrears hr-export --from 2023-01 --to 2023-12 --output correction.csv

exit codes: 0 success, 1 invalid data or rules, 2 wrong usage.
"""

SIMULATE_EPILOG = """\
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

examples:
  teleworkrules simulate --set internet.forfait.amount=25.00@2023-01
  teleworkrules simulate hr-export --from 2025-01 --to 2026-12 --initiative plan.toml

exit codes: 0 success, 1 invalid data or rules, 2 wrong usage.
"""


def _version() -> str:
    try:
        return version("teleworkrules")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def _common(parser: argparse.ArgumentParser, *, known_on: bool = True) -> None:
    if known_on:
        parser.add_argument(
            "--as-known-on",
            metavar="YYYY-MM-DD",
            type=_date,
            default=None,
            help="count only rules and amounts known on this day (default: today); e.g. "
            "2023-09-01 shows what payroll could know before the home-working allowance "
            "was decided",
        )
    parser.add_argument(
        "--entity",
        metavar="CODE",
        default="DWSE",
        help="entity whose policy applies to staff without an entity (default: DWSE)",
    )
    parser.add_argument(
        "--policy",
        metavar="FILE",
        action="append",
        default=[],
        help="load an extra entity policy file (TOML, the shape of the bundled dwse.toml); "
        "may be repeated",
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=None,
        help="language of messages and tables (default: en; Excel files default to nl)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress or summary on stderr"
    )


def _dataset_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="evaluate the valid rows and list the skipped ones, instead of stopping",
    )


def _period(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM",
        type=_month,
        required=required,
        help="first month, included (the rules start in 2021-01)",
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM",
        type=_month,
        required=required,
        help="last month, included",
    )


def _whole_dataset(parser: argparse.ArgumentParser) -> None:
    """The optional DATASET (the bundled example by default) and the period."""
    parser.add_argument(
        "dataset",
        metavar="DATASET",
        nargs="?",
        default=None,
        help="CSV folder or .xlsx workbook (default: the bundled DWSE example)",
    )
    _period(parser, required=False)


def _output(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    """--format and --output, the format following the file's extension by default."""
    parser.add_argument(
        "--format",
        choices=formats,
        default=None,
        help="output format (default: table, or the --output file's extension)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help="write to FILE (all or nothing) instead of stdout",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="teleworkrules",
        description="The Flemish government's telework support rules as tested, explainable "
        "code: internet allowance, home-working allowance and material support, per person "
        "and month, with the legal reason for each euro.",
        epilog="Run 'teleworkrules COMMAND --help' for the manual of a command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    raw = argparse.RawDescriptionHelpFormatter

    ent = commands.add_parser(
        "entitlements",
        help="what is owed per person, month and allowance, as CSV",
        description="Compute what every staff member of a dataset is owed, per month and "
        "allowance, and write it as CSV (to stdout or --output).",
        epilog=EPILOG_ENTITLEMENTS,
        formatter_class=raw,
    )
    ent.add_argument("dataset", metavar="DATASET", help="CSV folder or .xlsx workbook")
    _period(ent, required=True)
    ent.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help="write the CSV to FILE instead of stdout (all or nothing)",
    )
    _dataset_options(ent)
    _common(ent)

    rep = commands.add_parser(
        "report",
        help="yearly figures answering parliamentary question no. 55 (table, JSON, CSV, Excel)",
        description="Evaluate a whole dataset over a period and report, per year, who got "
        "which allowance (with percentages), at what cost (accrual and cash basis), the "
        "material budgets and the material requests.",
        epilog=EPILOG_REPORT,
        formatter_class=raw,
    )
    _whole_dataset(rep)
    _output(rep, ("table", "json", "csv", "xlsx"))
    _dataset_options(rep)
    _common(rep)

    chk = commands.add_parser(
        "check",
        help="validate a dataset without evaluating it",
        description="Read and validate a dataset; list every problem, or say it is valid.",
        epilog=DATASET_HELP + "\nexit codes: 0 valid, 1 invalid, 2 wrong usage.\n",
        formatter_class=raw,
    )
    chk.add_argument("dataset", metavar="DATASET", help="CSV folder or .xlsx workbook")
    _dataset_options(chk)
    _common(chk, known_on=False)

    exp = commands.add_parser(
        "explain",
        help="why one person is owed what in one month, with the legal reasons",
        description="Explain every allowance decision for one staff member and month: each "
        "step with its legal source, the parameter values (with both dates) and the facts "
        "used.",
        epilog="examples:\n  teleworkrules explain examples/small E002 2023-03 --lang nl\n"
        "  teleworkrules explain hr-export E042 2023-01 --as-known-on 2023-09-01 --json\n",
        formatter_class=raw,
    )
    exp.add_argument("dataset", metavar="DATASET", help="CSV folder or .xlsx workbook")
    exp.add_argument("employee_id", metavar="EMPLOYEE_ID")
    exp.add_argument("month", metavar="MONTH", type=_month, help="YYYY-MM")
    exp.add_argument("--json", action="store_true", help="print the decisions as JSON")
    _dataset_options(exp)
    _common(exp)

    arr = commands.add_parser(
        "arrears",
        help="back pay and recoveries: owed now against paid, per person and month, with cause",
        description="Compare what is owed (as known on --as-known-on, default today) with "
        "what was paid: the payments table, or what was owed as known on --paid-as-known-on. "
        "Per person, month and allowance: owed, paid, the difference (positive: back pay; "
        "negative: recovery) and its cause, with the legal source.",
        epilog=ARREARS_EPILOG,
        formatter_class=raw,
    )
    _whole_dataset(arr)
    arr.add_argument(
        "--paid-as-known-on",
        metavar="YYYY-MM-DD",
        type=_date,
        default=None,
        help="compare with what was owed as known on this day, instead of the payments table",
    )
    _output(arr, ("table", "json", "csv", "xlsx"))
    _dataset_options(arr)
    _common(arr)

    sim = commands.add_parser(
        "simulate",
        help="cost a reform or a planned initiative against the rules in force",
        description="Evaluate the dataset with and without parameter changes and compare per "
        "year and allowance: people, person-months, cost, who is better or worse off.",
        epilog=SIMULATE_EPILOG,
        formatter_class=raw,
    )
    _whole_dataset(sim)
    sim.add_argument(
        "--set",
        dest="changes",
        metavar="PARAMETER=VALUE@YYYY-MM",
        action="append",
        default=[],
        help="a parameter override; may be repeated (see 'teleworkrules rules' for the names)",
    )
    sim.add_argument(
        "--initiative",
        metavar="FILE",
        default=None,
        help="a planned initiative (TOML: title, motivation, timing, budget, changes)",
    )
    _output(sim, ("table", "json", "xlsx"))
    _dataset_options(sim)
    _common(sim)

    rul = commands.add_parser(
        "rules",
        help="every rule parameter with its history (effective and known dates) and sources",
        description="List every amount, threshold, date and setting with its history of "
        "values (the month each takes effect and the day it became known) and its legal "
        "source, then the sources.",
        epilog="examples:\n  teleworkrules rules --lang nl\n  teleworkrules rules --json\n",
        formatter_class=raw,
    )
    rul.add_argument("--json", action="store_true", help="print as JSON")
    _common(rul, known_on=False)
    for command in (ent, rep, chk, exp, arr, sim, rul):  # usage errors show their own usage
        command.set_defaults(command_parser=command)
        # The epilogs are laid out by hand; the one-paragraph descriptions are wrapped here.
        command.description = textwrap.fill(command.description or "", 79)
    return parser


def _rulebook(args: argparse.Namespace) -> Rulebook:
    book = Rulebook.default()
    for path in args.policy:
        book = book.with_policy(load_policy(path))
    return book.with_default_entity(args.entity)


def _print_problems(error: DatasetError, lang: str) -> None:
    sys.stderr.write(_say("invalid", lang, source=error.source, count=len(error.problems)) + "\n")
    for problem in error.problems:
        sys.stderr.write(f"  {problem.text(lang)}\n")


def _load(args: argparse.Namespace, book: Rulebook, path: str | Path) -> Dataset:
    dataset = load_dataset(path, rulebook=book, skip_invalid=args.skip_invalid)
    if dataset.skipped:
        sys.stderr.write(
            _say("skipped", args.lang, source=dataset.source, count=len(dataset.skipped)) + "\n"
        )
        for problem in dataset.skipped:
            sys.stderr.write(f"  {problem.text(args.lang)}\n")
    for note in dataset.notes:  # remarks about the input are shown even with --quiet
        sys.stderr.write(f"note: {note}\n")
    return dataset


def _known_on(args: argparse.Namespace) -> date:
    known: date = args.as_known_on or date.today()  # noqa: DTZ011  # 'today' enters here
    return known


def _summary(
    args: argparse.Namespace, what: str, people: int, known_on: date, started: float
) -> None:
    if not args.quiet:
        sys.stderr.write(
            _say(
                "done",
                args.lang,
                what=what,
                people=people,
                start=args.start,
                end=args.end,
                known_on=known_on,
                seconds=time.monotonic() - started,
            )
            + "\n"
        )


def _run_entitlements(args: argparse.Namespace) -> int:
    started = time.monotonic()
    known_on = _known_on(args)
    book = _rulebook(args)
    dataset = _load(args, book, args.dataset)
    evaluator = PopulationEvaluator(args.start, args.end, known_on=known_on, rulebook=book)
    progress = _Progress(len(dataset.employees), args.lang, quiet=args.quiet)
    segments = evaluator.run(progress.track(dataset.employees))
    first = next(segments, None)  # surfaces rule errors before anything is written
    with atomic_output(args.output) as out:
        rows = write_segments(() if first is None else _chain(first, segments), out)
    if args.output is not None:
        what = f"{rows} {'rijen' if args.lang == 'nl' else 'rows'}"
        _summary(args, what, len(dataset.employees), known_on, started)
    return 0


def _chain(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest


def _report_format(args: argparse.Namespace) -> str:
    if args.format is not None:
        chosen: str = args.format
        return chosen
    if args.output is not None:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        if suffix in ("json", "csv", "xlsx"):
            return suffix
    return "table"


def _run_report(args: argparse.Namespace) -> int:
    started = time.monotonic()
    known_on = _known_on(args)
    book = _rulebook(args)
    dataset = _dataset_and_period(args, book)
    progress = _Progress(len(dataset.employees), args.lang, quiet=args.quiet)
    report = build_report(
        dataset, args.start, args.end, known_on=known_on, rulebook=book, progress=progress.track
    )
    kind = _report_format(args)
    writers: dict[str, Callable[[Report, str | None], None]] = {
        "table": lambda r, path: _write_text(render_table(r, args.lang), path),
        "json": lambda r, path: _write_text(
            json.dumps(report_to_dict(r), indent=2, ensure_ascii=False) + "\n", path
        ),
        "csv": lambda r, path: _write_csv(r, path),
        "xlsx": lambda r, path: _write_xlsx(r, path, args.xlsx_lang),
    }
    writers[kind](report, args.output)
    if args.output is not None and kind != "table" and not args.quiet:
        sys.stdout.write(render_table(report, args.lang))
    if args.output is not None and not args.quiet:
        sys.stderr.write(_say("written", args.lang, path=args.output) + "\n")
    _summary(
        args,
        "rapport" if args.lang == "nl" else "report",
        len(dataset.employees),
        known_on,
        started,
    )
    return 0


def _write_text(text: str, path: str | None) -> None:
    with atomic_output(path) as out:
        out.write(text)


def _write_csv(report: Report, path: str | None) -> None:
    with atomic_output(path) as out:
        write_report_csv(report, out)


def _write_xlsx(report: Report, path: str | None, lang: str) -> None:
    if path is None:
        raise _Usage("--format xlsx needs --output FILE.xlsx")
    from teleworkrules.outputs.report_xlsx import write_report_xlsx

    write_report_xlsx(report, Path(path), lang=lang)


def _run_check(args: argparse.Namespace) -> int:
    book = _rulebook(args)
    dataset = _load(args, book, args.dataset)
    counts = {
        "staff": len(dataset.employees),
        "telework": sum(len(e.telework) for e in dataset.employees),
        "telework_days": sum(len(e.telework_days) for e in dataset.employees),
        "internet": sum(len(e.internet) for e in dataset.employees),
        "absences": sum(len(e.absences) for e in dataset.employees),
        "material_requests": len(dataset.material_requests),
        "payments": len(dataset.payments),
    }
    tables = ", ".join(f"{name} {counts[name]}" for name in TABLES)
    print(
        _say(
            "valid", args.lang, source=dataset.source, people=len(dataset.employees), tables=tables
        )
    )
    return 0


def _run_explain(args: argparse.Namespace) -> int:
    book = _rulebook(args)
    dataset = _load(args, book, args.dataset)
    try:
        employee = dataset.employee(args.employee_id)
    except KeyError:
        raise _Usage(
            _say("unknown_employee", args.lang, employee=args.employee_id, source=dataset.source)
        ) from None
    result = evaluate(employee, args.month, known_on=_known_on(args), rulebook=book)
    if args.json:
        print(json.dumps(result.to_dict(args.lang), indent=2, ensure_ascii=False))
    else:
        print(result.explain(args.lang))
    return 0


def _run_rules(args: argparse.Namespace) -> int:
    book = _rulebook(args)
    params = book.parameters(args.entity)
    lang = check_lang(args.lang)
    if args.json:
        data = {
            "parameters": [
                {
                    "name": p.name,
                    "unit": p.unit.value,
                    "label": p.label(lang),
                    "versions": [v.to_dict() for v in p.versions],
                }
                for p in params
            ],
            "sources": [
                {
                    "id": s.id,
                    "title": s.title(lang),
                    "date": None if s.date is None else s.date.isoformat(),
                    "url": s.url,
                }
                for s in load_sources().values()
            ],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    heads = {
        "en": ("from", "known from", "value", "source"),
        "nl": ("vanaf", "gekend sinds", "waarde", "bron"),
    }[lang]
    for parameter in params:
        print(f"{parameter.name} ({parameter.unit.value}): {parameter.label(lang)}")
        for v in parameter.versions:
            value = format_value(v.value) or ("not in force" if lang == "en" else "niet van kracht")
            print(f"  {heads[0]} {v.effective_from}  {heads[1]} {v.known_from}  {heads[2]} {value}")
            print(
                f"      {heads[3]}: {v.citation.source.id}, {v.citation.article_in(lang)} "
                f"[{v.citation.confidence.value}]"
            )
        print()
    print("Sources:" if lang == "en" else "Bronnen:")
    for source in load_sources().values():
        when = "" if source.date is None else f" ({source.date})"
        print(f"  {source.id}{when}: {source.title(lang)}\n      {source.url}")
    return 0


class _Usage(Exception):
    """A usage error found after parsing (exit code 2)."""


def _check_output(output: str | None) -> None:
    """Refuse an --output that cannot be written before any work is done."""
    if output is None or output == "-":
        return
    path = Path(output)
    if path.is_dir():
        raise _Usage(f"--output {output} is a folder; expected a file name")
    if not path.parent.is_dir():
        raise _Usage(f"--output {output}: the folder {path.parent} does not exist")


def _dataset_and_period(args: argparse.Namespace, book: Rulebook) -> Dataset:
    if args.dataset is None:
        args.start = args.start or EXAMPLE_PERIOD[0]
        args.end = args.end or EXAMPLE_PERIOD[1]
        with as_file(files("teleworkrules").joinpath(EXAMPLE)) as folder:
            return _load(args, book, folder)
    if args.start is None or args.end is None:
        raise _Usage("--from and --to are required with a DATASET")
    return _load(args, book, args.dataset)


def _run_arrears(args: argparse.Namespace) -> int:
    known_on = _known_on(args)
    book = _rulebook(args)
    dataset = _dataset_and_period(args, book)
    if args.paid_as_known_on is not None and args.paid_as_known_on > known_on:
        raise _Usage(
            f"--paid-as-known-on {args.paid_as_known_on} lies after --as-known-on {known_on}"
        )
    if args.paid_as_known_on is not None:
        found = list(
            arrears_since(
                dataset.employees,
                args.start,
                args.end,
                known_on=known_on,
                paid_as_known_on=args.paid_as_known_on,
                rulebook=book,
            )
        )
    else:
        found = list(
            arrears_from_payments(dataset, args.start, args.end, known_on=known_on, rulebook=book)
        )
    kind = _report_format(args)
    table = arrears_table(
        found,
        args.start,
        args.end,
        known_on=known_on,
        paid_as_known_on=args.paid_as_known_on,
        lang=args.lang,
    )
    if kind == "table":
        _write_text(table, args.output)
    elif kind == "json":
        data = arrears_to_dict(
            found, args.start, args.end, known_on=known_on, paid_as_known_on=args.paid_as_known_on
        )
        _write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", args.output)
    elif kind == "csv":
        with atomic_output(args.output) as out:
            write_arrears_csv(found, out)
    else:
        if args.output is None:
            raise _Usage("--format xlsx needs --output FILE.xlsx")
        from teleworkrules.outputs.arrears_xlsx import write_arrears_xlsx

        write_arrears_xlsx(
            found,
            Path(args.output),
            start=args.start,
            end=args.end,
            known_on=known_on,
            paid_as_known_on=args.paid_as_known_on,
            lang=args.xlsx_lang,
        )
    if args.output is not None and kind != "table" and not args.quiet:
        sys.stdout.write(table)
    return 0


def _run_simulate(args: argparse.Namespace) -> int:
    known_on = _known_on(args)
    book = _rulebook(args)
    dataset = _dataset_and_period(args, book)
    initiative = None if args.initiative is None else load_initiative(args.initiative, book)
    try:
        changes = [parse_change(text, book) for text in args.changes]
        apply_changes(book, changes)  # checks every value against its unit and bounds
    except (InvalidParameterError, UnknownParameterError) as error:
        raise _Usage(f"--set {error}") from None
    if initiative is not None:
        changes = [*initiative.changes, *changes]
    if not changes:
        raise _Usage("give at least one --set PARAMETER=VALUE@YYYY-MM or an --initiative")
    result = simulate(
        dataset,
        args.start,
        args.end,
        changes,
        known_on=known_on,
        rulebook=book,
        initiative=initiative,
    )
    kind = _report_format(args)
    table = simulation_table(result, args.lang)
    if kind == "table":
        _write_text(table, args.output)
    elif kind == "json":
        _write_text(
            json.dumps(simulation_to_dict(result), indent=2, ensure_ascii=False) + "\n", args.output
        )
    else:
        if args.output is None:
            raise _Usage("--format xlsx needs --output FILE.xlsx")
        from teleworkrules.outputs.arrears_xlsx import write_simulation_xlsx

        write_simulation_xlsx(result, Path(args.output), lang=args.xlsx_lang)
    if args.output is not None and kind != "table" and not args.quiet:
        sys.stdout.write(table)
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "arrears": _run_arrears,
    "simulate": _run_simulate,
    "entitlements": _run_entitlements,
    "report": _run_report,
    "check": _run_check,
    "explain": _run_explain,
    "rules": _run_rules,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    # A short-lived process that builds many small acyclic objects: the cyclic garbage
    # collector's repeated scans of the loaded staff would cost a third of the run time.
    gc.disable()
    parser = _parser()
    args = parser.parse_args(argv)
    args.xlsx_lang = args.lang or "nl"  # an Excel answer to Parliament is Dutch by default
    args.lang = lang = args.lang or "en"
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start is not None and end is not None and end < start:
        args.command_parser.error(f"--to {end} lies before --from {start}")
    try:
        _check_output(getattr(args, "output", None))
        return _COMMANDS[args.command](args)
    except _Usage as error:
        args.command_parser.error(str(error))
    except DatasetError as error:
        _print_problems(error, lang)
        return 1
    except TeleworkRulesError as error:
        sys.stderr.write(_say("error", lang, message=error) + "\n")
        return 1
    except BrokenPipeError:  # e.g. piped into head
        with contextlib.suppress(OSError):
            sys.stdout.close()
        return 0
    except OSError as error:
        target = error.filename or getattr(args, "output", None) or ""
        sys.stderr.write(
            _say("error", lang, message=f"cannot write {target}: {error.strerror or error}") + "\n"
        )
        return 1
    return 0  # pragma: no cover - parser.error exits


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
