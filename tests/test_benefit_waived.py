"""The statement on honour (erewoordverklaring): no benefit in kind on the third-party route."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import teleworkrules as tr
from teleworkrules import Allowance, Dataset, Employee, InternetRoute, Month, Route
from teleworkrules.engine.population import PopulationEvaluator, expand
from teleworkrules.exceptions import InvalidFactError
from teleworkrules.law.sources import Confidence
from teleworkrules.results.report import build_report
from teleworkrules.strategies import employees, months

KNOWN = date(2024, 1, 1)
THIRD = Allowance.INTERNET_THIRD_PARTY
FORFAIT = Allowance.INTERNET_FORFAIT


def _person(route: Route, *, waived: bool, eid: str = "E1") -> Employee:
    return Employee(
        eid,
        date(2020, 1, 1),
        internet=(InternetRoute(date(2021, 1, 1), None, route, benefit_waived=waived),),
    )


def _benefits(people: list[Employee], start: str, end: str) -> dict[tuple[str, str], Decimal]:
    """The benefit in kind of every granted third-party month, by person and month."""
    rows = tr.entitlements(people, start, end, known_on=KNOWN)
    return {(r.employee_id, str(r.month)): r.benefit_in_kind for r in rows if r.allowance is THIRD}


def test_a_waived_third_party_month_has_no_benefit_in_kind_and_a_cited_step() -> None:
    """The third-party route stays granted; its benefit in kind is 0.00, cited as confirmed."""
    decision = tr.evaluate(
        _person(Route.THIRD_PARTY, waived=True), Month("2023-03"), known_on=KNOWN
    )[THIRD]
    assert (True, Decimal("0.00"), Decimal("0.00")) == (
        decision.granted,
        decision.amount,
        decision.benefit_in_kind,
    )
    step = decision.steps[-1]
    assert "internet.benefit_waived" == step.code
    assert step.citation is not None
    assert ("staff-page-fiscal-benefit", Confidence.CONFIRMED) == (
        step.citation.source.id,
        step.citation.confidence,
    )
    assert "statement on honour" in step.text("en")
    assert "verklaring op erewoord" in step.text("nl")
    assert "true" == dict(step.facts)["internet.benefit_waived"]


def test_without_the_statement_the_benefit_in_kind_is_5_euro() -> None:
    """A third-party month without the statement keeps the benefit in kind of EUR 5.00."""
    decision = tr.evaluate(
        _person(Route.THIRD_PARTY, waived=False), Month("2023-03"), known_on=KNOWN
    )[THIRD]
    assert (True, Decimal("5.00")) == (decision.granted, decision.benefit_in_kind)
    assert "internet.benefit_waived" not in [s.code for s in decision.steps]


def test_the_statement_changes_nothing_on_the_forfait_route() -> None:
    """A forfait month with the statement is decided exactly as one without it."""
    month = Month("2023-03")
    waived = tr.evaluate(_person(Route.FORFAIT, waived=True), month, known_on=KNOWN)
    plain = tr.evaluate(_person(Route.FORFAIT, waived=False), month, known_on=KNOWN)
    assert plain == waived
    assert Decimal("20.00") == waived[FORFAIT].amount


def test_the_statement_counts_only_in_the_months_its_row_decides() -> None:
    """A waived row up to mid-June decides June; the next row, not waived, decides July on."""
    person = Employee(
        "E1",
        date(2020, 1, 1),
        internet=(
            InternetRoute(date(2021, 1, 1), date(2023, 6, 15), Route.THIRD_PARTY, True),
            InternetRoute(date(2023, 6, 16), date(2023, 9, 30), Route.THIRD_PARTY),
            InternetRoute(date(2023, 10, 1), None, Route.FORFAIT, benefit_waived=True),
        ),
    )
    benefits = _benefits([person], "2023-05", "2023-12")
    expected = {("E1", f"2023-{m:02}"): Decimal("0.00") for m in (5, 6)}
    expected |= {("E1", f"2023-{m:02}"): Decimal("5.00") for m in (7, 8, 9)}
    assert expected == benefits
    october = tr.evaluate(person, Month("2023-10"), known_on=KNOWN)
    assert (Decimal("20.00"), False) == (october[FORFAIT].amount, october[THIRD].granted)


def test_the_report_keeps_the_employer_cost_and_drops_the_benefit_in_kind() -> None:
    """Persons, person-months and employer cost stay; the benefit-in-kind total drops."""
    staff = [_person(Route.THIRD_PARTY, waived=False, eid=f"E{n}") for n in range(3)]
    waived = [
        attrs.evolve(staff[0], internet=(attrs.evolve(staff[0].internet[0], benefit_waived=True),))
    ]
    waived += staff[1:]

    def figures(people: list[Employee]) -> tuple[int, int, Decimal, Decimal]:
        report = build_report(
            Dataset(tuple(people)), Month("2023-01"), Month("2023-12"), known_on=KNOWN
        )
        [year] = report.years
        f = year[THIRD]
        return f.persons, f.person_months, f.employer_cost, f.benefit_in_kind

    before, after = figures(staff), figures(waived)
    assert before[:3] == after[:3]
    assert (Decimal("180.00"), Decimal("120.00")) == (before[3], after[3])


STAFF = "employee_id,hire_date\nE1,2020-01-01\nE2,2020-01-01\n"


def test_a_csv_with_the_dutch_column_applies_the_statement(tmp_path: Path) -> None:
    """erewoordverklaring = ja in a Belgian CSV gives 0.00; nee keeps 5.00; no note."""
    (tmp_path / "staff.csv").write_text(STAFF, encoding="utf-8")
    (tmp_path / "internet.csv").write_text(
        "employee_id;begin;route;erewoordverklaring\n"
        "E1;01/01/2021;derdebetaler;ja\nE2;01/01/2021;derdebetaler;nee\n",
        encoding="utf-8",
    )
    dataset = tr.load_dataset(tmp_path)
    assert () == dataset.notes
    assert {("E1", "2023-03"): Decimal("0.00"), ("E2", "2023-03"): Decimal("5.00")} == (
        _benefits(list(dataset.employees), "2023-03", "2023-03")
    )


ROWS: dict[str, list[dict[str, object]]] = {
    "staff": [
        {"employee_id": "E1", "hire_date": date(2020, 1, 1)},
        {"employee_id": "E2", "hire_date": date(2020, 1, 1)},
    ],
    "internet": [
        {
            "employee_id": "E1",
            "start": date(2021, 1, 1),
            "route": "third_party",
            "benefit_waived": True,
        },
        {
            "employee_id": "E2",
            "start": date(2021, 1, 1),
            "route": "third_party",
            "benefit_waived": False,
        },
    ],
}
EXPECTED = {("E1", "2023-03"): Decimal("0.00"), ("E2", "2023-03"): Decimal("5.00")}


def test_a_dict_table_applies_the_statement() -> None:
    """Python rows with benefit_waived True give 0.00; False keeps 5.00."""
    dataset = tr.load_dataset(ROWS)
    assert EXPECTED == _benefits(list(dataset.employees), "2023-03", "2023-03")


def test_a_pandas_frame_applies_the_statement() -> None:
    """A pandas frame with a boolean benefit_waived column reads like the rows."""
    pd: Any = pytest.importorskip("pandas")
    dataset = tr.load_dataset({name: pd.DataFrame(rows) for name, rows in ROWS.items()})
    assert EXPECTED == _benefits(list(dataset.employees), "2023-03", "2023-03")


def test_the_route_record_checks_the_statement_at_construction() -> None:
    """benefit_waived must be a bool: a text is refused, naming the field."""
    with pytest.raises(InvalidFactError, match="benefit_waived"):
        InternetRoute(date(2021, 1, 1), None, Route.THIRD_PARTY, "ja")  # type: ignore[arg-type]
    assert not InternetRoute(date(2021, 1, 1), None, Route.THIRD_PARTY).benefit_waived


@given(
    st.lists(employees(), max_size=5, unique_by=lambda e: e.employee_id),
    months(Month("2021-01"), Month("2024-06")),
    st.integers(0, 30),
)
def test_the_fast_path_equals_month_by_month_evaluation(
    staff: list[Employee], start: Month, length: int
) -> None:
    """tr.entitlements and segments give the benefit in kind of tr.evaluate, month by month."""
    end = start + length
    by_month = [
        (e.employee_id, m, d.allowance, d.amount, d.benefit_in_kind)
        for e in staff
        for m in Month.span(start, end)
        for d in sorted(tr.evaluate(e, m, known_on=KNOWN).granted, key=lambda d: d.allowance.value)
    ]
    fast = [
        (r.employee_id, r.month, r.allowance, r.amount, r.benefit_in_kind)
        for r in tr.entitlements(staff, start, end, known_on=KNOWN)
    ]
    segments = [
        (r.employee_id, r.month, r.allowance, r.amount, r.benefit_in_kind)
        for s in PopulationEvaluator(start, end, known_on=KNOWN).run(staff)
        for r in expand(s)
    ]
    assert by_month == fast == segments


def test_two_people_differing_only_in_the_statement_are_not_shared() -> None:
    """The population engine decides a waived and a plain third-party person apart."""
    people = [_person(Route.THIRD_PARTY, waived=w, eid=f"E{w:d}") for w in (False, True)]
    assert {("E0", "2023-03"): Decimal("5.00"), ("E1", "2023-03"): Decimal("0.00")} == _benefits(
        people, "2023-03", "2023-03"
    )
