"""The lines of a CSV file, each checked against the reading limits before it is parsed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, TextIO

from teleworkrules.inputs.contract import shown
from teleworkrules.inputs.limits import Limits
from teleworkrules.problems import Problem

__all__ = ["Lines", "Stop", "too_big", "wide"]

_QUOTED: Final = re.compile(r'"[^"]*"')


class Stop(Exception):
    """Reading a table stops: the argument is the problem."""


def too_big(where: str, size: int, limits: Limits) -> Problem:
    """The problem of a dataset over ``limits.max_bytes``."""
    return Problem.measured(where, 0, "", "input_size", "bytes", size=size, limit=limits.max_bytes)


class Lines:
    """The lines of a CSV file for :func:`csv.reader`, each checked before it is parsed.

    A line longer than :attr:`Limits.max_line`, a file longer than
    :attr:`Limits.max_bytes` and a record with more than :attr:`Limits.max_columns`
    cells (delimiters outside quotes, counted on the lines of the record being read)
    stop the reading with :class:`_Stop`, so the csv module never builds such a row.
    """

    def __init__(
        self, handle: TextIO, first: str, delimiter: str, table: str, limits: Limits
    ) -> None:
        self._handle = handle
        self._first: str | None = first
        self._delimiter = delimiter
        self._table = table
        self._limits = limits
        self._chars = 0
        self._count = 0
        self._record: list[str] = []
        self.row = 1
        """The number of the row being read (the header is row 1)."""

    def __iter__(self) -> Iterator[str]:
        """The lines, each checked (a generator: the csv module asks for every line)."""
        limits = self._limits
        longest, most, widest = limits.max_line, limits.max_bytes, limits.max_columns
        readline, delimiter, record = self._handle.readline, self._delimiter, self._record
        line = self._first
        self._first = None
        while True:
            if line is None:
                line = readline(longest + 1)
            if not line:
                return
            if len(line) > longest:
                problem = Problem.of(
                    self._table, self.row, "", shown(line), "long_line", limit=longest
                )
                raise Stop(problem)
            self._chars += len(line)
            if self._chars > most:
                raise Stop(too_big(self._table, self._chars, limits))
            record.append(line)
            self._count += line.count(delimiter)
            if self._count >= widest and self._outside() >= widest:
                raise Stop(wide(self._table, self.row, record[0], limits))
            yield line
            line = None

    def _outside(self) -> int:
        """The delimiters of the record outside quotes."""
        found = _QUOTED.sub("", "".join(self._record))
        if '"' in found:  # a quote still open: the rest is inside it
            found = found[: found.index('"')]
        return found.count(self._delimiter)

    def next_record(self, row: int) -> None:
        """The next lines are those of row ``row``."""
        self.row = row
        self._count = 0
        self._record.clear()


def wide(table: str, row: int, start: object, limits: Limits) -> Problem:
    """The problem of a header (``row`` 1) or row with more than ``limits.max_columns`` cells."""
    code = "wide_header" if row == 1 else "wide_row"
    return Problem.of(table, row, "", shown(start), code, limit=limits.max_columns)
