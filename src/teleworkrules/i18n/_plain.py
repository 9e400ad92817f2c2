"""Texts of the plain-language explanation: the summary, settings in words, notes on facts.

Used by :mod:`teleworkrules._plain` for :meth:`~teleworkrules.decisions.Evaluation.explain`:
what is owed and why first, back pay called back pay, each setting by its label and its
value in words, each confidence level in words (and once what it means), and the facts
that change nothing by default (an absence, part-time work) with the setting that would.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    "explain.summary": {
        "en": "Summary for {employee}, {month} (entity {entity}, as known on {known_on}):",
        "nl": "Samenvatting voor {employee}, {month} (entiteit {entity}, zoals gekend op "
        "{known_on}):",
    },
    "explain.paid": {
        "en": "{allowance}: {amount} owed for {month} (this amount applies since {since}).",
        "nl": "{allowance}: {amount} verschuldigd voor {month} (dit bedrag geldt sinds {since}).",
    },
    "explain.benefit": {
        "en": "{allowance}: nothing paid; a taxable benefit in kind of {benefit} is added to "
        "salary (since {since}).",
        "nl": "{allowance}: niets uitbetaald; een belastbaar voordeel van alle aard van "
        "{benefit} wordt bij het loon gevoegd (sinds {since}).",
    },
    "explain.no_benefit": {
        "en": "{allowance}: nothing paid and no benefit in kind; the employer pays the "
        "provider (since {since}).",
        "nl": "{allowance}: niets uitbetaald en geen voordeel van alle aard; de werkgever "
        "betaalt de provider (sinds {since}).",
    },
    "explain.refused": {"en": "{allowance}: not granted.", "nl": "{allowance}: niet toegekend."},
    "explain.why": {"en": "Why: {reason}", "nl": "Waarom: {reason}"},
    "explain.back_pay": {
        "en": "This is back pay: the rule that grants it became known only on {known}, after "
        "{month}, so it could not be paid with the salary for {month}.",
        "nl": "Dit is achterstal: de regel die deze vergoeding toekent, is pas gekend sinds "
        "{known}, na {month}; ze kon dus niet met het loon van {month} betaald worden.",
    },
    "explain.total": {
        "en": "Total paid to the person for {month}: {amount}.",
        "nl": "Totaal uitbetaald aan de persoon voor {month}: {amount}.",
    },
    "explain.notes": {"en": "Good to know:", "nl": "Goed om te weten:"},
    "explain.steps": {
        "en": "The legal steps, with article and source:",
        "nl": "De juridische stappen, met artikel en bron:",
    },
    "explain.setting": {
        "en": "{label}: {value} (applies from {effective}, known from {known}).",
        "nl": "{label}: {value} (geldt vanaf {effective}, gekend sinds {known}).",
    },
    "explain.source": {
        "en": "Source: {source} ({confidence}).",
        "nl": "Bron: {source} ({confidence}).",
    },
    "explain.legend": {"en": "How sure is each source?", "nl": "Hoe zeker is elke bron?"},
    "sureness.confirmed": {"en": "confirmed in the text", "nl": "bevestigd in de tekst"},
    "sureness.reported": {
        "en": "reported, not found in the text itself",
        "nl": "gemeld, niet in de tekst zelf gevonden",
    },
    "sureness.default": {
        "en": "the library's default reading",
        "nl": "standaardlezing van teleworkrules",
    },
    "sureness.confirmed.means": {
        "en": "confirmed in the text: read in the legal text or the official page itself.",
        "nl": "bevestigd in de tekst: gelezen in de wettekst of de officiële pagina zelf.",
    },
    "sureness.reported.means": {
        "en": "reported, not found in the text itself: from a secondary source, such as a "
        "union article or a parliamentary answer.",
        "nl": "gemeld, niet in de tekst zelf gevonden: uit een andere bron, zoals een "
        "vakbondsartikel of een antwoord in het Vlaams Parlement.",
    },
    "sureness.default.means": {
        "en": "the library's default reading: the texts say nothing on this point; the library "
        "reads it this way, and it is a setting an entity can change.",
        "nl": "standaardlezing van teleworkrules: de teksten zeggen hier niets over; "
        "teleworkrules leest het zo, en het is een instelling die een entiteit kan wijzigen.",
    },
    "unit.day.one": {"en": "{n} day", "nl": "{n} dag"},
    "unit.day.other": {"en": "{n} days", "nl": "{n} dagen"},
    "value.true": {"en": "yes", "nl": "ja"},
    "value.false": {"en": "no", "nl": "nee"},
    "value.any_day": {
        "en": "at least one day of the month in service",
        "nl": "minstens één dag van de maand in dienst",
    },
    "value.first_day": {
        "en": "in service on the first day of the month",
        "nl": "in dienst op de eerste dag van de maand",
    },
    "value.whole_month": {"en": "in service the whole month", "nl": "de hele maand in dienst"},
    "value.first_service_day": {
        "en": "the first day of the month in service",
        "nl": "de eerste dag van de maand in dienst",
    },
    "value.last_service_day": {
        "en": "the last day of the month in service",
        "nl": "de laatste dag van de maand in dienst",
    },
    "value.none": {"en": "none", "nl": "geen"},
    "value.statutory": {"en": "statutory", "nl": "statutair"},
    "value.contractual": {"en": "contractual", "nl": "contractueel"},
    "value.student": {"en": "student", "nl": "jobstudent"},
    "value.flemish": {"en": "Flemish government", "nl": "Vlaamse overheid"},
    "value.federal": {"en": "federal civil service", "nl": "federaal openbaar ambt"},
    "month.names": {
        "en": "January,February,March,April,May,June,July,August,September,October,November,"
        "December",
        "nl": "januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,"
        "december",
    },
    "absence.kind.": {"en": "absence", "nl": "afwezigheid"},
    "absence.kind.unpaid_leave": {"en": "unpaid leave", "nl": "onbetaald verlof"},
    "absence.kind.career_break": {"en": "career break", "nl": "loopbaanonderbreking"},
    "absence.kind.sick_leave": {"en": "sick leave", "nl": "ziekteverlof"},
    "absence.kind.maternity_leave": {"en": "maternity leave", "nl": "moederschapsverlof"},
    "absence.kind.parental_leave_part_time": {
        "en": "part-time parental leave",
        "nl": "deeltijds ouderschapsverlof",
    },
    "absence.salary.true": {"en": "with salary", "nl": "met loon"},
    "absence.salary.false": {"en": "without salary", "nl": "zonder loon"},
    "note.absence_no_effect": {
        "en": "Absent on {day} ({kind}, {salary}, from {start} to {end}). This changes nothing: "
        "the setting \u2018{setting}\u2019 is off (the default). With it on, nothing is paid "
        "for a month fully inside an absence without salary, nor after the {limit}th working "
        "day of an absence.",
        "nl": "Afwezig op {day} ({kind}, {salary}, van {start} tot {end}). Dat verandert niets: "
        "de instelling \u2018{setting}\u2019 staat uit (standaard). Staat ze aan, dan wordt "
        "niets betaald voor een maand die volledig in een afwezigheid zonder loon valt, noch "
        "na de {limit}e werkdag van een afwezigheid.",
    },
    "note.absence_not_reached": {
        "en": "Absent on {day} ({kind}, {salary}, from {start} to {end}). Payment goes on: the "
        "setting \u2018{setting}\u2019 is on, but the month is not fully inside an absence "
        "without salary and the {limit}th working day of absence ({limit_day}) is not passed.",
        "nl": "Afwezig op {day} ({kind}, {salary}, van {start} tot {end}). De uitbetaling loopt "
        "door: de instelling \u2018{setting}\u2019 staat aan, maar de maand valt niet volledig "
        "in een afwezigheid zonder loon en de {limit}e werkdag afwezigheid ({limit_day}) is "
        "niet voorbij.",
    },
    "note.part_time": {
        "en": "Works part-time ({percent}%). This does not change the amount: the setting "
        "\u2018{setting}\u2019 is off (the default).",
        "nl": "Werkt deeltijds ({percent} %). Dat verandert het bedrag niet: de instelling "
        "\u2018{setting}\u2019 staat uit (standaard).",
    },
    "note.beyond_review": {
        "en": "The law data was last checked against its sources on {day}; for this month "
        "the library assumes that the amounts and rules then in force have not changed.",
        "nl": "De wettelijke gegevens werden het laatst getoetst aan hun bronnen op {day}; "
        "voor deze maand gaat teleworkrules ervan uit dat de bedragen en regels die toen "
        "golden, niet veranderd zijn.",
    },
    "note.partial_month": {
        "en": "In service {days_days} of the {month_days} days of the month. The amount is not "
        "reduced: the setting \u2018{setting}\u2019 is off (the default).",
        "nl": "In dienst {days_days} van de {month_days} dagen van de maand. Het bedrag wordt "
        "niet verminderd: de instelling \u2018{setting}\u2019 staat uit (standaard).",
    },
}
