"""Cell converters: one cell as a reader gives it into the value of a fact.

A converter returns the value or raises :class:`BadCell` with the code of the catalogue
text saying what was expected (``problem.<code>``) and that text's values; validation turns
it into a :class:`~teleworkrules.problems.Problem` with the table, row and column.

Text cells are read as an HR officer's export holds them (DATA-CONTRACT.md, "Value
formats"): dates as ``YYYY-MM-DD`` or day first (``DD/MM/YYYY``, ``D/M/YYYY``,
``DD-MM-YYYY``, ``DD.MM.YYYY``; never month first), months as ``YYYY-MM`` or ``MM/YYYY``,
numbers with ``.`` or ``,`` as decimal mark (a cell is already split from its neighbours,
so a comma in it cannot be a delimiter) and no thousands separators. Only ASCII digits
count as digits: a full-width or Arabic-Indic digit is refused, not read as a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Final

from teleworkrules.facts import normalise_identifier, refused_character
from teleworkrules.time import Month

__all__ = [
    "BadCell",
    "Cell",
    "between",
    "boolean",
    "choice",
    "day",
    "identifier",
    "money",
    "month",
    "month_or_day",
    "number",
    "text",
]

Cell = str | int | float | Decimal | date | datetime | bool | None
"""A cell as a reader gives it (text from CSV, typed values from a workbook)."""


class BadCell(Exception):
    """A cell that does not convert: ``code`` and ``values`` say what was expected."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def text(value: Cell) -> str:
    """The cell as text, stripped; empty for an empty cell."""
    if value.__class__ is str:
        return value.strip()
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def identifier(value: Cell) -> str:
    """An employee id, entity or item code, in its NFC form.

    See :func:`teleworkrules.facts.normalise_identifier`; a character no identifier may
    hold is named by its code point.
    """
    found = value if value.__class__ is str else text(value)
    normal = normalise_identifier(found)
    if normal is None:
        refused = refused_character(found)
        if refused is not None:
            raise BadCell("identifier_character", position=refused[0], character=refused[1])
        raise BadCell("identifier")
    return normal


_DATE_EXAMPLE: Final = "2023-09-08"
_DATE: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DAY_FIRST: Final = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
"""Day first, as a Belgian Excel writes dates: 8/09/2023, 08-09-2023, 08.09.2023."""


def day(value: Cell) -> date:
    """A date as YYYY-MM-DD or day first (DD/MM/YYYY, D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY).

    Or a workbook (or Python) date without a time of day or time zone. A month is never
    read first: ``09/13/2023`` is no date (there is no 13th month), not the 13th of September.
    """
    if (
        value.__class__ is str
        and len(value) == 10
        and value[4] == "-"
        and value[7] == "-"
        and value.isascii()
    ):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, datetime):
        if value.time() != datetime.min.time() or value.tzinfo is not None:
            raise BadCell("date_time")
        return value.date()
    if isinstance(value, date):
        return value
    found = text(value)
    match = _DATE.fullmatch(found)
    if match:
        year, month_number, day_number = match.group(1, 2, 3)
    else:
        match = _DAY_FIRST.fullmatch(found)
        if match is None:
            raise BadCell("day", example=_DATE_EXAMPLE)
        day_number, month_number, year = match.group(1, 3, 4)
    try:
        return date(int(year), int(month_number), int(day_number))
    except ValueError:
        raise BadCell("day", example=_DATE_EXAMPLE) from None


_MONTH: Final = re.compile(r"([0-9]{4})-([0-9]{2})")
_MONTH_FIRST: Final = re.compile(r"([0-9]{1,2})/([0-9]{4})")
"""A month as a Belgian Excel writes it: 09/2023."""


def _month_text(found: str) -> Month | None:
    """The month of ``YYYY-MM`` or ``MM/YYYY`` text (ASCII digits only), else ``None``."""
    match = _MONTH.fullmatch(found)
    if match:
        year, number = match.group(1, 2)
    else:
        match = _MONTH_FIRST.fullmatch(found)
        if match is None:
            return None
        number, year = match.group(1, 2)
    if not 1 <= int(number) <= 12 or int(year) < 1:
        return None
    return Month.of(int(year), int(number))


