"""Results over whole datasets: the yearly report, back pay, what-if.

Plain data computed from segments and decisions: no text (labels and definitions live in
:mod:`teleworkrules.i18n`), no files (writers live in :mod:`teleworkrules.outputs`).

May import: the ground floor, :mod:`~teleworkrules.i18n`, :mod:`~teleworkrules.facts`,
:mod:`~teleworkrules.law`, :mod:`~teleworkrules.decisions`, :mod:`~teleworkrules.rules`
and :mod:`~teleworkrules.engine` — never inputs, outputs or cli.
"""
