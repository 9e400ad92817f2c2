"""Reforms and planned initiatives: cited parameter overrides, as data.

A reform is a set of cited parameter overrides (:class:`Change`): "the internet forfait
becomes EUR 25 from 2025-01", "the home-working threshold becomes 2 days a week". A
planned initiative (questions 3 and 4 of the parliamentary question: motivation, timing,
budget) is a small TOML file with the same changes (:func:`load_initiative`).
:func:`apply_changes` gives the rulebook with the changes applied;
:func:`teleworkrules.results.simulation.simulate` costs them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, final

import attrs

from teleworkrules.exceptions import InvalidParameterError
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import Unit, Value, format_value
from teleworkrules.law.sources import Citation, Confidence, Source
from teleworkrules.time import Month

__all__ = [
    "WHAT_IF",
    "Change",
    "Initiative",
    "apply_changes",
    "load_initiative",
    "parse_change",
]

WHAT_IF = Source(
    id="what-if",
    title_nl="Wat-als-scenario (niet beslist)",
    title_en="What-if scenario (not decided)",
    date=None,
    url="",
)
"""The source cited by overrides given on the command line."""


@final
@attrs.frozen
class Change:
    """One parameter override of a reform.

    Attributes:
        parameter: the parameter's name.
        value: the new value (``None`` ends the parameter).
        effective_from: the first month it applies to.
        known_from: the day it becomes known (default: always, a hypothesis).
    """

    parameter: str
    value: Value | None
    effective_from: Month
    known_from: date = date.min

    def __str__(self) -> str:
        return f"{self.parameter}={format_value(self.value) or 'none'}@{self.effective_from}"


@final
@attrs.frozen
class Initiative:
    """A planned initiative: what it is, why, when, its budget and its parameter changes."""

    title_nl: str
    title_en: str
    motivation_nl: str
    motivation_en: str
    timing: Month
    budget: Decimal | None
    changes: tuple[Change, ...]

    def title(self, lang: str = "en") -> str:
        """The title in ``lang``."""
        return self.title_nl if lang == "nl" else self.title_en

    def motivation(self, lang: str = "en") -> str:
        """The motivation in ``lang``."""
        return self.motivation_nl if lang == "nl" else self.motivation_en


def _value(unit: Unit, given: str, name: str, *, decimal_comma: bool = False) -> Value | None:
    text = given.strip()
    try:
        if text.lower() == "not_in_force":
            return None
        if unit in (Unit.EUR, Unit.DAYS, Unit.FACTOR):
            if decimal_comma and "." not in text and text.count(",") == 1:
                text = text.replace(",", ".")
            value = Decimal(text)
            if not value.is_finite() or (unit is Unit.FACTOR and value <= 0):
                raise ValueError(text)
            if unit is Unit.EUR:
                if value.as_tuple().exponent < -2:  # type: ignore[operator]
                    raise InvalidParameterError(
                        f"{name}: {given.strip()!r} has more than two decimals; "
                        "expected an amount in euro"
                    ).said_as("error.change.decimals", name=name, value=repr(given.strip()))
                return value.quantize(Decimal("0.01"))
            return value
        if unit is Unit.COUNT:
            return int(text)
        if unit is Unit.BOOLEAN:
            lowered = text.lower()
            if lowered not in ("true", "false", "yes", "no", "ja", "nee", "1", "0"):
                raise ValueError(text)
            return lowered in ("true", "yes", "ja", "1")
        if unit is Unit.CODES:
            return tuple(c.strip() for c in text.split(",") if c.strip())
        if unit is Unit.DATE:
            return date.fromisoformat(text)
        return text
    except InvalidParameterError:
        raise
    except (ValueError, InvalidOperation):
        shown = repr(given.strip())
        raise InvalidParameterError(f"{name}: {shown} is not a value of unit {unit.value}").said_as(
            f"error.change.unit.{unit.value}", name=name, value=shown
        ) from None


def parse_change(
    text: str,
    rulebook: Rulebook | None = None,
    *,
    entity: str | None = None,
    decimal_comma: bool = False,
) -> Change:
    """Parse ``PARAMETER=VALUE@YYYY-MM``, checking the name and the value's unit.

    ``VALUE`` ``not_in_force`` ends the parameter from that month on. With
    ``decimal_comma`` (Dutch), an amount or a number of days may be written ``25,00``.

    >>> str(parse_change("internet.forfait.amount=25@2025-01"))
    'internet.forfait.amount=25.00@2025-01'
    """
    book = Rulebook.default() if rulebook is None else rulebook
    name, sep, rest = text.partition("=")
    value_text, at, month_text = rest.rpartition("@")
    if not sep or not at or not name.strip():
        raise InvalidParameterError(
            f"{text!r}: expected PARAMETER=VALUE@YYYY-MM, "
            "e.g. internet.forfait.amount=25.00@2025-01"
        ).said_as("error.change.format", text=repr(text))
    name = name.strip()
    parameter = book.parameters(entity)[name]
    try:
        month = Month(month_text.strip())
    except ValueError:
        raise InvalidParameterError(f"{text!r}: {month_text!r} is not a month YYYY-MM").said_as(
            "error.change.month", text=repr(text), month=repr(month_text)
        ) from None
    value = _value(parameter.unit, value_text, name, decimal_comma=decimal_comma)
    return Change(name, value, month)


def apply_changes(
    rulebook: Rulebook,
    changes: Iterable[Change],
    *,
    source: Source = WHAT_IF,
    entity: str | None = None,
) -> Rulebook:
    """The rulebook with every change applied, each cited to ``source`` as a default reading."""
    book = rulebook
    for change in changes:
        citation = Citation(source, f"what-if: {change}", Confidence.DEFAULT)
        book = book.override(
            change.parameter,
            change.value,
            effective_from=change.effective_from,
            citation=citation,
            known_from=change.known_from,
            entity=entity,
        )
    return book


def _text(entry: Mapping[str, Any], key: str, where: str) -> tuple[str, str]:
    value = entry.get(key)
    if isinstance(value, str):
        return value, value
    if (
        isinstance(value, Mapping)
        and isinstance(value.get("nl"), str)
        and isinstance(value.get("en"), str)
    ):
        return value["nl"], value["en"]
    raise InvalidParameterError(f"{where}: expected {key}.nl and {key}.en (or one {key} text)")


def load_initiative(path: str | Path, rulebook: Rulebook | None = None) -> Initiative:
    """Load a planned initiative from TOML (see the how-to for the format)."""
    path = Path(path)
    book = Rulebook.default() if rulebook is None else rulebook
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InvalidParameterError(f"{path}: cannot read the initiative: {exc}") from None
    where = path.name
    head = raw.get("initiative")
    if not isinstance(head, Mapping):
        raise InvalidParameterError(f"{where}: expected an [initiative] table")
    title_nl, title_en = _text(head, "title", where)
    motivation_nl, motivation_en = _text(head, "motivation", where)
    try:
        timing = Month(str(head["timing"]))
        budget = None if "budget" not in head else Decimal(str(head["budget"]))
    except (KeyError, ValueError, InvalidOperation) as exc:
        raise InvalidParameterError(
            f'{where}: expected timing = "YYYY-MM" and an optional budget = "12345.00" ({exc})'
        ) from None
    changes = []
    for number, entry in enumerate(raw.get("changes", ()), start=1):
        try:
            name = str(entry["parameter"])
            parameter = book.parameters(None)[name]
            month = Month(str(entry["from"]))
            known = entry.get("known", date.min)
            if not isinstance(known, date):
                raise ValueError(f"known = {known!r} is not a date")
            changes.append(
                Change(name, _value(parameter.unit, str(entry["value"]), name), month, known)
            )
        except (KeyError, ValueError) as exc:
            raise InvalidParameterError(
                f"{where}: changes entry {number}: expected parameter, value, from "
                f"(and an optional known date): {exc}"
            ) from None
    if not changes:
        raise InvalidParameterError(f"{where}: expected at least one [[changes]] entry")
    return Initiative(
        title_nl, title_en, motivation_nl, motivation_en, timing, budget, tuple(changes)
    )
