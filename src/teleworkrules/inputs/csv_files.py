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
import contextlib
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final, TextIO

from teleworkrules.inputs.contract import (
    ENTITLEMENTS_HEADER,
    TABLES,
    Cell,
    RawTable,
    column_name,
    shown,
    table_name,
    unknown_table,
)
from teleworkrules.inputs.limits import (
    DEFAULT_LIMITS,
    Limits,
    NotRegularError,
    open_regular,
    regular_size,
)
from teleworkrules.problems import Note, Problem

__all__ = ["DELIMITERS", "FALLBACK_ENCODING", "read_csv_folder"]

DELIMITERS: Final = {",": "','", ";": "';'", "\t": "tab"}
"""The delimiters accepted, and how a message names each."""

FALLBACK_ENCODING: Final = "cp1252"
"""The encoding of a file that is not valid UTF-8: Windows-1252, what a Belgian Excel saves."""

_ENCODING_NAMES: Final = {FALLBACK_ENCODING: "Windows-1252"}


def read_csv_folder(
    folder: Path, *, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[RawTable], list[Problem], list[Note]]:
    """Read every table file of ``folder``; returns tables, reading problems and notes.

    Only regular files are read (a FIFO, device or socket, or a link to one, is a
    problem naming it), and only when their sizes add up to at most ``limits.max_bytes``.
    """
    problems: list[Problem] = []
    notes: list[Note] = []
    tables: list[RawTable] = []
    seen: dict[str, str] = {}
    files: list[tuple[Path, str | None]] = []
    total = 0
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".csv":
            continue
        name = table_name(path.stem)  # Internet.csv and personeel.csv are tables too
        try:
            total += regular_size(path)
        except NotRegularError:
            problems.append(Problem.of(name or path.name, 0, "", path.name, "regular_file"))
            continue
        except OSError as exc:
            problem = Problem.of(
                name or path.name, 0, "", str(exc.strerror or exc), "readable_file"
            )
            problems.append(problem)
            continue
        files.append((path, name))
    if total > limits.max_bytes:
        problems.append(_too_big(folder.name, total, limits))
        return [], problems, notes
    for path, name in files:
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
        table = _read_csv(path, name, problems, notes, limits)
        if table is not None:
            tables.append(table)
    return tables, problems, notes


def _too_big(where: str, size: int, limits: Limits) -> Problem:
    """The problem of a dataset over ``limits.max_bytes``."""
    return Problem.of(where, 0, "", f"{size:,} bytes", "input_size", limit=f"{limits.max_bytes:,}")


def _is_entitlements(path: Path) -> bool:
    """Whether the file starts with the header of the entitlements CSV (an output)."""
    try:
        with open_regular(path) as handle:
            first = handle.readline(len(ENTITLEMENTS_HEADER) + 8)
    except OSError:
        return False
    return first.removeprefix(codecs.BOM_UTF8).rstrip(b"\r\n") == ENTITLEMENTS_HEADER.encode()


def _read_csv(
    path: Path, table: str, problems: list[Problem], notes: list[Note], limits: Limits
) -> RawTable | None:
    try:
        with open_regular(path) as handle:
            has_bom = handle.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
        found: list[Problem] = []
        try:
            read = _read_text(path, table, "utf-8-sig", found, limits)
        except UnicodeDecodeError as exc:
            if has_bom:  # the file says it is UTF-8: no guessing
                problems.append(Problem.of(table, 0, "", _bad_byte(path, "utf-8", exc), "utf8"))
                return None
            found = []
            try:
                read = _read_text(path, table, FALLBACK_ENCODING, found, limits)
            except UnicodeDecodeError as again:
                shown_byte = _bad_byte(path, FALLBACK_ENCODING, again)
                problems.append(Problem.of(table, 0, "", shown_byte, "encoding"))
                return None
            notes.append(
                Note.of(str(path), "encoding", encoding=_ENCODING_NAMES[FALLBACK_ENCODING])
            )
    except NotRegularError:
        problems.append(Problem.of(table, 0, "", path.name, "regular_file"))
        return None
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
        with open_regular(path) as handle:
            handle.read().decode(encoding)
    except UnicodeDecodeError as whole:
        return f"byte {whole.start}: {whole.reason}"
    except (OSError, LookupError):
        pass
    return f"{exc.reason}"


_Rows = list[tuple[int, tuple[Cell, ...]]]

_LONG_FIELD: Final = "field larger than field limit"
"""The start of the csv module's error for a cell over its field size limit."""

_QUOTED: Final = re.compile(r'"[^"]*"')


class _Stop(Exception):
    """Reading a table stops: the argument is the problem."""


@contextlib.contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    """The csv module refuses cells over ``limit`` characters while parsing them.

    The csv module's limit is one for the whole process: it is set while a file is read
    and put back after.
    """
    old = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(old)


