"""``teleworkrules check``: validate a dataset without evaluating it."""

from __future__ import annotations

import argparse
from typing import Any

from teleworkrules.cli import options as opt
from teleworkrules.cli.common import echo, load, rulebook, say
from teleworkrules.cli.manual import dataset_help, exit_codes
from teleworkrules.i18n import text
from teleworkrules.inputs import TABLES
from teleworkrules.outputs.skipped import table_counts

__all__ = ["add_parser", "run"]


def add_parser(commands: Any, lang: str = "en") -> argparse.ArgumentParser:  # noqa: ANN401
    """Add the command to ``commands`` (the top parser's subparsers)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "check",
        help=text("help.check.help", lang),
        description=text("help.check.description", lang),
        epilog=dataset_help(lang) + "\n" + exit_codes(lang, check=True),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    opt.add_dataset(parser)
    opt.add_skip_invalid(parser)
    opt.add_common(parser, known_on=False)
    return parser


def run(args: argparse.Namespace, options: opt.Options) -> int:
    """Load the dataset and say whether it is valid, with the rows used per table."""
    dataset = load(options, rulebook(options), args.dataset)
    employees = dataset.employees
    counts = {
        "staff": len(employees),
        "telework": sum(len(e.telework) for e in employees),
        "telework_days": sum(len(e.telework_days) for e in employees),
        "internet": sum(len(e.internet) for e in employees),
        "absences": sum(len(e.absences) for e in employees),
        "material_requests": len(dataset.material_requests),
        "payments": len(dataset.payments),
    }
    tables = table_counts([(name, counts[name]) for name in TABLES], options.lang)
    # With --skip-invalid the dataset is not valid: the skipped rows are counted on stderr.
    verdict = "valid_skipped" if dataset.skipped else "valid"
    echo(say(verdict, options.lang, source=dataset.source, people=len(employees), tables=tables))
    return 0
