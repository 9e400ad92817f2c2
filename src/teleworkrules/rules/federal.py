"""The federal administration preset: the telework allowance of the federal civil service.

Legal text: Royal Decree of 13 July 2017 on the allowances of federal civil servants,
art. 96, as amended by the Royal Decree of 10 April 2022 (from 2022-01, published
2022-04-20) and the Royal Decree of 29 May 2023 (indexation from 2023-09, published
2023-08-18); the Royal Decree of 9 May 2021 (temporary supplement, published 2021-05-19).
Two parts, decided per calendar month on the telework days of that month:

* internet and communication costs: ``federal.internet.amount`` (EUR 20, not indexed) when
  the person teleworked at least ``federal.internet.min_days_in_month`` day (reported in
  the outputs as ``internet_forfait``: a monthly internet allowance paid with salary);
  before the decree of 10 April 2022 it was a maximum paid pro rata
  (``federal.internet.pro_rata_maximum``): the decision says so, and pays the full amount;
* office costs: ``federal.office.amount`` (EUR 30 from 2022-01; from 2023-09 indexed:
  ``federal.office.base`` times ``federal.index.coefficient``, rounded down to the cent)
  from ``federal.office.min_days_in_month`` (4) telework days, no pro rata below
  (reported as ``home_working``); for January-August 2021, before there was an office-cost
  allowance, the temporary supplement ``federal.supplement_2021.amount`` (EUR 20) from
  ``federal.supplement_2021.min_days_in_month`` (4) telework days, reported the same way.

The telework days of a month are the registered ``telework_days`` when there is a row;
otherwise the approved arrangement on the deciding day, as days a week times the month's
weekdays over ``federal.working_days_per_week``. There are no internet routes: nothing is
ever granted as ``internet_third_party``.

References:
    https://bosa.belgium.be/nl/themas/werken-bij-de-overheid/verloning-en-voordelen/toelagen-en-vergoedingen/vergoeding-voor-2
    https://www.nuod-financien.be/2023/09/29/indexering-deel-2-van-de-telewerkvergoeding/
    https://www.acv-gevangenissen.be/673980_kb-thuiswerkvergoeding-verschenen
"""

from __future__ import annotations

from decimal import Decimal

from teleworkrules.decisions import Decision, Step
from teleworkrules.facts import Allowance
from teleworkrules.law.parameters import Version
from teleworkrules.rules._common import Context, amount_of, lookup, not_in_force, setting
from teleworkrules.rules.fiscal import INTERNET_CEILING, OFFICE_CEILING, check_ceiling
from teleworkrules.rules.hybrid_work import approved_arrangement
from teleworkrules.rules.service import ServiceMonth, prorate

__all__ = ["decide", "telework_days"]

RULE = "federal"

OFFICE = "federal.office.amount"
SUPPLEMENT = "federal.supplement_2021.amount"
PRO_RATA_MAXIMUM = "federal.internet.pro_rata_maximum"


def telework_days(ctx: Context, service: ServiceMonth) -> tuple[Decimal, Step]:
    """The telework days of the month: registered, or planned by the approved arrangement."""
    row = ctx.situation.registered
    if row is not None:
        return row.days, Step.of(
            RULE,
            "federal.days_registered",
            facts={"telework_days.days": str(row.days)},
            days=str(row.days),
            month=str(ctx.month),
        )
    assert service.deciding_day is not None
    arrangement, consent = approved_arrangement(ctx.situation, service.deciding_day)
    if arrangement is None:
        return Decimal(0), consent
    week = setting(ctx.params, "federal.working_days_per_week", ctx.month, ctx.known_on)
    assert isinstance(week.value, int)
    days = arrangement.days_per_week * ctx.month.weekdays / week.value
    return days, Step.of(
        RULE,
        "federal.days_planned",
        citation=consent.citation,
        parameters=(week,),
        facts=dict(consent.facts),
        per_week=str(arrangement.days_per_week),
        weekdays=str(ctx.month.weekdays),
        week=str(week.value),
        days=f"{days.normalize():f}",
    )