class _Lines:
    """The lines of a CSV file for :func:`csv.reader`, each checked before it is parsed.

    A line longer than :attr:`Limits.max_line`, a file longer than
    :attr:`Limits.max_bytes` and a record with more than :attr:`Limits.max_columns`
    cells (delimiters outside quotes, counted on the lines of the record being read)
    stop the reading with :class:`_Stop`, so the csv module never builds such a row.
    """

    def __init__(
        self, handle: TextIO, first: str, delimiter: str, table: str, limits: Limits
    ) -> None:
        self._handle = handle
        self._first: str | None = first
        self._delimiter = delimiter
        self._table = table
        self._limits = limits
        self._chars = 0
        self._count = 0
        self._record: list[str] = []
        self.row = 1
        """The number of the row being read (the header is row 1)."""

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        limits = self._limits
        if self._first is not None:
            line, self._first = self._first, None
        else:
            line = self._handle.readline(limits.max_line + 1)
        if not line:
            raise StopIteration
        if len(line) > limits.max_line:
            problem = Problem.of(
                self._table, self.row, "", shown(line), "long_line", limit=f"{limits.max_line:,}"
            )
            raise _Stop(problem)
        self._chars += len(line)
        if self._chars > limits.max_bytes:
            raise _Stop(_too_big(self._table, self._chars, limits))
        self._record.append(line)
        self._count += line.count(self._delimiter)
        if self._count >= limits.max_columns and self._outside() >= limits.max_columns:
            raise _Stop(wide(self._table, self.row, self._record[0], limits))
        return line

    def _outside(self) -> int:
        """The delimiters of the record outside quotes."""
        found = _QUOTED.sub("", "".join(self._record))
        if '"' in found:  # a quote still open: the rest is inside it
            found = found[: found.index('"')]
        return found.count(self._delimiter)

    def next_record(self, row: int) -> None:
        """The next lines are those of row ``row``."""
        self.row = row
        self._count = 0
        self._record.clear()


def wide(table: str, row: int, start: object, limits: Limits) -> Problem:
    """The problem of a header (``row`` 1) or row with more than ``limits.max_columns`` cells."""
    code = "wide_header" if row == 1 else "wide_row"
    return Problem.of(table, row, "", shown(start), code, limit=f"{limits.max_columns:,}")


def _read_text(
    path: Path, table: str, encoding: str, problems: list[Problem], limits: Limits
) -> tuple[tuple[str, ...], _Rows] | None:
    """The header and rows of the file read as ``encoding``, within ``limits``.

    Raises:
        UnicodeDecodeError: the file is not valid ``encoding`` (nothing is kept).
    """
    with io.TextIOWrapper(open_regular(path), encoding=encoding, newline="") as handle:
        first = handle.readline(limits.max_line + 1)
        if not first:
            problems.append(Problem.of(table, 0, "", "(empty file)", "header"))
            return None
        if len(first) > limits.max_line:
            limit = f"{limits.max_line:,}"
            problems.append(Problem.of(table, 1, "", shown(first), "long_line", limit=limit))
            return None
        delimiter = _delimiter(first, table, path.name, problems)
        if delimiter is None:
            return None
        lines = _Lines(handle, first, delimiter, table, limits)
        try:
            with _field_limit(limits.max_cell):
                return _records(
                    csv.reader(lines, delimiter=delimiter, strict=True),
                    lines,
                    table,
                    problems,
                    limits,
                )
        except _Stop as stop:
            problems.append(stop.args[0])
            return None


def _long_cell(table: str, row: int, limits: Limits) -> Problem:
    return Problem.of(table, row, "", "(a very long cell)", "long_cell", limit=limits.max_cell)


def _records(
    reader: Iterator[list[str]], lines: _Lines, table: str, problems: list[Problem], limits: Limits
) -> tuple[tuple[str, ...], _Rows] | None:
    """The header and rows ``reader`` gives; a row with too long a cell is left out."""
    try:
        header = next(reader, None)
    except csv.Error as exc:
        if str(exc).startswith(_LONG_FIELD):
            problems.append(_long_cell(table, 1, limits))
        else:
            problems.append(Problem.of(table, 1, "", str(exc), "csv"))
        return None
    if header is None:  # pragma: no cover - the first line is not empty
        problems.append(Problem.of(table, 0, "", "(empty file)", "header"))
        return None
    if len(header) > limits.max_columns:  # pragma: no cover - stopped by _Lines first
        raise _Stop(wide(table, 1, ",".join(header[:20]), limits))
    number = 1
    rows: _Rows = []
    while True:
        lines.next_record(number + 1)
        try:
            cells = next(reader, None)
        except csv.Error as exc:
            number += 1
            if not str(exc).startswith(_LONG_FIELD):
                # The rows before the error are kept: with --skip-invalid they are used.
                problems.append(Problem.of(table, number, "", str(exc), "csv_rest"))
                break
            problems.append(_long_cell(table, number, limits))
            continue
        if cells is None:
            break
        number += 1
        if number > limits.max_rows:
            raise _Stop(
                Problem.of(
                    table,
                    number,
                    "",
                    f"more than {limits.max_rows:,} rows",
                    "table_rows",
                    limit=f"{limits.max_rows:,}",
                )
            )
        if len(cells) > limits.max_columns:  # quotes in unquoted cells: counted here
            raise _Stop(wide(table, number, ",".join(cells[:20]), limits))
        rows.append((number, tuple(cells)))
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
