"""Back pay and recoveries: what is owed now against what was paid, with the cause.

Two comparisons:

* :func:`arrears_since`: owed as known on ``known_on`` against owed as known on an earlier
  day (what payroll could pay then). The 2023 home-working allowance is the worked example:
  decided on 2023-09-08, owed from 2023-01, so evaluated on 2023-10-01 against 2023-09-07
  every qualifying month of January-August is back pay.
* :func:`arrears_from_payments`: owed as known on ``known_on`` against the ``payments``
  table (payments made after ``known_on`` do not count: they were not known then).

Only allowances paid to the person count (``internet_forfait`` and ``home_working``). Each
:class:`Arrear` has a :class:`Cause`: the parameter value that became known after the
comparison date (with its citation), or else that the month was not paid, not owed, or
paid a different amount.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Final, final

import attrs

from teleworkrules import _frames, _html
from teleworkrules.arguments import day_argument, month_argument
from teleworkrules.decisions import Decision
from teleworkrules.engine.entitlements import staff_of
from teleworkrules.engine.evaluation import evaluate
from teleworkrules.engine.population import PopulationEvaluator
from teleworkrules.exceptions import InvalidFactError
from teleworkrules.facts import PAID_ALLOWANCES, Allowance, Dataset, Employee, Payment
from teleworkrules.i18n import render
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import Version
from teleworkrules.money import ZERO
from teleworkrules.results._display import arrears_html, fit
from teleworkrules.time import Month

__all__ = [
    "ARREAR_COLUMNS",
    "Arrear",
    "Arrears",
    "Cause",
    "CauseKind",
    "Totals",
    "arrears_from_payments",
    "arrears_since",
    "totals",
]


class CauseKind(enum.Enum):
    """Why what is owed differs from what was paid."""

    RULE_CHANGED = "rule_changed"
    """A rule or amount became known after the comparison date (a retroactive decision)."""
    NOT_PAID = "not_paid"
    """Owed but nothing was paid for the month."""
    NOT_OWED = "not_owed"
    """Paid but nothing is owed for the month: a recovery."""
    PAYMENT_DIFFERS = "payment_differs"
    """Owed and paid, but a different amount (a payroll correction)."""


@final
@attrs.frozen
class Cause:
    """The cause of a difference, with the parameter version that explains it, if any.

    ``label_nl`` and ``label_en`` are that parameter's labels (its name when not given).
    """

    kind: CauseKind
    parameter: Version | None = None
    label_nl: str = ""
    label_en: str = ""

    def label(self, lang: str = "en") -> str:
        """The parameter's label in ``lang``: what the law calls it, else its name."""
        label = self.label_nl if lang == "nl" else self.label_en
        return label or ("" if self.parameter is None else self.parameter.name)

    def text(self, lang: str = "en") -> str:
        """The cause as a sentence, naming the parameter by its label."""
        if self.parameter is None:
            return render(f"arrears.{self.kind.value}", {}, lang)
        p = self.parameter
        return render(
            f"arrears.{self.kind.value}.parameter",
            {
                "name": self.label(lang),
                "from": str(p.effective_from),
                "known": p.known_from.isoformat(),
                "source": p.citation.short(lang),
            },
            lang,
        )

    def to_dict(self) -> dict[str, object]:
        """The cause as plain data."""
        return {
            "kind": self.kind.value,
            "parameter": None if self.parameter is None else self.parameter.to_dict(),
        }


@final
@attrs.frozen
class Arrear:
    """A difference for one person, month and allowance: positive is back pay."""

    employee_id: str
    month: Month
    allowance: Allowance
    owed: Decimal
    paid: Decimal
    cause: Cause

    @property
    def difference(self) -> Decimal:
        """Owed minus paid: back pay when positive, a recovery when negative."""
        return self.owed - self.paid


ARREAR_COLUMNS: Final = (
    "employee_id",
    "month",
    "allowance",
    "owed",
    "paid",
    "difference",
    "cause",
    "parameter",
)
"""The columns of :meth:`Arrears.to_records` and its frames."""


