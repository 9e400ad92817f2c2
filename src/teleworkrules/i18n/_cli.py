"""Texts of the command line: messages, summaries and usage errors.

The help texts are in :mod:`._help`. The rules listing reuses the ``word.*`` labels of the
explanations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_UNITS: Final[Mapping[str, Mapping[str, str]]] = {
    "unit.EUR": {"en": "EUR", "nl": "EUR"},
    "unit.days": {"en": "days", "nl": "dagen"},
    "unit.count": {"en": "count", "nl": "aantal"},
    "unit.boolean": {"en": "yes/no", "nl": "ja/nee"},
    "unit.choice": {"en": "choice", "nl": "keuze"},
    "unit.codes": {"en": "codes", "nl": "codes"},
    "unit.date": {"en": "date", "nl": "datum"},
    "unit.factor": {"en": "coefficient", "nl": "coëfficiënt"},
}

_ERRORS: Final[Mapping[str, Mapping[str, str]]] = {
    "error.history": {
        "en": "teleworkrules has no rules before {first}; asked from {start}",
        "nl": "teleworkrules heeft geen regels vóór {first}; gevraagd vanaf {start}",
    },
    "error.history.month": {
        "en": "teleworkrules has no rules before {first}; asked for {month}",
        "nl": "teleworkrules heeft geen regels vóór {first}; gevraagd voor {month}",
    },
    "error.entity.default": {
        "en": "entity {entity} has no policy; known entities: {known}",
        "nl": "entiteit {entity} heeft geen beleid; gekende entiteiten: {known}",
    },
    "error.change.format": {
        "en": "{text}: expected PARAMETER=VALUE@YYYY-MM, e.g. "
        "internet.forfait.amount=25.00@2025-01",
        "nl": "{text}: verwacht PARAMETER=WAARDE@JJJJ-MM, bv. "
        "internet.forfait.amount=25,00@2025-01",
    },
    "error.change.month": {
        "en": "{text}: {month} is not a month YYYY-MM",
        "nl": "{text}: {month} is geen maand JJJJ-MM",
    },
    "error.change.decimals": {
        "en": "{name}: {value} has more than two decimals; expected an amount in euro",
        "nl": "{name}: {value} heeft meer dan twee decimalen; verwacht een bedrag in euro",
    },
    "error.change.unit.EUR": {
        "en": "{name}: {value} is not a value of unit EUR",
        "nl": "{name}: {value} is geen bedrag in euro (bv. 25,00)",
    },
    "error.change.unit.days": {
        "en": "{name}: {value} is not a value of unit days",
        "nl": "{name}: {value} is geen aantal dagen (bv. 1 of 1,5)",
    },
    "error.change.unit.count": {
        "en": "{name}: {value} is not a value of unit count",
        "nl": "{name}: {value} is geen geheel getal",
    },
    "error.change.unit.boolean": {
        "en": "{name}: {value} is not a value of unit boolean",
        "nl": "{name}: {value} is geen ja of nee",
    },
    "error.change.unit.choice": {
        "en": "{name}: {value} is not a value of unit choice",
        "nl": "{name}: {value} is geen geldige keuze",
    },
    "error.change.unit.codes": {
        "en": "{name}: {value} is not a value of unit codes",
        "nl": "{name}: {value} is geen lijst van codes",
    },
    "error.change.unit.date": {
        "en": "{name}: {value} is not a value of unit date",
        "nl": "{name}: {value} is geen datum JJJJ-MM-DD",
    },
    "error.parameter.unknown": {
        "en": "unknown parameter {name}; known parameters: {known}",
        "nl": "onbekende parameter {name}; gekende parameters: {known}",
    },
    "error.parameter.unit.EUR": {
        "en": "{name}: got {value}, expected an amount in euro >= 0 with two decimals",
        "nl": "{name}: gevonden {value}, verwacht een bedrag in euro >= 0 met twee decimalen",
    },
    "error.parameter.unit.days": {
        "en": "{name}: got {value}, expected a number of days >= 0",
        "nl": "{name}: gevonden {value}, verwacht een aantal dagen >= 0",
    },
    "error.parameter.unit.count": {
        "en": "{name}: got {value}, expected a whole number >= 0",
        "nl": "{name}: gevonden {value}, verwacht een geheel getal >= 0",
    },
    "error.parameter.unit.boolean": {
        "en": "{name}: got {value}, expected true or false",
        "nl": "{name}: gevonden {value}, verwacht ja of nee",
    },
    "error.parameter.unit.choice": {
        "en": "{name}: got {value}, expected one of {choices}",
        "nl": "{name}: gevonden {value}, verwacht een van {choices}",
    },
    "error.parameter.unit.codes": {
        "en": "{name}: got {value}, expected a list of codes among {choices}",
        "nl": "{name}: gevonden {value}, verwacht een lijst van codes uit {choices}",
    },
    "error.parameter.unit.date": {
        "en": "{name}: got {value}, expected a date",
        "nl": "{name}: gevonden {value}, verwacht een datum",
    },
    "error.change.unit.factor": {
        "en": "{name}: {value} is not a value of unit factor",
        "nl": "{name}: {value} is geen coëfficiënt (bv. 2,0399)",
    },
    "error.parameter.unit.factor": {
        "en": "{name}: got {value}, expected a coefficient > 0",
        "nl": "{name}: gevonden {value}, verwacht een coëfficiënt > 0",
    },
    "error.parameter.minimum": {
        "en": "{name}: got {value}, expected at least {minimum}",
        "nl": "{name}: gevonden {value}, verwacht minstens {minimum}",
    },
}


TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    # The placeholders of --help, as its texts name them (BESTAND, NAAM=N, JJJJ-MM)
    "cli.metavar.file": {"en": "FILE", "nl": "BESTAND"},
    "cli.metavar.limit": {"en": "NAME=N", "nl": "NAAM=N"},
    "cli.metavar.month": {"en": "YYYY-MM", "nl": "JJJJ-MM"},
    "cli.metavar.day": {"en": "YYYY-MM-DD", "nl": "JJJJ-MM-DD"},
    "cli.metavar.employee": {"en": "EMPLOYEE_ID", "nl": "PERSONEELSNUMMER"},
    "cli.metavar.explain_month": {"en": "MONTH", "nl": "MAAND"},
    "cli.metavar.change": {"en": "PARAMETER=VALUE@YYYY-MM", "nl": "PARAMETER=WAARDE@JJJJ-MM"},
    "cli.invalid": {
        "en": "{source}: the dataset is not valid: {count:n} {count:problem|problems}; nothing "
        "was evaluated "
        "or written.",
        "nl": "{source}: de dataset is niet geldig: {count:n} {count:probleem|problemen}; er werd "
        "niets "
        "berekend of geschreven.",
    },
    "cli.skipped": {
        "en": "{source}: {count:n} invalid {count:row|rows} skipped ({tables}); {staff:n} "
        "{staff:staff member|staff members} left out; {problems:n} "
        "{problems:problem|problems}:",
        "nl": "{source}: {count:n} ongeldige {count:rij|rijen} overgeslagen ({tables}); {staff:n} "
        "{staff:personeelslid|personeelsleden} weggelaten; {problems:n} "
        "{problems:probleem|problemen}:",
    },
    "cli.more_problems": {
        "en": "  ... and {count:n} more {count:line|lines}; --problems FILE writes every problem",
        "nl": "  ... en nog {count:n} {count:regel|regels}; --problems BESTAND schrijft elk "
        "probleem",
    },
    "cli.problems_written": {
        "en": "problems written: {path} ({count:n})",
        "nl": "problemen geschreven: {path} ({count:n})",
    },
    "cli.note": {"en": "note: {note}", "nl": "opmerking: {note}"},
    "cli.error": {"en": "error: {message}", "nl": "fout: {message}"},
    "cli.cannot_write": {
        "en": "cannot write {target}: {reason}; no partial file was left",
        "nl": "kan {target} niet schrijven: {reason}; er bleef geen onvolledig bestand achter",
    },
    "cli.cannot_write_stdout": {
        "en": "cannot write to stdout: {reason}",
        "nl": "kan niet naar stdout schrijven: {reason}",
    },
    "cli.cannot_use": {
        "en": "cannot use {target}: {reason}",
        "nl": "kan {target} niet gebruiken: {reason}",
    },
    "cli.reason.disk_full": {
        "en": "the disk is full (no space left on device)",
        "nl": "de schijf is vol (geen ruimte meer op het apparaat)",
    },
    "cli.reason.quota": {
        "en": "the disk quota is used up",
        "nl": "het schijfquotum is opgebruikt",
    },
    "cli.reason.permission": {
        "en": "permission denied",
        "nl": "geen toestemming",
    },
    "cli.reason.read_only": {
        "en": "the file system is read-only",
        "nl": "het bestandssysteem is alleen-lezen",
    },
    "cli.reason.broken_pipe": {
        "en": "the program reading the output stopped (broken pipe)",
        "nl": "het programma dat de uitvoer las, stopte (broken pipe)",
    },
    "cli.reason.folder": {
        "en": "it is a folder",
        "nl": "het is een map",
    },
    "cli.no_memory": {
        "en": "not enough memory to run {command}; the dataset is too large for this machine: "
        "see the limits in the documentation (Security and limits)",
        "nl": "niet genoeg geheugen om {command} uit te voeren; de dataset is te groot voor "
        "deze machine: zie de grenzen in de documentatie (Security and limits)",
    },
    "cli.interrupted": {
        "en": "interrupted ({signal}): stopped; no unfinished output file was left",
        "nl": "onderbroken ({signal}): gestopt; er bleef geen onvolledig uitvoerbestand achter",
    },
    "cli.internal": {
        "en": "internal error: {kind}: {message}; please report it (TELEWORKRULES_DEBUG=1 "
        "shows the traceback)",
        "nl": "interne fout: {kind}: {message}; meld ze alstublieft (TELEWORKRULES_DEBUG=1 "
        "toont de traceback)",
    },
    "cli.done": {
        "en": "{what} for {people:n} {people:staff member|staff members}, {start}..{end}, as "
        "known on {known_on} "
        "({seconds} s).",
        "nl": "{what} voor {people:n} {people:personeelslid|personeelsleden}, {start}..{end}, "
        "zoals gekend op "
        "{known_on} ({seconds} s).",
    },
    "cli.rows": {"en": "{count:n} {count:row|rows}", "nl": "{count:n} {count:rij|rijen}"},
    "cli.report": {"en": "report", "nl": "rapport"},
    "cli.progress": {
        "en": "evaluating: {done:n}/{total:n} staff",
        "nl": "berekenen: {done:n}/{total:n} personeelsleden",
    },
    "cli.valid": {
        "en": "{source}: valid: {people:n} {people:staff member|staff members}; rows per table: "
        "{tables}.",
        "nl": "{source}: geldig: {people:n} {people:personeelslid|personeelsleden}; rijen per "
        "tabel: {tables}.",
    },
    "cli.valid_skipped": {
        "en": "{source}: not valid; with the invalid rows skipped: {people:n} "
        "{people:staff member|staff members}; "
        "rows used per table: {tables}.",
        "nl": "{source}: niet geldig; zonder de ongeldige rijen: {people:n} "
        "{people:personeelslid|personeelsleden}; "
        "gebruikte rijen per tabel: {tables}.",
    },
    "cli.written": {"en": "written: {path}", "nl": "geschreven: {path}"},
    "cli.rules.value": {"en": "value", "nl": "waarde"},
    "cli.rules.sources": {"en": "Sources:", "nl": "Bronnen:"},
    "cli.rules.indexed": {
        "en": "{base} x {index}, {rounding}",
        "nl": "{base} x {index}, {rounding}",
    },
    "cli.rules.indexed_amount": {
        "en": "from {month}: {base} x {factor} = {amount} (known from {known})",
        "nl": "vanaf {month}: {base} x {factor} = {amount} (gekend vanaf {known})",
    },
    "cli.rules.rounding.down_to_cent": {
        "en": "rounded down to the cent",
        "nl": "naar beneden afgerond op de cent",
    },
    "cli.rules.rounding.nearest_cent": {
        "en": "rounded to the nearest cent",
        "nl": "afgerond op de dichtste cent",
    },
    "cli.rules.reviewed": {
        "en": "The law data below was last checked against its sources on {day}; for later "
        "months, the values then in force are assumed unchanged.",
        "nl": "De wettelijke gegevens hieronder werden het laatst getoetst aan hun bronnen "
        "op {day}; voor latere maanden wordt aangenomen dat de waarden die dan gelden, niet "
        "veranderd zijn.",
    },
    # Usage errors (exit code 2). The ones found while parsing come before --lang is known
    # and are always English, like the rest of argparse's message.
    "cli.usage.month": {
        "en": "{text!r} is not a month; expected YYYY-MM, e.g. 2023-01",
        "nl": "{text!r} is geen maand; verwacht JJJJ-MM, bv. 2023-01",
    },
    "cli.usage.date": {
        "en": "{text!r} is not a date; expected YYYY-MM-DD, e.g. 2023-10-01",
        "nl": "{text!r} is geen datum; verwacht JJJJ-MM-DD, bv. 2023-10-01",
    },
    "cli.usage.period_reversed": {
        "en": "--to {end} lies before --from {start}",
        "nl": "--to {end} ligt vóór --from {start}",
    },
    "cli.usage.period_required": {
        "en": "--from and --to are required with a DATASET",
        "nl": "--from en --to zijn verplicht met een DATASET",
    },
    "cli.usage.output_folder": {
        "en": "{option} {output} is a folder; expected a file name",
        "nl": "{option} {output} is een map; verwacht een bestandsnaam",
    },
    "cli.usage.output_device": {
        "en": "{option} {output} is a device, not a regular file; give a file name, - for "
        "stdout or /dev/null",
        "nl": "{option} {output} is een apparaat, geen gewoon bestand; geef een "
        "bestandsnaam, - voor stdout of /dev/null",
    },
    "cli.usage.output_fifo": {
        "en": "{option} {output} is a named pipe (FIFO), not a regular file; give a file "
        "name, or - to write to stdout and pipe that",
        "nl": "{option} {output} is een named pipe (FIFO), geen gewoon bestand; geef een "
        "bestandsnaam, of - om naar stdout te schrijven en dat door te sturen",
    },
    "cli.usage.output_socket": {
        "en": "{option} {output} is a socket, not a regular file; give a file name",
        "nl": "{option} {output} is een socket, geen gewoon bestand; geef een bestandsnaam",
    },
    "cli.usage.output_special": {
        "en": "{option} {output} is not a regular file; give a file name",
        "nl": "{option} {output} is geen gewoon bestand; geef een bestandsnaam",
    },
    "cli.usage.output_no_folder": {
        "en": "{option} {output}: the folder {folder} does not exist",
        "nl": "{option} {output}: de map {folder} bestaat niet",
    },
    "cli.usage.output_extension": {
        "en": "--output {output}: unsupported extension; this command writes {supported}",
        "nl": "--output {output}: extensie niet ondersteund; dit commando schrijft {supported}",
    },
    "cli.usage.format_mismatch": {
        "en": "--format {format} does not match --output {output}; expected a {suffix} file",
        "nl": "--format {format} past niet bij --output {output}; verwacht een {suffix}-bestand",
    },
    "cli.usage.problems_extension": {
        "en": "--problems {output}: unsupported extension; expected {supported}",
        "nl": "--problems {output}: extensie niet ondersteund; verwacht {supported}",
    },
    "cli.usage.same_file": {
        "en": "--output and --problems are the same file: {output}",
        "nl": "--output en --problems zijn hetzelfde bestand: {output}",
    },
    "cli.usage.xlsx_needs_output": {
        "en": "--format xlsx needs --output FILE.xlsx",
        "nl": "--format xlsx vraagt --output BESTAND.xlsx",
    },
    "cli.usage.paid_after_known": {
        "en": "--paid-as-known-on {paid} lies after --as-known-on {known}",
        "nl": "--paid-as-known-on {paid} ligt na --as-known-on {known}",
    },
    "cli.example": {
        "en": "the bundled DWSE example (ids {first} to {last})",
        "nl": "het meegeleverde voorbeeld van het DWSE (nummers {first} tot {last})",
    },
    "cli.usage.unknown_employee": {
        "en": "employee {employee} is not in {source}",
        "nl": "personeelslid {employee} staat niet in {source}",
    },
    "cli.usage.bad_change": {"en": "--set {error}", "nl": "--set {error}"},
    "cli.usage.no_change": {
        "en": "give at least one --set PARAMETER=VALUE@YYYY-MM or an --initiative",
        "nl": "geef minstens één --set PARAMETER=WAARDE@JJJJ-MM of een --initiative",
    },
    **_UNITS,
    **_ERRORS,
}
