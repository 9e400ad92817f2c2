"""Problems and notes about input: where, what was found, and a text code with its values.

A :class:`Problem` says that a value cannot be used (the dataset is refused, or the row
skipped); a :class:`Note` remarks on input that is used (an extra column, a workbook
warning). Both keep a code of the text catalogue (:mod:`teleworkrules.i18n`) and its
values, and render in Dutch or English when asked: the text of a problem is never
translated back from English.

For display, :func:`summarise` groups the same problem in many rows into one
:class:`ProblemGroup` with its count and first rows; :func:`rows_affected` counts the
rows a list of problems stands for (a knock-on problem stands for several).
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable, Sequence
from typing import Final, final

import attrs

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.i18n import CATALOGUE, text

__all__ = [
    "KNOCK_ON",
    "Note",
    "Problem",
    "ProblemGroup",
    "os_problem",
    "row_list",
    "rows_affected",
    "summarise",
]

KNOCK_ON: Final = frozenset({"invalid_staff_rows", "unread_staff"})
"""The codes of knock-on problems: one problem for the rows of a table that fail only
because the staff rows they refer to failed. Their ``count`` value says how many rows."""


_NUMBERS: Final = frozenset({"count", "limit", "line", "offset", "other_line", "persons", "size"})
"""The values of problem and note texts that are counts and sizes: kept as plain digits,
filled in as numbers, which a text shows with the thousands separator of the language
read (``{limit:n}``: 1,500 in English, 1.500 in Dutch) or as a word for one or more
(``{count:rij|rijen}``)."""


def _pairs(values: dict[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((key, str(value)) for key, value in values.items())


def _filled(values: tuple[tuple[str, str], ...]) -> dict[str, object]:
    """A text's values, counts and sizes as numbers (:data:`_NUMBERS`)."""
    return {
        key: int(value) if key in _NUMBERS and value.isascii() and value.isdigit() else value
        for key, value in values
    }


def _known(prefix: str) -> Callable[[object, attrs.Attribute[str], str], None]:
    def check(instance: object, attribute: attrs.Attribute[str], code: str) -> None:
        if f"{prefix}.{code}" not in CATALOGUE:
            raise InvalidFactError("code", code, f"a code of the text catalogue ({prefix}.*)")

    return check


def _measure(instance: object, attribute: attrs.Attribute[str], measure: str) -> None:
    if measure and f"found.{measure}" not in CATALOGUE:
        raise InvalidFactError("measure", measure, "a code of the text catalogue (found.*)")


