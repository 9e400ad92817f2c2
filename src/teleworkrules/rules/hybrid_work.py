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

from teleworkrules.decisions import Step
from teleworkrules.facts import TeleworkArrangement
from teleworkrules.law.sources import citation
from teleworkrules.rules.situation import Situation

__all__ = ["CONSENT", "approved_arrangement"]

RULE = "hybrid_work"

CONSENT = "hybrid_work.consent"
"""The id of the citation for the consent requirement (``[citations]`` of sources.toml)."""


def approved_arrangement(
    situation: Situation, day: date
) -> tuple[TeleworkArrangement | None, Step]:
    """The telework arrangement that counts on ``day``: the covering one, if approved."""
    consent = citation(CONSENT)
    arrangement = situation.arrangement_on(day)
    if arrangement is None:
        return None, Step.of(RULE, "hybrid.none", citation=consent, day=day.isoformat())
    step = Step.of(
        RULE,
        "hybrid.approved" if arrangement.approved else "hybrid.not_approved",
        citation=consent,
        facts={
            "telework.start": arrangement.start.isoformat(),
            "telework.end": "" if arrangement.end is None else arrangement.end.isoformat(),
            "telework.days_per_week": str(arrangement.days_per_week),
            "telework.approved": "true" if arrangement.approved else "false",
        },
        start=arrangement.start.isoformat(),
        days=str(arrangement.days_per_week),
    )
    return (arrangement if arrangement.approved else None), step
