"""Hypothesis strategies for teleworkrules facts, for your own property tests.

Needs the optional dependency ``hypothesis`` (``pip install 'teleworkrules[hypothesis]'``).

>>> from hypothesis import given
>>> from teleworkrules.strategies import employees
>>> @given(employees())
... def test_never_negative(employee): ...
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "teleworkrules.strategies needs Hypothesis: pip install 'teleworkrules[hypothesis]'"
    ) from exc

from teleworkrules.facts import (
    Absence,
    Contract,
    Employee,
    InternetRoute,
    Route,
    TeleworkArrangement,
    TeleworkDays,
)
from teleworkrules.time import Month

__all__ = ["days", "employees", "months", "telework_days_for"]

FIRST: date = date(2020, 6, 1)
"""The earliest date the strategies generate by default (before the rules' history start)."""
LAST: date = date(2025, 12, 31)
"""The latest date the strategies generate by default."""
FIRST_MONTH = Month("2021-01")
"""The first month of the rules' history."""
LAST_MONTH = Month.from_date(LAST)
"""The last month the strategies generate by default."""


def days(first: date = FIRST, last: date = LAST) -> st.SearchStrategy[date]:
    """Calendar days from ``first`` to ``last``."""
    return st.dates(min_value=first, max_value=last)


def months(first: Month = FIRST_MONTH, last: Month = LAST_MONTH) -> st.SearchStrategy[Month]:
    """Months from ``first`` to ``last``."""
    return st.integers(0, last - first).map(lambda n: first + n)


@st.composite
def _periods(
    draw: st.DrawFn, first: date, last: date, *, max_count: int, open_end: bool = True
) -> list[tuple[date, date | None]]:
    """Non-overlapping periods between ``first`` and ``last``, sorted."""
    cuts = sorted(draw(st.sets(days(first, last), min_size=0, max_size=2 * max_count)))
    periods: list[tuple[date, date | None]] = []
    periods.extend(zip(cuts[::2], cuts[1::2], strict=False))
    if len(cuts) % 2 == 1:
        start = cuts[-1]
        end: date | None = (
            None
            if open_end and draw(st.booleans())
            else start + timedelta(draw(st.integers(0, 90)))
        )
        periods.append((start, end))
    return periods


def _quarter_days(high: int) -> st.SearchStrategy[Decimal]:
    return st.integers(0, high * 4).map(lambda n: Decimal(n) / 4)


def telework_days_for(month: Month) -> st.SearchStrategy[TeleworkDays]:
    """Registered telework days for ``month``, in quarter days up to its weekdays."""
    return _quarter_days(month.weekdays).map(lambda d: TeleworkDays(month, d))


@st.composite
def employees(
    draw: st.DrawFn,
    *,
    first: date = FIRST,
    last: date = LAST,
    employee_id: st.SearchStrategy[str] | None = None,
    entity: st.SearchStrategy[str | None] | None = None,
) -> Employee:
    """Valid staff members with spells between ``first`` and ``last``.

    Spells never overlap where the rules forbid it; telework-day rows are at most one per
    month; every field takes its full range of valid values.
    """
    eid = draw(
        employee_id if employee_id is not None else st.from_regex(r"E[0-9]{1,5}", fullmatch=True)
    )
    hire = draw(days(first, last))
    exit_date = draw(st.none() | days(hire, last))
    telework = [
        TeleworkArrangement(s, e, draw(_quarter_days(5)), draw(st.booleans()))
        for s, e in draw(_periods(first, last, max_count=3))
    ]
    internet = [
        InternetRoute(s, e, draw(st.sampled_from(Route)), benefit_waived=draw(st.booleans()))
        for s, e in draw(_periods(first, last, max_count=3))
    ]
    absences = [
        Absence(s, e if e is not None else s, draw(st.booleans()))
        for s, e in draw(_periods(first, last, max_count=2, open_end=False))
    ]
    day_months = draw(st.sets(months(Month.from_date(first), Month.from_date(last)), max_size=6))
    registered = [draw(telework_days_for(m)) for m in sorted(day_months)]
    return Employee(
        employee_id=eid,
        entity=None if entity is None else draw(entity),
        hire_date=hire,
        exit_date=exit_date,
        contract=draw(st.sampled_from(Contract)),
        work_fraction=draw(st.integers(1, 10).map(lambda n: Decimal(n) / 10)),
        smartphone_role=draw(st.booleans()),
        telework=tuple(telework),
        telework_days=tuple(registered),
        internet=tuple(internet),
        absences=tuple(absences),
    )
