"""Tables from Python: a mapping from table name to rows, read into raw tables.

The rows of a table are an iterable of mappings (one dict per row) or a pandas or polars
DataFrame. A DataFrame is recognised by its type's module and methods, never by
importing pandas or polars: neither is a dependency. The header is the frame's columns in
order, or for dicts the union of their keys in first-seen order (a key a row lacks is an
empty cell).

Row numbers are the 1-based position of the row: the first dict or frame row is row 1
(there is no header row, unlike a CSV file, whose first data row is row 2).

Cells may be Python, numpy or pandas values; :func:`cell` turns each into a
:data:`~teleworkrules.inputs.cells.Cell` the converters read, as a workbook's typed
cells are read:

- ``None``, NaN, ``NaT`` and ``pd.NA`` are empty;
- datetimes, pandas ``Timestamp`` s and numpy ``datetime64`` are dates when at midnight
  without a time zone; a time of day or a time zone is a problem (``date_time``);
- numpy integers, floats and booleans are numbers and booleans; a float is read from its
  shortest decimal text (``0.1`` is ``0.1``, never ``0.1000000000000000055...``), an
  integral float as an integer (``1001.0`` is the id ``1001``);
- a :class:`~teleworkrules.time.Month` is its ``YYYY-MM`` text; anything else its text,
  so validation reports what it cannot use.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from teleworkrules.inputs.contract import Cell, RawTable, shown, table_name, unknown_table
from teleworkrules.inputs.limits import Limits
from teleworkrules.problems import Note, Problem
from teleworkrules.time import Month

__all__ = ["cell", "read_python_tables"]

_PLAIN: Final = frozenset({str, int, bool, Decimal, date, type(None)})
"""Types passed on as they are (exact types: subclasses are normalised)."""

_EXACT_FLOAT: Final = 2.0**53
"""Integral floats below this are integers exactly."""


def _float(value: float, digits: str) -> Cell:
    """A float as an integer when integral, else the Decimal of its shortest text."""
    if math.isnan(value):
        return None
    if math.isinf(value):
        return digits
    if value.is_integer() and abs(value) < _EXACT_FLOAT:
        return int(value)
    return Decimal(digits)


def _datetime(value: datetime) -> Cell:
    """A plain datetime (a pandas Timestamp's nanoseconds are refused as its text)."""
    if getattr(value, "nanosecond", 0):
        return str(value)
    return datetime(
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
        tzinfo=value.tzinfo,
    )


def _numpy(value: Any) -> Cell:  # noqa: ANN401 - numpy is never imported
    """A numpy scalar as the Python value it stands for."""
    kind = getattr(getattr(value, "dtype", None), "kind", "")
    if kind == "b":
        return bool(value)
    if kind in ("i", "u"):
        return int(value)
    if kind == "f":
        return _float(float(value), str(value))  # numpy's str is the shortest for its width
    if kind == "M":
        if value != value:  # NaT
            return None
        micro = value.astype("datetime64[us]")
        found = micro.item()
        if micro != value or not isinstance(found, datetime):  # below a microsecond, or far
            return str(value)
        return found
    if hasattr(value, "item"):
        return cell(value.item())
    return str(value)  # pragma: no cover - every numpy scalar has item()


def cell(value: object) -> Cell:
    """A Python, numpy or pandas value as a :data:`~teleworkrules.inputs.cells.Cell`.

    >>> cell(float("nan")) is None, cell(0.1), cell(1001.0), cell(Month("2023-04"))
    (True, Decimal('0.1'), 1001, '2023-04')
    """
    kind = value.__class__
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    if isinstance(value, float):
        return _float(value, repr(float(value)))
    module = kind.__module__
    if module.startswith("pandas") and kind.__name__ in ("NAType", "NaTType"):
        return None  # pd.NaT is a datetime too
    if isinstance(value, datetime):
        return _datetime(value)
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, bool | int):
        return int(value)
    if isinstance(value, Decimal):
        return Decimal(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, Month):
        return str(value)
    if module == "numpy":
        return _numpy(value)
    return str(value)


