"""The one boundary for arguments: months and days as a caller may give them.

Every public function reads its month and day arguments through :func:`month_argument`
and :func:`day_argument`, so the same values are accepted everywhere and anything else is
an :class:`~teleworkrules.exceptions.InvalidFactError` naming the argument:

* a month is a :class:`~teleworkrules.time.Month` or a text ``YYYY-MM``;
* a day is a :class:`datetime.date`, a text ``YYYY-MM-DD``, or a datetime (a pandas
  ``Timestamp`` too) at midnight without a time zone. A time of day or a time zone is
  refused rather than cut off: ``known_on=datetime.now()`` is a mistake, not a day.

The facts use :func:`as_date` the same way, so that a ``Timestamp`` given for a date field
becomes a ``date`` when the fact is made.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.time import Month, parse_date

__all__ = ["DAY_EXPECTED", "MONTH_EXPECTED", "as_date", "day_argument", "month_argument"]

MONTH_EXPECTED: Final = "a Month or a text YYYY-MM, e.g. 2023-01"
"""What a month argument may be, in the words of the error."""
DAY_EXPECTED: Final = (
    "a date, a text YYYY-MM-DD, or a datetime at midnight without time zone, e.g. 2023-09-08"
)
"""What a day argument may be, in the words of the error."""


def month_argument(name: str, value: object) -> Month:
    """``value`` as a month, or an error naming the argument ``name``.

    >>> month_argument("start", "2023-03"), month_argument("start", Month("2023-04"))
    (Month("2023-03"), Month("2023-04"))
    """
    if isinstance(value, Month):
        return value
    if isinstance(value, str):
        try:
            return Month(value)
        except InvalidFactError:
            pass
    raise InvalidFactError(name, value, MONTH_EXPECTED)


def as_date(value: object) -> object:
    """``value`` as a plain ``date`` when it is one or a datetime at midnight, naive.

    Anything else comes back unchanged (a validator then says what is wrong with it).

    >>> as_date(datetime(2023, 3, 1)), as_date(datetime(2023, 3, 1, 9, 30))
    (datetime.date(2023, 3, 1), datetime.datetime(2023, 3, 1, 9, 30))
    """
    if not isinstance(value, datetime):
        to_pydatetime = getattr(value, "to_pydatetime", None)  # a pandas Timestamp
        if to_pydatetime is None or isinstance(value, date):
            return value
        try:
            converted = to_pydatetime()
        except (TypeError, ValueError):
            return value
        if not isinstance(converted, datetime):
            return value
        return _midnight(converted) or value
    return _midnight(value) or value


def _midnight(value: datetime) -> date | None:
    """The day of ``value`` if it is midnight without time zone, else ``None``."""
    try:
        midnight = (
            value.tzinfo is None
            and (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0)
            and getattr(value, "nanosecond", 0) == 0
        )
        return date(value.year, value.month, value.day) if midnight else None
    except (TypeError, ValueError):  # pandas NaT: no day at all
        return None


def day_argument(name: str, value: object) -> date:
    """``value`` as a day, or an error naming the argument ``name``.

    >>> day_argument("known_on", "2023-10-01"), day_argument("known_on", datetime(2023, 10, 1))
    (datetime.date(2023, 10, 1), datetime.date(2023, 10, 1))
    >>> try:
    ...     day_argument("known_on", datetime(2023, 10, 1, 14, 5))
    ... except InvalidFactError as error:
    ...     print(error.field)
    known_on
    """
    if isinstance(value, str):
        try:
            return parse_date(value, field=name)
        except InvalidFactError:
            raise InvalidFactError(name, value, DAY_EXPECTED) from None
    converted = as_date(value)
    if isinstance(converted, date) and not isinstance(converted, datetime):
        return converted
    raise InvalidFactError(name, value, DAY_EXPECTED)
