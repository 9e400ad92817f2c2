"""The catalogue: every text module merged, and the two ways to render a text.

:func:`text` fills a text's ``{name}`` fields with the values given. A whole number can be
shown three ways: ``{count}`` as it is, ``{count:n}`` with the thousands separator of the
language (``1,500`` or ``1.500``), and ``{count:row|rows}`` as the word for one or for
another number (``1 rij``, ``2 rijen``): no text says ``rij(en)``. :func:`render` is for
the values of a decision step, which are kept as plain text: amounts (keys ``amount``,
``benefit``, ``ceiling``, ``before``, ``base``) are formatted as euro for the language, and
route and allowance codes become their labels.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from teleworkrules.exceptions import InvalidFactError, TeleworkRulesError
from teleworkrules.i18n import (
    _answer,
    _cli,
    _display,
    _explain,
    _found,
    _help,
    _manual,
    _outputs,
    _print,
    _problems,
    _words,
)
from teleworkrules.money import format_euro, format_number

__all__ = [
    "CATALOGUE",
    "LANGUAGES",
    "LANG_VARIABLE",
    "SECTIONS",
    "check_lang",
    "default_lang",
    "describe",
    "render",
    "text",
]

LANGUAGES: Final = ("nl", "en")
"""The languages of every text: Dutch first, the users' first language."""


def _merge(*parts: Mapping[str, Mapping[str, str]]) -> dict[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for part in parts:
        for code, texts in part.items():
            if code in merged:
                raise RuntimeError(f"text code {code!r} is defined twice")  # pragma: no cover
            merged[code] = MappingProxyType(dict(texts))
    return merged


SECTIONS: Final[Mapping[str, Mapping[str, Mapping[str, str]]]] = MappingProxyType(
    {
        "words": _words.TEXTS,
        "explanations": _explain.TEXTS,
        "problems": _problems.TEXTS,
        "found": _found.TEXTS,
        "outputs": _outputs.TEXTS,
        "display": _display.TEXTS,
        "answer": _answer.TEXTS,
        "print": _print.TEXTS,
        "cli": _cli.TEXTS,
        "help": _help.TEXTS,
        "manual": _manual.TEXTS,
    }
)
"""The catalogue's parts, by the kind of text: labels, explanation steps, problems and
notes about input, what a problem found when no value was read, outputs, column names and
the notebook display, the answer workbook's sentences, printed workbooks, the command line
and its ``--help``."""

CATALOGUE: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(_merge(*SECTIONS.values()))
"""Every text by code, each with an ``nl`` and an ``en`` version."""


def check_lang(lang: str) -> str:
    """Return ``lang`` if supported, else raise an error naming the choices."""
    if lang not in LANGUAGES:
        raise InvalidFactError("lang", lang, "nl or en")
    return lang


class _Number:
    """A whole number in a text: as it is, grouped (``{n:n}``) or a word (``{n:one|other}``)."""

    __slots__ = ("lang", "value")

    def __init__(self, value: int, lang: str) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self.value)
        if spec == "n":
            return format_number(self.value, self.lang)
        one, bar, other = spec.partition("|")
        if not bar or "|" in other:
            raise ValueError(f"a number in a text is shown as it is, :n or :one|other, not {spec}")
        return one if self.value == 1 else other

    def __str__(self) -> str:
        return str(self.value)


def text(code: str, lang: str, /, **values: object) -> str:
    """The text ``code`` in ``lang``, its ``{name}`` fields filled from ``values``.

    >>> text("allowance.home_working", "nl")
    'thuiswerkvergoeding'
    >>> from teleworkrules.i18n import text
    >>> text("cli.rows", "nl", count=1), text("cli.rows", "nl", count=1500)
    ('1 rij', '1.500 rijen')
    """
    template = CATALOGUE[code][check_lang(lang)]
    if not values:
        return template
    return template.format(
        **{k: _Number(v, lang) if v.__class__ is int else v for k, v in values.items()}
    )


_MONEY_KEYS: Final = frozenset({"amount", "benefit", "ceiling", "before", "base"})
_PLAIN_MONEY: Final = re.compile(r"-?\d+\.\d{2}")
_LABELLED_KEYS: Final = {"route": "route.", "allowance": "allowance."}


def render(code: str, args: Mapping[str, str], lang: str = "en") -> str:
    """The text ``code`` in ``lang`` with a decision step's ``args`` filled in.

    >>> render("home.amount", {"amount": "20.00"}, "nl")
    'Thuiswerkvergoeding: EUR 20,00 per maand.'
    """
    values = dict(args)
    for key, value in values.items():
        if key in _MONEY_KEYS and _PLAIN_MONEY.fullmatch(value):
            values[key] = format_euro(Decimal(value), lang)
        elif key in _LABELLED_KEYS and _LABELLED_KEYS[key] + value in CATALOGUE:
            values[key] = text(_LABELLED_KEYS[key] + value, lang)
    return text(code, lang, **values)


LANG_VARIABLE: Final = "TELEWORKRULES_LANG"
"""The environment variable that sets the language of what people read: ``nl`` or ``en``."""

_LOCALE_VARIABLES: Final = ("LC_ALL", "LC_MESSAGES", "LANG")
"""Where the locale is read, in POSIX's order of precedence."""


def _locale_lang() -> str:
    """``nl`` when the user's locale is Dutch (``nl_BE.UTF-8``, ``Dutch_Belgium``), else ``en``."""
    name = next((os.environ[v] for v in _LOCALE_VARIABLES if os.environ.get(v)), None)
    if name is None:  # no variables (Windows): the locale Python started with
        name = locale.getlocale(locale.LC_CTYPE)[0] or ""
    return "nl" if name.lower().startswith(("nl", "dutch")) else "en"


def default_lang() -> str:
    """The language of the command line and of displays when none is asked for.

    ``TELEWORKRULES_LANG`` (``nl`` or ``en``), else the user's locale (``nl_BE`` and every
    other Dutch locale give ``nl``), else English. Another value of ``TELEWORKRULES_LANG`` is
    an :class:`~teleworkrules.exceptions.InvalidFactError` naming the variable.

    >>> default_lang() in LANGUAGES
    True
    """
    chosen = os.environ.get(LANG_VARIABLE, "").strip().lower()
    if not chosen:
        return _locale_lang()
    if chosen not in LANGUAGES:
        raise InvalidFactError(LANG_VARIABLE, chosen, "nl or en")
    return chosen


def describe(error: TeleworkRulesError, lang: str) -> str:
    """The message of ``error`` in ``lang``: its catalogue text, else its English message."""
    if error.code is None or error.code not in CATALOGUE:
        return str(error)
    return text(error.code, lang, **error.values)
