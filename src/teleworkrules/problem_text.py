"""Validation problems in Dutch or English.

The library states what it expected in English
(:attr:`~teleworkrules.exceptions.Problem.expected`, a stable text tools may match).
:func:`problem_text` renders a whole problem for people, in Dutch or English: the
expectation is translated phrase by phrase; a phrase without a translation stays in
English rather than being guessed.
"""

from __future__ import annotations

import re
from typing import Final

from teleworkrules.exceptions import Problem
from teleworkrules.i18n import check_lang

__all__ = ["expected_text", "problem_text"]

_DUTCH: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern), dutch)
    for pattern, dutch in (
        (r"a date as YYYY-MM-DD, e\.g\. (.+)", r"een datum als JJJJ-MM-DD, bv. \1"),
        (
            r"a date as YYYY-MM-DD or a month as YYYY-MM",
            "een datum als JJJJ-MM-DD of een maand als JJJJ-MM",
        ),
        (r"a month as YYYY-MM, e\.g\. (.+)", r"een maand als JJJJ-MM, bv. \1"),
        (r"a date without a time of day", "een datum zonder tijdstip"),
        (r"a date on or after (\w+) (.+)", r"een datum vanaf \1 \2"),
        (r"a number below 1,000,000,000", "een getal kleiner dan 1.000.000.000"),
        (
            r"a number with \. as decimal mark, e\.g\. 2\.5",
            "een getal met een punt als decimaalteken, bv. 2.5",
        ),
        (r"a number ([<>]=?) (\S+) and <= (\S+)", r"een getal \1 \2 en <= \3"),
        (r"a number ([<>]=?) (\S+)", r"een getal \1 \2"),
        (r"a number", "een getal"),
        (r"a finite number", "een eindig getal"),
        (
            r"an amount in euro with at most two decimals, e\.g\. 20\.00",
            "een bedrag in euro met hoogstens twee decimalen, bv. 20.00",
        ),
        (r"true/false, yes/no, ja/nee or 1/0", "true/false, yes/no, ja/nee of 1/0"),
        (r"one of (.+)", r"een van \1"),
        (
            r"an identifier of 1-64 printable characters, not starting with =, \+, - or @ "
            r"\(spreadsheet formula characters\)",
            "een code van 1-64 afdrukbare tekens, niet beginnend met =, +, - of @ "
            "(tekens van rekenbladformules)",
        ),
        (r"a value \(required\)", "een waarde (verplicht)"),
        (r"a header row naming the columns", "een kopregel met de kolomnamen"),
        (r"a required column named (\S+)", r"een verplichte kolom \1"),
        (
            r"each column once \(this column appears twice\)",
            "elke kolom eenmaal (deze kolom staat er twee keer)",
        ),
        (
            r"at most (\d+) cells, as many as the header",
            r"hoogstens \1 cellen, zoveel als de kopregel",
        ),
        (
            r"a staff table \(the only required table\)",
            "een tabel staff (de enige verplichte tabel)",
        ),
        (r"at least one staff member", "minstens een personeelslid"),
        (r"a unique id \(also on row (\d+)\)", r"een unieke code (ook op rij \1)"),
        (r"an entity with a policy: (.+)", r"een entiteit met een beleid: \1"),
        (
            r"an employee_id listed in staff \(valid rows\)",
            "een employee_id uit staff (geldige rijen)",
        ),
        (
            r"a period that does not overlap row (\d+) of the same person \((.+)\)",
            r"een periode die niet overlapt met rij \1 van hetzelfde personeelslid (\2)",
        ),
        (
            r"one row per person and month \(also row (\d+)\)",
            r"een rij per personeelslid en maand (ook rij \1)",
        ),
        (r"at most the (\d+) days of (\S+)", r"hoogstens de \1 dagen van \2"),
        (r"one file per table \(also (.+)\)", r"een bestand per tabel (ook \1)"),
        (
            r"a UTF-8 text file \(save as 'CSV UTF-8'\)",
            "een UTF-8-tekstbestand (bewaar als 'CSV UTF-8')",
        ),
        (
            r"well-formed CSV \(comma separated, quotes closed\); this row and the rest of "
            r"the file were not read",
            "correcte CSV (gescheiden door komma's, aanhalingstekens gesloten); deze rij en "
            "de rest van het bestand werden niet gelezen",
        ),
        (
            r"well-formed CSV \(comma separated, quotes closed\)",
            "correcte CSV (gescheiden door komma's, aanhalingstekens gesloten)",
        ),
        (
            r"commas between columns, not semicolons \(save as 'CSV UTF-8 \(comma delimited\)'\)",
            "komma's tussen de kolommen, geen puntkomma's (bewaar als 'CSV UTF-8 (door "
            "komma's gescheiden)')",
        ),
        (r"cells of at most (\d+) characters", r"cellen van hoogstens \1 tekens"),
        (
            r"a folder of CSV files or an \.xlsx workbook, not this file",
            "een map met CSV-bestanden of een .xlsx-werkmap, niet dit bestand",
        ),
        (
            r"a folder of CSV files or an \.xlsx workbook",
            "een map met CSV-bestanden of een .xlsx-werkmap",
        ),
        (r"a readable file", "een leesbaar bestand"),
        (
            r"an Excel workbook \(\.xlsx\) without a password: save it as 'Excel Workbook "
            r"\(\.xlsx\)'",
            "een Excel-werkmap (.xlsx) zonder wachtwoord: bewaar als 'Excel-werkmap (.xlsx)'",
        ),
        (
            r"an Excel workbook \(\.xlsx\), which is a zip archive of XML files",
            "een Excel-werkmap (.xlsx), een zip-archief van XML-bestanden",
        ),
        (
            r"an Excel workbook \(\.xlsx\) of at most (\S+) bytes unpacked \(a zip bomb\?\)",
            r"een Excel-werkmap (.xlsx) van hoogstens \1 bytes uitgepakt (een zipbom?)",
        ),
        (
            r"an Excel workbook \(\.xlsx\) whose parts are compressed at most (\d+) times(.*)",
            r"een Excel-werkmap (.xlsx) waarvan de delen hoogstens \1 keer gecomprimeerd zijn\2",
        ),
        (r"a (?:readable|valid) Excel workbook \(\.xlsx\)", "een leesbare Excel-werkmap (.xlsx)"),
        (
            r"a column name as text \(a header cell holds a number, date or true/false\)",
            "een kolomnaam als tekst (een kopcel bevat een getal, datum of true/false)",
        ),
        (r"a sheet of at most (\S+) rows", r"een blad van hoogstens \1 rijen"),
        (r"one sheet per table", "een blad per tabel"),
        (r"a sheet of cells", "een blad met cellen"),
        (r"a readable sheet (.+)", r"een leesbaar blad \1"),
        (r"a value, not a spreadsheet error", "een waarde, geen rekenbladfout"),
    )
)


