"""The yearly report as a tidy table (one row per year, allowance and measure) and display."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from teleworkrules.facts import Allowance
from teleworkrules.results._display import fit

if TYPE_CHECKING:  # a type only: the report module calls this one
    from teleworkrules.results.report import Report

__all__ = [
    "ALLOWANCE_MEASURES",
    "INTERNET_ANY",
    "INTERNET_ANY_MEASURES",
    "REPORT_COLUMNS",
    "YEAR_MEASURES",
    "report_records",
    "report_repr",
]

REPORT_COLUMNS: Final = ("year", "allowance", "measure", "value")
"""The columns of :meth:`~teleworkrules.results.report.Report.to_records` and its frames."""
YEAR_MEASURES: Final = ("staff", "average_headcount", "switched")
"""The measures of a whole year, with no allowance."""
ALLOWANCE_MEASURES: Final = (
    "persons",
    "person_months",
    "amount",
    "benefit_in_kind",
    "paid",
    "employer_cost",
    "share",
    "share_of_headcount",
)
"""The measures of each allowance (:class:`~teleworkrules.results.report.AllowanceFigures`
and the two shares of :class:`~teleworkrules.results.report.YearFigures`)."""
INTERNET_ANY: Final = "internet_any"
"""The ``allowance`` of the rows of staff with an internet allowance by either route."""
INTERNET_ANY_MEASURES: Final = ("persons", "person_months", "share", "share_of_headcount")
"""The measures of :data:`INTERNET_ANY` (a person who switched route counts once)."""


def report_records(report: Report) -> list[dict[str, Any]]:
    """One dict per year, allowance and measure; ``value`` an exact ``Decimal`` or ``None``."""
    rows: list[dict[str, Any]] = []
    for y in report.years:
        values: list[tuple[str | None, str, object]] = [
            (None, m, getattr(y, m)) for m in YEAR_MEASURES
        ]
        internet = {
            "persons": y.internet_any.persons,
            "person_months": y.internet_any.person_months,
            "share": y.internet_share(),
            "share_of_headcount": y.internet_share_of_headcount(),
        }
        values.extend((INTERNET_ANY, m, internet[m]) for m in INTERNET_ANY_MEASURES)
        for allowance in Allowance:
            figures = y[allowance]
            shares = {
                "share": y.share(allowance),
                "share_of_headcount": y.share_of_headcount(allowance),
            }
            values.extend(
                (allowance.value, m, shares[m] if m in shares else getattr(figures, m))
                for m in ALLOWANCE_MEASURES
            )
        rows.extend(
            {
                "year": y.year,
                "allowance": code,
                "measure": measure,
                "value": None if value is None else Decimal(str(value)),
            }
            for code, measure, value in values
        )
    return rows


def report_repr(report: Report) -> str:
    """A short, constructor-like repr of ``report`` (under 200 characters)."""
    years = ", ".join(str(y.year) for y in report.years)
    return fit(
        f"Report(start={report.start!r}, end={report.end!r}, known_on={report.known_on!r}, "
        f"entities={len(report.entities)}, years=[{years}])"
    )
