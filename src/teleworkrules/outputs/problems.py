"""Every problem of a dataset as a file the HR officer can work through, one problem a row.

:func:`write_problems` writes the columns table, row, column, value (what was found: the
value as read, or for a file or table too large its size in the language asked), code and
what was expected (in the language asked), as CSV (the data contract's style: comma
separated, UTF-8) or as an Excel workbook with one filterable table (autofilter, frozen
header); the file's extension decides. A table and a column are named as the dataset
writes them, with the contract's name beside them where that differs (``personeel
(staff)``, ``statuut (contract)``), as on the command line. Row 0 (the table as a whole)
is left empty. Every text passes
the one formula guard (:func:`~teleworkrules.outputs.files.neutralise`), and the file is
written whole or not at all.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.i18n import check_lang, text
from teleworkrules.outputs.files import atomic_output, neutralise
from teleworkrules.outputs.workbook import COUNT_FORMAT, Book, Sheet, print_as_table
from teleworkrules.problems import Problem

__all__ = ["PROBLEMS_COLUMNS", "PROBLEMS_FORMATS", "write_problems"]

PROBLEMS_COLUMNS: Final = ("table", "row", "column", "value", "code", "expected")
"""The columns of a problems file, in order (their headers are ``problems.column.*``)."""

PROBLEMS_FORMATS: Final = (".csv", ".xlsx")
"""The extensions a problems file may have."""


def _header(lang: str) -> list[str]:
    return [text(f"problems.column.{name}", lang) for name in PROBLEMS_COLUMNS]


def _cells(problem: Problem, lang: str) -> tuple[str, int | None, str, str, str, str]:
    return (
        problem.table_named,
        problem.row or None,
        problem.column_named,
        problem.found_in(lang),
        problem.code,
        problem.expected_in(lang),
    )


def write_problems(problems: Sequence[Problem], path: str | Path, *, lang: str = "en") -> None:
    """Write every problem to ``path``, one per row: a ``.csv`` file or an ``.xlsx`` workbook.

    Args:
        problems: the problems, written in this order.
        path: the file; its extension (``.csv`` or ``.xlsx``, any case) decides the format.
        lang: the language of the headers and of what was expected (``nl`` or ``en``).

    Raises:
        InvalidFactError: the extension is neither ``.csv`` nor ``.xlsx`` (nothing is
            written), or ``lang`` is neither ``nl`` nor ``en``.
        XlsxUnavailableError: an ``.xlsx`` file was asked and openpyxl is not installed.
    """
    check_lang(lang)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in PROBLEMS_FORMATS:
        raise InvalidFactError(
            "path", str(path), "a file ending in " + " or ".join(PROBLEMS_FORMATS)
        )
    if suffix == ".csv":
        _write_csv(problems, target, lang)
    else:
        _write_xlsx(problems, target, lang)


def _write_csv(problems: Sequence[Problem], path: Path, lang: str) -> None:
    with atomic_output(path) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(_header(lang))
        for problem in problems:
            writer.writerow(
                "" if cell is None else neutralise(str(cell)) for cell in _cells(problem, lang)
            )


def _write_xlsx(problems: Sequence[Problem], path: Path, lang: str) -> None:
    book = Book(text("problems.title", lang))
    sheet = Sheet(book, text("problems.sheet", lang))
    sheet.header(1, _header(lang))
    last = len(PROBLEMS_COLUMNS)
    for row, problem in enumerate(problems, start=2):
        for column, cell in enumerate(_cells(problem, lang), start=1):
            number_format = COUNT_FORMAT if isinstance(cell, int) else None
            # What was expected is a sentence: wrapped, so the table stays one page wide.
            sheet.put(row, column, cell, number_format, wrap=column == last, measure=column != last)
    letter = book.xl.utils.get_column_letter(last)
    sheet.ws.auto_filter.ref = f"A1:{letter}{len(problems) + 1}"
    sheet.finish("A2")
    print_as_table(sheet.ws, landscape=True)
    book.save(path)
