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

Every contract and part-time worker otherwise shares one decision: a property test
checks that segments equal month-by-month evaluation, also with these settings changed.
"""

from __future__ import annotations

from datetime import date

from teleworkrules.law.parameters import ParameterSet
from teleworkrules.rules._common import setting
from teleworkrules.rules.home_working import SCALE_BY_FRACTION
from teleworkrules.rules.service import ELIGIBLE_CONTRACTS, PRORATE_WORK_FRACTION
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
    return Settings(tuple(str(c) for c in contracts), counts)
