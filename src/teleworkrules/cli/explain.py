"""``teleworkrules explain``: why one person is owed what in one month."""

from __future__ import annotations

import argparse
import json
from typing import Any

from teleworkrules.cli import options as opt
from teleworkrules.cli.common import echo, load, rulebook
from teleworkrules.engine.evaluation import evaluate

__all__ = ["add_parser", "run"]

EPILOG = """\
examples:
  teleworkrules explain examples/small E002 2023-03 --lang nl
  teleworkrules explain hr-export E042 2023-01 --as-known-on 2023-09-01 --json
"""


def add_parser(commands: Any) -> argparse.ArgumentParser:  # noqa: ANN401  # argparse's private type
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "explain",
        help="why one person is owed what in one month, with the legal reasons",
        description="Explain every allowance decision for one staff member and month: each "
        "step with its legal source, the parameter values (with both dates) and the facts "
        "used.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_dataset(parser)
    parser.add_argument("employee_id", metavar="EMPLOYEE_ID")
    parser.add_argument("month", metavar="MONTH", type=opt.month_argument, help="YYYY-MM")
    parser.add_argument("--json", action="store_true", help="print the decisions as JSON")
    opt.add_skip_invalid(parser)
    opt.add_common(parser)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Print the decisions of one person and month, as text or JSON."""
    book = rulebook(options)
    dataset = load(options, book, args.dataset)
    try:
        employee = dataset.employee(args.employee_id)
    except KeyError:
        raise opt.UsageError(
            "unknown_employee", employee=args.employee_id, source=dataset.source
        ) from None
    result = evaluate(employee, args.month, known_on=options.known_on, rulebook=book)
    if args.json:
        echo(json.dumps(result.to_dict(options.lang), indent=2, ensure_ascii=False))
    else:
        echo(result.explain(options.lang))
    return 0
