"""The small words every output shares: the one allowance label, amounts in a table."""

from __future__ import annotations

from decimal import Decimal

from teleworkrules.facts import Allowance
from teleworkrules.i18n import text
from teleworkrules.money import format_euro

__all__ = ["allowance_label", "table_amount"]


def allowance_label(allowance: Allowance, lang: str) -> str:
    """The one label of ``allowance`` in ``lang`` (the ``allowance.*`` text)."""
    return text("allowance." + allowance.value, lang)


def table_amount(amount: Decimal, lang: str) -> str:
    """An amount for a table column headed in euro: ``1.234,50`` (nl), ``1,234.50`` (en)."""
    return format_euro(amount, lang).removeprefix("EUR ")
