"""The rules: one module per legal text, and the rule sets that combine them.

=====================  ==========================================================
module                 legal text
=====================  ==========================================================
:mod:`.service`        monthly evaluation: service months, deciding day (VII 73)
:mod:`.hybrid_work`    circular "Hybride werken" of 2021-07-16: manager's consent
:mod:`.payment`        VPS art. VII 73: suspension during a long absence
:mod:`.internet`       VPS art. VII 109 as amended on 2021-09-17: the internet allowance
:mod:`.home_working`   sectoral agreement 2020-2022, decision of 2023-09-08
:mod:`.federal`        federal civil service: KB 13 July 2017 art. 96 (second rule set)
:mod:`.material`       circular of 2021-07-16 and entity catalogues: material support
:mod:`.fiscal`         federal tax circular 2021/C/20: tax-free ceilings
:mod:`.rule_sets`      which rules decide an entity's month: ``flemish`` or ``federal``
:mod:`._common`        shared: the evaluation context and parameter lookup
=====================  ==========================================================

Every rule is a pure function of facts, a parameter set and the evaluation date: no I/O,
no clock, nothing read at import time. A rule module reads like the law: its docstring
names the legal text and links it; each step of a decision is built with keywords
(:meth:`Step.of <teleworkrules.decisions.Step.of>`) and explained by a text code of
:mod:`teleworkrules.i18n`; amounts, dates and settings are cited parameters
(``data/parameters.toml``), and the few citations that are no parameter are looked up by
id when a rule runs (``[citations.*]`` of ``data/sources.toml``).

May import: the ground floor (:mod:`~teleworkrules.exceptions`, :mod:`~teleworkrules.time`,
:mod:`~teleworkrules.money`), :mod:`teleworkrules.i18n`, :mod:`teleworkrules.facts`,
:mod:`teleworkrules.law` and :mod:`teleworkrules.decisions`; never the engine, results,
inputs, outputs or the CLI.
"""
