"""Back pay and what-if: laws of the ledger and of simulations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import (
    Allowance,
    Dataset,
    Employee,
    InvalidParameterError,
    Month,
    TeleworkArrangement,
    evaluate,
)
from teleworkrules.law.reforms import load_initiative, parse_change
from teleworkrules.results.arrears import CauseKind, arrears_from_payments, arrears_since, totals
from teleworkrules.results.simulation import simulate
from teleworkrules.strategies import employees, months

TELEWORKER = Employee(
    "E1", date(2020, 1, 1), telework=(TeleworkArrangement(date(2021, 1, 1), None, Decimal(2)),)
)


def test_back_pay_for_a_full_year_teleworker_is_160_euro() -> None:
    """Computed on 2023-10-01 against 2023-09-07: EUR 160.00 for January-August 2023."""
    back = list(
        arrears_since(
            [TELEWORKER],
            Month("2023-01"),
            Month("2023-08"),
            known_on=date(2023, 10, 1),
            paid_as_known_on=date(2023, 9, 7),
        )
    )
    assert Decimal("160.00") == sum(a.difference for a in back)
    assert 8 == len(back)
    cause = back[0].cause
    assert CauseKind.RULE_CHANGED == cause.kind
    assert cause.parameter is not None
    assert ("home_working.amount", date(2023, 9, 8)) == (
        cause.parameter.name,
        cause.parameter.known_from,
    )
    assert "pas gekend sinds 2023-09-08" in cause.text("nl")


@given(
    st.lists(employees(), max_size=4, unique_by=lambda e: e.employee_id),
    months(Month("2021-01"), Month("2024-06")),
    st.integers(0, 18),
    st.dates(min_value=date(2021, 1, 1), max_value=date(2026, 1, 1)),
)
def test_unchanged_rules_give_zero_back_pay(
    staff: list[Employee], start: Month, length: int, known_on: date
) -> None:
    """Compared with itself, or across a period in which nothing was decided, nothing is owed."""
    end = start + length
    assert [] == list(
        arrears_since(staff, start, end, known_on=known_on, paid_as_known_on=known_on)
    )
    # Nothing that changes an amount was decided between 2024-01-01 and 2025-01-01.
    assert [] == list(
        arrears_since(
            staff, start, end, known_on=date(2025, 1, 1), paid_as_known_on=date(2024, 1, 1)
        )
    )


@given(
    st.lists(employees(), max_size=4, unique_by=lambda e: e.employee_id),
    months(Month("2022-06"), Month("2023-12")),
    st.integers(0, 12),
    st.dates(min_value=date(2022, 1, 1), max_value=date(2023, 9, 7)),
)
def test_back_pay_is_the_sum_of_per_month_differences(
    staff: list[Employee], start: Month, length: int, paid_on: date
) -> None:
    """The totals equal the sum, over person-months, of owed now minus owed then."""
    end, now = start + length, date(2023, 10, 1)
    back = list(arrears_since(staff, start, end, known_on=now, paid_as_known_on=paid_on))
    expected = Decimal("0.00")
    for e in staff:
        for m in Month.span(start, end):
            for allowance in (Allowance.INTERNET_FORFAIT, Allowance.HOME_WORKING):
                expected += (
                    evaluate(e, m, known_on=now)[allowance].amount
                    - evaluate(e, m, known_on=paid_on)[allowance].amount
                )
    assert expected == sum((t.difference for t in totals(back)), Decimal("0.00"))
    assert expected == sum((a.difference for a in back), Decimal("0.00"))


def test_payments_are_compared_with_their_causes(tmp_path: Path) -> None:
    """Against payments: not paid, paid but not owed (recovery), and a different amount."""
    from teleworkrules import load_dataset

    (tmp_path / "staff.csv").write_text("employee_id,hire_date\nE1,2023-01-01\n", encoding="utf-8")
    (tmp_path / "payments.csv").write_text(
        "employee_id,month,allowance,amount,paid_on\n"
        "E1,2023-01,internet_forfait,20.00,2023-02-25\n"
        "E1,2023-02,internet_forfait,15.00,2023-03-25\n"
        "E1,2023-02,home_working,20.00,2023-03-25\n",
        encoding="utf-8",
    )
    found = {
        (str(a.month), a.allowance.value): a
        for a in arrears_from_payments(
            load_dataset(tmp_path), Month("2023-01"), Month("2023-03"), known_on=date(2024, 1, 1)
        )
    }
    assert CauseKind.PAYMENT_DIFFERS == found[("2023-02", "internet_forfait")].cause.kind
    assert CauseKind.NOT_OWED == found[("2023-02", "home_working")].cause.kind
    assert Decimal("-20.00") == found[("2023-02", "home_working")].difference
    assert CauseKind.NOT_PAID == found[("2023-03", "internet_forfait")].cause.kind
    assert ("2023-01", "internet_forfait") not in found


@given(
    st.lists(employees(), max_size=4, unique_by=lambda e: e.employee_id),
    months(Month("2021-01"), Month("2024-06")),
    st.integers(0, 12),
)
def test_a_reform_that_changes_nothing_gives_identical_budgets(
    staff: list[Employee], start: Month, length: int
) -> None:
    """Setting a parameter to its current value changes no figure and nobody's pay."""
    sim = simulate(
        Dataset(tuple(staff)),
        start,
        start + length,
        [
            parse_change("internet.forfait.amount=20.00@2021-01"),
            parse_change("home_working.min_days_per_week=1@2023-01"),
        ],
        known_on=date(2026, 1, 1),
    )
    assert sim.baseline.years == sim.reform.years
    assert (0, 0) == (sim.better_off, sim.worse_off)


