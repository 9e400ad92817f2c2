"""The report as JSON data and as CSV, with the definition of every figure.

The JSON keeps the data contract's keys and meanings (``period``, ``years`` with
``staff``, ``internet_forfait``, ``internet_third_party``, ``home_working``) and adds
keys: ``known_on``, ``entities``, ``definitions``, ``default_readings`` (the parameter
values with confidence ``default`` that figures rest on), percentages, ``internet_any``
(data contract v1.1), ``switched_route``, ``budgets``, ``material`` and
``refused_material``, and ``skipped`` when invalid rows were skipped
(:func:`~teleworkrules.outputs.skipped.skipped_to_dict`). Money is a string with two
decimals.
The CSV has the figures of ``years``, one per row (:data:`REPORT_CSV_HEADER`, its header
in the language asked; sections and measures are the JSON keys).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final, TextIO

from teleworkrules.facts import Allowance
from teleworkrules.i18n import CATALOGUE, LANGUAGES, text
from teleworkrules.outputs.excel_csv import write_excel_csv
from teleworkrules.outputs.files import neutralise
from teleworkrules.outputs.skipped import skipped_to_dict
from teleworkrules.results.report import Report, YearFigures

__all__ = [
    "DEFINITIONS",
    "REPORT_CSV_HEADER",
    "report_csv_header",
    "report_to_dict",
    "review_note",
    "write_report_csv",
    "write_report_excel_csv",
]

REPORT_CSV_HEADER: Final = "year,section,measure,value"
"""The header of the report as CSV in English: one figure per row."""

_CSV_COLUMNS: Final = ("year", "section", "measure", "value")


def report_csv_header(lang: str = "en") -> list[str]:
    """The report CSV's header in ``lang`` (:data:`REPORT_CSV_HEADER` in English).

    >>> report_csv_header("nl")
    ['jaar', 'onderdeel', 'maatstaf', 'waarde']
    """
    return [text("report.csv." + column, lang) for column in _CSV_COLUMNS]


REFUSAL_ENDINGS: Final = (
    "not_met",
    "missing",
    "not_in_service",
    "unknown_item",
    "not_yet_available",
)
"""How the codes of the steps end that stand in the way of a material request."""

_DEFINITION: Final = "definition."

DEFINITIONS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        code.removeprefix(_DEFINITION): MappingProxyType(
            {lang: text(code, lang) for lang in sorted(LANGUAGES)}
        )
        for code in CATALOGUE
        if code.startswith(_DEFINITION)
    }
)
"""Every figure's definition by key, in English and Dutch (the ``definition.*`` texts)."""


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def _pct(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _year_dict(y: YearFigures) -> dict[str, object]:
    forfait = y[Allowance.INTERNET_FORFAIT]
    third = y[Allowance.INTERNET_THIRD_PARTY]
    home = y[Allowance.HOME_WORKING]
    return {
        "months": {"from": str(y.first), "to": str(y.last)},
        "staff": {"persons": y.staff, "average_headcount": f"{y.average_headcount:.2f}"},
        "internet_any": {
            "persons": y.internet_any.persons,
            "person_months": y.internet_any.person_months,
            "share_of_staff": _pct(y.internet_share()),
            "share_of_average_headcount": _pct(y.internet_share_of_headcount()),
        },
        "internet_forfait": {
            "persons": forfait.persons,
            "person_months": forfait.person_months,
            "amount": _money(forfait.amount),
            "paid": _money(forfait.paid),
            "share_of_staff": _pct(y.share(Allowance.INTERNET_FORFAIT)),
            "share_of_average_headcount": _pct(y.share_of_headcount(Allowance.INTERNET_FORFAIT)),
        },
        "internet_third_party": {
            "persons": third.persons,
            "person_months": third.person_months,
            "employer_cost": _money(third.employer_cost),
            "benefit_in_kind": _money(third.benefit_in_kind),
            "share_of_staff": _pct(y.share(Allowance.INTERNET_THIRD_PARTY)),
            "share_of_average_headcount": _pct(
                y.share_of_headcount(Allowance.INTERNET_THIRD_PARTY)
            ),
        },
        "home_working": {
            "persons": home.persons,
            "person_months": home.person_months,
            "amount": _money(home.amount),
            "paid": _money(home.paid),
            "share_of_staff": _pct(y.share(Allowance.HOME_WORKING)),
            "share_of_average_headcount": _pct(y.share_of_headcount(Allowance.HOME_WORKING)),
        },
        "switched_route": {"persons": y.switched},
        "budgets": [
            {
                "entity": b.entity,
                "parameter": b.parameter,
                "kind": b.kind.value,
                "amount": _money(b.amount),
            }
            for b in y.budgets
        ],
        "material": [
            {
                "item": m.item,
                "label": m.label_en or m.item,
                "requests": m.requests,
                "persons": m.persons,
                "spending": _money(m.spending),
                "not_conforming": m.not_conforming,
            }
            for m in y.material
        ],
        "refused_material": [
            {
                "employee_id": r.request.employee_id,
                "item": r.request.item,
                "requested_on": r.request.requested_on.isoformat(),
                "cost": None if r.request.cost is None else _money(r.request.cost),
                "reasons": [s.code for s in r.decision.steps if s.code.endswith(REFUSAL_ENDINGS)],
            }
            for r in y.refused
        ],
    }


def report_to_dict(report: Report) -> dict[str, object]:
    """The report as plain data: the data contract's JSON plus the documented extra keys."""
    data: dict[str, object] = {
        "period": {"from": str(report.start), "to": str(report.end)},
        "known_on": report.known_on.isoformat(),
        "entities": list(report.entities),
        "years": {str(y.year): _year_dict(y) for y in report.years},
        "definitions": {key: dict(texts) for key, texts in DEFINITIONS.items()},
        "reviewed_on": report.reviewed_on.isoformat(),
        "default_readings": [
            {"parameter": r.parameter, **r.citation.to_dict()} for r in report.readings
        ],
    }
    if report.beyond_review:
        data["review_note"] = {lang: review_note(report, lang) for lang in ("nl", "en")}
    if report.skipped:
        data["skipped"] = skipped_to_dict(report.skipped)
    return data


def review_note(report: Report, lang: str) -> str:
    """That the law data was checked up to a day, and the figures after it assume no change."""
    return text("report.beyond_review", lang, day=report.reviewed_on.isoformat())


def _flatten(prefix: str, value: object, rows: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, rows)
    elif isinstance(value, list):
        for number, inner in enumerate(value, start=1):
            label = None
            if isinstance(inner, dict):
                label = inner.get("parameter") or inner.get("item")
                if "employee_id" in inner:  # a refused request: person, item and day
                    label = f"{inner['employee_id']}.{inner['item']}.{inner['requested_on']}"
            name = str(label or number)
            _flatten(f"{prefix}.{name}" if prefix else name, inner, rows)
    else:
        rows.append((prefix, "" if value is None else str(value)))


def _csv_rows(report: Report) -> Iterator[list[str]]:
    years = report_to_dict(report)["years"]
    assert isinstance(years, dict)
    for year, figures in years.items():
        assert isinstance(figures, dict)
        for section, data in figures.items():
            rows: list[tuple[str, str]] = []
            _flatten("", data, rows)
            for measure, value in rows:
                yield [year, section, measure, value]


def write_report_csv(report: Report, out: TextIO, *, lang: str = "en") -> None:
    """Write the report as CSV, one figure per row: year, section, measure, value.

    The header is in ``lang`` (:func:`report_csv_header`); sections and measures are the
    JSON's keys. Values are neutralised against spreadsheet formulas
    (:func:`~.files.neutralise`).
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(report_csv_header(lang))
    for year, section, measure, value in _csv_rows(report):
        writer.writerow([year, section, measure, neutralise(value)])


def write_report_excel_csv(report: Report, out: TextIO, *, lang: str = "en") -> None:
    """Write the report's CSV for a Belgian Excel: ``;``, decimal comma, UTF-8 with BOM.

    The rows of :func:`write_report_csv`, the header in ``lang``; see
    :mod:`teleworkrules.outputs.excel_csv`.
    """
    write_excel_csv(report_csv_header(lang), _csv_rows(report), out)
