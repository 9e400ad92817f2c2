"""argparse in Dutch or English: the parser of every command, and the argument types.

argparse writes some words of its own ("usage:", "options", "the following arguments are
required: ..."). :class:`Parser` takes them from the catalogue (``cli.argparse.*``) in
its language: the usage prefix, the section titles, the help of ``-h`` and every usage
error, whose English text argparse builds is matched and rewritten here. The argument
types (months, days, ``--limit``) say their errors in the parser's language too.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, Final, NoReturn, TypeVar

import attrs

from teleworkrules.exceptions import TeleworkRulesError
from teleworkrules.i18n import text
from teleworkrules.inputs.limits import Limits
from teleworkrules.time import Month

__all__ = [
    "Parser",
    "date_argument",
    "language_of",
    "limit_argument",
    "month_argument",
    "translate",
    "typed",
]

_T = TypeVar("_T")

_MESSAGES: Final = tuple(
    (code, re.compile(pattern))
    for code, pattern in (
        ("required", r"the following arguments are required: (?P<names>.+)"),
        ("unrecognized", r"unrecognized arguments: (?P<names>.+)"),
        ("one_of", r"one of the arguments (?P<names>.+) is required"),
        ("ambiguous", r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
        ("invalid_choice", r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"),
        ("expected_one", r"expected one argument"),
        ("expected_at_most_one", r"expected at most one argument"),
        ("invalid_value", r"invalid (?P<type>\S+) value: (?P<value>.+)"),
        ("not_allowed", r"not allowed with argument (?P<name>.+)"),
        ("ignored", r"ignored explicit argument (?P<value>.+)"),
    )
)
"""argparse's English usage errors (Python 3.11-3.13) and their ``cli.argparse.*`` codes."""
_ARGUMENT: Final = re.compile(r"argument (?P<name>[^:]+): (?P<message>.+)", re.DOTALL)


def translate(message: str, lang: str) -> str:
    """An argparse usage error in ``lang``; a message it does not know stays as it is.

    >>> translate("the following arguments are required: --from", "nl")
    'deze argumenten ontbreken: --from'
    """
    if lang == "en":
        return message
    found = _ARGUMENT.fullmatch(message)
    if found is not None:
        inner = translate(found["message"], lang)
        return text("cli.argparse.argument", lang, name=found["name"], message=inner)
    for code, pattern in _MESSAGES:
        found = pattern.fullmatch(message)
        if found is not None:
            return text(f"cli.argparse.{code}", lang, **found.groupdict())
    return message


def language_of(parser: argparse.ArgumentParser) -> str:
    """The language of ``parser``'s texts: its own when it is a :class:`Parser`."""
    return parser.lang if isinstance(parser, Parser) else "en"


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs as written (laid out by hand), the usage prefix translated."""

    usage_prefix = "usage: "

    def add_usage(
        self,
        usage: str | None,
        actions: Any,  # noqa: ANN401  # argparse's own types
        groups: Any,  # noqa: ANN401
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, self.usage_prefix if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An :class:`argparse.ArgumentParser` whose own words are in ``lang``.

    Args:
        lang: ``nl`` or ``en``; subcommands made with ``add_subparsers`` inherit it.
    """

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:  # noqa: ANN401
        kwargs["formatter_class"] = _Formatter  # every epilog is laid out by hand
        kwargs["add_help"] = False  # -h is added below, its help in ``lang``
        super().__init__(*args, **kwargs)
        self.lang = lang
        self._positionals.title = text("cli.argparse.positionals", lang)
        self._optionals.title = text("cli.argparse.options", lang)
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=text("cli.argparse.help", lang),
        )

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter = super()._get_formatter()
        if isinstance(formatter, _Formatter):
            formatter.usage_prefix = text("cli.argparse.usage", self.lang)
        return formatter

    def add_subparsers(self, **kwargs: Any) -> Any:  # noqa: ANN401  # argparse's private type
        """Subcommands whose parsers are :class:`Parser` s in this parser's language."""
        lang = self.lang

        class Sub(Parser):
            def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401
                kwargs.setdefault("lang", lang)
                super().__init__(*args, **kwargs)

        kwargs.setdefault("parser_class", Sub)
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error in the parser's language; exit with code 2."""
        self.print_usage(sys.stderr)
        self.exit(
            2,
            text(
                "cli.argparse.error",
                self.lang,
                prog=self.prog,
                message=translate(message, self.lang),
            )
            + "\n",
        )


def month_argument(value: str, lang: str = "en") -> Month:
    """An argparse type: a month as YYYY-MM (its error in ``lang``)."""
    try:
        return Month(value)
    except TeleworkRulesError:
        raise argparse.ArgumentTypeError(text("cli.usage.month", lang, text=value)) from None


def date_argument(value: str, lang: str = "en") -> date:
    """An argparse type: a day as YYYY-MM-DD (its error in ``lang``)."""
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(text("cli.usage.date", lang, text=value)) from None


def typed(convert: Callable[[str, str], _T], lang: str) -> Callable[[str], _T]:
    """An argparse type of ``convert`` whose errors are in ``lang``."""

    def typed(value: str) -> _T:
        return convert(value, lang)

    typed.__name__ = convert.__name__
    return typed


def limit_argument(given: str, lang: str = "en") -> tuple[str, int]:
    """``NAME=N`` of --limit: a field of :class:`~teleworkrules.inputs.limits.Limits`, N >= 1."""
    name, _, number = given.partition("=")
    names = [f.name for f in attrs.fields(Limits)]
    if name.strip() not in names or not number.strip().isdigit() or int(number) < 1:
        raise argparse.ArgumentTypeError(
            text("help.limit.bad", lang, text=repr(given), names=", ".join(names))
        )
    return name.strip(), int(number)


def jobs_argument(given: str, lang: str = "en") -> int:
    """N of --jobs: a whole number of processes, at least 1."""
    if not given.strip().isdigit() or int(given) < 1:
        raise argparse.ArgumentTypeError(text("help.jobs.bad", lang, text=repr(given)))
    return int(given)
