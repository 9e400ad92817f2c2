"""The report as a plain-text table for the terminal, in Dutch or English.

Each question is a table of :func:`~teleworkrules.outputs.text_table.render`: the labels
wrap to the terminal's width, the year columns never do, and no word is ever cut.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from decimal import Decimal

from teleworkrules.facts import Allowance
from teleworkrules.i18n import text
from teleworkrules.money import format_number, format_percent
from teleworkrules.outputs._words import allowance_label, table_amount
from teleworkrules.outputs.report_data import review_note
from teleworkrules.outputs.skipped import skipped_lines
from teleworkrules.outputs.text_table import DEFAULT_WIDTH, Column, render
from teleworkrules.results.report import Report, YearFigures

__all__ = ["render_table"]

Row = list[str]


def _t(key: str, lang: str) -> str:
    return text("report." + key, lang)


def _section(
    title: str, years: Sequence[YearFigures], rows: Sequence[Row], width: int
) -> list[str]:
    columns = [Column("", wrap=True), *(Column(str(y.year), ">") for y in years)]
    return [title, render(columns, rows, width=width), ""]


def _staff_rows(years: Sequence[YearFigures], lang: str) -> list[Row]:
    rows = [
        [_t("months", lang), *(f"{y.first.month:02d}-{y.last.month:02d}" for y in years)],
        [_t("staff", lang), *(format_number(y.staff, lang) for y in years)],
        [
            _t("headcount", lang),
            *(format_number(y.average_headcount, lang, places=1) for y in years),
        ],
        [_t("internet_any", lang), *(format_number(y.internet_any.persons, lang) for y in years)],
        ["  " + _t("share", lang), *(format_percent(y.internet_share(), lang) for y in years)],
        [
            "  " + _t("share_hc", lang),
            *(format_percent(y.internet_share_of_headcount(), lang) for y in years),
        ],
        [
            "  " + _t("person_months", lang),
            *(format_number(y.internet_any.person_months, lang) for y in years),
        ],
    ]
    for allowance in Allowance:
        rows += [
            [
                allowance_label(allowance, lang),
                *(format_number(y[allowance].persons, lang) for y in years),
            ],
            ["  " + _t("share", lang), *(format_percent(y.share(allowance), lang) for y in years)],
            [
                "  " + _t("share_hc", lang),
                *(format_percent(y.share_of_headcount(allowance), lang) for y in years),
            ],
            [
                "  " + _t("person_months", lang),
                *(format_number(y[allowance].person_months, lang) for y in years),
            ],
        ]
    rows.append([_t("switched", lang), *(format_number(y.switched, lang) for y in years)])
    return rows


def _cost_rows(years: Sequence[YearFigures], lang: str) -> list[Row]:
    forfait, third, home = (
        Allowance.INTERNET_FORFAIT,
        Allowance.INTERNET_THIRD_PARTY,
        Allowance.HOME_WORKING,
    )

    def money(values: Sequence[Decimal]) -> list[str]:
        return [table_amount(v, lang) for v in values]

    employer = f"{allowance_label(third, lang)}, {_t('employer', lang)}"
    rows = []
    for allowance in (forfait, home):
        label = f"{allowance_label(allowance, lang)}, {_t('accrual', lang)}"
        rows.append([label, *money([y[allowance].amount for y in years])])
    rows.append([employer, *money([y[third].employer_cost for y in years])])
    rows.append([_t("total_accrual", lang), *money([y.cost() for y in years])])
    for allowance in (forfait, home):
        label = f"{allowance_label(allowance, lang)}, {_t('cash', lang)}"
        rows.append([label, *money([y[allowance].paid for y in years])])
    rows.append([employer, *money([y[third].employer_cost for y in years])])
    rows.append([_t("total_cash", lang), *money([y.cost_paid() for y in years])])
    rows.append(
        [
            f"{allowance_label(third, lang)}, {_t('bik', lang)}",
            *money([y[third].benefit_in_kind for y in years]),
        ]
    )
    return rows


def _budget_rows(years: Sequence[YearFigures], lang: str) -> list[Row]:
    keys = sorted({(b.entity, b.parameter) for y in years for b in y.budgets})
    if not keys:
        return [[_t("none", lang), *("" for _ in years)]]
    rows = []
    for entity, parameter in keys:
        found = [
            next((b for b in y.budgets if (b.entity, b.parameter) == (entity, parameter)), None)
            for y in years
        ]
        label = next(b.label(lang) for b in found if b is not None)
        rows.append([label, *("-" if b is None else table_amount(b.amount, lang) for b in found)])
    rows.append([_t("total", lang), *(table_amount(y.budget(), lang) for y in years)])
    return rows


def _material_rows(years: Sequence[YearFigures], lang: str) -> list[Row]:
    items = sorted({m.item for y in years for m in y.material})
    if not items:
        return [[_t("none", lang), *("" for _ in years)]]
    rows = []
    for item in items:
        per_year = [{m.item: m for m in y.material}.get(item) for y in years]
        label = next(m.label(lang) for m in per_year if m is not None)
        rows += [
            [
                f"{label}: {_t('persons', lang)}",
                *(format_number(m.persons, lang) if m else "-" for m in per_year),
            ],
            [
                "  " + _t("spending", lang),
                *(table_amount(m.spending, lang) if m else "-" for m in per_year),
            ],
            [
                "  " + _t("not_conforming", lang),
                *(format_number(m.not_conforming, lang) if m else "-" for m in per_year),
            ],
        ]
    return rows


def render_table(report: Report, lang: str = "en", *, width: int = DEFAULT_WIDTH) -> str:
    """The report as plain-text tables, one per question, that fit ``width`` columns.

    Labels wrap onto more lines when the terminal is narrow; nothing is cut.

    Args:
        report: the report.
        lang: ``nl`` or ``en``.
        width: the terminal's width in characters.
    """
    years = report.years
    lines = [
        text(
            "report.title",
            lang,
            start=report.start,
            end=report.end,
            known_on=report.known_on,
            entities=", ".join(report.entities),
        ),
        "",
    ]
    lines += _section(_t("q1a", lang), years, _staff_rows(years, lang), width)
    lines += _section(_t("q1b", lang), years, _cost_rows(years, lang), width)
    lines += _section(_t("q2a", lang), years, _budget_rows(years, lang), width)
    lines += _section(_t("q2b", lang), years, _material_rows(years, lang), width)
    if report.beyond_review:
        lines += [*textwrap.wrap(review_note(report, lang), max(width, 40)), ""]
    if report.skipped:
        lines += skipped_lines(report.skipped, lang)
    else:
        lines.pop()
    return "\n".join(lines) + "\n"
