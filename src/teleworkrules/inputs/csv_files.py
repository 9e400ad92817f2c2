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
from collections.abc import Iterator
from pathlib import Path
from typing import Final, TextIO

import attrs

from teleworkrules.inputs._csv_lines import Lines, Stop, too_big, wide
from teleworkrules.inputs._encoding import FALLBACK_ENCODING, file_encoding
from teleworkrules.inputs.contract import (
    ENTITLEMENTS_HEADER,
    TABLES,
    Cell,
    RawTable,
    TableStopped,
    column_name,
    name_as_written,
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
    too_many_rows,
)
from teleworkrules.problems import Note, Problem, os_problem

__all__ = ["DELIMITERS", "FALLBACK_ENCODING", "csv_table", "csv_tables", "read_csv_folder"]

DELIMITERS: Final = {",": "','", ";": "';'", "\t": "tab"}
"""The delimiters accepted, and how a message names each."""


def read_csv_folder(
    folder: Path, *, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[RawTable], list[Problem], list[Note]]:
    """Read every table file of ``folder``; returns tables, reading problems and notes.

    Only regular files are read (a FIFO, device or socket, or a link to one, is a
    problem naming it), and only when their sizes add up to at most ``limits.max_bytes``.
    """
    problems: list[Problem] = []
    notes: list[Note] = []
    tables = []
    for table in csv_tables(folder, problems, notes, limits=limits):
        try:
            rows = list(table.rows)
        except TableStopped:  # the problem says why; the table is not read
            continue
        tables.append(attrs.evolve(table, rows=rows))
    return tables, problems, notes


def csv_tables(
    folder: Path, problems: list[Problem], notes: list[Note], *, limits: Limits = DEFAULT_LIMITS
) -> Iterator[RawTable]:
    """The tables of :func:`read_csv_folder`, one at a time as each file is read.

    The files' sizes are checked now (over the limit: a problem, and no table); reading
    problems and notes are added to ``problems`` and ``notes`` as they are found.
    Validation reads a table's rows before the next file is read, so memory never holds
    every file's text.
    """
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
            problems.append(os_problem(name or path.name, "readable_file", exc))
            continue
        files.append((path, name))
    if total > limits.max_bytes:
        problems.append(too_big(folder.name, total, limits))
        return iter(())
    return _each_table(files, problems, notes, limits)


def csv_table(
    folder: Path, name: str, problems: list[Problem], notes: list[Note], *, limits: Limits
) -> RawTable | None:
    """The table ``name`` of the folder, read as :func:`csv_tables` reads it.

    ``None`` when no file, or more than one, is that table (:func:`csv_tables` says which
    problem that is), or when the file cannot be read or is over ``limits.max_bytes``
    (then with its problem): it is never read further than the dataset would be.
    """
    found = [
        path
        for path in sorted(folder.iterdir())
        if path.suffix.lower() == ".csv" and table_name(path.stem) == name
    ]
    if len(found) != 1:
        return None
    try:
        size = regular_size(found[0])
    except (NotRegularError, OSError) as exc:
        problems.append(Problem.of(name, 0, "", str(exc), "readable_file"))
        return None
    if size > limits.max_bytes:
        problems.append(too_big(found[0].name, size, limits))
        return None
    return _read_csv(found[0], name, problems, notes, limits)


def _each_table(
    files: list[tuple[Path, str | None]],
    problems: list[Problem],
    notes: list[Note],
    limits: Limits,
) -> Iterator[RawTable]:
    """The table of each file, read when asked for."""
    seen: dict[str, str] = {}
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
            yield table


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
    """The table of the file: its header read now, its rows as they are asked for.

    The file's encoding is settled first, by decoding it once without keeping its text:
    UTF-8, else (without a UTF-8 byte order mark) Windows-1252 with a note. Problems
    found now name the table as the file does (``Personeel``).
    """
    since = len(problems)
    try:
        return _opened(path, table, problems, notes, limits)
    finally:
        name_as_written(problems, since, path.stem, table)


def _opened(
    path: Path, table: str, problems: list[Problem], notes: list[Note], limits: Limits
) -> RawTable | None:
    try:
        encoding = file_encoding(path, table, problems, notes)
        if encoding is None:
            return None
        text_handle = io.TextIOWrapper(open_regular(path), encoding=encoding, newline="")
    except NotRegularError:
        problems.append(Problem.of(table, 0, "", path.name, "regular_file"))
        return None
    except OSError as exc:
        problems.append(os_problem(table, "readable_file", exc))
        return None
    try:
        opened = _open_records(text_handle, path, table, problems, limits)
    except BaseException:
        text_handle.close()
        raise
    if opened is None:
        text_handle.close()
        return None
    header, reader, lines = opened
    rows = _records(text_handle, reader, lines, table, problems, limits)
    return RawTable(table, str(path), header, rows, written=path.stem)


