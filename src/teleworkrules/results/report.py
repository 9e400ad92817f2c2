"""Yearly figures for a whole population: the answer to parliamentary question no. 55.

:func:`build_report` evaluates a dataset over a period (segment by segment, see
:mod:`teleworkrules.engine.population`) and gathers, per calendar year within the period:

* question 1a: distinct staff per internet route, with any internet allowance (a person
  who switched route counted once) and for the home-working allowance, person-months,
  people who switched route during the year, and percentages against the
  staff in service (distinct persons in service in the year, and the average monthly
  headcount);
* question 1b: the forfait and home-working cost on accrual basis (entitlement month) and
  cash basis (``payments.paid_on``), and the third-party employer cost (person-months times
  the entity's monthly subscription cost);
* question 2a: the entity's material budgets, structural and one-off;
* question 2b: material requests per item (requests, people, spending) and the requests
  that did not meet the catalogue's conditions.

A figure that rests on a *default* reading (a parameter value whose citation has the
confidence ``default``: the texts do not give it as such) carries that :class:`Reading`
(a budget's ``reading``, a year's ``cost_reading``); ``Report.readings`` lists them all.

With ``skip_invalid``, ``Report.skipped`` says how many rows and staff were left out
and why (:class:`SkipSummary`, from :attr:`~teleworkrules.facts.Dataset.skipped`).

The definition of each figure (Dutch and English) is text, so it lives in the catalogue
(:mod:`teleworkrules.i18n`, codes ``definition.*``) and travels with every output.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import Any, final

import attrs

from teleworkrules import _frames, _html
from teleworkrules.engine.entitlements import staff_of
from teleworkrules.engine.population import PopulationEvaluator
from teleworkrules.facts import Allowance, Dataset, Employee
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.sources import reviewed_on
from teleworkrules.money import ZERO
from teleworkrules.problems import Problem
from teleworkrules.results._display import report_html
from teleworkrules.results._tidy import (
    ALLOWANCE_MEASURES,
    REPORT_COLUMNS,
    YEAR_MEASURES,
    report_records,
    report_repr,
)
from teleworkrules.results.budgets import (
    BudgetFigure,
    MaterialFigure,
    Reading,
    RefusedRequest,
    budget_figures,
    material_figures,
    third_party_costs,
)
from teleworkrules.results.skipped import SkipReason, SkipSummary
from teleworkrules.results.sums import Accumulator, ReportPart, years_of
from teleworkrules.time import Month

__all__ = [
    "ALLOWANCE_MEASURES",
    "REPORT_COLUMNS",
    "YEAR_MEASURES",
    "AllowanceFigures",
    "BudgetFigure",
    "MaterialFigure",
    "PersonCount",
    "Reading",
    "RefusedRequest",
    "Report",
    "ReportPart",
    "SkipReason",
    "SkipSummary",
    "YearFigures",
    "build_report",
    "report_of_parts",
]


def share(part: int, whole: Decimal | int) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to two decimals (``None`` when ``whole`` is 0)."""
    if not whole:
        return None
    return (Decimal(100) * part / Decimal(whole)).quantize(Decimal("0.01"), ROUND_HALF_UP)


@final
@attrs.frozen
class AllowanceFigures:
    """One allowance in one year.

    Attributes:
        persons: distinct persons granted at least one month.
        person_months: months granted, summed over persons.
        amount: paid to persons, accrual basis (zero for the third-party route).
        benefit_in_kind: benefit in kind added to salary, accrual basis.
        paid: cash basis, from the payments table (zero for the third-party route).
        employer_cost: the employer's cost (third-party route only).
    """

    persons: int = 0
    person_months: int = 0
    amount: Decimal = ZERO
    benefit_in_kind: Decimal = ZERO
    paid: Decimal = ZERO
    employer_cost: Decimal = ZERO


@final
@attrs.frozen
class PersonCount:
    """Persons and person-months with any of some allowances (each person and month once).

    Attributes:
        persons: distinct persons granted at least one month.
        person_months: months granted, summed over persons.
    """

    persons: int = 0
    person_months: int = 0


