"""The validators of the facts: types, ranges, identifiers, spells in order.

Each raises :class:`~teleworkrules.exceptions.InvalidFactError` naming the field, the value
and what was expected.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs

from teleworkrules.exceptions import InvalidFactError

_T = TypeVar("_T")


def of_type(kind: type | tuple[type, ...], expected: str) -> Callable[[Any, Any, Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise InvalidFactError(attribute.name, value, expected)

    return check


def optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, date):
        raise InvalidFactError(attribute.name, value, "a date, or None for open-ended")


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
"""The identifier rule (employee ids, entity codes, item codes): 1-64 printable characters,
not starting with a spreadsheet formula character (``=``, ``+``, ``-``, ``@``)."""
IDENTIFIER_EXPECTED: Final = (
    "an identifier of 1-64 printable characters, not starting with =, +, - or @ "
    "(spreadsheet formula characters)"
)
"""What the identifier rule expects, in the words of the problem ``identifier``."""


def is_identifier(text: str) -> bool:
    """Whether ``text`` follows :data:`IDENTIFIER`.

    >>> is_identifier("E001"), is_identifier("=1+1")
    (True, False)
    """
    return IDENTIFIER.fullmatch(text) is not None


def check_identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not is_identifier(value):
        raise InvalidFactError(attribute.name, value, IDENTIFIER_EXPECTED)


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
