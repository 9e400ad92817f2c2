"""The law as cited data: sources, bitemporal parameters, entity policies, reforms.

Every amount, threshold, date and setting is a :class:`~teleworkrules.law.parameters.Parameter`
with a history of versions (the month each takes effect, the day it became known) and a
citation (:mod:`~teleworkrules.law.sources`); each entity's own choices are a policy
(:mod:`~teleworkrules.law.entities`); a reform is a set of cited overrides
(:mod:`~teleworkrules.law.reforms`). The data ships in ``teleworkrules/data/*.toml``.

May import: the ground floor (:mod:`~teleworkrules.exceptions`, :mod:`~teleworkrules.time`,
:mod:`~teleworkrules.money`, :mod:`~teleworkrules.i18n`) and :mod:`teleworkrules.facts`.
"""
