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

Each sheet starts with a title naming the period, the entities and the "as known on" date.
Numbers are numbers with their formats, texts are guarded against formulas, and the file
is written whole or not at all (see :mod:`teleworkrules.outputs.workbook`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Final

from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang, text
from teleworkrules.law.sources import load_sources
from teleworkrules.money import ZERO
from teleworkrules.outputs._words import allowance_label
from teleworkrules.outputs.report_data import DEFINITIONS, REFUSAL_ENDINGS
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
from teleworkrules.results.report import Report, YearFigures

__all__ = ["write_report_xlsx"]

_HEADER_ROW: Final = 4


def _x(key: str, lang: str) -> str:
    """A text of the report workbook."""
    return text("xlsx." + key, lang)


def _r(key: str, lang: str) -> str:
    """A text the workbook shares with the report's table."""
    return text("report." + key, lang)


def _years_header(sheet: Sheet, years: Sequence[YearFigures], lang: str) -> int:
    """The year columns and their months; returns the first row below them."""
    sheet.header(_HEADER_ROW, [_x("year", lang), *(y.year for y in years)], YEAR_FORMAT)
    sheet.put(_HEADER_ROW + 1, 1, _r("months", lang))
    for column, y in enumerate(years, start=2):
        sheet.put(_HEADER_ROW + 1, column, f"{y.first.month:02d}-{y.last.month:02d}")
    return _HEADER_ROW + 2


def _chart(sheet: Sheet, title: str, rows: Sequence[int], years: int, axis: str, lang: str) -> None:
    sheet.chart(title, rows, years, header_row=_HEADER_ROW, axes=(_x("year", lang), axis))


def _staff_sheet(book: Book, report: Report, lang: str) -> None:
    years = report.years
    sheet = book.sheet(_x("sheet_1a", lang), _r("q1a", lang))
    row = _years_header(sheet, years, lang)
    series = [row]
    row = sheet.line(row, _r("staff", lang), [y.staff for y in years], COUNT_FORMAT)
    row = sheet.line(
        row, _r("headcount", lang), [y.average_headcount for y in years], DECIMAL_FORMAT
    )

    def pct(value: Decimal | None) -> Decimal | None:
        return None if value is None else value / 100

    for allowance in Allowance:
        series.append(row)
        name = f"{allowance_label(allowance, lang)}: {_r('persons', lang)}"
        row = sheet.line(row, name, [y[allowance].persons for y in years], COUNT_FORMAT)
        for label, values, number_format in (
            (_x("share", lang), [pct(y.share(allowance)) for y in years], PERCENT_FORMAT),
            (
                _x("share_hc", lang),
                [pct(y.share_of_headcount(allowance)) for y in years],
                PERCENT_FORMAT,
            ),
            (_r("person_months", lang), [y[allowance].person_months for y in years], COUNT_FORMAT),
        ):
            row = sheet.line(row, label, values, number_format, indent=1)
    sheet.line(row, _x("switched", lang), [y.switched for y in years], COUNT_FORMAT)
    _chart(sheet, _x("chart_1a", lang), series, len(years), _r("persons", lang), lang)
    sheet.finish("B6")


def _cost_sheet(book: Book, report: Report, lang: str) -> None:
    years = report.years
    sheet = book.sheet(_x("sheet_1b", lang), _r("q1b", lang))
    row = _years_header(sheet, years, lang)
    series = []
    for allowance in (Allowance.INTERNET_FORFAIT, Allowance.HOME_WORKING):
        name = allowance_label(allowance, lang)
        series.append(row)
        row = sheet.line(
            row,
            f"{name}, {_x('accrual', lang)}",
            [y[allowance].amount for y in years],
            MONEY_FORMAT,
        )
        row = sheet.line(
            row, f"{name}, {_x('cash', lang)}", [y[allowance].paid for y in years], MONEY_FORMAT
        )
    third = Allowance.INTERNET_THIRD_PARTY
    name = allowance_label(third, lang)
    series.append(row)
    row = sheet.line(
        row,
        f"{name}, {_r('employer', lang)}",
        [y[third].employer_cost for y in years],
        MONEY_FORMAT,
    )
    sheet.line(
        row, f"{name}, {_x('bik', lang)}", [y[third].benefit_in_kind for y in years], MONEY_FORMAT
    )
    _chart(sheet, _x("chart_1b", lang), series, len(years), "EUR", lang)
    sheet.finish("B6")


def _budget_sheet(book: Book, report: Report, lang: str) -> None:
    years = report.years
    sheet = book.sheet(_x("sheet_2a", lang), _r("q2a", lang))
    sheet.header(
        _HEADER_ROW,
        [
            _x("budget", lang),
            _x("entity", lang),
            _x("kind", lang),
            *(y.year for y in years),
        ],
        YEAR_FORMAT,
    )
    row = _HEADER_ROW + 1
    lines = sorted({(b.entity, b.parameter) for y in years for b in y.budgets})
    if not lines:
        sheet.put(row, 1, _r("none", lang))
    for entity, parameter in lines:
        found = [
            next((b for b in y.budgets if (b.entity, b.parameter) == (entity, parameter)), None)
            for y in years
        ]
        first = next(b for b in found if b is not None)
        sheet.put(row, 1, first.label(lang))
        sheet.put(row, 2, entity)
        sheet.put(row, 3, text("budget_kind." + first.kind.value, lang))
        for column, budget in enumerate(found, start=4):
            sheet.put(row, column, None if budget is None else budget.amount, MONEY_FORMAT)
        row += 1
    if lines:
        totals = [sum((b.amount for b in y.budgets), ZERO) for y in years]
        sheet.line(row, _x("total", lang), totals, MONEY_FORMAT, bold=True, first=4)
    sheet.finish(f"D{_HEADER_ROW + 1}")


def _material_sheet(book: Book, report: Report, lang: str) -> None:
    sheet = book.sheet(_x("sheet_2b", lang), _r("q2b", lang))
    sheet.header(
        _HEADER_ROW,
        [
            _x("year", lang),
            _x("item", lang),
            _r("requests", lang),
            _r("persons", lang),
            _x("spending", lang),
            _r("not_conforming", lang),
        ],
    )
    row = _HEADER_ROW + 1
    items = [(y.year, m) for y in report.years for m in y.material]
    if not items:
        sheet.put(row, 1, _r("none", lang))
        row += 1
    for year, m in items:
        sheet.put(row, 1, year, YEAR_FORMAT)
        sheet.put(row, 2, m.item)
        sheet.put(row, 3, m.requests, COUNT_FORMAT)
        sheet.put(row, 4, m.persons, COUNT_FORMAT)
        sheet.put(row, 5, m.spending, MONEY_FORMAT)
        sheet.put(row, 6, m.not_conforming, COUNT_FORMAT)
        row += 1
    row += 1
    sheet.put(row, 1, _x("refused", lang), bold=True, measure=False)
    row += 1
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
        sheet.put(row, 3, r.request.item)
        sheet.put(row, 4, r.request.requested_on, DATE_FORMAT)
        sheet.put(row, 5, r.request.cost, MONEY_FORMAT)
        sheet.put(row, 6, "\n".join(reasons), wrap=True)
        row += 1
    sheet.finish(f"A{_HEADER_ROW + 1}")


def _definitions_sheet(book: Book, lang: str) -> None:
    sheet = book.sheet(_x("definitions", lang), _x("definitions", lang))
    sheet.header(_HEADER_ROW, [_x("term", lang), _x("definition", lang)])
    row = _HEADER_ROW + 1
    for key, texts in DEFINITIONS.items():
        sheet.put(row, 1, key)
        sheet.put(row, 2, texts[lang], wrap=True)
        row += 1
    row += 1
    sheet.put(row, 1, _x("sources", lang), bold=True, measure=False)
    row += 1
    sheet.header(row, [_x(key, lang) for key in ("id", "source_title", "date", "url")])
    row += 1
    for source in load_sources().values():
        sheet.put(row, 1, source.id)
        sheet.put(row, 2, source.title(lang), wrap=True)
        sheet.put(row, 3, source.date, DATE_FORMAT)
        web = source.url.startswith(("https://", "http://"))
        sheet.put(row, 4, source.url, link=source.url if web else None)
        row += 1
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
    book = Book(title)
    _staff_sheet(book, report, lang)
    _cost_sheet(book, report, lang)
    _budget_sheet(book, report, lang)
    _material_sheet(book, report, lang)
    _definitions_sheet(book, lang)
    skipped_sheet(book, report.skipped, lang)
    book.save(Path(path))
