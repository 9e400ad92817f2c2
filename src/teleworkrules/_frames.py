"""Records to DataFrames: pandas and polars, imported only when a frame is asked for.

Neither is a dependency of teleworkrules: they are the optional extras ``pandas`` and
``polars`` (``pip install 'teleworkrules[pandas]'``). A missing one raises
:class:`~teleworkrules.exceptions.FrameUnavailableError` naming the extra to install.

Money stays exact in a frame:

* pandas: money columns hold :class:`~decimal.Decimal` objects (``object`` dtype), so
  ``df["amount"].sum()`` is the exact :class:`~decimal.Decimal` total. ``mean()`` on such a
  column returns a float (pandas divides in floating point); for an exact average divide
  the sum: ``df["amount"].sum() / len(df)``.
* polars: money columns are ``pl.Decimal(scale=2)``; ``sum()`` is an exact decimal and
  ``mean()`` a float.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from teleworkrules.exceptions import FrameUnavailableError

__all__ = ["Columns", "to_pandas", "to_pandas_columns", "to_polars", "to_polars_columns"]

Columns = Mapping[str, Sequence[object]]
"""A table as one list of values per column name, in column order."""


def _module(name: str) -> Any:  # noqa: ANN401  # pandas or polars, optional
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise FrameUnavailableError(
            f"a {name} DataFrame needs {name}, which is not installed: "
            f"pip install 'teleworkrules[{name}]'"
        ) from error


def to_pandas(records: Iterable[Mapping[str, object]], columns: Sequence[str]) -> Any:  # noqa: ANN401  # a pandas DataFrame (pandas is optional)
    """A pandas DataFrame of ``records`` with ``columns`` in this order.

    Money stays :class:`~decimal.Decimal` (an ``object`` column), so sums are exact.
    """
    rows = list(records)
    return to_pandas_columns({name: [row[name] for row in rows] for name in columns})


def to_pandas_columns(data: Columns) -> Any:  # noqa: ANN401  # a pandas DataFrame
    """A pandas DataFrame of columns ``data`` (money as :class:`~decimal.Decimal` objects)."""
    pd = _module("pandas")
    return pd.DataFrame(dict(data))


def to_polars(
    records: Iterable[Mapping[str, object]],
    columns: Sequence[str],
    *,
    money: Collection[str] = (),
    integers: Collection[str] = (),
    booleans: Collection[str] = (),
) -> Any:  # noqa: ANN401  # a polars DataFrame (polars is optional)
    """A polars DataFrame of ``records`` with ``columns`` in this order.

    Columns in ``money`` are ``pl.Decimal(scale=2)``, columns in ``integers`` ``pl.Int64``,
    columns in ``booleans`` ``pl.Boolean`` and the other columns text (``pl.String``), also
    when there are no records.
    """
    rows = list(records)
    data = {name: [row[name] for row in rows] for name in columns}
    return to_polars_columns(data, money=money, integers=integers, booleans=booleans)


def to_polars_columns(
    data: Columns,
    *,
    money: Collection[str] = (),
    integers: Collection[str] = (),
    booleans: Collection[str] = (),
) -> Any:  # noqa: ANN401  # a polars DataFrame (polars is optional)
    """A polars DataFrame of columns ``data``, typed as :func:`to_polars` says."""
    pl = _module("polars")

    def dtype(name: str) -> Any:  # noqa: ANN401  # a polars data type
        if name in money:
            return pl.Decimal(scale=2)
        if name in integers:
            return pl.Int64
        return pl.Boolean if name in booleans else pl.String

    # Money goes in as text and is cast in polars: building a decimal column from
    # Python Decimal objects is an order of magnitude slower.
    text = {name: [None if v is None else str(v) for v in data[name]] for name in money}
    frame = pl.DataFrame(
        {name: text.get(name, values) for name, values in data.items()},
        schema={name: pl.String if name in money else dtype(name) for name in data},
    )
    return frame.with_columns(pl.col(name).cast(dtype(name)) for name in money if name in data)
