"""Printed pages of a worksheet: paper, orientation, scale, header rows, header and footer.

:func:`print_page` sets a sheet up to print one page wide on A4 (any worksheet, a
write-only one too); :func:`print_sheet` does it for a sheet written whole, measuring its
columns and charts to choose the orientation and the printed area, and wrapping its title.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Final

from teleworkrules._openpyxl import openpyxl_module
from teleworkrules.i18n import text

__all__ = ["print_page", "print_sheet"]

_A4: Final = 9  # the paper-size code of A4 in the spreadsheet format (ECMA-376)
_LINE_HEIGHT: Final = 15  # points: one line of the default 11-point font
_DEFAULT_WIDTH: Final = 8.43  # characters: a column whose width was never set
_PORTRAIT: Final = 100  # characters of the default font a portrait page holds, about
_HEADER_CHARS: Final = 200  # a page header holds at most 255 characters, codes included
# Rows 1 and 2 of a titled sheet: the title (13 points, bold) and the heading (bold):
# the height of one line, and how much wider than the default font a character is.
_TITLE_ROWS: Final = ((1, 20, 1.35), (2, _LINE_HEIGHT, 1.15))


def _header_text(value: str) -> str:
    """``value`` for a page header: ``&`` escaped, short enough for the header's limit."""
    if len(value) > _HEADER_CHARS:
        value = value[: _HEADER_CHARS - 3] + "..."
    return value.replace("&", "&&")


def print_page(
    worksheet: Any,  # noqa: ANN401  # an openpyxl worksheet, also a write-only one
    *,
    title: str | None = None,
    known_on: date | None = None,
    lang: str | None = None,
    landscape: bool = False,
    title_rows: str | None = None,
) -> None:
    """Print ``worksheet`` readably: A4, one page wide, as many pages down as needed.

    Without it a spreadsheet prints the columns that do not fit on a second set of pages,
    apart from the rows they belong to.

    Args:
        worksheet: the sheet; a write-only one before its first row.
        title: the page header: the workbook's title.
        known_on: in the footer's left: "as known on" this day, in ``lang``.
        lang: the language of the footer; without it pages are numbered "1 / 3".
        landscape: landscape rather than portrait.
        title_rows: the rows printed on top of every page, e.g. ``"4:4"``.
    """
    setup = worksheet.page_setup
    setup.paperSize = _A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    margins = worksheet.page_margins
    margins.left = margins.right = 0.6  # inches
    margins.top = margins.bottom = 0.8
    margins.header = margins.footer = 0.3
    if title_rows:
        worksheet.print_title_rows = title_rows
    if title:
        worksheet.oddHeader.center.text = _header_text(title)
        worksheet.oddHeader.center.size = 9
    if known_on is not None and lang is not None:
        day = known_on.isoformat()
        worksheet.oddFooter.left.text = _header_text(text("print.known_on", lang, day=day))
        worksheet.oddFooter.left.size = 9
    worksheet.oddFooter.right.text = "&P / &N" if lang is None else text("print.page", lang)
    worksheet.oddFooter.right.size = 9


def print_sheet(
    worksheet: Any,  # noqa: ANN401  # an openpyxl worksheet
    *,
    title: str,
    known_on: date | None,
    lang: str | None,
    head: int | None,
    charts: Sequence[tuple[int, int, float, float]],
    titled: bool,
) -> None:
    """Print a sheet written whole readably (:func:`print_page`).

    The printed area holds every cell and chart; the pages are landscape when that is
    wider than a portrait page (or when the sheet was set landscape before); the header
    row ``head`` and the frozen rows below it are on every page. On a ``titled`` sheet
    the title and heading (rows 1 and 2) wrap within the printed width.

    Args:
        worksheet: the sheet.
        title: the workbook's title, for the page header.
        known_on: the day the rules were known on, for the footer.
        lang: the language of the footer.
        head: the first header row, if any.
        charts: the column and row of each chart's top left corner, its width and height
            in centimetres.
        titled: whether rows 1 and 2 hold the title and the heading.
    """
    xl = openpyxl_module(reading=False)
    get_column_letter = xl.utils.get_column_letter

    def width(column: int) -> float:
        found = worksheet.column_dimensions.get(get_column_letter(column))
        return float(found.width) if found is not None and found.customWidth else _DEFAULT_WIDTH

    last_column, last_row = worksheet.max_column, worksheet.max_row
    for column, row, cm_wide, cm_high in charts:
        while cm_wide > 0:  # a character of the default font is 7 pixels (+5), at 96 dpi
            cm_wide -= (width(column) * 7 + 5) / 96 * 2.54
            column += 1
        while cm_high > 0:  # a point is 1/72 inch
            cm_high -= (worksheet.row_dimensions[row].height or _LINE_HEIGHT) / 72 * 2.54
            row += 1
        last_column, last_row = max(last_column, column - 1), max(last_row, row - 1)
    chars = sum(width(c) for c in range(1, last_column + 1))
    titles = None
    if head is not None:
        frozen = xl.utils.cell.coordinate_from_string(worksheet.freeze_panes or "A1")[1] - 1
        titles = f"{head}:{max(head, frozen)}"
    print_page(
        worksheet,
        title=title,
        known_on=known_on,
        lang=lang,
        landscape=chars > _PORTRAIT or worksheet.page_setup.orientation == "landscape",
        title_rows=titles or worksheet.print_title_rows,
    )
    worksheet.print_area = f"A1:{get_column_letter(last_column)}{last_row}"
    for row, line, wider in _TITLE_ROWS if titled and last_column > 1 else ():
        cell = worksheet.cell(row=row, column=1)
        if not isinstance(cell.value, str) or len(cell.value) * wider <= chars:
            continue
        worksheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
        cell.alignment = xl.styles.Alignment(wrap_text=True, vertical="top")
        worksheet.row_dimensions[row].height = line * -(-len(cell.value) * wider // chars)
