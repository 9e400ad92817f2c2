"""Inputs: reading CSV folders and xlsx workbooks, the data contract, validation into facts.

- :mod:`~teleworkrules.inputs.contract`: the data contract's tables, columns, Dutch
  header aliases and Dutch table names (:data:`~teleworkrules.inputs.contract.TABLES`,
  :data:`~teleworkrules.inputs.contract.ALIASES`,
  :data:`~teleworkrules.inputs.contract.TABLE_ALIASES`,
  :class:`~teleworkrules.inputs.contract.Column`,
  :class:`~teleworkrules.inputs.contract.RawTable`).
- :mod:`~teleworkrules.inputs.cells`: one cell into a value, or what was expected.
- :mod:`~teleworkrules.inputs.csv_files`: a folder of CSV files into raw tables, as a
  Belgian Excel saves them (``,``/``;``/tab, UTF-8 or Windows-1252).
- :mod:`~teleworkrules.inputs.xlsx_files`: an ``.xlsx`` workbook into raw tables (needs
  the ``xlsx`` extra), with the checks against hostile files.
- :mod:`~teleworkrules.inputs.limits`: the limits on cells, columns, rows and size
  (:class:`~teleworkrules.inputs.limits.Limits`), and opening only regular files.
- :mod:`~teleworkrules.inputs.sheets`: one worksheet into a raw table, in bounded memory.
- :mod:`~teleworkrules.inputs.rows`: one table's header and rows into checked values.
- :mod:`~teleworkrules.inputs.validate`: raw tables into a
  :class:`~teleworkrules.facts.Dataset`, every problem listed.
- :mod:`~teleworkrules.inputs.tables`: tables from Python (dict rows, pandas or polars
  DataFrames) into raw tables, numpy and pandas cells into plain ones.
- :mod:`~teleworkrules.inputs.load`: :func:`~teleworkrules.inputs.load.load_dataset`, a
  folder, workbook or Python tables read and validated.

Readers report what cannot be read, and validation what cannot be used, as
:class:`~teleworkrules.problems.Problem` s; remarks on what is used are
:class:`~teleworkrules.problems.Note` s.

May import: :mod:`~teleworkrules.exceptions`, :mod:`~teleworkrules.time`,
:mod:`~teleworkrules.money`, ``teleworkrules._openpyxl`` (the optional openpyxl),
:mod:`~teleworkrules.i18n`, :mod:`~teleworkrules.problems`,
:mod:`~teleworkrules.facts` and :mod:`~teleworkrules.law`; never ``engine``, ``rules``,
``results``, ``outputs`` or ``cli``.
"""

from teleworkrules.inputs.contract import ALIASES, TABLE_ALIASES, TABLES, Column, RawTable
from teleworkrules.inputs.csv_files import read_csv_folder
from teleworkrules.inputs.limits import Limits
from teleworkrules.inputs.load import load_dataset
from teleworkrules.inputs.tables import read_python_tables
from teleworkrules.inputs.validate import build_dataset
from teleworkrules.inputs.xlsx_files import read_xlsx_tables

__all__ = [
    "ALIASES",
    "TABLES",
    "TABLE_ALIASES",
    "Column",
    "Limits",
    "RawTable",
    "build_dataset",
    "load_dataset",
    "read_csv_folder",
    "read_python_tables",
    "read_xlsx_tables",
]
