"""Problems and notes about input: where, what was found, and a text code with its values.

A :class:`Problem` says that a value cannot be used (the dataset is refused, or the row
skipped); a :class:`Note` remarks on input that is used (an extra column, a workbook
warning). Both keep a code of the text catalogue (:mod:`teleworkrules.i18n`) and its
values, and render in Dutch or English when asked: the text of a problem is never
translated back from English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import final

import attrs

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.i18n import CATALOGUE, text

__all__ = ["Note", "Problem"]


def _pairs(values: dict[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((key, str(value)) for key, value in values.items())


def _known(prefix: str) -> Callable[[object, attrs.Attribute[str], str], None]:
    def check(instance: object, attribute: attrs.Attribute[str], code: str) -> None:
        if f"{prefix}.{code}" not in CATALOGUE:
            raise InvalidFactError("code", code, f"a code of the text catalogue ({prefix}.*)")

    return check


@final
@attrs.frozen
class Problem:
    """One problem found in an input dataset.

    Attributes:
        table: the table (file or sheet) name, e.g. ``staff``.
        row: the row number as a spreadsheet shows it (the header is row 1); 0 for the
            table as a whole.
        column: the column name, or ``""`` for the row or table as a whole.
        value: the offending value as read.
        code: what was expected, as a code of the catalogue (``problem.<code>``).
        values: the values of that text, as ``(name, value)`` pairs.

    >>> p = Problem.of("staff", 3, "hire_date", "2020-13-01", "date", example="2023-09-08")
    >>> print(p)  # doctest: +NORMALIZE_WHITESPACE
    staff, row 3, column hire_date: got '2020-13-01',
    expected a date as YYYY-MM-DD, e.g. 2023-09-08
    >>> print(p.text("nl"))  # doctest: +NORMALIZE_WHITESPACE
    staff, rij 3, kolom hire_date: gekregen '2020-13-01',
    verwacht een datum als JJJJ-MM-DD, bv. 2023-09-08
    """

    table: str
    row: int
    column: str
    value: str
    code: str = attrs.field(validator=_known("problem"))
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(
        cls, table: str, row: int, column: str, value: str, code: str, **values: object
    ) -> Problem:
        """A problem whose text ``code`` takes the keyword ``values``."""
        return cls(table, row, column, value, code, _pairs(values))

    def expected_in(self, lang: str = "en") -> str:
        """What would have been accepted, in ``lang``."""
        return text(f"problem.{self.code}", lang, **dict(self.values))

    @property
    def expected(self) -> str:
        """What would have been accepted, in English (a stable text tools may match)."""
        return self.expected_in("en")

    def text(self, lang: str = "en") -> str:
        """The problem as one line: table, row, column, value and what was expected."""
        where = self.table
        if self.row:
            where += text("problem.at_row", lang, row=self.row)
        if self.column:
            where += text("problem.at_column", lang, column=self.column)
        return text(
            "problem.line",
            lang,
            where=where,
            value=repr(self.value),
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
        message = text(f"note.{self.code}", lang, **dict(self.values))
        return f"{self.origin}: {message}" if self.origin else message

    def __str__(self) -> str:
        return self.text("en")
