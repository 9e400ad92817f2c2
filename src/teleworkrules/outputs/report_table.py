"""The report as a plain-text table for the terminal, in Dutch or English."""

from __future__ import annotations

from decimal import Decimal

from teleworkrules.facts import Allowance
from teleworkrules.i18n import text
from teleworkrules.outputs._words import allowance_label, table_amount
from teleworkrules.outputs.skipped import skipped_lines
from teleworkrules.results.report import Report

__all__ = ["render_table"]

_LABEL = 40
_COLUMN = 12


def _t(key: str, lang: str) -> str:
    return text("report." + key, lang)


def _row(label: str, values: list[str]) -> str:
    shown = label if len(label) <= _LABEL else label[: _LABEL - 1] + "…"
    return shown.ljust(_LABEL) + "".join(v.rjust(_COLUMN) for v in values)


def render_table(report: Report, lang: str = "en") -> str:
    """The report as a plain-text table that fits in 100 columns for up to five years."""
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
    header = _row("", [str(y.year) for y in years])
    spans = _row(_t("months", lang), [f"{y.first.month:02d}-{y.last.month:02d}" for y in years])

    def pct(value: Decimal | None) -> str:
        if value is None:
            return "-"
        shown = f"{value:.1f}%"
        return shown.replace(".", ",") if lang == "nl" else shown

    lines += [_t("q1a", lang), header, spans]
    lines.append(_row(_t("staff", lang), [str(y.staff) for y in years]))
    lines.append(
        _row(
            _t("headcount", lang),
            [
                f"{y.average_headcount:.1f}".replace(".", "," if lang == "nl" else ".")
                for y in years
            ],
        )
    )
    for allowance in Allowance:
        name = allowance_label(allowance, lang)
        lines.append(_row(name, [str(y[allowance].persons) for y in years]))
        lines.append(_row("  " + _t("share", lang), [pct(y.share(allowance)) for y in years]))
        lines.append(
            _row("  " + _t("share_hc", lang), [pct(y.share_of_headcount(allowance)) for y in years])
        )
        lines.append(
            _row("  " + _t("person_months", lang), [str(y[allowance].person_months) for y in years])
        )
    lines.append(_row(_t("switched", lang), [str(y.switched) for y in years]))
    lines += ["", _t("q1b", lang), header]
    forfait, third, home = (
        Allowance.INTERNET_FORFAIT,
        Allowance.INTERNET_THIRD_PARTY,
        Allowance.HOME_WORKING,
    )
    for allowance in (forfait, home):
        name = allowance_label(allowance, lang)
        lines.append(
            _row(
                name + ", " + _t("accrual", lang),
                [table_amount(y[allowance].amount, lang) for y in years],
            )
        )
        lines.append(
            _row(
                name + ", " + _t("cash", lang),
                [table_amount(y[allowance].paid, lang) for y in years],
            )
        )
    lines.append(
        _row(
            allowance_label(third, lang) + ", " + _t("employer", lang),
            [table_amount(y[third].employer_cost, lang) for y in years],
        )
    )
    lines.append(
        _row(
            allowance_label(third, lang) + ", " + _t("bik", lang),
            [table_amount(y[third].benefit_in_kind, lang) for y in years],
        )
    )
    lines += ["", _t("q2a", lang), header]
    budget_keys = sorted({(b.entity, b.parameter) for y in years for b in y.budgets})
    if not budget_keys:
        lines.append(_t("none", lang))
    for entity, parameter in budget_keys:
        label = next(b.label(lang) for y in years for b in y.budgets if b.parameter == parameter)
        values = []
        for y in years:
            found = [b.amount for b in y.budgets if (b.entity, b.parameter) == (entity, parameter)]
            values.append(table_amount(found[0], lang) if found else "-")
        lines.append(_row(label, values))
    lines += ["", _t("q2b", lang), header]
    items = sorted({m.item for y in years for m in y.material})
    if not items:
        lines.append(_t("none", lang))
    for item in items:
        per_year = [{m.item: m for m in y.material}.get(item) for y in years]
        label = next(m.label(lang) for m in per_year if m is not None)
        lines.append(
            _row(
                label + ": " + _t("persons", lang),
                [str(m.persons) if m else "-" for m in per_year],
            )
        )
        lines.append(
            _row(
                "  " + _t("spending", lang),
                [table_amount(m.spending, lang) if m else "-" for m in per_year],
            )
        )
        lines.append(
            _row(
                "  " + _t("not_conforming", lang),
                [str(m.not_conforming) if m else "-" for m in per_year],
            )
        )
    if report.skipped:
        lines += ["", *skipped_lines(report.skipped, lang)]
    return "\n".join(lines) + "\n"
