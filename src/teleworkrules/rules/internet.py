"""The internet allowance: two exclusive routes.

Legal text: VPS art. VII 109 §1, as amended by the decision of the Flemish Government of
17 September 2021 (Official Gazette 2021-10-11). Two mutually exclusive routes, per person:

* ``forfait``: ``internet.forfait.amount`` per month, paid with salary;
* ``third_party``: the entity pays the provider; payroll adds a taxable benefit in kind of
  ``internet.third_party.benefit_in_kind`` per month and pays the person nothing. A staff
  member who does not use the connection privately may sign a statement on honour
  ("erewoordverklaring"): payroll then drops the benefit in kind (staff page "Fiscaal voordeel
  internetaansluiting en pc en/of laptop"). The route row deciding the month says so
  (``benefit_waived``); the route is still granted, the employer still pays the provider.

The route for a month is the one registered on its deciding day (so the routes are
exclusive per month by construction); without one, the entity's default route applies
(``entity.default_route.route`` for staff hired on or after
``entity.default_route.hired_from``). Not indexed. An amount above the federal tax-free
ceiling is flagged (:mod:`.fiscal`).

References:
    https://www.vlaanderen.be/vlaams-personeelsstatuut/overzicht-wijzigende-besluiten-vps/wb-65-bvr-17-september-2021
    https://overheid.vlaanderen.be/personeel/verloning-en-voordelen/internet-en-computer
    https://overheid.vlaanderen.be/fiscaal-voordeel-internetaansluiting-en-pc-enof-laptop
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from teleworkrules.decisions import Allowance, Decision, Step
from teleworkrules.facts import InternetRoute, Route
from teleworkrules.law.sources import citation
from teleworkrules.money import ZERO
from teleworkrules.rules._common import (
    LAW_STEPS,
    Context,
    amount_of,
    amount_step,
    lookup,
    not_in_force,
    setting,
)
from teleworkrules.rules.fiscal import INTERNET_CEILING, check_ceiling
from teleworkrules.rules.service import ServiceMonth, prorate

__all__ = ["FORFAIT_AMOUNT", "ROUTES", "THIRD_PARTY_BENEFIT", "decide", "route_for"]

RULE = "internet"
FORFAIT_AMOUNT = "internet.forfait.amount"
THIRD_PARTY_BENEFIT = "internet.third_party.benefit_in_kind"
DEFAULT_ROUTE = "entity.default_route.route"
DEFAULT_ROUTE_FROM = "entity.default_route.hired_from"

ROUTES = "internet.routes"
"""The id of the citation for the two exclusive routes (``[citations]`` of sources.toml)."""
WAIVED = "internet.benefit_waived"
"""The id of the citation for the statement on honour that drops the benefit in kind."""


def route_for(ctx: Context, day: date) -> tuple[Route | None, Step]:
    """The route that decides the month: the registered one on ``day``, else the entity default."""
    registered = ctx.situation.route_on(day)
    if registered is not None:
        return registered.route, Step.of(
            RULE,
            "internet.route_registered",
            citation=citation(ROUTES),
            facts={
                "internet.start": registered.start.isoformat(),
                "internet.end": "" if registered.end is None else registered.end.isoformat(),
                "internet.route": registered.route.value,
            },
            day=day.isoformat(),
            route=registered.route.value,
            start=registered.start.isoformat(),
        )
    route = setting(ctx.params, DEFAULT_ROUTE, ctx.month, ctx.known_on)
    hired_from = setting(ctx.params, DEFAULT_ROUTE_FROM, ctx.month, ctx.known_on)
    assert isinstance(hired_from.value, date)
    hire = {"hire_date": ctx.situation.hire_date.isoformat()}
    if route.value != "none" and ctx.situation.hire_date >= hired_from.value:
        return Route(route.value), Step.of(
            RULE,
            "internet.route_default",
            citation=route.citation,
            parameters=(route, hired_from),
            facts=hire,
            day=day.isoformat(),
            entity=ctx.entity,
            route=str(route.value),
            hired_from=hired_from.value.isoformat(),
        )
    return None, Step.of(
        RULE,
        "internet.no_route",
        citation=route.citation,
        parameters=(route, hired_from),
        facts=hire,
        day=day.isoformat(),
        entity=ctx.entity,
    )


def decide(
    ctx: Context, service: ServiceMonth, suspended: Step | None
) -> tuple[Decision, Decision]:
    """The forfait and third-party decisions for the context's month, in that order."""
    steps: tuple[Step, ...] = service.steps
    day = service.deciding_day
    if day is None or suspended is not None:
        steps += () if suspended is None else (suspended,)
        return (
            ctx.decision(Allowance.INTERNET_FORFAIT, steps),
            ctx.decision(Allowance.INTERNET_THIRD_PARTY, steps),
        )
    route, route_step = route_for(ctx, day)
    steps += (route_step,)
    if route is None:
        return (
            ctx.decision(Allowance.INTERNET_FORFAIT, steps),
            ctx.decision(Allowance.INTERNET_THIRD_PARTY, steps),
        )
    other = _other_route(route)
    if route is Route.FORFAIT:
        return _forfait(ctx, service, steps), ctx.decision(
            Allowance.INTERNET_THIRD_PARTY, (*steps, other)
        )
    waiver = ctx.situation.route_on(day)
    return ctx.decision(Allowance.INTERNET_FORFAIT, (*steps, other)), _third_party(
        ctx, steps, waiver if waiver is not None and waiver.benefit_waived else None
    )


