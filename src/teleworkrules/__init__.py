"""teleworkrules: the Flemish government's telework support rules as explainable code.

>>> from datetime import date
>>> from decimal import Decimal
>>> import teleworkrules as tr
>>> anna = tr.Employee("E1", hire_date=date(2023, 2, 1),
...                    telework=(tr.TeleworkArrangement(date(2023, 2, 1), None, Decimal(2)),))
>>> result = tr.evaluate(anna, tr.Month("2023-05"), known_on=date(2023, 10, 1))
>>> [(d.allowance.value, d.amount) for d in result.granted]
[('internet_forfait', Decimal('20.00')), ('home_working', Decimal('20.00'))]
"""

from teleworkrules._version import VERSION as _VERSION
from teleworkrules.decisions import Decision, Evaluation, MaterialDecision, Step
from teleworkrules.engine.entitlements import Entitlements, entitlements
from teleworkrules.engine.evaluation import (
    Entitlement,
    evaluate,
    evaluate_material,
    evaluate_months,
)
from teleworkrules.exceptions import (
    DatasetError,
    FrameUnavailableError,
    InvalidFactError,
    InvalidParameterError,
    OutOfHistoryError,
    TeleworkRulesError,
    TooManyRowsError,
    UnknownEntityError,
    UnknownParameterError,
    XlsxUnavailableError,
)
from teleworkrules.facts import (
    Absence,
    Allowance,
    Contract,
    Dataset,
    Employee,
    InternetRoute,
    MaterialRequest,
    Payment,
    Route,
    TeleworkArrangement,
    TeleworkDays,
)
from teleworkrules.inputs.load import load_dataset
from teleworkrules.law.entities import EntityPolicy, MaterialItem, Rulebook, load_policy
from teleworkrules.law.parameter_files import load_parameters
from teleworkrules.law.parameters import Parameter, ParameterSet, Version
from teleworkrules.law.sources import Citation, Confidence, Source, load_sources
from teleworkrules.problems import Note, Problem
from teleworkrules.time import DateRange, Month

__version__: str = _VERSION
"""The version of teleworkrules."""

__all__ = [
    # time
    "DateRange",
    "Month",
    # law as data
    "Citation",
    "Confidence",
    "Parameter",
    "ParameterSet",
    "Source",
    "Version",
    "load_parameters",
    "load_sources",
    # entities
    "EntityPolicy",
    "MaterialItem",
    "Rulebook",
    "load_policy",
    # facts
    "Absence",
    "Allowance",
    "Contract",
    "Employee",
    "InternetRoute",
    "MaterialRequest",
    "Payment",
    "Route",
    "TeleworkArrangement",
    "TeleworkDays",
    # evaluation
    "Decision",
    "Entitlement",
    "Entitlements",
    "Evaluation",
    "MaterialDecision",
    "Step",
    "entitlements",
    "evaluate",
    "evaluate_material",
    "evaluate_months",
    # datasets
    "Dataset",
    "load_dataset",
    # errors
    "DatasetError",
    "FrameUnavailableError",
    "InvalidFactError",
    "InvalidParameterError",
    "Note",
    "OutOfHistoryError",
    "Problem",
    "TeleworkRulesError",
    "TooManyRowsError",
    "UnknownEntityError",
    "UnknownParameterError",
    "XlsxUnavailableError",
]
