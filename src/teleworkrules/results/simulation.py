"""What-if: cost a reform or a planned initiative against the rules in force.

:func:`simulate` evaluates the dataset twice, with and without the changes of a reform
(:mod:`teleworkrules.law.reforms`), and compares per year and allowance (people,
person-months, cost) and per person (what each is paid under both, so who is better or
worse off; :meth:`Simulation.to_records` and its frames). A change that takes effect only
after the period, or is replaced by a later change before the period starts, changes
nothing in it: :attr:`Simulation.warnings` names it (:class:`ChangeOutsidePeriod`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Final, final

import attrs

from teleworkrules import _frames, _html
from teleworkrules.arguments import day_argument, month_argument
from teleworkrules.engine.entitlements import staff_of
from teleworkrules.engine.population import PopulationEvaluator
from teleworkrules.facts import Allowance, Dataset, Employee
from teleworkrules.i18n import text
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import Parameter
from teleworkrules.law.reforms import WHAT_IF, Change, Initiative, apply_changes
from teleworkrules.law.sources import Source
from teleworkrules.results._display import fit, simulation_html
from teleworkrules.results.report import Report, build_report
from teleworkrules.time import Month

__all__ = ["PERSON_COLUMNS", "ChangeOutsidePeriod", "PersonTotals", "Simulation", "simulate"]

PERSON_COLUMNS: Final = ("employee_id", "baseline", "reform", "difference")
"""The columns of :meth:`Simulation.to_records` and its frames."""


@final
@attrs.frozen
class PersonTotals:
    """What one person is paid over the period under the rules in force and the reform."""

    employee_id: str
    baseline: Decimal
    reform: Decimal

    @property
    def difference(self) -> Decimal:
        """Reform minus baseline: positive when the person is better off."""
        return self.reform - self.baseline


@final
@attrs.frozen
class ChangeOutsidePeriod:
    """A change that changes nothing in the period simulated.

    Attributes:
        change: the change.
        label_nl: its parameter's label in Dutch.
        label_en: its parameter's label in English.
        start: the first month of the period.
        end: the last month of the period.
        after: ``True`` when the change takes effect after the period; ``False`` when a
            later change of the same parameter replaces it before the period starts.
    """

    change: Change
    label_nl: str
    label_en: str
    start: Month
    end: Month
    after: bool

    def text(self, lang: str = "en") -> str:
        """The warning as a sentence in ``lang``."""
        return text(
            "simulation.warning.after" if self.after else "simulation.warning.before",
            lang,
            label=self.label_nl if lang == "nl" else self.label_en,
            month=self.change.effective_from,
            start=self.start,
            end=self.end,
        )


@final
@attrs.frozen
class Simulation:
    """Baseline against reform: the two reports and who is better or worse off.

    Attributes:
        baseline: the report under the rules in force.
        reform: the report with the changes.
        changes: the changes simulated.
        better_off: persons paid more over the period under the reform.
        worse_off: persons paid less.
        initiative: the initiative simulated, if any.
        persons: what each person is paid under both, in dataset order.
        parameters: the parameter each change overrides, in the order of ``changes``.
        warnings: the changes that change nothing in the period.
    """

    baseline: Report
    reform: Report
    changes: tuple[Change, ...]
    better_off: int
    worse_off: int
    initiative: Initiative | None = None
    persons: tuple[PersonTotals, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    warnings: tuple[ChangeOutsidePeriod, ...] = ()

    def __repr__(self) -> str:
        return fit(
            f"Simulation(changes={len(self.changes)}, persons={len(self.persons)}, "
            f"better_off={self.better_off}, worse_off={self.worse_off})"
        )

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_html(self, lang: str | None = None) -> str:
        """Baseline, reform and difference per year and allowance, and who is better off.

        An HTML table in ``lang``, which defaults to
        :func:`~teleworkrules.i18n.catalogue.default_lang`.
        """
        return simulation_html(self, _html.language(lang))

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per person: ``employee_id``, ``baseline``, ``reform`` and ``difference``.

        The amounts are paid to the person over the whole period (exact ``Decimal``);
        a positive difference is better off under the reform.
        """
        return [
            {
                "employee_id": p.employee_id,
                "baseline": p.baseline,
                "reform": p.reform,
                "difference": p.difference,
            }
            for p in self.persons
        ]

    def to_pandas(self) -> Any:  # noqa: ANN401  # a pandas DataFrame
        """The per-person rows as a pandas DataFrame; needs the ``pandas`` extra."""
        return _frames.to_pandas(self.to_records(), PERSON_COLUMNS)

    def to_polars(self) -> Any:  # noqa: ANN401  # a polars DataFrame
        """The per-person rows as a polars DataFrame; needs the ``polars`` extra."""
        return _frames.to_polars(
            self.to_records(), PERSON_COLUMNS, money=("baseline", "reform", "difference")
        )

    def cost(self, report: Report, year: int, allowance: Allowance) -> Decimal:
        """The cost of ``allowance`` in ``year``: paid to persons, or the employer's cost."""
        figures = report.year(year)[allowance]
        if allowance is Allowance.INTERNET_THIRD_PARTY:
            return figures.employer_cost
        return figures.amount

    def difference(self, year: int, allowance: Allowance) -> Decimal:
        """Reform cost minus baseline cost."""
        return self.cost(self.reform, year, allowance) - self.cost(self.baseline, year, allowance)

    def total_difference(self, year: int) -> Decimal:
        """The difference of every allowance together in ``year``."""
        return sum((self.difference(year, a) for a in Allowance), Decimal("0.00"))