def test_a_higher_forfait_costs_exactly_five_euro_per_forfait_month() -> None:
    """EUR 25 instead of 20 from 2025-01 costs EUR 5 per forfait person-month."""
    from teleworkrules import InternetRoute, Route

    staff = Dataset(
        (
            Employee(
                "E1",
                date(2020, 1, 1),
                internet=(InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),),
            ),
        )
    )
    sim = simulate(
        staff,
        Month("2024-07"),
        Month("2025-12"),
        [parse_change("internet.forfait.amount=25@2025-01")],
        known_on=date(2026, 1, 1),
    )
    assert Decimal("0.00") == sim.difference(2024, Allowance.INTERNET_FORFAIT)
    assert Decimal("60.00") == sim.difference(2025, Allowance.INTERNET_FORFAIT)
    assert (1, 0) == (sim.better_off, sim.worse_off)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("internet.forfait.amount=25", "PARAMETER=VALUE@YYYY-MM"),
        ("nope.nope=1@2025-01", "unknown parameter"),
        ("internet.forfait.amount=lots@2025-01", "not a value of unit EUR"),
        ("internet.forfait.amount=25@2025-13", "not a month"),
        ("payment.suspend_on_long_absence=maybe@2025-01", "not a value of unit boolean"),
    ],
)
def test_bad_overrides_are_clear_errors(text: str, message: str) -> None:
    """A malformed --set names what is wrong."""
    with pytest.raises((InvalidParameterError, KeyError), match=message):
        parse_change(text)


def test_an_initiative_file_is_costed(tmp_path: Path) -> None:
    """A planned initiative (motivation, timing, budget, changes) is loaded and simulated."""
    path = tmp_path / "plan.toml"
    path.write_text(
        '[initiative]\ntitle.nl = "Twee dagen"\ntitle.en = "Two days"\n'
        'motivation = "Alleen structureel thuiswerk"\ntiming = "2023-01"\nbudget = "1000.00"\n'
        '[[changes]]\nparameter = "home_working.min_days_per_week"\nvalue = "2"\n'
        'from = "2023-01"\n',
        encoding="utf-8",
    )
    initiative = load_initiative(path)
    assert (Month("2023-01"), Decimal("1000.00")) == (initiative.timing, initiative.budget)
    one_day = Employee(
        "E2", date(2020, 1, 1), telework=(TeleworkArrangement(date(2021, 1, 1), None, Decimal(1)),)
    )
    sim = simulate(
        Dataset((TELEWORKER, one_day)),
        Month("2023-01"),
        Month("2023-12"),
        initiative.changes,
        known_on=date(2024, 1, 1),
        initiative=initiative,
    )
    assert Decimal("-240.00") == sim.difference(2023, Allowance.HOME_WORKING)
    assert (0, 1) == (sim.better_off, sim.worse_off)


def test_payments_made_after_the_evaluation_date_do_not_count(tmp_path: Path) -> None:
    """As known on a day, a payment made later was not made yet: no false recovery."""
    from teleworkrules import load_dataset

    (tmp_path / "staff.csv").write_text("employee_id,hire_date\nE1,2023-01-01\n", encoding="utf-8")
    (tmp_path / "payments.csv").write_text(
        "employee_id,month,allowance,amount,paid_on\nE1,2023-01,home_working,20.00,2023-10-25\n",
        encoding="utf-8",
    )
    found = list(
        arrears_from_payments(
            load_dataset(tmp_path), Month("2023-01"), Month("2023-01"), known_on=date(2023, 9, 7)
        )
    )
    assert ["internet_forfait"] == [a.allowance.value for a in found]  # not yet paid


def test_an_unknown_rule_set_is_a_clear_error() -> None:
    """An entity selecting a rule set the engine does not know gets the library's error."""
    import attrs

    from teleworkrules import Rulebook
    from teleworkrules.law.parameters import ParameterSet

    fed = Rulebook.default().policy("FED")
    chosen = fed.parameters["entity.rule_set"]
    unknown = attrs.evolve(
        chosen,
        choices=("federal", "brussels"),
        versions=tuple(attrs.evolve(v, value="brussels") for v in chosen.versions),
    )
    parameters = ParameterSet(
        tuple(unknown if p.name == "entity.rule_set" else p for p in fed.parameters.parameters)
    )
    book = Rulebook.default().with_policy(attrs.evolve(fed, parameters=parameters))
    with pytest.raises(InvalidParameterError, match="'brussels'"):
        evaluate(
            Employee("F1", date(2020, 1, 1), entity="FED"),
            Month("2023-01"),
            known_on=date(2024, 1, 1),
            rulebook=book,
        )
