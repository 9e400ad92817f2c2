"""Texts of printed workbooks: headers, footers and the back-pay and what-if sheets.

``print.*`` are the page header and footer of every workbook (``&P`` and ``&N`` are the
spreadsheet's fields for the page number and the number of pages; ``&&`` is a literal
ampersand) and the words of parameter values; ``arrears.*`` and ``simulation.*`` the sheets,
columns and short causes of the back-pay and what-if workbooks and the what-if warnings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    "print.page": {"en": "page &P of &N", "nl": "pagina &P van &N"},
    "print.known_on": {"en": "as known on {day}", "nl": "zoals gekend op {day}"},
    "entitlements.print.title": {
        "en": "{title} per person and month {start}..{end}",
        "nl": "{title} per persoon en maand {start}..{end}",
    },
    "arrears.sheet.persons": {"en": "Per person", "nl": "Per persoon"},
    "arrears.sheet.persons.heading": {
        "en": "Per person, all allowances together: back pay when positive, to recover when "
        "negative",
        "nl": "Per persoon, alle vergoedingen samen: achterstal als positief, terug te vorderen "
        "als negatief",
    },
    "arrears.sheet.causes": {"en": "Causes", "nl": "Oorzaken"},
    "arrears.sheet.causes.heading": {
        "en": "Each cause in full, with its legal source",
        "nl": "Elke oorzaak voluit, met de rechtsbron",
    },
    "arrears.total": {"en": "Total", "nl": "Totaal"},
    "arrears.column.first": {"en": "From", "nl": "Van"},
    "arrears.column.last": {"en": "To", "nl": "Tot"},
    "arrears.column.rows": {"en": "Person-months", "nl": "Persoonsmaanden"},
    "arrears.column.sentence": {"en": "In full", "nl": "Voluit"},
    "arrears.short.rule_changed": {
        "en": "rule changed later",
        "nl": "regel later gewijzigd",
    },
    "arrears.short.rule_changed.parameter": {
        "en": "{label}: known only on {known}",
        "nl": "{label}: pas gekend op {known}",
    },
    "arrears.short.not_paid": {"en": "owed, not paid", "nl": "verschuldigd, niet betaald"},
    "arrears.short.not_owed": {
        "en": "paid, not owed: to recover",
        "nl": "betaald, niet verschuldigd: terug te vorderen",
    },
    "arrears.short.payment_differs": {
        "en": "paid another amount",
        "nl": "ander bedrag betaald",
    },
    "simulation.change": {
        "en": "{label}: {value} from {month}",
        "nl": "{label}: {value} vanaf {month}",
    },
    "simulation.changes": {"en": "Changes", "nl": "Wijzigingen"},
    "simulation.per_year": {
        "en": "Cost per year, all allowances together",
        "nl": "Kost per jaar, alle vergoedingen samen",
    },
    "simulation.chart": {
        "en": "Cost per year: rules in force and reform",
        "nl": "Kost per jaar: huidige regels en hervorming",
    },
    "simulation.warning.after": {
        "en": "Warning: the change of '{label}' takes effect only in {month}, after the "
        "period {start}..{end}: it changes nothing in it.",
        "nl": "Let op: de wijziging van '{label}' gaat pas in op {month}, na de periode "
        "{start}..{end}: ze verandert er niets aan.",
    },
    "simulation.warning.before": {
        "en": "Warning: the change of '{label}' from {month} is replaced by a later "
        "change before the period {start}..{end}: it changes nothing in it.",
        "nl": "Let op: de wijziging van '{label}' vanaf {month} wordt nog voor de "
        "periode {start}..{end} vervangen door een latere wijziging: ze verandert er niets aan.",
    },
}
