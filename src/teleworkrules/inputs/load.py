"""Loading a dataset: a folder of CSV files, one .xlsx workbook or tables from Python.

The readers (:mod:`~teleworkrules.inputs.csv_files`, :mod:`~teleworkrules.inputs.xlsx_files`,
:mod:`~teleworkrules.inputs.tables`) only turn files or Python objects into
:class:`~teleworkrules.inputs.contract.RawTable` s and report what
cannot be read; :func:`~teleworkrules.inputs.validate.build_dataset` validates the content.

:func:`load_dataset` is the one way in, for the command line and for Python alike: a
Belgian Excel export reads the same from both.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import attrs

from teleworkrules._gc import paused_gc
from teleworkrules.exceptions import DatasetError
from teleworkrules.facts import Dataset
from teleworkrules.inputs.contract import RawTable, written_names
from teleworkrules.inputs.csv_files import csv_tables
from teleworkrules.inputs.limits import DEFAULT_LIMITS, Limits
from teleworkrules.inputs.shares import Share, shared
from teleworkrules.inputs.tables import read_python_tables
from teleworkrules.inputs.validate import build_dataset
from teleworkrules.inputs.xlsx_files import read_xlsx_tables
from teleworkrules.law.entities import Rulebook
from teleworkrules.problems import Note, Problem

__all__ = ["load_dataset", "load_share"]


def load_dataset(
    path: str | Path | Mapping[str, object],
    *,
    rulebook: Rulebook | None = None,
    skip_invalid: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> Dataset:
    """Load and validate a dataset: a CSV folder, an ``.xlsx`` workbook or Python tables.

    The folder holds one file per table, named after it; the workbook one sheet per table
    (needs the ``xlsx`` extra). From Python, a mapping from table name (contract or Dutch)
    to its rows: an iterable of mappings (one dict per row) or a pandas or polars
    DataFrame (:mod:`~teleworkrules.inputs.tables`; row 1 is the first row).

    Args:
        path: the folder or workbook, or a mapping from table name to rows.
        rulebook: decides which entity codes are known (the default rulebook if ``None``).
        skip_invalid: keep the valid rows and list the skipped ones instead of raising.
        limits: the limits on cells, columns, rows and the dataset's size
            (:class:`~teleworkrules.inputs.limits.Limits`, the defaults if not given).

    Raises:
        DatasetError: every problem found, with table, row, column, value and expectation;
            a path that is a FIFO, device or socket, and a dataset over a limit, too.
        XlsxUnavailableError: a workbook was given but openpyxl or defusedxml is missing.
        TypeError: a table's rows are neither an iterable of mappings nor a DataFrame.
    """
    book = Rulebook.default() if rulebook is None else rulebook
    if isinstance(path, Mapping):
        with paused_gc():
            given, problems, notes = read_python_tables(path, limits=limits)
        return _validated(_handed_over(given), problems, notes, "tables", book, skip_invalid)
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        mode = 0
    is_xlsx = stat.S_ISREG(mode) and path.suffix.lower() == ".xlsx"
    if not is_xlsx and not stat.S_ISDIR(mode):
        if mode and not stat.S_ISREG(mode):  # a FIFO, device or socket: never opened
            code = "regular_file"
        else:
            code = "dataset_file" if mode else "dataset_path"
        raise DatasetError(str(path), [Problem.of("", 0, "", str(path), code)])
    tables: Iterable[RawTable]
    if is_xlsx:
        with paused_gc():
            read, problems, notes = read_xlsx_tables(path, limits=limits)
        tables = _handed_over(read)
    else:
        problems, notes = [], []
        tables = csv_tables(path, problems, notes, limits=limits)
    if any(p.code == "input_size" for p in problems):  # nothing was read: no more to say
        raise DatasetError(str(path), problems)
    return _validated(tables, problems, notes, str(path), book, skip_invalid)


def load_share(
    folder: Path, share: Share, *, rulebook: Rulebook, limits: Limits = DEFAULT_LIMITS
) -> tuple[Dataset, dict[str, tuple[int, ...]]]:
    """One share of a CSV folder's staff, validated (:mod:`~teleworkrules.inputs.shares`).

    Every file is read whole, as :func:`load_dataset` reads it; only the rows of the
    share's staff are converted and checked. Returns the share's dataset and the row
    numbers of its material requests and payments (``numbers`` of
    :func:`~teleworkrules.inputs.validate.build_dataset`), to merge shares in file order.

    Raises:
        DatasetError: any problem in the share. A share sees only its own rows, so the
            caller then loads the whole dataset, which reports every problem.
    """
    problems: list[Problem] = []
    notes: list[Note] = []
    numbers: dict[str, tuple[int, ...]] = {}
    tables = shared(csv_tables(folder, problems, notes, limits=limits), share)
    if problems:
        raise DatasetError(str(folder), problems)
    dataset = _validated(tables, problems, notes, str(folder), rulebook, False, numbers)
    return dataset, numbers


class _Unreadable:
    """The tables with a reading problem, among the problems found so far.

    Validation asks only after reading every table, so it sees every reading problem,
    although the files are read while it validates.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self._problems = problems

    def __contains__(self, table: object) -> bool:
        return any(p.table == table for p in self._problems)


class _Written:
    """How each table read writes its own name and its columns (:func:`written_names`).

    Its problems then name them as the HR officer's file does.
    """

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, dict[str, str]]] = {}

    def seen(self, tables: Iterable[RawTable]) -> Iterator[RawTable]:
        """The tables, each noted as it passes."""
        for table in tables:
            self._names.setdefault(table.name, written_names(table))
            yield table

    def named(self, problems: Iterable[Problem]) -> list[Problem]:
        """The problems, each with its table and column as written where they differ."""
        named = []
        for problem in problems:
            table, columns = self._names.get(problem.table, ("", {}))
            column = columns.get(problem.column, "")
            if table or column:
                problem = attrs.evolve(problem, table_as_written=table, column_as_written=column)
            named.append(problem)
        return named


def _handed_over(tables: list[RawTable]) -> Iterator[RawTable]:
    """The tables, each taken out of the list as it is given.

    Once validation has read a table's rows, nothing holds its text any more: memory
    holds one table's text at a time.
    """
    tables.reverse()
    while tables:
        yield tables.pop()


def _validated(
    tables: Iterable[RawTable],
    problems: list[Problem],
    notes: list[Note],
    source: str,
    book: Rulebook,
    skip_invalid: bool,
    numbers: dict[str, tuple[int, ...]] | None = None,
) -> Dataset:
    """The dataset of the raw tables read, validated; the readers' problems kept."""
    written = _Written()
    try:
        with paused_gc():
            dataset = build_dataset(
                written.seen(tables),
                source=source,
                known_entities=book.policies,
                skip_invalid=skip_invalid,
                unreadable=_Unreadable(problems),
                numbers=numbers,
            )
    except DatasetError as exc:
        raise DatasetError(source, written.named([*problems, *exc.problems])) from None
    if problems and not skip_invalid:
        raise DatasetError(source, written.named(problems))
    return Dataset(
        dataset.employees,
        dataset.material_requests,
        dataset.payments,
        source,
        tuple(written.named([*problems, *dataset.skipped])),
        (*notes, *dataset.notes),
    )
