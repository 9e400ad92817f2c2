"""The report as an Excel workbook: the answer to parliamentary question no. 55.

:func:`write_report_xlsx` writes one sheet per question, in Dutch (default) or English:

* ``1a``: staff in service and average headcount, then per allowance the persons, their
  share of the staff in service and of the average headcount, and the person-months; the
  persons who switched internet route; a bar chart of the persons per year;
* ``1b``: the forfait and home-working allowance on accrual and cash basis, the
  third-party employer cost and benefit in kind; a bar chart of the cost per year;
* ``2a``: the material budgets per year, structural or one-off;
* ``2b``: the material requests per item and year, and every request that did not meet
  the catalogue's conditions with the reasons;
* ``Definities``/``Definitions``: every definition of
  :data:`~teleworkrules.outputs.report_data.DEFINITIONS` and the legal sources;
* ``Overgeslagen``/``Skipped``, only when invalid rows were skipped: the rows per table,
  the staff left out and why (:func:`~teleworkrules.outputs.skipped.skipped_sheet`).

Each question sheet has a bar chart below its table, inside the printed area. A figure
resting on a reading of our own (a parameter value with confidence ``default``) is marked
`` (1)``, `` (2)``, ...: in its number format, so it stays a number.
Each sheet starts with a title naming the period, the entities and the "as known on" date.
Numbers are numbers with their formats, texts are guarded against formulas, and the file
is written whole or not at all (see :mod:`teleworkrules.outputs.workbook`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Final

from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang, text
from teleworkrules.law.sources import load_sources
from teleworkrules.outputs._answer_sheet import answer_sheet, mark
from teleworkrules.outputs._words import allowance_label
from teleworkrules.outputs.report_data import DEFINITIONS, REFUSAL_ENDINGS, review_note
from teleworkrules.outputs.skipped import skipped_sheet
from teleworkrules.outputs.workbook import (
    COUNT_FORMAT,
    DATE_FORMAT,
    DECIMAL_FORMAT,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    YEAR_FORMAT,
    Book,
    Sheet,
)
from teleworkrules.results.report import Reading, Report, YearFigures

__all__ = ["write_report_xlsx"]

_HEADER_ROW: Final = 4
_GAP: Final = 2  # rows between a table and its chart
Marks = Mapping[Reading, int]


def _x(key: str, lang: str) -> str:
    """A text of the report workbook."""
    return text("xlsx." + key, lang)


def _r(key: str, lang: str) -> str:
    """A text the workbook shares with the report's table."""
    return text("report." + key, lang)


def _marked(label: str, readings: Sequence[Reading | None], marks: Marks) -> str:
    """``label`` with the footnote marks of the readings its row's figures rest on."""
    found = dict.fromkeys(r for r in readings if r is not None)
    return label + "".join(mark(r, marks) for r in found)


def _years_header(sheet: Sheet, years: Sequence[YearFigures], lang: str) -> int:
    """The year columns and their months; returns the first row below them."""
    sheet.header(_HEADER_ROW, [_x("year", lang), *(y.year for y in years)], YEAR_FORMAT)
    sheet.put(_HEADER_ROW + 1, 1, _r("months", lang))
    for column, y in enumerate(years, start=2):
        sheet.put(_HEADER_ROW + 1, column, f"{y.first.month:02d}-{y.last.month:02d}")
    return _HEADER_ROW + 2


def _chart(
    sheet: Sheet, title: str, rows: Sequence[int], years: int, axis: str, below: int, lang: str
) -> None:
    """A bar chart of ``rows`` per year, under the table (row ``below`` is its last)."""
    sheet.chart(
        title,
        rows,
        years,
        header_row=_HEADER_ROW,
        axes=(_x("year", lang), axis),
        anchor=f"A{below + _GAP}",
    )


def _pct(value: Decimal | None) -> Decimal | None:
    return None if value is None else value / 100


