"""Texts of decisions and their steps: what each rule checked, in Dutch and English.

Keys are the ``Step.code`` of :mod:`teleworkrules.decisions`; values use ``{name}`` fields.
A field ``{x_days}`` is the number ``{x}`` with the word for days, singular or plural
(:mod:`teleworkrules._plain`). The summary, the settings in words and the notes on facts
that change nothing are in :mod:`teleworkrules.i18n._plain`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from teleworkrules.i18n._plain import TEXTS as PLAIN

_STEPS: Final[Mapping[str, Mapping[str, str]]] = {
    "decision.granted": {
        "en": "{employee}, {month}: {allowance} GRANTED: paid {amount}, benefit in kind {benefit} "
        "(entity {entity}, as known on {known_on})",
        "nl": "{employee}, {month}: {allowance} TOEGEKEND: uitbetaald {amount}, voordeel van alle "
        "aard {benefit} (entiteit {entity}, zoals gekend op {known_on})",
    },
    "decision.refused": {
        "en": "{employee}, {month}: {allowance} not granted (entity {entity}, as known on "
        "{known_on})",
        "nl": "{employee}, {month}: {allowance} niet toegekend (entiteit {entity}, zoals gekend "
        "op {known_on})",
    },
    "service.not_in_service.any_day": {
        "en": "Not in service on any day of {month} (in service from {hire} to {exit}).",
        "nl": "Geen enkele dag van {month} in dienst (in dienst van {hire} tot {exit}).",
    },
    "service.not_in_service.first_day": {
        "en": "Not in service on the first day of {month} (in service from {hire} to {exit}).",
        "nl": "Niet in dienst op de eerste dag van {month} (in dienst van {hire} tot {exit}).",
    },
    "service.not_in_service.whole_month": {
        "en": "Not in service for the whole of {month} (in service from {hire} to {exit}).",
        "nl": "Niet de hele maand {month} in dienst (in dienst van {hire} tot {exit}).",
    },
    "service.in_service.first_service_day": {
        "en": "In service in {month}; the situation on {day}, the first day in service, "
        "decides the month.",
        "nl": "In dienst in {month}; de toestand op {day}, de eerste dag in dienst, bepaalt "
        "de maand.",
    },
    "service.in_service.last_service_day": {
        "en": "In service in {month}; the situation on {day}, the last day in service, "
        "decides the month.",
        "nl": "In dienst in {month}; de toestand op {day}, de laatste dag in dienst, bepaalt "
        "de maand.",
    },
    "service.contract_excluded": {
        "en": "Contract type {contract} does not give a right to the allowances (eligible: "
        "{eligible}).",
        "nl": "Contracttype {contract} geeft geen recht op de vergoedingen (recht hebben: "
        "{eligible}).",
    },
    "service.prorated": {
        "en": "Amount prorated: {before} x {factor} = {amount}.",
        "nl": "Bedrag pro rata: {before} x {factor} = {amount}.",
    },
    "hybrid.none": {
        "en": "No telework arrangement covers {day}.",
        "nl": "Geen telewerkafspraak op {day}.",
    },
    "hybrid.not_approved": {
        "en": "The telework arrangement from {start} ({days_days} a week) has no manager's "
        "consent, so it does not count.",
        "nl": "De telewerkafspraak vanaf {start} ({days_days} per week) heeft geen toestemming "
        "van de leidinggevende en telt dus niet.",
    },
    "hybrid.approved": {
        "en": "The telework arrangement from {start} ({days_days} a week) has the manager's "
        "consent.",
        "nl": "De telewerkafspraak vanaf {start} ({days_days} per week) heeft de toestemming "
        "van de leidinggevende.",
    },
    "payment.suspended_unpaid": {
        "en": "Payment suspended: {month} lies fully inside an absence without salary "
        "({start} to {end}).",
        "nl": "Uitbetaling geschorst: {month} valt volledig in een afwezigheid zonder loon "
        "({start} tot {end}).",
    },
    "payment.suspended_long": {
        "en": "Payment suspended: on {day} the absence from {start} has passed its {limit}th "
        "working day ({limit_day}).",
        "nl": "Uitbetaling geschorst: op {day} duurt de afwezigheid vanaf {start} langer dan "
        "{limit} werkdagen ({limit_day}).",
    },
    "fiscal.within": {
        "en": "{amount} is within the federal tax-free ceiling of {ceiling}.",
        "nl": "{amount} blijft binnen het fiscaal vrijgestelde maximum van {ceiling}.",
    },
    "fiscal.above": {
        "en": "{amount} exceeds the federal tax-free ceiling of {ceiling}: the excess is taxable.",
        "nl": "{amount} overschrijdt het fiscaal vrijgestelde maximum van {ceiling}: het "
        "verschil is belastbaar.",
    },
    "internet.route_registered": {
        "en": "The internet route on {day} is {route} (registered from {start}).",
        "nl": "Internetroute op {day}: {route} (geregistreerd vanaf {start}).",
    },
    "internet.route_default": {
        "en": "No internet route registered on {day}; {entity} gives staff hired from "
        "{hired_from} the {route} route by default.",
        "nl": "Geen internetroute geregistreerd op {day}; {entity} geeft wie in dienst kwam "
        "vanaf {hired_from} standaard de route {route}.",
    },
    "internet.no_route": {
        "en": "No internet route registered on {day} and no default route of {entity} applies, "
        "so no internet allowance.",
        "nl": "Geen internetroute geregistreerd op {day} en geen standaardroute van {entity} "
        "van toepassing, dus geen internetvergoeding.",
    },
    "internet.other_route": {
        "en": "The route this month is {route}; the two routes exclude each other.",
        "nl": "Route deze maand: {route}; de twee routes sluiten elkaar uit.",
    },
    "internet.forfait": {
        "en": "Forfait route: {amount} a month, paid with salary.",
        "nl": "Forfaitaire route: {amount} per maand, uitbetaald met het loon.",
    },
    "internet.third_party": {
        "en": "Third-party route: the employer pays the provider; a taxable benefit in kind of "
        "{benefit} is added to salary and nothing is paid to the person.",
        "nl": "Derdebetalersregeling: de werkgever betaalt de provider; een belastbaar voordeel "
        "van alle aard van {benefit} wordt bij het loon gevoegd en er wordt niets "
        "uitbetaald.",
    },
    "rule.not_in_force": {
        "en": "As known on {known_on}, the rule \u2018{name}\u2019 is not in force for {month}.",
        "nl": "Zoals gekend op {known_on} is de regel \u2018{name}\u2019 niet van kracht voor "
        "{month}.",
    },
    "home.days_met": {
        "en": "{days_days} of telework registered for {month}; needed: at least "
        "{threshold_days} ({weekdays} weekdays x {per_week} / {week}). Met.",
        "nl": "{days_days} thuiswerk geregistreerd voor {month}; nodig: minstens "
        "{threshold_days} ({weekdays} weekdagen x {per_week} / {week}). Voldaan.",
    },
    "home.days_not_met": {
        "en": "{days_days} of telework registered for {month}; needed: at least "
        "{threshold_days} ({weekdays} weekdays x {per_week} / {week}). Not met.",
        "nl": "{days_days} thuiswerk geregistreerd voor {month}; nodig: minstens "
        "{threshold_days} ({weekdays} weekdagen x {per_week} / {week}). Niet voldaan.",
    },
    "home.no_basis": {
        "en": "No telework days registered for {month} and no approved arrangement on the "
        "deciding day.",
        "nl": "Geen thuiswerkdagen geregistreerd voor {month} en geen goedgekeurde afspraak op "
        "de beslissende dag.",
    },
    "home.plan_met": {
        "en": "The approved arrangement plans {days_days} of telework a week; needed: at least "
        "{per_week_days} a week. Met.",
        "nl": "De goedgekeurde afspraak voorziet {days_days} thuiswerk per week; nodig: "
        "minstens {per_week_days} per week. Voldaan.",
    },
    "home.plan_not_met": {
        "en": "The approved arrangement plans {days_days} of telework a week; needed: at least "
        "{per_week_days} a week. Not met.",
        "nl": "De goedgekeurde afspraak voorziet {days_days} thuiswerk per week; nodig: "
        "minstens {per_week_days} per week. Niet voldaan.",
    },
    "home.amount": {
        "en": "Home-working allowance: {amount} a month.",
        "nl": "Thuiswerkvergoeding: {amount} per maand.",
    },
    "federal.days_registered": {
        "en": "{days_days} of telework registered for {month}.",
        "nl": "{days_days} telewerk geregistreerd voor {month}.",
    },
    "federal.days_planned": {
        "en": "No registered days: the approved arrangement plans {per_week_days} a week, "
        "{per_week} x {weekdays} weekdays / {week} = {days_days} of telework this month.",
        "nl": "Geen geregistreerde dagen: de goedgekeurde afspraak voorziet {per_week_days} per "
        "week, {per_week} x {weekdays} weekdagen / {week} = {days_days} telewerk deze maand.",
    },
    "federal.days_met": {
        "en": "{allowance}: needed: at least {minimum_days} of telework in the month; "
        "worked: {days_days}. Met.",
        "nl": "{allowance}: nodig: minstens {minimum_days} telewerk in de maand; "
        "gewerkt: {days_days}. Voldaan.",
    },
    "federal.days_not_met": {
        "en": "{allowance}: needed: at least {minimum_days} of telework in the month; "
        "worked: {days_days}. Not met.",
        "nl": "{allowance}: nodig: minstens {minimum_days} telewerk in de maand; "
        "gewerkt: {days_days}. Niet voldaan.",
    },
    "federal.amount": {
        "en": "{allowance}: {amount} a month (federal civil service).",
        "nl": "{allowance}: {amount} per maand (federaal openbaar ambt).",
    },
    "federal.no_routes": {
        "en": "The federal rule set has no third-party-payer route.",
        "nl": "De federale regelset kent geen derdebetalersregeling.",
    },
    "arrears.rule_changed": {
        "en": "a rule changed after the comparison date",
        "nl": "een regel wijzigde na de vergelijkingsdatum",
    },
    "arrears.rule_changed.parameter": {
        "en": "{name} applies from {from} but became known only on {known} ({source})",
        "nl": "{name} geldt vanaf {from} maar is pas gekend sinds {known} ({source})",
    },
    "arrears.not_paid": {"en": "owed but not paid", "nl": "verschuldigd maar niet betaald"},
    "arrears.not_owed": {
        "en": "paid but not owed: to recover",
        "nl": "betaald maar niet verschuldigd: terug te vorderen",
    },
    "arrears.payment_differs": {
        "en": "paid a different amount than owed",
        "nl": "een ander bedrag betaald dan verschuldigd",
    },
    "material.eligible": {
        "en": "{employee}: {item} requested on {on} MEETS the conditions of {entity}'s catalogue",
        "nl": "{employee}: {item} aangevraagd op {on} VOLDOET aan de voorwaarden van de "
        "catalogus van {entity}",
    },
    "material.not_eligible": {
        "en": "{employee}: {item} requested on {on} does NOT meet the conditions of {entity}'s "
        "catalogue",
        "nl": "{employee}: {item} aangevraagd op {on} voldoet NIET aan de voorwaarden van de "
        "catalogus van {entity}",
    },
    "material.unknown_item": {
        "en": "{item} is not in the catalogue of {entity} (on offer: {items}).",
        "nl": "{item} staat niet in de catalogus van {entity} (aanbod: {items}).",
    },
    "material.offered": {
        "en": "{item} is in the catalogue of {entity}.",
        "nl": "{item} staat in de catalogus van {entity}.",
    },
    "material.in_service": {
        "en": "In service on {on} (hired {hire}).",
        "nl": "In dienst op {on} (in dienst sinds {hire}).",
    },
    "material.not_in_service": {
        "en": "Not in service on {on} (hired {hire}).",
        "nl": "Niet in dienst op {on} (in dienst sinds {hire}).",
    },
    "material.months_met": {
        "en": "Requires {months} months in service: eligible from {eligible_from}. Met.",
        "nl": "Vereist {months} maanden in dienst: mogelijk vanaf {eligible_from}. Voldaan.",
    },
    "material.months_not_met": {
        "en": "Requires {months} months in service: eligible only from {eligible_from}. Not met.",
        "nl": "Vereist {months} maanden in dienst: pas mogelijk vanaf {eligible_from}. Niet "
        "voldaan.",
    },
    "material.available": {
        "en": "On offer from {available_from}. Met.",
        "nl": "Aangeboden vanaf {available_from}. Voldaan.",
    },
    "material.not_yet_available": {
        "en": "On offer only from {available_from}. Not met.",
        "nl": "Pas aangeboden vanaf {available_from}. Niet voldaan.",
    },
    "material.role_ok": {
        "en": "Only for roles that need a smartphone: the person's role does. Met.",
        "nl": "Enkel voor functies die een smartphone vereisen: de functie van de persoon "
        "vereist er een. Voldaan.",
    },
    "material.role_missing": {
        "en": "Only for roles that need a smartphone: the person's role does not. Not met.",
        "nl": "Enkel voor functies die een smartphone vereisen: de functie van de persoon "
        "vereist er geen. Niet voldaan.",
    },
    "federal.indexed.down_to_cent": {
        "en": "{allowance}: indexed amount: base {base} x index coefficient {factor}, "
        "rounded down to the cent: {amount}.",
        "nl": "{allowance}: geïndexeerd bedrag: basisbedrag {base} x indexcoëfficiënt {factor}, "
        "naar beneden afgerond op de cent: {amount}.",
    },
    "federal.indexed.nearest_cent": {
        "en": "{allowance}: indexed amount: base {base} x index coefficient {factor}, "
        "rounded to the nearest cent: {amount}.",
        "nl": "{allowance}: geïndexeerd bedrag: basisbedrag {base} x indexcoëfficiënt {factor}, "
        "afgerond op de dichtste cent: {amount}.",
    },
    "federal.supplement_2021": {
        "en": "No office-cost allowance yet in {month}; instead, the temporary 2021 supplement: "
        "{amount} a month on top of the internet allowance.",
        "nl": "Nog geen vergoeding voor kantoorkosten in {month}; in de plaats de tijdelijke "
        "aanvulling van 2021: {amount} per maand bovenop de internetvergoeding.",
    },
    "federal.internet.pro_rata_maximum": {
        "en": "Before the royal decree of 10 April 2022, the {amount} was a maximum, paid pro "
        "rata; the library grants the full amount (the pro rata is not modelled).",
        "nl": "Vóór het koninklijk besluit van 10 april 2022 was de {amount} een maximum, pro "
        "rata betaald; teleworkrules kent het volle bedrag toe (de pro rata is niet "
        "opgenomen in het model).",
    },
    "internet.benefit_waived": {
        "en": "The staff member signed the statement on honour that the connection is not used "
        "privately (route registered from {start}): no benefit in kind instead of {benefit}; "
        "the employer still pays the provider.",
        "nl": "Het personeelslid ondertekende de verklaring op erewoord dat de aansluiting niet "
        "privé gebruikt wordt (route geregistreerd vanaf {start}): geen voordeel van alle aard "
        "in plaats van {benefit}; de werkgever betaalt de provider verder.",
    },
}

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {**_STEPS, **PLAIN}
