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
  :data:`~teleworkrules.results.report.DEFINITIONS` and the legal sources.

Each sheet starts with a title naming the period, the entities and the "as known on" date.
Counts are whole numbers, money exact decimals shown as euro (:data:`MONEY_FORMAT`),
shares numbers shown as percentages (:data:`PERCENT_FORMAT`).

Formula injection: every text is written as a text cell, never as a formula, and a text
that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
single quote ``'`` (OWASP's recommendation for spreadsheet exports). The quote is visible
and part of the value on purpose: it survives copying the cell and saving the sheet as
CSV, where a text cell type would be lost.

The workbook is written next to its destination and renamed into place, so a failure
never leaves a half-written file. :func:`dump_xlsx` prints a workbook as plain text for
golden-file tests.

References:
    https://owasp.org/www-community/attacks/CSV_Injection
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Final

from teleworkrules.exceptions import DatasetError
from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang
from teleworkrules.inputs.xlsx_files import check_archive, openpyxl_module
from teleworkrules.law.entities import BudgetKind
from teleworkrules.law.sources import load_sources
from teleworkrules.money import ZERO
from teleworkrules.outputs.files import publish
from teleworkrules.outputs.report_data import LABELS
from teleworkrules.results.report import DEFINITIONS, Report, YearFigures

__all__ = [
    "COUNT_FORMAT",
    "DATE_FORMAT",
    "MONEY_FORMAT",
    "PERCENT_FORMAT",
    "dump_xlsx",
    "write_report_xlsx",
]

COUNT_FORMAT: Final = "#,##0"
"""The number format of counts (persons, person-months, requests)."""
MONEY_FORMAT: Final = '"EUR" #,##0.00'
"""The number format of amounts in euro (the spreadsheet's locale picks the separators)."""
PERCENT_FORMAT: Final = "0.0%"
"""The number format of shares (written as fractions: 12.5 % is 0.125)."""
DATE_FORMAT: Final = "yyyy-mm-dd"
"""The number format of dates."""
_DECIMAL_FORMAT: Final = "#,##0.00"
_YEAR_FORMAT: Final = "0"

_TEXT: Final[Mapping[str, Mapping[str, str]]] = {
    **LABELS,
    "sheet_1a": {"en": "1a Staff", "nl": "1a Personeel"},
    "sheet_1b": {"en": "1b Cost", "nl": "1b Kosten"},
    "sheet_2a": {"en": "2a Budgets", "nl": "2a Budgetten"},
    "sheet_2b": {"en": "2b Material", "nl": "2b Materiaal"},
    "sheet_definitions": {"en": "Definitions", "nl": "Definities"},
    "refused": {
        "en": "Requests that did not meet the catalogue's conditions",
        "nl": "Aanvragen die niet aan de voorwaarden van de catalogus voldeden",
    },
    "definitions": {"en": "Definitions", "nl": "Definities"},
    "sources": {"en": "Legal sources", "nl": "Wettelijke bronnen"},
    "year": {"en": "year", "nl": "jaar"},
    "share": {"en": "% of staff in service", "nl": "% van personeel in dienst"},
    "share_hc": {"en": "% of average headcount", "nl": "% van gemiddelde bezetting"},
    "switched": {"en": "switched route: persons", "nl": "van route gewisseld: personen"},
    "accrual": {"en": "accrual basis", "nl": "transactiebasis"},
    "cash": {"en": "cash basis (paid)", "nl": "kasbasis (betaald)"},
    "bik": {"en": "benefit in kind", "nl": "voordeel van alle aard"},
    "budget": {"en": "budget", "nl": "budget"},
    "entity": {"en": "entity", "nl": "entiteit"},
    "kind": {"en": "kind", "nl": "soort"},
    BudgetKind.STRUCTURAL.value: {"en": "structural", "nl": "structureel"},
    BudgetKind.ONE_OFF.value: {"en": "one-off", "nl": "eenmalig"},
    "total": {"en": "total", "nl": "totaal"},
    "item": {"en": "item", "nl": "artikel"},
    "spending": {"en": "spending (EUR)", "nl": "uitgaven (EUR)"},
    "employee": {"en": "staff member", "nl": "personeelslid"},
    "requested_on": {"en": "requested on", "nl": "aangevraagd op"},
    "cost": {"en": "cost (EUR)", "nl": "kost (EUR)"},
    "reasons": {"en": "reasons", "nl": "redenen"},
    "term": {"en": "term", "nl": "begrip"},
    "definition": {"en": "definition", "nl": "definitie"},
    "id": {"en": "id", "nl": "id"},
    "source_title": {"en": "title", "nl": "titel"},
    "date": {"en": "date", "nl": "datum"},
    "url": {"en": "address", "nl": "adres"},
    "chart_1a": {
        "en": "Persons per allowance and year",
        "nl": "Personen per vergoeding en jaar",
    },
    "chart_1b": {
        "en": "Cost per year, accrual basis (EUR)",
        "nl": "Kosten per jaar, transactiebasis (EUR)",
    },
    Allowance.INTERNET_FORFAIT.value: {"en": "internet forfait", "nl": "internet forfait"},
    Allowance.INTERNET_THIRD_PARTY.value: {
        "en": "internet third-party payer",
        "nl": "internet derdebetaler",
    },
    Allowance.HOME_WORKING.value: {"en": "home-working allowance", "nl": "thuiswerkvergoeding"},
}

