"""Reading one worksheet of a workbook into a raw table, in bounded memory.

Part of :mod:`~teleworkrules.inputs.xlsx_files`: cells keep their type, row numbers are
those the spreadsheet shows, the header is the first non-empty row. A sheet wider than
:attr:`~teleworkrules.inputs.limits.Limits.max_columns` (as its dimension says, or as a
row is) or longer than :attr:`~teleworkrules.inputs.limits.Limits.max_rows` is a problem;
a row is checked for its width before openpyxl pads it with empty cells, so one cell in
column XFD never makes the reader build 16,384.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Any, Final, Protocol

from teleworkrules.inputs.contract import Cell, RawTable, shown
from teleworkrules.inputs.limits import Limits, too_many_rows
from teleworkrules.problems import Problem

__all__ = ["Sheet", "column_letter", "read_sheet"]


class Sheet(Protocol):
    """The part of openpyxl's read-only worksheet used here."""

    max_column: int | None
    title: str

    def reset_dimensions(self) -> None:
        """Forget the dimension the file declares."""

    def iter_rows(self, *, max_col: int | None = None) -> Iterator[tuple[Any, ...]]:
        """The rows, each a tuple of cells (up to ``max_col`` if given)."""


def column_letter(position: int) -> str:
    """The spreadsheet letter of the 0-based column ``position`` (0 is A)."""
    letters = ""
    number = position + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class _BadRow(Exception):
    """A row that cannot be passed on; the argument is the problem."""


def _cells(
    cells: Iterable[Any], table: str, number: int, header: tuple[str, ...], max_cell: int
) -> list[Cell]:
    """The typed values of one row, trailing empty cells dropped."""
    values: list[Cell] = []
    for position, cell in enumerate(cells):
        value = cell.value
        kind = value.__class__
        if kind is str:
            if cell.data_type == "e":
                raise _BadRow(
                    _cell_problem(table, number, header, position, value, "error", max_cell)
                )
            if len(value) > max_cell:
                raise _BadRow(
                    _cell_problem(table, number, header, position, value, "long", max_cell)
                )
        elif kind is float:
            if not math.isfinite(value):
                raise _BadRow(
                    _cell_problem(table, number, header, position, value, "number", max_cell)
                )
        elif kind is time or kind is timedelta:
            # Not a value of the contract: passed on as text, so validation reports it.
            value = value.isoformat() if kind is time else str(value)
        elif not (value is None or kind in (int, bool, datetime, date)):
            value = str(value)
        values.append(value)
    while values and values[-1] is None:
        values.pop()
    return values


_CELL_EXPECTED: Final = {"error": "cell_error", "long": "long_cell", "number": "finite"}
"""The text code of each kind of unusable cell."""


def _cell_problem(
    table: str,
    number: int,
    header: tuple[str, ...],
    position: int,
    value: object,
    why: str,
    max_cell: int,
) -> Problem:
    named = position < len(header) and header[position]
    column = shown(header[position]) if named else column_letter(position)
    if why == "long":
        return Problem.measured(table, number, column, "long_cell", "long_cell", limit=max_cell)
    return Problem.of(table, number, column, shown(value), _CELL_EXPECTED[why])


def _header(
    values: list[Cell], table: str, number: int, problems: list[Problem]
) -> tuple[str, ...] | None:
    """The header row as text; numbers, dates and booleans in it are problems."""
    bad = [
        Problem.of(table, number, column_letter(position), shown(value), "header_text")
        for position, value in enumerate(values)
        if value is not None and not isinstance(value, str)
    ]
    if bad:
        problems.extend(bad)
        return None
    return tuple("" if value is None else str(value) for value in values)


class _Wide(Exception):
    """A row wider than the limit; the argument is its widest column (1-based)."""


def _bounded(sheet: Sheet, limit: int) -> int | None:
    """Make openpyxl refuse a row wider than ``limit`` columns before padding it.

    openpyxl's read-only sheet pads each row with empty cells up to its last column
    (``_get_row``): one cell in column XFD would make it build 16,384. The hook looks at
    the cells parsed (in any order) first, raises :class:`_Wide` past ``limit`` and pads
    only up to the widest cell, so no cell is dropped either. Returns the ``max_col`` to
    iterate with: ``None`` when hooked, else ``limit + 1`` (openpyxl's public bound, which
    pads every row to it).
    """
    original = getattr(sheet, "_get_row", None)
    if not callable(original):  # pragma: no cover - openpyxl without the hook
        return limit + 1

    def get_row(
        row: list[dict[str, Any]],
        min_col: int = 1,
        max_col: int | None = None,
        values_only: bool = False,
    ) -> tuple[Any, ...]:
        widest = max((cell["column"] for cell in row), default=0)
        if widest > limit:
            raise _Wide(widest)
        return original(row, min_col, max_col or widest or None, values_only)  # type: ignore[no-any-return]

    sheet._get_row = get_row  # type: ignore[attr-defined]
    return None


def read_sheet(
    sheet: Sheet, table: str, origin: str, problems: list[Problem], limits: Limits
) -> RawTable | None:
    """The raw table of ``sheet``, or ``None`` with ``problems`` when it cannot be read."""
    declared = sheet.max_column
    if declared is not None and declared > limits.max_columns:
        problems.append(
            Problem.measured(
                table,
                0,
                "",
                "wide_sheet",
                "sheet_columns",
                size=declared,
                letter=column_letter(declared - 1),
                limit=limits.max_columns,
            )
        )
        return None
    # The <dimension> a file declares may be wrong: read every row there is instead.
    sheet.reset_dimensions()
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    number = 0
    cells_of = sheet.iter_rows(max_col=_bounded(sheet, limits.max_columns))
    while True:
        try:
            cells = next(cells_of, None)
        except _Wide as wide:
            column = wide.args[0]
            code = "wide_header" if header is None else "wide_row"
            letter = column_letter(column - 1)
            problems.append(
                Problem.measured(
                    table, number + 1, "", code, "cell_in", letter=letter, limit=limits.max_columns
                )
            )
            return None
        if cells is None:
            break
        number += 1
        if number > limits.max_rows:
            problems.append(too_many_rows(table, number, limits, "sheet_rows"))
            return None
        if not cells:
            continue
        if len(cells) > limits.max_columns:  # openpyxl without the hook: padded to the bound
            cells = cells[: limits.max_columns + 1]
            if cells[-1].value is not None:
                letter = column_letter(limits.max_columns)
                code = "wide_header" if header is None else "wide_row"
                problems.append(
                    Problem.measured(
                        table, number, "", code, "cell_in", letter=letter, limit=limits.max_columns
                    )
                )
                return None
        try:
            values = _cells(cells, table, number, header or (), limits.max_cell)
        except _BadRow as bad:
            problems.append(bad.args[0])
            if header is None:
                return None
            continue
        if not values or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if header is None:
            header = _header(values, table, number, problems)
            if header is None:
                return None
            continue
        rows.append((number, tuple(values)))
    if header is None:
        problems.append(Problem.measured(table, 0, "", "header", "empty_sheet"))
        return None
    return RawTable(table, origin, header, rows, written=sheet.title)
