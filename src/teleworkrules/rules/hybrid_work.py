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
from functools import lru_cache

from teleworkrules.decisions import Step
from teleworkrules.facts import TeleworkArrangement
from teleworkrules.law.sources import citation
from teleworkrules.rules._common import LAW_STEPS
from teleworkrules.rules.situation import Situation

__all__ = ["CONSENT", "approved_arrangement"]

RULE = "hybrid_work"

CONSENT = "hybrid_work.consent"
"""The id of the citation for the consent requirement (``[citations]`` of sources.toml)."""


def approved_arrangement(
    situation: Situation, day: date
) -> tuple[TeleworkArrangement | None, Step]:
    """The telework arrangement that counts on ``day``: the covering one, if approved."""
    arrangement = situation.arrangement_on(day)
    if arrangement is None:
        return None, Step.of(RULE, "hybrid.none", citation=citation(CONSENT), day=day.isoformat())
    step = _arrangement_step(
        arrangement.start, arrangement.end, str(arrangement.days_per_week), arrangement.approved
    )
    return (arrangement if arrangement.approved else None), step


@lru_cache(maxsize=LAW_STEPS)
def _arrangement_step(start: date, end: date | None, days: str, approved: bool) -> Step:
    """The step on an arrangement row: the same for every row of these values.

    ``days`` is the fact as written (``2`` and ``2.0`` are different texts).
    """
    return Step.of(
        RULE,
        "hybrid.approved" if approved else "hybrid.not_approved",
        citation=citation(CONSENT),
        facts={
            "telework.start": start.isoformat(),
            "telework.end": "" if end is None else end.isoformat(),
            "telework.days_per_week": days,
            "telework.approved": "true" if approved else "false",
        },
        start=start.isoformat(),
        days=days,
    )
