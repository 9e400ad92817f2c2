"""The help texts that several commands share: datasets, invalid data, exit codes, examples.

Each is a function of the language of ``--help``; the texts are in the catalogue
(``help.manual.*``). The commands add them to their epilogs.
"""

from __future__ import annotations

from teleworkrules.i18n import text

__all__ = ["dataset_help", "epilog", "examples", "exit_codes"]


def exit_codes(lang: str, *, check: bool = False) -> str:
    """The end of every evaluating command's help (``check``: of the check command's)."""
    return text("help.manual.exit_codes_check" if check else "help.manual.exit_codes", lang)


def dataset_help(lang: str) -> str:
    """The help on datasets and invalid data, for the epilog of commands that read one."""
    return text("help.manual.dataset", lang) + "\n" + text("help.manual.invalid", lang)


def examples(lang: str, *commands: str) -> str:
    """The examples section: its title in ``lang``, then the ``commands``, one a line."""
    return text("help.manual.examples", lang) + "\n" + "".join(f"  {c}\n" for c in commands)


def epilog(*sections: str) -> str:
    """The ``sections`` of an epilog, each ending in a newline, with a blank line between."""
    return "\n".join(sections)
