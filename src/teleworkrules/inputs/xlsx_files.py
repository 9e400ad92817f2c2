"""Reading a dataset from one Excel workbook (``.xlsx``).

The workbook's sheet names are the table names of the data contract (``staff``,
``telework``, ...) or their Dutch names (``personeel``, ``thuiswerk``, ...), compared
without case and surrounding spaces (:func:`~teleworkrules.inputs.contract.table_name`).
Another sheet is a problem naming it, with the accepted names and the closest one: nothing
in the workbook is silently left out. A hidden or very hidden sheet that is a table is
read, with a note saying so. Like the CSV reader, this module only turns the file into
:class:`~teleworkrules.inputs.contract.RawTable` s and reports what cannot be read;
:func:`~teleworkrules.inputs.validate.build_dataset` validates the content.

Cells keep their type (text, whole and decimal numbers, dates, booleans); row numbers are
those the spreadsheet shows, and the header is the first non-empty row of a sheet.

Formulas: the workbook is opened with ``data_only=True``, so a formula cell reads as the
value the spreadsheet program cached when it last saved the file. A formula without a
cached value (a file written by a program that does not calculate and never opened in a
spreadsheet program since) reads as an empty cell.

Hostile files: the workbook is parsed by openpyxl with defusedxml (XML entity attacks are
refused), and before openpyxl opens it the archive itself is checked: a file that is not
a zip archive, an archive that would unpack to more than :data:`MAX_UNCOMPRESSED` bytes,
a large member compressed more than :data:`MAX_COMPRESSION_RATIO` times (a zip bomb), a
sheet with more rows than :attr:`~teleworkrules.inputs.limits.Limits.max_rows`, and a sheet
wider than :attr:`~teleworkrules.inputs.limits.Limits.max_columns` (as its dimension says,
or as a row is) are each reported as a problem naming the file or sheet. A row is checked
for its width before openpyxl pads it with empty cells: one cell in column XFD never makes
the reader build 16,384 cells.

Needs the optional dependencies openpyxl and defusedxml:
``pip install 'teleworkrules[xlsx]'``.

References:
    https://openpyxl.readthedocs.io/en/stable/optimized.html (read-only mode)
    https://openpyxl.readthedocs.io/en/stable/tutorial.html#loading-from-a-file (data_only)
"""

from __future__ import annotations

import contextlib
import warnings
import zipfile
from pathlib import Path
from typing import Final

from teleworkrules._openpyxl import INSTALL_HINT, openpyxl_module
from teleworkrules.inputs.contract import (
    TABLES,
    RawTable,
    name_as_written,
    table_name,
    unknown_table,
)
from teleworkrules.inputs.limits import (
    MAX_CELL,
    MAX_ROWS,
    Limits,
    NotRegularError,
    open_regular,
    regular_size,
)
from teleworkrules.inputs.sheets import read_sheet
from teleworkrules.problems import Note, Problem, os_problem

__all__ = [
    "INSTALL_HINT",
    "MAX_CELL",
    "MAX_COMPRESSION_RATIO",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED",
    "RATIO_FROM",
    "check_archive",
    "read_xlsx_tables",
]

MAX_UNCOMPRESSED: Final = 500_000_000
"""The largest total size of a workbook's unpacked archive members, in bytes."""
MAX_COMPRESSION_RATIO: Final = 100
"""The highest compression ratio accepted for a member larger than :data:`RATIO_FROM`."""
RATIO_FROM: Final = 1_000_000
"""Members up to this size (bytes, unpacked) may be compressed any amount."""

_OLE2_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_HIDDEN: Final = {"hidden": "hidden_sheet", "veryHidden": "very_hidden_sheet"}
"""The note of each state of a sheet the spreadsheet program does not show."""


