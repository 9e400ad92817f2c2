"""The engine: evaluate one person-month, and whole populations segment by segment.

:mod:`~teleworkrules.engine.evaluation` decides every allowance of one person and month
by the rule set of the person's entity (the entry points for notebooks and HR tools);
:mod:`~teleworkrules.engine.population` evaluates many people over a period, once per
segment of months in which nothing the rules read changes;
:mod:`~teleworkrules.engine.entitlements` is the fast path for many people's entitlements
(records and DataFrames).

May import: the ground floor, :mod:`~teleworkrules.i18n`, :mod:`~teleworkrules.facts`,
:mod:`~teleworkrules.law`, :mod:`~teleworkrules.decisions` and
:mod:`~teleworkrules.rules` — never inputs, results, outputs or cli.
"""

from teleworkrules.engine.entitlements import Entitlements, entitlements
from teleworkrules.engine.evaluation import (
    Entitlement,
    evaluate,
    evaluate_material,
    evaluate_months,
)
from teleworkrules.engine.population import Grant, PopulationEvaluator, Segment, expand, segments

__all__ = [
    "Entitlement",
    "Entitlements",
    "Grant",
    "PopulationEvaluator",
    "Segment",
    "entitlements",
    "evaluate",
    "evaluate_material",
    "evaluate_months",
    "expand",
    "segments",
]