def _frame(rows: object) -> tuple[list[object], Iterator[tuple[Any, ...]]] | None:
    """The columns and row tuples of a pandas or polars DataFrame, else ``None``."""
    module = rows.__class__.__module__
    frame: Any = rows
    if module.startswith("pandas") and hasattr(rows, "iloc"):
        # numpy scalars, not Python floats: a float32 keeps its shortest text.
        count = len(frame.columns)
        columns = [frame.iloc[:, k].to_numpy() for k in range(count)]
        return list(frame.columns), zip(*columns, strict=True)
    if module.startswith("polars") and hasattr(rows, "iter_rows"):
        return list(frame.columns), zip(*map(_polars_column, frame.get_columns()), strict=True)
    return None


def _polars_column(series: Any) -> list[Any]:  # noqa: ANN401 - polars is never imported
    """A polars column's values; a Float32 one read from its shortest text."""
    values: list[Any] = series.to_list()
    if str(series.dtype) != "Float32":
        return values
    texts = series.cast(str).to_list()
    return [None if v is None else _float(v, t) for v, t in zip(values, texts, strict=True)]


def _dicts(name: str, rows: object) -> tuple[list[object], Iterator[tuple[Any, ...]]]:
    """The union of the keys (first seen first) and the row tuples of dict rows."""
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise TypeError(
            f"table {name!r}: rows must be an iterable of mappings or a pandas or polars "
            f"DataFrame, not {type(rows).__name__}"
        )
    found = list(rows)
    keys: dict[object, None] = {}
    for number, row in enumerate(found, 1):
        if not isinstance(row, Mapping):
            raise TypeError(
                f"table {name!r}: row {number} must be a mapping, not {type(row).__name__}"
            )
        keys.update(dict.fromkeys(row))
    header = list(keys)
    return header, (tuple(row.get(key) for key in header) for row in found)


def _table(
    name: str, origin: str, rows: object, problems: list[Problem], limits: Limits
) -> RawTable | None:
    """One table's raw rows, or ``None`` (with a problem) when over a limit."""
    frame = _frame(rows)
    columns, tuples = frame if frame is not None else _dicts(origin, rows)
    if len(columns) > limits.max_columns:
        problems.append(
            Problem.measured(
                name, 0, "", "wide_header", "columns", size=len(columns), limit=limits.max_columns
            )
        )
        return None
    header = tuple(str(column) for column in columns)
    raw: list[tuple[int, tuple[Cell, ...]]] = []
    for number, values in enumerate(tuples, 1):
        if number >= limits.max_rows:  # the limit counts a header row, as in a file
            problems.append(
                Problem.measured(
                    name,
                    number,
                    "",
                    "table_rows",
                    "rows",
                    size=limits.max_rows - 1,
                    limit=limits.max_rows,
                )
            )
            return None
        cells = tuple(cell(value) for value in values)
        long = next(
            (
                position
                for position, value in enumerate(cells)
                if isinstance(value, str) and len(value) > limits.max_cell
            ),
            None,
        )
        if long is not None:
            column = shown(header[long]) if long < len(header) else ""
            problems.append(
                Problem.measured(
                    name, number, column, "long_cell", "long_cell", limit=limits.max_cell
                )
            )
            continue
        raw.append((number, cells))
    return RawTable(name, origin, header, raw, written=origin)


def read_python_tables(
    tables: Mapping[str, object], *, limits: Limits
) -> tuple[list[RawTable], list[Problem], list[Note]]:
    """Raw tables from a mapping of table name (contract or Dutch, any case) to rows.

    A name that is no table, or a second name for a table already given, is a problem.

    Raises:
        TypeError: a table's rows are not an iterable of mappings nor a DataFrame.
    """
    found: list[RawTable] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for key, rows in tables.items():
        origin = str(key)
        name = table_name(origin)
        if name is None:
            problems.append(unknown_table("tables", origin, "sheet"))
            continue
        if name in seen:
            problems.append(Problem.of(name, 0, "", shown(origin), "sheet_once"))
            continue
        seen[name] = origin
        table = _table(name, origin, rows, problems, limits)
        if table is not None:
            found.append(table)
    return found, problems, []
