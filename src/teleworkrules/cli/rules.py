"""``teleworkrules rules``: every parameter with its history and sources."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from teleworkrules._plain import value_words
from teleworkrules.cli import manual
from teleworkrules.cli import options as opt
from teleworkrules.cli.common import echo, rulebook, say
from teleworkrules.i18n import check_lang, text
from teleworkrules.law.parameters import Parameter, Version
from teleworkrules.law.sources import Source, load_sources

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
    if args.json:
        data = catalogue_to_dict(parameters, sources, lang)
        echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for line in catalogue_lines(parameters, sources, lang):
            echo(line)
    return 0


def catalogue_to_dict(
    parameters: Iterable[Parameter], sources: Mapping[str, Source], lang: str
) -> dict[str, object]:
    """The parameters (each with every version) and the sources, as plain data."""
    return {
        "parameters": [
            {
                "name": p.name,
                "unit": p.unit.value,
                "label": p.label(lang),
                "versions": [v.to_dict() for v in p.versions],
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
    """The parameters, each with every version and its citation, then the sources."""
    for parameter in parameters:
        unit = text(f"unit.{parameter.unit.value}", lang)
        yield f"{parameter.name} ({unit}): {parameter.label(lang)}"
        for version in parameter.versions:
            yield from _version_lines(version, lang)
        yield ""
    yield say("rules.sources", lang)
    for source in sources.values():
        when = "" if source.date is None else f" ({source.date})"
        yield f"  {source.id}{when}: {source.title(lang)}\n      {source.url}"


def _version_lines(version: Version, lang: str) -> Iterator[str]:
    value = value_words(version.name, version.value, lang)  # the explanations' words
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
