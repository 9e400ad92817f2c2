"""Bitemporal, date-versioned parameters: the law (and entity choices) as cited data.

A :class:`Parameter` is a named value with a history of :class:`Version` s. Each version
has two dates: the month it takes effect (``effective_from``) and the day it became known
(``known_from``: decided or published). "The value for month M as known on day D" takes the
versions known on D and, among those effective on or before M, the one that took effect
last (on a tie, the one known last). A version may also say that the parameter is *not in
force* from its month on: an end is a dated "no value". A version of an amount may also be
*indexed* (:mod:`teleworkrules.law.indexation`): a base amount times an index coefficient,
two other parameters; :meth:`ParameterSet.at` computes its value for the month.

The files that hold them are read by :mod:`teleworkrules.law.parameter_files`.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import final

import attrs

from teleworkrules.exceptions import InvalidParameterError, OutOfHistoryError, UnknownParameterError
from teleworkrules.law.indexation import Indexation, as_written
from teleworkrules.law.sources import Citation
from teleworkrules.time import Month

__all__ = [
    "NAME_RE",
    "Parameter",
    "ParameterSet",
    "Unit",
    "Value",
    "Version",
    "check_minimum",
    "check_value",
]

Value = Decimal | int | bool | str | date | tuple[str, ...]
"""The types a parameter value can have; the :class:`Unit` says which one."""


class Unit(enum.Enum):
    """What a parameter's value measures, and so which Python type it has."""

    EUR = "EUR"
    """An amount in euro (:class:`~decimal.Decimal`, two decimals)."""
    DAYS = "days"
    """A number of days (:class:`~decimal.Decimal`)."""
    COUNT = "count"
    """A whole number (``int``), e.g. working days or months."""
    BOOLEAN = "boolean"
    """A yes/no setting (``bool``)."""
    CHOICE = "choice"
    """One of a fixed list of codes (``str``)."""
    CODES = "codes"
    """A set of codes from a fixed list (``tuple[str, ...]``)."""
    DATE = "date"
    """A calendar day (:class:`datetime.date`)."""
    FACTOR = "factor"
    """A coefficient that multiplies an amount (:class:`~decimal.Decimal` > 0), e.g. an index."""


@final
@attrs.frozen(cache_hash=True)  # a key of the rules' law-only steps
class Version:
    """One value of a parameter, with its two dates and its citation.

    Attributes:
        name: the parameter's name.
        effective_from: the first month the value applies to.
        known_from: the day the value became known (decided or published).
        value: the value, or ``None`` when the parameter is not in force from
            ``effective_from`` on (or, as read from the file, when it is indexed).
        citation: where the value comes from.
        indexation: for an indexed amount, its formula; in a version returned by
            :meth:`ParameterSet.at` with the base and coefficient used, ``value`` being
            the computed amount and the two dates the latest of the three versions'.

    Versions are equal when they print alike (``20`` is not ``20.00``: :func:`.as_written`).
    """

    name: str
    effective_from: Month
    known_from: date
    value: Value | None = attrs.field(eq=as_written)
    citation: Citation
    indexation: Indexation | None = None

    @property
    def in_force(self) -> bool:
        """Whether this version gives a value (rather than ending the parameter)."""
        return self.value is not None or self.indexation is not None

    def to_dict(self) -> dict[str, object]:
        """The version as plain data (see :doc:`/reference/schema`)."""
        data: dict[str, object] = {
            "name": self.name,
            "value": format_value(self.value),
            "effective_from": str(self.effective_from),
            "known_from": self.known_from.isoformat(),
            "citation": self.citation.to_dict(),
        }
        if self.indexation is not None:
            data["indexation"] = self.indexation.to_dict()
        return data


