"""Euro amounts: exact :class:`~decimal.Decimal` values in cents.

Rounding rule: half up to the cent (``ROUND_HALF_UP``), the rule payroll applies. No
floats are accepted anywhere near money.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

from teleworkrules.exceptions import InvalidFactError

__all__ = ["CENT", "ZERO", "euro", "format_euro", "format_number", "format_percent", "parse_euro"]

CENT: Final = Decimal("0.01")
ZERO: Final = Decimal("0.00")


def euro(value: Decimal | int | str) -> Decimal:
    """An amount in euro, rounded half up to the cent.

    >>> euro("20"), euro(Decimal("40.355"))
    (Decimal('20.00'), Decimal('40.36'))
    """
    if isinstance(value, float | bool):
        raise InvalidFactError("amount", value, "a Decimal, int or str (never a float)")
    try:
        amount = Decimal(value)
    except (InvalidOperation, ValueError):
        raise InvalidFactError("amount", value, "a decimal number such as 20.00") from None
    if not amount.is_finite():
        raise InvalidFactError("amount", value, "a finite decimal number")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_euro(text: str, *, field: str = "amount") -> Decimal:
    """Parse an amount written with ``.`` as decimal mark and at most two decimals.

    >>> parse_euro("5.00")
    Decimal('5.00')
    """
    try:
        amount = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        raise InvalidFactError(
            field, text, "an amount such as 20.00 (with . as decimal mark)"
        ) from None
    if not amount.is_finite() or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise InvalidFactError(field, text, "an amount in euro with at most two decimals")
    return amount.quantize(CENT)


def format_number(value: Decimal | int, lang: str = "en", places: int | None = None) -> str:
    """A number for people: ``1.234,5`` in Dutch, ``1,234.5`` in English.

    With ``places``, exactly that many decimals; without, the digits the value needs
    (trailing zeros dropped). The one place numbers take their language's separators.

    >>> format_number(Decimal("4.60"), "nl"), format_number(1234, "nl"), format_number(2, "en")
    ('4,6', '1.234', '2')
    >>> format_number(Decimal("479"), "nl", places=1)
    '479,0'
    """
    if places is None:
        shown = f"{Decimal(value).normalize():,f}"
    else:
        shown = f"{Decimal(value):,.{places}f}"
    if lang == "nl":
        shown = shown.replace(",", "_").replace(".", ",").replace("_", ".")
    return shown


def format_percent(value: Decimal | None, lang: str = "en") -> str:
    """A share for people, one decimal: ``4,5%`` in Dutch, ``4.5%`` in English; ``-`` for none.

    >>> format_percent(Decimal("4.51"), "nl"), format_percent(None, "en")
    ('4,5%', '-')
    """
    return "-" if value is None else format_number(value, lang, places=1) + "%"


def format_euro(amount: Decimal, lang: str = "en") -> str:
    """Format an amount for people: ``EUR 1,234.50`` in English, ``EUR 1.234,50`` in Dutch.

    >>> format_euro(Decimal("13400"), "nl")
    'EUR 13.400,00'
    """
    return f"EUR {format_number(euro(amount), lang, places=2)}"
