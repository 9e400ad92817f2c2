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

from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from teleworkrules.decisions import Step
from teleworkrules.law.parameters import ParameterSet, Version
from teleworkrules.money import CENT
from teleworkrules.rules._common import LAW_STEPS, Context, setting
from teleworkrules.rules.situation import Situation
from teleworkrules.time import Month

__all__ = [
    "ANY_DAY",
    "ELIGIBLE_CONTRACTS",
    "IN_SERVICE",
    "PRORATE_PARTIAL_MONTH",
    "PRORATE_WORK_FRACTION",
    "ServiceMonth",
    "prorate",
    "service_month",
]

RULE = "service"
ELIGIBLE_CONTRACTS = "evaluation.eligible_contracts"
PRORATE_WORK_FRACTION = "evaluation.prorate_work_fraction"
PRORATE_PARTIAL_MONTH = "evaluation.prorate_partial_month"
IN_SERVICE = "evaluation.in_service"
ANY_DAY = "any_day"
"""The ``evaluation.in_service`` value under which any day in service counts the month."""


class ServiceMonth(NamedTuple):
    """The outcome of the service check for one month (a named tuple: one per evaluation)."""

    deciding_day: date | None
    """The day whose situation decides the month, or ``None`` when the month does not count
    (not in service, or contract not eligible)."""
    service_days: int
    """The calendar days of the month in service."""
    steps: tuple[Step, ...]
    """The explanation."""


_COUNTS: dict[str, Callable[[int, date, Month], bool]] = {
    ANY_DAY: lambda days, first, month: days > 0,
    "first_day": lambda days, first, month: days > 0 and first == month.first_day,
    "whole_month": lambda days, first, month: days == month.days,
}
"""Whether a month counts, by ``evaluation.in_service`` rule: from its days in service and
the first of them."""


def service_month(situation: Situation, params: ParameterSet, known_on: date) -> ServiceMonth:
    """Whether the situation's month counts and which day decides it."""
    month = situation.month
    rule = setting(params, IN_SERVICE, month, known_on)
    first, last, service_days = situation.first, situation.last, situation.service_days
    hire = situation.hire_date.isoformat()
    exit_ = "" if situation.exit_date is None else situation.exit_date.isoformat()
    facts = {"hire_date": hire, "exit_date": exit_}
    counts = _COUNTS[str(rule.value)](service_days, first, month)
    if not counts:
        step = Step.of(
            RULE,
            f"service.not_in_service.{rule.value}",
            citation=rule.citation,
            parameters=(rule,),
            facts=facts,
            month=str(month),
            hire=hire,
            exit=exit_ or "-",
        )
        return ServiceMonth(None, service_days, (step,))
    choice = setting(params, "evaluation.deciding_day", month, known_on)
    day = first if choice.value == "first_service_day" else last
    in_service = Step.of(
        RULE,
        f"service.in_service.{choice.value}",
        citation=choice.citation,
        parameters=(rule, choice),
        facts=facts,
        month=str(month),
        day=day.isoformat(),
    )
    contracts = setting(params, ELIGIBLE_CONTRACTS, month, known_on)
    assert isinstance(contracts.value, tuple)
    if situation.contract.value not in contracts.value:
        excluded = Step.of(
            RULE,
            "service.contract_excluded",
            citation=contracts.citation,
            parameters=(contracts,),
            facts={"contract": situation.contract.value},
            contract=situation.contract.value,
            eligible=", ".join(contracts.value),
        )
        return ServiceMonth(None, service_days, (in_service, excluded))
    return ServiceMonth(day, service_days, (in_service,))


def prorate(
    amount: Decimal, ctx: Context, service: ServiceMonth
) -> tuple[Decimal, tuple[Step, ...]]:
    """Apply the proration settings to a monthly amount (none by default).

    Without proration, part-time work and a partial month are noted (``note.*`` steps)
    with the setting that would change the amount; the amount stays as it is.
    """
    month, params, known_on = ctx.month, ctx.params, ctx.known_on
    work_fraction = ctx.situation.work_fraction
    partial = setting(params, PRORATE_PARTIAL_MONTH, month, known_on)
    fraction = setting(params, PRORATE_WORK_FRACTION, month, known_on)
    partial_month = service.service_days < month.days
    part_time = work_fraction != 1
    by_days = partial.value is True and partial_month
    by_fraction = fraction.value is True and part_time
    if not by_days and not by_fraction:  # noted, the amount as it is
        notes: tuple[Step, ...] = ()
        if fraction.value is False and part_time:
            notes += (_part_time(fraction, str(work_fraction)),)
        if partial.value is False and partial_month:
            notes += (_partial_month(partial, service.service_days, month.days),)
        return amount, notes
    factor = Decimal(1)
    used = []
    if by_days:
        factor *= Decimal(service.service_days) / Decimal(month.days)
        used.append(partial)
    if by_fraction:
        factor *= work_fraction
        used.append(fraction)
    prorated = (amount * factor).quantize(CENT, rounding=ROUND_HALF_UP)
    step = Step.of(
        RULE,
        "service.prorated",
        citation=used[0].citation,
        parameters=used,
        facts={
            "service_days": str(service.service_days),
            "work_fraction": str(work_fraction),
        },
        before=f"{amount:.2f}",
        factor=f"{factor:.4f}",
        amount=f"{prorated:.2f}",
    )
    return prorated, (step,)


@lru_cache(maxsize=LAW_STEPS)
def _part_time(fraction: Version, work_fraction: str) -> Step:
    """The note that part-time work leaves the amount as it is, under setting ``fraction``.

    ``work_fraction`` is the fact as written (``0.8`` and ``0.80`` are different texts).
    """
    return Step.of(
        RULE,
        "note.part_time",
        citation=fraction.citation,
        parameters=(fraction,),
        facts={"work_fraction": work_fraction},
        percent=f"{(Decimal(work_fraction) * 100).normalize():f}",
        setting=fraction.name,
    )


@lru_cache(maxsize=LAW_STEPS)
def _partial_month(partial: Version, service_days: int, month_days: int) -> Step:
    """The note that a part month leaves the amount as it is, under setting ``partial``."""
    return Step.of(
        RULE,
        "note.partial_month",
        citation=partial.citation,
        parameters=(partial,),
        facts={"service_days": str(service_days)},
        days=str(service_days),
        month_days=str(month_days),
        setting=partial.name,
    )
