"""The validators of the facts: types, ranges, identifiers, spells in order.

Each raises :class:`~teleworkrules.exceptions.InvalidFactError` naming the field, the value
and what was expected.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final, TypeVar, cast

import attrs

from teleworkrules.arguments import as_date
from teleworkrules.exceptions import InvalidFactError
from teleworkrules.i18n import text

_T = TypeVar("_T")


def of_type(kind: type | tuple[type, ...], expected: str) -> Callable[[Any, Any, Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise InvalidFactError(attribute.name, value, expected)

    return check


DATE_EXPECTED: Final = "a date (a datetime only at midnight, without time zone)"


def a_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A day: a ``date``; a datetime left by :func:`to_date` has a time of day or zone."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidFactError(attribute.name, value, DATE_EXPECTED)


def optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        raise InvalidFactError(attribute.name, value, f"{DATE_EXPECTED}, or None for open-ended")


def to_date(value: date) -> date:
    """A datetime or pandas ``Timestamp`` at midnight, naive, as its ``date``; else as is.

    What is left that is not a plain date is refused by the field's validator.
    """
    return cast("date", as_date(value))


def to_optional_date(value: date | None) -> date | None:
    """:func:`to_date` for an optional (open-ended) date."""
    return cast("date | None", as_date(value))


def to_decimal(value: Decimal | int) -> Decimal:
    """An ``int`` (not a ``bool``) as an exact ``Decimal``; else as is (floats are refused)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return cast("Decimal", value)  # a bool is left for the validator to refuse


def to_optional_decimal(value: Decimal | int | None) -> Decimal | None:
    """:func:`to_decimal` for an optional amount."""
    return None if value is None else to_decimal(value)


def end_after_start(instance: object, attribute: attrs.Attribute[Any], value: date | None) -> None:
    optional_date(instance, attribute, value)
    start: date = getattr(instance, "start")  # noqa: B009  # every spell has a start
    if value is not None and value < start:
        raise InvalidFactError(
            attribute.name, value.isoformat(), f"a date on or after start {start}"
        )


def decimal_between(low: Decimal, high: Decimal, *, low_open: bool = False) -> Callable[..., None]:
    bound = f"{'>' if low_open else '>='} {low} and <= {high}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if (
            not isinstance(value, Decimal)
            or not value.is_finite()
            or value > high
            or value < low
            or (low_open and value == low)
        ):
            raise InvalidFactError(attribute.name, value, f"a Decimal {bound}")

    return check


def days_in_month(
    instance: Any,  # noqa: ANN401  # a TeleworkDays
    attribute: attrs.Attribute[Any],
    value: object,
) -> None:
    decimal_between(Decimal(0), Decimal(instance.month.days))(instance, attribute, value)


IDENTIFIER: Final = re.compile(r"[^\x00-\x1f\x7f=+\-@][^\x00-\x1f\x7f]{0,63}")
"""The shape of an identifier (employee ids, entity codes, item codes): 1-64 characters,
not starting with a spreadsheet formula character (``=``, ``+``, ``-``, ``@``). An
identifier also holds no character of :func:`refused_character` and is read in its NFC
form (:func:`normalise_identifier`)."""
IDENTIFIER_EXPECTED: Final = (
    "an identifier of 1-64 printable characters, not starting with =, +, - or @ "
    "(spreadsheet formula characters)"
)
"""What the identifier rule expects, in the words of the problem ``identifier``."""

_REFUSED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})
"""Control, format (invisible, bidi), surrogate, private-use and unassigned characters,
line and paragraph separators, and spaces (the ordinary space excepted)."""
_INVISIBLE: Final = frozenset(
    {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0}
    | set(range(0x180B, 0x1810))
    | set(range(0xFE00, 0xFE10))
    | set(range(0xE0100, 0xE01F0))
)
"""Default-ignorable characters outside those categories (fillers, variation selectors,
the combining grapheme joiner): a reader shows nothing for them either."""
_UNNAMED: Final = {
    "Cc": "<control>",
    "Cs": "<surrogate>",
    "Co": "<private use>",
    "Cn": "<unassigned>",
}


def character_name(character: str) -> str:
    r"""A character by its code point and Unicode name, as a reader can look it up.

    >>> from teleworkrules.facts import character_name
    >>> character_name("\u200b"), character_name("\x85")
    ('U+200B ZERO WIDTH SPACE', 'U+0085 <control>')
    """
    category = unicodedata.category(character)
    name = unicodedata.name(character, "") or _UNNAMED.get(category, "<unnamed>")
    return f"U+{ord(character):04X} {name}"