def expected_text(expected: str, lang: str = "en") -> str:
    """``expected`` in ``lang``; untranslated phrases stay in English.

    >>> from teleworkrules.problem_text import expected_text
    >>> expected_text("a unique id (also on row 2)", "nl")
    'een unieke code (ook op rij 2)'
    """
    if check_lang(lang) == "en":
        return expected
    for pattern, dutch in _DUTCH:
        if pattern.fullmatch(expected):
            return pattern.sub(dutch, expected)
    return expected


def problem_text(problem: Problem, lang: str = "en") -> str:
    """A problem as one line for people: table, row, column, value, what was expected.

    >>> from teleworkrules import Problem
    >>> from teleworkrules.problem_text import problem_text
    >>> text = problem_text(Problem("staff", 3, "hire_date", "2020-13-01",
    ...                             "a date as YYYY-MM-DD, e.g. 2023-09-08"), "nl")
    >>> where, what = text.split(": ")
    >>> where
    'staff, rij 3, kolom hire_date'
    >>> what
    "gekregen '2020-13-01', verwacht een datum als JJJJ-MM-DD, bv. 2023-09-08"
    """
    if check_lang(lang) == "en":
        return str(problem)
    where = problem.table
    if problem.row:
        where += f", rij {problem.row}"
    if problem.column:
        where += f", kolom {problem.column}"
    return f"{where}: gekregen {problem.value!r}, verwacht {expected_text(problem.expected, lang)}"
