"""The steps of each rule, for its flow picture: the words of each box and its step codes.

Each step is (English, Dutch, the step codes of the explanations it can give, whether a
"no" ends the rule). The step codes are the library's (``teleworkrules-messages`` lists
their texts); the box words are the documentation's own summary.
"""

from __future__ import annotations

# (English, Dutch, step codes, whether "no" ends the rule) per step of each rule.
FLOWS: dict[str, list[tuple[str, str, str, bool]]] = {
    "internet": [
        (
            "In service in month M? The deciding day",
            "In dienst in maand M? De beslissende dag",
            "service.in_service.* service.not_in_service.* service.contract_excluded",
            True,
        ),
        (
            "Long absence (setting, off by default)",
            "Lange afwezigheid (instelling, standaard uit)",
            "payment.suspended_unpaid payment.suspended_long",
            True,
        ),
        (
            "Route on the deciding day: registered, else the entity's default",
            "Route op de beslissende dag: geregistreerd, anders die van de entiteit",
            "internet.route_registered internet.route_default internet.no_route",
            True,
        ),
        (
            "Is it this allowance's route?",
            "Is het de route van deze vergoeding?",
            "internet.other_route",
            True,
        ),
        (
            "Amount: forfait paid, or benefit in kind",
            "Bedrag: forfait betaald, of voordeel van alle aard",
            "internet.forfait internet.third_party internet.benefit_waived",
            False,
        ),
        (
            "Compare with the tax-free ceiling (flag only)",
            "Vergelijk met het fiscaal maximum (enkel een vlag)",
            "fiscal.within fiscal.above",
            False,
        ),
    ],
    "home-working": [
        (
            "In service in month M? The deciding day",
            "In dienst in maand M? De beslissende dag",
            "service.in_service.* service.not_in_service.* service.contract_excluded",
            True,
        ),
        (
            "In force for M, as known on the evaluation day?",
            "Van kracht voor M, zoals gekend op de evaluatiedag?",
            "rule.not_in_force",
            True,
        ),
        (
            "Registered telework days of M reach weekdays(M) x 1 / 5?",
            "Geregistreerde thuiswerkdagen van M halen weekdagen(M) x 1 / 5?",
            "home.days_met home.days_not_met",
            True,
        ),
        (
            "Else: approved arrangement plans at least 1 day a week?",
            "Anders: goedgekeurde afspraak voorziet minstens 1 dag per week?",
            "hybrid.approved hybrid.not_approved hybrid.none home.plan_met home.plan_not_met "
            "home.no_basis",
            True,
        ),
        ("Amount of the month", "Bedrag van de maand", "home.amount", False),
        (
            "Compare with the tax-free ceiling (flag only)",
            "Vergelijk met het fiscaal maximum (enkel een vlag)",
            "fiscal.within fiscal.above",
            False,
        ),
    ],
    "material": [
        (
            "Item in the entity's catalogue?",
            "Materiaal in de catalogus van de entiteit?",
            "material.offered material.unknown_item",
            True,
        ),
        (
            "In service on the day of the request",
            "In dienst op de dag van de aanvraag",
            "material.in_service material.not_in_service",
            False,
        ),
        (
            "Enough months in service",
            "Genoeg maanden in dienst",
            "material.months_met material.months_not_met",
            False,
        ),
        (
            "On offer on that day",
            "Aangeboden op die dag",
            "material.available material.not_yet_available",
            False,
        ),
        (
            "Smartphone role, if the item needs one",
            "Smartphonefunctie, als het materiaal die vraagt",
            "material.role_ok material.role_missing",
            False,
        ),
        (
            "Eligible only when every condition is met",
            "Enkel toegekend als elke voorwaarde voldaan is",
            "material.eligible material.not_eligible",
            False,
        ),
    ],
    "payment": [
        (
            "In service on a day of M (setting)",
            "In dienst op een dag van M (instelling)",
            "service.in_service.* service.not_in_service.*",
            True,
        ),
        (
            "Contract type eligible (setting)",
            "Contracttype komt in aanmerking (instelling)",
            "service.contract_excluded",
            True,
        ),
        (
            "The deciding day: first day in service (setting)",
            "De beslissende dag: eerste dag in dienst (instelling)",
            "service.in_service.first_service_day service.in_service.last_service_day",
            False,
        ),
        (
            "Long absence suspends (setting, off by default)",
            "Lange afwezigheid schorst (instelling, standaard uit)",
            "payment.suspended_unpaid payment.suspended_long",
            True,
        ),
        (
            "The allowance's rule decides on the deciding day",
            "De regel van de vergoeding beslist op de beslissende dag",
            "internet.* home.*",
            True,
        ),
        (
            "Whole month, no proration (setting)",
            "Hele maand, geen pro rata (instelling)",
            "service.prorated",
            False,
        ),
        (
            "Paid after the month; known later: back pay",
            "Betaald na de maand; later gekend: achterstal",
            "arrears.rule_changed",
            False,
        ),
    ],
    "fiscal": [
        (
            "Amount the rule granted",
            "Bedrag dat de regel toekent",
            "internet.forfait home.amount federal.amount",
            False,
        ),
        (
            "Ceiling of the month, as known on the evaluation day",
            "Maximum van de maand, zoals gekend op de evaluatiedag",
            "fiscal.within fiscal.above",
            False,
        ),
        (
            "Above it: flagged taxable, amount unchanged",
            "Erboven: belastbaar gemarkeerd, bedrag ongewijzigd",
            "fiscal.above",
            False,
        ),
    ],
    "federal": [
        (
            "In service in month M? The deciding day",
            "In dienst in maand M? De beslissende dag",
            "service.in_service.* service.not_in_service.*",
            True,
        ),
        (
            "Telework days of M: registered, else planned",
            "Thuiswerkdagen van M: geregistreerd, anders gepland",
            "federal.days_registered federal.days_planned",
            False,
        ),
        (
            "Internet part: at least 1 day in M?",
            "Internetdeel: minstens 1 dag in M?",
            "federal.days_met federal.days_not_met federal.amount "
            "federal.internet.pro_rata_maximum",
            True,
        ),
        (
            "Office costs: at least 4 days in M? (2021: the supplement)",
            "Bureaukosten: minstens 4 dagen in M? (2021: de aanvulling)",
            "federal.days_met federal.days_not_met federal.amount federal.supplement_2021 "
            "federal.indexed.down_to_cent",
            True,
        ),
        ("No third-party route", "Geen derdebetalersregeling", "federal.no_routes", False),
        (
            "Compare with the tax-free ceilings (flag only)",
            "Vergelijk met de fiscale maxima (enkel een vlag)",
            "fiscal.within fiscal.above",
            False,
        ),
    ],
}