@final
@attrs.frozen
class YearFigures:
    """The figures of one calendar year (its months within the period).

    ``internet_any`` counts the staff with an internet allowance by either route: a
    person who switched route counts once. ``cost_reading`` is the default reading the
    third-party employer cost rests on (``None`` when none). ``material_persons`` are the
    distinct persons with a material request in the year.
    """

    year: int
    first: Month
    last: Month
    staff: int
    average_headcount: Decimal
    allowances: Mapping[Allowance, AllowanceFigures]
    switched: int
    budgets: tuple[BudgetFigure, ...]
    material: tuple[MaterialFigure, ...]
    refused: tuple[RefusedRequest, ...]
    internet_any: PersonCount = attrs.field(factory=PersonCount)
    cost_reading: Reading | None = None
    material_persons: int = 0

    def cost(self) -> Decimal:
        """The year's cost on accrual basis (benefit in kind left out).

        The forfait and home-working allowances owed for its months and the third-party
        employer cost.
        """
        return (
            self[Allowance.INTERNET_FORFAIT].amount
            + self[Allowance.HOME_WORKING].amount
            + self[Allowance.INTERNET_THIRD_PARTY].employer_cost
        )

    def cost_paid(self) -> Decimal:
        """The year's cost on cash basis (benefit in kind left out).

        The forfait and home-working allowances paid in the year and the third-party
        employer cost.
        """
        return (
            self[Allowance.INTERNET_FORFAIT].paid
            + self[Allowance.HOME_WORKING].paid
            + self[Allowance.INTERNET_THIRD_PARTY].employer_cost
        )

    def budget(self) -> Decimal:
        """The year's material budgets, summed."""
        return sum((b.amount for b in self.budgets), ZERO)

    def material_requests(self) -> int:
        """The year's material requests, all items."""
        return sum(m.requests for m in self.material)

    def material_spending(self) -> Decimal:
        """The year's spending on material requests, all items."""
        return sum((m.spending for m in self.material), ZERO)

    def __getitem__(self, allowance: Allowance | str) -> AllowanceFigures:
        return self.allowances[Allowance(allowance)]

    def share(self, allowance: Allowance | str) -> Decimal | None:
        """Persons with ``allowance`` as a percentage of the staff in service in the year."""
        return share(self[allowance].persons, self.staff)

    def share_of_headcount(self, allowance: Allowance | str) -> Decimal | None:
        """Persons with ``allowance`` as a percentage of the average monthly headcount."""
        return share(self[allowance].persons, self.average_headcount)

    def internet_share(self) -> Decimal | None:
        """Persons with any internet allowance as a percentage of the staff in service."""
        return share(self.internet_any.persons, self.staff)

    def internet_share_of_headcount(self) -> Decimal | None:
        """Persons with any internet allowance as a percentage of the average headcount."""
        return share(self.internet_any.persons, self.average_headcount)


@final
@attrs.frozen
class Report:
    """Yearly figures over a period, as known on a day.

    ``skipped`` says what ``skip_invalid`` left out of the dataset (empty when nothing);
    ``readings`` are the default readings the figures rest on, each once; ``reviewed_on``
    is the day the law data was last checked against its sources.
    """

    start: Month
    end: Month
    known_on: date
    entities: tuple[str, ...]
    years: tuple[YearFigures, ...]
    source: str = ""
    skipped: SkipSummary = attrs.field(factory=SkipSummary)
    readings: tuple[Reading, ...] = ()
    reviewed_on: date = attrs.field(factory=reviewed_on)

    @property
    def beyond_review(self) -> bool:
        """Whether the period ends after ``reviewed_on``: later values are assumed."""
        return self.end.last_day > self.reviewed_on

    def year(self, year: int) -> YearFigures:
        """The figures of ``year``."""
        for figures in self.years:
            if figures.year == year:
                return figures
        raise KeyError(year)

    def __repr__(self) -> str:
        return report_repr(self)

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_html(self, lang: str | None = None) -> str:
        """Per year and allowance: persons / person-months, as an HTML table in ``lang``.

        ``lang`` defaults to :func:`~teleworkrules.i18n.catalogue.default_lang`.
        """
        return report_html(self, _html.language(lang))

    def to_records(self) -> list[dict[str, Any]]:
        """The yearly figures as a tidy table: one dict per year, allowance and measure.

        ``value`` is an exact ``Decimal`` (counts too), ``None`` for a share of nobody.
        Each year has its measures (``staff``, ``average_headcount``, ``switched``) with
        ``allowance`` ``None``, then per allowance the fields of :class:`AllowanceFigures`,
        ``share`` and ``share_of_headcount``; ``internet_any`` (either internet route, a
        person who switched counted once) has ``persons``, ``person_months`` and the two
        shares. Budgets and material are left out.
        """
        return report_records(self)

    def to_pandas(self) -> Any:  # noqa: ANN401  # a pandas DataFrame
        """The tidy table as a pandas DataFrame (values ``Decimal``); needs ``pandas``."""
        return _frames.to_pandas(self.to_records(), REPORT_COLUMNS)

    def to_polars(self) -> Any:  # noqa: ANN401  # a polars DataFrame
        """The tidy table as a polars DataFrame (values ``pl.Decimal``); needs ``polars``."""
        return _frames.to_polars(
            self.to_records(), REPORT_COLUMNS, money=("value",), integers=("year",)
        )