@final
@attrs.frozen
class Arrears:
    """The differences found: iterates :class:`Arrear` per person, month and allowance."""

    rows: tuple[Arrear, ...]

    def __iter__(self) -> Iterator[Arrear]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        total = sum((a.difference for a in self.rows), ZERO)
        return fit(f"Arrears(rows={len(self.rows)}, difference={total})")

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_html(self, lang: str | None = None) -> str:
        """The first 20 rows as an HTML table and how many there are, in ``lang``.

        ``lang`` defaults to :func:`~teleworkrules.i18n.catalogue.default_lang`.
        """
        return arrears_html(self.rows, _html.language(lang))

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per person, month and allowance, amounts exact (``Decimal``).

        ``cause`` is the :class:`CauseKind` code; ``parameter`` the name of the parameter
        that became known later (``None`` when the cause is not a rule change).
        """
        return [
            {
                "employee_id": a.employee_id,
                "month": str(a.month),
                "allowance": a.allowance.value,
                "owed": a.owed,
                "paid": a.paid,
                "difference": a.difference,
                "cause": a.cause.kind.value,
                "parameter": None if a.cause.parameter is None else a.cause.parameter.name,
            }
            for a in self.rows
        ]

    def to_pandas(self) -> Any:  # noqa: ANN401  # a pandas DataFrame
        """The rows as a pandas DataFrame (amounts ``Decimal``); needs the ``pandas`` extra."""
        return _frames.to_pandas(self.to_records(), ARREAR_COLUMNS)

    def to_polars(self) -> Any:  # noqa: ANN401  # a polars DataFrame
        """The rows as a polars DataFrame (amounts ``pl.Decimal``); needs the ``polars`` extra."""
        return _frames.to_polars(
            self.to_records(), ARREAR_COLUMNS, money=("owed", "paid", "difference")
        )


@final
@attrs.frozen
class Totals:
    """Arrears of one allowance in one year (by entitlement month)."""

    year: int
    allowance: Allowance
    persons: int
    months: int
    owed: Decimal
    paid: Decimal

    @property
    def difference(self) -> Decimal:
        """Owed minus paid."""
        return self.owed - self.paid


def _owed(
    evaluator: PopulationEvaluator, employee: Employee
) -> dict[tuple[Month, Allowance], Decimal]:
    owed: dict[tuple[Month, Allowance], Decimal] = {}
    for segment in evaluator.segments(employee):
        for grant in segment.grants:
            if grant.allowance in PAID_ALLOWANCES:
                for month in Month.span(segment.start, segment.end):
                    owed[(month, grant.allowance)] = grant.amount
    return owed


def _cause(kind: CauseKind, version: Version | None, book: Rulebook, entity: str | None) -> Cause:
    """The cause, with the labels of the parameter of ``version`` from ``book``."""
    if version is None:
        return Cause(kind)
    found = book.parameters(entity)[version.name]
    return Cause(kind, version, found.label_nl, found.label_en)


def _versions(decision: Decision) -> set[Version]:
    return {v for step in decision.steps for v in step.parameters}


def _new_knowledge(
    decision: Decision, since: date, prefer: set[Version] | None = None
) -> Version | None:
    """The amount or threshold of ``decision`` that became known after ``since``, if any.

    The amount itself is preferred (the version whose value is the decision's amount),
    then the latest known. With ``prefer``, versions in it are left out (they did not
    change).
    """
    found = sorted(
        (v for v in _versions(decision) if v.known_from > since and v not in (prefer or ())),
        key=lambda v: (v.value == decision.amount, v.known_from, v.name),
        reverse=True,
    )
    return found[0] if found else None


def arrears_since(
    employees: Dataset | Iterable[Employee],
    start: Month | str,
    end: Month | str,
    *,
    known_on: date | str,
    paid_as_known_on: date | str,
    rulebook: Rulebook | None = None,
) -> Arrears:
    """Differences between owed as known on ``known_on`` and as known on ``paid_as_known_on``.

    ``employees`` is a :class:`~teleworkrules.facts.Dataset` or its employees.

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from teleworkrules import Employee, TeleworkArrangement
    >>> anna = Employee("E1", date(2020, 1, 1),
    ...                 telework=(TeleworkArrangement(date(2021, 1, 1), None, Decimal(2)),))
    >>> back = list(arrears_since([anna], Month("2023-01"), Month("2023-08"),
    ...                           known_on=date(2023, 10, 1), paid_as_known_on=date(2023, 9, 7)))
    >>> sum(a.difference for a in back), back[0].cause.parameter.name
    (Decimal('160.00'), 'home_working.amount')
    """
    start, end = month_argument("from", start), month_argument("to", end)
    known_on = day_argument("known_on", known_on)
    paid_as_known_on = day_argument("paid_as_known_on", paid_as_known_on)
    book = Rulebook.default() if rulebook is None else rulebook
    now = PopulationEvaluator(start, end, known_on=known_on, rulebook=book)
    then = PopulationEvaluator(start, end, known_on=paid_as_known_on, rulebook=book)
    if then.known_on > now.known_on:
        raise InvalidFactError(
            "paid_as_known_on", then.known_on.isoformat(), f"a day on or before {now.known_on}"
        )
    return Arrears(tuple(_since(staff_of(employees), now, then)))


def _since(
    employees: Iterable[Employee], now: PopulationEvaluator, then: PopulationEvaluator
) -> Iterator[Arrear]:
    book, known_on, paid_as_known_on = now.book, now.known_on, then.known_on
    for employee in employees:
        owed, paid = _owed(now, employee), _owed(then, employee)
        for month, allowance in sorted(set(owed) | set(paid), key=lambda k: (k[0], k[1].value)):
            o, p = owed.get((month, allowance), ZERO), paid.get((month, allowance), ZERO)
            if o == p:
                continue
            decided_now = evaluate(employee, month, known_on=known_on, rulebook=book)[allowance]
            decided_then = evaluate(employee, month, known_on=paid_as_known_on, rulebook=book)[
                allowance
            ]
            changed = _new_knowledge(decided_now, paid_as_known_on)
            if changed is None:  # something known then is no longer what applies
                changed = _new_knowledge(decided_then, date.min, prefer=_versions(decided_now))
            cause = _cause(CauseKind.RULE_CHANGED, changed, book, employee.entity)
            yield Arrear(employee.employee_id, month, allowance, o, p, cause)


def arrears_from_payments(
    dataset: Dataset,
    start: Month | str,
    end: Month | str,
    *,
    known_on: date | str,
    rulebook: Rulebook | None = None,
) -> Arrears:
    """Differences between owed as known on ``known_on`` and the ``payments`` table."""
    if not isinstance(dataset, Dataset):
        raise InvalidFactError("dataset", dataset, "a Dataset (with its payments table)")
    start, end = month_argument("from", start), month_argument("to", end)
    known_on = day_argument("known_on", known_on)
    book = Rulebook.default() if rulebook is None else rulebook
    now = PopulationEvaluator(start, end, known_on=known_on, rulebook=book)
    return Arrears(tuple(_from_payments(dataset, now)))


def _from_payments(dataset: Dataset, now: PopulationEvaluator) -> Iterator[Arrear]:
    book, known_on, start, end = now.book, now.known_on, now.start, now.end
    payments: dict[str, list[Payment]] = defaultdict(list)
    for payment in dataset.payments:
        paid_day = payment.paid_on or payment.paid_in.first_day
        # A payment made after the evaluation date was not known on it.
        if start <= payment.month <= end and paid_day <= known_on:
            payments[payment.employee_id].append(payment)
    for employee in dataset.employees:
        owed = _owed(now, employee)
        paid: dict[tuple[Month, Allowance], Decimal] = defaultdict(lambda: ZERO)
        paid_on: dict[tuple[Month, Allowance], date] = {}
        for payment in payments.get(employee.employee_id, ()):
            key = (payment.month, payment.allowance)
            paid[key] += payment.amount
            day = payment.paid_on or payment.paid_in.first_day
            paid_on[key] = max(day, paid_on.get(key, date.min))
        for month, allowance in sorted(set(owed) | set(paid), key=lambda k: (k[0], k[1].value)):
            o, p = owed.get((month, allowance), ZERO), paid.get((month, allowance), ZERO)
            if o == p:
                continue
            decision = evaluate(employee, month, known_on=known_on, rulebook=book)[allowance]
            # Unpaid months were due after the month (VPS art. VII 73 §2).
            due = paid_on.get((month, allowance), month.last_day + timedelta(days=1))
            # New knowledge explains a difference only when it grants something.
            changed = _new_knowledge(decision, due) if o else None
            if changed is not None:
                cause = _cause(CauseKind.RULE_CHANGED, changed, book, employee.entity)
            elif p == 0:
                cause = Cause(CauseKind.NOT_PAID)
            elif o == 0:
                cause = Cause(CauseKind.NOT_OWED)
            else:
                cause = Cause(CauseKind.PAYMENT_DIFFERS)
            yield Arrear(employee.employee_id, month, allowance, o, p, cause)


def totals(arrears: Iterable[Arrear]) -> tuple[Totals, ...]:
    """Totals per year (of the entitlement month) and allowance."""
    persons: dict[tuple[int, Allowance], set[str]] = defaultdict(set)
    months: dict[tuple[int, Allowance], int] = defaultdict(int)
    owed: dict[tuple[int, Allowance], Decimal] = defaultdict(lambda: ZERO)
    paid: dict[tuple[int, Allowance], Decimal] = defaultdict(lambda: ZERO)
    for a in arrears:
        key = (a.month.year, a.allowance)
        persons[key].add(a.employee_id)
        months[key] += 1
        owed[key] += a.owed
        paid[key] += a.paid
    return tuple(
        Totals(
            year,
            allowance,
            len(persons[(year, allowance)]),
            months[(year, allowance)],
            owed[(year, allowance)],
            paid[(year, allowance)],
        )
        for year, allowance in sorted(persons, key=lambda k: (k[0], k[1].value))
    )
