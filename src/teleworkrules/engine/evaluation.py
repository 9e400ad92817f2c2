"""Evaluate people and months: the entry points for notebooks and HR tools.

Every function takes the evaluation date ``known_on`` as an argument (no clock is read):
only rules and parameter values known on that day count.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import final

import attrs

from teleworkrules.decisions import Allowance, Evaluation, MaterialDecision
from teleworkrules.exceptions import InvalidFactError, OutOfHistoryError
from teleworkrules.facts import Employee
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import ParameterSet
from teleworkrules.rules._common import Context
from teleworkrules.rules.material import decide_material
from teleworkrules.rules.payment import suspension
from teleworkrules.rules.rule_sets import rule_set_of
from teleworkrules.rules.service import service_month
from teleworkrules.rules.situation import Situation
from teleworkrules.time import Month

__all__ = [
    "Entitlement",
    "check_range",
    "entitlements",
    "evaluate",
    "evaluate_material",
    "evaluate_months",
    "evaluate_situation",
]


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
    return evaluate_situation(
        Situation.of(employee, month),
        known_on=known_on,
        params=book.parameters(entity),
        entity=entity,
    )


def evaluate_situation(
    situation: Situation, *, known_on: date, params: ParameterSet, entity: str
) -> Evaluation:
    """Decide every allowance of a :class:`~teleworkrules.rules.situation.Situation`.

    The core of :func:`evaluate`, for callers that hold the situation and the entity's
    parameters already (the population engine); arguments are not checked.
    """
    ctx = Context(situation, situation.month, known_on, params, entity)
    service = service_month(situation, params, known_on)
    suspended = (
        None
        if service.deciding_day is None
        else suspension(situation, service.deciding_day, params, known_on)
    )
    decisions = rule_set_of(ctx)(ctx, service, suspended)
    return Evaluation(situation.employee_id, situation.month, known_on, entity, decisions)


def check_range(start: Month, end: Month, book: Rulebook) -> None:
    """Raise an error unless ``start..end`` is a period of months within the rules' history."""
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
