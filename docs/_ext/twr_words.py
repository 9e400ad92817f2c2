"""The build's language, and the few words of the documentation the library does not have.

Every text the library has (parameter labels, citations, step texts, allowance names,
confidence levels, month names) comes from its catalogue, :mod:`teleworkrules.i18n`, in the
language of the build (``sphinx-build -D language=nl`` for the Dutch edition). Only the
words below, which the library never shows, are kept here, in English and Dutch.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sphinx.environment import BuildEnvironment

from teleworkrules.i18n import text
from teleworkrules.money import format_number

WORDS: dict[str, dict[str, str]] = {
    # tables
    "parameter": {"en": "Parameter", "nl": "Parameter"},
    "value_on": {"en": "Value on {day}", "nl": "Waarde op {day}"},
    "confidence": {"en": "Confidence", "nl": "Zekerheid"},
    "effective": {"en": "Takes effect", "nl": "Van kracht vanaf"},
    "known": {"en": "Known from", "nl": "Gekend sinds"},
    "value": {"en": "Value", "nl": "Waarde"},
    "source": {"en": "Source", "nl": "Bron"},
    "id": {"en": "Id", "nl": "Id"},
    "title": {"en": "Title", "nl": "Titel"},
    "date": {"en": "Date", "nl": "Datum"},
    "item": {"en": "Item", "nl": "Materiaal"},
    "conditions": {"en": "Conditions", "nl": "Voorwaarden"},
    "budget": {"en": "budget", "nl": "budget"},
    "text": {"en": "text", "nl": "tekst"},
    "month": {"en": "Month", "nl": "Maand"},
    "paid_then": {"en": "Paid then", "nl": "Toen betaald"},
    "owed_now": {"en": "Owed now", "nl": "Nu verschuldigd"},
    "back_pay": {"en": "Back pay", "nl": "Achterstal"},
    "cause": {"en": "Cause", "nl": "Oorzaak"},
    # material conditions
    "cond.in_service": {"en": "in service on the day", "nl": "in dienst op de dag"},
    "cond.months": {"en": "after {n} months in service", "nl": "na {n} maanden dienst"},
    "cond.from": {"en": "on offer from {day}", "nl": "aangeboden vanaf {day}"},
    "cond.role": {
        "en": "only for roles that need a smartphone",
        "nl": "enkel voor functies die een smartphone nodig hebben",
    },
    # parameter pages
    "unit": {"en": "Unit", "nl": "Eenheid"},
    "choices": {"en": "Allowed values", "nl": "Toegelaten waarden"},
    "defined_in": {"en": "Defined in", "nl": "Vastgelegd in"},
    "law": {
        "en": "the law and the library's defaults",
        "nl": "de regelgeving en de standaardlezingen",
    },
    "policy": {"en": "the policy of {entity}", "nl": "het beleid van {entity}"},
    "read_by": {"en": "Read by", "nl": "Gelezen door"},
    "read_by_none": {
        "en": "no rule page names it (it is used by the engine or the reports)",
        "nl": "geen enkele regelpagina noemt hem (de engine of de rapporten gebruiken hem)",
    },
    "history": {"en": "History of {where}", "nl": "Historiek in {where}"},
    "indexed": {
        "en": "{base} x {index}, rounded {rounding}",
        "nl": "{base} x {index}, afgerond {rounding}",
    },
    # pictures
    "timeline.alt": {
        "en": "Timeline of {name}: each version is a point at the month it takes effect "
        "(across) and the day it became known (up). {retro} of {n} versions became known "
        "after the month they take effect (retroactively).",
        "nl": "Tijdlijn van {name}: elke versie is een punt op de maand waarin ze van kracht "
        "wordt (horizontaal) en de dag waarop ze gekend werd (verticaal). {retro} van de {n} "
        "versies werden pas gekend na de maand waarin ze van kracht worden (met terugwerkende "
        "kracht).",
    },
    "timeline.x": {"en": "takes effect (month)", "nl": "van kracht vanaf (maand)"},
    "timeline.y": {"en": "known from (day)", "nl": "gekend sinds (dag)"},
    "timeline.indexed": {"en": "indexed", "nl": "geïndexeerd"},
    "timeline.retro": {"en": "retroactive", "nl": "met terugwerkende kracht"},
    "timeline.ahead": {"en": "known in advance", "nl": "vooraf gekend"},
    "backpay.alt": {
        "en": "Home-working allowance 2023 for a full-year teleworker: the months January to "
        "December 2023, the decision of {decided} and, per month, what was paid after the "
        "month and what is owed now. {n} months, paid before the decision, are owed as "
        "back pay: EUR {total}.",
        "nl": "Thuiswerkvergoeding 2023 voor wie het hele jaar telewerkt: de maanden januari "
        "tot december 2023, het besluit van {decided} en per maand wat na de maand betaald "
        "werd en wat nu verschuldigd is. {n} maanden, betaald vóór het besluit, zijn "
        "verschuldigd als achterstal: EUR {total}.",
    },
    "month.short": {
        "en": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
        "nl": "jan,feb,mrt,apr,mei,jun,jul,aug,sep,okt,nov,dec",
    },
    "backpay.decision": {"en": "decision {day}", "nl": "besluit {day}"},
    "backpay.on_time": {"en": "paid with the month", "nl": "met de maand betaald"},
    "backpay.late": {"en": "back pay", "nl": "achterstal"},
    "backpay.y": {"en": "EUR per month", "nl": "EUR per maand"},
    "backpay.total": {
        "en": "Back pay for {who}, computed by the library as known on {now}: {n} months "
        "({first} to {last}) x EUR {amount} = EUR {total}.",
        "nl": "Achterstal voor {who}, berekend door de bibliotheek zoals gekend op {now}: "
        "{n} maanden ({first} tot {last}) x EUR {amount} = EUR {total}.",
    },
    "backpay.note": {
        "en": "Each month is compared as known on the day after it ended (when payroll paid "
        "it, VPS art. VII 73 §2) and as known on {now}.",
        "nl": "Elke maand wordt vergeleken zoals gekend op de dag na die maand (wanneer de "
        "loonadministratie ze betaalde, VPS art. VII 73 §2) en zoals gekend op {now}.",
    },
    "flow.alt": {
        "en": "The steps of the rule {rule}, from top to bottom: {steps}.",
        "nl": "De stappen van de regel {rule}, van boven naar onder: {steps}.",
    },
    "flow.rule.internet": {"en": "internet allowance", "nl": "internetvergoeding"},
    "flow.rule.home-working": {"en": "home-working allowance", "nl": "thuiswerkvergoeding"},
    "flow.rule.material": {"en": "material support", "nl": "materiële ondersteuning"},
    "flow.rule.payment": {"en": "monthly evaluation", "nl": "maandelijkse beoordeling"},
    "flow.rule.fiscal": {"en": "tax-free ceilings", "nl": "fiscale maxima"},
    "flow.rule.federal": {"en": "federal telework allowance", "nl": "federale telewerkvergoeding"},
    "flow.no": {"en": "no: not granted", "nl": "nee: niet toegekend"},
    "flow.yes": {"en": "yes", "nl": "ja"},
    # worked examples
    "example.result": {
        "en": "Result, computed when this page was built:",
        "nl": "Resultaat, berekend bij het bouwen van deze pagina:",
    },
    "example.granted": {"en": "Granted", "nl": "Toegekend"},
    "example.benefit": {"en": "benefit in kind", "nl": "voordeel van alle aard"},
    "example.nothing": {"en": "nothing granted", "nl": "niets toegekend"},
    "example.explanation": {
        "en": "The library's explanation:",
        "nl": "De uitleg van de bibliotheek:",
    },
}


def lang_of(env: BuildEnvironment) -> str:
    """``nl`` for the Dutch edition, else ``en``."""
    language = env.config.language or "en"
    return "nl" if language.startswith("nl") else "en"


def word(key: str, lang: str, /, **values: object) -> str:
    """The text ``key`` of :data:`WORDS` in ``lang``, with ``values`` filled in."""
    return WORDS[key][lang].format(**values)


def euro(amount: Decimal, lang: str) -> str:
    """An amount with two decimals, as the library writes it in ``lang``."""
    return format_number(amount, lang, 2)


def day_text(day: date, lang: str) -> str:
    """A day in words: ``8 September 2023`` or ``8 september 2023``."""
    names = text("month.names", lang).split(",")
    return f"{day.day} {names[day.month - 1]} {day.year}"


def month_short(index: int, lang: str) -> str:
    """The short name of month ``index`` (1-12) in ``lang``."""
    return word("month.short", lang).split(",")[index - 1]
