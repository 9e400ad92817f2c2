"""Legal invariants as Hypothesis properties over generated staff."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import (
    Allowance,
    Citation,
    Confidence,
    Employee,
    Entitlement,
    InvalidFactError,
    Month,
    Rulebook,
    TeleworkDays,
    TeleworkRulesError,
    entitlements,
    evaluate,
    evaluate_months,
    load_parameters,
    load_sources,
)
from teleworkrules.engine.population import PopulationEvaluator, expand
from teleworkrules.rules.home_working import registered_test
from teleworkrules.rules.situation import Settings, Situation
from teleworkrules.strategies import employees, months

from .conftest import AFTER_DECISION

KNOWN = date(2026, 11, 1)
LAW = load_parameters()
CITED_AMOUNTS = {v.value for p in LAW for v in p.versions if isinstance(v.value, Decimal)} | {
    Decimal("0.00")
}


@given(employees(), months())
def test_the_routes_are_exclusive_per_month(employee: Employee, month: Month) -> None:
    """A month never grants both internet routes."""
    result = evaluate(employee, month, known_on=KNOWN)
    assert not (
        result[Allowance.INTERNET_FORFAIT].granted
        and result[Allowance.INTERNET_THIRD_PARTY].granted
    )


@given(employees(), months())
def test_amounts_are_never_negative_and_always_a_cited_value(
    employee: Employee, month: Month
) -> None:
    """Every amount and benefit is >= 0, in cents, a cited value; a grant of nothing cites why."""
    for decision in evaluate(employee, month, known_on=KNOWN):
        for amount in (decision.amount, decision.benefit_in_kind):
            assert amount >= 0
            assert amount == amount.quantize(Decimal("0.01"))
            assert amount in CITED_AMOUNTS
        worth = max(decision.amount, decision.benefit_in_kind)
        if decision.granted and worth > 0:
            assert any(v.value == worth for s in decision.steps for v in s.parameters)
        elif decision.granted:  # granted for nothing: a cited statement on honour says why
            assert decision.steps[-1].citation is not None


@given(employees(), months(Month("2023-01")), st.integers(1, 40))
def test_more_telework_days_never_lose_the_home_working_allowance(
    employee: Employee, month: Month, quarters: int
) -> None:
    """Registering more telework days in a month never takes the home-working allowance away."""
    before = evaluate(employee, month, known_on=KNOWN)[Allowance.HOME_WORKING].granted
    current = employee.days_in(month)
    base = Decimal(0) if current is None else current.days
    more = min(base + Decimal(quarters) / 4, Decimal(month.days))
    others = tuple(d for d in employee.telework_days if d.month != month)
    richer = attrs.evolve(employee, telework_days=(*others, TeleworkDays(month, more)))
    after = evaluate(richer, month, known_on=KNOWN)[Allowance.HOME_WORKING].granted
    if current is not None:  # a row already decided: more days can only help
        assert after or not before


@given(
    employees(), months(Month("2021-01"), Month("2024-12")), st.integers(0, 20), st.integers(0, 20)
)
def test_a_month_range_is_the_concatenation_of_its_sub_ranges(
    employee: Employee, start: Month, first: int, second: int
) -> None:
    """Entitlements over a range equal those of its two halves, in order."""
    middle, end = start + first, start + first + second + 1
    whole = list(entitlements([employee], start, end, known_on=KNOWN))
    halves = list(entitlements([employee], start, middle, known_on=KNOWN)) + list(
        entitlements([employee], middle + 1, end, known_on=KNOWN)
    )
    assert whole == halves


@given(employees(), months(), st.dates(min_value=date(2021, 1, 1), max_value=date(2023, 9, 7)))
def test_before_8_september_2023_nothing_grants_the_home_working_allowance(
    employee: Employee, month: Month, known_on: date
) -> None:
    """As known before the decision of 2023-09-08, no month grants the home-working allowance."""
    assert not evaluate(employee, month, known_on=known_on)[Allowance.HOME_WORKING].granted


@given(employees(), months())
def test_months_out_of_service_grant_nothing(employee: Employee, month: Month) -> None:
    """Only months with a day in service grant anything."""
    if not employee.service.overlaps(month.range):
        assert evaluate(employee, month, known_on=AFTER_DECISION).granted == ()


@given(employees(), months(Month("2021-01"), Month("2022-12")), st.integers(0, 11))
def test_evaluate_months_is_evaluate_per_month(
    employee: Employee, start: Month, length: int
) -> None:
    """evaluate_months gives the same decisions as evaluate for each month."""
    assert [
        evaluate(employee, m, known_on=KNOWN) for m in Month.span(start, start + length)
    ] == list(evaluate_months(employee, start, start + length, known_on=KNOWN))


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "employee_id",
                "hire_date",
                "exit_date",
                "work_fraction",
                "entity",
                "contract",
                "smartphone_role",
                "telework",
                "internet",
            ]
        ),
        st.one_of(
            st.none(),
            st.integers(),
            st.text(max_size=5),
            st.floats(),
            st.booleans(),
            st.dates(),
            st.lists(st.integers(), max_size=2),
        ),
    )
)
def test_invalid_facts_raise_the_library_errors_never_bare_ones(fields: dict[str, object]) -> None:
    """Whatever garbage goes into Employee, the error is the library's (or it is valid)."""
    values: dict[str, object] = {"employee_id": "E1", "hire_date": date(2021, 1, 1)}
    values.update(fields)
    with contextlib.suppress(InvalidFactError):
        Employee(**values)  # type: ignore[arg-type]


@given(st.text(max_size=12))
def test_month_parsing_errors_are_the_library_errors(text: str) -> None:
    """Any text either parses as a month or raises the library's error."""
    with contextlib.suppress(TeleworkRulesError):
        assert str(Month(text)) == text


