"""What ``skip_invalid`` left out of a dataset, as plain data: rows, staff and why.

:class:`SkipSummary` is made from :attr:`~teleworkrules.facts.Dataset.skipped` (the
problems of the skipped rows) and travels with the results that use such a dataset
(``Report.skipped``), so that no output hides it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import final

import attrs

from teleworkrules.problems import KNOCK_ON, Problem

__all__ = ["SkipReason", "SkipSummary"]


@final
@attrs.frozen
class SkipReason:
    """One reason rows were skipped: a problem code, how often, and its first problem."""

    code: str
    problems: int
    first: Problem


@final
@attrs.frozen
class SkipSummary:
    """What ``skip_invalid`` left out of a dataset: rows per table, staff, and why.

    Attributes:
        rows: ``(table, rows skipped)`` in the order first met; a row with several
            problems counts once, a knock-on problem the rows it stands for, a problem
            of a header or a whole table none (as
            :func:`~teleworkrules.problems.rows_affected` counts them).
        staff: staff rows skipped for an invalid value: those people are not evaluated
            (a repeated employee_id keeps its first row and is not counted).
        reasons: per problem code, the number of problems and the first one.

    >>> skipped = SkipSummary.of([
    ...     Problem.of("staff", 3, "hire_date", "x", "date", example="2023-09-08"),
    ...     Problem.of("staff", 3, "work_fraction", "y", "number"),
    ...     Problem.of("internet", 2, "employee_id", "E2", "known_employee")])
    >>> skipped.rows, skipped.total, skipped.staff, [r.code for r in skipped.reasons]
    ((('staff', 1), ('internet', 1)), 2, 1, ['date', 'number', 'known_employee'])
    """

    rows: tuple[tuple[str, int], ...] = ()
    staff: int = 0
    reasons: tuple[SkipReason, ...] = ()

    @property
    def total(self) -> int:
        """The rows skipped, over all tables."""
        return sum(count for _, count in self.rows)

    def __bool__(self) -> bool:
        return bool(self.rows or self.reasons)

    @classmethod
    def of(cls, problems: Iterable[Problem]) -> SkipSummary:
        """The summary of the skipped rows' ``problems`` (``Dataset.skipped``)."""
        rows: dict[str, set[int]] = {}
        knocked: dict[str, int] = defaultdict(int)
        staff: dict[int, set[str]] = defaultdict(set)
        reasons: dict[str, list[Problem]] = {}
        for problem in problems:
            reasons.setdefault(problem.code, []).append(problem)
            if problem.code in KNOCK_ON:  # one problem for many rows
                rows.setdefault(problem.table, set())
                knocked[problem.table] += int(dict(problem.values).get("count", "0"))
            elif problem.row > 1:  # row 1 is the header, row 0 the table as a whole
                rows.setdefault(problem.table, set()).add(problem.row)
                if problem.table == "staff":
                    staff[problem.row].add(problem.code)
        return cls(
            rows=tuple((table, len(numbers) + knocked[table]) for table, numbers in rows.items()),
            staff=sum(1 for codes in staff.values() if codes != {"unique_id"}),
            reasons=tuple(
                SkipReason(code, len(found), found[0]) for code, found in reasons.items()
            ),
        )
