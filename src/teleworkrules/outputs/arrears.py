"""Back pay and recoveries as a table, CSV rows for payroll, JSON data and a workbook.

The workbook (:func:`write_arrears_xlsx`, needs the ``xlsx`` extra) has the totals per
year and allowance, one row per person, then every person-month with its cause in words
(the parameter by its label), and each cause in full.
"""

from __future__ import annotations

import csv
import textwrap
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Final, TextIO

from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang, text
from teleworkrules.money import ZERO, format_number
from teleworkrules.outputs import text_table
from teleworkrules.outputs._words import allowance_label, table_amount
from teleworkrules.outputs.excel_csv import write_excel_csv
from teleworkrules.outputs.files import neutralise
from teleworkrules.outputs.workbook import COUNT_FORMAT, MONEY_FORMAT, Book
from teleworkrules.results.arrears import Arrear, Cause, totals
from teleworkrules.time import Month

__all__ = [
    "ARREARS_CSV_HEADER",
    "arrears_table",
    "arrears_title",
    "arrears_to_dict",
    "write_arrears_csv",
    "write_arrears_excel_csv",
    "write_arrears_xlsx",
]

ARREARS_CSV_HEADER: Final = (
    "employee_id,month,allowance,owed,paid,difference,cause,parameter,known_from,source"
)
"""The header of the arrears CSV, one row per person, month and allowance with a difference."""

_HEAD_ROW: Final = 4  # the header row of the workbook's sheets


def _t(key: str, lang: str) -> str:
    return text("arrears." + key, lang)


def arrears_title(
    start: Month, end: Month, *, known_on: date, paid_as_known_on: date | None, lang: str
) -> str:
    """The title of the arrears: the period, the evaluation date and what it is compared with."""
    if paid_as_known_on is None:
        base = _t("base_payments", lang)
    else:
        base = _t("base_date", lang).format(day=paid_as_known_on.isoformat())
    return text("arrears.title", lang, start=start, end=end, known_on=known_on, base=base)


def _runs(arrears: Sequence[Arrear]) -> list[tuple[str, Allowance, Month, Month, Decimal, Cause]]:
    """Consecutive months of one person, allowance and cause, merged."""
    runs: list[tuple[str, Allowance, Month, Month, Decimal, Cause]] = []
    for a in arrears:
        if runs:
            eid, allowance, first, last, total, cause = runs[-1]
            if (eid, allowance, cause) == (
                a.employee_id,
                a.allowance,
                a.cause,
            ) and last + 1 == a.month:
                runs[-1] = (eid, allowance, first, a.month, total + a.difference, cause)
                continue
        runs.append((a.employee_id, a.allowance, a.month, a.month, a.difference, a.cause))
    return runs


def _heads(lang: str, *keys: str) -> list[str]:
    return [_t("head." + key, lang) for key in keys]


def arrears_table(
    arrears: Sequence[Arrear],
    start: Month,
    end: Month,
    *,
    known_on: date,
    paid_as_known_on: date | None,
    lang: str = "en",
    width: int = text_table.DEFAULT_WIDTH,
) -> str:
    """Totals per year and allowance, then each person's runs of months with their cause.

    The tables fit ``width`` characters (the terminal's): text wraps, nothing is cut.
    """
    title = arrears_title(
        start, end, known_on=known_on, paid_as_known_on=paid_as_known_on, lang=lang
    )
    lines = [*_wrap(title, width), ""]
    if not arrears:
        return "\n".join([*lines, _t("none", lang)]) + "\n"
    number, words = text_table.Column, partial(text_table.Column, wrap=True)
    year, allowance, persons, months, owed, paid, difference = _heads(
        lang, "year", "allowance", "persons", "months", "owed", "paid", "difference"
    )
    totals_table = text_table.render(
        [
            number(year),
            words(allowance),
            *(number(h, ">") for h in (persons, months)),
            *(number(h, ">") for h in (owed, paid, difference)),
        ],
        [
            [
                str(t.year),
                allowance_label(t.allowance, lang),
                format_number(t.persons, lang),
                format_number(t.months, lang),
                *(table_amount(v, lang) for v in (t.owed, t.paid, t.difference)),
            ]
            for t in totals(arrears)
        ],
        width=width,
    )
    lines += [*_wrap(_t("totals", lang), width), totals_table, ""]
    causes: dict[Cause, int] = {}
    rows = []
    for eid, kind, first, last, total, cause in _runs(arrears):
        n = causes.setdefault(cause, len(causes) + 1)
        span = str(first) if first == last else f"{first}..{last}"
        rows.append([eid, allowance_label(kind, lang), span, table_amount(total, lang), f"[{n}]"])
    employee, cause_head = _heads(lang, "employee", "cause")
    lines += [
        _t("per_person", lang),
        text_table.render(
            [
                words(employee),
                words(allowance),
                number(months),
                number(difference, ">"),
                number(cause_head),
            ],
            rows,
            width=width,
        ),
        "",
        _t("causes", lang),
    ]
    for cause, n in causes.items():
        lines += _wrap(f"[{n}] {cause.text(lang)}", width, indent=len(f"[{n}] "))
    return "\n".join(lines) + "\n"