# The steps of a material decision that stand in the way (as in the JSON's refused_material).
_REFUSAL_CODES: Final = (
    "not_met",
    "missing",
    "not_in_service",
    "unknown_item",
    "not_yet_available",
)

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
# Control characters a workbook cannot hold (XML 1.0 forbids them; tab, LF and CR are fine).
_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_HEADER_ROW: Final = 4
_MIN_WIDTH: Final = 8
_MAX_WIDTH: Final = 80
_WRAPPED_WIDTH: Final = 100

_Value = str | int | Decimal | date | None


def _t(key: str, lang: str) -> str:
    return _TEXT[key][lang]


def _neutralise(text: str) -> str:
    """``text`` made safe for a text cell: no control characters, no formula start.

    >>> print(_neutralise('=HYPERLINK("http://x", "click")'))
    '=HYPERLINK("http://x", "click")
    >>> print(_neutralise("E001"))
    E001
    """
    text = _ILLEGAL.sub("\ufffd", text)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _width(value: _Value, number_format: str | None) -> int:
    """How many characters ``value`` takes on screen, roughly."""
    if value is None:
        return 0
    if isinstance(value, str):
        return max(map(len, value.splitlines() or [""]))
    if isinstance(value, date):
        return 10
    if number_format == PERCENT_FORMAT:
        return 7
    if number_format == MONEY_FORMAT:
        return len(f"{value:,.2f}") + 4
    return len(f"{value:,}")


