"""Whole populations, segment by segment.

Facts change rarely, so the months of a person fall into *segments*: runs of months in
which no fact the rules read and no parameter changes. A segment is decided once (by the
same rules as :func:`~teleworkrules.engine.evaluation.evaluate`, for its first month) and
holds for all its months; reports aggregate segments (person-months are segment lengths) and months
are expanded only when asked (:func:`expand`).

Segment boundaries are the months in which a rule input can change: for every date of a
person's facts (hire, exit, spell starts and ends, absence working-day limits; a route's
statement on honour, ``benefit_waived``, changes only with its row) its month
and the next (the deciding day of a month is its first or last day in service; a date on
the first of a month is seen at both ends of that month, so the next adds nothing), every
month with registered telework days and the month after, and every month in which a
parameter the entity's rule set reads changes as known on the evaluation date.

Outcomes are also shared between people: the rules read a person-month only through its
:class:`~teleworkrules.rules.situation.Situation`, which also says what of it can change
an amount (:meth:`~teleworkrules.rules.situation.Situation.key`), so people in the same
situation, entity and parameter epoch are decided once. A property test checks that all
this equals month-by-month evaluation.
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import final

import attrs

from teleworkrules.arguments import day_argument
from teleworkrules.engine.evaluation import Entitlement, check_range, evaluate_situation
from teleworkrules.facts import Allowance, Employee, TeleworkDays
from teleworkrules.law.entities import Rulebook
from teleworkrules.rules.rule_sets import FEDERAL, RULE_SET
from teleworkrules.rules.sharing import settings_in_force
from teleworkrules.rules.situation import Settings, Situation
from teleworkrules.time import Month, nth_weekday_from

__all__ = ["Grant", "PopulationEvaluator", "Segment", "expand", "segments"]

_DAY = timedelta(days=1)
_NOTHING: tuple[Grant, ...] = ()
"""No grant (one object: segments compare grants by identity)."""


def _next_day(day: date) -> date:
    """The day after ``day``; ``date.max`` (an "open" 9999-12-31) stays itself."""
    return day if day == date.max else day + _DAY


NO_SPLIT = ("fiscal.", "entity.budget.", "entity.third_party.")
"""Parameters whose changes never change a grant: tax-free ceilings only flag amounts
(:mod:`teleworkrules.rules.fiscal`), budgets and the third-party cost only feed reports."""

FEDERAL_ONLY = "federal."
"""Parameters read only by the federal rule set (:mod:`teleworkrules.rules.federal`): their
changes split the months of an entity only if it selects that rule set at some time."""


@final
@attrs.frozen
class Grant:
    """One allowance granted in every month of a segment."""

    allowance: Allowance
    amount: Decimal
    benefit_in_kind: Decimal


@final
@attrs.frozen
class Segment:
    """A run of months of one person with the same decisions.

    Attributes:
        employee_id: the person.
        entity: the entity whose policy applied.
        start: the first month.
        end: the last month, included.
        grants: the allowances granted in each of these months (sorted by code).
    """

    employee_id: str
    entity: str
    start: Month
    end: Month
    grants: tuple[Grant, ...]

    @property
    def months(self) -> int:
        """The number of months in the segment."""
        return self.end - self.start + 1


@final
class _Entity:
    """What the engine keeps of one entity: its epochs, and the grants decided in each."""

    __slots__ = ("code", "dates", "epochs", "limits", "memo", "settings")

    def __init__(
        self, code: str, epochs: list[int], dates: list[date], limits: frozenset[int]
    ) -> None:
        self.code = code
        self.epochs = epochs
        """The first month (ordinal) of each epoch after the first: parameters change."""
        self.dates = dates
        """The sorted date values of its parameters (the sharing key compares hire dates)."""
        self.limits = limits
        """The working-day limits of long absences, in any version."""
        self.settings: list[Settings | None] = [None] * (len(epochs) + 1)
        """The settings in force in each epoch, once asked for."""
        self.memo: list[dict[tuple[object, ...], tuple[Grant, ...]]] = [
            {} for _ in range(len(epochs) + 1)
        ]
        """The grants decided in each epoch, by sharing key."""


class PopulationEvaluator:
    """Evaluates many people over one period as known on one day, sharing the work.

    Args:
        start: the first month.
        end: the last month, included.
        known_on: only rules known on this day count.
        rulebook: the law and entity policies (the default rulebook if ``None``).
    """

    def __init__(
        self,
        start: Month | str,
        end: Month | str,
        *,
        known_on: date | str,
        rulebook: Rulebook | None = None,
    ) -> None:
        self.book = Rulebook.default() if rulebook is None else rulebook
        self.start, self.end = check_range(start, end, self.book)
        self.known_on = day_argument("known_on", known_on)
        self._entities: dict[str | None, _Entity] = {}
        self._by_code: dict[str, _Entity] = {}
        self._same: dict[tuple[Grant, ...], tuple[Grant, ...]] = {_NOTHING: _NOTHING}
        self._months: dict[int, Month] = {}

    def _entity(self, entity: str | None) -> _Entity:
        """The entity whose policy applies to staff of ``entity`` (``None``: the default)."""
        code = self.book.policy(entity).code
        found = self._by_code.get(code)
        if found is None:
            params = self.book.parameters(code)
            ignored = NO_SPLIT if self._federal(code) else (*NO_SPLIT, FEDERAL_ONLY)
            changes = {
                m.ordinal
                for p in params
                if not p.name.startswith(ignored)
                for m in p.changes(known_on=self.known_on)
            }
            limits = {
                v.value
                for v in params["payment.long_absence_working_days"].versions
                if isinstance(v.value, int)
            }
            found = self._by_code[code] = _Entity(
                code,
                sorted(changes),
                sorted({v.value for p in params for v in p.versions if isinstance(v.value, date)}),
                frozenset(limits),
            )
        self._entities[entity] = found
        return found

    def _federal(self, entity: str) -> bool:
        """Whether the entity selects the federal rule set in some month, as known then."""
        params = self.book.parameters(entity)
        if RULE_SET not in params:
            return False
        return any(
            v.value == FEDERAL for v in params[RULE_SET].versions if v.known_from <= self.known_on
        )

    def _boundaries(self, employee: Employee, entity: _Entity) -> list[int]:
        """The months (ordinals) after the first in which a rule input can change, sorted."""
        days: list[date] = [employee.hire_date]
        if employee.exit_date is not None:
            days.append(_next_day(employee.exit_date))
        for spells in (employee.internet, employee.telework):
            for spell in spells:
                days.append(spell.start)
                if spell.end is not None:
                    days.append(_next_day(spell.end))
        for absence in employee.absences:
            days.append(absence.start)
            days.append(_next_day(absence.end))
            for n in entity.limits:
                with contextlib.suppress(OverflowError):  # no limit day before year 10000
                    days.append(_next_day(nth_weekday_from(absence.start, n)))
        # A change on the first of a month is seen at both ends of that month already.
        ordinals = {d.year * 12 + d.month - 1 for d in days}
        ordinals.update([d.year * 12 + d.month for d in days if d.day != 1])
        for row in employee.telework_days:
            o = row.month.ordinal
            ordinals.add(o)
            ordinals.add(o + 1)
        ordinals.update(entity.epochs)
        low, high = self.start.ordinal, self.end.ordinal
        return sorted([o for o in ordinals if low < o <= high])

    def _decide(
        self,
        employee: Employee,
        entity: _Entity,
        month: Month,
        registered: dict[Month, TeleworkDays] | None,
    ) -> tuple[Grant, ...]:
        """The grants of a person-month whose situation was not decided yet."""
        situation = Situation.of(employee, month, registered)
        result = evaluate_situation(
            situation,
            known_on=self.known_on,
            params=self.book.parameters(entity.code),
            entity=entity.code,
        )
        grants = tuple(
            Grant(d.allowance, d.amount, d.benefit_in_kind)
            for d in sorted(result.granted, key=lambda d: d.allowance.value)
        )
        # One object for equal grants, so that segments compare them by identity.
        return self._same.setdefault(grants, grants)

    def segments(self, employee: Employee) -> list[Segment]:
        """The segments of ``employee`` over the period, merged where decisions repeat.

        The grants of each boundary month are decided once per distinct situation: what a
        situation depends on is :meth:`~teleworkrules.rules.situation.Situation.key`,
        next to what the rules read; the month enters through the epoch of the parameters
        in force (segments never straddle a parameter change).
        """
        entity = self._entities.get(employee.entity)
        if entity is None:
            entity = self._entity(employee.entity)
        registered = (
            {row.month: row for row in employee.telework_days}
            if len(employee.telework_days) > 1
            else None
        )
        months, epochs, dates, key_of = self._months, entity.epochs, entity.dates, Situation.key_of
        last = len(epochs)
        low = self.start.ordinal
        epoch = bisect.bisect_right(epochs, low)
        starts: list[Month] = []
        runs: list[tuple[Grant, ...]] = []
        previous: tuple[Grant, ...] | None = None
        for ordinal in [low, *self._boundaries(employee, entity)]:
            while epoch < last and epochs[epoch] <= ordinal:
                epoch += 1
            month = months.get(ordinal)
            if month is None:
                month = months[ordinal] = Month.from_ordinal(ordinal)
            settings = entity.settings[epoch]
            if settings is None:
                settings = entity.settings[epoch] = settings_in_force(
                    self.book.parameters(entity.code), month, self.known_on
                )
            key = key_of(employee, month, dates, settings, registered)
            if key is None:
                grants = _NOTHING
            else:
                memo = entity.memo[epoch]
                found = memo.get(key)
                if found is None:
                    found = memo[key] = self._decide(employee, entity, month, registered)
                grants = found
            if grants is not previous:
                starts.append(month)
                runs.append(grants)
                previous = grants
        eid, code = employee.employee_id, entity.code
        ends = [start - 1 for start in starts[1:]]
        ends.append(self.end)
        return [
            Segment(eid, code, start, end, grants)
            for start, end, grants in zip(starts, ends, runs, strict=True)
        ]

    def run(self, employees: Iterable[Employee]) -> Iterator[Segment]:
        """Every segment of every employee, in the order given."""
        for employee in employees:
            yield from self.segments(employee)


def segments(
    employees: Iterable[Employee],
    start: Month | str,
    end: Month | str,
    *,
    known_on: date | str,
    rulebook: Rulebook | None = None,
) -> Iterator[Segment]:
    """The segments of every employee from ``start`` to ``end`` as known on ``known_on``.

    >>> from datetime import date
    >>> from teleworkrules import Employee, InternetRoute, Route
    >>> e = Employee("E1", date(2020, 1, 1),
    ...              internet=(InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),))
    >>> [(str(s.start), str(s.end), len(s.grants))
    ...  for s in segments([e], Month("2021-01"), Month("2023-12"), known_on=date(2024, 1, 1))]
    [('2021-01', '2023-12', 1)]
    """
    return PopulationEvaluator(start, end, known_on=known_on, rulebook=rulebook).run(employees)


def expand(segment: Segment) -> Iterator[Entitlement]:
    """The entitlement rows of a segment, month by month."""
    for month in Month.span(segment.start, segment.end):
        for grant in segment.grants:
            yield Entitlement(
                segment.employee_id, month, grant.allowance, grant.amount, grant.benefit_in_kind
            )
