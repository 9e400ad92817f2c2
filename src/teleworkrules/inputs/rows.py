"""Reading one table of the data contract: its header and rows into checked values.

A header that cannot be used (no names, semicolons, a column twice, a required column
missing) gives no rows; a row with a bad cell, or two cells that disagree, is a problem and
left out. An empty line is no row, and no problem.

A required column that is missing while the header has a column it does not know names
the closest known name (``difflib.get_close_matches`` over the table's column names
and their Dutch aliases): ``datum_indiensttreding`` is probably ``hire_date``.
"""

from __future__ import annotations

import collections
import difflib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Final

from teleworkrules.inputs.cells import BadCell, text
from teleworkrules.inputs.contract import (
    ALIASES,
    TABLES,
    Column,
    RawTable,
    TableStopped,
    column_name,
    extra_columns_note,
    shown,
)
from teleworkrules.problems import Note, Problem

__all__ = ["ROWS", "Known", "Row", "read_table"]

_CLOSE: Final = 0.6
"""How alike an unknown column name and a known one must be to be suggested (0..1)."""

_NEW: Final = object()
"""No value kept yet for a cell's text."""

_PERIODS: Final = {
    "staff": ("hire_date", "exit_date"),
    "telework": ("start", "end"),
    "internet": ("start", "end"),
    "absences": ("start", "end"),
}
"""The tables whose rows hold a period: its first and last day's columns."""


class Row(tuple[Any, ...]):
    """One valid row: its table, its row number and its converted values.

    A named tuple of the row number and the table's columns, one class per table
    (``ROWS``): a tuple is about a third of the memory of an object with a dict of
    values, and a dataset holds every row until its facts are built.
    """

    __slots__ = ()
    table: ClassVar[str]
    """The table of the contract."""
    number: int
    """The row number a spreadsheet shows (the header is row 1)."""

    @property
    def values(self) -> Any:  # noqa: ANN401  # a named tuple per table
        """The converted values, read by column name: ``row.values.start``."""
        return self


ROWS: Final[Mapping[str, type[Row]]] = {
    table: type(
        f"{table}_row",
        (collections.namedtuple(f"{table}_row", ["number", *(c.name for c in columns)]), Row),
        {"__slots__": (), "table": table},
    )
    for table, columns in TABLES.items()
}
"""The row class of each table of the contract."""


Known = dict[Callable[[Any], Any], dict[Any, Any]]
"""The values of cell texts converted so far, by converter: one per dataset, as a text
converts the same way in every column with the same converter (ids, dates, amounts)."""


def read_table(
    table: RawTable,
    problems: list[Problem],
    notes: list[Note],
    ids: set[str] | None = None,
    known: Known | None = None,
) -> list[Row] | None:
    """The valid rows of one table; ``None`` when its header cannot be used (no rows).

    Every row is read once, even under an unusable header, so that the reader finds the
    problems of the whole file. ``ids``, if given, gets the ``employee_id`` text of every
    row, valid or not: validation tells a row that refers to an invalid staff row from
    one that refers to nobody. ``known``, if given, holds the cell texts converted so far
    by each converter, for the tables of one dataset to share (:data:`Known`).

    Raises:
        TableStopped: reading the rows stopped (the reader reported why); nothing of the
            table is reported or kept, as if it had not been read.
    """
    found: list[Problem] = []
    noted: list[Note] = []
    try:
        rows = _rows_of(table, found, noted, ids, {} if known is None else known)
    except TableStopped:
        if ids is not None:
            ids.clear()
        raise
    problems.extend(found)
    notes.extend(noted)
    return rows


def _rows_of(
    table: RawTable, problems: list[Problem], notes: list[Note], ids: set[str] | None, known: Known
) -> list[Row] | None:
    columns = {c.name: c for c in TABLES[table.name]}
    header = _header(table, columns, problems)
    if header is None:
        for _ in table.rows:  # the reader's problems of the whole file
            pass
        return None
    extra = [table.header[i] for i, name in enumerate(header) if name not in columns]
    if extra:
        notes.append(extra_columns_note(table.origin, extra))
    slots = {name: i for i, name in enumerate(columns, start=1)}
    plan: list[tuple[int, Column, int, dict[str, Any]]] = [
        (position, columns[name], slots[name], known.setdefault(columns[name].convert, {}))
        for position, name in enumerate(header)
        if name in columns
    ]
    # The row number, then every column's default; the file's columns are replaced.
    defaults = [0, *(column.default for column in columns.values())]
    row_of = ROWS[table.name]
    seen = set() if ids is None else ids
    at = header.index("employee_id") if ids is not None and "employee_id" in header else None
    rows: list[Row] = []
    for number, cells in table.rows:
        if at is not None and at < len(cells):
            seen.add(text(cells[at]))
        row = _read_row(table.name, number, cells, len(header), plan, defaults, row_of, problems)
        if row is not None and _check_row(row, problems):
            rows.append(row)
    return rows


