"""Back pay and what-if results as Excel workbooks for HR (needs the ``xlsx`` extra).

Built from the workbook pieces of :mod:`teleworkrules.outputs.report_xlsx`: numbers are numbers
with euro formats, every text cell is neutralised against formula injection, and the file
is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang, text
from teleworkrules.outputs.report_xlsx import COUNT_FORMAT, MONEY_FORMAT, Book
from teleworkrules.results.arrears import Arrear, totals
from teleworkrules.results.simulation import Simulation
from teleworkrules.time import Month

__all__ = ["write_arrears_xlsx", "write_simulation_xlsx"]

_HEAD_ROW = 4

_LABELS: dict[str, dict[str, str | list[str]]] = {
    "arrears_title": {
        "nl": "Achterstallen en terugvorderingen {start}..{end}: verschuldigd zoals gekend op "
        "{known_on} tegenover {base}",
        "en": "Back pay and recoveries {start}..{end}: owed as known on {known_on} against {base}",
    },
    "base_date": {
        "nl": "wat verschuldigd was zoals gekend op {day}",
        "en": "what was owed as known on {day}",
    },
    "base_payments": {"nl": "de tabel payments", "en": "the payments table"},
    "totals": {"nl": "Totalen", "en": "Totals"},
    "totals_heading": {
        "nl": "Per jaar en vergoeding (maanden van het recht)",
        "en": "Per year and allowance (entitlement months)",
    },
    "details": {"nl": "Per persoon en maand", "en": "Per person and month"},
    "details_heading": {
        "nl": "Verschuldigd, betaald, verschil en oorzaak",
        "en": "Owed, paid, difference and cause",
    },
    "totals_head": {
        "nl": ["Jaar", "Vergoeding", "Personen", "Maanden", "Verschuldigd", "Betaald", "Verschil"],
        "en": ["Year", "Allowance", "Persons", "Months", "Owed", "Paid", "Difference"],
    },
    "details_head": {
        "nl": [
            "Personeelslid",
            "Maand",
            "Vergoeding",
            "Verschuldigd",
            "Betaald",
            "Verschil",
            "Oorzaak",
            "Parameter",
            "Gekend sinds",
            "Uitleg",
        ],
        "en": [
            "Employee",
            "Month",
            "Allowance",
            "Owed",
            "Paid",
            "Difference",
            "Cause",
            "Parameter",
            "Known from",
            "Explanation",
        ],
    },
    "sim_title": {
        "nl": "Wat-als {start}..{end}, zoals gekend op {known_on}",
        "en": "What-if {start}..{end}, as known on {known_on}",
    },
    "sim_sheet": {"nl": "Vergelijking", "en": "Comparison"},
    "sim_heading": {
        "nl": "Huidige regels tegenover hervorming: {changes}",
        "en": "Rules in force against reform: {changes}",
    },
    "sim_head": {
        "nl": [
            "Jaar",
            "Vergoeding",
            "Personen",
            "Personen (hervorming)",
            "Persoonsmaanden",
            "Persoonsmaanden (hervorming)",
            "Kost",
            "Kost (hervorming)",
            "Verschil",
        ],
        "en": [
            "Year",
            "Allowance",
            "Persons",
            "Persons (reform)",
            "Person-months",
            "Person-months (reform)",
            "Cost",
            "Cost (reform)",
            "Difference",
        ],
    },
    "better": {"nl": "Beter af (personen)", "en": "Better off (persons)"},
    "worse": {"nl": "Slechter af (personen)", "en": "Worse off (persons)"},
    "initiative": {"nl": "Initiatief", "en": "Initiative"},
    "motivation": {"nl": "Motivatie", "en": "Motivation"},
    "timing": {"nl": "Timing", "en": "Timing"},
    "budget": {"nl": "Budget", "en": "Budget"},
}


def _l(key: str, lang: str) -> str:
    value = _LABELS[key][lang]
    assert isinstance(value, str)
    return value


def _heads(key: str, lang: str) -> list[str]:
    value = _LABELS[key][lang]
    assert isinstance(value, list)
    return value


def write_arrears_xlsx(
    arrears: Sequence[Arrear],
    path: Path,
    *,
    start: Month,
    end: Month,
    known_on: date,
    paid_as_known_on: date | None,
    lang: str = "nl",
) -> None:
    """Write the arrears as a workbook: totals, then every person-month with its cause."""
    check_lang(lang)
    base = (
        _l("base_payments", lang)
        if paid_as_known_on is None
        else _l("base_date", lang).format(day=paid_as_known_on.isoformat())
    )
    title = _l("arrears_title", lang).format(start=start, end=end, known_on=known_on, base=base)
    book = Book(title, lang)
    sheet = book.named_sheet(_l("totals", lang), _l("totals_heading", lang))
    sheet.header(_HEAD_ROW, _heads("totals_head", lang))
    row = _HEAD_ROW + 1
    for t in totals(arrears):
        sheet.put(row, 1, t.year)
        sheet.put(row, 2, text(f"allowance.{t.allowance.value}", lang))
        sheet.put(row, 3, t.persons, COUNT_FORMAT)
        sheet.put(row, 4, t.months, COUNT_FORMAT)
        sheet.put(row, 5, t.owed, MONEY_FORMAT)
        sheet.put(row, 6, t.paid, MONEY_FORMAT)
        sheet.put(row, 7, t.difference, MONEY_FORMAT)
        row += 1
    sheet.finish(f"A{_HEAD_ROW + 1}")
    details = book.named_sheet(_l("details", lang), _l("details_heading", lang))
    details.header(_HEAD_ROW, _heads("details_head", lang))
    row = _HEAD_ROW + 1
    for a in arrears:
        p = a.cause.parameter
        values = [a.employee_id, str(a.month), text(f"allowance.{a.allowance.value}", lang)]
        for column, value in enumerate(values, start=1):
            details.put(row, column, value)
        details.put(row, 4, a.owed, MONEY_FORMAT)
        details.put(row, 5, a.paid, MONEY_FORMAT)
        details.put(row, 6, a.difference, MONEY_FORMAT)
        details.put(row, 7, a.cause.kind.value)
        details.put(row, 8, "" if p is None else p.name)
        details.put(row, 9, "" if p is None else p.known_from.isoformat())
        details.put(row, 10, a.cause.text(lang), measure=False)
        row += 1
    details.finish(f"A{_HEAD_ROW + 1}")
    book.save(Path(path))


def write_simulation_xlsx(sim: Simulation, path: Path, *, lang: str = "nl") -> None:
    """Write a what-if comparison as a workbook, with the initiative when there is one."""
    check_lang(lang)
    report = sim.baseline
    book = Book(
        _l("sim_title", lang).format(start=report.start, end=report.end, known_on=report.known_on),
        lang,
    )
    sheet = book.named_sheet(
        _l("sim_sheet", lang),
        _l("sim_heading", lang).format(changes=", ".join(map(str, sim.changes))),
    )
    sheet.header(_HEAD_ROW, _heads("sim_head", lang))
    row = _HEAD_ROW + 1
    for base in report.years:
        reform = sim.reform.year(base.year)
        for allowance in Allowance:
            sheet.put(row, 1, base.year)
            sheet.put(row, 2, text(f"allowance.{allowance.value}", lang))
            sheet.put(row, 3, base[allowance].persons, COUNT_FORMAT)
            sheet.put(row, 4, reform[allowance].persons, COUNT_FORMAT)
            sheet.put(row, 5, base[allowance].person_months, COUNT_FORMAT)
            sheet.put(row, 6, reform[allowance].person_months, COUNT_FORMAT)
            sheet.put(row, 7, sim.cost(report, base.year, allowance), MONEY_FORMAT)
            sheet.put(row, 8, sim.cost(sim.reform, base.year, allowance), MONEY_FORMAT)
            sheet.put(row, 9, sim.difference(base.year, allowance), MONEY_FORMAT)
            row += 1
    row += 1
    sheet.put(row, 1, _l("better", lang), bold=True)
    sheet.put(row, 3, sim.better_off, COUNT_FORMAT)
    sheet.put(row + 1, 1, _l("worse", lang), bold=True)
    sheet.put(row + 1, 3, sim.worse_off, COUNT_FORMAT)
    if sim.initiative is not None:
        i = sim.initiative
        row += 3
        sheet.put(row, 1, _l("initiative", lang), bold=True)
        sheet.put(row, 2, i.title(lang), measure=False)
        sheet.put(row + 1, 1, _l("motivation", lang), bold=True)
        sheet.put(row + 1, 2, i.motivation(lang), measure=False)
        sheet.put(row + 2, 1, _l("timing", lang), bold=True)
        sheet.put(row + 2, 2, str(i.timing))
        sheet.put(row + 3, 1, _l("budget", lang), bold=True)
        if i.budget is not None:
            sheet.put(row + 3, 2, i.budget, MONEY_FORMAT)
    sheet.finish(f"A{_HEAD_ROW + 1}")
    book.save(Path(path))
