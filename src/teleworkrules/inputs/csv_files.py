"""Reading a dataset from a folder of CSV files, one file per table of the data contract.

Files are UTF-8 (a byte-order mark is accepted), comma separated, named after their table
(``staff.csv``, ``Internet.csv``; other ``.csv`` files are noted as ignored). This module
only turns the files into :class:`~teleworkrules.inputs.contract.RawTable` s and reports
what cannot be read (encoding, malformed CSV) as problems;
:func:`~teleworkrules.inputs.validate.build_dataset` validates the content.
"""

from __future__ import annotations

import csv
from pathlib import Path

from teleworkrules.inputs.contract import MAX_CELL, TABLES, Cell, RawTable
from teleworkrules.problems import Note, Problem

__all__ = ["read_csv_folder"]


def read_csv_folder(folder: Path) -> tuple[list[RawTable], list[Problem], list[Note]]:
    """Read every table file of ``folder``; returns tables, reading problems and notes."""
    problems: list[Problem] = []
    notes: list[Note] = []
    tables: list[RawTable] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".csv":
            continue
        name = path.stem.strip().lower()  # Internet.csv is the internet table too
        if name not in TABLES:
            notes.append(Note.of(path.name, "not_a_table"))
            continue
        if name in seen:
            problems.append(Problem.of(name, 0, "", path.name, "file_once", file=seen[name]))
            continue
        seen[name] = path.name
        table = _read_csv(path, name, problems)
        if table is not None:
            tables.append(table)
    return tables, problems, notes


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
                    problems.append(Problem.of(table, 0, "", "(empty file)", "header"))
                    return None
                number = 1
                for cells in reader:
                    number += 1
                    if sum(map(len, cells)) > MAX_CELL and max(map(len, cells)) > MAX_CELL:
                        problems.append(
                            Problem.of(
                                table, number, "", "(a very long cell)", "long_cell", limit=MAX_CELL
                            )
                        )
                        continue
                    rows.append((number, tuple(cells)))
            except csv.Error as exc:
                if header is None:
                    problems.append(Problem.of(table, 1, "", str(exc), "csv"))
                    return None
                # The rows before the error are kept: with --skip-invalid they are used.
                problems.append(Problem.of(table, number + 1, "", str(exc), "csv_rest"))
    except UnicodeDecodeError as exc:
        shown = f"byte {exc.start}: {exc.reason}"
        problems.append(Problem.of(table, 0, "", shown, "utf8"))
        return None
    except OSError as exc:
        problems.append(Problem.of(table, 0, "", str(exc.strerror or exc), "readable_file"))
        return None
    return RawTable(table, str(path), tuple(header), rows)
