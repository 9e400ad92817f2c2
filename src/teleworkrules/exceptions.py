"""The errors teleworkrules raises.

Every error derives from :class:`TeleworkRulesError` and from the builtin that fits it
(mostly :class:`ValueError`), so ``except ValueError`` keeps working for callers that do
not know this library. Messages name the field, the value and what was expected.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:  # a type only: problems render through i18n, a floor above
    from teleworkrules.problems import Problem

__all__ = [
    "DatasetError",
    "FrameUnavailableError",
    "InvalidFactError",
    "InvalidParameterError",
    "OutOfHistoryError",
    "TeleworkRulesError",
    "TooManyRowsError",
    "UnknownEntityError",
    "UnknownParameterError",
    "XlsxUnavailableError",
]


class TeleworkRulesError(Exception):
    """Base class of every error raised by teleworkrules.

    The message (``str()``) is English. An error a person may meet on the command line
    also names its text in the catalogue (:mod:`teleworkrules.i18n`), so that it can be
    said in Dutch: :func:`teleworkrules.i18n.catalogue.describe`.

    Attributes:
        code: the catalogue code of the message (``error.*``), or ``None``.
        values: the values of the message's fields.
    """

    code: str | None = None
    values: Mapping[str, object] = MappingProxyType({})

    def said_as(self, code: str, /, **values: object) -> Self:
        """This error, its message also the catalogue's text ``code`` with ``values``."""
        self.code = code
        self.values = MappingProxyType(values)
        return self

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled whole, so that an error in a worker process is raised as it was.

        (An exception pickles as its class called with its ``args``: the subclasses'
        own ``__init__`` arguments and the catalogue's values would be lost.)
        """
        state = dict(self.__dict__)
        if "values" in state:
            state["values"] = dict(state["values"])
        return (_rebuilt, (type(self), self.args, state))


def _rebuilt(
    cls: type[TeleworkRulesError], args: tuple[object, ...], state: dict[str, object]
) -> TeleworkRulesError:
    """An error of :meth:`TeleworkRulesError.__reduce__`, unpickled."""
    error = cls.__new__(cls)
    error.args = args
    if "values" in state:
        state["values"] = MappingProxyType(dict(state["values"]))  # type: ignore[call-overload]
    error.__dict__.update(state)
    return error


class InvalidFactError(TeleworkRulesError, ValueError):
    """A fact (a staff member, a spell, a month value) is not valid.

    Attributes:
        field: the name of the offending field.
        value: the offending value.
        expected: what would have been accepted.
    """

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}: got {value!r}, expected {expected}")


class InvalidParameterError(TeleworkRulesError, ValueError):
    """A parameter file or a parameter override is not valid."""


class UnknownParameterError(TeleworkRulesError, KeyError):
    """A parameter name that the parameter set does not hold."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class UnknownEntityError(TeleworkRulesError, KeyError):
    """An entity code for which no policy is loaded."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class OutOfHistoryError(TeleworkRulesError, ValueError):
    """A month before the start of the library's parameter history."""


class XlsxUnavailableError(TeleworkRulesError, ImportError):
    """Excel files need openpyxl and defusedxml, and one of them is missing."""


class FrameUnavailableError(TeleworkRulesError, ImportError):
    """A DataFrame was asked for, but pandas or polars (an optional extra) is not installed."""


class TooManyRowsError(TeleworkRulesError, ValueError):
    """More entitlement rows than an Excel worksheet holds; nothing is written.

    Attributes:
        limit: the most data rows a worksheet takes.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"more than {limit:,} entitlement rows do not fit in an Excel worksheet; "
            "nothing was written: choose a shorter period, or write CSV (.csv)"
        )
        self.limit = limit


class DatasetError(TeleworkRulesError, ValueError):
    """An input dataset failed validation.

    Attributes:
        source: the dataset's name (its folder or file).
        problems: every problem found, in table and row order.
    """

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"{source}: {count:,} problem{'' if count == 1 else 's'} found"]
        lines.extend(f"  {p}" for p in self.problems)
        super().__init__("\n".join(lines))
