"""The settings in force that say what of a situation can change an amount.

The population engine decides a situation once per distinct :meth:`Situation.key
<teleworkrules.rules.situation.Situation.key>` and epoch of parameters. Within an epoch
the settings are fixed, so some facts matter less than their values:

* the contract only through whether it is eligible (``evaluation.eligible_contracts``,
  :func:`teleworkrules.rules.service.service_month`);
* the work fraction not at all unless a setting reads it: proration by work fraction
  (``evaluation.prorate_work_fraction``, :func:`teleworkrules.rules.service.prorate`) or
  the home-working threshold scaled by it
  (``home_working.scale_threshold_by_work_fraction``, :mod:`teleworkrules.rules.home_working`).

* the days in service of a part month not at all unless a setting reads them: proration
  by days in service (``evaluation.prorate_partial_month``,
  :func:`teleworkrules.rules.service.prorate`), or an ``evaluation.in_service`` rule
  other than ``any_day`` (:func:`teleworkrules.rules.service.service_month`). The
  spells on the first and last day in service still count (either may decide the month),
  and an absence keeps its exact days.

* the registered telework days of a month, under the Flemish rule set, only through
  whether they meet the home-working threshold, or not at all when they do not decide
  (:func:`teleworkrules.rules.home_working.registered_test`); the federal rule set
  reads their number.

Every contract, part-time worker, part month and registered month otherwise shares one
decision: a property test checks that segments equal month-by-month evaluation, also with
these settings changed.
"""

from __future__ import annotations

from datetime import date

from teleworkrules.law.parameters import ParameterSet
from teleworkrules.rules._common import setting
from teleworkrules.rules.home_working import SCALE_BY_FRACTION, registered_test
from teleworkrules.rules.rule_sets import FLEMISH, rule_set_name
from teleworkrules.rules.service import (
    ANY_DAY,
    ELIGIBLE_CONTRACTS,
    IN_SERVICE,
    PRORATE_PARTIAL_MONTH,
    PRORATE_WORK_FRACTION,
)
from teleworkrules.rules.situation import Settings
from teleworkrules.time import Month

__all__ = ["settings_in_force"]


def settings_in_force(params: ParameterSet, month: Month, known_on: date) -> Settings:
    """The :class:`~teleworkrules.rules.situation.Settings` for ``month`` as known on the day."""
    contracts = setting(params, ELIGIBLE_CONTRACTS, month, known_on).value
    assert isinstance(contracts, tuple)
    counts = any(
        setting(params, name, month, known_on).value is True
        for name in (PRORATE_WORK_FRACTION, SCALE_BY_FRACTION)
    )
    part = (
        setting(params, PRORATE_PARTIAL_MONTH, month, known_on).value is True
        or setting(params, IN_SERVICE, month, known_on).value != ANY_DAY
    )
    flemish = rule_set_name(params, month, known_on) == FLEMISH
    registered = registered_test(params, month, known_on) if flemish else None
    return Settings(tuple(str(c) for c in contracts), counts, part, registered)
