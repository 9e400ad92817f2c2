"""Texts of outputs: report, back pay, what-if and Excel labels and definitions.

``report.*`` are the report's table (and the labels the workbook shares with it),
``xlsx.*`` the report workbook's own texts, ``definition.*`` the definition of each
figure (in this order in every output), ``arrears.*`` and ``simulation.*`` the back pay
and what-if tables and workbooks (``*.head.*`` terminal table columns; workbook columns
are the shared ``column.*`` texts of the display). Allowance names are the ``allowance.*``
labels of the words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_REPORT: Final[Mapping[str, Mapping[str, str]]] = {
    "report.title": {
        "en": "Telework support {start}..{end}, as known on {known_on} ({entities})",
        "nl": "Ondersteuning telewerk {start}..{end}, zoals gekend op {known_on} ({entities})",
    },
    "report.q1a": {
        "en": "1a. Staff receiving each allowance",
        "nl": "1a. Personeelsleden per vergoeding",
    },
    "report.q1b": {"en": "1b. Cost (EUR)", "nl": "1b. Kosten (EUR)"},
    "report.q2a": {
        "en": "2a. Material budgets (EUR)",
        "nl": "2a. Budgetten materiële ondersteuning (EUR)",
    },
    "report.q2b": {"en": "2b. Material requests", "nl": "2b. Aanvragen materiaal"},
    "report.staff": {"en": "staff in service", "nl": "personeel in dienst"},
    "report.headcount": {
        "en": "average monthly headcount",
        "nl": "gemiddelde bezetting per maand",
    },
    "report.persons": {"en": "persons", "nl": "personen"},
    "report.share": {"en": "% of staff", "nl": "% van personeel"},
    "report.share_hc": {"en": "% of avg headcount", "nl": "% van gem. bezetting"},
    "report.person_months": {"en": "person-months", "nl": "persoonsmaanden"},
    "report.switched": {"en": "switched route", "nl": "van route gewisseld"},
    "report.accrual": {"en": "accrual", "nl": "transactiebasis"},
    "report.cash": {"en": "cash (paid)", "nl": "kasbasis (betaald)"},
    "report.employer": {"en": "employer cost", "nl": "werkgeverskost"},
    "report.bik": {"en": "benefit in kind", "nl": "voordeel van alle aard"},
    "report.requests": {"en": "requests", "nl": "aanvragen"},
    "report.spending": {"en": "spending", "nl": "uitgaven"},
    "report.not_conforming": {"en": "not meeting conditions", "nl": "niet conform voorwaarden"},
    "report.none": {"en": "(none)", "nl": "(geen)"},
    "report.months": {"en": "months", "nl": "maanden"},
    "report.beyond_review": {
        "en": "The law data was last checked against its sources on {day}; for the months "
        "after that day the figures assume that the amounts and rules then in force have not "
        "changed.",
        "nl": "De wettelijke gegevens werden het laatst getoetst aan hun bronnen op {day}; "
        "voor de maanden daarna gaan de cijfers ervan uit dat de bedragen en regels die toen "
        "golden, niet veranderd zijn.",
    },
    "report.internet_any": {
        "en": "internet, either route (a switcher once)",
        "nl": "internet, forfait of derdebetaler (wisselaar één keer)",
    },
    "report.total_accrual": {
        "en": "total cost, accrual basis",
        "nl": "totale kost, transactiebasis",
    },
    "report.total_cash": {"en": "total cost, cash basis", "nl": "totale kost, kasbasis"},
    "report.total": {"en": "total", "nl": "totaal"},
    "report.csv.year": {"en": "year", "nl": "jaar"},
    "report.csv.section": {"en": "section", "nl": "onderdeel"},
    "report.csv.measure": {"en": "measure", "nl": "maatstaf"},
    "report.csv.value": {"en": "value", "nl": "waarde"},
}

_XLSX: Final[Mapping[str, Mapping[str, str]]] = {
    "xlsx.sheet_1a": {"en": "1a Staff", "nl": "1a Personeel"},
    "xlsx.sheet_1b": {"en": "1b Cost", "nl": "1b Kosten"},
    "xlsx.sheet_2a": {"en": "2a Budgets", "nl": "2a Budgetten"},
    "xlsx.sheet_2b": {"en": "2b Material", "nl": "2b Materiaal"},
    "xlsx.sheet_2b_refused": {"en": "2b Not conforming", "nl": "2b Niet conform"},
    "xlsx.definitions": {"en": "Definitions", "nl": "Definities"},
    "xlsx.refused": {
        "en": "Requests that did not meet the catalogue's conditions",
        "nl": "Aanvragen die niet aan de voorwaarden van de catalogus voldeden",
    },
    "xlsx.sources": {"en": "Legal sources", "nl": "Wettelijke bronnen"},
    "xlsx.review": {"en": "Law data checked on", "nl": "Regelgeving nagekeken op"},
    "xlsx.year": {"en": "year", "nl": "jaar"},
    "xlsx.share": {"en": "% of staff in service", "nl": "% van personeel in dienst"},
    "xlsx.share_hc": {"en": "% of average headcount", "nl": "% van gemiddelde bezetting"},
    "xlsx.switched": {"en": "switched route: persons", "nl": "van route gewisseld: personen"},
    "xlsx.accrual": {"en": "accrual basis", "nl": "transactiebasis"},
    "xlsx.cash": {"en": "cash basis (paid)", "nl": "kasbasis (betaald)"},
    "xlsx.bik": {"en": "benefit in kind", "nl": "voordeel van alle aard"},
    "xlsx.budget": {"en": "budget", "nl": "budget"},
    "xlsx.entity": {"en": "entity", "nl": "entiteit"},
    "xlsx.kind": {"en": "kind", "nl": "soort"},
    "xlsx.total": {"en": "total", "nl": "totaal"},
    "xlsx.item": {"en": "item", "nl": "artikel"},
    "xlsx.spending": {"en": "spending (EUR)", "nl": "uitgaven (EUR)"},
    "xlsx.employee": {"en": "staff member", "nl": "personeelslid"},
    "xlsx.requested_on": {"en": "requested on", "nl": "aangevraagd op"},
    "xlsx.cost": {"en": "cost (EUR)", "nl": "kost (EUR)"},
    "xlsx.reasons": {"en": "reasons", "nl": "redenen"},
    "xlsx.term": {"en": "term", "nl": "begrip"},
    "xlsx.definition": {"en": "definition", "nl": "definitie"},
    "xlsx.id": {"en": "id", "nl": "id"},
    "xlsx.source_title": {"en": "title", "nl": "titel"},
    "xlsx.date": {"en": "date", "nl": "datum"},
    "xlsx.url": {"en": "address", "nl": "adres"},
    "xlsx.chart_1a": {
        "en": "Persons per allowance and year",
        "nl": "Personen per vergoeding en jaar",
    },
    "xlsx.chart_1b": {
        "en": "Cost per year, accrual basis (EUR)",
        "nl": "Kosten per jaar, transactiebasis (EUR)",
    },
    "xlsx.internet_any": {
        "en": "internet allowance, either route: persons",
        "nl": "internetvergoeding, forfait of derdebetaler: personen",
    },
    "xlsx.accrual_block": {
        "en": "Accrual basis: owed for the months of the year",
        "nl": "Transactiebasis: verschuldigd voor de maanden van het jaar",
    },
    "xlsx.cash_block": {
        "en": "Cash basis: paid in the year",
        "nl": "Kasbasis: betaald in het jaar",
    },
    "xlsx.other_block": {
        "en": "For information (not a cost to the employer)",
        "nl": "Ter informatie (geen kost voor de werkgever)",
    },
    "xlsx.chart_2a": {
        "en": "Material budgets per year (EUR)",
        "nl": "Budgetten materiële ondersteuning per jaar (EUR)",
    },
    "xlsx.chart_2b": {
        "en": "Persons with a material request, per item and year",
        "nl": "Personen met een aanvraag materiaal, per artikel en jaar",
    },
    "xlsx.requests_total": {
        "en": "all items: requests",
        "nl": "alle artikelen: aanvragen",
    },
    "xlsx.persons_total": {
        "en": "all items: distinct persons",
        "nl": "alle artikelen: verschillende personen",
    },
    "xlsx.readings": {
        "en": "Readings of our own: figures marked (1), (2), ... rest on them",
        "nl": "Eigen lezingen: de cijfers gemarkeerd met (1), (2), ... steunen erop",
    },
    "xlsx.mark": {"en": "mark", "nl": "markering"},
    "xlsx.parameter": {"en": "value", "nl": "waarde"},
    "xlsx.reading": {"en": "reading", "nl": "lezing"},
    "xlsx.source": {"en": "source", "nl": "bron"},
    "xlsx.marked_note": {
        "en": "(1), (2), ...: the figure rests on a reading of our own, see the sheet {sheet}.",
        "nl": "(1), (2), ...: het cijfer steunt op een eigen lezing, zie het tabblad {sheet}.",
    },
    "budget_kind.structural": {"en": "structural", "nl": "structureel"},
    "budget_kind.one_off": {"en": "one-off", "nl": "eenmalig"},
}

_DEFINITIONS: Final[Mapping[str, Mapping[str, str]]] = {
    "definition.staff.persons": {
        "en": "Staff in service: distinct staff members in service on at least one day of the "
        "year (within the period).",
        "nl": "Personeel in dienst: verschillende personeelsleden die minstens één dag van het "
        "jaar in dienst waren (binnen de periode).",
    },
    "definition.staff.average_headcount": {
        "en": "Average monthly headcount: staff in service on at least one day of a month, "
        "averaged over the months of the year within the period.",
        "nl": "Gemiddelde maandelijkse bezetting: personeelsleden minstens één dag in dienst in "
        "een maand, gemiddeld over de maanden van het jaar binnen de periode.",
    },
    "definition.persons": {
        "en": "Persons: distinct staff members granted the allowance for at least one month of "
        "the year (within the period).",
        "nl": "Personen: verschillende personeelsleden met de vergoeding voor minstens één maand "
        "van het jaar (binnen de periode).",
    },
    "definition.internet_any": {
        "en": "Internet allowance, either route: distinct staff members granted the forfait "
        "or the third-party route for at least one month of the year; a person who switched "
        "route counts once.",
        "nl": "Internetvergoeding, forfait of derdebetaler: verschillende personeelsleden met "
        "het forfait of de derdebetalersregeling voor minstens één maand van het jaar; wie "
        "van route wisselde, telt één keer.",
    },
    "definition.person_months": {
        "en": "Person-months: months granted, summed over persons.",
        "nl": "Persoonsmaanden: toegekende maanden, opgeteld over de personen.",
    },
    "definition.share": {
        "en": "Share: persons divided by the staff in service in the year; 'of average headcount': "
        "persons divided by the average monthly headcount. A person who switched route "
        "counts under both routes.",
        "nl": "Aandeel: personen gedeeld door het personeel in dienst in het jaar; 'van de "
        "gemiddelde bezetting': personen gedeeld door de gemiddelde maandelijkse bezetting. "
        "Wie van route wisselde, telt bij beide routes.",
    },
    "definition.switched": {
        "en": "Switched route: persons granted both the forfait and the third-party route in the "
        "same year.",
        "nl": "Van route gewisseld: personen die in hetzelfde jaar zowel het forfait als de "
        "derdebetalersregeling kregen.",
    },
    "definition.amount": {
        "en": "Accrual basis: the amounts owed for the months of the year, under the rules as "
        "known on the evaluation date.",
        "nl": "Op transactiebasis: de bedragen verschuldigd voor de maanden van het jaar, volgens "
        "de regels zoals gekend op de evaluatiedatum.",
    },
    "definition.paid": {
        "en": "Cash basis: the payments of the payments table by the year of their payment date, "
        "counting only payments made within the period.",
        "nl": "Op kasbasis: de betalingen uit de tabel betalingen volgens het jaar van de "
        "betaaldatum, enkel betalingen binnen de periode.",
    },
    "definition.employer_cost": {
        "en": "Third-party employer cost: third-party person-months times the entity's monthly "
        "subscription cost (an estimate from DWSE's answer for DWSE).",
        "nl": "Werkgeverskost derdebetalersregeling: persoonsmaanden derdebetalersregeling maal de "
        "maandelijkse abonnementskost van de entiteit (voor DWSE een raming uit haar "
        "antwoord).",
    },
    "definition.total_cost": {
        "en": "Total cost: the forfait and home-working allowances (accrual or cash basis) "
        "plus the third-party employer cost; the benefit in kind is taxed on the staff "
        "member's salary and is not a cost to the employer.",
        "nl": "Totale kost: de forfaitaire internetvergoeding en de thuiswerkvergoeding "
        "(transactie- of kasbasis) plus de werkgeverskost van de derdebetalersregeling; het "
        "voordeel van alle aard wordt belast op het loon van het personeelslid en is geen "
        "kost voor de werkgever.",
    },
    "definition.budgets": {
        "en": "Material budgets: the entity's budget parameters in force in the first month of "
        "the year within the period; structural budgets recur every year, one-off budgets "
        "appear in their year only.",
        "nl": "Budgetten materiële ondersteuning: de budgetparameters van de entiteit in de eerste "
        "maand van het jaar binnen de periode; structurele budgetten keren jaarlijks terug, "
        "eenmalige enkel in hun jaar.",
    },
    "definition.material": {
        "en": "Material requests by the year of the request: number of requests, distinct "
        "persons, spending (sum of the recorded costs), and requests that did not meet the "
        "catalogue's conditions on the day of the request.",
        "nl": "Aanvragen materiaal volgens het jaar van de aanvraag: aantal aanvragen, "
        "verschillende personen, uitgaven (som van de geregistreerde kosten), en aanvragen "
        "die op de dag van de aanvraag niet aan de voorwaarden van de catalogus voldeden.",
    },
}

_ARREARS: Final[Mapping[str, Mapping[str, str]]] = {
    "arrears.title": {
        "en": "Back pay and recoveries {start}..{end}: owed as known on {known_on} against {base}",
        "nl": "Achterstallen en terugvorderingen {start}..{end}: verschuldigd zoals gekend op "
        "{known_on} tegenover {base}",
    },
    "arrears.base_date": {
        "en": "what was owed as known on {day}",
        "nl": "wat verschuldigd was zoals gekend op {day}",
    },
    "arrears.base_payments": {"en": "the payments recorded", "nl": "de geregistreerde betalingen"},
    "arrears.totals": {
        "en": "Totals per year and allowance (entitlement months)",
        "nl": "Totalen per jaar en vergoeding (maanden van het recht)",
    },
    "arrears.per_person": {"en": "Per person", "nl": "Per persoon"},
    "arrears.causes": {"en": "Causes", "nl": "Oorzaken"},
    "arrears.none": {"en": "No differences.", "nl": "Geen verschillen."},
    "arrears.head.year": {"en": "year", "nl": "jaar"},
    "arrears.head.allowance": {"en": "allowance", "nl": "vergoeding"},
    "arrears.head.persons": {"en": "persons", "nl": "personen"},
    "arrears.head.months": {"en": "months", "nl": "maanden"},
    "arrears.head.owed": {"en": "owed", "nl": "verschuldigd"},
    "arrears.head.paid": {"en": "paid", "nl": "betaald"},
    "arrears.head.difference": {"en": "difference", "nl": "verschil"},
    "arrears.head.employee": {"en": "employee", "nl": "personeelslid"},
    "arrears.head.cause": {"en": "cause", "nl": "oorzaak"},
    "arrears.sheet.totals": {"en": "Totals", "nl": "Totalen"},
    "arrears.sheet.totals.heading": {
        "en": "Per year and allowance (entitlement months)",
        "nl": "Per jaar en vergoeding (maanden van het recht)",
    },
    "arrears.sheet.details": {"en": "Detail", "nl": "Detail"},
    "arrears.sheet.details.heading": {
        "en": "Per person, month and allowance: owed, paid, difference (positive: back pay; "
        "negative: to recover) and cause",
        "nl": "Per persoon, maand en vergoeding: verschuldigd, betaald, verschil (positief: "
        "achterstal; negatief: terug te vorderen) en oorzaak",
    },
}

_SIMULATION: Final[Mapping[str, Mapping[str, str]]] = {
    "simulation.title": {
        "en": "What-if {start}..{end}, as known on {known_on}",
        "nl": "Wat-als {start}..{end}, zoals gekend op {known_on}",
    },
    "simulation.title.changes": {"en": "{title}: {changes}", "nl": "{title}: {changes}"},
    "simulation.head.year": {"en": "year", "nl": "jaar"},
    "simulation.head.allowance": {"en": "allowance", "nl": "vergoeding"},
    "simulation.head.persons": {"en": "persons", "nl": "personen"},
    "simulation.head.persons_reform": {"en": "reform", "nl": "hervorming"},
    "simulation.head.cost": {"en": "cost", "nl": "kost"},
    "simulation.head.cost_reform": {"en": "reform", "nl": "hervorming"},
    "simulation.head.difference": {"en": "difference", "nl": "verschil"},
    "simulation.better": {
        "en": "Better off: {better} persons; worse off: {worse} persons.",
        "nl": "Beter af: {better} personen; slechter af: {worse} personen.",
    },
    "simulation.initiative_text": {
        "en": "Initiative: {title} (from {timing})\n  Motivation: {motivation}\n  Budget: {budget}",
        "nl": "Initiatief: {title} (vanaf {timing})\n  Motivatie: {motivation}\n  Budget: {budget}",
    },
    "simulation.yearly_cost": {
        "en": "  Extra cost {year}: {cost}",
        "nl": "  Meerkost {year}: {cost}",
    },
    "simulation.sheet": {"en": "Comparison", "nl": "Vergelijking"},
    "simulation.sheet.heading": {
        "en": "Rules in force against reform: {changes}",
        "nl": "Huidige regels tegenover hervorming: {changes}",
    },
    "simulation.better_off": {"en": "Better off (persons)", "nl": "Beter af (personen)"},
    "simulation.worse_off": {"en": "Worse off (persons)", "nl": "Slechter af (personen)"},
    "simulation.initiative": {"en": "Initiative", "nl": "Initiatief"},
    "simulation.motivation": {"en": "Motivation", "nl": "Motivatie"},
    "simulation.timing": {"en": "Timing", "nl": "Timing"},
    "simulation.budget": {"en": "Budget", "nl": "Budget"},
}

_PROBLEMS: Final[Mapping[str, Mapping[str, str]]] = {
    "problems.title": {"en": "Problems in the dataset", "nl": "Problemen in de gegevens"},
    "problems.sheet": {"en": "Problems", "nl": "Problemen"},
    "problems.column.table": {"en": "table", "nl": "tabel"},
    "problems.column.row": {"en": "row", "nl": "rij"},
    "problems.column.column": {"en": "column", "nl": "kolom"},
    "problems.column.value": {"en": "value", "nl": "waarde"},
    "problems.column.code": {"en": "code", "nl": "code"},
    "problems.column.expected": {"en": "expected", "nl": "verwacht"},
}

_ENTITLEMENTS_AND_SKIPPED: Final[Mapping[str, Mapping[str, str]]] = {
    "entitlements.xlsx.title": {"en": "Entitlements", "nl": "Vergoedingen"},
    "entitlements.xlsx.sheet": {"en": "Entitlements", "nl": "Vergoedingen"},
    "entitlements.xlsx.employee": {"en": "Employee", "nl": "Personeelsnummer"},
    "entitlements.xlsx.month": {"en": "Month", "nl": "Maand"},
    "entitlements.xlsx.allowance": {"en": "Allowance", "nl": "Vergoeding"},
    "entitlements.xlsx.amount": {"en": "Amount", "nl": "Bedrag"},
    "entitlements.xlsx.benefit_in_kind": {
        "en": "Benefit in kind",
        "nl": "Voordeel van alle aard",
    },
    "skipped.title": {
        "en": "Invalid rows skipped (--skip-invalid): not counted in these figures",
        "nl": "Ongeldige rijen overgeslagen (--skip-invalid): niet meegeteld in deze cijfers",
    },
    "skipped.rows": {
        "en": "{count:n} {count:row|rows} skipped: {tables}",
        "nl": "{count:n} {count:rij|rijen} overgeslagen: {tables}",
    },
    "skipped.staff": {
        "en": "{count:n} {count:staff member|staff members} left out entirely",
        "nl": "{count:n} {count:personeelslid|personeelsleden} helemaal weggelaten",
    },
    "skipped.reason": {
        "en": "{count:n} {count:problem|problems} ({code}), e.g. {example}",
        "nl": "{count:n} {count:probleem|problemen} ({code}), bv. {example}",
    },
    "skipped.sheet": {"en": "Skipped", "nl": "Overgeslagen"},
    "skipped.table": {"en": "Table", "nl": "Tabel"},
    "skipped.row_count": {"en": "Rows skipped", "nl": "Rijen overgeslagen"},
    "skipped.staff_label": {"en": "Staff left out", "nl": "Personeel weggelaten"},
    "skipped.code": {"en": "Problem code", "nl": "Probleemcode"},
    "skipped.problems": {"en": "Problems", "nl": "Problemen"},
    "skipped.example": {"en": "First problem", "nl": "Eerste probleem"},
}

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    **_REPORT,
    **_XLSX,
    **_DEFINITIONS,
    **_ARREARS,
    **_SIMULATION,
    **_PROBLEMS,
    **_ENTITLEMENTS_AND_SKIPPED,
}