_LONG_FIELD: Final = "field larger than field limit"
"""The start of the csv module's error for a cell over its field size limit."""


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


def _open_records(
    handle: TextIO, path: Path, table: str, problems: list[Problem], limits: Limits
) -> tuple[tuple[str, ...], Iterator[list[str]], Lines] | None:
    """The header of the file, and the csv reader (and its lines) for the rows after it.

    ``None``, with the problem, when the header cannot be read.
    """
    first = handle.readline(limits.max_line + 1)
    if not first:
        problems.append(Problem.measured(table, 0, "", "header", "empty_file"))
        return None
    if len(first) > limits.max_line:
        problems.append(Problem.of(table, 1, "", shown(first), "long_line", limit=limits.max_line))
        return None
    delimiter = _delimiter(first, table, path.name, problems)
    if delimiter is None:
        return None
    lines = Lines(handle, first, delimiter, table, limits)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        with _field_limit(limits.max_cell):
            header = next(reader, None)
    except csv.Error as exc:
        if str(exc).startswith(_LONG_FIELD):
            problems.append(_long_cell(table, 1, limits))
        else:
            problems.append(_malformed(table, 1, exc, "csv"))
        return None
    except Stop as stop:
        problems.append(stop.args[0])
        return None
    if header is None:  # pragma: no cover - the first line is not empty
        problems.append(Problem.measured(table, 0, "", "header", "empty_file"))
        return None
    if len(header) > limits.max_columns:  # pragma: no cover - stopped by Lines first
        problems.append(wide(table, 1, ",".join(header[:20]), limits))
        return None
    return tuple(header), reader, lines


def _malformed(table: str, row: int, exc: csv.Error, code: str) -> Problem:
    """The problem of a record the csv module cannot parse, said in the reader's language.

    The csv module's two errors of a well-formed file gone wrong (``strict``) are named;
    another (never seen in a text file) keeps the module's English message as the value.
    """
    message = str(exc)
    if message == "unexpected end of data":
        return Problem.measured(table, row, "", code, "unclosed_quote")
    if message.endswith("expected after '\"'"):
        return Problem.measured(table, row, "", code, "after_quote")
    return Problem.of(table, row, "", message, code)  # pragma: no cover - csv's other errors


def _long_cell(table: str, row: int, limits: Limits) -> Problem:
    return Problem.measured(table, row, "", "long_cell", "long_cell", limit=limits.max_cell)


def _records(
    handle: TextIO,
    reader: Iterator[list[str]],
    lines: Lines,
    table: str,
    problems: list[Problem],
    limits: Limits,
) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    """The rows ``reader`` gives after the header, read as they are asked for.

    A row with too long a cell is left out (a problem); after another csv error the rows
    before it are kept (with --skip-invalid they are used). Over a limit, the problem is
    reported and :class:`~teleworkrules.inputs.contract.TableStopped` raised: none of the
    table's rows count. The file is closed when the rows end or are given up.
    """
    with handle, _field_limit(limits.max_cell):
        number = 1
        while True:
            lines.next_record(number + 1)
            try:
                cells = next(reader, None)
            except csv.Error as exc:
                number += 1
                if not str(exc).startswith(_LONG_FIELD):
                    problems.append(_malformed(table, number, exc, "csv_rest"))
                    return
                problems.append(_long_cell(table, number, limits))
                continue
            except Stop as stop:
                problems.append(stop.args[0])
                raise TableStopped from None
            except (OSError, UnicodeDecodeError) as exc:  # the file changed while read
                problems.append(Problem.of(table, 0, "", str(exc), "readable_file"))
                raise TableStopped from None
            if cells is None:
                return
            number += 1
            if number > limits.max_rows:
                problems.append(too_many_rows(table, number, limits, "table_rows"))
                raise TableStopped
            if len(cells) > limits.max_columns:  # quotes in unquoted cells: counted here
                problems.append(wide(table, number, ",".join(cells[:20]), limits))
                raise TableStopped
            yield number, tuple(cells)


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
