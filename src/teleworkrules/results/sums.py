"""Sums of segments into yearly figures, without holding the segments.

Months are counted by ordinal, with difference arrays for headcounts and third-party
person-months, so the work per segment does not grow with its length.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import final

import attrs

from teleworkrules.engine.parts import in_parts
from teleworkrules.engine.population import Grant, PopulationEvaluator, Segment
from teleworkrules.facts import Allowance, Dataset, Employee, MaterialRequest, Payment
from teleworkrules.money import ZERO
from teleworkrules.time import Month

__all__ = ["Accumulator", "ReportPart", "sum_staff", "switched_route", "years_of"]

_Part = tuple[Allowance, Decimal, Decimal]
"""A grant in the sums: its allowance, amount and benefit in kind."""

_INTERNET = frozenset({Allowance.INTERNET_FORFAIT, Allowance.INTERNET_THIRD_PARTY})


def _zero() -> Decimal:
    """No euro (a function, not a lambda: an accumulator is sent back from a worker)."""
    return ZERO


def years_of(start: Month, end: Month) -> list[tuple[int, Month, Month]]:
    """Each calendar year from ``start`` to ``end``, with its first and last month in it."""
    spans = []
    for year in range(start.year, end.year + 1):
        first = max(start, Month.of(year, 1))
        last = min(end, Month.of(year, 12))
        spans.append((year, first, last))
    return spans


class Accumulator:
    """Sums segments into yearly figures without holding the segments.

    Months are counted by ordinal, with difference arrays for headcounts and third-party
    person-months, so the work per segment does not grow with its length.
    """

    def __init__(self, start: Month, end: Month) -> None:
        self.start = start
        self.end = end
        self.base = start.ordinal
        self.size = end.ordinal - self.base + 1
        self.persons: dict[tuple[int, Allowance], set[str]] = defaultdict(set)
        # Person-months per year, allowance, amount and benefit: the euros are multiplied
        # out once at the end (:attr:`months`, :attr:`amount`, :attr:`benefit`), not per
        # segment.
        self.counted: dict[tuple[int, Allowance, Decimal, Decimal], int] = defaultdict(int)
        # Either internet route, a person and a month counted once (a switcher too).
        self.internet_persons: dict[int, set[str]] = defaultdict(set)
        self.internet_months: dict[int, int] = defaultdict(int)
        self.third_party: dict[str, list[int]] = {}
        self.staff: dict[int, int] = defaultdict(int)
        self.service = [0] * (self.size + 1)
        # Set by close(): the persons counted, their ids let go.
        self.person_counts: dict[tuple[int, Allowance], int] = defaultdict(int)
        self.internet_counts: dict[int, int] = defaultdict(int)
        self.switched: dict[int, int] = defaultdict(int)
        self._grants: dict[int, tuple[tuple[Grant, ...], tuple[_Part, ...], bool]] = {}

    def add_service(self, employee: Employee) -> None:
        """Count ``employee`` in the staff of each year and the headcount of each month."""
        first = max(self.base, Month.from_date(employee.hire_date).ordinal)
        last = self.base + self.size - 1
        if employee.exit_date is not None:
            last = min(last, Month.from_date(employee.exit_date).ordinal)
        if last < first:
            return
        for year in range(first // 12, last // 12 + 1):
            self.staff[year] += 1
        self.service[first - self.base] += 1
        self.service[last + 1 - self.base] -= 1

    def add(self, segment: Segment) -> None:
        """Add a segment's person-months, persons and third-party months."""
        grants = segment.grants
        if not grants:
            return
        # What the sums need of a segment's grants, worked out once per grants: segments
        # share their grants (the engine decides a situation once). The entry holds the
        # grants, so that their id is not reused while it is kept.
        known = self._grants.get(id(grants))
        if known is None or known[0] is not grants:
            known = self._grants[id(grants)] = (
                grants,
                tuple((g.allowance, g.amount, g.benefit_in_kind) for g in grants),
                any(g.allowance in _INTERNET for g in grants),
            )
        _, parts, internet = known
        employee_id, persons, counted = segment.employee_id, self.persons, self.counted
        start, end = segment.start.ordinal, segment.end.ordinal
        ordinal = start
        while ordinal <= end:
            year = ordinal // 12
            last = min(end, year * 12 + 11)
            count = last - ordinal + 1
            for allowance, amount, benefit in parts:
                persons[(year, allowance)].add(employee_id)
                counted[(year, allowance, amount, benefit)] += count
            if internet:  # either route: a person and a month counted once (a switcher too)
                self.internet_persons[year].add(employee_id)
                self.internet_months[year] += count
            ordinal = last + 1
        for allowance, _, _ in parts:
            if allowance is Allowance.INTERNET_THIRD_PARTY:
                diff = self.third_party.get(segment.entity)
                if diff is None:
                    diff = self.third_party[segment.entity] = [0] * (self.size + 1)
                diff[start - self.base] += 1
                diff[end + 1 - self.base] -= 1

    def close(self) -> None:
        """Count the persons per year and allowance, and let go of their ids.

        Parts of a population hold different people, so the counts of closed parts add
        up (:meth:`merge`), and a worker sends back numbers, not a million ids.
        """
        for year, count in switched_route(self).items():
            self.switched[year] += count
        for key, ids in self.persons.items():
            self.person_counts[key] += len(ids)
        for year, ids in self.internet_persons.items():
            self.internet_counts[year] += len(ids)
        self.persons.clear()
        self.internet_persons.clear()
        self._grants.clear()

    def merge(self, other: Accumulator) -> None:
        """Add the sums of ``other``: closed, of other people, over the same period."""
        for key, count in other.person_counts.items():
            self.person_counts[key] += count
        for year, count in other.internet_counts.items():
            self.internet_counts[year] += count
        for year, count in other.switched.items():
            self.switched[year] += count
        for counted, count in other.counted.items():
            self.counted[counted] += count
        for year, count in other.internet_months.items():
            self.internet_months[year] += count
        for entity, diff in other.third_party.items():
            mine = self.third_party.setdefault(entity, [0] * (self.size + 1))
            mine[:] = [a + b for a, b in zip(mine, diff, strict=True)]
        for year, count in other.staff.items():
            self.staff[year] += count
        self.service[:] = [a + b for a, b in zip(self.service, other.service, strict=True)]

    @property
    def months(self) -> dict[tuple[int, Allowance], int]:
        """Person-months per year and allowance."""
        months: dict[tuple[int, Allowance], int] = defaultdict(int)
        for (year, allowance, _, _), count in self.counted.items():
            months[(year, allowance)] += count
        return months

    @property
    def amount(self) -> dict[tuple[int, Allowance], Decimal]:
        """Euros paid with salary per year and allowance."""
        return self._euros(benefit=False)

    @property
    def benefit(self) -> dict[tuple[int, Allowance], Decimal]:
        """Euros of benefit in kind per year and allowance."""
        return self._euros(benefit=True)

    def _euros(self, *, benefit: bool) -> dict[tuple[int, Allowance], Decimal]:
        totals: dict[tuple[int, Allowance], Decimal] = defaultdict(_zero)
        for (year, allowance, paid, in_kind), count in self.counted.items():
            euros = in_kind if benefit else paid
            if euros:
                totals[(year, allowance)] += euros * count
        return totals

    @staticmethod
    def running(diff: list[int]) -> list[int]:
        """The counts per month of a difference array (its last entry closes it)."""
        total, counts = 0, []
        for change in diff[:-1]:
            total += change
            counts.append(total)
        return counts

    def third_party_months(self) -> dict[tuple[str, Month], int]:
        """Third-party person-months per entity and month."""
        result = {}
        for entity, diff in self.third_party.items():
            for offset, count in enumerate(self.running(diff)):
                if count:
                    result[(entity, Month.from_ordinal(self.base + offset))] = count
        return result


