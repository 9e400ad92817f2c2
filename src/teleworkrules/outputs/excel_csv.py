"""CSV for people who open it in a Belgian Excel: ``;``, decimal comma, UTF-8 with BOM.

The contract's CSV (comma, decimal point, UTF-8 without BOM) is for programs. A Belgian
Excel opens a CSV by double-click with ``;`` as delimiter and ``,`` as decimal mark, and
reads UTF-8 only after a byte order mark; this is that CSV. Lines end in CRLF, as Excel
writes them. The columns are the same as the contract CSV's, so one documentation fits
both. Plain decimal numbers (``-20.00``) get a decimal comma (``-20,00``); every other
field passes the one formula guard :func:`~teleworkrules.outputs.files.neutralise`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from typing import Final, TextIO

from teleworkrules.outputs.files import neutralise

__all__ = ["BOM", "excel_value", "write_excel_csv"]

BOM: Final = "\ufeff"
"""The byte order mark that tells Excel the file is UTF-8."""

_DECIMAL: Final = re.compile(r"-?\d+\.\d+")


def excel_value(value: str) -> str:
    """One field for a Belgian Excel: a decimal comma in a plain number, else guarded.

    >>> excel_value("-20.00"), excel_value("2023-01"), excel_value("=1+1")
    ('-20,00', '2023-01', "'=1+1")
    """
    if _DECIMAL.fullmatch(value):
        return value.replace(".", ",")
    return neutralise(value)


def write_excel_csv(header: Sequence[str], rows: Iterable[Sequence[str]], out: TextIO) -> int:
    """Write ``header`` and ``rows`` as CSV for a Belgian Excel (see the module).

    Returns:
        The number of rows written (without the header).
    """
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([excel_value(value) for value in row])
        count += 1
    return count