def check_archive(path: Path) -> Problem | None:
    """A problem when ``path`` is no zip archive or would unpack to too much."""
    name = path.name
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(_OLE2_MAGIC))
        if magic == _OLE2_MAGIC:
            return Problem.measured(name, 0, "", "xls", "old_workbook")
        if not zipfile.is_zipfile(path):
            return Problem.measured(name, 0, "", "zip", "not_zip")
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except OSError as exc:
        return os_problem(name, "readable_workbook", exc)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        return Problem.of(name, 0, "", str(exc), "readable_workbook")
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED:
        return Problem.measured(
            name, 0, "", "unpacked_size", "unpacked", size=total, limit=MAX_UNCOMPRESSED
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FROM and ratio > MAX_COMPRESSION_RATIO:
            return Problem.measured(
                name,
                0,
                "",
                "compression",
                "compressed",
                member=member.filename,
                size=member.file_size,
                count=round(ratio),
                ratio=MAX_COMPRESSION_RATIO,
            )
    return None


def _describe(exc: BaseException) -> str:
    """The error and its root cause, each as ``Type: first line``.

    openpyxl wraps parse errors (e.g. defusedxml's ``EntitiesForbidden``) in a generic
    ``ValueError``; the root cause is what tells what is wrong with the file.
    """

    def one(error: BaseException) -> str:
        lines = str(error).strip().splitlines()
        return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__

    root, seen = exc, {id(exc)}
    while (cause := root.__cause__ or root.__context__) is not None and id(cause) not in seen:
        root = cause
        seen.add(id(cause))
    return one(exc) if root is exc else f"{one(root)} ({one(exc)})"


def read_xlsx_tables(
    path: Path, *, limits: Limits | None = None
) -> tuple[list[RawTable], list[Problem], list[Note]]:
    """Read every table sheet of the workbook ``path``; returns tables, reading problems and notes.

    The contract of :func:`~teleworkrules.inputs.csv_files.read_csv_folder`, for one workbook: a
    sheet per table, typed cells, the spreadsheet's own row numbers. Formula cells read as
    the value last cached by the spreadsheet program; without a cached value, as empty.
    A file that is no workbook or no regular file, a zip bomb, a workbook over
    ``limits.max_bytes`` or a sheet with too many rows or columns is a problem, not an
    exception. ``limits`` defaults to ``MAX_ROWS`` and ``MAX_CELL`` of this module
    and the other defaults of :class:`~teleworkrules.inputs.limits.Limits`.

    Raises:
        XlsxUnavailableError: openpyxl or defusedxml is not installed.
    """
    openpyxl = openpyxl_module(reading=True)
    path = Path(path)
    if limits is None:  # read at call time: tests lower the module's limits
        limits = Limits(max_cell=MAX_CELL, max_rows=MAX_ROWS)
    try:
        size = regular_size(path)
    except NotRegularError:
        return [], [Problem.of(path.name, 0, "", path.name, "regular_file")], []
    except OSError as exc:
        return [], [os_problem(path.name, "readable_workbook", exc)], []
    if size > limits.max_bytes:
        over = Problem.measured(
            path.name, 0, "", "input_size", "bytes", size=size, limit=limits.max_bytes
        )
        return [], [over], []
    refused = check_archive(path)
    if refused is not None:
        return [], [refused], []
    tables: list[RawTable] = []
    problems: list[Problem] = []
    notes: list[Note] = []
    # The file is opened here, and closed here even when openpyxl gives up half-way.
    with warnings.catch_warnings(record=True) as caught, contextlib.ExitStack() as opened:
        warnings.simplefilter("always")
        try:
            handle = opened.enter_context(open_regular(path))
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        # openpyxl raises many kinds of errors on a malformed or hostile file (KeyError for
        # a missing part, ValueError, XML parse errors, defusedxml's refusals): each one
        # means the file cannot be read.
        except Exception as exc:
            return (
                [],
                [Problem.of(path.name, 0, "", _describe(exc), "valid_workbook")],
                [],
            )
        try:
            first_sheet: dict[str, str] = {}
            for title in workbook.sheetnames:
                found = table_name(str(title))
                origin = f"{path} (sheet {title})"
                if found is None:
                    problems.append(unknown_table(path.name, str(title), "sheet"))
                    continue
                name = found
                if name in first_sheet:
                    problems.append(
                        Problem.measured(
                            name,
                            0,
                            "",
                            "sheet_once",
                            "two_sheets",
                            first=repr(first_sheet[name]),
                            second=repr(str(title)),
                        )
                    )
                    continue
                first_sheet[name] = str(title)
                sheet = workbook[title]
                state = getattr(sheet, "sheet_state", "visible")
                if state in _HIDDEN:
                    notes.append(Note.of(origin, _HIDDEN[state], table=name))
                if not hasattr(sheet, "iter_rows"):
                    problems.append(
                        Problem.measured(
                            name, 0, "", "sheet_cells", "chart", sheet=repr(str(title))
                        )
                    )
                    continue
                since = len(problems)
                try:
                    table = read_sheet(sheet, name, origin, problems, limits)
                except Exception as exc:  # a malformed sheet, as above
                    problems.append(
                        Problem.of(name, 0, "", _describe(exc), "readable_sheet", sheet=repr(title))
                    )
                    continue
                finally:
                    name_as_written(problems, since, str(title), name)
                if table is not None:
                    tables.append(table)
        finally:
            workbook.close()
    for message in dict.fromkeys(str(w.message) for w in caught):
        notes.append(Note.of(str(path), "openpyxl", message=message))
    # Tables in the order of the data contract, whatever the order of the sheets.
    order = {name: i for i, name in enumerate(TABLES)}
    tables.sort(key=lambda t: order[t.name])
    return tables, problems, notes