def build_report(
    dataset: Dataset | Iterable[Employee],
    start: Month | str,
    end: Month | str,
    *,
    known_on: date | str,
    rulebook: Rulebook | None = None,
    progress: Callable[[Iterable[Employee]], Iterable[Employee]] | None = None,
    jobs: int = 1,
) -> Report:
    """Evaluate ``dataset`` from ``start`` to ``end`` as known on ``known_on`` and sum per year.

    ``dataset`` is a :class:`~teleworkrules.facts.Dataset` or employees (then without
    payments or material requests).

    ``progress``, if given, wraps the iteration over the staff (to show progress).

    ``jobs``: the staff is decided in that many parts at once, on as many cores
    (:func:`~teleworkrules.engine.parts.in_parts`; processes are forked, so leave it at
    1 in a program that runs threads). The report is the same; ``progress`` then sees the
    first part only.

    >>> from datetime import date
    >>> from teleworkrules import Employee, InternetRoute, Route, Dataset
    >>> staff = (Employee("E1", date(2020, 1, 1),
    ...          internet=(InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),)),
    ...          Employee("E2", date(2021, 7, 1)))
    >>> report = build_report(Dataset(staff), Month("2021-01"), Month("2021-12"),
    ...                       known_on=date(2023, 1, 1))
    >>> y = report.year(2021)
    >>> y.staff, y["internet_forfait"].persons, y.share("internet_forfait")
    (2, 1, Decimal('50.00'))
    """
    book = Rulebook.default() if rulebook is None else rulebook
    # The arguments' boundary (months "from"/"to", the day "known_on"), as in entitlements.
    evaluator = PopulationEvaluator(start, end, known_on=known_on, rulebook=book)
    start, end, known_on = evaluator.start, evaluator.end, evaluator.known_on
    if not isinstance(dataset, Dataset):
        dataset = Dataset(staff_of(dataset))
    part = ReportPart.of(dataset, None, evaluator, progress=progress, jobs=jobs)
    return report_of_parts([part], evaluator, dataset.source, dataset.skipped)


def report_of_parts(
    parts: Sequence[ReportPart],
    evaluator: PopulationEvaluator,
    source: str,
    skipped: tuple[Problem, ...] = (),
) -> Report:
    """The report of a dataset from the parts of its staff; requests in row order."""
    book, start, end, known_on = evaluator.book, evaluator.start, evaluator.end, evaluator.known_on
    acc, entities = Accumulator(start, end), set[str]()
    for part in parts:
        acc.merge(part.sums)
        entities |= part.entities
    paid: dict[tuple[int, Allowance], Decimal] = defaultdict(lambda: ZERO)
    for _, payment in sorted((p for part in parts for p in part.payments), key=itemgetter(0)):
        if start <= payment.paid_in <= end:
            paid[(payment.paid_in.year, payment.allowance)] += payment.amount
    costs, cost_readings = third_party_costs(acc.third_party_months(), book, known_on)
    headcounts = acc.running(acc.service)
    switched = acc.switched
    material = material_figures(
        [r for _, r in sorted((r for part in parts for r in part.requests), key=itemgetter(0))],
        {i: e for part in parts for i, e in part.requesters.items()},
        {code for part in parts for code in part.staff_entities},
        start,
        end,
        book,
    )
    if not entities:
        entities.add(book.policy(None).code)
    years = []
    for year, first, last in years_of(start, end):
        figures = {}
        for allowance in Allowance:
            key = (year, allowance)
            figures[allowance] = AllowanceFigures(
                persons=acc.person_counts.get(key, 0),
                person_months=acc.months.get(key, 0),
                amount=acc.amount.get(key, ZERO),
                benefit_in_kind=acc.benefit.get(key, ZERO),
                paid=paid.get(key, ZERO),
                employer_cost=costs.get(year, ZERO)
                if allowance is Allowance.INTERNET_THIRD_PARTY
                else ZERO,
            )
        counts = headcounts[first.ordinal - start.ordinal : last.ordinal - start.ordinal + 1]
        average = (Decimal(sum(counts)) / len(counts)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        items, refused, asked = material.get(year, ((), (), 0))
        internet = PersonCount(acc.internet_counts.get(year, 0), acc.internet_months.get(year, 0))
        years.append(
            YearFigures(
                year=year,
                first=first,
                last=last,
                staff=acc.staff.get(year, 0),
                average_headcount=average,
                allowances=figures,
                switched=switched.get(year, 0),
                budgets=budget_figures(sorted(entities), first, book, known_on),
                material=items,
                refused=refused,
                internet_any=internet,
                material_persons=asked,
                cost_reading=cost_readings.get(year),
            )
        )
    readings = [y.cost_reading for y in years] + [b.reading for y in years for b in y.budgets]
    return Report(
        start,
        end,
        known_on,
        tuple(sorted(entities)),
        tuple(years),
        source,
        SkipSummary.of(skipped),
        tuple(dict.fromkeys(r for r in readings if r is not None)),
    )
