"""Indexed amounts: a version's value as a base amount times an index coefficient, rounded.

Some amounts are not written in the law as a number but as a formula: the federal
office-cost allowance is "EUR 16.89 times the index coefficient" from 2023-09, and each
time the coefficient changes, so does the amount. Such a version names two parameters
(the base amount and the coefficient, each cited and bitemporal) and a :class:`Rounding`
rule; :meth:`ParameterSet.at <teleworkrules.law.parameters.ParameterSet.at>` looks both up
for the month, as known on the day, and returns the computed amount as the version's value.

>>> Rounding.DOWN_TO_CENT.apply(Decimal("16.89") * Decimal("1.9999"))
Decimal('33.77')
"""

from __future__ import annotations

import enum
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import final

import attrs

__all__ = ["Indexation", "Rounding", "as_written"]


def as_written(value: object) -> object:
    """``value`` as law values compare: a number with its written decimals, of its own type.

    ``20`` and ``20.00`` are equal numbers but print differently, and ``True == 1``; two
    versions are equal only when they print alike (their explanations share steps).

    >>> from decimal import Decimal
    >>> from teleworkrules.law.indexation import as_written
    >>> as_written(Decimal("20")) == as_written(Decimal("20.00")), as_written(Decimal("20.00"))
    (False, (<class 'decimal.Decimal'>, DecimalTuple(sign=0, digits=(2, 0, 0, 0), exponent=-2)))
    """
    return (Decimal, value.as_tuple()) if isinstance(value, Decimal) else (type(value), value)


_CENT = Decimal("0.01")


class Rounding(enum.Enum):
    """How a computed amount is rounded to the cent."""

    DOWN_TO_CENT = "down_to_cent"
    """Towards zero: 33.7783 becomes 33.77 (the federal office allowance, as published)."""
    NEAREST_CENT = "nearest_cent"
    """To the nearest cent, a half cent up: 33.775 becomes 33.78."""

    def apply(self, amount: Decimal) -> Decimal:
        """``amount`` rounded to the cent by this rule."""
        return amount.quantize(
            _CENT, ROUND_DOWN if self is Rounding.DOWN_TO_CENT else ROUND_HALF_UP
        )


@final
@attrs.frozen
class Indexation:
    """A version's value as ``base`` times ``index``, rounded by ``rounding``.

    As read from the file, only the names and the rule are set; the version returned by
    :meth:`ParameterSet.at <teleworkrules.law.parameters.ParameterSet.at>` also carries
    the two values used, and its own value is :attr:`amount`.

    Attributes:
        base: the name of the base amount's parameter (unit ``EUR``).
        index: the name of the index coefficient's parameter (unit ``factor``).
        rounding: how the product is rounded to the cent.
        base_amount: the base amount used, once resolved for a month.
        coefficient: the coefficient used, once resolved for a month.
    """

    base: str
    index: str
    rounding: Rounding
    base_amount: Decimal | None = attrs.field(default=None, eq=as_written)
    coefficient: Decimal | None = attrs.field(default=None, eq=as_written)

    @property
    def amount(self) -> Decimal | None:
        """The rounded product, once resolved (``None`` before)."""
        if self.base_amount is None or self.coefficient is None:
            return None
        return self.rounding.apply(self.base_amount * self.coefficient)

    def resolved(self, base_amount: Decimal, coefficient: Decimal) -> Indexation:
        """This formula with the values of its two parameters for one month."""
        return attrs.evolve(self, base_amount=base_amount, coefficient=coefficient)

    def to_dict(self) -> dict[str, object]:
        """The formula (and the values used, when resolved) as plain data."""
        data: dict[str, object] = {
            "base": self.base,
            "index": self.index,
            "rounding": self.rounding.value,
        }
        if self.base_amount is not None and self.coefficient is not None:
            data["base_amount"] = str(self.base_amount)
            data["coefficient"] = str(self.coefficient)
        return data
