"""Cell converters: one cell as a reader gives it into the value of a fact.

A converter returns the value or raises :class:`BadCell` with the code of the catalogue
text saying what was expected (``problem.<code>``) and that text's values; validation turns
it into a :class:`~teleworkrules.problems.Problem` with the table, row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Final

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.facts import is_identifier
from teleworkrules.time import Month

__all__ = [
    "BadCell",
    "Cell",
    "between",
    "boolean",
    "choice",
    "day",
    "identifier",
    "money",
    "month",
    "month_or_day",
    "number",
    "text",
]

Cell = str | int | float | Decimal | date | datetime | bool | None
"""A cell as a reader gives it (text from CSV, typed values from a workbook)."""


class BadCell(Exception):
    """A cell that does not convert: ``code`` and ``values`` say what was expected."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def text(value: Cell) -> str:
    """The cell as text, stripped; empty for an empty cell."""
    if value.__class__ is str:
        return value.strip()
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def identifier(value: Cell) -> str:
    """An employee id, entity or item code (:func:`teleworkrules.facts.is_identifier`)."""
    found = value if value.__class__ is str else text(value)
    if not is_identifier(found):
        raise BadCell("identifier")
    return found


_DATE_EXAMPLE: Final = "2023-09-08"
_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def day(value: Cell) -> date:
    """A date as YYYY-MM-DD, or a workbook date without a time of day."""
    if (
        value.__class__ is str
        and len(value) == 10
        and value[4] == "-"
        and value[7] == "-"
        and value.isascii()
    ):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise BadCell("date_time")
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.fullmatch(text(value))
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    raise BadCell("date", example=_DATE_EXAMPLE)


def month(value: Cell) -> Month:
    """A month as YYYY-MM, or a workbook date on the first of a month."""
    if isinstance(value, date) and not (
        isinstance(value, datetime) and value.time() != datetime.min.time()
    ):
        first = value.date() if isinstance(value, datetime) else value
        if first.day == 1:
            return Month.from_date(first)
    try:
        return Month(text(value))
    except InvalidFactError:
        raise BadCell("month", example="2023-01") from None


def month_or_day(value: Cell) -> Month | date:
    """A month as YYYY-MM or a date as YYYY-MM-DD."""
    if isinstance(value, date):
        return day(value)
    found = text(value)
    if len(found) == 7:
        return month(found)
    try:
        return day(found)
    except BadCell:
        raise BadCell("date_or_month") from None


_NUMBER_MATCH: Final = re.compile(r"-?\d+(\.\d+)?").fullmatch

_LARGEST: Final = Decimal("1000000000")
"""Numbers are below a billion: larger ones are input errors, not amounts or days."""


def number(value: Cell) -> Decimal:
    """A finite number below a billion (either sign), with ``.`` as decimal mark."""
    found = _any_number(value)
    if not found.is_finite() or abs(found) >= _LARGEST:
        raise BadCell("number_size")
    return found


def _any_number(value: Cell) -> Decimal:
    if value.__class__ is str and _NUMBER_MATCH(value):
        return Decimal(value)
    if isinstance(value, bool):
        raise BadCell("number")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    found = text(value)
    if not _NUMBER_MATCH(found):
        raise BadCell("number_format", example="2.5")
    try:
        return Decimal(found)
    except InvalidOperation:
        raise BadCell("number_format", example="2.5") from None


def money(value: Cell) -> Decimal:
    """An amount in euro with at most two decimals, as cents."""
    amount = number(value)
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise BadCell("money", example="20.00")
    return amount.quantize(Decimal("0.01"))


_TRUE: Final = frozenset({"true", "yes", "ja", "1"})
_FALSE: Final = frozenset({"false", "no", "nee", "0"})


def boolean(value: Cell) -> bool:
    """true/false, yes/no, ja/nee or 1/0 (any case), or a workbook boolean."""
    if isinstance(value, bool):
        return value
    found = text(value).lower()
    if found in _TRUE:
        return True
    if found in _FALSE:
        return False
    raise BadCell("boolean")


def choice(*choices: str) -> Callable[[Cell], str]:
    """A converter accepting one of ``choices`` (any case)."""

    def convert(value: Cell) -> str:
        found = text(value).lower()
        if found not in choices:
            raise BadCell("choice", choices=", ".join(choices))
        return found

    return convert


def between(
    convert: Callable[[Cell], Decimal],
    low: Decimal,
    high: Decimal | None,
    *,
    low_open: bool = False,
) -> Callable[[Cell], Decimal]:
    """``convert``, then a check that the number is from ``low`` (up to ``high``)."""
    bound = {"low_sign": ">" if low_open else ">=", "low": low}
    code = "number_from" if high is None else "number_between"
    if high is not None:
        bound["high"] = high

    def check(value: Cell) -> Decimal:
        found = convert(value)
        if found < low or (low_open and found == low) or (high is not None and found > high):
            raise BadCell(code, **bound)
        return found

    return check