def _header(
    table: RawTable, columns: Mapping[str, Column], problems: list[Problem]
) -> list[str] | None:
    """The contract's column names of the header, or ``None`` (with problems) if unusable."""
    header = [column_name(str(h) if h is not None else "") for h in table.header]
    if not any(header):
        problems.append(Problem.of(table.name, 1, "", "", "header"))
        return None
    if len(header) == 1 and ";" in header[0]:
        problems.append(Problem.of(table.name, 1, "", shown(table.header[0]), "semicolons"))
        return None
    seen: set[str] = set()
    for position, name in enumerate(header):
        if name in seen:
            problems.append(
                Problem.of(
                    table.name, 1, shown(name), shown(table.header[position]), "column_twice"
                )
            )
        seen.add(name)
    missing = [c.name for c in columns.values() if c.required and c.name not in seen]
    unknown = {
        name: str(table.header[position])
        for position, name in enumerate(header)
        if name and name not in columns
    }
    meant = _meant(missing, list(unknown), columns) if unknown else {}
    for name in missing:
        if name in meant:
            found, names = meant[name]
            problems.append(
                Problem.of(
                    table.name,
                    1,
                    name,
                    "",
                    "required_column_meant",
                    name=name,
                    found=unknown[found],
                    names=names,
                )
            )
        else:
            problems.append(Problem.of(table.name, 1, name, "", "required_column", name=name))
    if missing or len(seen) != len(header):
        return None
    return header


def _meant(
    missing: Sequence[str], unknown: Sequence[str], columns: Mapping[str, Column]
) -> dict[str, tuple[str, str]]:
    """For missing columns, the unknown header name probably meant, and the names to use.

    Each unknown name is matched against the table's column names and their Dutch aliases;
    it is suggested for a missing column when that is the closest known name. Each missing
    column gets the unknown name closest to it, each unknown name serves one column. The
    names to use are the column's name and its first Dutch alias, if it has one.

    >>> from teleworkrules.inputs.contract import TABLES
    >>> staff = {c.name: c for c in TABLES["staff"]}
    >>> _meant(["hire_date"], ["datum_indiensttreding"], staff)
    {'hire_date': ('datum_indiensttreding', 'hire_date (datum_in_dienst)')}
    """
    known = {name: name for name in columns}
    known.update((alias, name) for alias, name in ALIASES.items() if name in columns)
    pairs: list[tuple[float, str, str]] = []
    for name in unknown:
        close = difflib.get_close_matches(name, list(known), n=1, cutoff=_CLOSE)
        if close and known[close[0]] in missing:
            score = difflib.SequenceMatcher(None, name, close[0]).ratio()
            pairs.append((score, name, known[close[0]]))
    meant: dict[str, tuple[str, str]] = {}
    for _, name, column in sorted(pairs, key=lambda p: -p[0]):
        if column not in meant:
            alias = next((a for a, target in ALIASES.items() if target == column), "")
            meant[column] = (name, f"{column} ({alias})" if alias else column)
    return meant


def _read_row(
    table: str,
    number: int,
    cells: tuple[Any, ...],
    width: int,
    plan: list[tuple[int, Column, int, dict[str, Any]]],
    defaults: list[Any],
    row_of: type[Row],
    problems: list[Problem],
) -> Row | None:
    """One row's converted values, or ``None`` (with problems) if a cell is bad.

    An empty line is no row, and no problem. Each column converts a text once: its value
    is kept for the next cell with the same text (dates, months and choices repeat a lot).
    Only texts are kept: a spreadsheet's ``True``, ``1`` and ``1.0`` are equal keys.
    """
    count = len(cells)
    if count > width and any(text(c) for c in cells[width:]):
        cut = shown(",".join(text(c) for c in cells[: width + 1]))
        problems.append(Problem.of(table, number, "", cut, "row_width", width=width))
        return None
    values = defaults.copy()
    values[0] = number
    missing: list[str] = []
    bad: list[Problem] = []
    for position, column, slot, known in plan:
        cell = cells[position] if position < count else None
        if cell.__class__ is str:
            found = known.get(cell, _NEW)
            if found is not _NEW:
                values[slot] = found
                continue
            cell = cell.strip()
            if not cell:
                cell = None
        if cell is None:
            if column.required:
                missing.append(column.name)
            values[slot] = column.default
            continue
        try:
            value = values[slot] = column.convert(cell)
            if cells[position].__class__ is str:
                known[cells[position]] = value
        except BadCell as exc:
            bad.append(Problem.of(table, number, column.name, text(cell), exc.code, **exc.values))
    if missing:
        if not bad and all(text(c) == "" for c in cells):
            return None
        bad.extend(Problem.of(table, number, name, "", "required") for name in missing)
    if bad:
        problems.extend(bad)
        return None
    return tuple.__new__(row_of, values)


def _check_row(row: Row, problems: list[Problem]) -> bool:
    """Checks that involve two cells of one row."""
    values = row.values
    if row.table in _PERIODS:
        first, last = _PERIODS[row.table]
        start, end = getattr(values, first), getattr(values, last)
        if end is not None and end < start:
            day = start.isoformat()
            problems.append(
                Problem.of(
                    row.table,
                    row.number,
                    last,
                    end.isoformat(),
                    "date_order",
                    first=first,
                    day=day,
                )
            )
            return False
    if row.table == "telework_days" and values.days > values.month.days:
        month = values.month
        problems.append(
            Problem.of(
                row.table,
                row.number,
                "days",
                str(values.days),
                "month_days",
                days=month.days,
                month=month,
            )
        )
        return False
    return True
