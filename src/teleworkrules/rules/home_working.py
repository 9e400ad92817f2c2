"""The home-working allowance (thuiswerkvergoeding).

Legal text: sectoral agreement 2020-2022 for the Flemish government, carried out by the
decision of the Flemish Government of 8 September 2023 amending the VPS. EUR 20.00 net a
month (``home_working.amount``), on top of the internet allowance, for staff who telework
on average at least one day a week (``home_working.min_days_per_week``). In force from
2023-01-01 but known only from 2023-09-08: evaluated as known before that day, nobody is
owed it; afterwards January to August 2023 are owed as back pay. Not indexed.

For month M (RULES.md "Monthly evaluation" 5):

* a ``telework_days`` row for M alone decides (setting
  ``home_working.registered_days_decide``); approval is not asked and 0 days deny. Granted
  when ``days >= weekdays(M) x min_days_per_week / working_days_per_week`` (Monday to
  Friday dates of the whole month; no holiday calendar, no reduction for part-month service);
* otherwise the approved arrangement on the deciding day must plan at least
  ``min_days_per_week`` days a week (:mod:`.hybrid_work`);
* part-time does not scale the threshold (``home_working.scale_threshold_by_work_fraction``).

References:
    https://www.vlaanderen.be/vlaams-personeelsstatuut/overzicht-wijzigende-besluiten-vps/wb-76-bvr-8-september-2023
    https://acodonline.be/artikelsdetails/vlaamse-overheid-verdere-uitvoering-sectoraal-akkoord-komt-eraan!/d4448f28-5ead-4f8e-8096-3ab4f2b7eea2
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from teleworkrules.decisions import Allowance, Decision, Step
from teleworkrules.law.parameters import ParameterSet, Version
from teleworkrules.rules._common import (
    LAW_STEPS,
    Context,
    amount_of,
    amount_step,
    lookup,
    not_in_force,
    setting,
)
from teleworkrules.rules.fiscal import OFFICE_CEILING, check_ceiling
from teleworkrules.rules.hybrid_work import approved_arrangement
from teleworkrules.rules.service import ServiceMonth, prorate
from teleworkrules.rules.situation import RegisteredTest
from teleworkrules.time import Month

__all__ = [
    "AMOUNT",
    "MIN_DAYS_PER_WEEK",
    "decide",
    "monthly_threshold",
    "registered_test",
]

RULE = "home_working"
AMOUNT = "home_working.amount"
MIN_DAYS_PER_WEEK = "home_working.min_days_per_week"
WORKING_DAYS_PER_WEEK = "home_working.working_days_per_week"
REGISTERED_DAYS_DECIDE = "home_working.registered_days_decide"
SCALE_BY_FRACTION = "home_working.scale_threshold_by_work_fraction"


def monthly_threshold(weekdays: int, per_week: Decimal, working_days_per_week: int) -> Decimal:
    """The telework days needed in a month with ``weekdays`` Monday-Friday dates.

    >>> monthly_threshold(22, Decimal(1), 5)
    Decimal('4.4')
    """
    return Decimal(weekdays) * per_week / Decimal(working_days_per_week)


def registered_test(params: ParameterSet, month: Month, known_on: date) -> RegisteredTest:
    """How :func:`decide` reads a month's registered telework days under ``params``.

    For sharing decisions between people (:mod:`teleworkrules.rules.sharing`): two
    registered rows that both meet the threshold, or both miss it, decide alike. ``None``
    for every row when the rows do not decide (``home_working.registered_days_decide``
    off) or the allowance is not in force, as :func:`decide` does not read them then.
    """
    # The settings are read in the order decide() reads them, and only where it does.
    amount = lookup(params, AMOUNT, month, known_on)
    per_week_version = lookup(params, MIN_DAYS_PER_WEEK, month, known_on)
    if amount is None or per_week_version is None:
        return _not_read
    per_week = per_week_version.value
    assert isinstance(per_week, Decimal)
    scale = setting(params, SCALE_BY_FRACTION, month, known_on).value is True
    if setting(params, REGISTERED_DAYS_DECIDE, month, known_on).value is not True:
        return _not_read

    thresholds: dict[tuple[int, Decimal], Decimal] = {}  # (weekdays, fraction): threshold

    def met(days: Decimal, weekdays: int, work_fraction: Decimal) -> bool:
        threshold = thresholds.get((weekdays, work_fraction))
        if threshold is None:
            week = setting(params, WORKING_DAYS_PER_WEEK, month, known_on).value
            assert isinstance(week, int)
            needed = per_week * work_fraction if scale else per_week
            threshold = thresholds[(weekdays, work_fraction)] = monthly_threshold(
                weekdays, needed, week
            )
        return days >= threshold

    return met


def _not_read(days: Decimal, weekdays: int, work_fraction: Decimal) -> None:
    del days, weekdays, work_fraction  # the rows do not decide


def decide(ctx: Context, service: ServiceMonth, suspended: Step | None) -> Decision:
    """The home-working decision for the context's month."""
    steps: tuple[Step, ...] = service.steps
    day = service.deciding_day
    if day is None or suspended is not None:
        return ctx.decision(
            Allowance.HOME_WORKING, steps + (() if suspended is None else (suspended,))
        )
    amount_version = lookup(ctx.params, AMOUNT, ctx.month, ctx.known_on)
    per_week_version = lookup(ctx.params, MIN_DAYS_PER_WEEK, ctx.month, ctx.known_on)
    if amount_version is None or per_week_version is None:
        missing = AMOUNT if amount_version is None else MIN_DAYS_PER_WEEK
        return ctx.decision(Allowance.HOME_WORKING, (*steps, not_in_force(ctx, RULE, missing)))
    per_week = per_week_version.value
    assert isinstance(per_week, Decimal)
    scale = setting(ctx.params, SCALE_BY_FRACTION, ctx.month, ctx.known_on)
    used = [per_week_version]
    if scale.value is True:
        per_week *= ctx.situation.work_fraction
        used.append(scale)
    registered = setting(ctx.params, REGISTERED_DAYS_DECIDE, ctx.month, ctx.known_on)
    row = ctx.situation.registered if registered.value is True else None
    if row is not None:
        week = setting(ctx.params, WORKING_DAYS_PER_WEEK, ctx.month, ctx.known_on)
        assert isinstance(week.value, int)
        weekdays = ctx.month.weekdays
        threshold = monthly_threshold(weekdays, per_week, week.value)
        met = row.days >= threshold
        steps += (
            Step.of(
                RULE,
                "home.days_met" if met else "home.days_not_met",
                citation=per_week_version.citation,
                parameters=(*used, week, registered),
                facts={"telework_days.month": str(ctx.month), "telework_days.days": str(row.days)},
                days=str(row.days),
                month=str(ctx.month),
                threshold=f"{threshold.normalize():f}",
                weekdays=str(weekdays),
                per_week=f"{per_week.normalize():f}",
                week=str(week.value),
            ),
        )
    else:
        arrangement, consent = approved_arrangement(ctx.situation, day)
        steps += (consent,)
        if arrangement is None:
            no_basis = Step.of(
                RULE,
                "home.no_basis",
                citation=per_week_version.citation,
                parameters=used,
                month=str(ctx.month),
            )
            return ctx.decision(Allowance.HOME_WORKING, (*steps, no_basis))
        met = arrangement.days_per_week >= per_week
        steps += (_plan_step(met, tuple(used), str(arrangement.days_per_week), per_week),)
    if not met:
        return ctx.decision(Allowance.HOME_WORKING, steps)
    steps += (amount_step(RULE, "home.amount", version=amount_version, field="amount"),)
    amount, prorated = prorate(amount_of(amount_version), ctx, service)
    taxable, fiscal = check_ceiling(amount, OFFICE_CEILING, ctx.month, ctx.params, ctx.known_on)
    steps += prorated + (() if fiscal is None else (fiscal,))
    return ctx.decision(Allowance.HOME_WORKING, steps, amount=amount, taxable=taxable)


@lru_cache(maxsize=LAW_STEPS)
def _plan_step(met: bool, used: tuple[Version, ...], days: str, per_week: Decimal) -> Step:
    """Whether an arrangement planning ``days`` a week meets the ``per_week`` minimum.

    ``used[0]`` is the minimum's version, whose citation the step gives. ``days`` is the
    fact as written (``2`` and ``2.0`` are different texts); ``per_week`` is printed
    normalised, the same for equal numbers.
    """
    return Step.of(
        RULE,
        "home.plan_met" if met else "home.plan_not_met",
        citation=used[0].citation,
        parameters=used,
        days=days,
        per_week=f"{per_week.normalize():f}",
    )