def _staff_sheet(book: Book, report: Report, lang: str) -> None:
    years = report.years
    sheet = book.sheet(_x("sheet_1a", lang), _r("q1a", lang))
    row = _years_header(sheet, years, lang)
    row = sheet.line(row, _r("staff", lang), [y.staff for y in years], COUNT_FORMAT)
    row = sheet.line(
        row, _r("headcount", lang), [y.average_headcount for y in years], DECIMAL_FORMAT
    )
    series = [row]
    row = sheet.line(
        row, _x("internet_any", lang), [y.internet_any.persons for y in years], COUNT_FORMAT
    )
    for label, values, number_format in (
        (_x("share", lang), [_pct(y.internet_share()) for y in years], PERCENT_FORMAT),
        (
            _x("share_hc", lang),
            [_pct(y.internet_share_of_headcount()) for y in years],
            PERCENT_FORMAT,
        ),
        (_r("person_months", lang), [y.internet_any.person_months for y in years], COUNT_FORMAT),
    ):
        row = sheet.line(row, label, values, number_format, indent=1)
    for allowance in Allowance:
        series.append(row)
        name = f"{allowance_label(allowance, lang)}: {_r('persons', lang)}"
        row = sheet.line(row, name, [y[allowance].persons for y in years], COUNT_FORMAT)
        for label, values, number_format in (
            (_x("share", lang), [_pct(y.share(allowance)) for y in years], PERCENT_FORMAT),
            (
                _x("share_hc", lang),
                [_pct(y.share_of_headcount(allowance)) for y in years],
                PERCENT_FORMAT,
            ),
            (_r("person_months", lang), [y[allowance].person_months for y in years], COUNT_FORMAT),
        ):
            row = sheet.line(row, label, values, number_format, indent=1)
    row = sheet.line(row, _x("switched", lang), [y.switched for y in years], COUNT_FORMAT)
    _chart(sheet, _x("chart_1a", lang), series, len(years), _r("persons", lang), row, lang)
    sheet.finish("B6")


def _cost_sheet(book: Book, report: Report, lang: str, marks: Marks) -> None:
    years = report.years
    sheet = book.sheet(_x("sheet_1b", lang), _r("q1b", lang))
    row = _years_header(sheet, years, lang)
    forfait, third, home = (
        Allowance.INTERNET_FORFAIT,
        Allowance.INTERNET_THIRD_PARTY,
        Allowance.HOME_WORKING,
    )
    employer = f"{allowance_label(third, lang)}, {_r('employer', lang)}"
    series = []
    for block, measure, total_label, totals in (
        ("accrual_block", "amount", "total_accrual", [y.cost() for y in years]),
        ("cash_block", "paid", "total_cash", [y.cost_paid() for y in years]),
    ):
        sheet.put(row, 1, _x(block, lang), bold=True, measure=False)
        row += 1
        for allowance in (forfait, home):
            if measure == "amount":
                series.append(row)
            values = [getattr(y[allowance], measure) for y in years]
            row = sheet.line(row, allowance_label(allowance, lang), values, MONEY_FORMAT, indent=1)
        if measure == "amount":
            series.append(row)
        label = _marked(employer, [y.cost_reading for y in years], marks)
        row = sheet.line(
            row, label, [y[third].employer_cost for y in years], MONEY_FORMAT, indent=1
        )
        row = sheet.line(row, _r(total_label, lang), totals, MONEY_FORMAT, bold=True) + 1
    sheet.put(row, 1, _x("other_block", lang), bold=True, measure=False)
    row += 1
    row = sheet.line(
        row,
        f"{allowance_label(third, lang)}, {_x('bik', lang)}",
        [y[third].benefit_in_kind for y in years],
        MONEY_FORMAT,
        indent=1,
    )
    _chart(sheet, _x("chart_1b", lang), series, len(years), "EUR", row, lang)
    sheet.finish("B6")


