"""Texts of what was found, when a problem is not about a value read, in Dutch and English.

``found.<measure>`` is the "got X" of a problem's line (:meth:`Problem.found_in
<teleworkrules.problems.Problem.found_in>`): nothing (an empty cell, a missing column or
table), a file too large or unreadable, a byte that is no character, a quote gone wrong
(:meth:`Problem.measured <teleworkrules.problems.Problem.measured>`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    "found.nothing": {"en": "nothing", "nl": "niets"},
    "found.byte_utf8": {
        "en": "byte {byte} on line {line:n}, which is not UTF-8",
        "nl": "byte {byte} op regel {line:n}, die geen UTF-8 is",
    },
    "found.byte_neither": {
        "en": "byte {byte} on line {line:n}, which is neither UTF-8 nor Windows-1252",
        "nl": "byte {byte} op regel {line:n}, die UTF-8 noch Windows-1252 is",
    },
    "found.bytes_neither": {
        "en": "byte {byte} on line {line:n}, which is not UTF-8, and byte {other} on line "
        "{other_line:n}, which is not Windows-1252",
        "nl": "byte {byte} op regel {line:n}, die geen UTF-8 is, en byte {other} op regel "
        "{other_line:n}, die geen Windows-1252 is",
    },
    "found.unclosed_quote": {
        "en": "a quote that is never closed",
        "nl": "een aanhalingsteken dat nooit gesloten wordt",
    },
    "found.after_quote": {
        "en": "text right after a closing quote (a quote inside a cell is written as two quotes)",
        "nl": "tekst vlak na een sluitend aanhalingsteken (een aanhalingsteken in een cel "
        "schrijf je als twee aanhalingstekens)",
    },
    "found.missing": {"en": "no such file", "nl": "een bestand dat niet bestaat"},
    "found.permission": {
        "en": "a file without permission to read it",
        "nl": "een bestand zonder leesrechten",
    },
    "found.folder": {"en": "a folder", "nl": "een map"},
    "found.old_workbook": {
        "en": "an old .xls workbook or a password-protected one",
        "nl": "een oude .xls-werkmap of een met een wachtwoord beveiligde",
    },
    "found.not_zip": {
        "en": "a file that is not a zip archive",
        "nl": "een bestand dat geen zip-archief is",
    },
    "found.empty_sheet": {"en": "an empty sheet", "nl": "een leeg blad"},
    "found.two_sheets": {
        "en": "sheets {first} and {second}",
        "nl": "de bladen {first} en {second}",
    },
    "found.chart": {"en": "a chart sheet {sheet}", "nl": "een grafiekblad {sheet}"},
    "found.compressed": {
        "en": "{member}: {size:n} bytes compressed {count:n} times",
        "nl": "{member}: {size:n} bytes, {count:n} keer gecomprimeerd",
    },
    "found.bytes": {"en": "{size:n} bytes", "nl": "{size:n} bytes"},
    "found.unpacked": {"en": "{size:n} bytes once unpacked", "nl": "{size:n} bytes na uitpakken"},
    "found.rows": {"en": "more than {size:n} rows", "nl": "meer dan {size:n} rijen"},
    "found.columns": {"en": "{size:n} columns", "nl": "{size:n} kolommen"},
    "found.sheet_columns": {
        "en": "{size:n} columns (up to column {letter})",
        "nl": "{size:n} kolommen (tot kolom {letter})",
    },
    "found.cell_in": {"en": "a cell in column {letter}", "nl": "een cel in kolom {letter}"},
    "found.empty_file": {"en": "an empty file", "nl": "een leeg bestand"},
    "found.long_cell": {
        "en": "a cell of more than {limit:n} characters",
        "nl": "een cel van meer dan {limit:n} tekens",
    },
}
