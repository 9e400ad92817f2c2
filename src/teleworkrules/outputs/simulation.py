"""What-if results as a table, JSON data and a workbook.

Each compares the rules in force (the baseline) with the reform per year and allowance:
persons, person-months and cost, then who is better or worse off and, for a planned
initiative, its title, motivation, timing, budget and yearly extra cost. The workbook
(:func:`write_simulation_xlsx`) has a chart of the cost per year under both and needs the
``xlsx`` extra. Changes are named by their parameter's label, values as written in the
language.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Final

from teleworkrules._plain import value_words
from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang, text
from teleworkrules.money import format_euro, format_number
from teleworkrules.outputs._words import allowance_label, table_amount
from teleworkrules.outputs.text_table import DEFAULT_WIDTH, Column, render
from teleworkrules.outputs.workbook import COUNT_FORMAT, MONEY_FORMAT, YEAR_FORMAT, Book, Sheet
from teleworkrules.results.report import Report
from teleworkrules.results.simulation import Simulation

__all__ = [
    "simulation_table",
    "simulation_to_dict",
    "write_simulation_xlsx",
]

_HEAD_ROW: Final = 4  # the header row of the workbook's sheet


def _t(key: str, lang: str) -> str:
    return text("simulation." + key, lang)


def _title(sim: Simulation, lang: str) -> str:
    report = sim.baseline
    return text(
        "simulation.title", lang, start=report.start, end=report.end, known_on=report.known_on
    )


def _changes(sim: Simulation, lang: str) -> str:
    """The changes in words: each parameter's label, its new value and from when."""
    if len(sim.parameters) != len(sim.changes):
        return ", ".join(map(str, sim.changes))
    return "; ".join(
        text(
            "simulation.change",
            lang,
            label=parameter.label(lang),
            value=value_words(parameter.name, change.value, lang),
            month=change.effective_from,
        )
        for change, parameter in zip(sim.changes, sim.parameters, strict=True)
    )


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


def simulation_table(sim: Simulation, lang: str = "en", *, width: int = DEFAULT_WIDTH) -> str:
    """Baseline against reform per year and allowance, who is better off, the initiative.

    The table fits ``width`` characters (the terminal's): text wraps, nothing is cut.
    """
    report = sim.baseline
    title = text(
        "simulation.title.changes", lang, title=_title(sim, lang), changes=_changes(sim, lang)
    )
    lines = [*_wrap(title, width), ""]
    heads = [
        _t("head." + key, lang)
        for key in ("year", "allowance", "persons", "persons_reform", "cost", "cost_reform")
    ]
    columns = [
        Column(heads[0]),
        Column(heads[1], wrap=True),
        *(Column(head, ">") for head in heads[2:]),
        Column(_t("head.difference", lang), ">"),
    ]
    rows = [
        [
            str(number),
            allowance_label(kind, lang),
            format_number(before, lang),
            format_number(after, lang),
            *(table_amount(a, lang) for a in (old_cost, new_cost, new_cost - old_cost)),
        ]
        for number, kind, before, after, old_cost, new_cost in _rows(sim)
    ]
    lines += [render(columns, rows, width=width), ""]
    lines += _wrap(_t("better", lang).format(better=sim.better_off, worse=sim.worse_off), width)
    if sim.initiative is not None:
        i = sim.initiative
        budget = "-" if i.budget is None else format_euro(i.budget, lang)
        lines.append("")
        for line in (
            _t("initiative_text", lang)
            .format(
                title=i.title(lang), timing=i.timing, motivation=i.motivation(lang), budget=budget
            )
            .splitlines()
        ):
            lines += _wrap(line, width, indent=4)
        for y in report.years:
            lines.append(
                _t("yearly_cost", lang).format(
                    year=y.year, cost=format_euro(sim.total_difference(y.year), lang)
                )
            )
    return "\n".join(lines) + "\n"


