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
        "nl": "{where}: gevonden {value}, verwacht {expected}",
    },
    "problem.line.anywhere": {
        "en": "got {value}, expected {expected}",
        "nl": "gevonden {value}, verwacht {expected}",
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
    # Cells (inputs.cells)
    "problem.date_time": {
        "en": "a date without a time of day",
        "nl": "een datum zonder tijdstip",
    },
    "problem.month": {
        "en": "a month as YYYY-MM or MM/YYYY, e.g. {example}",
        "nl": "een maand als JJJJ-MM of MM/JJJJ, bv. {example}",
    },
    "problem.date_or_month": {
        "en": "a date as YYYY-MM-DD or DD/MM/YYYY, or a month as YYYY-MM or MM/YYYY",
        "nl": "een datum als JJJJ-MM-DD of DD/MM/JJJJ, of een maand als JJJJ-MM of MM/JJJJ",
    },
    "problem.number": {"en": "a number", "nl": "een getal"},
    "problem.number_size": {
        "en": "a number below 1,000,000,000",
        "nl": "een getal kleiner dan 1.000.000.000",
    },
    "problem.number_format": {
        "en": "a number with . or , as decimal mark and no thousands separator, e.g. {example}",
        "nl": "een getal met een punt of komma als decimaalteken en zonder scheidingsteken "
        "voor duizendtallen, bv. {example}",
    },
    "problem.number_from": {
        "en": "a number {low_sign} {low}",
        "nl": "een getal {low_sign} {low}",
    },
    "problem.number_between": {
        "en": "a number {low_sign} {low} and <= {high}",
        "nl": "een getal {low_sign} {low} en <= {high}",
    },
    "problem.money": {
        "en": "an amount in euro with at most two decimals, e.g. {example}",
        "nl": "een bedrag in euro met hoogstens twee decimalen, bv. {example}",
    },
    "problem.boolean": {
        "en": "true/false, yes/no, ja/nee, waar/onwaar or 1/0",
        "nl": "ja/nee, waar/onwaar, true/false, yes/no of 1/0",
    },
    "problem.choice": {"en": "one of {choices}", "nl": "een van {choices}"},
    # Tables and rows (inputs.validate)
    "problem.header": {
        "en": "a header row naming the columns",
        "nl": "een kopregel met de kolomnamen",
    },
    "problem.semicolons": {
        "en": "one column name per cell (this header holds them all in one cell, "
        "separated by semicolons)",
        "nl": "een kolomnaam per cel (deze kopregel heeft ze allemaal in een cel, "
        "gescheiden door puntkomma's)",
    },
    "problem.column_twice": {
        "en": "each column once (this column appears twice)",
        "nl": "elke kolom eenmaal (deze kolom staat er twee keer)",
    },
    "problem.required_column": {
        "en": "a required column named {name}",
        "nl": "een verplichte kolom {name}",
    },
    "problem.row_width": {
        "en": "at most {width} cells, as many as the header",
        "nl": "hoogstens {width} cellen, zoveel als de kopregel",
    },
    "problem.required": {"en": "a value (required)", "nl": "een waarde (verplicht)"},
    "problem.date_order": {
        "en": "a date on or after {first} {day}",
        "nl": "een datum vanaf {first} {day}",
    },
    "problem.month_days": {
        "en": "at most the {days} days of {month}",
        "nl": "hoogstens de {days} dagen van {month}",
    },
    "problem.overlap": {
        "en": "a period that does not overlap row {other} of the same person ({start}..{end})",
        "nl": "een periode die niet overlapt met rij {other} van hetzelfde personeelslid "
        "({start}..{end})",
    },
    "problem.staff_table": {
        "en": "a staff table (the only required table)",
        "nl": "een tabel staff (de enige verplichte tabel)",
    },
    "problem.staff_member": {
        "en": "at least one staff member",
        "nl": "minstens één personeelslid",
    },
    "problem.unique_id": {
        "en": "a unique id (also on row {other})",
        "nl": "een unieke code (ook op rij {other})",
    },
    "problem.known_employee": {
        "en": "an employee_id listed in staff (valid rows)",
        "nl": "een employee_id uit staff (geldige rijen)",
    },
    # Identity (facts._checks, inputs.cells, inputs.validate)
    "problem.identifier_character": {
        "en": "an identifier without invisible, format or control characters "
        "(character {position} is {character})",
        "nl": "een code zonder onzichtbare tekens, opmaaktekens of stuurtekens "
        "(teken {position} is {character})",
    },
    "problem.unique_id_case": {
        "en": "a unique id (also on row {other}, as {other_id}: ids that differ only in "
        "capitals are the same id)",
        "nl": "een unieke code (ook op rij {other}, als {other_id}: codes die alleen in "
        "hoofdletters verschillen, zijn dezelfde code)",
    },
    "problem.known_employee_case": {
        "en": "an employee_id listed in staff (valid rows), written as there: staff has {other_id}",
        "nl": "een employee_id uit staff (geldige rijen), geschreven zoals daar: staff "
        "heeft {other_id}",
    },
    "problem.month_once": {
        "en": "one row per person and month (also row {other})",
        "nl": "één rij per personeelslid en maand (ook rij {other})",
    },
    # Files (inputs.csv_files, inputs.load)
    "problem.long_cell": {
        "en": "cells of at most {limit:n} characters",
        "nl": "cellen van hoogstens {limit:n} tekens",
    },
    "problem.csv": {
        "en": "well-formed CSV (comma separated, quotes closed)",
        "nl": "correcte CSV (gescheiden door komma's, aanhalingstekens gesloten)",
    },
    "problem.csv_rest": {
        "en": "well-formed CSV (comma separated, quotes closed); this row and the rest of "
        "the file were not read",
        "nl": "correcte CSV (gescheiden door komma's, aanhalingstekens gesloten); deze rij en "
        "de rest van het bestand werden niet gelezen",
    },
    "problem.utf8": {
        "en": "a UTF-8 text file (save as 'CSV UTF-8')",
        "nl": "een UTF-8-tekstbestand (bewaar als 'CSV UTF-8')",
    },
    "problem.readable_file": {"en": "a readable file", "nl": "een leesbaar bestand"},
    "problem.file_once": {
        "en": "one file per table (also {file})",
        "nl": "één bestand per tabel (ook {file})",
    },
    "problem.dataset_path": {
        "en": "a folder of CSV files or an .xlsx workbook",
        "nl": "een map met CSV-bestanden of een .xlsx-werkmap",
    },
    "problem.dataset_file": {
        "en": "a folder of CSV files or an .xlsx workbook, not this file",
        "nl": "een map met CSV-bestanden of een .xlsx-werkmap, niet dit bestand",
    },
    # Workbooks (inputs.xlsx_files)
    "problem.xls": {
        "en": "an Excel workbook (.xlsx) without a password: save it as 'Excel Workbook (.xlsx)'",
        "nl": "een Excel-werkmap (.xlsx) zonder wachtwoord: bewaar als 'Excel-werkmap (.xlsx)'",
    },
    "problem.zip": {
        "en": "an Excel workbook (.xlsx), which is a zip archive of XML files",
        "nl": "een Excel-werkmap (.xlsx), een zip-archief van XML-bestanden",
    },
    "problem.readable_workbook": {
        "en": "a readable Excel workbook (.xlsx)",
        "nl": "een leesbare Excel-werkmap (.xlsx)",
    },
    "problem.valid_workbook": {
        "en": "a valid Excel workbook (.xlsx)",
        "nl": "een geldige Excel-werkmap (.xlsx)",
    },
    "problem.unpacked_size": {
        "en": "an Excel workbook (.xlsx) of at most {limit:n} bytes unpacked (a zip bomb?)",
        "nl": "een Excel-werkmap (.xlsx) van hoogstens {limit:n} bytes uitgepakt (een zipbom?)",
    },
    "problem.compression": {
        "en": "an Excel workbook (.xlsx) whose parts are compressed at most {ratio} times "
        "(a zip bomb?)",
        "nl": "een Excel-werkmap (.xlsx) waarvan de delen hoogstens {ratio} keer "
        "gecomprimeerd zijn (een zipbom?)",
    },
    "problem.cell_error": {
        "en": "a value, not a spreadsheet error",
        "nl": "een waarde, geen rekenbladfout",
    },
    "problem.finite": {"en": "a finite number", "nl": "een eindig getal"},
    "problem.header_text": {
        "en": "a column name as text (a header cell holds a number, date or true/false)",
        "nl": "een kolomnaam als tekst (een kopcel bevat een getal, datum of true/false)",
    },
    "problem.sheet_rows": {
        "en": "a sheet of at most {limit:n} rows",
        "nl": "een blad van hoogstens {limit:n} rijen",
    },
    "problem.sheet_once": {"en": "one sheet per table", "nl": "één blad per tabel"},
    "problem.sheet_cells": {"en": "a sheet of cells", "nl": "een blad met cellen"},
    "problem.readable_sheet": {
        "en": "a readable sheet {sheet}",
        "nl": "een leesbaar blad {sheet}",
    },
    # Problems that help (inputs.rows, inputs.validate, problems.summarise)
    "problem.required_column_meant": {
        "en": "a required column named {name} (column {found}: did you mean {names}?)",
        "nl": "een verplichte kolom {name} (kolom {found}: bedoelde u {names}?)",
    },
    "problem.invalid_staff_rows": {
        "en": "staff members with a valid staff row: {count:n} {count:row|rows} "
        "({count:row|rows} {rows}) {count:refers|refer} to {persons:a staff member|staff "
        "members} whose staff row is invalid; {count:it is|they are} checked once "
        "{persons:that staff row is|those staff rows are} fixed",
        "nl": "personeelsleden met een geldige rij in staff: {count:n} {count:rij|rijen} "
        "({count:rij|rijen} {rows}) {count:verwijst|verwijzen} naar {persons:een "
        "personeelslid|personeelsleden} van wie de rij in staff ongeldig is; {count:ze "
        "wordt|ze worden} getoetst zodra {persons:die rij|die rijen} in staff verbeterd "
        "{persons:is|zijn}",
    },
    "problem.unread_staff": {
        "en": "a staff table that can be read: {count:n} {count:row|rows} ({count:row|rows} "
        "{rows}) could not be checked against staff; {count:it is|they are} checked once the "
        "staff table is fixed",
        "nl": "een tabel staff die gelezen kan worden: {count:n} {count:rij|rijen} "
        "({count:rij|rijen} {rows}) {count:kon|konden} niet getoetst worden aan staff; "
        "{count:ze wordt|ze worden} getoetst zodra de tabel staff verbeterd is",
    },
    "problem.group": {
        "en": "{where}: {count:n} rows (rows {rows})",
        "nl": "{where}: {count:n} rijen (rijen {rows})",
    },
    # Belgian exports and table names (inputs.cells, inputs.csv_files, inputs.xlsx_files)
    "problem.day": {
        "en": "a date as YYYY-MM-DD or day first as DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY "
        "(never month first), e.g. {example}",
        "nl": "een datum als JJJJ-MM-DD of met de dag eerst als DD/MM/JJJJ, DD-MM-JJJJ of "
        "DD.MM.JJJJ (nooit de maand eerst), bv. {example}",
    },
    "problem.choice_dutch": {
        "en": "one of {choices} (in Dutch: {dutch})",
        "nl": "een van {dutch} (of in het Engels: {choices})",
    },
    "problem.delimiter": {
        "en": "a header line in {file} with its columns separated by a comma, a semicolon or a tab",
        "nl": "een kopregel in {file} met de kolommen gescheiden door een komma, een "
        "puntkomma of een tab",
    },
    "problem.delimiters": {
        "en": "a header line in {file} with its columns separated by one kind of delimiter, "
        "a comma, a semicolon or a tab (this one has {found})",
        "nl": "een kopregel in {file} met de kolommen gescheiden door een soort "
        "scheidingsteken, een komma, een puntkomma of een tab (deze heeft {found})",
    },
    "problem.encoding": {
        "en": "a text file in UTF-8 or Windows-1252 (save as 'CSV UTF-8')",
        "nl": "een tekstbestand in UTF-8 of Windows-1252 (bewaar als 'CSV UTF-8')",
    },
    "problem.unknown_file": {
        "en": "a CSV file named after a table: {names}; or in Dutch: {dutch}",
        "nl": "een CSV-bestand met de naam van een tabel: {dutch}; of in het Engels: {names}",
    },
    "problem.unknown_file_near": {
        "en": "a CSV file named after a table (did you mean {near}?): {names}; or in "
        "Dutch: {dutch}",
        "nl": "een CSV-bestand met de naam van een tabel (bedoelde u {near}?): {dutch}; of "
        "in het Engels: {names}",
    },
    "problem.unknown_sheet": {
        "en": "a sheet named after a table: {names}; or in Dutch: {dutch}",
        "nl": "een blad met de naam van een tabel: {dutch}; of in het Engels: {names}",
    },
    "problem.unknown_sheet_near": {
        "en": "a sheet named after a table (did you mean {near}?): {names}; or in Dutch: {dutch}",
        "nl": "een blad met de naam van een tabel (bedoelde u {near}?): {dutch}; of in het "
        "Engels: {names}",
    },
    # Limits and hostile files (inputs.limits, inputs.csv_files, inputs.xlsx_files)
    "problem.wide_header": {
        "en": "a header of at most {limit:n} columns (the table was not read; the limit is "
        "max_columns)",
        "nl": "een kopregel van hoogstens {limit:n} kolommen (de tabel werd niet gelezen; de grens "
        "is max_columns)",
    },
    "problem.wide_row": {
        "en": "rows of at most {limit:n} cells (the table was not read; the limit is max_columns)",
        "nl": "rijen van hoogstens {limit:n} cellen (de tabel werd niet gelezen; de grens is "
        "max_columns)",
    },
    "problem.wide_sheet": {
        "en": "a sheet of at most {limit:n} columns, as its dimension says (the table was not "
        "read; the limit is max_columns)",
        "nl": "een blad van hoogstens {limit:n} kolommen, volgens zijn afmetingen (de tabel werd "
        "niet gelezen; de grens is max_columns)",
    },
    "problem.long_line": {
        "en": "lines of at most {limit:n} characters (the table was not read; the limit is "
        "max_columns)",
        "nl": "regels van hoogstens {limit:n} tekens (de tabel werd niet gelezen; de grens is "
        "max_columns)",
    },
    "problem.table_rows": {
        "en": "a table of at most {limit:n} rows (the table was not read; the limit is max_rows)",
        "nl": "een tabel van hoogstens {limit:n} rijen (de tabel werd niet gelezen; de grens is "
        "max_rows)",
    },
    "problem.input_size": {
        "en": "a dataset of at most {limit:n} bytes (the limit is max_bytes)",
        "nl": "een dataset van hoogstens {limit:n} bytes (de grens is max_bytes)",
    },
    "problem.regular_file": {
        "en": "a regular file, not a FIFO, device, socket or folder",
        "nl": "een gewoon bestand, geen FIFO, apparaat, socket of map",
    },
    # Notes: input that is used as it is
    "note.extra_columns": {
        "en": "extra columns ignored: {columns}",
        "nl": "extra kolommen genegeerd: {columns}",
    },
    "note.entity_without_policy": {
        "en": "entity {entity} ({count:n} staff) has no policy: the law only (no default "
        "internet route, no material catalogue, no budgets, no third-party cost)",
        "nl": "entiteit {entity} ({count:n} {count:personeelslid|personeelsleden}) heeft geen "
        "beleid: alleen de wet "
        "(geen standaardroute voor internet, geen materiaalcatalogus, geen budgetten, geen "
        "kosten van de derdebetalersregeling)",
    },
    "note.openpyxl": {"en": "openpyxl: {message}", "nl": "openpyxl meldt: {message}"},
    "note.encoding": {
        "en": "not valid UTF-8, read as {encoding}: check that accented letters read right",
        "nl": "geen geldige UTF-8, gelezen als {encoding}: kijk na of letters met accenten "
        "juist gelezen zijn",
    },
    "note.entitlements_file": {
        "en": "an entitlements CSV (an output of teleworkrules), not a table; not read",
        "nl": "een CSV met vergoedingen (uitvoer van teleworkrules), geen tabel; niet gelezen",
    },
    "note.hidden_sheet": {
        "en": "a hidden sheet, read as table {table}",
        "nl": "een verborgen blad, gelezen als tabel {table}",
    },
    "note.very_hidden_sheet": {
        "en": "a very hidden sheet (Excel shows it only in its VBA editor), read as table {table}",
        "nl": "een zeer verborgen blad (Excel toont het enkel in de VBA-editor), gelezen als "
        "tabel {table}",
    },
    "note.extra_columns_more": {
        "en": "extra columns ignored: {columns} and {more} more",
        "nl": "extra kolommen genegeerd: {columns} en nog {more}",
    },
}