def switched_route(acc: Accumulator) -> dict[int, int]:
    """Per year, the persons who had both internet routes (before :meth:`~Accumulator.close`)."""
    result: dict[int, int] = {}
    years = {year for year, _ in acc.persons}
    for year in years:
        forfait = acc.persons.get((year, Allowance.INTERNET_FORFAIT), set())
        third = acc.persons.get((year, Allowance.INTERNET_THIRD_PARTY), set())
        result[year] = len(forfait & third)
    return result


def sum_staff(
    staff: Sequence[Employee],
    evaluator: PopulationEvaluator,
    *,
    progress: Callable[[Iterable[Employee]], Iterable[Employee]] | None = None,
    jobs: int = 1,
) -> tuple[Accumulator, set[str]]:
    """The sums of every segment of ``staff``, and the entities whose policy applied.

    In ``jobs`` parts at once (:func:`~teleworkrules.engine.parts.in_parts`), merged in
    their order; ``progress`` wraps the first part.
    """

    def part(index: int, people: Sequence[Employee]) -> tuple[Accumulator, set[str]]:
        acc = Accumulator(evaluator.start, evaluator.end)
        entities: set[str] = set()
        for employee in people if progress is None or index else progress(people):
            acc.add_service(employee)
            for segment in evaluator.segments(employee):
                entities.add(segment.entity)
                acc.add(segment)
        acc.close()
        return acc, entities

    parts = in_parts(staff, part, jobs)
    acc, entities = parts[0]
    for other, more in parts[1:]:
        acc.merge(other)
        entities |= more
    return acc, entities


@final
@attrs.frozen
class ReportPart:
    """The sums of a report over one share of a dataset's staff, to be merged.

    Attributes:
        sums: the closed sums of the share's segments.
        entities: the entities whose policy applied.
        staff_entities: the entity codes of the share's staff.
        payments: the share's payments, with their row numbers.
        requests: the share's material requests, with their row numbers.
        requesters: the staff members who made them, by id.
    """

    sums: Accumulator
    entities: frozenset[str]
    staff_entities: frozenset[str | None]
    payments: tuple[tuple[int, Payment], ...]
    requests: tuple[tuple[int, MaterialRequest], ...]
    requesters: Mapping[str, Employee]

    @classmethod
    def of(
        cls,
        dataset: Dataset,
        numbers: Mapping[str, Sequence[int]] | None,
        evaluator: PopulationEvaluator,
        *,
        progress: Callable[[Iterable[Employee]], Iterable[Employee]] | None = None,
        jobs: int = 1,
    ) -> ReportPart:
        """The part of ``dataset``: a share's, or a whole one.

        Its requests and payments are numbered by ``numbers``
        (:func:`~teleworkrules.inputs.load.load_share`), or by their place if ``None``.
        """
        if numbers is None:
            numbers = {
                "material_requests": range(len(dataset.material_requests)),
                "payments": range(len(dataset.payments)),
            }
        acc, entities = sum_staff(dataset.employees, evaluator, progress=progress, jobs=jobs)
        asked = {r.employee_id for r in dataset.material_requests}
        return cls(
            acc,
            frozenset(entities),
            frozenset(e.entity for e in dataset.employees),
            tuple(zip(numbers["payments"], dataset.payments, strict=True)),
            tuple(zip(numbers["material_requests"], dataset.material_requests, strict=True)),
            {e.employee_id: e for e in dataset.employees if e.employee_id in asked},
        )
