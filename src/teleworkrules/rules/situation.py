"""What the monthly rules read about a staff member in a month: one place for it.

The rules of a month (:mod:`.service`, :mod:`.payment`, :mod:`.hybrid_work`,
:mod:`.internet`, :mod:`.home_working`, :mod:`.federal`) read a person only through a
:class:`Situation`: the days in service in the month, and the spells covering the first
and the last of them (the deciding day is one of the two). A rule that needs another fact
gets a new field here.

The population engine (:mod:`teleworkrules.engine.population`) decides a situation once
and shares the decision with every person-month whose situation has the same
:meth:`Situation.key`: what of the situation can change an amount, written next to the
fields. Tests hold the two together: no monthly rule reads an ``Employee``, and every
field is either in the key or in :data:`NOT_IN_KEY` with the reason.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Final, NamedTuple

from teleworkrules.facts import (
    Absence,
    Contract,
    Employee,
    InternetRoute,
    TeleworkArrangement,
    TeleworkDays,
)
from teleworkrules.time import Month, month_calendar

__all__ = ["NOT_IN_KEY", "RegisteredTest", "Settings", "Situation"]

NOT_IN_KEY: Final[Mapping[str, str]] = {
    "employee_id": "names the decisions, changes no amount",
    "exit_date": "shown in explanations; amounts read it through last",
}
"""The fields :meth:`Situation.key` leaves out, each with the reason."""


RegisteredTest = Callable[[Decimal, int, Decimal], bool | None]
"""How registered days are read: (days, weekdays of the month, work fraction) to whether
they meet the threshold, or ``None`` when they are not read
(:func:`teleworkrules.rules.home_working.registered_test`)."""


class Settings(NamedTuple):
    """The settings that decide what of a situation's contract, fraction and days count.

    Read by :func:`teleworkrules.rules.sharing.settings_in_force` for one epoch of
    parameters, in which they cannot change.

    Attributes:
        eligible_contracts: the contracts that count (``evaluation.eligible_contracts``).
        fraction_counts: whether the work fraction can change an amount (a setting that
            prorates by it, or scales the home-working threshold by it, is on).
        part_counts: whether the days in service of a part month can change an amount
            (proration by days in service is on, or not every day in service counts
            the month); when not, only the spells on the first and last day in service
            do.
        registered_met: how the rules read a month's registered telework days, when
            only whether they meet a threshold counts: (days, weekdays of the month,
            work fraction) to met or not, or ``None`` when they are not read at all
            (:func:`teleworkrules.rules.home_working.registered_test`); ``None`` here
            when the exact days count (the federal rule set).
    """

    eligible_contracts: tuple[str, ...]
    fraction_counts: bool
    part_counts: bool = True
    registered_met: RegisteredTest | None = None


def _route_key(route: InternetRoute) -> object:
    """A route in a sharing key: its code, paired with ``True`` when its benefit is waived."""
    code = route.route._value_  # an enum's value without its slow property
    return (code, True) if route.benefit_waived else code


class Situation(NamedTuple):
    """A staff member in a month, as the monthly rules see them.

    An immutable record: a named tuple, as one is built for every segment of every person
    (a third of the cost of a frozen attrs class). Build one with :meth:`of`. Spells are
    those covering the first and the last day in service in the month; when the person is
    not in service in the month, ``last`` lies before ``first`` and no spell is read.

    >>> from teleworkrules import Employee
    >>> s = Situation.of(Employee("E1", date(2023, 3, 15)), Month("2023-03"))
    >>> s.first, s.last, s.service_days
    (datetime.date(2023, 3, 15), datetime.date(2023, 3, 31), 17)
    """

    employee_id: str
    month: Month
    hire_date: date
    exit_date: date | None
    first: date
    """The first day in service in the month."""
    last: date
    """The last day in service in the month."""
    contract: Contract
    work_fraction: Decimal
    route_first: InternetRoute | None
    route_last: InternetRoute | None
    arrangement_first: TeleworkArrangement | None
    arrangement_last: TeleworkArrangement | None
    absence_first: Absence | None
    absence_last: Absence | None
    registered: TeleworkDays | None
    """The telework days registered for the month, if any."""

    @classmethod
    def of(
        cls,
        employee: Employee,
        month: Month,
        registered: Mapping[Month, TeleworkDays] | None = None,
    ) -> Situation:
        """The situation of ``employee`` in ``month``.

        ``registered`` is the person's telework days by month, when the caller built it
        once for many months (a lookup instead of a scan).
        """
        month_first, month_last = month_calendar(month)[:2]
        hire, leave = employee.hire_date, employee.exit_date
        first, last = _in_service(employee, month_first, month_last)
        if last < first:  # not in service: no spell is read
            return cls(
                employee.employee_id, month, hire, leave, first, last, employee.contract,
                employee.work_fraction, None, None, None, None, None, None, None,
            )  # fmt: skip
        absences = bool(employee.absences)
        return cls(
            employee.employee_id,
            month,
            hire,
            leave,
            first,
            last,
            employee.contract,
            employee.work_fraction,
            employee.route_on(first),
            employee.route_on(last),
            employee.arrangement_on(first),
            employee.arrangement_on(last),
            employee.absence_on(first) if absences else None,
            employee.absence_on(last) if absences else None,
            None
            if not employee.telework_days
            else employee.days_in(month)
            if registered is None
            else registered.get(month),
        )

    @property
    def in_service(self) -> bool:
        """Whether the person is in service on at least one day of the month."""
        return self.first <= self.last

    @property
    def service_days(self) -> int:
        """The calendar days of the month in service."""
        return max(0, (self.last - self.first).days + 1)

    def _on(self, day: date, at_first: object, at_last: object) -> object:
        if day == self.first:
            return at_first
        if day == self.last:
            return at_last
        raise ValueError(f"a situation knows the first and last day in service, not {day}")

    def route_on(self, day: date) -> InternetRoute | None:
        """The internet route covering ``day`` (the first or last day in service)."""
        return self._on(day, self.route_first, self.route_last)  # type: ignore[return-value]

    def arrangement_on(self, day: date) -> TeleworkArrangement | None:
        """The telework arrangement covering ``day`` (the first or last day in service)."""
        found = self._on(day, self.arrangement_first, self.arrangement_last)
        return found  # type: ignore[return-value]

    def absence_on(self, day: date) -> Absence | None:
        """The absence covering ``day`` (the first or last day in service)."""
        return self._on(day, self.absence_first, self.absence_last)  # type: ignore[return-value]

    def key(
        self, dates: Sequence[date], settings: Settings | None = None
    ) -> tuple[object, ...] | None:
        """What of this situation can change an amount; ``None`` when not in service.

        Two situations with the same key, entity and parameters in force get the same
        amounts. The month itself is not in it: the parameters in force enter through
        their epoch (the population engine adds it), and the rules read only the month's
        length (in a part month) and its weekdays (with registered days).

        Args:
            dates: the sorted date values of the entity's parameters: the hire date is
                only compared with them (for the default route, when a route is missing).
            settings: the settings in force (:class:`Settings`), when the key is for
                their epoch only: then the contract is only eligible or not; the work
                fraction and a part month's days in service are left out unless a
                setting makes them change an amount; and registered telework days are
                kept as the rules read them (met or not, or not at all).
        """
        first, last = self.first, self.last
        if last < first:
            return None
        return _key(
            month_calendar(self.month), first, last, self.registered, self.hire_date,
            self.contract, self.work_fraction, self.route_first, self.route_last,
            self.arrangement_first, self.arrangement_last, self.absence_first,
            self.absence_last, dates, settings,
        )  # fmt: skip

    @staticmethod
    def key_of(
        employee: Employee,
        month: Month,
        dates: Sequence[date],
        settings: Settings | None = None,
        registered: Mapping[Month, TeleworkDays] | None = None,
    ) -> tuple[object, ...] | None:
        """``Situation.of(employee, month, registered).key(dates, settings)``, unbuilt.

        The population engine asks for a key at every segment boundary of every person,
        and builds the situation only for a key it has not decided yet.
        """
        calendar = month_calendar(month)
        first, last = _in_service(employee, calendar[0], calendar[1])
        if last < first:
            return None
        absences = employee.absences
        # A spell covering the first day in service and still running on the last covers
        # both (most months): it is looked up once.
        route = employee.route_on(first)
        if route is None or (route.end is not None and route.end < last):
            route_last = employee.route_on(last)
        else:
            route_last = route
        plan = employee.arrangement_on(first)
        if plan is None or (plan.end is not None and plan.end < last):
            plan_last = employee.arrangement_on(last)
        else:
            plan_last = plan
        return _key(
            calendar, first, last,
            None if not employee.telework_days
            else employee.days_in(month) if registered is None else registered.get(month),
            employee.hire_date, employee.contract, employee.work_fraction,
            route, route_last, plan, plan_last,
            employee.absence_on(first) if absences else None,
            employee.absence_on(last) if absences else None,
            dates, settings,
        )  # fmt: skip


def _in_service(employee: Employee, month_first: date, month_last: date) -> tuple[date, date]:
    """The first and last day of the month in service (the last before the first: none)."""
    hire, leave = employee.hire_date, employee.exit_date
    first = hire if hire > month_first else month_first
    last = leave if leave is not None and leave < month_last else month_last
    return first, last


def _key(
    calendar: tuple[date, date, int, int],
    first: date,
    last: date,
    registered: TeleworkDays | None,
    hire_date: date,
    contract: Contract,
    work_fraction: Decimal,
    route_first: InternetRoute | None,
    route_last: InternetRoute | None,
    plan_first: TeleworkArrangement | None,
    plan_last: TeleworkArrangement | None,
    absence_first: Absence | None,
    absence_last: Absence | None,
    dates: Sequence[date],
    settings: Settings | None,
) -> tuple[object, ...]:
    """The key of :meth:`Situation.key` of a month in service, from its parts."""
    month_first, month_last, days, weekdays = calendar
    whole = first == month_first and last == month_last
    absent = absence_first is not None or absence_last is not None
    return (
        None
        if whole or (settings is not None and not settings.part_counts)
        else ((first - month_first).days, (month_last - last).days, days),
        None
        if registered is None
        else (registered.days, weekdays)
        if settings is None or settings.registered_met is None
        else settings.registered_met(registered.days, weekdays, work_fraction),
        None
        if route_first is not None and route_last is not None
        else bisect.bisect_right(dates, hire_date),
        # An enum's value without its slow property.
        contract._value_ if settings is None else contract._value_ in settings.eligible_contracts,
        work_fraction if settings is None or settings.fraction_counts else None,
        # A route, with a mark when its statement on honour waives the benefit in kind
        # (no tuple in the common case: keys are built for every person-month).
        None if route_first is None else _route_key(route_first),
        None if route_last is None else _route_key(route_last),
        None if plan_first is None else (plan_first.days_per_week, plan_first.approved),
        None if plan_last is None else (plan_last.days_per_week, plan_last.approved),
        # An absence keeps its exact days and the days in service: the working-day
        # limit counts from its start.
        (absence_first, absence_last, first, last) if absent else None,
    )
