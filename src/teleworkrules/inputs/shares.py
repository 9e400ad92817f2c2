"""A CSV folder read in shares of its staff, one share per process (``--jobs``).

A share is the staff members whose ids fall in one range of the sorted ids, with every
row of theirs in every table. The ranges are set by a first pass over the staff file's
id column (:func:`split`), so that the shares' people, each sorted by id, follow each
other in the order one process gives. Each process then reads every file, as
:func:`~teleworkrules.inputs.load.load_dataset` does, but converts and checks only the
rows of its share (:func:`shared`): reading the files is done by each, the rest once.

A share is only an optimisation, never a second way to judge a dataset. The first pass
gives up (``None``) at anything unusual in the staff file, and a share that finds any
problem raises, so that the whole dataset is then loaded in one process and its
problems reported exactly as always. A row that the ranges would send to the wrong share
cannot pass silently either: its share does not know its person, which is a problem.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Final, final

import attrs

from teleworkrules.facts import identity_key
from teleworkrules.inputs.cells import BadCell, Cell, identifier
from teleworkrules.inputs.contract import RawTable, TableStopped, column_name
from teleworkrules.inputs.csv_files import csv_table
from teleworkrules.inputs.limits import DEFAULT_LIMITS, Limits
from teleworkrules.problems import Note, Problem

__all__ = ["Share", "shared", "split"]

_ID: Final = "employee_id"


@final
@attrs.frozen
class Share:
    """One share of a dataset's staff: those whose ids are in one range.

    Attributes:
        index: the share's place, from 0.
        bounds: the first id of every share but the first, in order.
        staff: the staff rows of the whole dataset.
    """

    index: int
    bounds: tuple[str, ...]
    staff: int

    @property
    def parts(self) -> int:
        """How many shares the staff is in."""
        return len(self.bounds) + 1


def split(
    folder: Path, parts: Callable[[int], int], *, limits: Limits = DEFAULT_LIMITS
) -> tuple[Share, ...] | None:
    """The shares of the staff of the CSV ``folder``, of about equal size.

    ``parts`` says how many shares for a number of staff members.

    ``None`` when the staff file cannot be split safely: it is missing, twice, unreadable
    or over a limit, its header has no single ``employee_id`` column, a row has no valid
    id, two ids name one person (:func:`~teleworkrules.facts.identity_key`), or there are
    fewer staff members than ``parts``. The whole dataset is then loaded in one process,
    which reports whatever is wrong.
    """
    problems: list[Problem] = []
    notes: list[Note] = []
    table = csv_table(folder, "staff", problems, notes, limits=limits)
    if table is None or problems:
        return None
    ids: list[str] = []
    try:
        at = _id_column(table)
        for _, cells in table.rows:
            found = _id(cells, at)
            if found is None:
                return None
            ids.append(found)
    except TableStopped:
        return None
    finally:
        close = getattr(table.rows, "close", None)
        if close is not None:
            close()
    count = parts(len(ids))
    if problems or at is None or not 0 < count <= len(ids):
        return None
    if len({identity_key(i) for i in ids}) != len(ids):
        return None
    ids.sort()
    bounds = tuple(ids[len(ids) * k // count] for k in range(1, count))
    return tuple(Share(index, bounds, len(ids)) for index in range(count))


def _id_column(table: RawTable) -> int | None:
    """The position of the one ``employee_id`` column of the header, if there is one."""
    names = [column_name(str(h) if h is not None else "") for h in table.header]
    return names.index(_ID) if names.count(_ID) == 1 else None


def _id(cells: tuple[Cell, ...], at: int | None) -> str | None:
    """The employee id of a row, as validation converts it; ``None`` if it has none."""
    if at is None or at >= len(cells):
        return None
    cell = cells[at]
    stripped = cell.strip() if isinstance(cell, str) else cell
    if stripped is None or stripped == "":
        return None
    try:
        return identifier(stripped)
    except BadCell:
        return None


def shared(tables: Iterable[RawTable], share: Share) -> Iterator[RawTable]:
    """The tables with only the rows of ``share``.

    A row is in the share of its ``employee_id`` as validation converts it. A row without
    a valid id, and every row of a table without a single ``employee_id`` column, is in
    the first share, whose validation reports it. Every file is still read whole: its
    reading problems are found by every share.
    """
    mine: dict[object, bool] = {}  # an id cell's text: whether its rows are in the share
    for table in tables:
        yield attrs.evolve(table, rows=_rows_of(table, share, mine))


def _rows_of(
    table: RawTable, share: Share, mine: dict[object, bool]
) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    at = _id_column(table)
    if at is None:
        if share.index == 0:
            yield from table.rows
        else:
            for _ in table.rows:  # read whole: its reading problems are found here too
                pass
        return
    index, bounds = share.index, share.bounds
    for row in table.rows:
        cells = row[1]
        cell = cells[at] if at < len(cells) else None
        found = mine.get(cell)
        if found is None:
            eid = _id(cells, at)
            where = 0 if eid is None else bisect.bisect_right(bounds, eid)
            found = where == index
            if cell.__class__ is str:
                mine[cell] = found
        if found:
            yield row
