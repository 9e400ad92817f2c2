"""Reading datasets from files: a folder of CSV files or one .xlsx workbook.

Readers only turn files into :class:`~teleworkrules.inputs.validate.RawTable` s and report what
cannot be read (encoding, malformed CSV) as problems; :func:`~teleworkrules.inputs.validate.build_dataset`
validates the content.
"""

from __future__ import annotations

import contextlib
import csv
import gc
from collections.abc import Iterator
from pathlib import Path

from teleworkrules.exceptions import DatasetError
from teleworkrules.facts import Dataset
from teleworkrules.inputs.validate import TABLES, Cell, RawTable, build_dataset
from teleworkrules.inputs.xlsx_files import read_xlsx_tables
from teleworkrules.law.entities import Rulebook
from teleworkrules.problems import Problem

__all__ = ["load_dataset", "read_csv_folder"]

MAX_CELL = 100_000
"""The longest cell accepted, in characters (a guard against runaway files)."""


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Loading creates hundreds of thousands of objects and no cycles; the collector's
    repeated full scans would cost a third of the loading time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_csv(path: Path, table: str, problems: list[Problem]) -> RawTable | None:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            number = 0
            header: list[str] | None = None
            rows: list[tuple[int, tuple[Cell, ...]]] = []
            try:
                header = next(reader, None)
                if header is None:
                    problems.append(
                        Problem(table, 0, "", "(empty file)", "a header row naming the columns")
                    )
                    return None
                number = 1
                for cells in reader:
                    number += 1
                    if sum(map(len, cells)) > MAX_CELL and max(map(len, cells)) > MAX_CELL:
                        problems.append(
                            Problem(
                                table,
                                number,
                                "",
                                "(a very long cell)",
                                f"cells of at most {MAX_CELL} characters",
                            )
                        )
                        continue
                    rows.append((number, tuple(cells)))
            except csv.Error as exc:
                where = (
                    "" if header is None else "; this row and the rest of the file were not read"
                )
                problems.append(
                    Problem(
                        table,
                        number + 1 if header is not None else 1,
                        "",
                        str(exc),
                        "well-formed CSV (comma separated, quotes closed)" + where,
                    )
                )
                if header is None:
                    return None
                # The rows before the error are kept: with --skip-invalid they are used.
    except UnicodeDecodeError as exc:
        problems.append(
            Problem(
                table,
                0,
                "",
                f"byte {exc.start}: {exc.reason}",
                "a UTF-8 text file (save as 'CSV UTF-8')",
            )
        )
        return None
    except OSError as exc:
        problems.append(Problem(table, 0, "", str(exc.strerror or exc), "a readable file"))
        return None
    return RawTable(table, str(path), tuple(header), rows)


def read_csv_folder(folder: Path) -> tuple[list[RawTable], list[Problem], list[str]]:
    """Read every table file of ``folder``; returns tables, reading problems and notes."""
    problems: list[Problem] = []
    notes: list[str] = []
    tables: list[RawTable] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".csv":
            continue
        name = path.stem.strip().lower()  # Internet.csv is the internet table too
        if name not in TABLES:
            notes.append(f"{path.name}: not a table of the data contract; ignored")
            continue
        if name in seen:
            problems.append(
                Problem(name, 0, "", path.name, f"one file per table (also {seen[name]})")
            )
            continue
        seen[name] = path.name
        table = _read_csv(path, name, problems)
        if table is not None:
            tables.append(table)
    return tables, problems, notes


def load_dataset(
    path: str | Path, *, rulebook: Rulebook | None = None, skip_invalid: bool = False
) -> Dataset:
    """Load and validate a dataset: a CSV folder or an ``.xlsx`` workbook.

    The folder holds one file per table, named after it; the workbook one sheet per table
    (needs the ``xlsx`` extra).

    Args:
        path: the folder or workbook.
        rulebook: decides which entity codes are known (the default rulebook if ``None``).
        skip_invalid: keep the valid rows and list the skipped ones instead of raising.

    Raises:
        DatasetError: every problem found, with table, row, column, value and expectation.
        XlsxUnavailableError: a workbook was given but openpyxl or defusedxml is missing.
    """
    path = Path(path)
    book = Rulebook.default() if rulebook is None else rulebook
    is_xlsx = path.is_file() and path.suffix.lower() == ".xlsx"
    if not is_xlsx and not path.is_dir():
        raise DatasetError(
            str(path),
            [
                Problem(
                    "",
                    0,
                    "",
                    str(path),
                    "a folder of CSV files or an .xlsx workbook"
                    if not path.exists()
                    else "a folder of CSV files or an .xlsx workbook, not this file",
                )
            ],
        )
    with paused_gc():
        tables, problems, notes = read_xlsx_tables(path) if is_xlsx else read_csv_folder(path)
    try:
        with paused_gc():
            dataset = build_dataset(
                tables,
                source=str(path),
                known_entities=book.policies,
                skip_invalid=skip_invalid,
                unreadable=frozenset(p.table for p in problems),
            )
    except DatasetError as exc:
        raise DatasetError(str(path), [*problems, *exc.problems]) from None
    if problems and not skip_invalid:
        raise DatasetError(str(path), problems)
    return Dataset(
        dataset.employees,
        dataset.material_requests,
        dataset.payments,
        str(path),
        (*problems, *dataset.skipped),
        (*notes, *dataset.notes),
    )
