"""The population report against a naive month-by-month computation, and its formats."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import Allowance, Dataset, Employee, Month, evaluate, load_dataset
from teleworkrules.outputs.report_data import report_to_dict
from teleworkrules.outputs.report_table import render_table
from teleworkrules.results.report import build_report
from teleworkrules.strategies import employees, months

EXAMPLE = Path(__file__).parent.parent / "examples" / "small"
COST = Decimal("40.36")


def _staff() -> st.SearchStrategy[list[Employee]]:
    return st.lists(employees(), max_size=5, unique_by=lambda e: e.employee_id)


def naive(staff: list[Employee], start: Month, end: Month, known_on: date) -> dict[str, object]:
    """Yearly figures computed the slow, obvious way: evaluate every person-month."""
    persons: dict[tuple[int, str], set[str]] = defaultdict(set)
    months: dict[tuple[int, str], int] = defaultdict(int)
    amount: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    in_service: dict[int, set[str]] = defaultdict(set)
    headcount: dict[Month, int] = defaultdict(int)
    for e in staff:
        for m in Month.span(start, end):
            if e.service.overlaps(m.range):
                in_service[m.year].add(e.employee_id)
                headcount[m] += 1
            for d in evaluate(e, m, known_on=known_on).granted:
                key = (m.year, d.allowance.value)
                persons[key].add(e.employee_id)
                months[key] += 1
                amount[key] += d.amount
    result: dict[str, object] = {}
    for year in range(start.year, end.year + 1):
        first, last = max(start, Month.of(year, 1)), min(end, Month.of(year, 12))
        span = list(Month.span(first, last))
        result[str(year)] = {
            "staff": len(in_service[year]),
            "headcount": (Decimal(sum(headcount[m] for m in span)) / len(span)).quantize(
                Decimal("0.01"), ROUND_HALF_UP
            ),
            **{
                a.value: (
                    len(persons[(year, a.value)]),
                    months[(year, a.value)],
                    amount[(year, a.value)],
                )
                for a in Allowance
            },
            "employer_cost": months[(year, "internet_third_party")] * COST,
        }
    return result


@given(
    _staff(),
    months(Month("2021-01"), Month("2023-06")),
    st.integers(0, 24),
    st.dates(min_value=date(2021, 1, 1), max_value=date(2026, 1, 1)),
)
def test_the_report_equals_month_by_month_counting(
    staff: list[Employee], start: Month, length: int, known_on: date
) -> None:
    """Persons, person-months, amounts, staff, headcount and cost match a naive count."""
    end = start + length
    report = build_report(Dataset(tuple(staff)), start, end, known_on=known_on)
    expected = naive(staff, start, end, known_on)
    for y in report.years:
        want = expected[str(y.year)]
        assert isinstance(want, dict)
        assert want["staff"] == y.staff
        assert want["headcount"] == y.average_headcount
        for a in Allowance:
            f = y[a]
            assert want[a.value] == (f.persons, f.person_months, f.amount)
        assert want["employer_cost"] == y[Allowance.INTERNET_THIRD_PARTY].employer_cost


def test_the_json_keeps_the_data_contract_keys() -> None:
    """The JSON has the contract's keys and meanings; money is a string with two decimals."""
    report = build_report(
        load_dataset(EXAMPLE), Month("2021-01"), Month("2023-10"), known_on=date(2023, 11, 8)
    )
    data = json.loads(json.dumps(report_to_dict(report)))
    assert {"from": "2021-01", "to": "2023-10"} == data["period"]
    assert ["2021", "2022", "2023"] == list(data["years"])
    y = data["years"]["2023"]
    assert {"persons"} <= set(y["staff"])
    assert {"persons", "person_months", "amount", "paid"} <= set(y["internet_forfait"])
    assert {"persons", "person_months", "employer_cost"} <= set(y["internet_third_party"])
    assert {"persons", "person_months", "amount", "paid"} <= set(y["home_working"])
    assert "0.00" == y["internet_forfait"]["paid"]  # the example has no payments
    assert y["home_working"]["amount"].count(".") == 1
    assert len(y["home_working"]["amount"].split(".")[1]) == 2


def test_the_table_fits_100_columns_in_both_languages() -> None:
    """The terminal table is at most 100 characters wide, in Dutch and English."""
    report = build_report(
        load_dataset(EXAMPLE), Month("2021-01"), Month("2025-12"), known_on=date(2026, 1, 1)
    )
    for lang in ("nl", "en"):
        text = render_table(report, lang)
        assert max(len(line) for line in text.splitlines()) <= 100
    assert "1a. Personeelsleden per vergoeding" in render_table(report, "nl")


def test_cash_basis_counts_payments_by_payment_year_within_the_period(tmp_path: Path) -> None:
    """Payments count in the year of paid_on, and only when paid_on lies in the period."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "staff.csv").write_text("employee_id,hire_date\nE1,2020-01-01\n", encoding="utf-8")
    (folder / "payments.csv").write_text(
        "employee_id,month,allowance,amount,paid_on\n"
        "E1,2020-12,internet_forfait,20.00,2021-01-25\n"  # back pay: 2021 cash
        "E1,2021-12,internet_forfait,20.00,2022-01-25\n"  # 2022 cash
        "E1,2022-12,internet_forfait,20.00,2023-01-25\n"  # outside the period
        "E1,2023-01,home_working,160.00,2023-10\n",  # outside the period
        encoding="utf-8",
    )
    report = build_report(
        load_dataset(folder), Month("2021-01"), Month("2022-12"), known_on=date(2023, 1, 1)
    )
    assert Decimal("20.00") == report.year(2021)[Allowance.INTERNET_FORFAIT].paid
    assert Decimal("20.00") == report.year(2022)[Allowance.INTERNET_FORFAIT].paid
    assert Decimal("0.00") == report.year(2022)[Allowance.HOME_WORKING].paid


def test_percentages_and_switchers() -> None:
    """Shares are against staff in service and average headcount; switchers count once each."""
    from teleworkrules import InternetRoute, Route

    switcher = Employee(
        "E1",
        date(2020, 1, 1),
        internet=(
            InternetRoute(date(2021, 1, 1), date(2021, 6, 30), Route.FORFAIT),
            InternetRoute(date(2021, 7, 1), None, Route.THIRD_PARTY),
        ),
    )
    newcomer = Employee("E2", date(2021, 7, 1))
    report = build_report(
        Dataset((switcher, newcomer)), Month("2021-01"), Month("2021-12"), known_on=date(2023, 1, 1)
    )
    y = report.year(2021)
    assert (2, Decimal("1.50"), 1) == (y.staff, y.average_headcount, y.switched)
    assert Decimal("50.00") == y.share(Allowance.INTERNET_FORFAIT)
    assert Decimal("66.67") == y.share_of_headcount(Allowance.INTERNET_THIRD_PARTY)