def _wrap(line: str, width: int, *, indent: int = 0) -> list[str]:
    """``line`` wrapped to ``width``, its next lines indented; words are never cut."""
    return textwrap.wrap(
        line, max(width, 20), subsequent_indent=" " * indent, break_long_words=False
    ) or [""]


def _csv_rows(arrears: Sequence[Arrear]) -> Iterator[list[str]]:
    for a in arrears:
        p = a.cause.parameter
        yield [
            a.employee_id,
            str(a.month),
            a.allowance.value,
            f"{a.owed:.2f}",
            f"{a.paid:.2f}",
            f"{a.difference:.2f}",
            a.cause.kind.value,
            "" if p is None else p.name,
            "" if p is None else p.known_from.isoformat(),
            "" if p is None else p.citation.source.id,
        ]


def write_arrears_csv(arrears: Sequence[Arrear], out: TextIO) -> None:
    """The arrears as CSV for a payroll correction run (see :data:`ARREARS_CSV_HEADER`)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ARREARS_CSV_HEADER.split(","))
    for row in _csv_rows(arrears):
        row[-1] = neutralise(row[-1])
        writer.writerow(row)


def write_arrears_excel_csv(arrears: Sequence[Arrear], out: TextIO) -> None:
    """The arrears CSV for a Belgian Excel: ``;``, decimal comma, UTF-8 with BOM.

    The columns of :data:`ARREARS_CSV_HEADER`; see :mod:`teleworkrules.outputs.excel_csv`.
    """
    write_excel_csv(ARREARS_CSV_HEADER.split(","), _csv_rows(arrears), out)


def arrears_to_dict(
    arrears: Sequence[Arrear],
    start: Month,
    end: Month,
    *,
    known_on: date,
    paid_as_known_on: date | None,
) -> dict[str, object]:
    """The arrears as plain data: period, comparison, totals and every difference."""
    return {
        "period": {"from": str(start), "to": str(end)},
        "known_on": known_on.isoformat(),
        "compared_with": {"paid_as_known_on": paid_as_known_on.isoformat()}
        if paid_as_known_on is not None
        else {"payments": True},
        "totals": [
            {
                "year": t.year,
                "allowance": t.allowance.value,
                "persons": t.persons,
                "months": t.months,
                "owed": f"{t.owed:.2f}",
                "paid": f"{t.paid:.2f}",
                "difference": f"{t.difference:.2f}",
            }
            for t in totals(arrears)
        ],
        "arrears": [
            {
                "employee_id": a.employee_id,
                "month": str(a.month),
                "allowance": a.allowance.value,
                "owed": f"{a.owed:.2f}",
                "paid": f"{a.paid:.2f}",
                "difference": f"{a.difference:.2f}",
                "cause": a.cause.to_dict(),
            }
            for a in arrears
        ],
    }


def _columns(lang: str, *keys: str) -> list[str]:
    return [text("column." + key, lang) for key in keys]


def _short(cause: Cause, lang: str) -> str:
    """The cause in a few words, to filter on: the parameter's label and when it was known."""
    if cause.parameter is None:
        return _t("short." + cause.kind.value, lang)
    known = cause.parameter.known_from.isoformat()
    return text(
        f"arrears.short.{cause.kind.value}.parameter", lang, label=cause.label(lang), known=known
    )


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
    """Write the arrears as a workbook that prints well, one sheet per level of detail.

    The totals per year and allowance; one row per person with the total; the detail
    per person, month and allowance (owed, paid, difference, the cause in a few words),
    with filters; each cause in full with its legal source.

    Raises:
        XlsxUnavailableError: openpyxl is not installed.
        InvalidFactError: ``lang`` is neither ``nl`` nor ``en``.
    """
    check_lang(lang)
    book = Book(
        arrears_title(start, end, known_on=known_on, paid_as_known_on=paid_as_known_on, lang=lang),
        known_on=known_on,
        lang=lang,
    )
    _totals_sheet(book, arrears, lang)
    _persons_sheet(book, arrears, lang)
    details = book.sheet(_t("sheet.details", lang), _t("sheet.details.heading", lang))
    details.header(
        _HEAD_ROW,
        _columns(lang, "employee", "month", "allowance", "owed", "paid", "difference", "cause"),
        wrap=True,
    )
    shorts = {a.cause: _short(a.cause, lang) for a in arrears}
    labels = {a: allowance_label(a, lang) for a in Allowance}
    for row, a in enumerate(arrears, start=_HEAD_ROW + 1):
        details.put(row, 1, a.employee_id)
        details.put(row, 2, str(a.month))
        details.put(row, 3, labels[a.allowance])
        for column, amount in enumerate((a.owed, a.paid, a.difference), start=4):
            details.put(row, column, amount, MONEY_FORMAT)
        details.put(row, 7, shorts[a.cause])
    details.finish(f"B{_HEAD_ROW + 1}", auto_filter=True)
    _causes_sheet(book, arrears, shorts, lang)
    book.save(Path(path))


