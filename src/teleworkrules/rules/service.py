"""Monthly evaluation: which months count and which day decides them.

Legal text: VPS art. VII 73 §2 (flat allowances are paid per month, after the month) and
the library's documented defaults where the texts are silent (RULES.md "Monthly
evaluation"): a month counts when at least one day of it is in service
(``evaluation.in_service``); the situation on the first day in service decides the month
(``evaluation.deciding_day``); no proration (``evaluation.prorate_partial_month``,
``evaluation.prorate_work_fraction``); every contract type counts
(``evaluation.eligible_contracts``).

References:
    https://overheid.vlaanderen.be/BVR_Deel07-T3
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import attrs

from teleworkrules.decisions import Step
from teleworkrules.facts import Employee
from teleworkrules.law.parameters import ParameterSet
from teleworkrules.money import CENT
from teleworkrules.rules._common import setting
from teleworkrules.time import Month

__all__ = ["ServiceMonth", "prorate", "service_month"]

RULE = "service"


@attrs.frozen
class ServiceMonth:
    """The outcome of the service check for one month.

    Attributes:
        deciding_day: the day whose situation decides the month, or ``None`` when the
            month does not count (not in service, or contract not eligible).
        service_days: the calendar days of the month in service.
        steps: the explanation.
    """

    deciding_day: date | None
    service_days: int
    steps: tuple[Step, ...]


def service_month(
    employee: Employee, month: Month, params: ParameterSet, known_on: date
) -> ServiceMonth:
    """Whether ``month`` counts for ``employee`` and which day decides it."""
    rule = setting(params, "evaluation.in_service", month, known_on)
    first = max(month.first_day, employee.hire_date)
    last = month.last_day if employee.exit_date is None else min(month.last_day, employee.exit_date)
    service_days = max(0, (last - first).days + 1)
    facts = (
        ("hire_date", employee.hire_date.isoformat()),
        ("exit_date", "" if employee.exit_date is None else employee.exit_date.isoformat()),
    )
    counts = {
        "any_day": service_days > 0,
        "first_day": employee.in_service_on(month.first_day),
        "whole_month": service_days == month.days,
    }[str(rule.value)]
    if not counts:
        step = Step(
            RULE,
            f"service.not_in_service.{rule.value}",
            (("month", str(month)), ("hire", facts[0][1]), ("exit", facts[1][1] or "-")),
            rule.citation,
            (rule,),
            facts,
        )
        return ServiceMonth(None, service_days, (step,))
    choice = setting(params, "evaluation.deciding_day", month, known_on)
    day = first if choice.value == "first_service_day" else last
    in_service = Step(
        RULE,
        f"service.in_service.{choice.value}",
        (("month", str(month)), ("day", day.isoformat())),
        choice.citation,
        (rule, choice),
        facts,
    )
    contracts = setting(params, "evaluation.eligible_contracts", month, known_on)
    assert isinstance(contracts.value, tuple)
    if employee.contract.value not in contracts.value:
        excluded = Step(
            RULE,
            "service.contract_excluded",
            (("contract", employee.contract.value), ("eligible", ", ".join(contracts.value))),
            contracts.citation,
            (contracts,),
            (("contract", employee.contract.value),),
        )
        return ServiceMonth(None, service_days, (in_service, excluded))
    return ServiceMonth(day, service_days, (in_service,))


def prorate(
    amount: Decimal,
    employee: Employee,
    month: Month,
    service: ServiceMonth,
    params: ParameterSet,
    known_on: date,
) -> tuple[Decimal, tuple[Step, ...]]:
    """Apply the proration settings to a monthly amount (none by default)."""
    partial = setting(params, "evaluation.prorate_partial_month", month, known_on)
    fraction = setting(params, "evaluation.prorate_work_fraction", month, known_on)
    factor = Decimal(1)
    used = []
    if partial.value is True and service.service_days < month.days:
        factor *= Decimal(service.service_days) / Decimal(month.days)
        used.append(partial)
    if fraction.value is True and employee.work_fraction != 1:
        factor *= employee.work_fraction
        used.append(fraction)
    if not used:
        return amount, ()
    prorated = (amount * factor).quantize(CENT, rounding=ROUND_HALF_UP)
    step = Step(
        RULE,
        "service.prorated",
        (("before", f"{amount:.2f}"), ("factor", f"{factor:.4f}"), ("amount", f"{prorated:.2f}")),
        used[0].citation,
        tuple(used),
        (
            ("service_days", str(service.service_days)),
            ("work_fraction", str(employee.work_fraction)),
        ),
    )
    return prorated, (step,)
