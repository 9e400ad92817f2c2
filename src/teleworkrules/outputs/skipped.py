"""What ``--skip-invalid`` left out, in every output of a result that used such a dataset.

:func:`skipped_lines` for tables, :func:`skipped_to_dict` for JSON (key ``skipped``),
:func:`skipped_sheet` for workbooks. Each says how many rows per table and how many
staff were left out, and why (per problem code: how many, and the first problem). An
empty summary writes nothing, so the outputs of valid datasets do not change.
"""

from __future__ import annotations

from collections.abc import Iterable

from teleworkrules.i18n import text
from teleworkrules.money import format_number
from teleworkrules.outputs.workbook import COUNT_FORMAT, Book
from teleworkrules.results.skipped import SkipSummary

__all__ = ["skipped_lines", "skipped_sheet", "skipped_to_dict", "table_counts"]


def table_counts(counts: Iterable[tuple[str, int]], lang: str) -> str:
    """Rows per table for people: ``staff 2.000, telework 2.525`` in Dutch; ``-`` for none.

    >>> from teleworkrules.outputs.skipped import table_counts
    >>> table_counts([("staff", 2000), ("telework", 2525)], "nl")
    'staff 2.000, telework 2.525'
    """
    return ", ".join(f"{table} {format_number(count, lang)}" for table, count in counts) or "-"


def skipped_lines(skipped: SkipSummary, lang: str) -> list[str]:
    """The summary as lines of text (none when nothing was skipped)."""
    if not skipped:
        return []
    lines = [
        text("skipped.title", lang),
        "  "
        + text("skipped.rows", lang, count=skipped.total, tables=table_counts(skipped.rows, lang)),
        "  " + text("skipped.staff", lang, count=skipped.staff),
    ]
    lines += [
        "  "
        + text(
            "skipped.reason",
            lang,
            count=reason.problems,
            code=reason.code,
            example=reason.first.text(lang),
        )
        for reason in skipped.reasons
    ]
    return lines


def skipped_to_dict(skipped: SkipSummary) -> dict[str, object]:
    """The summary as plain data: rows per table, their total, staff left out, reasons."""
    return {
        "rows": dict(skipped.rows),
        "rows_total": skipped.total,
        "staff": skipped.staff,
        "reasons": [
            {
                "code": reason.code,
                "problems": reason.problems,
                "first": {
                    "table": reason.first.table,
                    "row": reason.first.row,
                    "column": reason.first.column,
                    "value": reason.first.value or reason.first.found_in("en"),
                },
            }
            for reason in skipped.reasons
        ],
    }


def skipped_sheet(book: Book, skipped: SkipSummary, lang: str) -> None:
    """A sheet with the summary (none when nothing was skipped)."""
    if not skipped:
        return
    sheet = book.sheet(text("skipped.sheet", lang), text("skipped.title", lang))
    row = 4
    sheet.header(row, [text("skipped.table", lang), text("skipped.row_count", lang)])
    for table, count in skipped.rows:
        row += 1
        sheet.put(row, 1, table)
        sheet.put(row, 2, count, COUNT_FORMAT)
    row += 1
    sheet.put(row, 1, text("skipped.staff_label", lang), bold=True)
    sheet.put(row, 2, skipped.staff, COUNT_FORMAT, bold=True)
    row += 2
    sheet.header(
        row,
        [text(f"skipped.{key}", lang) for key in ("code", "problems", "example")],
    )
    for reason in skipped.reasons:
        row += 1
        sheet.put(row, 1, reason.code)
        sheet.put(row, 2, reason.problems, COUNT_FORMAT)
        sheet.put(row, 3, reason.first.text(lang), wrap=True)
    sheet.finish("A5")
