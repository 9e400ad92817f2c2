"""Notebook display of results: compact HTML tables (Dutch or English) and short reprs.

The tables are drawn by :mod:`teleworkrules._html`, which escapes every text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from teleworkrules import _html
from teleworkrules.decisions import Allowance
from teleworkrules.i18n import text
from teleworkrules.money import ZERO, format_euro

if TYPE_CHECKING:  # types only: these modules call this one
    from teleworkrules.results.arrears import Arrear
    from teleworkrules.results.report import Report
    from teleworkrules.results.simulation import Simulation

__all__ = ["ARREARS_SHOWN", "REPR_MAX", "arrears_html", "fit", "report_html", "simulation_html"]

REPR_MAX: Final = 199
"""Every ``repr`` of a result is shorter than 200 characters."""
ARREARS_SHOWN: Final = 20
"""The rows of back pay shown in a notebook."""


def fit(text: str) -> str:
    """``text`` cut to stay under 200 characters, still closed by ``)``."""
    return text if len(text) <= REPR_MAX else text[: REPR_MAX - 2] + "\u2026)"


def _head(lang: str, *names: str) -> tuple[str, ...]:
    return tuple(text("column." + name, lang) for name in names)


def _label(allowance: Allowance, lang: str) -> str:
    return text("allowance." + allowance.value, lang)


def arrears_html(arrears: Sequence[Arrear], lang: str) -> str:
    """The first :data:`ARREARS_SHOWN` differences as a table, with how many there are."""
    shown = arrears[:ARREARS_SHOWN]
    head = _head(lang, "employee", "month", "allowance", "owed", "paid", "difference", "cause")
    rows = (
        (
            a.employee_id,
            a.month,
            _label(a.allowance, lang),
            a.owed,
            a.paid,
            a.difference,
            a.cause.text(lang),
        )
        for a in shown
    )
    total = format_euro(sum((a.difference for a in arrears), ZERO), lang)
    caption = text("display.arrears", lang, count=len(arrears), total=total)
    more = (
        text("display.first_rows", lang, shown=len(shown), count=len(arrears))
        if len(arrears) > len(shown)
        else ""
    )
    return _html.table(head, rows, lang, caption=caption, note=more)


def report_html(report: Report, lang: str) -> str:
    """A row per year, a column per allowance: persons / person-months."""
    head = (
        text("column.year", lang),
        *(text("display.report.cell", lang, allowance=_label(a, lang)) for a in Allowance),
    )
    rows = (
        (y.year, *(f"{y[a].persons} / {y[a].person_months}" for a in Allowance))
        for y in report.years
    )
    caption = text(
        "display.report",
        lang,
        start=report.start,
        end=report.end,
        known_on=report.known_on.isoformat(),
    )
    return _html.table(head, rows, lang, caption=caption)


def simulation_html(sim: Simulation, lang: str) -> str:
    """Per year and allowance: baseline, reform, difference; who is better or worse off."""
    head = _head(lang, "year", "allowance", "baseline", "reform", "difference")
    rows = [
        (
            y.year,
            _label(a, lang),
            sim.cost(sim.baseline, y.year, a),
            sim.cost(sim.reform, y.year, a),
            sim.difference(y.year, a),
        )
        for y in sim.baseline.years
        for a in Allowance
    ]
    title = text("display.what_if", lang) if sim.initiative is None else sim.initiative.title(lang)
    caption = text("display.simulation", lang, title=title, changes=len(sim.changes))
    note = text(
        "display.better_off",
        lang,
        better=sim.better_off,
        persons=len(sim.persons),
        worse=sim.worse_off,
    )
    return _html.table(head, rows, lang, caption=caption, note=note)