def month(value: Cell) -> Month:
    """A month as YYYY-MM or MM/YYYY, or a workbook date on the first of a month."""
    if isinstance(value, date) and not (
        isinstance(value, datetime)
        and (value.time() != datetime.min.time() or value.tzinfo is not None)
    ):
        first = value.date() if isinstance(value, datetime) else value
        if first.day == 1:
            return Month.from_date(first)
    found = _month_text(text(value))
    if found is None:
        raise BadCell("month", example="2023-01")
    return found


def month_or_day(value: Cell) -> Month | date:
    """A month (as :func:`month` reads text) or a date (as :func:`day` reads it)."""
    if isinstance(value, date):
        return day(value)
    found = text(value)
    as_month = _month_text(found)
    if as_month is not None:
        return as_month
    try:
        return day(found)
    except BadCell:
        raise BadCell("date_or_month") from None


_NUMBER_MATCH: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?").fullmatch
_COMMA_NUMBER_MATCH: Final = re.compile(r"-?[0-9]+,[0-9]+").fullmatch
"""A decimal comma: ``2,5``. No thousands separators, so ``1.234,5`` matches neither."""

_LARGEST: Final = Decimal("1000000000")
"""Numbers are below a billion: larger ones are input errors, not amounts or days."""


def number(value: Cell) -> Decimal:
    """A finite number below a billion (either sign), with ``.`` or ``,`` as decimal mark."""
    found = _any_number(value)
    if not found.is_finite() or abs(found) >= _LARGEST:
        raise BadCell("number_size")
    return found


def _any_number(value: Cell) -> Decimal:
    if value.__class__ is str and _NUMBER_MATCH(value):
        return Decimal(value)
    if isinstance(value, bool):
        raise BadCell("number")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    found = text(value)
    if _COMMA_NUMBER_MATCH(found):
        found = found.replace(",", ".")
    elif not _NUMBER_MATCH(found):
        raise BadCell("number_format", example="2.5")
    try:
        return Decimal(found)
    except InvalidOperation:  # pragma: no cover - the patterns only match decimals
        raise BadCell("number_format", example="2.5") from None


def money(value: Cell) -> Decimal:
    """An amount in euro with at most two decimals, as cents."""
    amount = number(value)
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise BadCell("money", example="20.00")
    return amount.quantize(Decimal("0.01"))


_TRUE: Final = frozenset({"true", "yes", "ja", "waar", "1"})
_FALSE: Final = frozenset({"false", "no", "nee", "onwaar", "0"})


def boolean(value: Cell) -> bool:
    """true/false, yes/no, ja/nee, waar/onwaar or 1/0 (any case), or a workbook boolean.

    ``WAAR``/``ONWAAR`` is how a Dutch-language Excel writes a true/false cell to CSV.
    """
    if isinstance(value, bool):
        return value
    found = text(value).lower()
    if found in _TRUE:
        return True
    if found in _FALSE:
        return False
    raise BadCell("boolean")


def choice(*choices: str, aliases: Mapping[str, str] | None = None) -> Callable[[Cell], str]:
    """A converter accepting one of ``choices`` or of the Dutch ``aliases`` (any case).

    An alias reads as the choice it stands for: ``choice("forfait", aliases={"forfaitair":
    "forfait"})`` reads ``Forfaitair`` as ``forfait``.
    """
    accepted = {name: name for name in choices}
    accepted.update(aliases or {})
    if not set(accepted.values()) <= set(choices):
        raise ValueError(f"aliases must stand for one of {choices}")
    shown = ", ".join(choices)
    dutch = ", ".join(aliases or ()) or "-"

    def convert(value: Cell) -> str:
        found = accepted.get(text(value).lower())
        if found is None:
            if aliases:
                raise BadCell("choice_dutch", choices=shown, dutch=dutch)
            raise BadCell("choice", choices=shown)
        return found

    return convert


def between(
    convert: Callable[[Cell], Decimal],
    low: Decimal,
    high: Decimal | None,
    *,
    low_open: bool = False,
) -> Callable[[Cell], Decimal]:
    """``convert``, then a check that the number is from ``low`` (up to ``high``)."""
    bound = {"low_sign": ">" if low_open else ">=", "low": low}
    code = "number_from" if high is None else "number_between"
    if high is not None:
        bound["high"] = high

    def check(value: Cell) -> Decimal:
        found = convert(value)
        if found < low or (low_open and found == low) or (high is not None and found > high):
            raise BadCell(code, **bound)
        return found

    return check