@final
@attrs.frozen
class Problem:
    """One problem found in an input dataset.

    Attributes:
        table: the table (file or sheet) name, e.g. ``staff``.
        row: the row number as a spreadsheet shows it (the header is row 1); 0 for the
            table as a whole.
        column: the column name, or ``""`` for the row or table as a whole.
        value: the offending value as read; ``""`` for a measured problem.
        code: what was expected, as a code of the catalogue (``problem.<code>``).
        values: the values of that text, as ``(name, value)`` pairs; counts and sizes
            (``count``, ``limit``, ``line``, ``offset``, ``other_line``, ``persons``,
            ``size``) as plain digits.
        measure: for a problem of a file, table or cell that is too large, what was
            found as a code of the catalogue (``found.<measure>``), filled from
            ``values``; ``""`` when a value was read (see :meth:`found_in`).
        table_as_written: the table's name as the dataset writes it, when not as
            ``table`` (a file ``Personeel.csv``: ``Personeel``); ``""`` otherwise.
        column_as_written: the column's header as the dataset writes it, when not as
            ``column`` (``Statuut`` for ``contract``); ``""`` otherwise. A problem's line
            names both: ``Personeel (staff), rij 3, kolom Statuut (contract)``.

    >>> p = Problem.of("staff", 3, "hire_date", "2020-13-01", "date", example="2023-09-08")
    >>> print(p)  # doctest: +NORMALIZE_WHITESPACE
    staff, row 3, column hire_date: got '2020-13-01',
    expected a date as YYYY-MM-DD, e.g. 2023-09-08
    >>> print(p.text("nl"))  # doctest: +NORMALIZE_WHITESPACE
    staff, rij 3, kolom hire_date: gevonden '2020-13-01',
    verwacht een datum als JJJJ-MM-DD, bv. 2023-09-08
    """

    table: str
    row: int
    column: str
    value: str
    code: str = attrs.field(validator=_known("problem"))
    values: tuple[tuple[str, str], ...] = ()
    measure: str = attrs.field(default="", validator=_measure)
    table_as_written: str = ""
    column_as_written: str = ""

    @classmethod
    def of(
        cls, table: str, row: int, column: str, value: str, code: str, **values: object
    ) -> Problem:
        """A problem whose text ``code`` takes the keyword ``values``."""
        return cls(table, row, column, value, code, _pairs(values))

    @classmethod
    def measured(
        cls, table: str, row: int, column: str, code: str, measure: str, **values: object
    ) -> Problem:
        """A problem of something too large, found by measuring it rather than reading it.

        Its ``value`` is empty: what was found is the text ``found.<measure>`` filled
        from ``values``, in the language read, so that a Dutch reader never meets an
        English "bytes" or "1,500".

        >>> from teleworkrules.problems import Problem
        >>> p = Problem.measured("staff", 0, "", "input_size", "bytes",
        ...                      size=1613468, limit=100000)
        >>> print(p.text("nl"))  # doctest: +NORMALIZE_WHITESPACE
        staff: gevonden 1.613.468 bytes,
        verwacht een dataset van hoogstens 100.000 bytes (de grens is max_bytes)
        """
        return cls(table, row, column, "", code, _pairs(values), measure)

    def expected_in(self, lang: str = "en") -> str:
        """What would have been accepted, in ``lang``."""
        return text(f"problem.{self.code}", lang, **_filled(self.values))

    def found_in(self, lang: str = "en") -> str:
        """What was found, in ``lang``: the value as read, or the measure's text."""
        if self.measure:
            return text(f"found.{self.measure}", lang, **_filled(self.values))
        return self.value

    def _shown(self, lang: str) -> str:
        """What was found as a problem's line shows it.

        A value read is quoted; an empty cell or a missing column is "nothing" (``niets``),
        not ``''``.
        """
        if self.measure:
            return self.found_in(lang)
        return repr(self.value) if self.value else text("found.nothing", lang)

    @property
    def expected(self) -> str:
        """What would have been accepted, in English (a stable text tools may match)."""
        return self.expected_in("en")

    @property
    def table_named(self) -> str:
        """The table as the dataset writes it, with the contract's name beside it."""
        return _named(self.table, self.table_as_written)

    @property
    def column_named(self) -> str:
        """The column as the dataset writes it, with the contract's name beside it."""
        return _named(self.column, self.column_as_written)

    def place(self, lang: str = "en", *, row: bool = True) -> str:
        """Where the problem is: the table, its row (unless ``row`` is false), its column.

        Each is named as the dataset writes it, with the contract's name beside it where
        that differs: ``Personeel (staff), rij 3, kolom Statuut (contract)``.
        """
        where = self.table_named
        if row and self.row:
            where += text("problem.at_row", lang, row=self.row)
        if self.column:
            where += text("problem.at_column", lang, column=self.column_named)
        return where

    def text(self, lang: str = "en") -> str:
        """The problem as one line: table, row, column, value and what was expected."""
        where = self.place(lang)
        return text(
            "problem.line" if where else "problem.line.anywhere",
            lang,
            where=where,
            value=self._shown(lang),
            expected=self.expected_in(lang),
        )

    def __str__(self) -> str:
        return self.text("en")


@final
@attrs.frozen
class Note:
    """A remark about input that is used as it is (nothing is refused).

    Attributes:
        origin: the file or sheet it is about.
        code: the text, as a code of the catalogue (``note.<code>``).
        values: the values of that text, as ``(name, value)`` pairs.
    """

    origin: str
    code: str = attrs.field(validator=_known("note"))
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, origin: str, code: str, **values: object) -> Note:
        """A note whose text ``code`` takes the keyword ``values``."""
        return cls(origin, code, _pairs(values))

    def text(self, lang: str = "en") -> str:
        """The note as one line, in ``lang``."""
        message = text(f"note.{self.code}", lang, **_filled(self.values))
        return f"{self.origin}: {message}" if self.origin else message

    def __str__(self) -> str:
        return self.text("en")


_OS_ERRORS: Final = {
    errno.ENOENT: "missing",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EISDIR: "folder",
}
"""The reading errors said in the reader's language (``found.*``); others keep the
system's own text, which is in the language of the machine."""


def os_problem(table: str, code: str, error: OSError) -> Problem:
    """The problem of a file that cannot be read, ``code`` saying what was expected.

    >>> from teleworkrules.problems import os_problem
    >>> print(os_problem("staff", "readable_file", PermissionError(13, "Permission denied"))
    ...       .text("nl"))
    staff: gevonden een bestand zonder leesrechten, verwacht een leesbaar bestand
    """
    measure = _OS_ERRORS.get(error.errno or 0)
    if measure is not None:
        return Problem.measured(table, 0, "", code, measure)
    return Problem.of(table, 0, "", str(error.strerror or error), code)


def _named(name: str, written: str) -> str:
    """A table or column as the dataset writes it, with the contract's name beside it."""
    return f"{written} ({name})" if written else name


