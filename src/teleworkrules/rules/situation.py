"""What the monthly rules read about a staff member in a month: one place for it.

The rules of a month (:mod:`.service`, :mod:`.payment`, :mod:`.hybrid_work`,
:mod:`.internet`, :mod:`.home_working`, :mod:`.federal`) read a person only through a
:class:`Situation`: the days in service in the month, and the spells covering the first
and the last of them (the deciding day is one of the two). A rule that needs another fact
gets a new field here.

The population engine (:mod:`teleworkrules.engine.population`) decides a situation once
and shares the decision with every person-month whose situation has the same
:meth:`Situation.key`. Each field says in its ``key`` metadata how it enters that key (only
what can change an amount); a field without one enters whole, so a new field can only
cost sharing, never give a wrong result.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Final, final

import attrs

from teleworkrules.facts import (
    Absence,
    Contract,
    Employee,
    InternetRoute,
    TeleworkArrangement,
    TeleworkDays,
)
from teleworkrules.time import Month, month_calendar

__all__ = ["Situation"]

_KEY: Final = "key"

Normalise = Callable[[Any, "Situation", Sequence[date]], object]
"""How a field enters the key: (its value, the situation, the date parameters) -> part."""


def _ignored(value: object, situation: Situation, dates: Sequence[date]) -> object:
    return None


def _spell_days(value: object, situation: Situation, dates: Sequence[date]) -> object:
    """Days in service: where they start and end inside the month.

    The month's length and weekdays enter through ``month``.
    """
    first, last = month_calendar(situation.month)[:2]
    return ((situation.first - first).days, (last - situation.last).days)


def _position(value: date, situation: Situation, dates: Sequence[date]) -> object:
    """A date compared only with the date parameters: its place among them."""
    return bisect.bisect_right(dates, value)


def _route(value: InternetRoute | None, situation: Situation, dates: Sequence[date]) -> object:
    return None if value is None else value.route


def _plan(value: TeleworkArrangement | None, situation: Situation, dates: Sequence[date]) -> object:
    return None if value is None else (value.days_per_week, value.approved)


def _absence(value: Absence | None, situation: Situation, dates: Sequence[date]) -> object:
    """An absence with the exact days in service: its working-day limit counts from its start."""
    return None if value is None else (value, situation.first, situation.last)


def _days(value: TeleworkDays | None, situation: Situation, dates: Sequence[date]) -> object:
    return None if value is None else value.days


def _length(value: Month, situation: Situation, dates: Sequence[date]) -> object:
    """The rules read only the month's length and weekdays.

    The month itself enters through the parameters in force: the population engine adds
    their epoch.
    """
    calendar = month_calendar(value)
    return (calendar[2], calendar[3])


def _key(normalise: Normalise) -> dict[str, Normalise]:
    return {_KEY: normalise}


@final
@attrs.frozen
class Situation:
    """A staff member in a month, as the monthly rules see them.

    Build one with :meth:`of`. Spells are those covering the first and the last day in
    service in the month; when the person is not in service in the month, ``last`` lies
    before ``first``.

    >>> from teleworkrules import Employee
    >>> s = Situation.of(Employee("E1", date(2023, 3, 15)), Month("2023-03"))
    >>> s.first, s.last, s.service_days
    (datetime.date(2023, 3, 15), datetime.date(2023, 3, 31), 17)
    """

    employee_id: str = attrs.field(metadata=_key(_ignored))
    """Who: names the decisions, changes no amount."""
    month: Month = attrs.field(metadata=_key(_length))
    hire_date: date = attrs.field(metadata=_key(_position))
    """Compared with the entity's default-route date; shown in explanations."""
    exit_date: date | None = attrs.field(metadata=_key(_ignored))
    """Shown in explanations; amounts read it through ``last``."""
    first: date = attrs.field(metadata=_key(_spell_days))
    """The first day in service in the month."""
    last: date = attrs.field(metadata=_key(_ignored))
    """The last day in service in the month (entered in the key with ``first``)."""
    contract: Contract
    work_fraction: Decimal
    route_first: InternetRoute | None = attrs.field(metadata=_key(_route))
    route_last: InternetRoute | None = attrs.field(metadata=_key(_route))
    arrangement_first: TeleworkArrangement | None = attrs.field(metadata=_key(_plan))
    arrangement_last: TeleworkArrangement | None = attrs.field(metadata=_key(_plan))
    absence_first: Absence | None = attrs.field(metadata=_key(_absence))
    absence_last: Absence | None = attrs.field(metadata=_key(_absence))
    registered: TeleworkDays | None = attrs.field(metadata=_key(_days))
    """The telework days registered for the month, if any."""

    @classmethod
    def of(cls, employee: Employee, month: Month) -> Situation:
        """The situation of ``employee`` in ``month``."""
        month_first, month_last = month_calendar(month)[:2]
        hire, leave = employee.hire_date, employee.exit_date
        first = hire if hire > month_first else month_first
        last = leave if leave is not None and leave < month_last else month_last
        in_service = first <= last
        return cls(
            employee_id=employee.employee_id,
            month=month,
            hire_date=hire,
            exit_date=leave,
            first=first,
            last=last,
            contract=employee.contract,
            work_fraction=employee.work_fraction,
            route_first=employee.route_on(first) if in_service else None,
            route_last=employee.route_on(last) if in_service else None,
            arrangement_first=employee.arrangement_on(first) if in_service else None,
            arrangement_last=employee.arrangement_on(last) if in_service else None,
            absence_first=employee.absence_on(first) if in_service and employee.absences else None,
            absence_last=employee.absence_on(last) if in_service and employee.absences else None,
            registered=employee.days_in(month) if employee.telework_days else None,
        )

    @property
    def in_service(self) -> bool:
        """Whether the person is in service on at least one day of the month."""
        return self.first <= self.last

    @property
    def service_days(self) -> int:
        """The calendar days of the month in service."""
        return max(0, (self.last - self.first).days + 1)

    def _on(self, day: date, at_first: object, at_last: object) -> Any:  # noqa: ANN401
        if day == self.first:
            return at_first
        if day == self.last:
            return at_last
        raise ValueError(f"a situation knows the first and last day in service, not {day}")

    def route_on(self, day: date) -> InternetRoute | None:
        """The internet route covering ``day`` (the first or last day in service)."""
        found: InternetRoute | None = self._on(day, self.route_first, self.route_last)
        return found

    def arrangement_on(self, day: date) -> TeleworkArrangement | None:
        """The telework arrangement covering ``day`` (the first or last day in service)."""
        found: TeleworkArrangement | None = self._on(
            day, self.arrangement_first, self.arrangement_last
        )
        return found

    def absence_on(self, day: date) -> Absence | None:
        """The absence covering ``day`` (the first or last day in service)."""
        found: Absence | None = self._on(day, self.absence_first, self.absence_last)
        return found

    def key(self, dates: Sequence[date]) -> tuple[object, ...] | None:
        """What of this situation can change an amount; ``None`` when not in service.

        Args:
            dates: the sorted date values of the parameters in force (a date is compared
                only with them).
        """
        if not self.in_service:
            return None
        return tuple(
            field.metadata[_KEY](getattr(self, field.name), self, dates)
            if _KEY in field.metadata
            else getattr(self, field.name)
            for field in attrs.fields(Situation)
        )
