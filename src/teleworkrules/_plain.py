"""Plain words for explanations: settings by their label, values and confidence in words.

The readers of an explanation are HR officers and staff, not lawyers. So a step's numbers
follow the language (``4,6`` in Dutch), a number of days says ``1 dag`` or ``2 dagen``, a
parameter is named by its label with its value in words (never ``name = code``), and a
confidence level is a phrase (``bevestigd in de tekst``) whose meaning the explanation
states once (:func:`legend`). Lines are wrapped to a width when one is asked
(:func:`layout`). Every word comes from the text catalogue.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Final

from teleworkrules.i18n import CATALOGUE, render, text
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import Parameter, Unit, Value, Version
from teleworkrules.law.sources import Citation, Confidence
from teleworkrules.money import format_euro, format_number
from teleworkrules.time import Month

__all__ = [
    "MIN_WIDTH",
    "Line",
    "day_words",
    "is_amount",
    "layout",
    "legend",
    "month_words",
    "number",
    "parameter_lines",
    "step_text",
    "sureness",
    "value_words",
]

MIN_WIDTH: Final = 40
"""The narrowest width lines are wrapped to; a smaller width asked is taken as this one."""

Line = tuple[str, str, str]
"""A line to lay out: the indent of its first line, the indent of the next ones, the text."""

_NUMBER: Final = re.compile(r"-?\d+(\.\d+)?")
_NUMBER_KEYS: Final = frozenset({"days", "threshold", "per_week", "minimum", "factor"})
"""Step values that are numbers: written with a decimal comma in Dutch."""
_DAY_KEYS: Final = frozenset({"days", "threshold", "per_week", "minimum"})
"""Step values that count days: ``{key_days}`` is the number with ``day`` or ``days``."""
_LABEL_KEYS: Final = frozenset({"name", "setting"})
"""Step values that name a parameter: shown as its label."""
_WORD_KEYS: Final = {"kind": "absence.kind.", "salary": "absence.salary."}


def number(value: str | Decimal | int, lang: str) -> str:
    """A number for people: ``4,6`` in Dutch, ``4.6`` in English; trailing zeros dropped.

    >>> number("4.60", "nl"), number(Decimal("2"), "en")
    ('4,6', '2')
    """
    return format_number(Decimal(value), lang) if _NUMBER.fullmatch(str(value)) else str(value)


def days(value: str | Decimal | int, lang: str) -> str:
    """A number of days with the right word: ``1 dag``, ``2 dagen``, ``4,6 dagen``."""
    one = _NUMBER.fullmatch(str(value)) is not None and Decimal(value) == 1
    return text("unit.day.one" if one else "unit.day.other", lang, n=number(value, lang))


def month_words(month: Month, lang: str) -> str:
    """``maart 2023`` or ``March 2023``."""
    return f"{text('month.names', lang).split(',')[month.month - 1]} {month.year}"


def day_words(day: date, lang: str) -> str:
    """``8 september 2023`` or ``8 September 2023``."""
    return f"{day.day} {month_words(Month.from_date(day), lang)}"


@cache
def _parameters() -> Mapping[str, Parameter]:
    """Every shipped parameter by name: the law's, then the bundled entities' own."""
    book = Rulebook.default()
    found = {p.name: p for p in book.law}
    for policy in book.policies.values():
        for parameter in policy.parameters:
            found.setdefault(parameter.name, parameter)
    return found


def label(name: str, lang: str) -> str:
    """The label of parameter ``name`` in ``lang`` (the name itself when unknown)."""
    parameter = _parameters().get(name)
    return name if parameter is None else parameter.label(lang)


def is_amount(version: Version) -> bool:
    """Whether ``version`` is an amount in euro (a parameter of unit ``EUR``)."""
    parameter = _parameters().get(version.name)
    return parameter is not None and parameter.unit is Unit.EUR


def _word(value: str, lang: str) -> str:
    for code in (f"value.{value}", f"route.{value}"):
        if code in CATALOGUE:
            return text(code, lang)
    return value.replace("_", " ")


def value_words(name: str, value: Value | None, lang: str) -> str:
    """A parameter's value in words: an amount in euro, days, yes or no, a choice's words."""
    unit = None if (p := _parameters().get(name)) is None else p.unit
    if value is None:
        return text("word.not_in_force", lang)
    if isinstance(value, bool):
        return text(f"value.{'true' if value else 'false'}", lang)
    if isinstance(value, tuple):
        return ", ".join(_word(v, lang) for v in value)
    if isinstance(value, date):
        return day_words(value, lang)
    if isinstance(value, str):
        return _word(value, lang)
    if unit is Unit.EUR:
        return format_euro(Decimal(value), lang)
    if unit is Unit.DAYS:
        return days(value, lang)
    return number(value, lang)


def step_text(code: str, args: Mapping[str, str], lang: str) -> str:
    """A step's sentence: numbers in the language, days counted in words, labels for names."""
    values = dict(args)
    for key, value in args.items():
        if key in _DAY_KEYS:
            values[f"{key}_days"] = days(value, lang)
        if key in _NUMBER_KEYS and _NUMBER.fullmatch(value):
            values[key] = number(value, lang)
        elif key in _LABEL_KEYS:
            values[key] = label(value, lang)
        elif key in _WORD_KEYS:
            word = _WORD_KEYS[key] + value
            values[key] = text(word, lang) if word in CATALOGUE else value.replace("_", " ")
    return render(code, values, lang)


def sureness(confidence: Confidence, lang: str) -> str:
    """How sure a reading is, in words: ``bevestigd in de tekst``."""
    return text(f"sureness.{confidence.value}", lang)


def source_line(cited: Citation, lang: str) -> str:
    """The source of a citation, its article and how sure the reading is, as one line."""
    parts = [cited.source.title(lang)]
    if cited.article:
        parts.append(cited.article_in(lang))
    source = ", ".join(parts)
    return text("explain.source", lang, source=source, confidence=sureness(cited.confidence, lang))


def parameter_lines(version: Version, lang: str) -> tuple[str, str]:
    """The setting in words with its two dates, and its source with how sure it is."""
    setting = text(
        "explain.setting",
        lang,
        label=label(version.name, lang),
        value=value_words(version.name, version.value, lang),
        effective=month_words(version.effective_from, lang),
        known=day_words(version.known_from, lang),
    )
    return setting, source_line(version.citation, lang)


def legend(confidences: Iterable[Confidence], lang: str) -> list[Line]:
    """What each confidence level used means, once, in the order of the enumeration."""
    used = set(confidences)
    if not used:
        return []
    lines: list[Line] = [("", "", text("explain.legend", lang))]
    lines += [
        ("  - ", "    ", text(f"sureness.{c.value}.means", lang)) for c in Confidence if c in used
    ]
    return lines


def layout(lines: Sequence[Line], width: int | None) -> str:
    """The lines joined; wrapped to ``width`` (at least :data:`MIN_WIDTH`) when given."""
    if width is None:
        return "\n".join(first + body for first, _, body in lines)
    width = max(width, MIN_WIDTH)
    out: list[str] = []
    for first, rest, body in lines:
        if not body:
            out.append("")
            continue
        out += textwrap.wrap(
            body,
            width,
            initial_indent=first,
            subsequent_indent=rest,
            break_on_hyphens=False,
        )
    return "\n".join(out)