def _budget_sheet(book: Book, report: Report, lang: str, marks: Marks) -> None:
    years = report.years
    sheet = book.sheet(_x("sheet_2a", lang), _r("q2a", lang))
    sheet.header(
        _HEADER_ROW,
        [_x("budget", lang), *(y.year for y in years), None, _x("kind", lang), _x("entity", lang)],
        YEAR_FORMAT,
    )
    row = _HEADER_ROW + 1
    lines = sorted({(b.entity, b.parameter) for y in years for b in y.budgets})
    if not lines:
        sheet.put(row, 1, _r("none", lang))
        row += 1
    series = []
    for entity, parameter in lines:
        found = [
            next((b for b in y.budgets if (b.entity, b.parameter) == (entity, parameter)), None)
            for y in years
        ]
        first = next(b for b in found if b is not None)
        series.append(row)
        label = _marked(first.label(lang), [b.reading for b in found if b is not None], marks)
        sheet.line(row, label, [None if b is None else b.amount for b in found], MONEY_FORMAT)
        sheet.put(row, len(years) + 3, text("budget_kind." + first.kind.value, lang))
        sheet.put(row, len(years) + 4, entity)
        row += 1
    if lines:
        totals = [y.budget() for y in years]
        row = sheet.line(row, _x("total", lang), totals, MONEY_FORMAT, bold=True)
        _chart(sheet, _x("chart_2a", lang), series, len(years), "EUR", row, lang)
    sheet.finish(f"B{_HEADER_ROW + 1}")


def _material_sheet(book: Book, report: Report, lang: str) -> None:
    years = report.years
    sheet = book.sheet(_x("sheet_2b", lang), _r("q2b", lang))
    sheet.header(_HEADER_ROW, [_x("item", lang), *(y.year for y in years)], YEAR_FORMAT)
    row = _HEADER_ROW + 1
    codes = sorted({m.item for y in years for m in y.material})
    labels = {m.item: m.label(lang) for y in years for m in y.material}
    per_item = [[{m.item: m for m in y.material}.get(code) for y in years] for code in codes]
    if not codes:
        sheet.put(row, 1, _r("none", lang))
        row += 1
    series = []
    for block, measure, number_format in (
        ("persons", "persons", COUNT_FORMAT),
        ("requests", "requests", COUNT_FORMAT),
        ("spending", "spending", MONEY_FORMAT),
        ("not_conforming", "not_conforming", COUNT_FORMAT),
    ):
        if not codes:
            break
        sheet.put(row, 1, _r(block, lang), bold=True)
        row += 1
        for code, found in zip(codes, per_item, strict=True):
            if block == "persons":
                series.append(row)
            values = [None if m is None else getattr(m, measure) for m in found]
            row = sheet.line(row, labels[code], values, number_format, indent=1)
    if codes:
        for label, counts in (
            ("persons_total", [y.material_persons for y in years]),
            ("requests_total", [y.material_requests() for y in years]),
        ):
            row = sheet.line(row, _x(label, lang), counts, COUNT_FORMAT, bold=True)
        row = sheet.line(
            row,
            _x("spending", lang),
            [y.material_spending() for y in years],
            MONEY_FORMAT,
            bold=True,
        )
        _chart(sheet, _x("chart_2b", lang), series, len(years), _r("persons", lang), row, lang)
    sheet.finish(f"B{_HEADER_ROW + 1}")
    _refused_sheet(book, report, labels, lang)


def _refused_sheet(book: Book, report: Report, labels: Mapping[str, str], lang: str) -> None:
    """Every material request that did not meet the conditions, with the reasons."""
    sheet = book.sheet(_x("sheet_2b_refused", lang), _x("refused", lang))
    row = _HEADER_ROW
    sheet.header(
        row,
        [_x(key, lang) for key in ("year", "employee", "item", "requested_on", "cost", "reasons")],
    )
    row += 1
    refused = [(y.year, r) for y in report.years for r in y.refused]
    if not refused:
        sheet.put(row, 1, _r("none", lang))
    for year, r in refused:
        reasons = [s.text(lang) for s in r.decision.steps if s.code.endswith(REFUSAL_ENDINGS)]
        sheet.put(row, 1, year, YEAR_FORMAT)
        sheet.put(row, 2, r.request.employee_id)
        sheet.put(row, 3, labels.get(r.request.item, r.request.item))
        sheet.put(row, 4, r.request.requested_on, DATE_FORMAT)
        sheet.put(row, 5, r.request.cost, MONEY_FORMAT)
        sheet.put(row, 6, "\n".join(reasons), wrap=True)
        row += 1
    sheet.finish(f"A{_HEADER_ROW + 1}", auto_filter=True)


