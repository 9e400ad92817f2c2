"""Hybrid work: telework needs the manager's consent.

Legal text: circular "Hybride werken binnen de Vlaamse overheid" of 16 July 2021
(minister Somers). Staff choose where and when they work in consultation with their
manager; an arrangement counts only while it is ``approved``. No Flemish cap on telework
days was found (default: no cap). Material support is each entity's own policy
(:mod:`teleworkrules.law.entities`).

References:
    https://www.vlaanderen.be/informatie-voor-leidinggevenden/visie-en-beleid-leiderschap/hybride-werken-voor-leidinggevenden
"""

from __future__ import annotations

from datetime import date
from functools import cache

from teleworkrules.decisions import Step
from teleworkrules.facts import Employee, TeleworkArrangement
from teleworkrules.law.sources import Citation, Confidence, load_sources

__all__ = ["CONSENT", "approved_arrangement"]

RULE = "hybrid_work"


@cache
def _consent() -> Citation:
    return Citation(
        load_sources()["circular-2021-07-16"],
        "telework with the manager's consent",
        Confidence.CONFIRMED,
        "telewerk met toestemming van de leidinggevende",
    )


CONSENT = _consent()
"""The citation for the consent requirement."""


def approved_arrangement(employee: Employee, day: date) -> tuple[TeleworkArrangement | None, Step]:
    """The telework arrangement that counts on ``day``: the covering one, if approved."""
    arrangement = employee.arrangement_on(day)
    if arrangement is None:
        return None, Step(RULE, "hybrid.none", (("day", day.isoformat()),), CONSENT)
    facts = (
        ("telework.start", arrangement.start.isoformat()),
        ("telework.end", "" if arrangement.end is None else arrangement.end.isoformat()),
        ("telework.days_per_week", str(arrangement.days_per_week)),
        ("telework.approved", "true" if arrangement.approved else "false"),
    )
    args = (("start", arrangement.start.isoformat()), ("days", str(arrangement.days_per_week)))
    if not arrangement.approved:
        return None, Step(RULE, "hybrid.not_approved", args, CONSENT, (), facts)
    return arrangement, Step(RULE, "hybrid.approved", args, CONSENT, (), facts)
