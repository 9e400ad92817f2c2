"""The rules, one module per legal text.

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
=====================  ==========================================================

Every rule is a pure function of facts, a parameter set and the evaluation date.
"""
