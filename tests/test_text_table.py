"""Terminal tables fit the width: text wraps, numbers and words are never cut."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from teleworkrules.outputs.text_table import Column, render

WORDS = st.text(alphabet="abcdefghij", min_size=1, max_size=12)
LABELS = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
NUMBERS = st.integers(0, 10**9).map(str)


@given(
    st.lists(st.tuples(LABELS, NUMBERS, LABELS), min_size=1, max_size=8),
    st.integers(20, 160),
)
def test_every_word_is_shown_whole_and_lines_fit_when_they_can(
    rows: list[tuple[str, str, str]], width: int
) -> None:
    """Each word of each cell appears whole; lines fit ``width`` unless a word cannot."""
    columns = [Column("label", wrap=True), Column("n", align=">"), Column("cause", wrap=True)]
    out = render(columns, rows, width=width)
    shown = out.split()
    for label, number, cause in rows:
        for word in (*label.split(), number, *cause.split()):
            assert word in shown
    longest = max(len(w) for row in rows for cell in row for w in cell.split())
    needed = 2 * max(longest, 5) + max(len(r[1]) for r in rows) + 4
    if width >= needed:
        assert max(len(line) for line in out.splitlines()) <= width


def test_a_table_that_fits_stays_on_one_line_per_row() -> None:
    """No wrapping when the natural widths fit: one header line and one line per row."""
    out = render([Column("a", wrap=True), Column("b", align=">")], [["x y z", "1"]], width=80)
    assert out.splitlines() == ["a      b", "x y z  1"]


def test_a_table_wider_than_the_terminal_is_not_cut() -> None:
    """Numbers do not wrap: a table that cannot fit is wider than the terminal, not cut."""
    out = render([Column("n", align=">")], [["1234567890123"]], width=5)
    assert "1234567890123" in out
