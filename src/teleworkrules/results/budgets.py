"""Questions 2a and 2b of a report: the entities' material budgets and material requests.

:func:`budget_figures` reads each entity's budget lines from its policy and parameters
(question 2a); :func:`material_figures` decides each material request of the period against
the entity's catalogue and counts them per year and item (question 2b).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import final

import attrs

from teleworkrules.decisions import MaterialDecision
from teleworkrules.facts import Employee, MaterialRequest
from teleworkrules.law.entities import BudgetKind, Rulebook
from teleworkrules.law.parameters import Parameter, Version
from teleworkrules.law.sources import Citation, Confidence
from teleworkrules.money import ZERO
from teleworkrules.rules.material import decide_material
from teleworkrules.time import Month

__all__ = [
    "THIRD_PARTY_COST",
    "BudgetFigure",
    "MaterialFigure",
    "Reading",
    "RefusedRequest",
    "budget_figures",
    "default_reading",
    "material_figures",
    "third_party_costs",
]


@final
@attrs.frozen
class Reading:
    """A default reading a figure rests on: a parameter value the texts do not give as such.

    Attributes:
        parameter: the parameter's name.
        label_nl: its label in Dutch.
        label_en: its label in English.
        citation: the version's citation (confidence ``default``), with the reading.
    """

    parameter: str
    label_nl: str
    label_en: str
    citation: Citation

    def label(self, lang: str = "en") -> str:
        """The parameter's name in ``lang``."""
        return self.label_nl if lang == "nl" else self.label_en

    def reading(self, lang: str = "en") -> str:
        """The reading (the citation's article) in ``lang``."""
        return self.citation.article_in(lang)


def default_reading(parameter: Parameter, version: Version | None) -> Reading | None:
    """The :class:`Reading` of ``version`` when its confidence is ``default``, else ``None``."""
    if version is None or version.citation.confidence is not Confidence.DEFAULT:
        return None
    return Reading(parameter.name, parameter.label_nl, parameter.label_en, version.citation)


@final
@attrs.frozen
class BudgetFigure:
    """One budget line of an entity in one year."""

    entity: str
    parameter: str
    label_nl: str
    label_en: str
    kind: BudgetKind
    amount: Decimal
    reading: Reading | None = None
    """The default reading the amount rests on (``None`` when the source gives it)."""

    def label(self, lang: str = "en") -> str:
        """The budget's name in ``lang``."""
        return self.label_nl if lang == "nl" else self.label_en


@final
@attrs.frozen
class MaterialFigure:
    """Requests for one catalogue item in one year."""

    item: str
    requests: int
    persons: int
    spending: Decimal
    not_conforming: int
    label_nl: str = ""
    label_en: str = ""

    def label(self, lang: str = "en") -> str:
        """The item's catalogue name in ``lang`` (its code when not in a catalogue)."""
        return (self.label_nl if lang == "nl" else self.label_en) or self.item


@final
@attrs.frozen
class RefusedRequest:
    """A material request that did not meet the catalogue's conditions, with the decision."""

    request: MaterialRequest
    decision: MaterialDecision


def budget_figures(
    entities: Iterable[str], first: Month, book: Rulebook, known_on: date
) -> tuple[BudgetFigure, ...]:
    """The budget lines of ``entities`` in force in ``first``, as known on ``known_on``."""
    figures = []
    for code in entities:
        policy = book.policy(code)
        params = book.parameters(code)
        for line in policy.budgets:
            version = params.at(line.parameter, first, known_on=known_on)
            amount = version.value if version is not None else None
            if not isinstance(amount, Decimal):
                continue
            parameter = params[line.parameter]
            figures.append(
                BudgetFigure(
                    code,
                    line.parameter,
                    parameter.label_nl,
                    parameter.label_en,
                    line.kind,
                    amount,
                    default_reading(parameter, version),
                )
            )
    return tuple(figures)


def material_figures(
    requests: Iterable[MaterialRequest],
    people: Mapping[str, Employee],
    entities: Iterable[str | None],
    start: Month,
    end: Month,
    book: Rulebook,
) -> dict[int, tuple[tuple[MaterialFigure, ...], tuple[RefusedRequest, ...], int]]:
    """Per year: the requests per item, those refused, and the persons who asked.

    ``people`` holds at least every person who asked, by id; ``entities`` are the entity
    codes of the whole staff (their policies label the items).
    """
    per_item: dict[tuple[int, str], list[MaterialRequest]] = defaultdict(list)
    refused: dict[int, list[RefusedRequest]] = defaultdict(list)
    bad: dict[tuple[int, str], int] = defaultdict(int)
    for request in requests:
        month = Month.from_date(request.requested_on)
        if not start <= month <= end:
            continue
        employee = people[request.employee_id]
        decision = decide_material(
            employee, request.item, request.requested_on, book.policy(employee.entity)
        )
        key = (month.year, request.item)
        per_item[key].append(request)
        if not decision.eligible:
            bad[key] += 1
            refused[month.year].append(RefusedRequest(request, decision))
    labels: dict[str, tuple[str, str]] = {}
    # In a fixed order: the first entity to offer an item labels it, on every run.
    for code in sorted(set(entities), key=lambda c: (c is None, c or "")):
        for offer in book.policy(code).material:
            labels.setdefault(offer.item, (offer.label_nl, offer.label_en))
    result: dict[int, tuple[tuple[MaterialFigure, ...], tuple[RefusedRequest, ...], int]] = {}
    for year in {y for y, _ in per_item}:
        items = tuple(
            MaterialFigure(
                item=item,
                requests=len(found),
                persons=len({r.employee_id for r in found}),
                spending=sum((r.cost or ZERO for r in found), ZERO),
                not_conforming=bad.get((year, item), 0),
                label_nl=labels.get(item, ("", ""))[0],
                label_en=labels.get(item, ("", ""))[1],
            )
            for (y, item), found in sorted(per_item.items())
            if y == year
        )
        persons = {r.employee_id for (y, _), found in per_item.items() if y == year for r in found}
        result[year] = (items, tuple(refused.get(year, ())), len(persons))
    return result


THIRD_PARTY_COST = "entity.third_party.monthly_cost"


def third_party_costs(
    person_months: Mapping[tuple[str, Month], int], book: Rulebook, known_on: date
) -> tuple[dict[int, Decimal], dict[int, Reading]]:
    """The third-party employer cost per year, and the default reading it rests on."""
    costs: dict[int, Decimal] = defaultdict(lambda: ZERO)
    readings: dict[int, Reading] = {}
    for (entity, month), count in sorted(person_months.items()):
        params = book.parameters(entity)
        if THIRD_PARTY_COST not in params:
            continue
        version = params.at(THIRD_PARTY_COST, month, known_on=known_on)
        if version is not None and isinstance(version.value, Decimal):
            costs[month.year] += version.value * count
            reading = default_reading(params[THIRD_PARTY_COST], version)
            if reading is not None:
                readings.setdefault(month.year, reading)
    return costs, readings
