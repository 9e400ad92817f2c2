"""Results out as exact records and DataFrames: entitlements, back pay, what-if, report."""

from __future__ import annotations

import csv
import io
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import teleworkrules as tr
from teleworkrules import (
    Dataset,
    Employee,
    FrameUnavailableError,
    InternetRoute,
    InvalidFactError,
    Month,
    Route,
    TeleworkArrangement,
)
from teleworkrules.engine.entitlements import ENTITLEMENT_COLUMNS
from teleworkrules.law.reforms import parse_change
from teleworkrules.outputs import write_entitlements
from teleworkrules.results.arrears import arrears_since
from teleworkrules.results.report import build_report
from teleworkrules.results.simulation import simulate
from teleworkrules.strategies import employees, months

from .conftest import AFTER_DECISION, BEFORE_DECISION

EXAMPLE = Path(__file__).parents[1] / "examples" / "small"
KNOWN = date(2024, 1, 1)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return tr.load_dataset(EXAMPLE)


@pytest.fixture(scope="module")
def rows(dataset: Dataset) -> tr.Entitlements:
    return tr.entitlements(dataset, "2021-01", "2023-12", known_on=KNOWN)


def _forfait(eid: str) -> Employee:
    return Employee(
        eid, date(2020, 1, 1), internet=(InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),)
    )


def test_records_are_the_rows_of_the_entitlements_csv(rows: tr.Entitlements) -> None:
    """``to_records`` gives the CSV's columns and rows, with exact Decimal amounts."""
    out = io.StringIO()
    write_entitlements(rows, out)
    written = list(csv.DictReader(io.StringIO(out.getvalue())))
    records = rows.to_records()
    assert len(records) == len(rows) == len(written) > 0
    assert all(isinstance(r["amount"], Decimal) for r in records)
    as_text = [
        {k: f"{v:.2f}" if isinstance(v, Decimal) else v for k, v in r.items()} for r in records
    ]
    assert written == as_text
    assert list(records[0]) == list(written[0]) == list(ENTITLEMENT_COLUMNS)


def test_the_result_iterates_entitlements_in_the_order_of_today(rows: tr.Entitlements) -> None:
    """Per employee, month, allowance code: the same order and values as the records."""
    listed = list(rows)
    assert all(isinstance(e, tr.Entitlement) for e in listed)
    keys = [(e.employee_id, e.month, e.allowance.value) for e in listed]
    assert keys == sorted(keys)
    assert [str(e.month) for e in listed] == [r["month"] for r in rows.to_records()]
    assert len(repr(rows)) < 200


def test_a_dataset_and_its_employees_give_the_same_result(dataset: Dataset) -> None:
    """The first argument is a Dataset or an iterable of employees (a generator too)."""
    args = ("2022-01", "2023-12")
    whole = tr.entitlements(dataset, *args, known_on=KNOWN)
    staff = tr.entitlements((e for e in dataset.employees), *args, known_on=KNOWN)
    assert list(whole) == list(staff)
    assert whole.to_records() == staff.to_records()


@pytest.mark.parametrize("bad", ["E1", _forfait("E1"), [_forfait("E1"), "E2"], 3])
def test_anything_else_than_employees_is_refused(bad: object) -> None:
    """A text, one employee or a non-employee is the library's error, naming the argument."""
    with pytest.raises(InvalidFactError, match="employees"):
        tr.entitlements(bad, "2023-01", "2023-02", known_on=KNOWN)  # type: ignore[arg-type]


@given(
    st.lists(employees(entity=st.sampled_from([None, "DWSE", "FED"])), max_size=4),
    months(Month("2021-01"), Month("2023-06")),
    st.integers(0, 30),
    st.dates(min_value=date(2021, 1, 1), max_value=date(2026, 1, 1)),
)
def test_the_fast_path_equals_month_by_month_evaluation(
    staff: list[Employee], start: Month, length: int, known_on: date
) -> None:
    """The segment engine behind ``entitlements`` grants what ``evaluate`` grants each month."""
    end = start + length
    by_month = [
        tr.Entitlement(e.employee_id, m, d.allowance, d.amount, d.benefit_in_kind)
        for e in staff
        for m in Month.span(start, end)
        for d in sorted(
            tr.evaluate(e, m, known_on=known_on).granted, key=lambda d: d.allowance.value
        )
    ]
    assert by_month == list(tr.entitlements(staff, start, end, known_on=known_on))


def test_pandas_keeps_money_exact(rows: tr.Entitlements) -> None:
    """The amount column holds Decimals: its sum is the exact total, never a float."""
    pytest.importorskip("pandas")
    frame = rows.to_pandas()
    assert list(frame.columns) == ["employee_id", "month", "allowance", "amount", "benefit_in_kind"]
    total = frame["amount"].sum()
    assert isinstance(total, Decimal)
    assert total == sum(e.amount for e in rows)
    assert len(frame) == len(rows)


