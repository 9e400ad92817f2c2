"""Back pay and recoveries as a table, CSV rows for payroll, JSON data and a workbook.

The workbook (:func:`write_arrears_xlsx`, needs the ``xlsx`` extra) has the totals per
year and allowance, then every person-month with its cause.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Final, TextIO

from teleworkrules.facts import Allowance
from teleworkrules.i18n import check_lang, text
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

_NAME: Final = 28  # the width of the allowance column of the table
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


def arrears_table(
    arrears: Sequence[Arrear],
    start: Month,
    end: Month,
    *,
    known_on: date,
    paid_as_known_on: date | None,
    lang: str = "en",
) -> str:
    """Totals per year and allowance, then each person's runs of months with their cause."""
    title = arrears_title(
        start, end, known_on=known_on, paid_as_known_on=paid_as_known_on, lang=lang
    )
    lines = [title, ""]
    if not arrears:
        return "\n".join([*lines, _t("none", lang)]) + "\n"
    year, allowance, persons, months, owed, paid, difference = (
        _t("head." + key, lang)
        for key in ("year", "allowance", "persons", "months", "owed", "paid", "difference")
    )
    lines += [
        _t("totals", lang),
        f"{year:<6}{allowance:<{_NAME}}{persons:>9}{months:>9}{owed:>16}{paid:>16}{difference:>16}",
    ]
    for t in totals(arrears):
        lines.append(
            f"{t.year:<6}{allowance_label(t.allowance, lang):<{_NAME}}{t.persons:>9}{t.months:>9}"
            f"{table_amount(t.owed, lang):>16}{table_amount(t.paid, lang):>16}"
            f"{table_amount(t.difference, lang):>16}"
        )
    causes: dict[Cause, int] = {}
    employee, cause_head = _t("head.employee", lang), _t("head.cause", lang)
    lines += [
        "",
        _t("per_person", lang),
        f"{employee:<16}{allowance:<{_NAME}}{months:<20}{difference:>14}  {cause_head}",
    ]
    for eid, kind, first, last, total, cause in _runs(arrears):
        number = causes.setdefault(cause, len(causes) + 1)
        span = str(first) if first == last else f"{first}..{last}"
        lines.append(
            f"{eid:<16}{allowance_label(kind, lang):<{_NAME}}{span:<20}"
            f"{table_amount(total, lang):>14}  [{number}]"
        )
    lines += ["", _t("causes", lang)]
    lines += [f"[{n}] {cause.text(lang)}" for cause, n in causes.items()]
    return "\n".join(lines) + "\n"


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
    """Write the arrears as a workbook: totals, then every person-month with its cause.

    Raises:
        XlsxUnavailableError: openpyxl is not installed.
        InvalidFactError: ``lang`` is neither ``nl`` nor ``en``.
    """
    check_lang(lang)
    book = Book(
        arrears_title(start, end, known_on=known_on, paid_as_known_on=paid_as_known_on, lang=lang)
    )
    sheet = book.sheet(_t("sheet.totals", lang), _t("sheet.totals.heading", lang))
    sheet.header(
        _HEAD_ROW,
        _columns(lang, "year", "allowance", "persons", "months", "owed", "paid", "difference"),
    )
    row = _HEAD_ROW + 1
    for t in totals(arrears):
        sheet.put(row, 1, t.year)
        sheet.put(row, 2, allowance_label(t.allowance, lang))
        sheet.put(row, 3, t.persons, COUNT_FORMAT)
        sheet.put(row, 4, t.months, COUNT_FORMAT)
        sheet.put(row, 5, t.owed, MONEY_FORMAT)
        sheet.put(row, 6, t.paid, MONEY_FORMAT)
        sheet.put(row, 7, t.difference, MONEY_FORMAT)
        row += 1
    sheet.finish(f"A{_HEAD_ROW + 1}")
    details = book.sheet(_t("sheet.details", lang), _t("sheet.details.heading", lang))
    details.header(
        _HEAD_ROW,
        _columns(
            lang,
            "employee",
            "month",
            "allowance",
            "owed",
            "paid",
            "difference",
            "cause",
            "parameter",
            "known_from",
            "explanation",
        ),
    )
    row = _HEAD_ROW + 1
    for a in arrears:
        p = a.cause.parameter
        details.put(row, 1, a.employee_id)
        details.put(row, 2, str(a.month))
        details.put(row, 3, allowance_label(a.allowance, lang))
        details.put(row, 4, a.owed, MONEY_FORMAT)
        details.put(row, 5, a.paid, MONEY_FORMAT)
        details.put(row, 6, a.difference, MONEY_FORMAT)
        details.put(row, 7, _t(a.cause.kind.value, lang))
        details.put(row, 8, "" if p is None else p.name)
        details.put(row, 9, "" if p is None else p.known_from.isoformat())
        details.put(row, 10, a.cause.text(lang), measure=False)
        row += 1
    details.finish(f"A{_HEAD_ROW + 1}")
    book.save(Path(path))
