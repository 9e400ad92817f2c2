from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from teleworkrules import (
    Absence,
    Employee,
    InternetRoute,
    InvalidFactError,
    Month,
    Route,
    TeleworkArrangement,
    TeleworkDays,
    TeleworkRulesError,
)

HIRE = date(2021, 1, 1)


@pytest.mark.parametrize(
    ("make", "field", "expected"),
    [
        (lambda: Employee("", HIRE), "employee_id", "1-64 printable"),
        (lambda: Employee("=SUM(A1)", HIRE), "employee_id", "not starting with ="),
        (lambda: Employee("E1", "2021-01-01"), "hire_date", "a date"),  # type: ignore[arg-type]
        (lambda: Employee("E1", HIRE, date(2020, 1, 1)), "exit_date", "on or after hire_date"),
        (lambda: Employee("E1", HIRE, work_fraction=Decimal(0)), "work_fraction", "> 0"),
        (lambda: Employee("E1", HIRE, work_fraction=Decimal("1.1")), "work_fraction", "<= 1"),
        (lambda: Employee("E1", HIRE, work_fraction=0.5), "work_fraction", "Decimal"),  # type: ignore[arg-type]
        (lambda: Employee("E1", HIRE, entity=""), "entity", "entity code"),
        (lambda: TeleworkArrangement(HIRE, None, Decimal(6)), "days_per_week", "<= 5"),
        (
            lambda: TeleworkArrangement(HIRE, None, Decimal(2), approved="yes"),  # type: ignore[arg-type]
            "approved",
            "True or False",
        ),
        (lambda: TeleworkDays(Month("2023-02"), Decimal(29)), "days", "<= 28"),
        (lambda: TeleworkDays("2023-02", Decimal(2)), "month", "a Month"),  # type: ignore[arg-type]
        (lambda: InternetRoute(HIRE, date(2020, 1, 1), Route.FORFAIT), "end", "on or after start"),
        (lambda: InternetRoute(HIRE, None, "forfait"), "route", "Route.FORFAIT"),  # type: ignore[arg-type]
        (lambda: Absence(HIRE, None), "end", "a date"),  # type: ignore[arg-type]
    ],
)
def test_invalid_facts_raise_the_library_error(make, field: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """Each invalid field raises InvalidFactError naming the field and the expectation."""
    with pytest.raises(InvalidFactError, match=expected) as info:
        make()
    assert field == info.value.field
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, TeleworkRulesError)


def test_overlapping_routes_are_an_error() -> None:
    """Two internet routes covering the same day make the facts invalid."""
    with pytest.raises(InvalidFactError, match="do not overlap"):
        Employee(
            "E1",
            HIRE,
            internet=(
                InternetRoute(HIRE, date(2022, 1, 1), Route.FORFAIT),
                InternetRoute(date(2022, 1, 1), None, Route.THIRD_PARTY),
            ),
        )


def test_overlapping_arrangements_are_an_error() -> None:
    """Two telework arrangements covering the same day make the facts invalid."""
    with pytest.raises(InvalidFactError, match="telework periods"):
        Employee(
            "E1",
            HIRE,
            telework=(
                TeleworkArrangement(HIRE, None, Decimal(1)),
                TeleworkArrangement(date(2023, 1, 1), None, Decimal(2)),
            ),
        )


def test_two_rows_for_one_month_are_an_error() -> None:
    """Two telework-day rows for one month make the facts invalid."""
    with pytest.raises(InvalidFactError, match="at most one row per month"):
        Employee(
            "E1",
            HIRE,
            telework_days=(
                TeleworkDays(Month("2023-01"), Decimal(1)),
                TeleworkDays(Month("2023-01"), Decimal(2)),
            ),
        )


def test_spells_are_kept_sorted_and_lists_are_refused() -> None:
    """Spells are stored sorted by start; a list instead of a tuple is accepted as a sequence."""
    late = InternetRoute(date(2023, 1, 1), None, Route.FORFAIT)
    early = InternetRoute(HIRE, date(2022, 12, 31), Route.THIRD_PARTY)
    e = Employee("E1", HIRE, internet=(late, early))
    assert (early, late) == e.internet
    assert late == e.route_on(date(2023, 1, 1))
    with pytest.raises(InvalidFactError, match="tuple of InternetRoute"):
        Employee("E1", HIRE, internet=("forfait",))


def test_facts_are_immutable() -> None:
    """Facts cannot be changed after construction."""
    e = Employee("E1", HIRE)
    with pytest.raises(AttributeError):
        e.hire_date = date(2022, 1, 1)  # type: ignore[misc]
