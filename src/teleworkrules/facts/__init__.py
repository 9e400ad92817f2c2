"""Facts: staff members, their dated spells, requests, payments, and the validated dataset.

Immutable, validated attrs classes; no rule, no file. May import the ground floor
(:mod:`~teleworkrules.exceptions`, :mod:`~teleworkrules.time`,
:mod:`~teleworkrules.arguments`,
:mod:`~teleworkrules.money`, :mod:`~teleworkrules.i18n`, :mod:`~teleworkrules.problems`).
"""

from teleworkrules.facts._checks import (
    IDENTIFIER,
    character_name,
    identity_key,
    is_identifier,
    normalise_identifier,
    refused_character,
)
from teleworkrules.facts.records import PAID_ALLOWANCES, Dataset, MaterialRequest, Payment
from teleworkrules.facts.staff import (
    Absence,
    Allowance,
    Contract,
    Employee,
    InternetRoute,
    Route,
    TeleworkArrangement,
    TeleworkDays,
)

__all__ = [
    "IDENTIFIER",
    "PAID_ALLOWANCES",
    "Absence",
    "Allowance",
    "Contract",
    "Dataset",
    "Employee",
    "InternetRoute",
    "MaterialRequest",
    "Payment",
    "Route",
    "TeleworkArrangement",
    "TeleworkDays",
    "character_name",
    "identity_key",
    "is_identifier",
    "normalise_identifier",
    "refused_character",
]
