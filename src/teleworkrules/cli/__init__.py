"""The ``teleworkrules`` command: one module per command, the shared options once.

- ``cli.app``: :func:`main`, the top parser and the error handling (exit codes: 0
  success, 1 invalid input data or rules, 2 wrong command-line usage);
- ``cli.options``: the options shared by several commands, each defined once; their
  values resolved once after parsing into a frozen ``Options``; ``output_format``, the
  one way to choose an output format (``--format``, else the ``--output`` file's
  extension, else the command's default);
- ``cli.common``: messages (the text catalogue's ``cli.*`` codes, in the language of
  ``--lang``), progress, the rulebook, loading a dataset (or the bundled example),
  writing outputs whole or not at all;
- one module per command, each with ``add_parser(commands)`` and ``run(args, options)``:
  ``cli.entitlements``, ``cli.report``, ``cli.check``, ``cli.explain``, ``cli.arrears``,
  ``cli.simulate`` and ``cli.rules``.

Run ``teleworkrules --help`` or ``teleworkrules COMMAND --help`` for the manual.

May import every other layer; nothing imports ``cli``.
"""

from teleworkrules.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
