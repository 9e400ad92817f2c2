"""Notebook display: compact HTML tables in Dutch or English.

Every text is escaped (an employee id or a cause never becomes markup) and a cited source
with a web address becomes a link. Used by the ``_repr_html_`` and ``to_html`` methods of
decisions and results; their language is the argument given, else
:func:`~teleworkrules.i18n.catalogue.default_lang`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Final

from teleworkrules.i18n import check_lang, default_lang, text
from teleworkrules.money import format_euro
from teleworkrules.time import Month

if TYPE_CHECKING:  # types only: the decisions module calls this one
    from teleworkrules.decisions import Decision, Step

__all__ = ["caption", "decisions_table", "language", "table"]


def language(lang: str | None) -> str:
    """``lang`` checked, or the default language when it is ``None``."""
    return default_lang() if lang is None else check_lang(lang)


_NUMBER: Final = "<td style='text-align:right;white-space:nowrap'>{}</td>"


def _cell(value: object, lang: str) -> str:
    if isinstance(value, Decimal):  # money: 1.234,50 in Dutch, 1,234.50 in English
        return _NUMBER.format(escape(format_euro(value, lang).removeprefix("EUR ")))
    if isinstance(value, int) and not isinstance(value, bool):
        return _NUMBER.format(value)
    return f"<td style='text-align:left'>{escape(str(value))}</td>"


def table(
    head: Sequence[str],
    rows: Iterable[Sequence[object]],
    lang: str,
    *,
    caption: str = "",
    note: str = "",
) -> str:
    """A compact HTML table: ``caption`` above, ``note`` below, every text escaped.

    Amounts (``Decimal``) are written as money in ``lang``, without the currency (the
    caption says it).
    """
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(_cell(v, lang) for v in row) + "</tr>" for row in rows)
    above = f"<p><strong>{escape(caption)}</strong></p>" if caption else ""
    below = f"<p>{escape(note)}</p>" if note else ""
    return above + f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>" + below


def caption(employee_id: str, month: Month, known_on: date, entity: str, lang: str) -> str:
    """Whose month, as known on which day, under which entity's policy."""
    line = text(
        "display.person_month",
        lang,
        employee=employee_id,
        month=month,
        known_on=known_on.isoformat(),
        entity=entity,
    )
    return f"<p><strong>{escape(line)}</strong></p>"


def _steps(steps: Sequence[Step], lang: str) -> str:
    """The steps as an HTML list: each text, its citation a link when the source has one."""
    items = []
    for step in steps:
        item = escape(step.text(lang))
        if step.citation is not None:
            cited = escape(step.citation.short(lang))
            url = step.citation.source.url
            if url.startswith(("https://", "http://")):
                cited = f'<a href="{escape(url)}" target="_blank" rel="noopener">{cited}</a>'
            item += f" <small>({cited})</small>"
        items.append(f"<li>{item}</li>")
    return f"<ol style='margin:0'>{''.join(items)}</ol>"


def decisions_table(decisions: Iterable[Decision], lang: str) -> str:
    """Allowance, granted, amount paid, benefit in kind and the reasons, one row each."""
    yes, no = text("value.true", lang), text("value.false", lang)
    rows = "".join(
        "<tr>"
        f"<td>{escape(text('allowance.' + d.allowance.value, lang))}</td>"
        f"<td>{yes if d.granted else no}</td>"
        + _NUMBER.format(escape(format_euro(d.amount, lang)))
        + _NUMBER.format(escape(format_euro(d.benefit_in_kind, lang)))
        + f"<td style='text-align:left'>{_steps(d.steps, lang)}</td>"
        "</tr>"
        for d in decisions
    )
    names = ("allowance", "granted", "amount", "benefit_in_kind", "why")
    head = "".join(f"<th>{escape(text('column.' + n, lang))}</th>" for n in names)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