def test_asking_as_known_before_the_library_knows_its_settings_is_a_clear_error() -> None:
    """Before 2021-01-01 the library's settings were not yet stated: a clear error, not a guess."""
    with pytest.raises(TeleworkRulesError, match="knows its settings from 2021-01-01"):
        evaluate(Employee("E1", date(2020, 1, 1)), Month("2021-03"), known_on=date(2020, 12, 31))


def _variant(settings: dict[str, object]) -> Rulebook:
    book = Rulebook.default()
    cite = Citation(load_sources()["vps-vii-73"], "test", Confidence.DEFAULT)
    for name, value in settings.items():
        book = book.override(name, value, effective_from=Month("2022-07"), citation=cite)  # type: ignore[arg-type]
    return book


RULEBOOKS = [
    Rulebook.default(),
    _variant(
        {"payment.suspend_on_long_absence": True, "evaluation.deciding_day": "last_service_day"}
    ),
    _variant(
        {
            "evaluation.prorate_partial_month": True,
            "evaluation.prorate_work_fraction": True,
            "evaluation.in_service": "whole_month",
        }
    ),
    _variant(
        {
            "home_working.scale_threshold_by_work_fraction": True,
            "evaluation.eligible_contracts": ("statutory",),
            "evaluation.in_service": "first_day",
        }
    ),
    # Each setting that makes the days in service of a part month count, alone.
    _variant({"evaluation.prorate_partial_month": True}),
    _variant({"evaluation.in_service": "whole_month"}),
    # Registered days that do not decide, then a threshold scaled by the work fraction.
    _variant({"home_working.registered_days_decide": False}),
    _variant({"home_working.scale_threshold_by_work_fraction": True}),
]


@given(
    st.lists(employees(entity=st.sampled_from([None, "DWSE", "FED"])), max_size=6),
    months(Month("2021-01"), Month("2023-06")),
    st.integers(0, 40),
    st.dates(min_value=date(2021, 1, 1), max_value=date(2026, 1, 1)),
    st.sampled_from(RULEBOOKS),
)
def test_the_population_engine_equals_month_by_month_evaluation(
    staff: list[Employee], start: Month, length: int, known_on: date, book: Rulebook
) -> None:
    """Segments, expanded, give exactly the month-by-month entitlements, whatever the settings."""
    end = start + length
    by_month = [
        Entitlement(e.employee_id, month, d.allowance, d.amount, d.benefit_in_kind)
        for e in staff
        for month in Month.span(start, end)
        for d in sorted(
            evaluate(e, month, known_on=known_on, rulebook=book).granted,
            key=lambda d: d.allowance.value,
        )
    ]
    evaluator = PopulationEvaluator(start, end, known_on=known_on, rulebook=book)
    by_segment = [row for s in evaluator.run(staff) for row in expand(s)]
    assert by_month == by_segment


def _four_days(days: Decimal, weekdays: int, work_fraction: Decimal) -> bool:
    return days * work_fraction >= 4


def _not_read(days: Decimal, weekdays: int, work_fraction: Decimal) -> None:
    return None


@given(
    employees(),
    months(Month("2021-01"), Month("2024-12")),
    st.lists(st.dates(min_value=date(2019, 1, 1), max_value=date(2026, 1, 1)), max_size=4),
    st.one_of(
        st.none(),
        st.builds(
            Settings,
            st.lists(st.sampled_from(["statutory", "contractual", "student"]), unique=True).map(
                tuple
            ),
            st.booleans(),
            st.booleans(),
            st.sampled_from([None, _four_days, _not_read]),
        ),
    ),
)
def test_a_key_unbuilt_is_the_key_of_the_situation(
    employee: Employee, month: Month, dates: list[date], settings: Settings | None
) -> None:
    """Situation.key_of, the engine's shortcut, is the key of the situation it skips."""
    registered = {row.month: row for row in employee.telework_days}
    expected = Situation.of(employee, month).key(sorted(dates), settings)
    assert Situation.key_of(employee, month, sorted(dates), settings) == expected
    assert Situation.key_of(employee, month, sorted(dates), settings, registered) == expected


@given(
    months(Month("2023-01"), Month("2024-12")),
    st.integers(0, 120).map(lambda tenths: Decimal(tenths) / 10),
    st.sampled_from([Decimal(1), Decimal("0.8"), Decimal("0.5")]),
    st.sampled_from([RULEBOOKS[0], RULEBOOKS[-1]]),
)
def test_registered_days_are_shared_by_the_verdict_the_rule_reaches(
    month: Month, days: Decimal, fraction: Decimal, book: Rulebook
) -> None:
    """registered_test says met exactly when the home-working rule grants on those days.

    Tried on the days drawn and on the threshold itself, just below and just above it
    (one day a week of the month's weekdays, scaled by the fraction where the rulebook
    scales it).
    """
    params = book.parameters("DWSE")
    known_on = date(2025, 1, 1)
    test = registered_test(params, month, known_on)
    for per_week in (Decimal(1), fraction):
        threshold = Decimal(month.weekdays) * per_week / 5
        for tried in (days, threshold, threshold - Decimal("0.01"), threshold + Decimal("0.01")):
            staff = Employee(
                "E1",
                date(2019, 1, 1),
                entity="DWSE",
                work_fraction=fraction,
                telework_days=(TeleworkDays(month, tried),),
            )
            home = evaluate(staff, month, known_on=known_on, rulebook=book)[Allowance.HOME_WORKING]
            met = test(tried, month.weekdays, fraction)
            assert met is not None  # the registered days decide in 2023-2024
            assert met == home.granted, (tried, threshold)
