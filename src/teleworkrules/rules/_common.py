"""What the rule modules share: the context a rule is evaluated in, and parameter lookup.

A rule reads the law only through a :class:`Context` (one person, one month, one
evaluation date, the law's parameters merged with the entity's) and the lookups here,
which return the :class:`~teleworkrules.law.parameters.Version` used so that the step can
cite it: :func:`lookup` for a value that may not be in force (its absence is explained by
:func:`not_in_force`), :func:`setting` for a value that must exist. No legal text of its
own: the citations come from the parameters looked up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from teleworkrules.decisions import Allowance, Decision, Step
from teleworkrules.exceptions import OutOfHistoryError
from teleworkrules.law.parameters import ParameterSet, Value, Version
from teleworkrules.money import ZERO
from teleworkrules.rules.situation import Situation
from teleworkrules.time import Month

__all__ = ["Context", "amount_of", "lookup", "not_in_force", "setting", "value_of"]


def lookup(params: ParameterSet, name: str, month: Month, known_on: date) -> Version | None:
    """The version of ``name`` for ``month`` as known on ``known_on``; ``None`` if not in force."""
    version = params.at(name, month, known_on=known_on)
    return version if version is not None and version.value is not None else None


def setting(params: ParameterSet, name: str, month: Month, known_on: date) -> Version:
    """A parameter that must have a value (a setting); the version is kept for the trace."""
    version = params.at(name, month, known_on=known_on)
    if version is None or version.value is None:
        first = min(v.known_from for v in params[name].versions)
        raise OutOfHistoryError(
            f"{name} has no value for {month} as known on {known_on}; "
            f"teleworkrules knows its settings from {first} on"
        )
    return version


def amount_of(version: Version) -> Decimal:
    """The value of an amount parameter."""
    assert isinstance(version.value, Decimal)
    return version.value


def value_of(version: Version) -> Value:
    """The value of a parameter known to be in force."""
    assert version.value is not None
    return version.value


@attrs.frozen
class Context:
    """What every rule is evaluated against: one person, one month, one knowledge date.

    Attributes:
        situation: what the rules read about the person in the month.
        month: the month decided.
        known_on: only rules and values known on this day count.
        params: the law's parameters merged with the entity's.
        entity: the entity code whose policy applies.
    """

    situation: Situation
    month: Month
    known_on: date
    params: ParameterSet
    entity: str

    def decision(
        self,
        allowance: Allowance,
        steps: tuple[Step, ...],
        *,
        amount: Decimal = ZERO,
        benefit_in_kind: Decimal = ZERO,
        taxable: bool = False,
        granted: bool | None = None,
    ) -> Decision:
        """A decision for this context; granted when an amount or a benefit is given.

        ``granted`` says so explicitly: a third-party route whose benefit in kind is waived
        is granted (the employer pays the provider) with nothing paid and no benefit.
        """
        return Decision(
            employee_id=self.situation.employee_id,
            month=self.month,
            allowance=allowance,
            granted=(amount > 0 or benefit_in_kind > 0) if granted is None else granted,
            amount=amount,
            benefit_in_kind=benefit_in_kind,
            steps=steps,
            known_on=self.known_on,
            entity=self.entity,
            taxable=taxable,
        )


def not_in_force(ctx: Context, rule: str, name: str) -> Step:
    """The step saying that parameter ``name`` is not in force in the month as known then."""
    version = ctx.params.at(name, ctx.month, known_on=ctx.known_on)
    return Step.of(
        rule,
        "rule.not_in_force",
        citation=None if version is None else version.citation,
        parameters=() if version is None else (version,),
        name=name,
        month=str(ctx.month),
        known_on=ctx.known_on.isoformat(),
    )
