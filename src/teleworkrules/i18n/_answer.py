"""Texts of the answer workbook's opening sheet: questions 1a-4 answered in sentences.

The sentences follow the way a department answers a written question: per question a
heading, then one line per year with the figures (``answer.*``). Figures are filled in
already formatted for the language (counts, percentages with a decimal comma in Dutch,
amounts in euro); ``{mark}`` is a footnote mark such as `` (1)`` or empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    "answer.sheet": {"en": "Answer", "nl": "Antwoord"},
    "answer.heading": {
        "en": "Answer: support for staff working from home",
        "nl": "Antwoord: ondersteuning van thuiswerkende personeelsleden",
    },
    "answer.intro": {
        "en": "The figures below are calculated from the staff records of {entities} over "
        "{start} to {end}, under the rules as known on {known_on}. The tables follow on the "
        "next sheets; the definitions, the readings marked (1), (2), ... and the legal "
        "sources are on the sheet {definitions}.",
        "nl": "De cijfers hieronder zijn berekend uit de personeelsgegevens van {entities} over "
        "{start} tot en met {end}, volgens de regels zoals gekend op {known_on}. De tabellen "
        "volgen op de volgende tabbladen; de definities, de lezingen gemarkeerd met (1), "
        "(2), ... en de wettelijke bronnen staan op het tabblad {definitions}.",
    },
    "answer.q1": {
        "en": "1. Financial support: internet allowance and home-working allowance",
        "nl": "1. Financiële ondersteuning: internetvergoeding en thuiswerkvergoeding",
    },
    "answer.q1a": {
        "en": "a) Staff who received an allowance (absolute numbers and percentages of the "
        "staff in service)",
        "nl": "a) Personeelsleden die een vergoeding ontvingen (absolute aantallen en "
        "percentages van het personeel in dienst)",
    },
    "answer.q1b": {
        "en": "b) Cost per year",
        "nl": "b) Kosten per jaar",
    },
    "answer.q2": {
        "en": "2. Material support (office chair, monitor, laptop, ...)",
        "nl": "2. Materiële ondersteuning (bureaustoel, beeldscherm, laptop, ...)",
    },
    "answer.q2a": {
        "en": "a) Budget reserved",
        "nl": "a) Gereserveerd budget",
    },
    "answer.q2b": {
        "en": "b) Staff who made use of it",
        "nl": "b) Personeelsleden die er gebruik van maakten",
    },
    "answer.year": {"en": "In {year}", "nl": "Voor {year}"},
    "answer.year_part": {
        "en": "In {year} ({first} to {last})",
        "nl": "Voor {year} ({first} tem {last})",
    },
    "answer.internet": {
        "en": "{when}: {persons} staff members received an internet allowance ({share} of the "
        "{staff} staff members in service): {forfait} the forfait ({forfait_share}) and "
        "{third} the third-party-payer scheme ({third_share}).",
        "nl": "{when}: {persons} personeelsleden ontvingen een internetvergoeding ({share} van "
        "de {staff} personeelsleden in dienst): {forfait} het forfaitaire bedrag "
        "({forfait_share}) en {third} het derdebetalerssysteem ({third_share}).",
    },
    "answer.switched": {
        "en": "{switched} of them switched between the two during the year; they are counted "
        "once in the total.",
        "nl": "{switched} van hen wisselden in de loop van het jaar tussen beide; zij worden in "
        "het totaal één keer geteld.",
    },
    "answer.home": {
        "en": "{persons} staff members received the home-working allowance ({share}).",
        "nl": "{persons} personeelsleden ontvingen de thuiswerkvergoeding ({share}).",
    },
    "answer.home_none": {
        "en": "Nobody received the home-working allowance.",
        "nl": "Niemand ontving de thuiswerkvergoeding.",
    },
    "answer.cost": {
        "en": "{when}: {total} in all: {forfait} forfait internet allowance, {home} "
        "home-working allowance and {third} third-party-payer scheme{mark} (owed for the "
        "months of the year).",
        "nl": "{when}: in totaal {total}: {forfait} forfaitaire internetvergoeding, {home} "
        "thuiswerkvergoeding en {third} derdebetalerssysteem{mark} (verschuldigd voor de "
        "maanden van het jaar).",
    },
    "answer.cost_paid": {
        "en": "Paid with the salaries in the year: {forfait} forfait internet allowance and "
        "{home} home-working allowance.",
        "nl": "In het jaar uitbetaald met het loon: {forfait} forfaitaire internetvergoeding en "
        "{home} thuiswerkvergoeding.",
    },
    "answer.budget": {
        "en": "{when}: {total} in all: {lines}.",
        "nl": "{when}: in totaal {total}: {lines}.",
    },
    "answer.budget_line": {"en": "{label} {amount}{mark}", "nl": "{label} {amount}{mark}"},
    "answer.budget_none": {
        "en": "{when}: no material budget is recorded.",
        "nl": "{when}: er is geen budget voor materiële ondersteuning geregistreerd.",
    },
    "answer.material": {
        "en": "{when}: {persons} staff members made {requests} requests for material, for "
        "{spending}.",
        "nl": "{when}: {persons} personeelsleden dienden {requests} aanvragen voor materiaal "
        "in, voor {spending}.",
    },
    "answer.material_refused": {
        "en": "{count} of these requests did not meet the conditions.",
        "nl": "{count} van die aanvragen voldeden niet aan de voorwaarden.",
    },
    "answer.material_none": {
        "en": "{when}: no requests for material are recorded.",
        "nl": "{when}: er zijn geen aanvragen voor materiaal geregistreerd.",
    },
    "answer.notes": {"en": "Notes", "nl": "Opmerkingen"},
    "answer.note": {
        "en": "({number}) {label}: {reading} (our reading: not stated as such in the source).",
        "nl": "({number}) {label}: {reading} (eigen lezing: niet letterlijk zo in de bron).",
    },
}