def test_polars_money_is_a_decimal_type(rows: tr.Entitlements) -> None:
    """Amounts are ``pl.Decimal`` with two decimals; the sum is exact."""
    pl = pytest.importorskip("polars")
    frame = rows.to_polars()
    for column in ("amount", "benefit_in_kind"):
        assert isinstance(frame.schema[column], pl.Decimal)
        assert frame.schema[column].scale == 2
    assert frame["amount"].sum() == sum(e.amount for e in rows)
    assert frame.schema["month"] == pl.String


def test_an_empty_result_still_has_typed_columns() -> None:
    """No rows: the same columns, money still a decimal type in polars."""
    pl = pytest.importorskip("polars")
    none = tr.entitlements([], "2023-01", "2023-02", known_on=KNOWN)
    assert (0, []) == (len(none), none.to_records())
    assert isinstance(none.to_polars().schema["amount"], pl.Decimal)


@pytest.mark.parametrize("name", ["pandas", "polars"])
def test_a_missing_package_names_the_extra_to_install(
    rows: tr.Entitlements, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pandas (or polars) a frame is a clear error, also an ImportError."""
    monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(FrameUnavailableError, match=rf"pip install 'teleworkrules\[{name}\]'"):
        getattr(rows, f"to_{name}")()
    with pytest.raises(ImportError):
        getattr(rows, f"to_{name}")()


def test_back_pay_rows_per_person_month_and_allowance() -> None:
    """Back pay of the 2023 home-working decision: owed, paid, difference and the cause."""
    anna = Employee(
        "E1", date(2020, 1, 1), telework=(TeleworkArrangement(date(2021, 1, 1), None, Decimal(2)),)
    )
    back = arrears_since(
        [anna], "2023-01", "2023-08", known_on=AFTER_DECISION, paid_as_known_on=BEFORE_DECISION
    )
    assert back.to_records()[0] == {
        "employee_id": "E1",
        "month": "2023-01",
        "allowance": "home_working",
        "owed": Decimal("20.00"),
        "paid": Decimal("0.00"),
        "difference": Decimal("20.00"),
        "cause": "rule_changed",
        "parameter": "home_working.amount",
    }
    assert len(back) == len(back.to_records()) == 8
    assert list(back) == list(back.rows)
    pytest.importorskip("pandas")
    assert back.to_pandas()["difference"].sum() == Decimal("160.00")


def test_what_if_says_who_is_better_or_worse_off() -> None:
    """Per person: paid under the rules in force, under the reform, and the difference."""
    staff = [_forfait("E1"), Employee("E2", date(2020, 1, 1))]
    reform = [parse_change("internet.forfait.amount=25@2025-01")]
    sim = simulate(staff, "2025-01", "2025-12", reform, known_on=date(2026, 1, 1))
    assert sim.to_records() == [
        {
            "employee_id": "E1",
            "baseline": Decimal("240.00"),
            "reform": Decimal("300.00"),
            "difference": Decimal("60.00"),
        },
        {
            "employee_id": "E2",
            "baseline": Decimal("0.00"),
            "reform": Decimal("0.00"),
            "difference": Decimal("0.00"),
        },
    ]
    assert (sim.better_off, sim.worse_off) == (1, 0)
    assert len(repr(sim)) < 200
    pl = pytest.importorskip("polars")
    frame = sim.to_polars()
    assert frame.filter(pl.col("difference") > 0)["employee_id"].to_list() == ["E1"]


def test_the_report_as_a_tidy_table(dataset: Dataset) -> None:
    """One row per year, allowance and measure; values are exact Decimals, no text."""
    report = build_report(dataset, "2022-01", "2023-12", known_on=KNOWN)
    records = report.to_records()
    assert {r["year"] for r in records} == {2022, 2023}
    assert all(r["value"] is None or isinstance(r["value"], Decimal) for r in records)
    keys = [(r["year"], r["allowance"], r["measure"]) for r in records]
    assert len(keys) == len(set(keys))
    y = report.year(2023)
    found = {(r["allowance"], r["measure"]): r["value"] for r in records if r["year"] == 2023}
    assert found[("home_working", "amount")] == y["home_working"].amount
    assert found[("internet_forfait", "persons")] == y["internet_forfait"].persons
    assert found[(None, "staff")] == y.staff
    pytest.importorskip("pandas")
    frame = report.to_pandas()
    amounts = frame[(frame["measure"] == "amount") & (frame["year"] == 2023)]
    assert amounts["value"].sum() == sum(f.amount for f in y.allowances.values())