def _wrap(line: str, width: int, *, indent: int = 0) -> list[str]:
    """``line`` wrapped to ``width`` (its own indent kept, next lines ``indent``)."""
    lead = line[: len(line) - len(line.lstrip())]
    return textwrap.wrap(
        line,
        max(width, 20),
        initial_indent="",
        subsequent_indent=lead + " " * indent,
        break_long_words=False,
    ) or [""]


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
        "warnings": [{"nl": w.text("nl"), "en": w.text("en")} for w in sim.warnings],
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
    """Write a what-if comparison as a workbook that prints well, with a chart.

    Per year and allowance the rules in force against the reform, who is better or worse
    off, the initiative when there is one, the warnings, then the cost per year of both
    with a chart of it below.

    Raises:
        XlsxUnavailableError: openpyxl is not installed.
        InvalidFactError: ``lang`` is neither ``nl`` nor ``en``.
    """
    check_lang(lang)
    report = sim.baseline
    book = Book(_title(sim, lang), known_on=report.known_on, lang=lang)
    sheet = book.sheet(
        _t("sheet", lang), text("simulation.sheet.heading", lang, changes=_changes(sim, lang))
    )
    keys = ["year", "allowance", "persons", "persons_reform", "person_months"]
    keys += ["person_months_reform", "cost", "cost_reform", "difference"]
    sheet.header(_HEAD_ROW, [text("column." + key, lang) for key in keys], wrap=True)
    row = _HEAD_ROW + 1
    for base in report.years:
        reform = sim.reform.year(base.year)
        for allowance in Allowance:
            sheet.put(row, 1, str(base.year))  # text: left, apart from the allowance
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
    row += 3
    if sim.initiative is not None:
        row = _initiative(sheet, sim, row, lang)
    for warning in sim.warnings:
        sheet.put(row, 1, warning.text(lang), bold=True, measure=False)
        row += 1
    _per_year(sheet, sim, row + 1, lang)
    sheet.finish(f"A{_HEAD_ROW + 1}")
    book.save(Path(path))


def _initiative(sheet: Sheet, sim: Simulation, row: int, lang: str) -> int:
    """The initiative's title, motivation, timing and budget; returns the next free row."""
    assert sim.initiative is not None  # the caller checks
    i = sim.initiative
    sheet.put(row, 1, _t("initiative", lang), bold=True)
    sheet.put(row, 2, i.title(lang), measure=False)
    sheet.put(row + 1, 1, _t("motivation", lang), bold=True)
    sheet.put(row + 1, 2, i.motivation(lang), measure=False)
    sheet.put(row + 2, 1, _t("timing", lang), bold=True)
    sheet.put(row + 2, 2, str(i.timing))
    sheet.put(row + 3, 1, _t("budget", lang), bold=True)
    if i.budget is not None:
        sheet.put(row + 3, 2, i.budget, MONEY_FORMAT)
    return row + 5


def _per_year(sheet: Sheet, sim: Simulation, row: int, lang: str) -> None:
    """The cost per year under both and the difference, with a chart of both below."""
    years = [y.year for y in sim.baseline.years]
    sheet.put(row, 1, _t("per_year", lang), bold=True)
    head = row + 1
    sheet.put(head, 1, text("column.year", lang), bold=True)
    for column, year in enumerate(years, start=2):
        sheet.put(head, column, year, YEAR_FORMAT, bold=True)

    def total(report: Report, year: int) -> Decimal:
        return sum((sim.cost(report, year, a) for a in Allowance), Decimal("0.00"))

    for offset, (label, values) in enumerate(
        (
            (text("column.baseline", lang), [total(sim.baseline, y) for y in years]),
            (text("column.reform", lang), [total(sim.reform, y) for y in years]),
            (text("column.difference", lang), [sim.total_difference(y) for y in years]),
        ),
        start=1,
    ):
        sheet.line(head + offset, label, values, MONEY_FORMAT)
    sheet.chart(
        _t("chart", lang),
        [head + 1, head + 2],
        len(years),
        header_row=head,
        axes=(text("column.year", lang), "EUR"),
        anchor=f"A{head + 5}",
    )
