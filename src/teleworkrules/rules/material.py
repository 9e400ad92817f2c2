"""Material support: may a person receive an item of the entity's catalogue?

Legal text: circular "Hybride werken binnen de Vlaamse overheid" of 16 July 2021: each
entity decides how it supports staff at home materially. The catalogue and its conditions
are entity policy (:mod:`teleworkrules.law.entities`), each item with its own citation: for
DWSE, an office chair after 6 months in service, a monitor from 2023, a smartphone only
for roles that need one.

References:
    https://www.vlaanderen.be/informatie-voor-leidinggevenden/visie-en-beleid-leiderschap/hybride-werken-voor-leidinggevenden
"""

from __future__ import annotations

from datetime import date

from teleworkrules.decisions import MaterialDecision, Step
from teleworkrules.facts import Employee
from teleworkrules.law.entities import EntityPolicy
from teleworkrules.law.sources import citation
from teleworkrules.time import add_months

__all__ = ["ENTITY_DECIDES", "decide_material"]

RULE = "material"

ENTITY_DECIDES = "material.entity_decides"
"""The id of the citation for material support being entity policy (``[citations]`` of
sources.toml)."""


def decide_material(
    employee: Employee, item: str, on: date, policy: EntityPolicy
) -> MaterialDecision:
    """Whether ``employee`` may receive ``item`` on day ``on`` under ``policy``'s catalogue.

    Every condition is checked and explained, also after the first one fails, so the
    explanation lists everything that stands in the way.
    """
    entity_decides = citation(ENTITY_DECIDES)
    offer = policy.item(item)
    if offer is None:
        step = Step.of(
            RULE,
            "material.unknown_item",
            citation=entity_decides,
            item=item,
            entity=policy.code,
            items=", ".join(m.item for m in policy.material),
        )
        return MaterialDecision(employee.employee_id, item, on, False, (step,), policy.code)
    hire = {"hire_date": employee.hire_date.isoformat()}
    steps = [
        Step.of(RULE, "material.offered", citation=offer.citation, item=item, entity=policy.code)
    ]
    checks = [employee.in_service_on(on)]
    steps.append(
        Step.of(
            RULE,
            "material.in_service" if checks[-1] else "material.not_in_service",
            citation=entity_decides,
            facts=hire,
            on=on.isoformat(),
            hire=employee.hire_date.isoformat(),
        )
    )
    if offer.min_months_in_service:
        eligible_from = add_months(employee.hire_date, offer.min_months_in_service)
        checks.append(on >= eligible_from)
        steps.append(
            Step.of(
                RULE,
                "material.months_met" if checks[-1] else "material.months_not_met",
                citation=offer.citation,
                facts=hire,
                months=str(offer.min_months_in_service),
                eligible_from=eligible_from.isoformat(),
            )
        )
    if offer.available_from is not None:
        checks.append(on >= offer.available_from)
        steps.append(
            Step.of(
                RULE,
                "material.available" if checks[-1] else "material.not_yet_available",
                citation=offer.citation,
                available_from=offer.available_from.isoformat(),
            )
        )
    if offer.requires_smartphone_role:
        checks.append(employee.smartphone_role)
        steps.append(
            Step.of(
                RULE,
                "material.role_ok" if checks[-1] else "material.role_missing",
                citation=offer.citation,
                facts={"smartphone_role": "true" if employee.smartphone_role else "false"},
            )
        )
    return MaterialDecision(employee.employee_id, item, on, all(checks), tuple(steps), policy.code)