def _part(
    ctx: Context,
    service: ServiceMonth,
    steps: tuple[Step, ...],
    days: Decimal,
    allowance: Allowance,
    amount_name: str,
    minimum_name: str,
    ceiling: str,
) -> Decision:
    amount_version = lookup(ctx.params, amount_name, ctx.month, ctx.known_on)
    if amount_version is None:
        return ctx.decision(allowance, (*steps, not_in_force(ctx, RULE, amount_name)))
    minimum = setting(ctx.params, minimum_name, ctx.month, ctx.known_on)
    assert isinstance(minimum.value, Decimal)
    met = days >= minimum.value
    steps += (
        Step.of(
            RULE,
            "federal.days_met" if met else "federal.days_not_met",
            citation=minimum.citation,
            parameters=(minimum,),
            days=f"{days.normalize():f}",
            minimum=f"{minimum.value.normalize():f}",
            allowance=allowance.value,
        ),
    )
    if not met:
        return ctx.decision(allowance, steps)
    amount = amount_of(amount_version)
    steps += _indexed(ctx, amount_version, allowance)
    steps += (
        Step.of(
            RULE,
            "federal.amount",
            citation=amount_version.citation,
            parameters=(amount_version,),
            amount=f"{amount:.2f}",
            allowance=allowance.value,
        ),
    )
    if allowance is Allowance.INTERNET_FORFAIT:
        steps += _maximum(ctx, amount)
    amount, prorated = prorate(amount, ctx, service)
    taxable, fiscal = check_ceiling(amount, ceiling, ctx.month, ctx.params, ctx.known_on)
    steps += prorated + (() if fiscal is None else (fiscal,))
    return ctx.decision(allowance, steps, amount=amount, taxable=taxable)


def _indexed(ctx: Context, version: Version, allowance: Allowance) -> tuple[Step, ...]:
    """The step computing an indexed amount: base x coefficient, rounded (none if not indexed)."""
    formula = version.indexation
    if formula is None or formula.base_amount is None or formula.coefficient is None:
        return ()
    base = setting(ctx.params, formula.base, ctx.month, ctx.known_on)
    coefficient = setting(ctx.params, formula.index, ctx.month, ctx.known_on)
    return (
        Step.of(
            RULE,
            f"federal.indexed.{formula.rounding.value}",
            citation=coefficient.citation,
            parameters=(base, coefficient),
            allowance=allowance.value,
            base=f"{formula.base_amount:.2f}",
            factor=f"{formula.coefficient:f}",
            amount=f"{amount_of(version):.2f}",
        ),
    )


def _maximum(ctx: Context, amount: Decimal) -> tuple[Step, ...]:
    """Before the decree of 10 April 2022: the internet amount was a maximum, paid pro rata."""
    flag = lookup(ctx.params, PRO_RATA_MAXIMUM, ctx.month, ctx.known_on)
    if flag is None or flag.value is not True:
        return ()
    return (
        Step.of(
            RULE,
            "federal.internet.pro_rata_maximum",
            citation=flag.citation,
            parameters=(flag,),
            amount=f"{amount:.2f}",
        ),
    )


def _office(
    ctx: Context, service: ServiceMonth, steps: tuple[Step, ...], days: Decimal
) -> Decision:
    """The office costs; for January-August 2021, the temporary supplement instead."""
    name, minimum = OFFICE, "federal.office.min_days_in_month"
    if lookup(ctx.params, OFFICE, ctx.month, ctx.known_on) is None:
        supplement = lookup(ctx.params, SUPPLEMENT, ctx.month, ctx.known_on)
        if supplement is not None:
            name, minimum = SUPPLEMENT, "federal.supplement_2021.min_days_in_month"
            steps += (
                Step.of(
                    RULE,
                    "federal.supplement_2021",
                    citation=supplement.citation,
                    parameters=(supplement,),
                    amount=f"{amount_of(supplement):.2f}",
                    month=str(ctx.month),
                ),
            )
    return _part(ctx, service, steps, days, Allowance.HOME_WORKING, name, minimum, OFFICE_CEILING)


def decide(
    ctx: Context, service: ServiceMonth, suspended: Step | None
) -> tuple[Decision, Decision, Decision]:
    """The internet, (never) third-party and office decisions for the context's month."""
    steps: tuple[Step, ...] = service.steps
    third = ctx.decision(
        Allowance.INTERNET_THIRD_PARTY, (*steps, Step.of(RULE, "federal.no_routes"))
    )
    if service.deciding_day is None or suspended is not None:
        steps += () if suspended is None else (suspended,)
        return (
            ctx.decision(Allowance.INTERNET_FORFAIT, steps),
            third,
            ctx.decision(Allowance.HOME_WORKING, steps),
        )
    days, days_step = telework_days(ctx, service)
    steps += (days_step,)
    internet = _part(
        ctx,
        service,
        steps,
        days,
        Allowance.INTERNET_FORFAIT,
        "federal.internet.amount",
        "federal.internet.min_days_in_month",
        INTERNET_CEILING,
    )
    return internet, third, _office(ctx, service, steps, days)
