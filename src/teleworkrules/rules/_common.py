"""What the rule modules share: the context a rule is evaluated in, and parameter lookup.

A rule reads the law only through a :class:`Context` (one person, one month, one
evaluation date, the law's parameters merged with the entity's) and the lookups here,
which return the :class:`~teleworkrules.law.parameters.Version` used so that the step can
cite it: :func:`lookup` for a value that may not be in force (its absence is explained by
:func:`not_in_force`), :func:`setting` for a value that must exist. No legal text of its
own: the citations come from the parameters looked up.

A step that depends on the law alone (a parameter's value, a month, the evaluation date),
never on the person, is the same for everyone: it is built once, by a builder cached
with ``@lru_cache(maxsize=LAW_STEPS)``, and shared (a
:class:`~teleworkrules.decisions.Step` is immutable).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from teleworkrules.decisions import Allowance, Decision, Step
from teleworkrules.exceptions import OutOfHistoryError
from teleworkrules.law.parameters import ParameterSet, Value, Version
from teleworkrules.money import ZERO
from teleworkrules.rules.situation import Situation
from teleworkrules.time import Month

__all__ = [
    "LAW_STEPS",
    "Context",
    "amount_of",
    "amount_step",
    "lookup",
    "not_in_force",
    "setting",
    "value_of",
]

LAW_STEPS: Final = 4096
"""How many steps each law-only builder keeps (``@lru_cache(maxsize=LAW_STEPS)``).

Such a builder's arguments are parameter versions, months, days and values, never a
person; the least recently used steps go, so memory stays bounded whatever the months and
evaluation dates asked.
"""


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


class Context(NamedTuple):
    """What every rule is evaluated against: one person, one month, one knowledge date.

    A named tuple, like the :class:`~teleworkrules.rules.situation.Situation` it holds:
    one is made for every person-month evaluated.
    """

    situation: Situation
    """What the rules read about the person in the month."""
    month: Month
    """The month decided."""
    known_on: date
    """Only rules and values known on this day count."""
    params: ParameterSet
    """The law's parameters merged with the entity's."""
    entity: str
    """The entity code whose policy applies."""

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
        if granted is None:
            granted = amount > ZERO or benefit_in_kind > ZERO
        # Positional, in the order of the fields: every evaluation makes three.
        return Decision(
            self.situation.employee_id,
            self.month,
            allowance,
            granted,
            amount,
            benefit_in_kind,
            steps,
            self.known_on,
            self.entity,
            taxable,
        )


def not_in_force(ctx: Context, rule: str, name: str) -> Step:
    """The step saying that parameter ``name`` is not in force in the month as known then."""
    version = ctx.params.at(name, ctx.month, known_on=ctx.known_on)
    return _not_in_force(rule, name, ctx.month, ctx.known_on, version)


@lru_cache(maxsize=LAW_STEPS)
def _not_in_force(
    rule: str, name: str, month: Month, known_on: date, version: Version | None
) -> Step:
    return Step.of(
        rule,
        "rule.not_in_force",
        citation=None if version is None else version.citation,
        parameters=() if version is None else (version,),
        name=name,
        month=str(month),
        known_on=known_on.isoformat(),
    )


@lru_cache(maxsize=LAW_STEPS)
def amount_step(rule: str, code: str, *, version: Version, field: str) -> Step:
    """The step of message ``code`` giving the amount of ``version`` as its ``{field}``.

    Each caller writes its code out: ``amount_step(RULE, "home.amount", version=v,
    field="amount")``.

    >>> from datetime import date
    >>> from teleworkrules.law.parameter_files import load_parameters
    >>> from teleworkrules.rules._common import amount_step
    >>> from teleworkrules.time import Month
    >>> v = load_parameters().at("home_working.amount", Month("2023-03"),
    ...     known_on=date(2023, 10, 1))
    >>> amount_step("home_working", "home.amount", version=v, field="amount").text("en")
    'Home-working allowance: EUR 20.00 a month.'
    """
    return Step(
        rule=rule,
        code=code,
        args=((field, f"{amount_of(version):.2f}"),),
        citation=version.citation,
        parameters=(version,),
    )
