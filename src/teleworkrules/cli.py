"""The ``teleworkrules`` command.

Run ``teleworkrules --help`` or ``teleworkrules COMMAND --help`` for the manual.
Exit codes: 0 success, 1 invalid input data or rules, 2 wrong command-line usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from typing import TypeVar

from teleworkrules.dataset import Dataset
from teleworkrules.engine import Entitlement, entitlements
from teleworkrules.entities import Rulebook, load_policy
from teleworkrules.exceptions import DatasetError, TeleworkRulesError
from teleworkrules.readers import load_dataset
from teleworkrules.time import Month
from teleworkrules.writers import atomic_output, write_entitlements

__all__ = ["main"]

_T = TypeVar("_T")

_TEXT = {
    "invalid": {
        "en": "{source}: the dataset is not valid: {count} problem(s); nothing was evaluated "
        "or written.",
        "nl": "{source}: de dataset is niet geldig: {count} probleem/problemen; er werd niets "
        "berekend of geschreven.",
    },
    "error": {"en": "error: {message}", "nl": "fout: {message}"},
    "done": {
        "en": "{rows} rows for {people} staff members, {start}..{end}, as known on {known_on}"
        " ({seconds:.1f} s).",
        "nl": "{rows} rijen voor {people} personeelsleden, {start}..{end}, zoals gekend op "
        "{known_on} ({seconds:.1f} s).",
    },
    "progress": {
        "en": "evaluating: {done}/{total} staff",
        "nl": "berekenen: {done}/{total} personeelsleden",
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
        return date.fromisoformat(text) if len(text) == 10 else date.fromisoformat("x")
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
            now = time.monotonic()
            if self.enabled and now - self.started > 1.0 and now - self.last > 0.2:
                self.last = now
                self.shown = True
                text = _say("progress", self.lang, done=done, total=self.total)
                sys.stderr.write(f"\r{text}")
                sys.stderr.flush()
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


EPILOG_ENTITLEMENTS = """\
what it computes:
  For every staff member and every month from --from to --to, the allowances owed
  under the rules as known on --as-known-on (default: today):
    internet_forfait      VPS art. VII 109: EUR 20.00 a month paid with salary
    internet_third_party  VPS art. VII 109: employer pays the provider; EUR 5.00 a
                          month benefit in kind added to salary, nothing paid
    home_working          sectoral agreement 2020-2022 (decided 2023-09-08, owed from
                          2023-01): EUR 20.00 a month for at least 1 telework day a week
  The situation on the first day of the month in service decides the month; a month
  granted is granted in full. See the documentation for every rule and setting.

dataset:
  A folder of CSV files (UTF-8, comma separated, one header row) named after the tables
  of the data contract: staff.csv (required), telework.csv, telework_days.csv,
  internet.csv, absences.csv, material_requests.csv, payments.csv. Dutch column names
  are accepted (personeelsnummer, datum_in_dienst, ...). Dates are YYYY-MM-DD, months
  YYYY-MM, decimals use a point.

output:
  CSV with the header employee_id,month,allowance,amount,benefit_in_kind; one row per
  allowance granted to a person for a month, sorted by employee_id, month, allowance.
  Months with nothing granted have no row. With --output the file is written only when
  the whole run succeeds.

invalid data:
  Every problem is listed on stderr (table, row, column, value, what was expected),
  nothing is evaluated or written, and the exit code is 1.

examples:
  teleworkrules entitlements examples/small --from 2023-01 --to 2023-12
  teleworkrules entitlements hr-export --from 2021-01 --to 2023-10 --output owed.csv
  teleworkrules entitlements hr-export --from 2023-01 --to 2023-08 --as-known-on 2023-09-01

exit codes: 0 success, 1 invalid data or rules, 2 wrong usage.
"""


def _parser() -> argparse.ArgumentParser:
    try:
        own_version = version("teleworkrules")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        own_version = "unknown"
    parser = argparse.ArgumentParser(
        prog="teleworkrules",
        description="The Flemish government's telework support rules as tested, explainable "
        "code: internet allowance, home-working allowance and material support, "
        "per person and month, with the legal reason for each euro.",
        epilog="Run 'teleworkrules COMMAND --help' for the manual of a command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {own_version}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    ent = commands.add_parser(
        "entitlements",
        help="what is owed per person, month and allowance, as CSV",
        description="Compute what every staff member of a dataset is owed, per month and "
        "allowance, and write it as CSV (to stdout or --output).",
        epilog=EPILOG_ENTITLEMENTS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ent.add_argument("dataset", metavar="DATASET", help="folder of CSV files (see 'dataset')")
    ent.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM",
        type=_month,
        required=True,
        help="first month, included (the rules start in 2021-01)",
    )
    ent.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM",
        type=_month,
        required=True,
        help="last month, included",
    )
    ent.add_argument(
        "--as-known-on",
        metavar="YYYY-MM-DD",
        type=_date,
        default=None,
        help="count only rules and amounts known on this day (default: today); "
        "e.g. 2023-09-01 shows what payroll could know before the "
        "home-working allowance was decided",
    )
    ent.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help="write the CSV to FILE instead of stdout (all or nothing)",
    )
    _common_options(ent)
    return parser


def _common_options(parser: argparse.ArgumentParser) -> None:
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
        help="load an extra entity policy file (TOML, the shape of the "
        "bundled dwse.toml); may be repeated",
    )
    parser.add_argument(
        "--lang", choices=("nl", "en"), default="en", help="language of messages (default: en)"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress or summary on stderr"
    )


def _rulebook(args: argparse.Namespace) -> Rulebook:
    book = Rulebook.default()
    for path in args.policy:
        book = book.with_policy(load_policy(path))
    return book.with_default_entity(args.entity)


def _print_problems(error: DatasetError, lang: str) -> None:
    sys.stderr.write(_say("invalid", lang, source=error.source, count=len(error.problems)) + "\n")
    for problem in error.problems:
        sys.stderr.write(f"  {problem}\n")


def _notes(dataset: Dataset, quiet: bool) -> None:
    if not quiet:
        for note in dataset.notes:
            sys.stderr.write(f"note: {note}\n")


def _run_entitlements(args: argparse.Namespace) -> int:
    started = time.monotonic()
    known_on = args.as_known_on or date.today()  # noqa: DTZ011  # the CLI is where 'today' enters
    book = _rulebook(args)
    dataset = load_dataset(args.dataset, rulebook=book)
    _notes(dataset, args.quiet)
    progress = _Progress(len(dataset.employees), args.lang, quiet=args.quiet)
    counts = {"rows": 0}

    def rows() -> Iterator[Entitlement]:
        for row in entitlements(
            progress.track(dataset.employees),
            args.start,
            args.end,
            known_on=known_on,
            rulebook=book,
        ):
            counts["rows"] += 1
            yield row

    with atomic_output(args.output) as out:
        write_entitlements(rows(), out)
    if not args.quiet and args.output is not None:
        sys.stderr.write(
            _say(
                "done",
                args.lang,
                rows=counts["rows"],
                people=len(dataset.employees),
                start=args.start,
                end=args.end,
                known_on=known_on,
                seconds=time.monotonic() - started,
            )
            + "\n"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    lang = getattr(args, "lang", "en")
    try:
        if args.start is not None and args.end < args.start:
            parser.error(f"--to {args.end} lies before --from {args.start}")
        return _run_entitlements(args)
    except DatasetError as error:
        _print_problems(error, lang)
        return 1
    except TeleworkRulesError as error:
        sys.stderr.write(_say("error", lang, message=error) + "\n")
        return 1
    except BrokenPipeError:  # e.g. piped into head
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
