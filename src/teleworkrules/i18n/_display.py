"""Column names shared by every table, and the texts of the notebook display."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_COLUMNS: Final[Mapping[str, Mapping[str, str]]] = {
    "column.year": {"en": "Year", "nl": "Jaar"},
    "column.month": {"en": "Month", "nl": "Maand"},
    "column.employee": {"en": "Employee", "nl": "Personeelslid"},
    "column.allowance": {"en": "Allowance", "nl": "Vergoeding"},
    "column.granted": {"en": "Granted", "nl": "Toegekend"},
    "column.amount": {"en": "Paid", "nl": "Uitbetaald"},
    "column.benefit_in_kind": {"en": "Benefit in kind", "nl": "Voordeel van alle aard"},
    "column.why": {"en": "Why", "nl": "Waarom"},
    "column.persons": {"en": "Persons", "nl": "Personen"},
    "column.persons_reform": {"en": "Persons (reform)", "nl": "Personen (hervorming)"},
    "column.months": {"en": "Months", "nl": "Maanden"},
    "column.person_months": {"en": "Person-months", "nl": "Persoonsmaanden"},
    "column.person_months_reform": {
        "en": "Person-months (reform)",
        "nl": "Persoonsmaanden (hervorming)",
    },
    "column.owed": {"en": "Owed", "nl": "Verschuldigd"},
    "column.paid": {"en": "Paid", "nl": "Betaald"},
    "column.difference": {"en": "Difference", "nl": "Verschil"},
    "column.cause": {"en": "Cause", "nl": "Oorzaak"},
    "column.parameter": {"en": "Parameter", "nl": "Parameter"},
    "column.known_from": {"en": "Known from", "nl": "Gekend sinds"},
    "column.explanation": {"en": "Explanation", "nl": "Uitleg"},
    "column.cost": {"en": "Cost", "nl": "Kost"},
    "column.cost_reform": {"en": "Cost (reform)", "nl": "Kost (hervorming)"},
    "column.baseline": {"en": "Baseline", "nl": "Huidige regels"},
    "column.reform": {"en": "Reform", "nl": "Hervorming"},
}

_DISPLAY: Final[Mapping[str, Mapping[str, str]]] = {
    "display.person_month": {
        "en": "{employee}, {month}, as known on {known_on}, entity {entity}",
        "nl": "{employee}, {month}, zoals gekend op {known_on}, entiteit {entity}",
    },
    "display.paid_for_month": {
        "en": "Paid for the month: {amount}",
        "nl": "Uitbetaald voor de maand: {amount}",
    },
    "display.report": {
        "en": "Report {start} to {end}, as known on {known_on}",
        "nl": "Rapport {start} tot {end}, zoals gekend op {known_on}",
    },
    "display.report.cell": {
        "en": "{allowance} (persons / person-months)",
        "nl": "{allowance} (personen / persoonsmaanden)",
    },
    "display.arrears": {
        "en": "{count} differences, in total {total}",
        "nl": "{count} verschillen, in totaal {total}",
    },
    "display.first_rows": {
        "en": "The first {shown} of {count} rows.",
        "nl": "De eerste {shown} van {count} rijen.",
    },
    "display.simulation": {
        "en": "{title}: {changes} changes, cost in EUR",
        "nl": "{title}: {changes} wijzigingen, kost in EUR",
    },
    "display.what_if": {"en": "What-if", "nl": "Wat-als"},
    "display.better_off": {
        "en": "{better} of {persons} persons better off, {worse} worse off.",
        "nl": "{better} van {persons} personen beter af, {worse} slechter af.",
    },
}

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {**_COLUMNS, **_DISPLAY}