_TERM: Final = re.compile(r"^([^:]{1,80}): (.+)$", re.DOTALL)


def _definitions_sheet(book: Book, report: Report, lang: str, marks: Marks) -> None:
    sheet = book.sheet(_x("definitions", lang), _x("definitions", lang))
    sheet.header(_HEADER_ROW, [_x("term", lang), _x("definition", lang)])
    row = _HEADER_ROW + 1
    for texts in DEFINITIONS.values():
        found = _TERM.match(texts[lang])  # every definition reads "Term: what it is."
        term, definition = found.groups() if found else ("", texts[lang])
        sheet.put(row, 1, term)
        sheet.put(row, 2, definition[:1].upper() + definition[1:], wrap=True)
        row += 1
    if marks:
        row += 1
        sheet.put(row, 1, _x("readings", lang), bold=True, measure=False)
        row += 1
        sheet.put(row, 1, _x("mark", lang), bold=True)
        sheet.put(row, 2, _x("reading", lang), bold=True)
        row += 1
        for reading, number in marks.items():
            sheet.put(row, 1, f"({number})")
            origin = reading.citation.source.title(lang)
            sheet.put(
                row,
                2,
                f"{reading.label(lang)}: {reading.reading(lang)} ({_x('source', lang)}: {origin})",
                wrap=True,
            )
            row += 1
    if report.beyond_review:
        row += 1
        sheet.put(row, 1, _x("review", lang), bold=True)
        sheet.put(row, 2, review_note(report, lang), wrap=True)
        row += 1
    row += 1
    sheet.put(row, 1, _x("sources", lang), bold=True, measure=False)
    row += 1
    sheet.put(row, 1, _x("date", lang), bold=True)
    sheet.put(row, 2, _x("source_title", lang), bold=True)
    row += 1
    for source in load_sources().values():
        sheet.put(row, 1, source.date, DATE_FORMAT)
        sheet.put(row, 2, source.title(lang), wrap=True)
        web = source.url.startswith(("https://", "http://"))
        sheet.put(row + 1, 2, source.url, link=source.url if web else None, measure=False)
        row += 2
    sheet.finish(f"A{_HEADER_ROW + 1}")


def write_report_xlsx(report: Report, path: Path, *, lang: str = "nl") -> None:
    """Write ``report`` as a workbook to ``path``, whole or not at all.

    Args:
        report: the report, from :func:`~teleworkrules.results.report.build_report`.
        path: the ``.xlsx`` file to write (replaced if it exists).
        lang: ``nl`` (default) or ``en``.

    Raises:
        XlsxUnavailableError: openpyxl is not installed.
        InvalidFactError: ``lang`` is neither ``nl`` nor ``en``.
    """
    check_lang(lang)
    title = text(
        "report.title",
        lang,
        start=report.start,
        end=report.end,
        known_on=report.known_on.isoformat(),
        entities=", ".join(report.entities),
    )
    book = Book(title, known_on=report.known_on, lang=lang)
    marks = {reading: number for number, reading in enumerate(report.readings, start=1)}
    answer_sheet(book, report, lang, marks, _x("definitions", lang))
    _staff_sheet(book, report, lang)
    _cost_sheet(book, report, lang, marks)
    _budget_sheet(book, report, lang, marks)
    _material_sheet(book, report, lang)
    _definitions_sheet(book, report, lang, marks)
    skipped_sheet(book, report.skipped, lang)
    book.save(Path(path))
