"""The answer workbook's opening sheet: questions 1a, 1b, 2a and 2b answered in sentences.

One heading per question, then one sentence per year with its figures, the way a
department writes its answer to a written question (texts ``answer.*``). Counts,
percentages and amounts are written for the language: ``1.234``, ``4,5%`` and
``EUR 5.680,00`` in Dutch. A figure resting on a reading of our own carries its mark
(`` (1)``), explained in the notes at the bottom and on the definitions sheet.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from datetime import date
from typing import Final

from teleworkrules.facts import Allowance
from teleworkrules.i18n import text
from teleworkrules.money import format_euro, format_number, format_percent
from teleworkrules.outputs.workbook import Book, Sheet
from teleworkrules.results.report import Reading, Report, YearFigures

__all__ = ["answer_sheet", "mark"]


def mark(reading: Reading | None, marks: Mapping[Reading, int]) -> str:
    """The footnote mark of ``reading`` (`` (1)``), or nothing."""
    return "" if reading is None else f" ({marks[reading]})"


def _day(day: date, lang: str) -> str:
    return day.strftime("%d/%m/%Y") if lang == "nl" else day.isoformat()


def _when(y: YearFigures, lang: str) -> str:
    """``Voor 2023``, or ``Voor 2023 (01/01/2023 tem 31/10/2023)`` for part of a year."""
    if (y.first.month, y.last.month) == (1, 12):
        return text("answer.year", lang, year=y.year)
    first = date(y.year, y.first.month, 1)
    last = date(y.year, y.last.month, calendar.monthrange(y.year, y.last.month)[1])
    return text(
        "answer.year_part", lang, year=y.year, first=_day(first, lang), last=_day(last, lang)
    )


def _internet(y: YearFigures, lang: str) -> str:
    forfait, third = y[Allowance.INTERNET_FORFAIT], y[Allowance.INTERNET_THIRD_PARTY]
    parts = [
        text(
            "answer.internet",
            lang,
            when=_when(y, lang),
            persons=format_number(y.internet_any.persons, lang),
            share=format_percent(y.internet_share(), lang),
            staff=format_number(y.staff, lang),
            forfait=format_number(forfait.persons, lang),
            forfait_share=format_percent(y.share(Allowance.INTERNET_FORFAIT), lang),
            third=format_number(third.persons, lang),
            third_share=format_percent(y.share(Allowance.INTERNET_THIRD_PARTY), lang),
        )
    ]
    if y.switched:
        parts.append(text("answer.switched", lang, switched=format_number(y.switched, lang)))
    home = y[Allowance.HOME_WORKING].persons
    if home:
        share = format_percent(y.share(Allowance.HOME_WORKING), lang)
        parts.append(text("answer.home", lang, persons=format_number(home, lang), share=share))
    else:
        parts.append(text("answer.home_none", lang))
    return " ".join(parts)


def _cost(y: YearFigures, lang: str, marks: Mapping[Reading, int]) -> str:
    forfait, home = y[Allowance.INTERNET_FORFAIT], y[Allowance.HOME_WORKING]
    accrual = text(
        "answer.cost",
        lang,
        when=_when(y, lang),
        total=format_euro(y.cost(), lang),
        forfait=format_euro(forfait.amount, lang),
        home=format_euro(home.amount, lang),
        third=format_euro(y[Allowance.INTERNET_THIRD_PARTY].employer_cost, lang),
        mark=mark(y.cost_reading, marks),
    )
    paid = text(
        "answer.cost_paid",
        lang,
        forfait=format_euro(forfait.paid, lang),
        home=format_euro(home.paid, lang),
    )
    return f"{accrual} {paid}"


def _budget(y: YearFigures, lang: str, marks: Mapping[Reading, int]) -> str:
    if not y.budgets:
        return text("answer.budget_none", lang, when=_when(y, lang))
    lines = "; ".join(
        text(
            "answer.budget_line",
            lang,
            label=b.label(lang),
            amount=format_euro(b.amount, lang),
            mark=mark(b.reading, marks),
        )
        for b in y.budgets
    )
    total = format_euro(y.budget(), lang)
    return text("answer.budget", lang, when=_when(y, lang), total=total, lines=lines)


def _material(y: YearFigures, lang: str) -> str:
    if not y.material:
        return text("answer.material_none", lang, when=_when(y, lang))
    sentence = text(
        "answer.material",
        lang,
        when=_when(y, lang),
        persons=format_number(y.material_persons, lang),
        requests=format_number(y.material_requests(), lang),
        spending=format_euro(y.material_spending(), lang),
    )
    refused = sum(m.not_conforming for m in y.material)
    if refused:
        sentence += " " + text("answer.material_refused", lang, count=format_number(refused, lang))
    return sentence


def answer_sheet(
    book: Book, report: Report, lang: str, marks: Mapping[Reading, int], definitions: str
) -> Sheet:
    """Write the opening sheet: the answer in sentences, question by question.

    Args:
        book: the workbook.
        report: the report.
        lang: ``nl`` or ``en``.
        marks: the number of each default reading's footnote mark.
        definitions: the name of the definitions sheet, which the introduction names.
    """
    sheet = book.sheet(text("answer.sheet", lang), text("answer.heading", lang))
    row = 4

    def say(value: str, *, bold: bool = False, indent: int = 0) -> None:
        nonlocal row
        sheet.put(row, 1, value, bold=bold, indent=indent, wrap=True)
        row += 1

    say(
        text(
            "answer.intro",
            lang,
            entities=", ".join(report.entities),
            start=report.start,
            end=report.end,
            known_on=report.known_on.isoformat(),
            definitions=definitions,
        )
    )
    questions: tuple[tuple[str, Callable[[YearFigures], str] | None], ...] = (
        ("answer.q1", None),
        ("answer.q1a", lambda y: _internet(y, lang)),
        ("answer.q1b", lambda y: _cost(y, lang, marks)),
        ("answer.q2", None),
        ("answer.q2a", lambda y: _budget(y, lang, marks)),
        ("answer.q2b", lambda y: _material(y, lang)),
    )
    for code, sentence in questions:
        row += 1 if sentence is None else 0
        say(text(code, lang), bold=True)
        if sentence is not None:
            for y in report.years:
                say("\u2013 " + sentence(y), indent=1)
    if marks:
        row += 1
        say(text("answer.notes", lang), bold=True)
        for reading, number in marks.items():
            say(
                text(
                    "answer.note",
                    lang,
                    number=number,
                    label=reading.label(lang),
                    reading=reading.reading(lang),
                ),
                indent=1,
            )
    sheet.finish("A1")
    _fit_to_page(sheet)
    return sheet


_COLUMN: Final = 76  # characters: column A fits a portrait A4 page, unscaled
_PER_LINE: Final = 80  # characters of a sentence per printed line, roughly
_LINE_HEIGHT: Final = 15  # points: one line of the default font


def _fit_to_page(sheet: Sheet) -> None:
    """Narrow column A to a portrait page and give each row the lines its text needs."""
    ws = sheet.ws
    ws.column_dimensions["A"].width = _COLUMN
    ws["A1"].alignment = sheet.book.xl.styles.Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = _LINE_HEIGHT * 2.5
    for (cell,) in ws.iter_rows(min_row=3, max_col=1):
        if isinstance(cell.value, str):
            lines = -(-len(cell.value) // _PER_LINE)
            ws.row_dimensions[cell.row].height = _LINE_HEIGHT * max(lines, 1)
