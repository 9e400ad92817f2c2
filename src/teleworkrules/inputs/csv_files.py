"""Reading a dataset from a folder of CSV files, one file per table of the data contract.

Files are read as a Belgian Excel saves them (DATA-CONTRACT.md, "Value formats"):

- the delimiter is a comma, a semicolon or a tab, found from the header line (outside
  quotes); a header line with two of them, or with none while it is not one column name of
  its table, is a problem naming the file;
- the encoding is UTF-8 (a byte-order mark is accepted) or, for a file that is not valid
  UTF-8 and has no byte-order mark, Windows-1252, with a note saying so;
- files are named after their table, in English or Dutch and in any case (``staff.csv``,
  ``Personeel.csv``; :func:`~teleworkrules.inputs.contract.table_name`). Another ``.csv``
  file is a problem naming it, with the accepted names and the closest one, except an
  entitlements CSV this tool wrote (its exact header), which is noted as not read; files
  of other types are ignored.

This module only turns the files into :class:`~teleworkrules.inputs.contract.RawTable` s and
reports what cannot be read as problems;
:func:`~teleworkrules.inputs.validate.build_dataset` validates the content.
"""

from __future__ import annotations

import codecs
import csv
import itertools
from pathlib import Path
from typing import Final

from teleworkrules.inputs.contract import (
    ENTITLEMENTS_HEADER,
    MAX_CELL,
    TABLES,
    Cell,
    RawTable,
    column_name,
    shown,
    table_name,
    unknown_table,
)
from teleworkrules.problems import Note, Problem

__all__ = ["DELIMITERS", "FALLBACK_ENCODING", "read_csv_folder"]

DELIMITERS: Final = {",": "','", ";": "';'", "\t": "tab"}
"""The delimiters accepted, and how a message names each."""

FALLBACK_ENCODING: Final = "cp1252"
"""The encoding of a file that is not valid UTF-8: Windows-1252, what a Belgian Excel saves."""

_ENCODING_NAMES: Final = {FALLBACK_ENCODING: "Windows-1252"}


def read_csv_folder(folder: Path) -> tuple[list[RawTable], list[Problem], list[Note]]:
    """Read every table file of ``folder``; returns tables, reading problems and notes."""
    problems: list[Problem] = []
    notes: list[Note] = []
    tables: list[RawTable] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".csv":
            continue
        name = table_name(path.stem)  # Internet.csv and personeel.csv are tables too
        if name is None:
            if _is_entitlements(path):
                notes.append(Note.of(str(path), "entitlements_file"))
            else:
                problems.append(unknown_table(path.name, path.name, "file"))
            continue
        if name in seen:
            problems.append(Problem.of(name, 0, "", path.name, "file_once", file=seen[name]))
            continue
        seen[name] = path.name
        table = _read_csv(path, name, problems, notes)
        if table is not None:
            tables.append(table)
    return tables, problems, notes


def _is_entitlements(path: Path) -> bool:
    """Whether the file starts with the header of the entitlements CSV (an output)."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(len(ENTITLEMENTS_HEADER) + 8)
    except OSError:
        return False
    return first.removeprefix(codecs.BOM_UTF8).rstrip(b"\r\n") == ENTITLEMENTS_HEADER.encode()


def _read_csv(
    path: Path, table: str, problems: list[Problem], notes: list[Note]
) -> RawTable | None:
    try:
        with path.open("rb") as handle:
            has_bom = handle.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
        found: list[Problem] = []
        try:
            read = _read_text(path, table, "utf-8-sig", found)
        except UnicodeDecodeError as exc:
            if has_bom:  # the file says it is UTF-8: no guessing
                problems.append(Problem.of(table, 0, "", _bad_byte(path, "utf-8", exc), "utf8"))
                return None
            found = []
            try:
                read = _read_text(path, table, FALLBACK_ENCODING, found)
            except UnicodeDecodeError as again:
                shown_byte = _bad_byte(path, FALLBACK_ENCODING, again)
                problems.append(Problem.of(table, 0, "", shown_byte, "encoding"))
                return None
            notes.append(
                Note.of(str(path), "encoding", encoding=_ENCODING_NAMES[FALLBACK_ENCODING])
            )
    except OSError as exc:
        problems.append(Problem.of(table, 0, "", str(exc.strerror or exc), "readable_file"))
        return None
    problems.extend(found)
    if read is None:
        return None
    header, rows = read
    return RawTable(table, str(path), header, rows)


def _bad_byte(path: Path, encoding: str, exc: UnicodeDecodeError) -> str:
    """Where the first byte that does not decode is, in the whole file (not a chunk)."""
    try:
        path.read_bytes().decode(encoding)
    except UnicodeDecodeError as whole:
        return f"byte {whole.start}: {whole.reason}"
    except (OSError, LookupError):
        pass
    return f"{exc.reason}"


_Rows = list[tuple[int, tuple[Cell, ...]]]


def _read_text(
    path: Path, table: str, encoding: str, problems: list[Problem]
) -> tuple[tuple[str, ...], _Rows] | None:
    """The header and rows of the file read as ``encoding``.

    Raises:
        UnicodeDecodeError: the file is not valid ``encoding`` (nothing is kept).
    """
    with path.open(encoding=encoding, newline="") as handle:
        first = handle.readline()
        if not first:
            problems.append(Problem.of(table, 0, "", "(empty file)", "header"))
            return None
        delimiter = _delimiter(first, table, path.name, problems)
        if delimiter is None:
            return None
        reader = csv.reader(itertools.chain([first], handle), delimiter=delimiter, strict=True)
        number = 0
        header: list[str] | None = None
        rows: _Rows = []
        try:
            header = next(reader, None)
            if header is None:  # pragma: no cover - the first line is not empty
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
    return tuple(header), rows


def _delimiter(line: str, table: str, file: str, problems: list[Problem]) -> str | None:
    """The delimiter of the header ``line``, or ``None`` with a problem naming ``file``.

    The problem is one of ``table`` (so that validation does not also call it missing).

    Delimiters inside quotes do not count. A line without any is one column: accepted when
    it is a column name of ``table`` (the validation then names the columns missing), a
    problem otherwise (``employee_id|hire_date``).
    """
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    found = [d for d, count in counts.items() if count]
    if len(found) == 1:
        return found[0]
    header = line.rstrip("\r\n")
    if not found:
        name = column_name(header.strip('"'))
        if not name or name in {c.name for c in TABLES[table]}:
            return ","  # one column (or none): validation says which are missing
        problems.append(Problem.of(table, 1, "", shown(header), "delimiter", file=file))
        return None
    named = " + ".join(DELIMITERS[d] for d in found)
    problems.append(Problem.of(table, 1, "", shown(header), "delimiters", file=file, found=named))
    return None
