"""Notebook display of results: compact HTML tables (in English) and short reprs.

Every text is escaped: an employee id or a cause never becomes markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Final

from teleworkrules.money import ZERO

if TYPE_CHECKING:  # a type only: the arrears module calls this one
    from teleworkrules.results.arrears import Arrear

__all__ = ["ARREARS_SHOWN", "REPR_MAX", "arrears_html", "fit", "html_table"]

REPR_MAX: Final = 199
"""Every ``repr`` of a result is shorter than 200 characters."""
ARREARS_SHOWN: Final = 20
"""The rows of back pay shown in a notebook."""


def fit(text: str) -> str:
    """``text`` cut to stay under 200 characters, still closed by ``)``."""
    return text if len(text) <= REPR_MAX else text[: REPR_MAX - 2] + "\u2026)"


def _cell(value: object) -> str:
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return f"<td style='text-align:right'>{escape(str(value))}</td>"
    return f"<td style='text-align:left'>{escape(str(value))}</td>"


def html_table(
    head: Sequence[str], rows: Iterable[Sequence[object]], *, caption: str = "", note: str = ""
) -> str:
    """A compact HTML table: ``caption`` above, ``note`` below, every text escaped."""
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    above = f"<p><strong>{escape(caption)}</strong></p>" if caption else ""
    below = f"<p>{escape(note)}</p>" if note else ""
    table = f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"
    return above + table + below


def arrears_html(arrears: Sequence[Arrear]) -> str:
    """The first :data:`ARREARS_SHOWN` differences as a table, with how many there are."""
    shown = arrears[:ARREARS_SHOWN]
    head = ("Employee", "Month", "Allowance", "Owed", "Paid", "Difference", "Cause")
    rows = (
        (a.employee_id, a.month, a.allowance.value, a.owed, a.paid, a.difference, a.cause.text())
        for a in shown
    )
    total = sum((a.difference for a in arrears), ZERO)
    caption = f"{len(arrears)} differences, in total {total} (EUR)"
    more = f"The first {len(shown)} of {len(arrears)} rows." if len(arrears) > len(shown) else ""
    return html_table(head, rows, caption=caption, note=more)
