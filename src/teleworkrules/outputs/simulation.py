"""What-if results as a table, JSON data and a workbook.

Each compares the rules in force (the baseline) with the reform per year and allowance:
persons, person-months and cost, then who is better or worse off and, for a planned
initiative, its title, motivation, timing, budget and yearly extra cost. The workbook
(:func:`write_simulation_xlsx`) needs the ``xlsx`` extra.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Final

from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang, text
from teleworkrules.money import format_euro
from teleworkrules.outputs._words import allowance_label, table_amount
from teleworkrules.outputs.workbook import COUNT_FORMAT, MONEY_FORMAT, Book
from teleworkrules.results.simulation import Simulation

__all__ = ["simulation_table", "simulation_to_dict", "write_simulation_xlsx"]

_NAME: Final = 28  # the width of the allowance column of the table
_HEAD_ROW: Final = 4  # the header row of the workbook's sheet


def _t(key: str, lang: str) -> str:
    return text("simulation." + key, lang)


def _title(sim: Simulation, lang: str) -> str:
    report = sim.baseline
    return text(
        "simulation.title", lang, start=report.start, end=report.end, known_on=report.known_on
    )


def _changes(sim: Simulation) -> str:
    return ", ".join(map(str, sim.changes))


def _rows(sim: Simulation) -> list[tuple[int, Allowance, int, int, Decimal, Decimal]]:
    rows = []
    for base in sim.baseline.years:
        reform = sim.reform.year(base.year)
        for allowance in Allowance:
            rows.append(
                (
                    base.year,
                    allowance,
                    base[allowance].persons,
                    reform[allowance].persons,
                    sim.cost(sim.baseline, base.year, allowance),
                    sim.cost(sim.reform, base.year, allowance),
                )
            )
    return rows


def simulation_table(sim: Simulation, lang: str = "en") -> str:
    """Baseline against reform per year and allowance, who is better off, the initiative."""
    report = sim.baseline
    lines = [
        text("simulation.title.changes", lang, title=_title(sim, lang), changes=_changes(sim)),
        "",
    ]
    year, allowance, persons, reformed, cost, new, difference = (
        _t("head." + key, lang)
        for key in (
            "year",
            "allowance",
            "persons",
            "persons_reform",
            "cost",
            "cost_reform",
            "difference",
        )
    )
    lines.append(
        f"{year:<6}{allowance:<{_NAME}}{persons:>9}{reformed:>11}{cost:>16}{new:>16}"
        f"{difference:>16}"
    )
    for number, kind, before, after, old_cost, new_cost in _rows(sim):
        lines.append(
            f"{number:<6}{allowance_label(kind, lang):<{_NAME}}{before:>9}{after:>11}"
            f"{table_amount(old_cost, lang):>16}{table_amount(new_cost, lang):>16}"
            f"{table_amount(new_cost - old_cost, lang):>16}"
        )
    lines += ["", _t("better", lang).format(better=sim.better_off, worse=sim.worse_off)]
    if sim.initiative is not None:
        i = sim.initiative
        budget = "-" if i.budget is None else format_euro(i.budget, lang)
        lines += [
            "",
            _t("initiative_text", lang).format(
                title=i.title(lang), timing=i.timing, motivation=i.motivation(lang), budget=budget
            ),
        ]
        for y in report.years:
            lines.append(
                _t("yearly_cost", lang).format(
                    year=y.year, cost=format_euro(sim.total_difference(y.year), lang)
                )
            )
    return "\n".join(lines) + "\n"


def simulation_to_dict(sim: Simulation) -> dict[str, object]:
    """The simulation as plain data."""
    per_year: dict[str, dict[str, object]] = defaultdict(dict)
    for year, allowance, persons, reformed, cost, new in _rows(sim):
        base, reform = sim.baseline.year(year)[allowance], sim.reform.year(year)[allowance]
        per_year[str(year)][allowance.value] = {
            "baseline": {
                "persons": persons,
                "person_months": base.person_months,
                "cost": f"{cost:.2f}",
            },
            "reform": {
                "persons": reformed,
                "person_months": reform.person_months,
                "cost": f"{new:.2f}",
            },
            "difference": f"{new - cost:.2f}",
        }
    data: dict[str, object] = {
        "period": {"from": str(sim.baseline.start), "to": str(sim.baseline.end)},
        "known_on": sim.baseline.known_on.isoformat(),
        "changes": [str(c) for c in sim.changes],
        "years": dict(per_year),
        "better_off": sim.better_off,
        "worse_off": sim.worse_off,
    }
    if sim.initiative is not None:
        i = sim.initiative
        data["initiative"] = {
            "title": {"nl": i.title_nl, "en": i.title_en},
            "motivation": {"nl": i.motivation_nl, "en": i.motivation_en},
            "timing": str(i.timing),
            "budget": None if i.budget is None else f"{i.budget:.2f}",
        }
    return data


def write_simulation_xlsx(sim: Simulation, path: Path, *, lang: str = "nl") -> None:
    """Write a what-if comparison as a workbook, with the initiative when there is one.

    Raises:
        XlsxUnavailableError: openpyxl is not installed.
        InvalidFactError: ``lang`` is neither ``nl`` nor ``en``.
    """
    check_lang(lang)
    report = sim.baseline
    book = Book(_title(sim, lang))
    sheet = book.sheet(
        _t("sheet", lang), text("simulation.sheet.heading", lang, changes=_changes(sim))
    )
    sheet.header(
        _HEAD_ROW,
        [
            text("column." + key, lang)
            for key in (
                "year",
                "allowance",
                "persons",
                "persons_reform",
                "person_months",
                "person_months_reform",
                "cost",
                "cost_reform",
                "difference",
            )
        ],
    )
    row = _HEAD_ROW + 1
    for base in report.years:
        reform = sim.reform.year(base.year)
        for allowance in Allowance:
            sheet.put(row, 1, base.year)
            sheet.put(row, 2, allowance_label(allowance, lang))
            sheet.put(row, 3, base[allowance].persons, COUNT_FORMAT)
            sheet.put(row, 4, reform[allowance].persons, COUNT_FORMAT)
            sheet.put(row, 5, base[allowance].person_months, COUNT_FORMAT)
            sheet.put(row, 6, reform[allowance].person_months, COUNT_FORMAT)
            sheet.put(row, 7, sim.cost(report, base.year, allowance), MONEY_FORMAT)
            sheet.put(row, 8, sim.cost(sim.reform, base.year, allowance), MONEY_FORMAT)
            sheet.put(row, 9, sim.difference(base.year, allowance), MONEY_FORMAT)
            row += 1
    row += 1
    sheet.put(row, 1, _t("better_off", lang), bold=True)
    sheet.put(row, 3, sim.better_off, COUNT_FORMAT)
    sheet.put(row + 1, 1, _t("worse_off", lang), bold=True)
    sheet.put(row + 1, 3, sim.worse_off, COUNT_FORMAT)
    if sim.initiative is not None:
        i = sim.initiative
        row += 3
        sheet.put(row, 1, _t("initiative", lang), bold=True)
        sheet.put(row, 2, i.title(lang), measure=False)
        sheet.put(row + 1, 1, _t("motivation", lang), bold=True)
        sheet.put(row + 1, 2, i.motivation(lang), measure=False)
        sheet.put(row + 2, 1, _t("timing", lang), bold=True)
        sheet.put(row + 2, 2, str(i.timing))
        sheet.put(row + 3, 1, _t("budget", lang), bold=True)
        if i.budget is not None:
            sheet.put(row + 3, 2, i.budget, MONEY_FORMAT)
    sheet.finish(f"A{_HEAD_ROW + 1}")
    book.save(Path(path))
