"""The law's parameter files: parsing ``[parameters.*]`` tables of TOML, and the shipped set.

Parameters ship in ``data/parameters.toml`` (the law and the library's documented
defaults) and in each entity's policy file. They are validated when loaded: units and
types, citations to known sources, no two versions for the same two dates, and no gap at
the start of the history.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from typing import Any

from teleworkrules.exceptions import InvalidParameterError
from teleworkrules.law.parameters import (
    NAME_RE,
    Parameter,
    ParameterSet,
    Unit,
    Value,
    Version,
    check_minimum,
    check_value,
)
from teleworkrules.law.sources import Source, load_sources, parse_citation
from teleworkrules.time import Month

__all__ = ["check_history", "load_parameters", "parse_parameters"]


def _coerce(unit: Unit, raw: object, name: str) -> Value:
    """Turn a TOML value into the unit's Python type (amounts are written as strings)."""
    if unit in (Unit.EUR, Unit.DAYS):
        if not isinstance(raw, str | int) or isinstance(raw, bool):
            raise InvalidParameterError(
                f'{name}: got {raw!r}, expected a decimal written as a string, e.g. "20.00"'
            )
        try:
            return Decimal(raw)
        except InvalidOperation:
            raise InvalidParameterError(f"{name}: got {raw!r}, expected a decimal") from None
    if unit is Unit.CODES and isinstance(raw, list):
        return tuple(raw)
    return raw  # type: ignore[return-value]  # checked by _check_value


def parse_parameters(
    raw: Mapping[str, Any], *, origin: str, sources: Mapping[str, Source]
) -> tuple[Parameter, ...]:
    """Parse the ``[parameters.*]`` tables of a parsed TOML document.

    Args:
        raw: the parsed document.
        origin: the file name, for error messages.
        sources: the sources citations may refer to.

    Raises:
        InvalidParameterError: naming the file, the parameter and what is wrong.
    """
    parameters: list[Parameter] = []
    for name, entry in raw.get("parameters", {}).items():
        where = f"{origin}: parameter {name!r}"
        if not NAME_RE.fullmatch(name):
            raise InvalidParameterError(f"{where}: expected a dotted lower-case name")
        try:
            unit = Unit(entry["unit"])
        except (KeyError, ValueError):
            units = ", ".join(u.value for u in Unit)
            raise InvalidParameterError(
                f"{where}: unit {entry.get('unit')!r}, expected one of {units}"
            ) from None
        choices = tuple(entry.get("choices", ()))
        if unit in (Unit.CHOICE, Unit.CODES) and not choices:
            raise InvalidParameterError(f"{where}: a {unit.value} parameter needs choices")
        label = entry.get("label", {})
        if not label.get("nl") or not label.get("en"):
            raise InvalidParameterError(f"{where}: expected label.nl and label.en")
        minimum = None if "minimum" not in entry else Decimal(str(entry["minimum"]))
        versions = [
            _parse_version(name, unit, choices, i, v, where, sources)
            for i, v in enumerate(entry.get("versions", ()), start=1)
        ]
        for version in versions:
            check_minimum(minimum, version.value, where)
        if not versions:
            raise InvalidParameterError(f"{where}: expected at least one [[versions]] entry")
        versions.sort(key=lambda v: (v.effective_from, v.known_from))
        for a, b in itertools.pairwise(versions):
            if (a.effective_from, a.known_from) == (b.effective_from, b.known_from):
                raise InvalidParameterError(
                    f"{where}: two versions take effect in {a.effective_from} and are both "
                    f"known from {a.known_from}; expected one value per pair of dates"
                )
        parameters.append(
            Parameter(
                name, unit, str(label["nl"]), str(label["en"]), tuple(versions), choices, minimum
            )
        )
    return tuple(parameters)


def _parse_version(
    name: str,
    unit: Unit,
    choices: tuple[str, ...],
    number: int,
    entry: Mapping[str, Any],
    where: str,
    sources: Mapping[str, Source],
) -> Version:
    where = f"{where}, version {number}"
    try:
        effective_from = Month(str(entry["from"]))
        known_from = entry["known"]
    except KeyError as exc:
        raise InvalidParameterError(f"{where}: missing {exc.args[0]!r}") from None
    except ValueError as exc:
        raise InvalidParameterError(f"{where}: {exc}") from None
    citation = parse_citation(entry, sources, where)
    if not isinstance(known_from, date):
        raise InvalidParameterError(f"{where}: known = {known_from!r}, expected a date")
    if "value" in entry and entry.get("in_force", True) is False:
        raise InvalidParameterError(f"{where}: give either value or in_force = false, not both")
    if "value" not in entry:
        if entry.get("in_force", True) is not False:
            raise InvalidParameterError(f"{where}: expected value (or in_force = false)")
        return Version(name, effective_from, known_from, None, citation)
    value = _coerce(unit, entry["value"], f"{where}: value")
    check_value(unit, choices, value, f"{where}: value")
    return Version(name, effective_from, known_from, value, citation)


def check_history(parameters: Iterable[Parameter], *, origin: str) -> None:
    """Check that every parameter's history starts in the same month (no gap at the start)."""
    parameters = tuple(parameters)
    if not parameters:
        return
    start = min(p.starts for p in parameters)
    late = [f"{p.name} (starts {p.starts})" for p in parameters if p.starts != start]
    if late:
        raise InvalidParameterError(
            f"{origin}: the history starts in {start}, but these parameters have a gap "
            f"before their first value: {', '.join(late)}; expected every parameter to "
            f"start in {start} (use in_force = false for a rule not yet in force)"
        )


@cache
def load_parameters() -> ParameterSet:
    """The law's parameters and the library's documented defaults (``data/parameters.toml``)."""
    text = files("teleworkrules").joinpath("data/parameters.toml").read_text(encoding="utf-8")
    parameters = parse_parameters(
        tomllib.loads(text), origin="parameters.toml", sources=load_sources()
    )
    check_history(parameters, origin="parameters.toml")
    return ParameterSet(parameters)
