"""``teleworkrules explain``: why one person is owed what in one month."""

from __future__ import annotations

import argparse
import json
import shutil
from importlib.resources import as_file, files
from typing import Any

from teleworkrules.cli import manual
from teleworkrules.cli import options as opt
from teleworkrules.cli.common import EXAMPLE, echo, load, rulebook
from teleworkrules.cli.parser import language_of
from teleworkrules.engine.evaluation import evaluate
from teleworkrules.i18n import text

__all__ = ["add_parser", "run"]

_EXAMPLES = (
    "teleworkrules explain examples/small E002 2023-03 --lang nl",
    "teleworkrules explain D0109 2023-03 --as-known-on 2023-11-08 --lang nl",
    "teleworkrules explain hr-export E042 2023-01 --as-known-on 2023-09-01 --json",
)


def add_parser(commands: Any, lang: str = "en") -> argparse.ArgumentParser:  # noqa: ANN401
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "explain",
        help=text("help.explain.help", lang),
        description=text("help.explain.description", lang),
        epilog=manual.examples(lang, *_EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(  # optional: without it, a person of the bundled example
        "dataset",
        metavar="DATASET",
        nargs="?",
        default=None,
        help=text("help.dataset_optional", language_of(parser)),
    )
    parser.add_argument(
        "employee_id",
        metavar=text("cli.metavar.employee", lang),
        help=text("help.explain.employee", lang),
    )
    parser.add_argument(
        "month",
        metavar=text("cli.metavar.explain_month", lang),
        type=opt.typed(opt.month_argument, lang),
        help=text("help.explain.month", lang),
    )
    parser.add_argument("--json", action="store_true", help=text("help.explain.json", lang))
    opt.add_skip_invalid(parser)
    opt.add_common(parser)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Print the decisions of one person and month, as text or JSON."""
    book = rulebook(options)
    if args.dataset is None:  # the bundled example, as for report
        with as_file(files("teleworkrules").joinpath(EXAMPLE)) as folder:
            dataset = load(options, book, folder)
    else:
        dataset = load(options, book, args.dataset)
    try:
        employee = dataset.employee(args.employee_id)
    except KeyError:
        ids = sorted(e.employee_id for e in dataset.employees)
        source = (
            dataset.source
            if args.dataset
            else text("cli.example", options.lang, first=ids[0], last=ids[-1])
        )
        raise opt.UsageError("unknown_employee", employee=args.employee_id, source=source) from None
    result = evaluate(employee, args.month, known_on=options.known_on, rulebook=book)
    if args.json:
        echo(json.dumps(result.to_dict(options.lang), indent=2, ensure_ascii=False))
    else:
        echo(result.explain(options.lang, width=shutil.get_terminal_size((100, 24)).columns))
    return 0