def format_value(value: Value | None) -> str | None:
    """A parameter value as text: amounts with two decimals, dates in ISO form."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@final
@attrs.frozen
class Parameter:
    """A named parameter and its history of versions.

    Attributes:
        name: a dotted name, e.g. ``internet.forfait.amount``.
        unit: what the value measures.
        label_nl: a short description in Dutch.
        label_en: a short description in English.
        versions: the history, sorted by ``effective_from`` then ``known_from``.
        choices: the allowed codes for ``CHOICE`` and ``CODES`` parameters.
        minimum: the smallest value allowed, for number parameters that have one.
    """

    name: str
    unit: Unit
    label_nl: str
    label_en: str
    versions: tuple[Version, ...]
    choices: tuple[str, ...] = ()
    minimum: Decimal | None = None
    _timelines: dict[int, tuple[list[int], list[Version]]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False, hash=False
    )

    @property
    def starts(self) -> Month:
        """The first month of the parameter's history."""
        return self.versions[0].effective_from

    def label(self, lang: str = "en") -> str:
        """The label in ``lang`` (``nl`` or ``en``)."""
        return self.label_nl if lang == "nl" else self.label_en

    def _timeline(self, known_on: date) -> tuple[list[int], list[Version]]:
        """Month ordinals and the version taking effect at each, as known on ``known_on``."""
        # Kept by the number of versions known (it grows with the day): few, whatever the days.
        known = [v for v in self.versions if v.known_from <= known_on]
        timeline = self._timelines.get(len(known))
        if timeline is None:
            months: list[int] = []
            chosen: list[Version] = []
            for version in known:  # sorted by (effective_from, known_from): last one wins
                ordinal = version.effective_from.ordinal
                if months and months[-1] == ordinal:
                    chosen[-1] = version
                else:
                    months.append(ordinal)
                    chosen.append(version)
            timeline = self._timelines[len(known)] = (months, chosen)
        return timeline

    def at(self, month: Month, *, known_on: date) -> Version | None:
        """The version that applies to ``month`` as known on ``known_on``.

        Returns ``None`` when no version covering ``month`` was known yet on that day.

        Raises:
            OutOfHistoryError: ``month`` lies before the start of the history.
        """
        ordinal = month.ordinal
        if ordinal < self.versions[0].effective_from.ordinal:
            raise OutOfHistoryError(
                f"{self.name}: teleworkrules has no rules before {self.starts}; asked for {month}"
            ).said_as("error.history.month", first=self.starts, month=month)
        months, chosen = self._timeline(known_on)
        index = bisect.bisect_right(months, ordinal) - 1
        return chosen[index] if index >= 0 else None

    def changes(self, *, known_on: date) -> tuple[Month, ...]:
        """The months in which the value changes, as known on ``known_on``."""
        return tuple(Month.from_ordinal(m) for m in self._timeline(known_on)[0])


_FOUND_DAYS, _FOUND_MONTHS = 8, 300
"""The most evaluation dates, and months per date, a parameter set remembers lookups for:
with a few dozen parameters, at most about 100,000 lookups (a few megabytes)."""

NAME_RE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")


@final
@attrs.frozen
class ParameterSet:
    """An immutable set of parameters, looked up by name.

    >>> from teleworkrules.law.parameter_files import load_parameters
    >>> law = load_parameters()
    >>> from datetime import date
    >>> law.at("home_working.amount", Month("2023-03"), known_on=date(2023, 10, 1)).value
    Decimal('20.00')
    >>> law.at("home_working.amount", Month("2023-03"), known_on=date(2023, 6, 1)).in_force
    False
    """

    parameters: tuple[Parameter, ...]
    _index: dict[str, Parameter] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _found: dict[date, dict[int, dict[str, Version | None]]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False, hash=False
    )
    """Versions already looked up, by day known on, month ordinal and name (a set is
    immutable, so a lookup never changes: rules ask for the same values millions of times)."""

    def __attrs_post_init__(self) -> None:
        index = {p.name: p for p in self.parameters}
        if len(index) != len(self.parameters):
            seen: set[str] = set()
            dupes = sorted({p.name for p in self.parameters if p.name in seen or seen.add(p.name)})  # type: ignore[func-returns-value]
            raise InvalidParameterError(f"parameters defined twice: {', '.join(dupes)}")
        object.__setattr__(self, "_index", index)

    def __getitem__(self, name: str) -> Parameter:
        try:
            return self._index[name]
        except KeyError:
            known = ", ".join(sorted(self._index))
            raise UnknownParameterError(
                f"unknown parameter {name!r}; known parameters: {known}"
            ).said_as("error.parameter.unknown", name=repr(name), known=known) from None

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def __iter__(self) -> Iterator[Parameter]:
        return iter(sorted(self.parameters, key=lambda p: p.name))

    def __len__(self) -> int:
        return len(self.parameters)

    def at(self, name: str, month: Month, *, known_on: date) -> Version | None:
        """The version of parameter ``name`` for ``month`` as known on ``known_on``.

        ``None`` when nothing covering the month was known on that day; a version whose
        ``value`` is ``None`` when the parameter is not in force in that month. For an
        indexed version, the value is computed from its base and coefficient for the
        month as known on the day (``None`` when either was not known yet).

        >>> from teleworkrules.law.parameter_files import load_parameters
        >>> law = load_parameters()
        >>> law.at("federal.office.amount", Month("2023-12"), known_on=date(2024, 1, 1)).value
        Decimal('34.45')
        """
        try:  # three lookups, no key to build: rules ask a dozen times a person-month
            return self._found[known_on][month.ordinal][name]
        except KeyError:
            pass
        version = self[name].at(month, known_on=known_on)
        if version is not None and version.indexation is not None:
            version = self._indexed(version, month, known_on)
        months = self._found.get(known_on)
        if months is None or len(months) >= _FOUND_MONTHS:  # too many: start again
            if len(self._found) >= _FOUND_DAYS:
                self._found.clear()
            months = self._found[known_on] = {}
        months.setdefault(month.ordinal, {})[name] = version
        return version

    def _indexed(self, version: Version, month: Month, known_on: date) -> Version | None:
        """``version`` with the amount of its formula for ``month`` as known on ``known_on``."""
        formula = version.indexation
        assert formula is not None
        base = self.at(formula.base, month, known_on=known_on)
        coefficient = self.at(formula.index, month, known_on=known_on)
        if base is None or coefficient is None:
            return None
        if not isinstance(base.value, Decimal) or not isinstance(coefficient.value, Decimal):
            missing = formula.base if base.value is None else formula.index
            raise InvalidParameterError(
                f"{version.name}: indexed on {formula.base} x {formula.index}, but {missing} "
                f"is not in force in {month}; expected both in force where the formula applies"
            )
        resolved = formula.resolved(base.value, coefficient.value)
        return attrs.evolve(
            version,
            effective_from=max(
                version.effective_from, base.effective_from, coefficient.effective_from
            ),
            known_from=max(version.known_from, base.known_from, coefficient.known_from),
            value=resolved.amount,
            indexation=resolved,
        )

    def changes(self, *, known_on: date) -> frozenset[Month]:
        """Every month in which some parameter changes, as known on ``known_on``."""
        return frozenset(m for p in self.parameters for m in p.changes(known_on=known_on))

    def merged(self, other: ParameterSet) -> ParameterSet:
        """This set with the parameters of ``other`` added; a name in both is an error."""
        clash = sorted(set(self._index) & set(other._index))
        if clash:
            raise InvalidParameterError(f"parameters defined twice: {', '.join(clash)}")
        return ParameterSet(self.parameters + other.parameters)

    def override(
        self,
        name: str,
        value: Value | None,
        *,
        effective_from: Month,
        citation: Citation,
        known_from: date = date.min,
    ) -> ParameterSet:
        """A new set in which ``name`` has ``value`` from ``effective_from`` on.

        The override replaces every version of ``name`` that takes effect on or after
        ``effective_from``. ``known_from`` defaults to the earliest date, so the override
        applies whatever "as known on" date is asked; give a real date to model a future
        decision. ``value=None`` ends the parameter. The value is checked against the
        parameter's unit.

        >>> from teleworkrules.law.sources import Citation, Confidence, load_sources
        >>> from teleworkrules.law.parameter_files import load_parameters
        >>> law = load_parameters()
        >>> cite = Citation(load_sources()["bvr-2021-09-17"], "reform", Confidence.DEFAULT)
        >>> reform = law.override("internet.forfait.amount", Decimal("25.00"),
        ...                       effective_from=Month("2025-01"), citation=cite)
        >>> reform.at("internet.forfait.amount", Month("2025-01"), known_on=date(2026, 1, 1)).value
        Decimal('25.00')
        """
        parameter = self[name]
        if effective_from < parameter.starts:
            raise InvalidParameterError(
                f"{name}: an override cannot start at {effective_from}, before the history "
                f"starts ({parameter.starts})"
            )
        if value is not None:
            check_value(parameter.unit, parameter.choices, value, name)
            check_minimum(parameter.minimum, value, name)
        version = Version(name, effective_from, known_from, value, citation)
        kept = tuple(v for v in parameter.versions if v.effective_from < effective_from)
        changed = attrs.evolve(parameter, versions=(*kept, version))
        return ParameterSet(tuple(changed if p.name == name else p for p in self.parameters))


