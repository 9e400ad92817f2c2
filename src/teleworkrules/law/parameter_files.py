"""The law's parameter files: parsing ``[parameters.*]`` tables of TOML, and the shipped set.

Parameters ship in ``data/parameters.toml`` (the law and the library's documented
defaults) and in each entity's policy file. They are validated when loaded: units and
types, citations to known sources, no two versions for the same two dates, no gap at
the start of the history, and indexed versions whose base and coefficient exist.

A version gives ``value``, or ``in_force = false``, or (for an amount in euro) a formula:
``base`` (the name of an ``EUR`` parameter), ``index`` (the name of a ``factor``
parameter) and ``rounding`` (a :class:`~teleworkrules.law.indexation.Rounding`).
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
from teleworkrules.law.indexation import Indexation, Rounding
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

__all__ = ["check_history", "check_indexation", "load_parameters", "parse_parameters"]

_FORMULA_KEYS = ("base", "index", "rounding")
"""The keys of an indexed version, given instead of ``value``."""


def _coerce(unit: Unit, raw: object, name: str) -> Value:
    """Turn a TOML value into the unit's Python type (amounts are written as strings)."""
    if unit in (Unit.EUR, Unit.DAYS, Unit.FACTOR):
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
    if any(key in entry for key in _FORMULA_KEYS):
        indexation = _parse_indexation(unit, entry, where)
        return Version(name, effective_from, known_from, None, citation, indexation)
    if "value" in entry and entry.get("in_force", True) is False:
        raise InvalidParameterError(f"{where}: give either value or in_force = false, not both")
    if "value" not in entry:
        if entry.get("in_force", True) is not False:
            raise InvalidParameterError(f"{where}: expected value (or in_force = false)")
        return Version(name, effective_from, known_from, None, citation)
    value = _coerce(unit, entry["value"], f"{where}: value")
    check_value(unit, choices, value, f"{where}: value")
    return Version(name, effective_from, known_from, value, citation)


def _parse_indexation(unit: Unit, entry: Mapping[str, Any], where: str) -> Indexation:
    """The formula of an indexed version: ``base``, ``index`` and ``rounding``."""
    if unit is not Unit.EUR:
        raise InvalidParameterError(f"{where}: only an amount in euro can be indexed")
    if "value" in entry or "in_force" in entry:
        raise InvalidParameterError(
            f"{where}: give either value, in_force = false or base/index/rounding, not several"
        )
    missing = [key for key in _FORMULA_KEYS if not isinstance(entry.get(key), str)]
    if missing:
        raise InvalidParameterError(
            f"{where}: an indexed version needs base, index and rounding; missing "
            f"{', '.join(missing)}"
        )
    for key in ("base", "index"):
        if not NAME_RE.fullmatch(entry[key]):
            raise InvalidParameterError(
                f"{where}: {key} = {entry[key]!r}, expected the dotted name of a parameter"
            )
    try:
        rounding = Rounding(entry["rounding"])
    except ValueError:
        rules = ", ".join(r.value for r in Rounding)
        raise InvalidParameterError(
            f"{where}: rounding = {entry['rounding']!r}, expected one of {rules}"
        ) from None
    return Indexation(entry["base"], entry["index"], rounding)


def check_indexation(parameters: ParameterSet, *, origin: str) -> None:
    """Check that every indexed version names an ``EUR`` base and a ``factor`` coefficient.

    The base and the coefficient must themselves be plain values (not indexed).
    """
    wanted = {"base": Unit.EUR, "index": Unit.FACTOR}
    for parameter in parameters:
        for version in parameter.versions:
            if version.indexation is None:
                continue
            for key, unit in wanted.items():
                name = getattr(version.indexation, key)
                where = f"{origin}: parameter {parameter.name!r}, version {version.effective_from}"
                if name not in parameters:
                    raise InvalidParameterError(f"{where}: {key} {name!r} is not a parameter")
                target = parameters[name]
                if target.unit is not unit or any(v.indexation for v in target.versions):
                    raise InvalidParameterError(
                        f"{where}: {key} {name!r} expected a plain parameter of unit {unit.value}"
                    )


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
    law = ParameterSet(parameters)
    check_indexation(law, origin="parameters.toml")
    return law
