"""The federal administration preset: a second rule set selected by entity data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from teleworkrules import Employee, Month, TeleworkArrangement, TeleworkDays, evaluate

KNOWN = date(2024, 1, 1)


def granted(employee: Employee, month: str, known_on: date = KNOWN) -> dict[str, str]:
    result = evaluate(employee, Month(month), known_on=known_on)
    return {d.allowance.value: f"{d.amount}" for d in result.granted}


def registered(month: str, days: str) -> Employee:
    return Employee(
        "F1",
        date(2020, 1, 1),
        entity="FED",
        telework_days=(TeleworkDays(Month(month), Decimal(days)),),
    )


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("0", {}),
        ("1", {"internet_forfait": "20.00"}),
        ("3", {"internet_forfait": "20.00"}),
        ("4", {"internet_forfait": "20.00", "home_working": "30.00"}),
    ],
)
def test_three_telework_days_give_internet_four_add_office_costs(
    days: str, expected: object
) -> None:
    """Federal: EUR 20 from 1 telework day in the month; EUR 30 office costs from 4, no pro rata."""
    assert expected == granted(registered("2022-06", days), "2022-06")


def test_office_costs_start_in_2022_known_from_april_2022() -> None:
    """The office-cost allowance applies from 2022-01, known from the decree's publication."""
    e = registered("2021-12", "10")
    assert {"internet_forfait": "20.00"} == granted(e, "2021-12")
    jan = registered("2022-01", "10")
    assert "home_working" in granted(jan, "2022-01", known_on=date(2022, 4, 20))
    assert "home_working" not in granted(jan, "2022-01", known_on=date(2022, 4, 19))


def test_office_costs_are_indexed_from_september_2023() -> None:
    """EUR 30 in August 2023, EUR 33.77 from September 2023 (not retroactive)."""
    e = Employee(
        "F1",
        date(2020, 1, 1),
        entity="FED",
        telework=(TeleworkArrangement(date(2021, 1, 1), None, Decimal(2)),),
    )
    assert "30.00" == granted(e, "2023-08")["home_working"]
    assert "33.77" == granted(e, "2023-09")["home_working"]


def test_a_weekly_plan_counts_as_days_in_the_month() -> None:
    """Without registered days, days a week x weekdays / 5 are the month's telework days."""
    half = Employee(
        "F1",
        date(2020, 1, 1),
        entity="FED",
        telework=(TeleworkArrangement(date(2021, 1, 1), None, Decimal("0.5")),),
    )
    assert {"internet_forfait": "20.00"} == granted(half, "2023-05")  # 0.5 x 23 / 5 = 2.3 days


def test_federal_staff_never_get_the_flemish_allowances() -> None:
    """No third-party route and no Flemish home-working threshold for the federal preset."""
    e = registered("2023-03", "2")
    result = evaluate(e, Month("2023-03"), known_on=KNOWN)
    assert not result["internet_third_party"].granted
    assert not result["home_working"].granted
    assert "FED" == result.entity