@lru_cache(maxsize=LAW_STEPS)
def _other_route(route: Route) -> Step:
    """The step refusing the route not taken: the two routes exclude each other."""
    return Step.of(RULE, "internet.other_route", citation=citation(ROUTES), route=route.value)


def _forfait(ctx: Context, service: ServiceMonth, steps: tuple[Step, ...]) -> Decision:
    version = lookup(ctx.params, FORFAIT_AMOUNT, ctx.month, ctx.known_on)
    if version is None:
        return ctx.decision(
            Allowance.INTERNET_FORFAIT, (*steps, not_in_force(ctx, RULE, FORFAIT_AMOUNT))
        )
    steps += (amount_step(RULE, "internet.forfait", version=version, field="amount"),)
    amount, prorated = prorate(amount_of(version), ctx, service)
    taxable, fiscal = check_ceiling(amount, INTERNET_CEILING, ctx.month, ctx.params, ctx.known_on)
    steps += prorated + (() if fiscal is None else (fiscal,))
    return ctx.decision(Allowance.INTERNET_FORFAIT, steps, amount=amount, taxable=taxable)


def _third_party(ctx: Context, steps: tuple[Step, ...], waiver: InternetRoute | None) -> Decision:
    """The third-party decision; ``waiver`` is the deciding route row when it waives the benefit."""
    version = lookup(ctx.params, THIRD_PARTY_BENEFIT, ctx.month, ctx.known_on)
    if version is None:
        return ctx.decision(
            Allowance.INTERNET_THIRD_PARTY, (*steps, not_in_force(ctx, RULE, THIRD_PARTY_BENEFIT))
        )
    benefit = amount_of(version)
    step = amount_step(RULE, "internet.third_party", version=version, field="benefit")
    if waiver is None:
        return ctx.decision(Allowance.INTERNET_THIRD_PARTY, (*steps, step), benefit_in_kind=benefit)
    waived = Step.of(
        RULE,
        "internet.benefit_waived",
        citation=citation(WAIVED),
        facts={
            "internet.start": waiver.start.isoformat(),
            "internet.benefit_waived": "true",
        },
        start=waiver.start.isoformat(),
        benefit=f"{benefit:.2f}",
    )
    return ctx.decision(
        Allowance.INTERNET_THIRD_PARTY, (*steps, step, waived), benefit_in_kind=ZERO, granted=True
    )
