"""Loading openpyxl, the optional dependency of Excel files (the ``xlsx`` extra).

Ground floor: imports only :mod:`teleworkrules.exceptions`, so that both the readers
(:mod:`teleworkrules.inputs`) and the writers (:mod:`teleworkrules.outputs`) can load
openpyxl the same way without importing each other.
"""

from __future__ import annotations

from types import ModuleType
from typing import Final, cast

from teleworkrules.exceptions import XlsxUnavailableError

__all__ = ["INSTALL_HINT", "openpyxl_module"]

INSTALL_HINT: Final = "install the Excel extra with `pip install 'teleworkrules[xlsx]'`"
"""What to do when openpyxl or defusedxml is missing."""


def openpyxl_module(*, reading: bool) -> ModuleType:
    """The openpyxl module; for reading, only when it parses XML with defusedxml.

    Raises:
        XlsxUnavailableError: openpyxl is not installed, or (for reading) defusedxml is
            not, or openpyxl was told not to use it.
    """
    try:
        # An optional dependency: imported on first use so the rest of the library
        # works without it.
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        raise XlsxUnavailableError(
            f"Excel files need openpyxl and defusedxml: {INSTALL_HINT}"
        ) from None
    if reading and openpyxl.DEFUSEDXML is not True:
        raise XlsxUnavailableError(
            "reading Excel files needs defusedxml, so that openpyxl parses them safely (and "
            f"OPENPYXL_DEFUSEDXML unset or True): {INSTALL_HINT}"
        )
    return cast(ModuleType, openpyxl)
