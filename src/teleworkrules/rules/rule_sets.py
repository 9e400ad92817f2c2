"""The rule sets: which rules decide an entity's month.

An entity selects its rule set with the dated entity parameter ``entity.rule_set``
(:data:`RULE_SET`), read for the month as known on the evaluation date; an entity whose
policy does not state it gets the Flemish rules. Every rule set takes the same inputs (the
:class:`~teleworkrules.rules._common.Context`, the month's
:class:`~teleworkrules.rules.service.ServiceMonth` and the suspension step, if any) and
returns the same three decisions: internet forfait, internet third-party payer and
home-working (or office costs), in that order.

=============  ======================================================================
rule set       legal texts
=============  ======================================================================
``flemish``    VPS art. VII 109 as amended on 2021-09-17 (:mod:`.internet`) and the
               sectoral agreement 2020-2022, decision of 2023-09-08
               (:mod:`.home_working`)
``federal``    Royal Decree of 13 July 2017 art. 96, as amended (:mod:`.federal`)
=============  ======================================================================

A new rule set is a new rule module with a ``decide`` function of the same shape and an
entry in :data:`RULE_SETS`; selecting it stays a matter of data.

References:
    https://www.vlaanderen.be/vlaams-personeelsstatuut/overzicht-wijzigende-besluiten-vps/wb-65-bvr-17-september-2021
    https://www.vlaanderen.be/vlaams-personeelsstatuut/overzicht-wijzigende-besluiten-vps/wb-76-bvr-8-september-2023
    https://bosa.belgium.be/nl/themas/werken-bij-de-overheid/verloning-en-voordelen/toelagen-en-vergoedingen/vergoeding-voor-2
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from teleworkrules.decisions import Decision, Step
from teleworkrules.exceptions import InvalidParameterError
from teleworkrules.law.parameters import ParameterSet
from teleworkrules.rules import federal, home_working, internet
from teleworkrules.rules._common import Context
from teleworkrules.rules.service import ServiceMonth
from teleworkrules.time import Month

__all__ = ["FEDERAL", "FLEMISH", "RULE_SET", "RULE_SETS", "RuleSet", "flemish", "rule_set_of"]

RULE_SET = "entity.rule_set"
"""The entity parameter that selects a rule set (Flemish when an entity does not say)."""
FLEMISH = "flemish"
"""The name of the Flemish rule set, the default."""
FEDERAL = "federal"
"""The name of the federal rule set."""

RuleSet = Callable[[Context, ServiceMonth, Step | None], tuple[Decision, Decision, Decision]]
"""A rule set: (context, service month, suspension step) to the internet forfait,
third-party and home-working (or office) decisions."""


def flemish(
    ctx: Context, service: ServiceMonth, suspended: Step | None
) -> tuple[Decision, Decision, Decision]:
    """The Flemish rule set: VPS art. VII 109 and the sectoral agreement 2020-2022."""
    forfait, third_party = internet.decide(ctx, service, suspended)
    return forfait, third_party, home_working.decide(ctx, service, suspended)


RULE_SETS: dict[str, RuleSet] = {FLEMISH: flemish, FEDERAL: federal.decide}
"""The rule sets an entity can select: each returns the internet forfait, third-party and
home-working (or office) decisions, in that order."""


def rule_set_name(params: ParameterSet, month: Month, known_on: date) -> str:
    """The name of the rule set ``params`` select for ``month`` (Flemish if they do not say)."""
    selected = params.at(RULE_SET, month, known_on=known_on) if RULE_SET in params else None
    return FLEMISH if selected is None or selected.value is None else str(selected.value)


def rule_set_of(ctx: Context) -> RuleSet:
    """The rule set the context's entity selects for its month, as known on its date.

    Raises:
        InvalidParameterError: the entity selects a rule set that does not exist.
    """
    name = rule_set_name(ctx.params, ctx.month, ctx.known_on)
    decide = RULE_SETS.get(name)
    if decide is None:
        raise InvalidParameterError(
            f"{RULE_SET} of entity {ctx.entity} is {name!r} in {ctx.month}; expected one of "
            f"{', '.join(RULE_SETS)}"
        )
    return decide