class Book:
    """A workbook being written: openpyxl, its styles and the report's title."""

    def __init__(self, title: str, lang: str) -> None:
        self.xl = openpyxl_module(reading=False)
        self.lang = lang
        self.workbook = self.xl.Workbook()
        self.workbook.remove(self.workbook.active)
        self.title = title
        self.workbook.properties.creator = "teleworkrules"
        self.workbook.properties.title = self.title
        self.bold = self.xl.styles.Font(bold=True)
        self.big = self.xl.styles.Font(bold=True, size=13)

    def save(self, path: Path) -> None:
        """Save to a temporary file next to ``path``, then rename it into place."""
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".part"
        )
        os.close(handle)
        try:
            self.workbook.save(temporary)
            publish(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def sheet(self, title_key: str, heading_key: str) -> Sheet:
        """A new sheet with the title row and the question as heading."""
        return self.named_sheet(_t(title_key, self.lang), _t(heading_key, self.lang))

    def named_sheet(self, name: str, heading: str) -> Sheet:
        """A new sheet called ``name`` with the title row and ``heading``."""
        sheet = Sheet(self, name)
        sheet.put(1, 1, self.title, measure=False, big=True)
        sheet.put(2, 1, heading, bold=True, measure=False)
        return sheet


class Sheet:
    """One worksheet being written, with the widths its columns need."""

    def __init__(self, book: Book, title: str) -> None:
        self.book = book
        self.ws = book.workbook.create_sheet(title)
        self.widths: dict[int, int] = {}
        self.wrapped: set[int] = set()

    def put(
        self,
        row: int,
        column: int,
        value: _Value,
        number_format: str | None = None,
        *,
        bold: bool = False,
        indent: int = 0,
        wrap: bool = False,
        measure: bool = True,
        big: bool = False,
        link: str | None = None,
    ) -> None:
        """Write one cell; text is neutralised and always a text cell."""
        cell = self.ws.cell(row=row, column=column)
        if isinstance(value, str):
            cell.value = _neutralise(value)
            # openpyxl would store "=..." as a formula and "#N/A" as an error value.
            cell.data_type = "s"
        else:
            cell.value = value
        if number_format is not None:
            cell.number_format = number_format
        if bold or big:
            cell.font = self.book.big if big else self.book.bold
        if link is not None:
            cell.hyperlink = link
            cell.style = "Hyperlink"
        if indent or wrap:
            cell.alignment = self.book.xl.styles.Alignment(
                indent=indent, wrap_text=wrap, vertical="top"
            )
        if wrap:
            self.wrapped.add(column)
        if measure:
            self.widths[column] = max(
                self.widths.get(column, 0), _width(value, number_format) + indent * 2
            )

    def header(self, row: int, labels: Sequence[_Value], number_format: str | None = None) -> None:
        """A bold header row from column A."""
        for column, label in enumerate(labels, start=1):
            fmt = number_format if isinstance(label, int) else None
            self.put(row, column, label, fmt, bold=True)

    def years_header(self, years: Sequence[YearFigures]) -> int:
        """The year columns and their months; returns the first row below them."""
        self.header(
            _HEADER_ROW, [_t("year", self.book.lang), *(y.year for y in years)], _YEAR_FORMAT
        )
        self.put(_HEADER_ROW + 1, 1, _t("months", self.book.lang))
        for column, y in enumerate(years, start=2):
            self.put(_HEADER_ROW + 1, column, f"{y.first.month:02d}-{y.last.month:02d}")
        return _HEADER_ROW + 2

    def line(
        self,
        row: int,
        label: str,
        values: Sequence[_Value],
        number_format: str,
        *,
        indent: int = 0,
        bold: bool = False,
        first: int = 2,
    ) -> int:
        """A labelled row of values from column ``first``; returns the next row."""
        self.put(row, 1, label, indent=indent, bold=bold)
        for column, value in enumerate(values, start=first):
            self.put(row, column, value, number_format, bold=bold)
        return row + 1

    def chart(self, title: str, rows: Sequence[int], years: int, axis: str) -> None:
        """A clustered bar chart of ``rows`` (one series each) against the year columns."""
        charts = self.book.xl.chart
        chart = charts.BarChart()
        chart.type = "col"
        chart.grouping = "clustered"
        chart.title = title
        chart.x_axis.title = _t("year", self.book.lang)
        chart.y_axis.title = axis
        # Recent Excel hides axes whose "delete" flag is left unset.
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        for row in rows:
            values = charts.Reference(
                self.ws, min_col=1, max_col=years + 1, min_row=row, max_row=row
            )
            chart.add_data(values, from_rows=True, titles_from_data=True)
        chart.set_categories(
            charts.Reference(
                self.ws, min_col=2, max_col=years + 1, min_row=_HEADER_ROW, max_row=_HEADER_ROW
            )
        )
        chart.width = 18
        chart.height = 9
        anchor = f"{self.book.xl.utils.get_column_letter(years + 3)}{_HEADER_ROW}"
        self.ws.add_chart(chart, anchor)

    def finish(self, freeze: str) -> None:
        """Freeze the header panes and size the columns."""
        self.ws.freeze_panes = freeze
        letter = self.book.xl.utils.get_column_letter
        for column, width in self.widths.items():
            size = _WRAPPED_WIDTH if column in self.wrapped else min(width + 2, _MAX_WIDTH)
            self.ws.column_dimensions[letter(column)].width = max(size, _MIN_WIDTH)


def _staff_sheet(book: Book, report: Report) -> None:
    lang = book.lang
    years = report.years
    sheet = book.sheet("sheet_1a", "q1a")
    row = sheet.years_header(years)
    series = [row]
    row = sheet.line(row, _t("staff", lang), [y.staff for y in years], COUNT_FORMAT)
    row = sheet.line(
        row, _t("headcount", lang), [y.average_headcount for y in years], _DECIMAL_FORMAT
    )

    def pct(value: Decimal | None) -> Decimal | None:
        return None if value is None else value / 100

    for allowance in Allowance:
        series.append(row)
        name = f"{_t(allowance.value, lang)}: {_t('persons', lang)}"
        row = sheet.line(row, name, [y[allowance].persons for y in years], COUNT_FORMAT)
        for label, values, number_format in (
            ("share", [pct(y.share(allowance)) for y in years], PERCENT_FORMAT),
            ("share_hc", [pct(y.share_of_headcount(allowance)) for y in years], PERCENT_FORMAT),
            ("person_months", [y[allowance].person_months for y in years], COUNT_FORMAT),
        ):
            row = sheet.line(row, _t(label, lang), values, number_format, indent=1)
    sheet.line(row, _t("switched", lang), [y.switched for y in years], COUNT_FORMAT)
    sheet.chart(_t("chart_1a", lang), series, len(years), _t("persons", lang))
    sheet.finish("B6")


def _cost_sheet(book: Book, report: Report) -> None:
    lang = book.lang
    years = report.years
    sheet = book.sheet("sheet_1b", "q1b")
    row = sheet.years_header(years)
    series = []
    for allowance in (Allowance.INTERNET_FORFAIT, Allowance.HOME_WORKING):
        name = _t(allowance.value, lang)
        series.append(row)
        row = sheet.line(
            row,
            f"{name}, {_t('accrual', lang)}",
            [y[allowance].amount for y in years],
            MONEY_FORMAT,
        )
        row = sheet.line(
            row, f"{name}, {_t('cash', lang)}", [y[allowance].paid for y in years], MONEY_FORMAT
        )
    third = Allowance.INTERNET_THIRD_PARTY
    name = _t(third.value, lang)
    series.append(row)
    row = sheet.line(
        row,
        f"{name}, {_t('employer', lang)}",
        [y[third].employer_cost for y in years],
        MONEY_FORMAT,
    )
    sheet.line(
        row, f"{name}, {_t('bik', lang)}", [y[third].benefit_in_kind for y in years], MONEY_FORMAT
    )
    sheet.chart(_t("chart_1b", lang), series, len(years), "EUR")
    sheet.finish("B6")


def _budget_sheet(book: Book, report: Report) -> None:
    lang = book.lang
    years = report.years
    sheet = book.sheet("sheet_2a", "q2a")
    sheet.header(
        _HEADER_ROW,
        [
            _t("budget", lang),
            _t("entity", lang),
            _t("kind", lang),
            *(y.year for y in years),
        ],
        _YEAR_FORMAT,
    )
    row = _HEADER_ROW + 1
    lines = sorted({(b.entity, b.parameter) for y in years for b in y.budgets})
    if not lines:
        sheet.put(row, 1, _t("none", lang))
    for entity, parameter in lines:
        found = [
            next((b for b in y.budgets if (b.entity, b.parameter) == (entity, parameter)), None)
            for y in years
        ]
        first = next(b for b in found if b is not None)
        sheet.put(row, 1, first.label(lang))
        sheet.put(row, 2, entity)
        sheet.put(row, 3, _t(first.kind.value, lang))
        for column, budget in enumerate(found, start=4):
            sheet.put(row, column, None if budget is None else budget.amount, MONEY_FORMAT)
        row += 1
    if lines:
        totals = [sum((b.amount for b in y.budgets), ZERO) for y in years]
        sheet.line(row, _t("total", lang), totals, MONEY_FORMAT, bold=True, first=4)
    sheet.finish(f"D{_HEADER_ROW + 1}")


def _material_sheet(book: Book, report: Report) -> None:
    lang = book.lang
    sheet = book.sheet("sheet_2b", "q2b")
    sheet.header(
        _HEADER_ROW,
        [
            _t(key, lang)
            for key in ("year", "item", "requests", "persons", "spending", "not_conforming")
        ],
    )
    row = _HEADER_ROW + 1
    items = [(y.year, m) for y in report.years for m in y.material]
    if not items:
        sheet.put(row, 1, _t("none", lang))
        row += 1
    for year, m in items:
        sheet.put(row, 1, year, _YEAR_FORMAT)
        sheet.put(row, 2, m.item)
        sheet.put(row, 3, m.requests, COUNT_FORMAT)
        sheet.put(row, 4, m.persons, COUNT_FORMAT)
        sheet.put(row, 5, m.spending, MONEY_FORMAT)
        sheet.put(row, 6, m.not_conforming, COUNT_FORMAT)
        row += 1
    row += 1
    sheet.put(row, 1, _t("refused", lang), bold=True, measure=False)
    row += 1
    sheet.header(
        row,
        [_t(key, lang) for key in ("year", "employee", "item", "requested_on", "cost", "reasons")],
    )
    row += 1
    refused = [(y.year, r) for y in report.years for r in y.refused]
    if not refused:
        sheet.put(row, 1, _t("none", lang))
    for year, r in refused:
        reasons = [s.text(lang) for s in r.decision.steps if s.code.endswith(_REFUSAL_CODES)]
        sheet.put(row, 1, year, _YEAR_FORMAT)
        sheet.put(row, 2, r.request.employee_id)
        sheet.put(row, 3, r.request.item)
        sheet.put(row, 4, r.request.requested_on, DATE_FORMAT)
        sheet.put(row, 5, r.request.cost, MONEY_FORMAT)
        sheet.put(row, 6, "\n".join(reasons), wrap=True)
        row += 1
    sheet.finish(f"A{_HEADER_ROW + 1}")


def _definitions_sheet(book: Book) -> None:
    lang = book.lang
    sheet = book.sheet("sheet_definitions", "definitions")
    sheet.header(_HEADER_ROW, [_t("term", lang), _t("definition", lang)])
    row = _HEADER_ROW + 1
    for key, text in DEFINITIONS.items():
        sheet.put(row, 1, key)
        sheet.put(row, 2, text[lang], wrap=True)
        row += 1
    row += 1
    sheet.put(row, 1, _t("sources", lang), bold=True, measure=False)
    row += 1
    sheet.header(row, [_t(key, lang) for key in ("id", "source_title", "date", "url")])
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
    path = Path(path)
    title = _t("title", lang).format(
        start=report.start,
        end=report.end,
        known_on=report.known_on.isoformat(),
        entities=", ".join(report.entities),
    )
    book = Book(title, lang)
    _staff_sheet(book, report)
    _cost_sheet(book, report)
    _budget_sheet(book, report)
    _material_sheet(book, report)
    _definitions_sheet(book)
    book.save(path)


def _dump_value(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, str):
        return repr(value)
    return str(value)


def _chart_title(title: object) -> str:
    """The text of a chart title as read back (rich text runs)."""
    if title is None:
        return ""
    if isinstance(title, str):
        return title
    rich = getattr(getattr(title, "tx", None), "rich", None)
    if rich is None:
        return ""
    return "".join(run.t or "" for paragraph in rich.p for run in (paragraph.r or ()))


def _reference(source: object) -> str:
    for kind in ("numRef", "strRef"):
        ref = getattr(source, kind, None)
        if ref is not None:
            return str(ref.f)
    return "?"


def dump_xlsx(path: Path) -> str:
    """A workbook as deterministic plain text, for golden-file tests.

    One block per sheet: its name, its frozen panes, every non-empty cell as
    ``A1: value [number format]`` (text quoted, dates ISO), then its charts with their
    type, title, anchor and series.

    Raises:
        XlsxUnavailableError: openpyxl or defusedxml is not installed.
        DatasetError: the file is no workbook, or would unpack to too much (as when reading
            a dataset).
    """
    xl = openpyxl_module(reading=True)
    path = Path(path)
    refused = check_archive(path)
    if refused is not None:
        raise DatasetError(str(path), [refused])
    workbook = xl.load_workbook(path)
    lines: list[str] = []
    try:
        for ws in workbook.worksheets:
            lines.append(f"== {ws.title}")
            if ws.freeze_panes:
                lines.append(f"freeze: {ws.freeze_panes}")
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is None:
                        continue
                    lines.append(
                        f"{cell.coordinate}: {_dump_value(cell.value)} [{cell.number_format}]"
                    )
            # openpyxl keeps a sheet's charts in the private list _charts (no public API).
            for chart in ws._charts:
                marker = chart.anchor._from
                anchor = f"{xl.utils.get_column_letter(marker.col + 1)}{marker.row + 1}"
                lines.append(
                    f"chart: {type(chart).__name__} {_chart_title(chart.title)!r} at {anchor}"
                )
                for series in chart.series:
                    title = _reference(series.tx) if series.tx is not None else ""
                    lines.append(
                        f"  series {title}: {_reference(series.val)} by {_reference(series.cat)}"
                    )
    finally:
        workbook.close()
    return "\n".join(lines) + "\n"
