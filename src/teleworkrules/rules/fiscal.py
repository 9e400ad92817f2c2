"""Federal tax-free ceilings, used only to flag an amount as taxable.

Legal text: federal tax circular 2021/C/20 of 26 February 2021 on employer contributions
for home working. Internet: up to EUR 20 a month tax free
(``fiscal.internet.tax_free_ceiling``). Office-cost allowance: tax free for structural home
working up to an indexed monthly ceiling (``fiscal.office.tax_free_ceiling``). The rules
never change an amount; they add a step saying whether it is within the ceiling.

References:
    https://www.ruling.be/nl/nieuws/circulaire-2021c20-over-tussenkomsten-van-de-werkgever-voor-thuiswerk
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from teleworkrules.decisions import Step
from teleworkrules.law.parameters import ParameterSet, Version
from teleworkrules.rules._common import LAW_STEPS, amount_of, lookup
from teleworkrules.time import Month

__all__ = ["INTERNET_CEILING", "OFFICE_CEILING", "check_ceiling"]

RULE = "fiscal"
INTERNET_CEILING = "fiscal.internet.tax_free_ceiling"
OFFICE_CEILING = "fiscal.office.tax_free_ceiling"


def check_ceiling(
    amount: Decimal, ceiling: str, month: Month, params: ParameterSet, known_on: date
) -> tuple[bool, Step | None]:
    """Whether ``amount`` exceeds the ceiling parameter ``ceiling``, with the step saying so."""
    version = lookup(params, ceiling, month, known_on)
    return (False, None) if version is None else _against(amount, version)


@lru_cache(maxsize=LAW_STEPS)
def _against(amount: Decimal, version: Version) -> tuple[bool, Step]:
    """Whether ``amount`` exceeds the ceiling ``version``, with the step saying so."""
    limit = amount_of(version)
    above = amount > limit
    step = Step.of(
        RULE,
        "fiscal.above" if above else "fiscal.within",
        citation=version.citation,
        parameters=(version,),
        amount=f"{amount:.2f}",
        ceiling=f"{limit:.2f}",
    )
    return above, step