def _totals_sheet(book: Book, arrears: Sequence[Arrear], lang: str) -> None:
    sheet = book.sheet(_t("sheet.totals", lang), _t("sheet.totals.heading", lang))
    sheet.header(
        _HEAD_ROW,
        _columns(lang, "year", "allowance", "persons", "months", "owed", "paid", "difference"),
        wrap=True,
    )
    row = _HEAD_ROW + 1
    for t in totals(arrears):
        sheet.put(row, 1, str(t.year))  # text: left, apart from the allowance
        sheet.put(row, 2, allowance_label(t.allowance, lang))
        sheet.put(row, 3, t.persons, COUNT_FORMAT)
        sheet.put(row, 4, t.months, COUNT_FORMAT)
        for column, amount in enumerate((t.owed, t.paid, t.difference), start=5):
            sheet.put(row, column, amount, MONEY_FORMAT)
        row += 1
    sheet.put(row, 1, _t("total", lang), bold=True)
    sheet.put(row, 3, len({a.employee_id for a in arrears}), COUNT_FORMAT, bold=True)
    sheet.put(row, 4, len(arrears), COUNT_FORMAT, bold=True)
    for column, amounts in enumerate(
        ([a.owed for a in arrears], [a.paid for a in arrears], [a.difference for a in arrears]),
        start=5,
    ):
        sheet.put(row, column, sum(amounts, ZERO), MONEY_FORMAT, bold=True)
    sheet.finish(f"A{_HEAD_ROW + 1}")


def _persons_sheet(book: Book, arrears: Sequence[Arrear], lang: str) -> None:
    """One row per person: the first and last month, the months, owed, paid, difference."""
    sheet = book.sheet(_t("sheet.persons", lang), _t("sheet.persons.heading", lang))
    heads = _columns(lang, "employee")
    heads += [_t("column.first", lang), _t("column.last", lang), _t("column.rows", lang)]
    sheet.header(_HEAD_ROW, [*heads, *_columns(lang, "owed", "paid", "difference")], wrap=True)
    people: dict[str, list[Arrear]] = defaultdict(list)
    for a in arrears:
        people[a.employee_id].append(a)
    for row, (eid, rows) in enumerate(people.items(), start=_HEAD_ROW + 1):
        sheet.put(row, 1, eid)
        sheet.put(row, 2, str(min(a.month for a in rows)))
        sheet.put(row, 3, str(max(a.month for a in rows)))
        sheet.put(row, 4, len(rows), COUNT_FORMAT)
        sheet.put(row, 5, sum((a.owed for a in rows), ZERO), MONEY_FORMAT)
        sheet.put(row, 6, sum((a.paid for a in rows), ZERO), MONEY_FORMAT)
        sheet.put(row, 7, sum((a.difference for a in rows), ZERO), MONEY_FORMAT)
    sheet.finish(f"B{_HEAD_ROW + 1}", auto_filter=True)


def _causes_sheet(
    book: Book, arrears: Sequence[Arrear], shorts: dict[Cause, str], lang: str
) -> None:
    """Each cause in full, with its person-months and difference."""
    sheet = book.sheet(_t("sheet.causes", lang), _t("sheet.causes.heading", lang))
    heads = [_t("column.rows", lang), text("column.difference", lang), _t("column.sentence", lang)]
    sheet.header(_HEAD_ROW, [*_columns(lang, "cause"), *heads], wrap=True)
    counts: dict[Cause, int] = defaultdict(int)
    sums: dict[Cause, Decimal] = defaultdict(lambda: ZERO)
    for a in arrears:
        counts[a.cause] += 1
        sums[a.cause] += a.difference
    for row, cause in enumerate(shorts, start=_HEAD_ROW + 1):
        sheet.put(row, 1, shorts[cause])
        sheet.put(row, 2, counts[cause], COUNT_FORMAT)
        sheet.put(row, 3, sums[cause], MONEY_FORMAT)
        sheet.put(row, 4, cause.text(lang), wrap=True)
    sheet.finish(f"A{_HEAD_ROW + 1}")
