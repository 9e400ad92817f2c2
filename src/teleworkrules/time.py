"""Calendar values: :class:`Month` and :class:`DateRange`.

``python-dateutil`` is used for calendar arithmetic and stays behind these types; the rest
of teleworkrules speaks only ``Month``, ``DateRange`` and :class:`datetime.date`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Final, final, overload

import attrs
from dateutil.relativedelta import relativedelta

from teleworkrules.exceptions import InvalidFactError

__all__ = [
    "DateRange",
    "Month",
    "add_months",
    "month_calendar",
    "nth_weekday_from",
    "parse_date",
    "weekdays_between",
]

_MONTH_RE: Final = re.compile(r"(\d{4})-(\d{2})")
_DATE_RE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@final
class Month:
    """A calendar month, such as ``Month("2023-01")``.

    Immutable, hashable and ordered (ordering a month against anything else is a
    ``TypeError``, also against a text ``YYYY-MM``); ``str()`` gives the ISO form ``YYYY-MM`` and
    ``Month(str(m)) == m``. Adding an ``int`` moves by months; subtracting two months gives
    the number of months between them.

    >>> m = Month("2023-01")
    >>> m + 11, m - 1, Month("2023-12") - m
    (Month("2023-12"), Month("2022-12"), 11)
    >>> m.first_day, m.last_day, m.weekdays
    (datetime.date(2023, 1, 1), datetime.date(2023, 1, 31), 22)
    >>> Month.from_ordinal(m.ordinal + 13)
    Month("2024-02")
    """

    __slots__ = {
        "ordinal": "The month's position in a count of months (``year * 12 + month - 1``)."
    }
    ordinal: int

    def __init__(self, iso: str) -> None:
        match = _MONTH_RE.fullmatch(iso) if isinstance(iso, str) else None
        if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1:
            raise InvalidFactError("month", iso, "a month as YYYY-MM, e.g. 2023-01")
        object.__setattr__(self, "ordinal", int(match.group(1)) * 12 + int(match.group(2)) - 1)

    @classmethod
    def of(cls, year: int, month: int) -> Month:
        """The month ``month`` (1-12) of ``year``."""
        if not 1 <= month <= 12 or not 1 <= year <= 9999:
            raise InvalidFactError("month", (year, month), "a year 1-9999 and a month 1-12")
        return cls._at(year * 12 + month - 1)

    @classmethod
    def from_date(cls, day: date) -> Month:
        """The month in which ``day`` falls."""
        return cls._at(day.year * 12 + day.month - 1)

    @classmethod
    def _at(cls, index: int) -> Month:
        if not 12 <= index < 10000 * 12:
            raise InvalidFactError("month", index, "a month in the years 1-9999")
        month = object.__new__(cls)
        object.__setattr__(month, "ordinal", index)
        return month

    @classmethod
    def from_ordinal(cls, ordinal: int) -> Month:
        """The month at ``ordinal`` (see :attr:`ordinal`)."""
        return cls._at(ordinal)

    @property
    def year(self) -> int:
        """The year, e.g. 2023."""
        return self.ordinal // 12

    @property
    def month(self) -> int:
        """The month of the year, 1-12."""
        return self.ordinal % 12 + 1

    @property
    def first_day(self) -> date:
        """The first calendar day of the month."""
        return _calendar(self.ordinal)[0]

    @property
    def last_day(self) -> date:
        """The last calendar day of the month."""
        return _calendar(self.ordinal)[1]

    @property
    def days(self) -> int:
        """The number of calendar days in the month."""
        return _calendar(self.ordinal)[2]

    @property
    def weekdays(self) -> int:
        """The number of Monday-Friday dates in the month (no holiday calendar)."""
        return _calendar(self.ordinal)[3]

    @property
    def range(self) -> DateRange:
        """The month as a closed :class:`DateRange`."""
        return DateRange(self.first_day, self.last_day)

    def __add__(self, months: int) -> Month:
        if not isinstance(months, int):
            return NotImplemented
        return Month._at(self.ordinal + months)

    @overload
    def __sub__(self, other: Month) -> int: ...

    @overload
    def __sub__(self, other: int) -> Month: ...

    def __sub__(self, other: Month | int) -> int | Month:
        if isinstance(other, Month):
            return self.ordinal - other.ordinal
        if isinstance(other, int):
            return Month._at(self.ordinal - other)
        return NotImplemented

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError()

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Month) and self.ordinal == other.ordinal

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Month):
            return NotImplemented
        return self.ordinal < other.ordinal

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Month):
            return NotImplemented
        return self.ordinal <= other.ordinal

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Month):
            return NotImplemented
        return self.ordinal > other.ordinal

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Month):
            return NotImplemented
        return self.ordinal >= other.ordinal

    def __hash__(self) -> int:
        return hash(self.ordinal)

    def __str__(self) -> str:
        text = _ISO.get(self.ordinal)
        if text is None:  # once per month: explanations and outputs print months often
            text = _ISO[self.ordinal] = f"{self.year:04d}-{self.month:02d}"
        return text

    def __repr__(self) -> str:
        return f'Month("{self}")'

    def __reduce__(self) -> tuple[type[Month], tuple[str]]:
        return (Month, (str(self),))

    @staticmethod
    def span(start: Month, end: Month) -> Iterator[Month]:
        """Every month from ``start`` to ``end``, both included.

        >>> list(Month.span(Month("2023-11"), Month("2024-01")))
        [Month("2023-11"), Month("2023-12"), Month("2024-01")]
        """
        for index in range(start.ordinal, end.ordinal + 1):
            yield Month._at(index)


_CALENDAR: dict[int, tuple[date, date, int, int]] = {}
_ISO: dict[int, str] = {}
"""The ``YYYY-MM`` text of each month printed, by index."""


def month_calendar(month: Month) -> tuple[date, date, int, int]:
    """First day, last day, number of days and of weekdays of ``month``, in one lookup.

    >>> month_calendar(Month("2023-02"))
    (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28), 28, 20)
    """
    return _calendar(month.ordinal)


def _calendar(index: int) -> tuple[date, date, int, int]:
    """First day, last day, days and weekdays of a month, computed once per month."""
    found = _CALENDAR.get(index)
    if found is None:
        year, month = divmod(index, 12)
        days = calendar.monthrange(year, month + 1)[1]
        first, last = date(year, month + 1, 1), date(year, month + 1, days)
        found = _CALENDAR[index] = (first, last, days, weekdays_between(first, last))
    return found


def _optional_date(value: date | None) -> None:
    if value is not None and not isinstance(value, date):
        raise InvalidFactError("end", value, "a date or None (open-ended)")


def _check_start(instance: DateRange, attribute: attrs.Attribute[date], value: date) -> None:
    if not isinstance(value, date):
        raise InvalidFactError("start", value, "a date")


def _check_end(
    instance: DateRange, attribute: attrs.Attribute[date | None], value: date | None
) -> None:
    _optional_date(value)
    if value is not None and value < instance.start:
        raise InvalidFactError(
            "end", value.isoformat(), f"a date on or after start {instance.start}"
        )


@final
@attrs.frozen(repr=False)
class DateRange:
    """The days from ``start`` to ``end``, both included; ``end=None`` is open-ended.

    >>> r = DateRange(date(2023, 3, 15), None)
    >>> r.contains(date(2030, 1, 1)), r.contains(date(2023, 3, 14))
    (True, False)
    >>> r
    DateRange(date(2023, 3, 15), None)
    """

    start: date = attrs.field(validator=_check_start)
    end: date | None = attrs.field(default=None, validator=_check_end)

    def contains(self, day: date) -> bool:
        """Whether ``day`` lies in the range."""
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: DateRange) -> bool:
        """Whether the two ranges share at least one day."""
        return (other.end is None or self.start <= other.end) and (
            self.end is None or other.start <= self.end
        )

    def clip(self, other: DateRange) -> DateRange | None:
        """The days the two ranges share, or ``None``."""
        if not self.overlaps(other):
            return None
        start = max(self.start, other.start)
        ends = [d for d in (self.end, other.end) if d is not None]
        return DateRange(start, min(ends) if ends else None)

    def __repr__(self) -> str:
        end = (
            "None"
            if self.end is None
            else f"date({self.end.year}, {self.end.month}, {self.end.day})"
        )
        s = self.start
        return f"DateRange(date({s.year}, {s.month}, {s.day}), {end})"


def weekdays_between(first: date, last: date) -> int:
    """Count the Monday-Friday dates from ``first`` to ``last``, both included.

    >>> weekdays_between(date(2023, 1, 2), date(2023, 1, 8))
    5
    """
    if last < first:
        return 0
    days = (last - first).days + 1
    full_weeks, rest = divmod(days, 7)
    count = full_weeks * 5
    start = first.weekday()
    count += sum(1 for i in range(rest) if (start + i) % 7 < 5)
    return count


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months``, clipped to the end of a shorter month.

    >>> add_months(date(2023, 8, 31), 6)
    datetime.date(2024, 2, 29)
    """
    result: date = day + relativedelta(months=months)
    return result


def nth_weekday_from(first: date, n: int) -> date:
    """The ``n``-th Monday-Friday date counted from ``first`` (``n`` >= 1)."""
    day = first
    while day.weekday() >= 5:
        day += timedelta(days=1)
    full_weeks, rest = divmod(n - 1, 5)
    day += timedelta(days=7 * full_weeks)
    while rest:
        day += timedelta(days=1)
        if day.weekday() < 5:
            rest -= 1
    return day


def parse_date(text: str, *, field: str = "date") -> date:
    """Parse an ISO ``YYYY-MM-DD`` date strictly, with a clear error.

    >>> parse_date("2023-09-08")
    datetime.date(2023, 9, 8)
    """
    match = _DATE_RE.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is not None:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    raise InvalidFactError(field, text, "a date as YYYY-MM-DD, e.g. 2023-09-08")
