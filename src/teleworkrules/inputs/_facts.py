"""Facts from the rows validation kept: a staff member with their spells, requests, payments.

Every value was converted and checked by the reader (cells, rows, overlaps, repeated
months), so the facts are built with :func:`~teleworkrules.facts.staff.trusted`: the
constructors' validators would only repeat the work. Spells are sorted as their
converters sort.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any, Final, TypeVar

from teleworkrules.facts import (
    Absence,
    Allowance,
    Contract,
    Employee,
    InternetRoute,
    MaterialRequest,
    Payment,
    Route,
    TeleworkArrangement,
    TeleworkDays,
)
from teleworkrules.facts.staff import trusted
from teleworkrules.inputs.rows import Row
from teleworkrules.time import Month

__all__ = ["employee", "material_request", "payment"]

_CONTRACTS: Final = {c.value: c for c in Contract}
_ROUTES: Final = {r.value: r for r in Route}
_S = TypeVar("_S")


def employee(row: Row, spells: Mapping[str, list[Row]]) -> Employee:
    """The staff member of a staff row and their valid spells.

    Built with :func:`~teleworkrules.facts.staff.trusted`: every value was converted and
    checked by the reader (cells, rows, overlaps, repeated months), so the constructors'
    validators would only repeat the work. Spells are sorted as their converters sort.
    """
    v = row.values
    return trusted(
        Employee,
        v.employee_id,
        v.hire_date,
        v.exit_date,
        v.entity,
        _CONTRACTS[v.contract],
        v.work_fraction,
        v.smartphone_role,
        _spells(spells, "telework", _arrangement),
        _spells(spells, "telework_days", _days, _by_month),
        _spells(spells, "internet", _route),
        _spells(spells, "absences", _absence),
    )


def _spells(
    spells: Mapping[str, list[Row]],
    table: str,
    build: Callable[[Row], _S],
    order: Callable[[_S], Any] = attrgetter("start"),
) -> tuple[_S, ...]:
    rows = spells.get(table)
    if not rows:
        return ()
    if len(rows) == 1:
        return (build(rows[0]),)
    return tuple(sorted((build(r) for r in rows), key=order))


def _days(row: Row) -> TeleworkDays:
    v = row.values
    return trusted(TeleworkDays, v.month, v.days)


def _arrangement(row: Row) -> TeleworkArrangement:
    v = row.values
    return trusted(TeleworkArrangement, v.start, v.end, v.days_per_week, v.approved)


def _route(row: Row) -> InternetRoute:
    v = row.values
    return trusted(InternetRoute, v.start, v.end, _ROUTES[v.route], v.benefit_waived)


def _absence(row: Row) -> Absence:
    v = row.values
    return trusted(Absence, v.start, v.end, v.salary_paid, v.kind)


_by_month = attrgetter("month")


def material_request(row: Row) -> MaterialRequest:
    v = row.values
    return MaterialRequest(v.employee_id, v.item, v.requested_on, v.cost)


def payment(row: Row) -> Payment:
    v = row.values
    paid = v.paid_on
    if paid is None:
        paid_in, paid_on = v.month, None
    elif isinstance(paid, Month):
        paid_in, paid_on = paid, None
    else:
        paid_in, paid_on = Month.from_date(paid), paid
    return Payment(v.employee_id, v.month, Allowance(v.allowance), v.amount, paid_in, paid_on)
