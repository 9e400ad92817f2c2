"""Evaluate people and months: the entry points for notebooks and HR tools.

Every function takes the evaluation date ``known_on`` as an argument (no clock is read):
only rules and parameter values known on that day count.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import final

import attrs

from teleworkrules.arguments import day_argument, month_argument
from teleworkrules.decisions import Allowance, Evaluation, MaterialDecision, Step
from teleworkrules.exceptions import InvalidFactError, OutOfHistoryError
from teleworkrules.facts import Employee
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import ParameterSet
from teleworkrules.law.sources import beyond_review, reviewed_on
from teleworkrules.rules._common import Context
from teleworkrules.rules.material import decide_material
from teleworkrules.rules.payment import absence_note, suspension
from teleworkrules.rules.rule_sets import rule_set_of
from teleworkrules.rules.service import service_month
from teleworkrules.rules.situation import Situation
from teleworkrules.time import Month

__all__ = [
    "Entitlement",
    "check_range",
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
    return day_argument("known_on", known_on)


def evaluate(
    employee: Employee,
    month: Month | str,
    *,
    known_on: date | str,
    rulebook: Rulebook | None = None,
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
    month = month_argument("month", month)
    day = _check_known_on(known_on)
    book = Rulebook.default() if rulebook is None else rulebook
    entity = book.policy(employee.entity).code
    return evaluate_situation(
        Situation.of(employee, month),
        known_on=day,
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
    if service.deciding_day is not None and suspended is None:
        note = absence_note(situation, service.deciding_day, params, known_on)
        if note is not None:  # mentioned, changes nothing
            service = service._replace(steps=(*service.steps, note))
    if beyond_review(situation.month):  # the values then in force are assumed unchanged
        review = Step.of("service", "note.beyond_review", day=reviewed_on().isoformat())
        service = service._replace(steps=(*service.steps, review))
    decisions = rule_set_of(ctx)(ctx, service, suspended)
    return Evaluation(situation.employee_id, situation.month, known_on, entity, decisions)


def check_range(start: Month | str, end: Month | str, book: Rulebook) -> tuple[Month, Month]:
    """``start..end`` as months, or an error unless it is a period within the rules' history.

    Each month is a ``Month`` or a text ``YYYY-MM``
    (:func:`~teleworkrules.arguments.month_argument`).
    """
    start, end = month_argument("from", start), month_argument("to", end)
    if end < start:
        raise InvalidFactError("to", str(end), f"a month on or after from ({start})")
    first = min(p.starts for p in book.law)
    if start < first:
        raise OutOfHistoryError(
            f"teleworkrules has no rules before {first}; asked from {start}"
        ).said_as("error.history", first=first, start=start)
    return start, end


def evaluate_months(
    employee: Employee,
    start: Month | str,
    end: Month | str,
    *,
    known_on: date | str,
    rulebook: Rulebook | None = None,
) -> Iterator[Evaluation]:
    """:func:`evaluate` for every month from ``start`` to ``end``, both included.

    The arguments are checked when called, not when the first month is asked for.
    """
    book = Rulebook.default() if rulebook is None else rulebook
    first, last = check_range(start, end, book)
    day = _check_known_on(known_on)
    return (evaluate(employee, m, known_on=day, rulebook=book) for m in Month.span(first, last))


def evaluate_material(
    employee: Employee, item: str, on: date | str, *, rulebook: Rulebook | None = None
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
    day = day_argument("on", on)
    book = Rulebook.default() if rulebook is None else rulebook
    return decide_material(employee, item, day, book.policy(employee.entity))
