"""What the commands share: messages, progress, the rulebook, loading a dataset, writing.

Every message comes from the text catalogue (``cli.*`` codes, :func:`say`) in the language
of ``--lang``; data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from importlib.resources import as_file, files
from pathlib import Path
from typing import Protocol, TypeVar

from teleworkrules.cli.options import Options, UsageError
from teleworkrules.engine.parts import in_parts, jobs_for
from teleworkrules.exceptions import DatasetError, TeleworkRulesError
from teleworkrules.facts import Dataset
from teleworkrules.i18n import text
from teleworkrules.inputs import load_dataset
from teleworkrules.inputs.load import load_share
from teleworkrules.inputs.shares import Share, split
from teleworkrules.inputs.validate import merged_notes
from teleworkrules.law.entities import Rulebook, load_policy
from teleworkrules.money import format_number
from teleworkrules.outputs import atomic_output, write_problems
from teleworkrules.outputs.files import stream_kind
from teleworkrules.outputs.skipped import table_counts
from teleworkrules.problems import Note, Problem, summarise
from teleworkrules.results.skipped import SkipSummary
from teleworkrules.time import Month

__all__ = [
    "EXAMPLE",
    "EXAMPLE_PERIOD",
    "SHOWN_PROBLEMS",
    "Progress",
    "echo",
    "in_shares",
    "load",
    "load_or_example",
    "period",
    "print_problems",
    "problem_lines",
    "rulebook",
    "save_problems",
    "say",
    "summary",
    "warn",
    "workbook_path",
    "write_output",
    "write_text",
    "written",
]

_T = TypeVar("_T")

EXAMPLE = "data/examples/dwse"
"""The bundled synthetic DWSE dataset (package data)."""
EXAMPLE_PERIOD = (Month("2021-01"), Month("2023-10"))
"""The period of parliamentary question no. 55: three years, to the end of October 2023."""
SHOWN_PROBLEMS = 40
"""The most lines of problems shown on stderr; --problems FILE holds them all."""


def say(code: str, lang: str, /, **values: object) -> str:
    """The command-line text ``cli.<code>`` in ``lang``."""
    return text(f"cli.{code}", lang, **values)


def echo(line: str = "") -> None:
    """Write a line to stdout."""
    sys.stdout.write(f"{line}\n")


def warn(line: str) -> None:
    """Write a line to stderr."""
    sys.stderr.write(f"{line}\n")


class _Renders(Protocol):
    def text(self, lang: str = ...) -> str: ...


def _note_text(note: str | _Renders, lang: str) -> str:
    # Notes are becoming Note objects; plain strings are still accepted meanwhile.
    return note if isinstance(note, str) else note.text(lang)


class Progress:
    """Progress on stderr: only on a terminal, only after a second, never with --quiet."""

    def __init__(self, total: int, lang: str, *, quiet: bool) -> None:
        self.total = total
        self.lang = lang
        self.enabled = not quiet and sys.stderr.isatty()
        self.started = time.monotonic()
        self.last = self.started
        self.shown = False

    def track(self, items: Iterable[_T], *, scale: int = 1) -> Iterator[_T]:
        """Yield ``items``, showing how many were done.

        ``scale``: the items stand for one part of ``scale`` parts worked on at once.
        """
        for count, item in enumerate(items, start=1):
            yield item
            done = min(count * scale, self.total)
            if self.enabled and count % 256 == 0:
                now = time.monotonic()
                if now - self.started > 1.0 and now - self.last > 0.2:
                    self.last = now
                    self.shown = True
                    sys.stderr.write("\r" + say("progress", self.lang, done=done, total=self.total))
                    sys.stderr.flush()
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def rulebook(options: Options) -> Rulebook:
    """The shipped rules with every --policy file, --entity as default entity."""
    book = Rulebook.default()
    for path in options.policies:
        book = book.with_policy(load_policy(path))
    return book.with_default_entity(options.entity)


def problem_lines(
    problems: Sequence[Problem], lang: str, *, limit: int = SHOWN_PROBLEMS
) -> list[str]:
    """The problems as lines for stderr, at most ``limit`` and one saying how many more.

    The same problem in many rows is one line with its count and first rows
    (:func:`~teleworkrules.problems.summarise`).
    """
    groups = summarise(problems)
    lines = [f"  {group.text(lang)}" for group in groups[:limit]]
    if len(groups) > limit:
        lines.append(say("more_problems", lang, count=len(groups) - limit))
    return lines


def print_problems(error: DatasetError, lang: str) -> None:
    """List the problems of an invalid dataset on stderr (bounded, see :func:`problem_lines`)."""
    warn(say("invalid", lang, source=error.source, count=len(error.problems)))
    for line in problem_lines(error.problems, lang):
        warn(line)


def save_problems(options: Options, problems: Sequence[Problem]) -> None:
    """Write every problem to the --problems file, if given, and say so (unless --quiet).

    A stream (``-``, ``/dev/stdout``, ``/dev/null``) gets the problems as CSV.
    """
    if options.problems is None:
        return
    if stream_kind(options.problems) is None:
        write_problems(problems, options.problems, lang=options.lang)
    else:
        with tempfile.TemporaryDirectory() as folder:
            held = Path(folder) / "problems.csv"
            write_problems(problems, held, lang=options.lang)
            with atomic_output(options.problems) as out, held.open(encoding="utf-8") as source:
                shutil.copyfileobj(source, out)
    if not options.quiet:
        warn(say("problems_written", options.lang, path=options.problems, count=len(problems)))


def load(options: Options, book: Rulebook, path: str | Path) -> Dataset:
    """Load and validate a dataset; list skipped rows and notes on stderr.

    The --problems file gets every skipped row's problem (none for a valid dataset); an
    invalid dataset raises :class:`DatasetError`, whose problems :func:`main` saves.
    """
    dataset = load_dataset(
        path, rulebook=book, skip_invalid=options.skip_invalid, limits=options.limits
    )
    lang = options.lang
    if dataset.skipped:
        skipped = SkipSummary.of(dataset.skipped)
        warn(
            say(
                "skipped",
                lang,
                source=dataset.source,
                count=skipped.total,
                tables=table_counts(skipped.rows, lang),
                staff=skipped.staff,
                problems=len(dataset.skipped),
            )
        )
        for line in problem_lines(dataset.skipped, lang):
            warn(line)
    for note in dataset.notes:  # remarks about the input are shown even with --quiet
        warn(say("note", lang, note=_note_text(note, lang)))
    save_problems(options, dataset.skipped)
    return dataset


def in_shares(
    options: Options,
    book: Rulebook,
    path: str | Path,
    work: Callable[[Share, Dataset, Mapping[str, tuple[int, ...]]], _T],
) -> tuple[list[_T], int] | None:
    """``work`` on each share of a CSV folder's staff, loaded and worked on at once.

    One share per job of --jobs (:mod:`~teleworkrules.inputs.shares`): each process reads
    the files and validates, decides and writes its own staff, so that nothing but the
    results come back. ``work`` gets the share, its dataset and the row numbers
    of its requests and payments (:func:`~teleworkrules.inputs.load.load_share`).
    Returns the results in share order and the number of staff; the notes are shown
    once, as :func:`load` shows them.

    ``None`` when the dataset is to be loaded whole by :func:`load` instead: one job,
    --skip-invalid, not a CSV folder, too few staff for more than one job, a staff file
    that cannot be split safely, or any problem in any share (then :func:`load` reports
    every problem of the dataset, as without --jobs). A library error in a share (a
    rule's) is also left to the whole dataset, which raises it after saying its notes.
    """
    folder = Path(path)
    if options.jobs == 1 or options.skip_invalid or not folder.is_dir():
        return None
    shares = split(folder, lambda count: jobs_for(count, options.jobs), limits=options.limits)
    if shares is None or len(shares) < 2:
        return None

    def part(_: int, one: Sequence[Share]) -> tuple[_T, tuple[Note, ...]]:
        dataset, numbers = load_share(folder, one[0], rulebook=book, limits=options.limits)
        return work(one[0], dataset, numbers), dataset.notes

    try:
        done = in_parts(shares, part, len(shares))
    except TeleworkRulesError:  # a problem, or a rule's error: said as without shares
        return None
    for note in merged_notes([notes for _, notes in done]):
        warn(say("note", options.lang, note=_note_text(note, options.lang)))
    save_problems(options, ())
    return [result for result, _ in done], shares[0].staff


def load_or_example(options: Options, book: Rulebook) -> tuple[Dataset, Month, Month]:
    """The DATASET and the period; without DATASET, the bundled example and its period."""
    if options.dataset is None:
        start = options.start or EXAMPLE_PERIOD[0]
        end = options.end or EXAMPLE_PERIOD[1]
        with as_file(files("teleworkrules").joinpath(EXAMPLE)) as folder:
            return load(options, book, folder), start, end
    start, end = period(options)
    return load(options, book, options.dataset), start, end


def period(options: Options) -> tuple[Month, Month]:
    """--from and --to, both required here."""
    if options.start is None or options.end is None:
        raise UsageError("period_required")
    return options.start, options.end


def summary(
    options: Options, what: str, people: int, period: tuple[Month, Month], started: float
) -> None:
    """The closing line on stderr (unless --quiet): what was done, for whom, how long."""
    if not options.quiet:
        warn(
            say(
                "done",
                options.lang,
                what=what,
                people=people,
                start=period[0],
                end=period[1],
                known_on=options.known_on,
                seconds=format_number(
                    Decimal(f"{time.monotonic() - started:.1f}"), options.lang, places=1
                ),
            )
        )


def write_text(content: str, path: str | None) -> None:
    """Write ``content`` to ``path`` whole or not at all (stdout for ``None``)."""
    with atomic_output(path) as out:
        out.write(content)


def written(options: Options) -> None:
    """Confirm the --output file on stderr (unless --quiet or there is none)."""
    if options.output is not None and not options.quiet:
        warn(say("written", options.lang, path=options.output))


def write_output(
    kind: str,
    writers: Mapping[str, Callable[[str | None], None]],
    table: Callable[[], str],
    options: Options,
) -> None:
    """Write the output of format ``kind`` to --output (stdout without), and confirm a file.

    ``kind`` ``table`` writes ``table()``, any other ``writers[kind]``. A file is confirmed
    on stderr (unless --quiet) and nothing else is printed: stdout stays empty.
    """
    if kind == "table":
        write_text(table(), options.output)
    else:
        writers[kind](options.output)
    written(options)


def workbook_path(path: str | None) -> Path:
    """The --output path of an Excel workbook (which cannot go to stdout)."""
    if path is None:
        raise UsageError("xlsx_needs_output")
    return Path(path)
