"""The help texts that several commands share: datasets, invalid data, exit codes.

English, as argparse's own help is; the commands add them to their epilogs.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DATASET_HELP", "EXIT_CODES"]

EXIT_CODES: Final = (
    "\nexit codes: 0 success, 1 invalid data or rules, a write error or not enough memory,\n"
    "  2 wrong usage, 70 internal error, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).\n"
)
"""The end of every evaluating command's help."""

DATASET_HELP: Final = """\
dataset:
  A folder of CSV files (one header row; comma, semicolon or tab between the columns;
  UTF-8 or Windows-1252, as Excel saves them) named after the tables of the data
  contract, or one .xlsx workbook with one sheet per table (needs
  pip install 'teleworkrules[xlsx]'): staff (required), telework, telework_days,
  internet, absences, material_requests, payments, or their Dutch names (personeel,
  thuiswerk, thuiswerkdagen, afwezigheden, materiaalaanvragen, betalingen). Dutch column
  names and values are accepted (personeelsnummer, datum_in_dienst, statutair,
  derdebetaler, ja/nee, ...). Dates are YYYY-MM-DD or day first (DD/MM/YYYY, never month
  first), months YYYY-MM or MM/YYYY, decimals use a point or a comma. A .csv file or
  sheet named after no table is a problem, never ignored.

invalid data:
  Every problem is listed on stderr (table, row, column, value, what was expected) and
  nothing is evaluated or written (exit code 1), unless --skip-invalid is given: then the
  valid rows are used and every skipped row is listed. The same problem in many rows is
  shown once with its count and first rows; --problems FILE (.csv or .xlsx, Dutch
  headers with --lang nl) writes every problem, one per row with its code, to work
  through. --limit NAME=N raises a reading limit (see the security and limits page).
"""
"""The help on datasets and invalid data, for the epilog of commands that read one."""
