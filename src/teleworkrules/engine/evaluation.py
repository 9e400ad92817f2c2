"""Evaluate people and months: the entry points for notebooks and HR tools.

Every function takes the evaluation date ``known_on`` as an argument (no clock is read):
only rules and parameter values known on that day count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import final

import attrs

from teleworkrules.decisions import Allowance, Decision, Evaluation, MaterialDecision, Step
from teleworkrules.exceptions import InvalidFactError, InvalidParameterError, OutOfHistoryError
from teleworkrules.facts import Employee
from teleworkrules.law.entities import Rulebook
from teleworkrules.rules import federal, home_working, internet
from teleworkrules.rules._common import Context
from teleworkrules.rules.material import decide_material
from teleworkrules.rules.payment import suspension
from teleworkrules.rules.service import ServiceMonth, service_month
from teleworkrules.time import Month

__all__ = ["Entitlement", "entitlements", "evaluate", "evaluate_material", "evaluate_months"]


@final
@attrs.frozen
class Entitlement:
    """One granted allowance for one person and month: a row of the entitlements CSV."""

    employee_id: str
    month: Month
    allowance: Allowance
    amount: Decimal
    benefit_in_kind: Decimal


def _check_known_on(known_on: object) -> date:
    if not isinstance(known_on, date):
        raise InvalidFactError("known_on", known_on, "a date (the evaluation date)")
    return known_on


def evaluate(
    employee: Employee, month: Month, *, known_on: date, rulebook: Rulebook | None = None
) -> Evaluation:
    """Decide every allowance for ``employee`` in ``month``, as known on ``known_on``.

    >>> from datetime import date
    >>> from teleworkrules import Employee, InternetRoute, Route, TeleworkDays, Month
    >>> from decimal import Decimal
    >>> anna = Employee("E1", date(2020, 5, 1),
    ...     internet=(InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),),
    ...     telework_days=(TeleworkDays(Month("2023-03"), Decimal(10)),))
    >>> result = evaluate(anna, Month("2023-03"), known_on=date(2023, 10, 1))
    >>> [(d.allowance.value, str(d.amount)) for d in result.granted]
    [('internet_forfait', '20.00'), ('home_working', '20.00')]
    """
    if not isinstance(employee, Employee):
        raise InvalidFactError("employee", employee, "an Employee")
    if not isinstance(month, Month):
        raise InvalidFactError("month", month, "a Month, e.g. Month('2023-01')")
    known_on = _check_known_on(known_on)
    book = Rulebook.default() if rulebook is None else rulebook
    entity = book.policy(employee.entity).code
    params = book.parameters(entity)
    ctx = Context(employee, month, known_on, params, entity)
    service = service_month(employee, month, params, known_on)
    suspended = (
        None
        if service.deciding_day is None
        else suspension(employee, month, service.deciding_day, params, known_on)
    )
    rule_set = params.at(RULE_SET, month, known_on=known_on) if RULE_SET in params else None
    name = FLEMISH if rule_set is None or rule_set.value is None else str(rule_set.value)
    decide = RULE_SETS.get(name)
    if decide is None:
        raise InvalidParameterError(
            f"{RULE_SET} of entity {entity} is {name!r} in {month}; expected one of "
            f"{', '.join(RULE_SETS)}"
        )
    decisions = decide(ctx, service, suspended)
    return Evaluation(employee.employee_id, month, known_on, entity, decisions)


def _flemish(
    ctx: Context, service: ServiceMonth, suspended: Step | None
) -> tuple[Decision, Decision, Decision]:
    """The Flemish rule set: VPS art. VII 109 and the sectoral agreement 2020-2022."""
    forfait, third_party = internet.decide(ctx, service, suspended)
    return forfait, third_party, home_working.decide(ctx, service, suspended)


RULE_SET = "entity.rule_set"
"""The entity parameter that selects a rule set (Flemish when an entity does not say)."""
FLEMISH = "flemish"
RuleSet = Callable[[Context, ServiceMonth, "Step | None"], tuple[Decision, Decision, Decision]]
RULE_SETS: dict[str, RuleSet] = {FLEMISH: _flemish, "federal": federal.decide}
"""The rule sets an entity can select: each returns the internet forfait, third-party and
home-working (or office) decisions, in that order."""


def check_range(start: Month, end: Month, book: Rulebook) -> None:
    for name, value in (("from", start), ("to", end)):
        if not isinstance(value, Month):
            raise InvalidFactError(name, value, "a Month, e.g. Month('2023-01')")
    if end < start:
        raise InvalidFactError("to", str(end), f"a month on or after from ({start})")
    first = min(p.starts for p in book.law)
    if start < first:
        raise OutOfHistoryError(f"teleworkrules has no rules before {first}; asked from {start}")


def evaluate_months(
    employee: Employee,
    start: Month,
    end: Month,
    *,
    known_on: date,
    rulebook: Rulebook | None = None,
) -> Iterator[Evaluation]:
    """:func:`evaluate` for every month from ``start`` to ``end``, both included."""
    book = Rulebook.default() if rulebook is None else rulebook
    check_range(start, end, book)
    for month in Month.span(start, end):
        yield evaluate(employee, month, known_on=known_on, rulebook=book)


def entitlements(
    employees: Iterable[Employee],
    start: Month,
    end: Month,
    *,
    known_on: date,
    rulebook: Rulebook | None = None,
) -> Iterator[Entitlement]:
    """Every allowance granted from ``start`` to ``end``, as known on ``known_on``.

    Yields per employee (in the order given), then month, then allowance code; months
    with nothing granted yield nothing.
    """
    book = Rulebook.default() if rulebook is None else rulebook
    check_range(start, end, book)
    known_on = _check_known_on(known_on)
    for employee in employees:
        for month in Month.span(start, end):
            granted = evaluate(employee, month, known_on=known_on, rulebook=book).granted
            for decision in sorted(granted, key=lambda d: d.allowance.value):
                yield Entitlement(
                    employee.employee_id,
                    month,
                    decision.allowance,
                    decision.amount,
                    decision.benefit_in_kind,
                )


def evaluate_material(
    employee: Employee, item: str, on: date, *, rulebook: Rulebook | None = None
) -> MaterialDecision:
    """Whether ``employee`` may receive catalogue ``item`` on day ``on``, and why.

    >>> from datetime import date
    >>> from teleworkrules import Employee
    >>> bob = Employee("E2", date(2023, 1, 16))
    >>> evaluate_material(bob, "chair", date(2023, 7, 15)).eligible
    False
    >>> evaluate_material(bob, "chair", date(2023, 7, 16)).eligible
    True
    """
    if not isinstance(on, date):
        raise InvalidFactError("on", on, "a date")
    book = Rulebook.default() if rulebook is None else rulebook
    return decide_material(employee, item, on, book.policy(employee.entity))
