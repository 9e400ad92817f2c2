from __future__ import annotations

import pickle
from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import DateRange, InvalidFactError, Month
from teleworkrules.strategies import months
from teleworkrules.time import add_months, nth_weekday_from, parse_date, weekdays_between


@given(months())
def test_month_round_trips_through_str(month: Month) -> None:
    """Month(str(m)) is m, and repr is a constructor call in ISO form."""
    assert month == Month(str(month))
    assert repr(month) == f'Month("{month}")'


@given(months(), st.integers(-200, 200))
def test_month_arithmetic_is_consistent(month: Month, n: int) -> None:
    """Adding n months and subtracting gives n back; ordering follows."""
    moved = month + n
    assert n == moved - month
    assert (moved > month) == (n > 0)
    assert moved - n == month


def test_month_parts_and_days() -> None:
    """A month knows its year, month, first and last day, day count and weekdays."""
    feb = Month("2024-02")
    assert (feb.year, feb.month) == (2024, 2)
    assert date(2024, 2, 1) == feb.first_day
    assert date(2024, 2, 29) == feb.last_day
    assert feb.days == 29
    assert feb.weekdays == 21
    assert Month("2023-03").weekdays == 23
    assert Month("2023-04").weekdays == 20


@given(months())
def test_weekdays_match_calendar_counting(month: Month) -> None:
    """Weekdays counts the Monday-Friday dates of the month."""
    expected = sum(
        1 for d in range(month.days) if date(month.year, month.month, d + 1).weekday() < 5
    )
    assert expected == month.weekdays


def test_month_is_immutable_hashable_and_picklable() -> None:
    """Months can be dictionary keys, cannot be changed, and survive pickling."""
    m = Month("2023-01")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.ordinal = 3
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del m.ordinal
    assert str(m) == "2023-01"
    assert {m: 1}[Month.of(2023, 1)] == 1
    assert m == pickle.loads(pickle.dumps(m))
    assert Month.from_date(date(2023, 1, 31)) == m


@pytest.mark.parametrize(
    "text", ["2023-13", "2023-1", "23-01", "2023-00", "", "2023/01", "0000-01"]
)
def test_month_rejects_malformed_text(text: str) -> None:
    """A month that is not YYYY-MM raises the library's error naming the value."""
    with pytest.raises(InvalidFactError, match="YYYY-MM"):
        Month(text)


def test_span_includes_both_ends() -> None:
    """Month.span includes its first and last month."""
    assert [Month("2022-12"), Month("2023-01")] == list(
        Month.span(Month("2022-12"), Month("2023-01"))
    )
    assert list(Month.span(Month("2023-02"), Month("2023-01"))) == []


def test_date_range_inclusive_and_open() -> None:
    """Ranges include both ends; an open end runs forever."""
    closed = DateRange(date(2023, 1, 1), date(2023, 1, 31))
    assert closed.contains(date(2023, 1, 31))
    assert not closed.contains(date(2023, 2, 1))
    assert DateRange(date(2023, 1, 31), None).overlaps(closed)
    assert not DateRange(date(2023, 2, 1), None).overlaps(closed)
    assert DateRange(date(2023, 1, 15), date(2023, 1, 31)) == closed.clip(
        DateRange(date(2023, 1, 15), None)
    )
    with pytest.raises(InvalidFactError, match="on or after start"):
        DateRange(date(2023, 2, 1), date(2023, 1, 1))


def test_calendar_helpers() -> None:
    """Month arithmetic on dates clips to month ends; working days skip weekends."""
    assert date(2024, 2, 29) == add_months(date(2023, 8, 31), 6)
    assert weekdays_between(date(2023, 1, 2), date(2023, 1, 8)) == 5
    assert weekdays_between(date(2023, 1, 7), date(2023, 1, 8)) == 0
    # 35th working day of an absence starting Monday 2023-01-02: seven full weeks later, Friday.
    assert date(2023, 2, 17) == nth_weekday_from(date(2023, 1, 2), 35)
    assert date(2023, 1, 9) == nth_weekday_from(date(2023, 1, 7), 1)
    with pytest.raises(InvalidFactError, match="YYYY-MM-DD"):
        parse_date("2023-02-30")
