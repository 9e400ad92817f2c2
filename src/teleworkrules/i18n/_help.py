"""Texts of ``--help``: argparse's own words, the shared options and each command's manual.

``cli.argparse.*`` are the words argparse writes itself (usage prefix, section titles,
usage errors); ``help.*`` the help of the options and commands.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_ARGPARSE: Final[Mapping[str, Mapping[str, str]]] = {
    "cli.argparse.usage": {"en": "usage: ", "nl": "gebruik: "},
    "cli.argparse.positionals": {"en": "positional arguments", "nl": "argumenten"},
    "cli.argparse.command": {"en": "COMMAND", "nl": "OPDRACHT"},
    "cli.argparse.options": {"en": "options", "nl": "opties"},
    "cli.argparse.help": {"en": "show this help message and exit", "nl": "toon deze hulp"},
    "cli.argparse.version": {
        "en": "show the program's version number and exit",
        "nl": "toon het versienummer van het programma",
    },
    "cli.argparse.error": {"en": "{prog}: error: {message}", "nl": "{prog}: fout: {message}"},
    "cli.argparse.argument": {"en": "argument {name}: {message}", "nl": "{name}: {message}"},
    "cli.argparse.required": {
        "en": "the following arguments are required: {names}",
        "nl": "deze argumenten ontbreken: {names}",
    },
    "cli.argparse.unrecognized": {
        "en": "unrecognized arguments: {names}",
        "nl": "onbekende argumenten: {names}",
    },
    "cli.argparse.one_of": {
        "en": "one of the arguments {names} is required",
        "nl": "een van deze argumenten is nodig: {names}",
    },
    "cli.argparse.ambiguous": {
        "en": "ambiguous option: {option} could match {matches}",
        "nl": "dubbelzinnige optie: {option} kan {matches} zijn",
    },
    "cli.argparse.invalid_choice": {
        "en": "invalid choice: {value} (choose from {choices})",
        "nl": "ongeldige keuze: {value} (kies uit {choices})",
    },
    "cli.argparse.expected_one": {
        "en": "expected one argument",
        "nl": "verwacht één waarde",
    },
    "cli.argparse.expected_at_most_one": {
        "en": "expected at most one argument",
        "nl": "verwacht hoogstens één waarde",
    },
    "cli.argparse.invalid_value": {
        "en": "invalid {type} value: {value}",
        "nl": "ongeldige waarde ({type}): {value}",
    },
    "cli.argparse.not_allowed": {
        "en": "not allowed with argument {name}",
        "nl": "niet toegestaan samen met {name}",
    },
    "cli.argparse.ignored": {
        "en": "ignored explicit argument {value}",
        "nl": "genegeerde waarde {value}",
    },
}

_OPTIONS: Final[Mapping[str, Mapping[str, str]]] = {
    "help.as_known_on": {
        "en": "count only rules and amounts known on this day (default: today); e.g. "
        "2023-09-01 shows what payroll could know before the home-working allowance was "
        "decided",
        "nl": "tel enkel regels en bedragen die op deze dag gekend waren (standaard: vandaag); "
        "bv. 2023-09-01 toont wat de loonadministratie kon weten vóór de thuiswerkvergoeding "
        "beslist was",
    },
    "help.entity": {
        "en": "entity whose policy applies to staff without an entity (default: DWSE)",
        "nl": "entiteit waarvan het beleid geldt voor personeel zonder entiteit (standaard: DWSE)",
    },
    "help.policy": {
        "en": "load an extra entity policy file (TOML, the shape of the bundled dwse.toml); "
        "may be repeated",
        "nl": "laad een extra beleidsbestand van een entiteit (TOML, zoals het meegeleverde "
        "dwse.toml); mag herhaald worden",
    },
    "help.lang": {
        "en": "language of messages, tables, workbooks and the problems file; CSV and JSON "
        "data keep the data contract's English codes and keys, for other programs "
        "(default: TELEWORKRULES_LANG, else the locale: nl for a Dutch locale, else en)",
        "nl": "taal van berichten, tabellen, werkmappen en het probleembestand; CSV- en "
        "JSON-gegevens houden de Engelse codes en sleutels van het gegevenscontract, voor "
        "andere programma's (standaard: TELEWORKRULES_LANG, anders de locale: nl voor een "
        "Nederlandstalige locale, anders en)",
    },
    "help.quiet": {
        "en": "no progress or summary on stderr",
        "nl": "geen voortgang of samenvatting op stderr",
    },
    "help.jobs": {
        "en": (
            "work on N cores at once (default: every core this process may use, from "
            "{people} staff per core; 1 where processes cannot be forked); the output is "
            "the same"
        ),
        "nl": (
            "werk op N kernen tegelijk (standaard: elke kern die dit proces mag gebruiken, "
            "vanaf {people} personeelsleden per kern; 1 waar processen niet geforkt kunnen "
            "worden); de uitvoer is dezelfde"
        ),
    },
    "help.jobs.bad": {
        "en": "expected a whole number of at least 1, got {text}",
        "nl": "verwacht een geheel getal van minstens 1, gevonden {text}",
    },
    "help.skip_invalid": {
        "en": "evaluate the valid rows and list the skipped ones, instead of stopping",
        "nl": "bereken de geldige rijen en som de overgeslagen rijen op, in plaats van te stoppen",
    },
    "help.limit": {
        "en": "raise (or lower) a reading limit: {limits}; may be repeated",
        "nl": "verhoog (of verlaag) een leeslimiet: {limits}; mag herhaald worden",
    },
    "help.limit.one": {"en": "{name} (default {default})", "nl": "{name} (standaard {default})"},
    "help.limit.bad": {
        "en": "{text}: expected NAME=N with NAME one of {names} and N >= 1",
        "nl": "{text}: verwacht NAAM=N met NAAM een van {names} en N >= 1",
    },
    "help.problems": {
        "en": "write every problem of the dataset (or every skipped row) to FILE, one per "
        "row with its code: .csv or .xlsx",
        "nl": "schrijf elk probleem van de dataset (of elke overgeslagen rij) naar BESTAND, "
        "één per rij met zijn code: .csv of .xlsx",
    },
    "help.dataset": {"en": "CSV folder or .xlsx workbook", "nl": "map met CSV's of .xlsx-werkmap"},
    "help.dataset_optional": {
        "en": "CSV folder or .xlsx workbook (default: the bundled DWSE example)",
        "nl": "map met CSV's of .xlsx-werkmap (standaard: het meegeleverde voorbeeld van het DWSE)",
    },
    "help.from": {
        "en": "first month, included (the rules start in 2021-01)",
        "nl": "eerste maand, inbegrepen (de regels beginnen in 2021-01)",
    },
    "help.to": {"en": "last month, included", "nl": "laatste maand, inbegrepen"},
    "help.format": {
        "en": "output format (default: {default}, or the --output file's extension)",
        "nl": "uitvoerformaat (standaard: {default}, of de extensie van het --output-bestand)",
    },
    "help.output": {
        "en": "write to FILE (all or nothing) instead of stdout; its extension ({extensions}) "
        "picks the format",
        "nl": "schrijf naar BESTAND (alles of niets) in plaats van stdout; de extensie "
        "({extensions}) kiest het formaat",
    },
    "help.top": {
        "en": "The Flemish government's telework support rules as tested, explainable code: "
        "internet allowance, home-working allowance and material support, per person and "
        "month, with the legal reason for each euro.",
        "nl": "De regels van de Vlaamse overheid voor de ondersteuning van telewerk als "
        "geteste, uitlegbare code: internetvergoeding, thuiswerkvergoeding en materiële "
        "ondersteuning, per persoon en maand, met de wettelijke grond van elke euro.",
    },
    "help.top.epilog": {
        "en": "Run 'teleworkrules COMMAND --help' for the manual of a command.",
        "nl": "'teleworkrules OPDRACHT --help' toont de handleiding van een opdracht.",
    },
}

_COMMANDS: Final[Mapping[str, Mapping[str, str]]] = {
    "help.entitlements.help": {
        "en": "what is owed per person, month and allowance, as CSV or Excel",
        "nl": "wat verschuldigd is per persoon, maand en vergoeding, als CSV of Excel",
    },
    "help.entitlements.description": {
        "en": "Compute what every staff member of a dataset is owed, per month and "
        "allowance, and write it as CSV (to stdout or --output) or an Excel workbook.",
        "nl": "Bereken wat aan elk personeelslid van een dataset verschuldigd is, per maand "
        "en vergoeding, en schrijf het als CSV (naar stdout of --output) of als werkmap "
        "voor Excel.",
    },
    "help.report.help": {
        "en": "yearly figures answering parliamentary question no. 55 (table, JSON, CSV, Excel)",
        "nl": "cijfers per jaar als antwoord op schriftelijke vraag nr. 55 (tabel, JSON, CSV, "
        "Excel)",
    },
    "help.report.description": {
        "en": "Evaluate a whole dataset over a period and report, per year, who got "
        "which allowance (with percentages), at what cost (accrual and cash basis), the "
        "material budgets and the material requests.",
        "nl": "Bereken een hele dataset over een periode en rapporteer per jaar wie welke "
        "vergoeding kreeg (met percentages), tegen welke kostprijs (op transactie- en "
        "kasbasis), de materiaalbudgetten en de materiaalaanvragen.",
    },
    "help.check.help": {
        "en": "validate a dataset without evaluating it",
        "nl": "controleer een dataset zonder te berekenen",
    },
    "help.check.description": {
        "en": "Read and validate a dataset; list every problem, or say it is valid.",
        "nl": "Lees en controleer een dataset; som elk probleem op, of meld dat hij geldig is.",
    },
    "help.explain.help": {
        "en": "why one person is owed what in one month, with the legal reasons",
        "nl": "waarom een persoon in een maand recht heeft op wat, met de wettelijke gronden",
    },
    "help.explain.description": {
        "en": "Explain every allowance decision for one staff member and month: each "
        "step with its legal source, the parameter values (with both dates) and the facts "
        "used.",
        "nl": "Verklaar elke beslissing over een vergoeding voor één personeelslid en één "
        "maand: elke stap met zijn wettelijke bron, de waarden van de parameters (met beide "
        "datums) en de gebruikte feiten.",
    },
    "help.explain.month": {"en": "YYYY-MM", "nl": "maand als JJJJ-MM"},
    "help.explain.employee": {
        "en": "the staff member's employee_id",
        "nl": "het personeelsnummer (employee_id) van het personeelslid",
    },
    "help.explain.json": {
        "en": "print the decisions as JSON",
        "nl": "toon de beslissingen als JSON",
    },
    "help.arrears.help": {
        "en": "back pay and recoveries: owed now against paid, per person and month, with cause",
        "nl": "achterstal en terugvorderingen: nu verschuldigd tegenover betaald, per persoon "
        "en maand, met de oorzaak",
    },
    "help.arrears.description": {
        "en": "Compare what is owed (as known on --as-known-on, default today) with "
        "what was paid: the payments table, or what was owed as known on --paid-as-known-on. "
        "Per person, month and allowance: owed, paid, the difference (positive: back pay; "
        "negative: recovery) and its cause, with the legal source.",
        "nl": "Vergelijk wat verschuldigd is (zoals gekend op --as-known-on, standaard "
        "vandaag) met wat betaald werd: de tabel betalingen, of wat verschuldigd was zoals "
        "gekend op --paid-as-known-on. Per persoon, maand en vergoeding: verschuldigd, "
        "betaald, het verschil (positief: achterstal; negatief: terugvordering) en de "
        "oorzaak, met de wettelijke bron.",
    },
    "help.arrears.paid_as_known_on": {
        "en": "compare with what was owed as known on this day, instead of the payments table",
        "nl": "vergelijk met wat verschuldigd was zoals gekend op deze dag, in plaats van met "
        "de tabel betalingen",
    },
    "help.simulate.help": {
        "en": "cost a reform or a planned initiative against the rules in force",
        "nl": "raam de kostprijs van een hervorming of gepland initiatief tegenover de "
        "geldende regels",
    },
    "help.simulate.description": {
        "en": "Evaluate the dataset with and without parameter changes and compare per "
        "year and allowance: people, person-months, cost, who is better or worse off.",
        "nl": "Bereken de dataset met en zonder gewijzigde parameters en vergelijk per jaar "
        "en vergoeding: personen, persoonsmaanden, kostprijs, wie erop vooruitgaat of "
        "achteruitgaat.",
    },
    "help.simulate.set": {
        "en": "a parameter override; may be repeated (see 'teleworkrules rules' for the names)",
        "nl": "een gewijzigde parameterwaarde; mag herhaald worden (zie 'teleworkrules rules' "
        "voor de namen)",
    },
    "help.simulate.initiative": {
        "en": "a planned initiative (TOML: title, motivation, timing, budget, changes)",
        "nl": "een gepland initiatief (TOML: titel, motivering, timing, budget, wijzigingen)",
    },
    "help.rules.help": {
        "en": "every rule parameter with its history (effective and known dates) and sources",
        "nl": "elke parameter van de regels met zijn geschiedenis (datum van ingang en datum "
        "gekend) en bronnen",
    },
    "help.rules.description": {
        "en": "List every amount, threshold, date and setting with its history of "
        "values (the month each takes effect and the day it became known) and its legal "
        "source, then the sources.",
        "nl": "Toon elk bedrag, elke drempel, datum en instelling met de geschiedenis van zijn "
        "waarden (de maand waarin elke waarde ingaat en de dag waarop ze gekend werd) en zijn "
        "wettelijke bron, en daarna de bronnen.",
    },
    "help.rules.json": {"en": "print as JSON", "nl": "toon als JSON"},
}

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {**_ARGPARSE, **_OPTIONS, **_COMMANDS}
