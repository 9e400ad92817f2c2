"""``teleworkrules rules``: every parameter with its history and sources."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from teleworkrules._plain import value_words
from teleworkrules.cli import manual
from teleworkrules.cli import options as opt
from teleworkrules.cli.common import echo, rulebook, say
from teleworkrules.i18n import check_lang, text
from teleworkrules.law.parameters import Parameter, ParameterSet, Version
from teleworkrules.law.sources import Source, load_sources, reviewed_on
from teleworkrules.money import format_euro, format_number
from teleworkrules.time import Month

__all__ = ["add_parser", "catalogue_lines", "catalogue_to_dict", "run"]

_EXAMPLES = ("teleworkrules rules --lang nl", "teleworkrules rules --json")


def add_parser(commands: Any, lang: str = "en") -> argparse.ArgumentParser:  # noqa: ANN401
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "rules",
        help=text("help.rules.help", lang),
        description=text("help.rules.description", lang),
        epilog=manual.examples(lang, *_EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help=text("help.rules.json", lang))
    opt.add_common(parser, known_on=False)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Print the parameter catalogue, as text or JSON."""
    parameters = rulebook(options).parameters(options.entity)
    lang = check_lang(options.lang)
    sources = load_sources()
    reviewed = reviewed_on()
    if args.json:
        data = {"reviewed_on": reviewed.isoformat(), **catalogue_to_dict(parameters, sources, lang)}
        echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        echo(say("rules.reviewed", lang, day=reviewed.isoformat()))
        echo("")
        for line in catalogue_lines(parameters, sources, lang):
            echo(line)
    return 0


def catalogue_to_dict(
    parameters: Iterable[Parameter], sources: Mapping[str, Source], lang: str
) -> dict[str, object]:
    """The parameters (each with every version) and the sources, as plain data.

    An indexed version also lists ``amounts``: the value computed for each month its base
    or coefficient changes, with the two values used.
    """
    parameters = tuple(parameters)
    law = ParameterSet(parameters)
    return {
        "parameters": [
            {
                "name": p.name,
                "unit": p.unit.value,
                "label": p.label(lang),
                "versions": [_version_dict(law, p, v) for v in p.versions],
            }
            for p in parameters
        ],
        "sources": [
            {
                "id": s.id,
                "title": s.title(lang),
                "date": None if s.date is None else s.date.isoformat(),
                "url": s.url,
            }
            for s in sources.values()
        ],
    }


def catalogue_lines(
    parameters: Iterable[Parameter], sources: Mapping[str, Source], lang: str
) -> Iterator[str]:
    """The parameters, each with every version and its citation, then the sources.

    An indexed version shows its formula, then the amount computed for each month its
    base or coefficient changes.
    """
    parameters = tuple(parameters)
    law = ParameterSet(parameters)
    for parameter in parameters:
        unit = text(f"unit.{parameter.unit.value}", lang)
        yield f"{parameter.name} ({unit}): {parameter.label(lang)}"
        for version in parameter.versions:
            yield from _version_lines(version, lang)
            for month, base, factor, amount, known in _indexed_amounts(law, parameter, version):
                yield "      " + say(
                    "rules.indexed_amount",
                    lang,
                    month=month,
                    base=format_euro(base, lang),
                    factor=format_number(factor, lang),
                    amount=format_euro(amount, lang),
                    known=known,
                )
        yield ""
    yield say("rules.sources", lang)
    for source in sources.values():
        when = "" if source.date is None else f" ({source.date})"
        yield f"  {source.id}{when}: {source.title(lang)}\n      {source.url}"


def _indexed_amounts(
    law: ParameterSet, parameter: Parameter, version: Version
) -> Iterator[tuple[Month, Decimal, Decimal, Decimal, date]]:
    """For an indexed version: each month its amount changes, base, coefficient, amount, known.

    As known once everything is known; up to the parameter's next version.
    """
    formula = version.indexation
    if formula is None or formula.base not in law or formula.index not in law:
        return
    later = [
        v.effective_from for v in parameter.versions if v.effective_from > version.effective_from
    ]
    until = min(later, default=None)
    changes = {
        m
        for name in (formula.base, formula.index)
        for m in law[name].changes(known_on=date.max)
        if m > version.effective_from and (until is None or m < until)
    }
    for month in sorted({version.effective_from, *changes}):
        base = law.at(formula.base, month, known_on=date.max)
        factor = law.at(formula.index, month, known_on=date.max)
        if base is None or factor is None:
            continue
        if not isinstance(base.value, Decimal) or not isinstance(factor.value, Decimal):
            continue
        known = max(version.known_from, base.known_from, factor.known_from)
        amount = formula.rounding.apply(base.value * factor.value)
        yield month, base.value, factor.value, amount, known


def _version_dict(law: ParameterSet, parameter: Parameter, version: Version) -> dict[str, object]:
    data = version.to_dict()
    if version.indexation is not None:
        data["amounts"] = [
            {
                "from": str(month),
                "known_from": known.isoformat(),
                "base_amount": str(base),
                "coefficient": str(factor),
                "value": str(amount),
            }
            for month, base, factor, amount, known in _indexed_amounts(law, parameter, version)
        ]
    return data


def _version_lines(version: Version, lang: str) -> Iterator[str]:
    value = value_words(version.name, version.value, lang)  # the explanations' words
    if version.indexation is not None:
        value = say(
            "rules.indexed",
            lang,
            base=version.indexation.base,
            index=version.indexation.index,
            rounding=say(f"rules.rounding.{version.indexation.rounding.value}", lang),
        )
    citation = version.citation
    confidence = text(f"confidence.{citation.confidence.value}", lang)
    yield (
        f"  {text('word.from', lang)} {version.effective_from}  "
        f"{text('word.known_from', lang)} {version.known_from}  "
        f"{say('rules.value', lang)} {value}"
    )
    yield (
        f"      {text('word.source', lang)}: {citation.source.id}, {citation.article_in(lang)} "
        f"[{confidence}]"
    )
