"""Texts of problems and notes about input, in Dutch and English.

``problem.<code>`` says what was expected (the end of "got X, expected ..."); ``note.<code>``
is a remark about input that is used. The first entries lay out a problem's line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    "problem.line": {
        "en": "{where}: got {value}, expected {expected}",
        "nl": "{where}: gekregen {value}, verwacht {expected}",
    },
    "problem.at_row": {"en": ", row {row}", "nl": ", rij {row}"},
    "problem.at_column": {"en": ", column {column}", "nl": ", kolom {column}"},
    "problem.date": {
        "en": "a date as YYYY-MM-DD, e.g. {example}",
        "nl": "een datum als JJJJ-MM-DD, bv. {example}",
    },
    "problem.identifier": {
        "en": "an identifier of 1-64 printable characters, not starting with =, +, - or @ "
        "(spreadsheet formula characters)",
        "nl": "een code van 1-64 afdrukbare tekens, niet beginnend met =, +, - of @ "
        "(tekens van rekenbladformules)",
    },
}