def _paid_per_person(
    dataset: Dataset, start: Month | str, end: Month | str, known_on: date | str, book: Rulebook
) -> dict[str, Decimal]:
    evaluator = PopulationEvaluator(start, end, known_on=known_on, rulebook=book)
    totals: dict[str, Decimal] = {}
    for employee in dataset.employees:
        total = Decimal("0.00")
        for segment in evaluator.segments(employee):
            for grant in segment.grants:
                total += grant.amount * segment.months
        totals[employee.employee_id] = total
    return totals


def _outside(
    changes: Sequence[Change], parameters: Sequence[Parameter], start: Month, end: Month
) -> tuple[ChangeOutsidePeriod, ...]:
    """The changes that take effect after ``end`` or are replaced before ``start``."""
    found = []
    for change, parameter in zip(changes, parameters, strict=True):
        later = [
            c.effective_from
            for c in changes
            if c.parameter == change.parameter and c.effective_from > change.effective_from
        ]
        after = change.effective_from > end
        if after or (later and min(later) <= start):
            found.append(
                ChangeOutsidePeriod(
                    change, parameter.label_nl, parameter.label_en, start, end, after
                )
            )
    return tuple(found)


def simulate(
    dataset: Dataset | Iterable[Employee],
    start: Month | str,
    end: Month | str,
    changes: Sequence[Change],
    *,
    known_on: date | str,
    rulebook: Rulebook | None = None,
    initiative: Initiative | None = None,
) -> Simulation:
    """Evaluate ``dataset`` with and without ``changes`` and compare.

    ``dataset`` is a :class:`~teleworkrules.facts.Dataset` or employees.

    >>> from datetime import date
    >>> from teleworkrules import Employee, InternetRoute, Route, Dataset
    >>> staff = Dataset((Employee("E1", date(2020, 1, 1),
    ...     internet=(InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),)),))
    >>> from teleworkrules.law.reforms import parse_change
    >>> reform = [parse_change("internet.forfait.amount=25@2025-01")]
    >>> sim = simulate(staff, Month("2025-01"), Month("2025-12"), reform,
    ...                known_on=date(2026, 1, 1))
    >>> sim.difference(2025, Allowance.INTERNET_FORFAIT), sim.better_off
    (Decimal('60.00'), 1)
    >>> sim.to_records()
    [{'employee_id': 'E1', 'baseline': Decimal('240.00'), 'reform': Decimal('300.00'), \
'difference': Decimal('60.00')}]
    """
    start, end = month_argument("from", start), month_argument("to", end)
    known_on = day_argument("known_on", known_on)
    if not isinstance(dataset, Dataset):
        dataset = Dataset(staff_of(dataset))
    book = Rulebook.default() if rulebook is None else rulebook
    source = WHAT_IF
    if initiative is not None:
        source = Source(
            id="initiative",
            title_nl=initiative.title_nl,
            title_en=initiative.title_en,
            date=None,
            url="",
        )
    reform_book = apply_changes(book, changes, source=source)
    baseline = build_report(dataset, start, end, known_on=known_on, rulebook=book)
    reform = build_report(dataset, start, end, known_on=known_on, rulebook=reform_book)
    before = _paid_per_person(dataset, start, end, known_on, book)
    after = _paid_per_person(dataset, start, end, known_on, reform_book)
    persons = tuple(PersonTotals(eid, before[eid], after[eid]) for eid in before)
    better = sum(1 for p in persons if p.difference > 0)
    worse = sum(1 for p in persons if p.difference < 0)
    overridden = reform_book.parameters()
    parameters = tuple(overridden[c.parameter] for c in changes)
    return Simulation(
        baseline,
        reform,
        tuple(changes),
        better,
        worse,
        initiative,
        persons,
        parameters,
        _outside(changes, parameters, start, end),
    )