def refused_character(text: str) -> tuple[int, str] | None:
    r"""The first character no identifier may hold: its position (from 1) and its name.

    Refused are the characters a reader cannot see or that change how text shows:
    controls (C0 and C1), format characters (zero-width, bidi overrides, the byte order
    mark), surrogates, private-use and unassigned code points, line and paragraph
    separators, spaces other than the ordinary space, and other default-ignorable
    characters.

    >>> from teleworkrules.facts import refused_character
    >>> refused_character("E\u200b1"), refused_character("E 001")
    ((2, 'U+200B ZERO WIDTH SPACE'), None)
    """
    if text.isascii():
        for position, character in enumerate(text, start=1):
            if character < " " or character == "\x7f":
                return position, character_name(character)
        return None
    for position, character in enumerate(text, start=1):
        refused = unicodedata.category(character) in _REFUSED_CATEGORIES and character != " "
        if refused or ord(character) in _INVISIBLE:
            return position, character_name(character)
    return None


def normalise_identifier(text: str) -> str | None:
    r"""``text`` in its NFC form when it is an identifier, else ``None``.

    The one identifier rule (employee ids, entity codes, item codes): no character of
    :func:`refused_character`, and the NFC form follows :data:`IDENTIFIER`.

    >>> from teleworkrules.facts import normalise_identifier
    >>> normalise_identifier("Me\u0301") == "M\u00e9", normalise_identifier("E\u202e1")
    (True, None)
    """
    if text.isascii():  # the pattern refuses the ASCII controls
        return text if IDENTIFIER.fullmatch(text) else None
    if refused_character(text) is not None:
        return None
    found = unicodedata.normalize("NFC", text)
    return found if IDENTIFIER.fullmatch(found) else None


def identity_key(text: str) -> str:
    """What two identifiers must differ in to name two things: NFC form, then case-folded.

    ``E001`` and ``e001`` (or ``é`` composed and decomposed) have the same key.

    >>> from teleworkrules.facts import identity_key
    >>> identity_key("E001") == identity_key("e001")
    True
    """
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


def is_identifier(text: str) -> bool:
    r"""Whether ``text`` follows the identifier rule (:func:`normalise_identifier`).

    >>> is_identifier("E001"), is_identifier("=1+1"), is_identifier("E\u200b1")
    (True, False, False)
    """
    return normalise_identifier(text) is not None


def nfc(value: str) -> str:
    """A text in its NFC form; any other value as it is (the validator reports it)."""
    if isinstance(value, str) and not value.isascii():
        return unicodedata.normalize("NFC", value)
    return value


def optional_nfc(value: str | None) -> str | None:
    """:func:`nfc`, and ``None`` as it is."""
    return None if value is None else nfc(value)


def identifier_expected(value: object) -> str | None:
    """What the identifier rule expected of ``value``, or ``None`` when it follows it."""
    if isinstance(value, str):
        if normalise_identifier(value) is not None:
            return None
        refused = refused_character(value)
        if refused is not None:
            position, character = refused
            return text(
                "problem.identifier_character", "en", position=position, character=character
            )
    return IDENTIFIER_EXPECTED


def check_identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    expected = identifier_expected(value)
    if expected is not None:
        raise InvalidFactError(attribute.name, value, expected)


def exit_after_hire(
    instance: Any,  # noqa: ANN401  # an Employee
    attribute: attrs.Attribute[Any],
    value: date | None,
) -> None:
    optional_date(instance, attribute, value)
    if value is not None and value < instance.hire_date:
        raise InvalidFactError(
            "exit_date", value.isoformat(), f"a date on or after hire_date {instance.hire_date}"
        )


def tuple_of(kind: type[_T], expected: str) -> Callable[[Any, Any, Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            raise InvalidFactError(attribute.name, value, f"a tuple of {expected}")

    return check


def no_overlap(kind: str) -> Callable[[Any, Any, Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for a, b in itertools.pairwise(value):  # sorted by start by the converter
            if a.end is None or b.start <= a.end:
                raise InvalidFactError(
                    attribute.name,
                    f"{a.start}..{a.end or ''} and {b.start}..{b.end or ''}",
                    f"{kind} periods that do not overlap (RULES.md: overlaps are errors)",
                )

    return check


def unique_months(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]
) -> None:
    months = [d.month for d in value]
    for month in months:
        if months.count(month) > 1:
            raise InvalidFactError(attribute.name, str(month), "at most one row per month")


def by_start(values: Iterable[Any]) -> tuple[Any, ...]:
    try:
        return tuple(sorted(values, key=lambda s: s.start))
    except (TypeError, AttributeError):
        return values  # type: ignore[return-value]  # the validator reports the wrong type


def by_month(values: Iterable[Any]) -> tuple[Any, ...]:
    try:
        return tuple(sorted(values, key=lambda s: s.month))
    except (TypeError, AttributeError):
        return values  # type: ignore[return-value]  # the validator reports the wrong type
