"""Outputs: every file and text the results are written as.

==========================  ===============================================================
module                      what it writes
==========================  ===============================================================
:mod:`.files`               the one atomic file writer and the one formula guard
:mod:`.entitlements`        the entitlements CSV, from entitlements or from segments; xlsx
:mod:`.excel_csv`           CSV for people in a Belgian Excel: ``;``, decimal comma, BOM
:mod:`.report_data`         the report as JSON data and as CSV, the figures' definitions
:mod:`.report_table`        the report as a terminal table
:mod:`.report_xlsx`         the report as an Excel workbook (question no. 55)
:mod:`.arrears`             back pay as a table, CSV, JSON and a workbook
:mod:`.simulation`          what-if as a table, JSON and a workbook
:mod:`.problems`            every problem of a dataset as CSV or a workbook, one per row
:mod:`.skipped`             what ``--skip-invalid`` left out, in tables, JSON, workbooks
:mod:`.workbook`            the Excel toolkit of the workbooks: ``Book``, ``Sheet``, formats
:mod:`.text_table`          terminal tables that fit the width: text wraps, nothing is cut
==========================  ===============================================================

Every text a user sees comes from :mod:`teleworkrules.i18n`; every file is written whole
or not at all; every text a spreadsheet may open passes :func:`~.files.neutralise`.
Workbooks need the ``xlsx`` extra (openpyxl, loaded by ``teleworkrules._openpyxl``).

May import: the ground floor (exceptions, time, money, ``_openpyxl``), :mod:`~teleworkrules.i18n`,
:mod:`~teleworkrules.problems`, :mod:`~teleworkrules.facts`, :mod:`~teleworkrules.law`,
:mod:`~teleworkrules.decisions`, :mod:`~teleworkrules.engine` and
:mod:`~teleworkrules.results` — never inputs or cli.
"""

from teleworkrules.outputs.arrears import (
    ARREARS_CSV_HEADER,
    arrears_table,
    arrears_title,
    arrears_to_dict,
    write_arrears_csv,
    write_arrears_excel_csv,
    write_arrears_xlsx,
)
from teleworkrules.outputs.entitlements import (
    ENTITLEMENTS_HEADER,
    EXCEL_ROWS,
    write_entitlements,
    write_segment_rows,
    write_segments,
    write_segments_excel_csv,
    write_segments_xlsx,
)
from teleworkrules.outputs.excel_csv import write_excel_csv
from teleworkrules.outputs.files import (
    atomic_file,
    atomic_output,
    neutralise,
    publish,
    save_workbook,
)
from teleworkrules.outputs.problems import PROBLEMS_COLUMNS, PROBLEMS_FORMATS, write_problems
from teleworkrules.outputs.report_data import (
    DEFINITIONS,
    REPORT_CSV_HEADER,
    report_to_dict,
    write_report_csv,
    write_report_excel_csv,
)
from teleworkrules.outputs.report_table import render_table
from teleworkrules.outputs.report_xlsx import write_report_xlsx
from teleworkrules.outputs.simulation import (
    simulation_table,
    simulation_to_dict,
    write_simulation_xlsx,
)
from teleworkrules.outputs.workbook import (
    COUNT_FORMAT,
    DATE_FORMAT,
    DECIMAL_FORMAT,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    YEAR_FORMAT,
    Book,
    Sheet,
    cell_text,
)

__all__ = [
    "ARREARS_CSV_HEADER",
    "COUNT_FORMAT",
    "DATE_FORMAT",
    "DECIMAL_FORMAT",
    "DEFINITIONS",
    "ENTITLEMENTS_HEADER",
    "EXCEL_ROWS",
    "MONEY_FORMAT",
    "PERCENT_FORMAT",
    "PROBLEMS_COLUMNS",
    "PROBLEMS_FORMATS",
    "REPORT_CSV_HEADER",
    "YEAR_FORMAT",
    "Book",
    "Sheet",
    "arrears_table",
    "arrears_title",
    "arrears_to_dict",
    "atomic_file",
    "atomic_output",
    "cell_text",
    "neutralise",
    "publish",
    "render_table",
    "report_to_dict",
    "save_workbook",
    "simulation_table",
    "simulation_to_dict",
    "write_arrears_csv",
    "write_arrears_excel_csv",
    "write_arrears_xlsx",
    "write_entitlements",
    "write_excel_csv",
    "write_problems",
    "write_report_csv",
    "write_report_excel_csv",
    "write_report_xlsx",
    "write_segment_rows",
    "write_segments",
    "write_segments_excel_csv",
    "write_segments_xlsx",
    "write_simulation_xlsx",
]
