"""The limits on what a dataset may hold, and opening only regular files.

Every limit is checked while a file is read, before memory grows with it: a cell, a
row's or a header's cells, a table's rows, and the whole dataset's size (from the file
sizes, before anything is read). Past a limit the table, or the dataset, is a problem
naming it, never an exception or a machine out of memory. The defaults
(:data:`MAX_CELL`, :data:`MAX_COLUMNS`, :data:`MAX_ROWS`, :data:`MAX_BYTES`) fit any real
HR export; a :class:`Limits` given to
:func:`~teleworkrules.inputs.load.load_dataset` raises (or lowers) them:

>>> Limits().max_columns, Limits(max_rows=10).max_rows
(1000, 10)

Only regular files are read as tables (:func:`open_regular`): a FIFO would block the
reader forever, and a device such as ``/dev/zero`` never ends.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Final, final

import attrs

from teleworkrules.problems import Problem

__all__ = [
    "DEFAULT_LIMITS",
    "MAX_BYTES",
    "MAX_CELL",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "Limits",
    "NotRegularError",
    "open_regular",
    "regular_size",
    "too_many_rows",
]

MAX_CELL: Final = 100_000
"""The longest cell accepted, in characters."""
MAX_COLUMNS: Final = 1_000
"""The most cells a row, or names a header, may have (the contract has at most 7)."""
MAX_ROWS: Final = 2_000_000
"""The most rows a table (CSV file or sheet) may have (Excel itself stops at 1,048,576)."""
MAX_BYTES: Final = 1_000_000_000
"""The largest dataset, in bytes: the sum of its table files, or the workbook's size."""


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{attribute.name} must be a whole number of at least 1, not {value!r}")


@final
@attrs.frozen
class Limits:
    """The limits on a dataset; each defaults to its constant.

    Attributes:
        max_cell: the longest cell, in characters (:data:`MAX_CELL`).
        max_columns: the most cells in a row or names in a header (:data:`MAX_COLUMNS`).
        max_rows: the most rows in a table, header included (:data:`MAX_ROWS`).
        max_bytes: the largest dataset in bytes (:data:`MAX_BYTES`).
    """

    max_cell: int = attrs.field(default=MAX_CELL, validator=_positive)
    max_columns: int = attrs.field(default=MAX_COLUMNS, validator=_positive)
    max_rows: int = attrs.field(default=MAX_ROWS, validator=_positive)
    max_bytes: int = attrs.field(default=MAX_BYTES, validator=_positive)

    @property
    def max_line(self) -> int:
        """The longest line of a CSV file, in characters: full cells, quoted, in every column."""
        return self.max_columns * (self.max_cell + 3)


DEFAULT_LIMITS: Final = Limits()
"""The default limits."""


class NotRegularError(OSError):
    """A path that is no regular file (a FIFO, device, socket or folder)."""


def regular_size(path: Path) -> int:
    """The size of the regular file ``path`` (a symlink is followed), in bytes.

    Raises:
        NotRegularError: it is a FIFO, device, socket or folder.
        OSError: it cannot be looked at (missing, a dangling link, no permission).
    """
    found = os.stat(path)
    if not stat.S_ISREG(found.st_mode):
        raise NotRegularError(f"{path} is no regular file")
    return found.st_size


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary, when it is a regular file.

    The file is opened without blocking and checked on the open descriptor, so a FIFO
    put in its place after a check never hangs the reader.

    Raises:
        NotRegularError: it is a FIFO, device, socket or folder.
        OSError: it cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotRegularError(f"{path} is no regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def too_many_rows(table: str, row: int, limits: Limits, code: str) -> Problem:
    """The problem of a table whose row ``row`` is past ``limits.max_rows``.

    ``code`` says what the table is: ``table_rows`` (a CSV file) or ``sheet_rows``.
    """
    limit = limits.max_rows
    return Problem.measured(table, row, "", code, "rows", size=limit, limit=limit)