def row_list(numbers: Sequence[int], *, first: int = 3) -> str:
    """The first ``first`` row numbers, ``...`` when there are more.

    >>> row_list([2, 3, 4, 9]), row_list([2, 3], first=3)
    ('2, 3, 4, ...', '2, 3')
    """
    shown = ", ".join(str(n) for n in numbers[:first])
    return shown + ", ..." if len(numbers) > first else shown


@final
@attrs.frozen
class ProblemGroup:
    """The same problem in several rows of a table, shown once.

    The same problem means the same table, column, code and values (what was expected);
    the values found may differ. A problem of the table as a whole (row 0) is a group of
    its own.

    Attributes:
        problem: the first problem of the group.
        count: how many problems the group holds.
        rows: the first row numbers (at most the ``first`` asked of :func:`summarise`).
        same_value: whether every problem of the group has the first one's value.

    >>> found = [Problem.of("staff", n, "hire_date", "01/13/2022", "date", example="2023-09-08")
    ...          for n in range(2, 5002)]
    >>> (group,) = summarise(found)
    >>> print(group.text())  # doctest: +NORMALIZE_WHITESPACE
    staff, column hire_date: 5,000 rows (rows 2, 3, 4, ...): got '01/13/2022',
    expected a date as YYYY-MM-DD, e.g. 2023-09-08
    >>> print(group.text("nl"))  # doctest: +NORMALIZE_WHITESPACE
    staff, kolom hire_date: 5.000 rijen (rijen 2, 3, 4, ...): gevonden '01/13/2022',
    verwacht een datum als JJJJ-MM-DD, bv. 2023-09-08
    """

    problem: Problem
    count: int
    rows: tuple[int, ...]
    same_value: bool = True

    @property
    def table(self) -> str:
        """The table of the group's problems."""
        return self.problem.table

    @property
    def column(self) -> str:
        """The column of the group's problems, ``""`` for the row or table as a whole."""
        return self.problem.column

    @property
    def code(self) -> str:
        """The code of what was expected (``problem.<code>``)."""
        return self.problem.code

    @property
    def values(self) -> tuple[tuple[str, str], ...]:
        """The values of the text of what was expected."""
        return self.problem.values

    def text(self, lang: str = "en") -> str:
        """The group as one line; a group of one problem reads as that problem."""
        if self.count == 1:
            return self.problem.text(lang)
        where = text(
            "problem.group",
            lang,
            where=self.problem.place(lang, row=False),
            count=self.count,
            rows=row_list(self.rows, first=len(self.rows))
            + (", ..." if self.count > len(self.rows) else ""),
        )
        value = self.problem._shown(lang) + ("" if self.same_value else " ...")
        return text(
            "problem.line", lang, where=where, value=value, expected=self.problem.expected_in(lang)
        )

    def __str__(self) -> str:
        return self.text("en")


def summarise(problems: Iterable[Problem], *, first: int = 3) -> tuple[ProblemGroup, ...]:
    """The problems grouped for display, in the order of each group's first problem.

    Problems of the same table, column, code and values in different rows form one group
    with their count and the first ``first`` row numbers; a problem of a table as a whole
    (row 0) stays on its own. Every problem is in exactly one group.

    >>> found = [Problem.of("staff", n, "hire_date", "", "required") for n in (2, 3)]
    >>> [(g.count, g.rows) for g in summarise(found, first=1)]
    [(2, (2,))]
    """
    if first < 1:
        raise InvalidFactError("first", first, "at least 1")
    groups: dict[object, list[Problem]] = {}
    for problem in problems:
        key: object = (
            (problem.table, problem.column, problem.code, problem.values)
            if problem.row
            else object()
        )
        groups.setdefault(key, []).append(problem)
    return tuple(
        ProblemGroup(
            found[0],
            len(found),
            tuple(p.row for p in found[:first]),
            all(p.value == found[0].value for p in found),
        )
        for found in groups.values()
    )


def rows_affected(problems: Iterable[Problem]) -> int:
    """How many data rows ``problems`` stand for: rows with a problem, and knock-on rows.

    Each ``(table, row)`` with a problem counts once; a knock-on problem (:data:`KNOCK_ON`)
    counts the rows it stands for. Problems of a header (row 1) or of a table as a whole
    (row 0) count no row: how many rows they cost is not known.

    >>> rows_affected([Problem.of("staff", 2, "hire_date", "", "required"),
    ...                Problem.of("staff", 2, "employee_id", "", "required"),
    ...                Problem.of("telework", 0, "employee_id", "E1", "invalid_staff_rows",
    ...                           count=4, rows="2, 3, 4, ...")])
    5
    """
    rows: set[tuple[str, int]] = set()
    knocked = 0
    for problem in problems:
        if problem.code in KNOCK_ON:
            knocked += int(dict(problem.values).get("count", "0"))
        elif problem.row > 1:
            rows.add((problem.table, problem.row))
    return len(rows) + knocked
