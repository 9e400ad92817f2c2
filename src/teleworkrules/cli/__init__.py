"""The ``teleworkrules`` command: one module per command, the shared options once.

May import every other layer; nothing imports ``cli``.
"""

from teleworkrules.cli.app import main

__all__ = ["main"]
