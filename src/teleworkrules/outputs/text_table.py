"""Plain-text tables that fit the terminal: text columns wrap, nothing is ever cut.

Every terminal table (report, back pay, what-if) is drawn here. A table first takes the
width its longest cell needs; when that is wider than the terminal, the columns that may
wrap (labels, causes) give up width, the widest first, down to their longest word, and
their cells and headers wrap onto more lines. Numbers never wrap. When even that does
not fit, the table is wider than the terminal rather than cut.

>>> from teleworkrules.outputs import text_table as tt
>>> table = [tt.Column("allowance", wrap=True), tt.Column("persons", align=">")]
>>> print(tt.render(table, [["home-working allowance", "334"]], width=24))
allowance        persons
home-working         334
allowance
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Final, Literal, final

import attrs

__all__ = ["DEFAULT_WIDTH", "GAP", "Column", "render"]

DEFAULT_WIDTH: Final = 100
"""The width used when the terminal's is unknown (output to a file or a pipe)."""
GAP: Final = 2
"""Spaces between two columns."""


@final
@attrs.frozen
class Column:
    """One column of a terminal table.

    Attributes:
        head: the header text.
        align: ``<`` left (text) or ``>`` right (numbers).
        wrap: whether the cells may wrap onto more lines when the table is too wide.
    """

    head: str
    align: Literal["<", ">"] = "<"
    wrap: bool = False


def _longest_word(texts: Iterable[str]) -> int:
    return max((len(word) for t in texts for word in t.split()), default=1)


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int) -> list[int]:
    """Each column's width: what its longest cell needs, less where wrapping must save."""
    natural = [
        max([len(c.head), *(len(row[i]) for row in rows)], default=1) for i, c in enumerate(columns)
    ]
    floors = [
        _longest_word([c.head, *(row[i] for row in rows)]) if c.wrap else natural[i]
        for i, c in enumerate(columns)
    ]
    widths = list(natural)
    excess = sum(widths) + GAP * (len(widths) - 1) - width
    while excess > 0:
        shrinkable = [i for i, c in enumerate(columns) if c.wrap and widths[i] > floors[i]]
        if not shrinkable:
            break  # wider than the terminal rather than cut
        widest = max(shrinkable, key=lambda i: widths[i])
        others = [widths[i] for i in shrinkable if i != widest]
        target = max(floors[widest], max(others, default=0), widths[widest] - excess)
        if target >= widths[widest]:
            target = widths[widest] - 1
        excess -= widths[widest] - target
        widths[widest] = target
    return widths


def _lines(value: str, width: int, column: Column) -> list[str]:
    if not column.wrap or len(value) <= width:
        return [value]
    return textwrap.wrap(value, width, break_long_words=False, break_on_hyphens=True) or [""]


def render(
    columns: Sequence[Column], rows: Iterable[Sequence[str]], *, width: int = DEFAULT_WIDTH
) -> str:
    """The table with its header, each row on as many lines as its wrapped cells need.

    Args:
        columns: the columns, left to right.
        rows: the cells of each row, as text, one per column.
        width: the terminal's width in characters.
    """
    cells = [list(row) for row in rows]
    widths = _widths(columns, cells, width)
    out = []
    for row in [[c.head for c in columns], *cells]:
        wrapped = [_lines(v, widths[i], columns[i]) for i, v in enumerate(row)]
        for n in range(max(len(w) for w in wrapped)):
            parts = [
                f"{(w[n] if n < len(w) else ''):{c.align}{widths[i]}}"
                for i, (w, c) in enumerate(zip(wrapped, columns, strict=True))
            ]
            out.append((" " * GAP).join(parts).rstrip())
    return "\n".join(out)
