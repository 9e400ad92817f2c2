"""A small toolkit for writing Excel workbooks with openpyxl (the ``xlsx`` extra).

:class:`Book` is a workbook being written, with a title on every sheet; :class:`Sheet`
writes cells, rows, headers and bar charts and sizes its columns. Counts are whole
numbers, money exact decimals shown as euro (:data:`MONEY_FORMAT`), shares fractions
shown as percentages (:data:`PERCENT_FORMAT`), dates dates (:data:`DATE_FORMAT`).

Formula injection: every text is written as a text cell, never as a formula, and passes
the one formula guard :func:`~teleworkrules.outputs.files.neutralise`; control characters
a workbook cannot hold are replaced (:func:`cell_text`). The workbook is written whole or
not at all (:func:`~teleworkrules.outputs.files.save_workbook`).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from teleworkrules._openpyxl import openpyxl_module
from teleworkrules.i18n import check_lang
from teleworkrules.outputs._page import print_page, print_sheet
from teleworkrules.outputs.files import neutralise, save_workbook

__all__ = [
    "COUNT_FORMAT",
    "DATE_FORMAT",
    "DECIMAL_FORMAT",
    "MONEY_FORMAT",
    "PERCENT_FORMAT",
    "YEAR_FORMAT",
    "Book",
    "Sheet",
    "cell_text",
    "print_page",
]

COUNT_FORMAT: Final = "#,##0"
"""The number format of counts (persons, person-months, requests)."""
MONEY_FORMAT: Final = '"EUR" #,##0.00'
"""The number format of amounts in euro (the spreadsheet's locale picks the separators)."""
PERCENT_FORMAT: Final = "0.0%"
"""The number format of shares (written as fractions: 12.5 % is 0.125)."""
DATE_FORMAT: Final = "yyyy-mm-dd"
"""The number format of dates."""
DECIMAL_FORMAT: Final = "#,##0.00"
"""The number format of decimal numbers that are not money (an average headcount)."""
YEAR_FORMAT: Final = "0"
"""The number format of years (no thousands separator)."""

# Control characters a workbook cannot hold (XML 1.0 forbids them; tab, LF and CR are fine).
_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_MIN_WIDTH: Final = 8
_MAX_WIDTH: Final = 80
_WRAPPED_WIDTH: Final = 100
_LINE_HEIGHT: Final = 15  # points: one line of the default 11-point font

Value = str | int | Decimal | date | None
"""What a cell can hold."""


def cell_text(text: str) -> str:
    """``text`` made safe for a text cell: no control characters, no formula start.

    >>> print(cell_text('=HYPERLINK("http://x", "click")'))
    '=HYPERLINK("http://x", "click")
    >>> print(cell_text("E001"))
    E001
    """
    return neutralise(_ILLEGAL.sub("\ufffd", text))


def _width(value: Value, number_format: str | None) -> int:
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
    """A workbook being written: openpyxl, its styles and the title of every sheet.

    Args:
        title: the title on every sheet and in every page header.
        known_on: the day the rules were known on, in every page footer.
        lang: the language of the page footer; without it, pages are numbered "1 / 3".

    Raises:
        XlsxUnavailableError: openpyxl is not installed.
        InvalidFactError: ``lang`` is neither ``nl`` nor ``en``.
    """

    def __init__(
        self, title: str, *, known_on: date | None = None, lang: str | None = None
    ) -> None:
        self.xl = openpyxl_module(reading=False)
        self.workbook = self.xl.Workbook()
        self.workbook.remove(self.workbook.active)
        self.title = title
        self.known_on = known_on
        self.lang = None if lang is None else check_lang(lang)
        self.sheets: list[Sheet] = []
        self.workbook.properties.creator = "teleworkrules"
        self.workbook.properties.title = self.title
        self.bold = self.xl.styles.Font(bold=True)
        self.big = self.xl.styles.Font(bold=True, size=13)

    def save(self, path: Path) -> None:
        """Set up every sheet's pages (:meth:`Sheet.print_setup`), then save to ``path``.

        The file is written whole or not at all.
        """
        for sheet in self.sheets:
            sheet.print_setup()
        save_workbook(self.workbook, path)

    def sheet(self, name: str, heading: str) -> Sheet:
        """A new sheet called ``name`` with the title in row 1 and ``heading`` in row 2."""
        sheet = Sheet(self, name)
        sheet.titled = True
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
        self.lines: dict[int, int] = {}  # row -> lines its wrapped text needs
        self.head: int | None = None  # the first header row
        self.titled = False  # whether rows 1 and 2 hold the title and the heading
        self.heads: dict[int, tuple[int, str]] = {}  # column -> row and label that wrap
        self.charts: list[tuple[int, int, float, float]] = []  # column, row, width, height
        book.sheets.append(self)

    def put(
        self,
        row: int,
        column: int,
        value: Value,
        number_format: str | None = None,
        *,
        bold: bool = False,
        indent: int = 0,
        wrap: bool = False,
        measure: bool = True,
        big: bool = False,
        link: str | None = None,
    ) -> None:
        """Write one cell; text is neutralised (:func:`cell_text`) and always a text cell."""
        cell = self.ws.cell(row=row, column=column)
        if isinstance(value, str):
            cell.value = cell_text(value)
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
            if isinstance(value, str):
                needed = sum(-(-max(len(line), 1) // _WRAPPED_WIDTH) for line in value.splitlines())
                self.lines[row] = max(self.lines.get(row, 1), needed)
        if measure:
            self.widths[column] = max(
                self.widths.get(column, 0), _width(value, number_format) + indent * 2
            )

    def header(
        self,
        row: int,
        labels: Sequence[Value],
        number_format: str | None = None,
        *,
        wrap: bool = False,
    ) -> None:
        """A bold header row from column A (``number_format`` for its numbers).

        The first header row of a sheet is printed on every page (with the rows below it
        that are frozen, see :meth:`finish`). With ``wrap``, a label wraps onto more lines
        rather than widen its column beyond its longest word and the column's values.
        """
        if self.head is None:
            self.head = row
        for column, label in enumerate(labels, start=1):
            fmt = number_format if isinstance(label, int) else None
            folded = wrap and isinstance(label, str)
            self.put(row, column, label, fmt, bold=True, measure=not folded)
            if folded:
                self.heads[column] = (row, str(label))
                longest = max(map(len, str(label).split()), default=0)
                self.widths[column] = max(self.widths.get(column, 0), longest)

    def line(
        self,
        row: int,
        label: str,
        values: Sequence[Value],
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

    def chart(
        self,
        title: str,
        rows: Sequence[int],
        columns: int,
        *,
        header_row: int,
        axes: tuple[str, str],
        anchor: str | None = None,
    ) -> None:
        """A clustered bar chart of ``rows`` (one series each) against columns B onwards.

        Each row is a series named by its column A; the categories are the ``columns``
        cells of ``header_row`` from column B; ``axes`` are the titles of the x and y axis.
        The chart is placed at the cell ``anchor``, by default right of the data, one column
        apart, at ``header_row``; it is always inside the printed area.
        """
        charts = self.book.xl.chart
        chart = charts.BarChart()
        chart.type = "col"
        chart.grouping = "clustered"
        chart.title = title
        chart.x_axis.title, chart.y_axis.title = axes
        # Recent Excel hides axes whose "delete" flag is left unset.
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        for row in rows:
            values = charts.Reference(
                self.ws, min_col=1, max_col=columns + 1, min_row=row, max_row=row
            )
            chart.add_data(values, from_rows=True, titles_from_data=True)
        chart.set_categories(
            charts.Reference(
                self.ws, min_col=2, max_col=columns + 1, min_row=header_row, max_row=header_row
            )
        )
        chart.width = 18
        chart.height = 9
        if anchor is None:
            anchor = f"{self.book.xl.utils.get_column_letter(columns + 3)}{header_row}"
        self.ws.add_chart(chart, anchor)
        letters, number = self.book.xl.utils.cell.coordinate_from_string(anchor)
        column = self.book.xl.utils.column_index_from_string(letters)
        self.charts.append((column, number, chart.width, chart.height))

    def finish(self, freeze: str, *, auto_filter: bool = False) -> None:
        """Freeze the header panes, size the columns and rows.

        With ``auto_filter``, the header row (the first, see :meth:`header`) gets filter
        buttons over the rows below it.
        """
        self.ws.freeze_panes = freeze
        if auto_filter and self.head is not None:
            last = self.book.xl.utils.get_column_letter(self.ws.max_column)
            self.ws.auto_filter.ref = f"A{self.head}:{last}{max(self.ws.max_row, self.head)}"
        letter = self.book.xl.utils.get_column_letter
        for column, width in self.widths.items():
            size = _WRAPPED_WIDTH if column in self.wrapped else min(width + 2, _MAX_WIDTH)
            self.ws.column_dimensions[letter(column)].width = max(size, _MIN_WIDTH)
        for column, (row, label) in self.heads.items():
            width = int(self.ws.column_dimensions[letter(column)].width) - 1  # bold is wider
            self.lines[row] = max(self.lines.get(row, 1), len(textwrap.wrap(label, width)))
            self.ws.cell(row=row, column=column).alignment = self.book.xl.styles.Alignment(
                wrap_text=True, vertical="bottom"
            )
        # Spreadsheet programs do not grow a row for wrapped text written by a program:
        # without a height, the lines of one row print over the next.
        top = self.book.xl.styles.Alignment(vertical="top")
        for row, lines in self.lines.items():
            if lines > 1:
                self.ws.row_dimensions[row].height = _LINE_HEIGHT * lines
                for cell in self.ws[row]:  # a tall row reads from the top, like its text
                    if not cell.alignment.wrap_text and not cell.alignment.indent:
                        cell.alignment = top

    def print_setup(self) -> None:
        """Print the sheet readably (``teleworkrules.outputs._page.print_sheet``).

        :meth:`Book.save` calls it for every sheet.
        """
        print_sheet(
            self.ws,
            title=self.book.title,
            known_on=self.book.known_on,
            lang=self.book.lang,
            head=self.head,
            charts=self.charts,
            titled=self.titled,
        )


def print_as_table(worksheet: Any, *, landscape: bool = False) -> None:  # noqa: ANN401  # openpyxl
    """Print a one-table sheet readably: :func:`print_page` with row 1 on every page."""
    print_page(worksheet, landscape=landscape, title_rows="1:1")