def check_value(unit: Unit, choices: tuple[str, ...], value: object, name: str) -> None:
    """Raise an error naming ``name`` unless ``value`` is a value of ``unit`` (and ``choices``)."""
    ok: bool
    choices_text = ", ".join(choices)
    if unit is Unit.EUR:
        ok = isinstance(value, Decimal) and value >= 0 and value == value.quantize(Decimal("0.01"))
        expected = "an amount in euro >= 0 with two decimals"
    elif unit is Unit.DAYS:
        ok = isinstance(value, Decimal) and value >= 0
        expected = "a number of days >= 0"
    elif unit is Unit.COUNT:
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        expected = "a whole number >= 0"
    elif unit is Unit.BOOLEAN:
        ok = isinstance(value, bool)
        expected = "true or false"
    elif unit is Unit.CHOICE:
        ok = isinstance(value, str) and value in choices
        expected = f"one of {', '.join(choices)}"
    elif unit is Unit.CODES:
        ok = isinstance(value, tuple) and all(isinstance(c, str) and c in choices for c in value)
        expected = f"a list of codes among {', '.join(choices)}"
    elif unit is Unit.FACTOR:
        ok = isinstance(value, Decimal) and value.is_finite() and value > 0
        expected = "a coefficient > 0"
    else:
        ok = isinstance(value, date)
        expected = "a date"
    if not ok:
        raise InvalidParameterError(f"{name}: got {value!r}, expected {expected}").said_as(
            f"error.parameter.unit.{unit.value}", name=name, value=repr(value), choices=choices_text
        )


def check_minimum(minimum: Decimal | None, value: object, name: str) -> None:
    """Raise an error naming ``name`` when ``value`` is below ``minimum``."""
    if minimum is not None and isinstance(value, Decimal | int) and value < minimum:
        raise InvalidParameterError(f"{name}: got {value!r}, expected at least {minimum}").said_as(
            "error.parameter.minimum", name=name, value=repr(value), minimum=minimum
        )
