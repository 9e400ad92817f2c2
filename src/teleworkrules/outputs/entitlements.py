"""The entitlements: one row per person, month and granted allowance.

Written as the contract's CSV from entitlements (:func:`write_entitlements`) or, for whole
populations, straight from segments (:func:`write_segments`), with the same bytes for the
same entitlements. From segments also as CSV for a Belgian Excel
(:func:`write_segments_excel_csv`) and as an Excel workbook (:func:`write_segments_xlsx`):
one sheet, a filterable table with a frozen header, amounts exact in euro formats.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, TextIO

from teleworkrules._openpyxl import openpyxl_module
from teleworkrules.engine.evaluation import Entitlement
from teleworkrules.engine.population import Grant, Segment
from teleworkrules.exceptions import TooManyRowsError
from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang, text
from teleworkrules.outputs._words import allowance_label
from teleworkrules.outputs.excel_csv import write_excel_csv
from teleworkrules.outputs.files import save_workbook
from teleworkrules.outputs.workbook import MONEY_FORMAT, cell_text, print_page
from teleworkrules.time import Month

__all__ = [
    "ENTITLEMENTS_HEADER",
    "EXCEL_ROWS",
    "write_entitlements",
    "write_segment_rows",
    "write_segments",
    "write_segments_excel_csv",
    "write_segments_xlsx",
]

EXCEL_ROWS: Final = 1_048_576
"""The rows of an Excel worksheet, the header included."""

ENTITLEMENTS_HEADER = "employee_id,month,allowance,amount,benefit_in_kind"
"""The header of the entitlements CSV, exactly as the data contract says."""


def _field(text: str) -> str:
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_entitlements(rows: Iterable[Entitlement], out: TextIO) -> int:
    """Write the entitlements CSV: UTF-8, LF line ends, quoting only when needed.

    Returns:
        The number of rows written (without the header).
    """
    out.write(ENTITLEMENTS_HEADER + "\n")
    count = 0
    for row in rows:
        out.write(
            f"{_field(row.employee_id)},{row.month},{row.allowance.value},"
            f"{row.amount:.2f},{row.benefit_in_kind:.2f}\n"
        )
        count += 1
    return count


def write_segments(segments: Iterable[Segment], out: TextIO) -> int:
    """Write the entitlements CSV from segments, expanding them month by month.

    Gives exactly the bytes of :func:`write_entitlements` for the same entitlements, for
    segments in employee and month order (as :mod:`teleworkrules.engine.population` yields them).

    Returns:
        The number of rows written (without the header).
    """
    out.write(ENTITLEMENTS_HEADER + "\n")
    return write_segment_rows(segments, out)


def write_segment_rows(segments: Iterable[Segment], out: TextIO) -> int:
    """The rows of :func:`write_segments` without its header (a part of the file).

    Returns:
        The number of rows written.
    """
    count = 0
    spans: dict[tuple[int, int], list[str]] = {}  # (first, last) ordinal -> "YYYY-MM," each
    tails: dict[int, tuple[tuple[Grant, ...], list[str]]] = {}  # id(grants) -> their texts
    for segment in segments:
        grants = segment.grants
        if not grants:
            continue
        # Segments share their grants (the engine decides a situation once): their texts
        # are made once. The entry holds the grants, so their id is not reused meanwhile.
        known = tails.get(id(grants))
        if known is None or known[0] is not grants:
            known = tails[id(grants)] = (
                grants,
                [f"{g.allowance.value},{g.amount:.2f},{g.benefit_in_kind:.2f}\n" for g in grants],
            )
        ends = known[1]
        span = (segment.start.ordinal, segment.end.ordinal)
        texts = spans.get(span)
        if texts is None:  # segments start and end in the same few months
            texts = spans[span] = [
                f"{Month.from_ordinal(ordinal)}," for ordinal in range(span[0], span[1] + 1)
            ]
        head = _field(segment.employee_id) + ","
        if len(ends) == 1:  # one line a month: joined in one go
            end = ends[0]
            out.write(head + (end + head).join(texts) + end)
            count += len(texts)
        else:
            lines = [head + text + end for text in texts for end in ends]
            out.write("".join(lines))
            count += len(lines)
    return count


def _rows(segments: Iterable[Segment]) -> Iterator[tuple[str, Month, Allowance, Decimal, Decimal]]:
    """The entitlements of ``segments`` month by month: id, month, allowance, amounts."""
    for segment in segments:
        if not segment.grants:
            continue
        for ordinal in range(segment.start.ordinal, segment.end.ordinal + 1):
            month = Month.from_ordinal(ordinal)
            for g in segment.grants:
                yield segment.employee_id, month, g.allowance, g.amount, g.benefit_in_kind


def write_segments_excel_csv(segments: Iterable[Segment], out: TextIO) -> int:
    """Write the entitlements CSV for a Belgian Excel (``;``, decimal comma, UTF-8 BOM).

    The columns and order of :data:`ENTITLEMENTS_HEADER`; see
    :mod:`teleworkrules.outputs.excel_csv`.

    Returns:
        The number of rows written (without the header).
    """
    rows = (
        (eid, str(month), allowance.value, f"{amount:.2f}", f"{benefit:.2f}")
        for eid, month, allowance, amount, benefit in _rows(segments)
    )
    return write_excel_csv(ENTITLEMENTS_HEADER.split(","), rows, out)


def write_segments_xlsx(
    segments: Iterable[Segment],
    path: str | Path,
    *,
    lang: str = "nl",
    start: Month | None = None,
    end: Month | None = None,
    known_on: date | None = None,
) -> int:
    """Write the entitlements as a workbook: one sheet, a filterable table, euro formats.

    The header (row 1, frozen, with an autofilter) names the columns in ``lang``; then one
    row per person, month and allowance, in the order of :func:`write_segments`. Amounts
    are exact numbers shown in euro; the allowance is its label in ``lang``. It prints one
    page wide with the header on every page; the page header is the title (with the period
    ``start``..``end`` when given), the footer the day the rules were known on
    (``known_on``, when given) and the page number.

    Returns:
        The number of rows written (without the header).

    Raises:
        TooManyRowsError: more rows than a worksheet holds (:data:`EXCEL_ROWS`); found
            before anything is written.
        XlsxUnavailableError: openpyxl is not installed.
    """
    check_lang(lang)
    xl = openpyxl_module(reading=False)
    # Write-only: rows go to a temporary file as they come, so memory stays flat however
    # many rows there are (a workbook in memory costs about a kilobyte per cell).
    workbook = xl.Workbook(write_only=True)
    workbook.properties.creator = "teleworkrules"
    title = text("entitlements.xlsx.title", lang)
    if start is not None and end is not None:
        title = text("entitlements.print.title", lang, title=title, start=start, end=end)
    workbook.properties.title = title
    sheet = workbook.create_sheet(text("entitlements.xlsx.sheet", lang))
    keys = ("employee", "month", "allowance", "amount", "benefit_in_kind")
    heads = [cell_text(text(f"entitlements.xlsx.{key}", lang)) for key in keys]
    labels = {a: cell_text(allowance_label(a, lang)) for a in Allowance}
    widths = (16, 9, max(len(v) for v in labels.values()), 14, 14)
    letter = xl.utils.get_column_letter
    for column, (width, head) in enumerate(zip(widths, heads, strict=True), start=1):
        sheet.column_dimensions[letter(column)].width = max(width, len(head)) + 2
    sheet.freeze_panes = "A2"
    print_page(sheet, title=title, known_on=known_on, lang=lang, title_rows="1:1")
    bold = xl.styles.Font(bold=True)

    def styled(value: object, *, money: bool = False) -> object:
        cell = xl.cell.WriteOnlyCell(sheet, value=value)
        if money:
            cell.number_format = MONEY_FORMAT
        else:
            cell.font = bold
        return cell

    def text_cell(value: str) -> object:
        cell = xl.cell.WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # "#N/A" stays text, not an error value
        return cell

    sheet.append([styled(head) for head in heads])
    try:
        row = _append_rows(sheet, segments, labels, styled, text_cell)
    except BaseException:
        # Finish the sheet's stream so that its temporary file is closed now, not with a
        # warning when the half-written workbook is collected.
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    sheet.auto_filter.ref = f"A1:E{row}"
    save_workbook(workbook, Path(path))
    return row - 1


def _append_rows(
    sheet: Any,  # noqa: ANN401  # openpyxl's write-only worksheet
    segments: Iterable[Segment],
    labels: dict[Allowance, str],
    styled: Callable[..., object],
    text_cell: Callable[[str], object],
) -> int:
    """Append one row per entitlement; returns the last row number (the header is row 1)."""
    ids: dict[str, object] = {}
    limit = _limit()
    row = 1
    for eid, month, allowance, amount, benefit in _rows(segments):
        row += 1
        if row > limit:
            raise TooManyRowsError(limit - 1)
        shown = ids.get(eid)
        if shown is None:
            safe = cell_text(eid)
            shown = ids[eid] = text_cell(safe) if safe.startswith("#") else safe
        sheet.append(
            [
                shown,
                str(month),
                labels[allowance],
                styled(amount, money=True),
                styled(benefit, money=True),
            ]
        )
    return row


def _limit() -> int:
    """The rows a worksheet holds (a function, so tests can lower it)."""
    return EXCEL_ROWS
