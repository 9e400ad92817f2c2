"""The entitlements of many people: the fast path for notebooks and HR tools.

:func:`entitlements` evaluates a :class:`~teleworkrules.facts.Dataset` or employees with
the population engine (once per segment, see :mod:`teleworkrules.engine.population`)
and returns :class:`Entitlements`: the rows of the entitlements CSV, as
:class:`~teleworkrules.engine.evaluation.Entitlement` objects, records or a DataFrame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any, Final, final

import attrs

from teleworkrules import _frames
from teleworkrules._gc import paused_gc
from teleworkrules.engine.evaluation import Entitlement
from teleworkrules.engine.population import PopulationEvaluator, Segment
from teleworkrules.exceptions import InvalidFactError
from teleworkrules.facts import Dataset, Employee
from teleworkrules.law.entities import Rulebook
from teleworkrules.time import Month

__all__ = ["ENTITLEMENT_COLUMNS", "Entitlements", "entitlements", "staff_of"]

ENTITLEMENT_COLUMNS: Final = ("employee_id", "month", "allowance", "amount", "benefit_in_kind")
"""The columns of the entitlements CSV, of :meth:`Entitlements.to_records` and its frames."""


def staff_of(dataset_or_employees: Dataset | Iterable[Employee]) -> tuple[Employee, ...]:
    """The employees of a :class:`~teleworkrules.facts.Dataset`, or the employees given."""
    if isinstance(dataset_or_employees, Dataset):
        return dataset_or_employees.employees
    if isinstance(dataset_or_employees, (str, bytes, Employee)) or not isinstance(
        dataset_or_employees, Iterable
    ):
        raise InvalidFactError(
            "employees", dataset_or_employees, "a Dataset or an iterable of Employees"
        )
    staff = tuple(dataset_or_employees)
    for employee in staff:
        if not isinstance(employee, Employee):
            raise InvalidFactError("employees", employee, "an Employee")
    return staff


def _same(amount: Decimal) -> Decimal:
    return amount


@final
@attrs.frozen
class Entitlements:
    """Every allowance granted to some people over a period: the entitlements CSV rows.

    Iterates :class:`~teleworkrules.engine.evaluation.Entitlement` rows per employee (in
    the order given), then month, then allowance code; months with nothing granted have
    no rows. Held as segments, expanded month by month only when iterated.

    Attributes:
        segments: the segments of every employee, in order.
    """

    segments: tuple[Segment, ...]

    def __iter__(self) -> Iterator[Entitlement]:
        months: dict[int, Month] = {}  # one Month object per ordinal, shared by every row
        for segment in self.segments:
            grants = segment.grants
            employee_id = segment.employee_id
            for ordinal in range(segment.start.ordinal, segment.end.ordinal + 1):
                month = months.get(ordinal)
                if month is None:
                    month = months[ordinal] = Month.from_ordinal(ordinal)
                for g in grants:
                    yield Entitlement(employee_id, month, g.allowance, g.amount, g.benefit_in_kind)

    def __len__(self) -> int:
        return sum(s.months * len(s.grants) for s in self.segments)

    def __repr__(self) -> str:
        return f"Entitlements(rows={len(self)}, segments={len(self.segments)})"

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per row, with the columns of the entitlements CSV.

        ``employee_id``, ``month`` (text ``YYYY-MM``), ``allowance`` (its code),
        ``amount`` and ``benefit_in_kind`` (exact :class:`~decimal.Decimal`).
        """
        data = self._columns()
        with paused_gc():  # hundreds of thousands of small dicts, no cycles
            # A dict display is twice as fast as dict(zip(...)); the test of the columns
            # holds these keys to ENTITLEMENT_COLUMNS.
            return [
                {"employee_id": i, "month": m, "allowance": a, "amount": x, "benefit_in_kind": b}
                for i, m, a, x, b in zip(*data.values(), strict=True)
            ]

    def to_pandas(self) -> Any:  # noqa: ANN401  # a pandas DataFrame
        """The rows as a pandas DataFrame; amounts are exact ``Decimal`` objects.

        ``df["amount"].sum()`` is the exact total; ``mean()`` returns a float. Needs the
        ``pandas`` extra.
        """
        return _frames.to_pandas_columns(self._columns())

    def to_polars(self) -> Any:  # noqa: ANN401  # a polars DataFrame
        """The rows as a polars DataFrame; amounts are ``pl.Decimal(scale=2)``.

        Needs the ``polars`` extra.
        """
        data = self._columns(money=lambda amount: f"{amount:.2f}")  # polars casts the text
        return _frames.to_polars_columns(data, money=("amount", "benefit_in_kind"))

    def _columns(self, money: Callable[[Decimal], object] = _same) -> dict[str, list[object]]:
        """The rows as one list per column (no object per row: frames are built fast).

        ``money`` turns each grant's amounts into the values of the money columns, once
        per grant rather than per row.
        """
        data: dict[str, list[object]] = {name: [] for name in ENTITLEMENT_COLUMNS}
        ids, months, allowances = data["employee_id"], data["month"], data["allowance"]
        amounts, benefits = data["amount"], data["benefit_in_kind"]
        texts: dict[int, str] = {}  # month ordinal -> "YYYY-MM", one string per month
        for segment in self.segments:
            grants = segment.grants
            if not grants:
                continue
            count = segment.months * len(grants)
            ids.extend([segment.employee_id] * count)
            for ordinal in range(segment.start.ordinal, segment.end.ordinal + 1):
                text = texts.get(ordinal)
                if text is None:
                    text = texts[ordinal] = str(Month.from_ordinal(ordinal))
                months.extend([text] * len(grants))
            allowances.extend([g.allowance.value for g in grants] * segment.months)
            amounts.extend([money(g.amount) for g in grants] * segment.months)
            benefits.extend([money(g.benefit_in_kind) for g in grants] * segment.months)
        return data


def entitlements(
    dataset_or_employees: Dataset | Iterable[Employee],
    start: Month | str,
    end: Month | str,
    *,
    known_on: date | str,
    rulebook: Rulebook | None = None,
) -> Entitlements:
    """Every allowance granted from ``start`` to ``end``, as known on ``known_on``.

    Evaluated segment by segment: the same as
    :func:`~teleworkrules.engine.evaluation.evaluate` month by month, only faster.

    >>> from datetime import date
    >>> from teleworkrules import Employee, InternetRoute, Route
    >>> anna = Employee("E1", date(2020, 1, 1),
    ...                 internet=(InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),))
    >>> rows = entitlements([anna], "2023-01", "2023-12", known_on=date(2024, 1, 1))
    >>> len(rows), sum(row.amount for row in rows)
    (12, Decimal('240.00'))
    >>> rows.to_records()[0]["month"], rows.to_records()[0]["amount"]
    ('2023-01', Decimal('20.00'))
    """
    evaluator = PopulationEvaluator(start, end, known_on=known_on, rulebook=rulebook)
    staff = staff_of(dataset_or_employees)
    with paused_gc():
        return Entitlements(tuple(evaluator.run(staff)))
