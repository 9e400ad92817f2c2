"""Writing files whole or not at all, and the one guard against spreadsheet formulas.

Every output file is written next to its destination under a temporary name and renamed
into place when complete (:func:`atomic_file`): a failure never leaves half an output
behind and never spoils an earlier file. :func:`atomic_output` is that for text streams
(CSV, JSON, tables; stdout for ``None``), :func:`save_workbook` for Excel workbooks.

:func:`neutralise` is the one formula guard of every output a spreadsheet may open (CSV
and workbook text cells): a text starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return gets a leading single quote ``'`` (OWASP's recommendation), unless the
whole text is a plain number such as ``-20.00`` (a recovery, which no spreadsheet runs).
The quote is visible and part of the value on purpose: it survives copying the cell and
saving the sheet as CSV, where a text cell type would be lost.

References:
    https://owasp.org/www-community/attacks/CSV_Injection
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final, TextIO, cast

__all__ = ["atomic_file", "atomic_output", "neutralise", "publish", "save_workbook"]

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER: Final = re.compile(r"-?\d+(\.\d+)?")


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet: a formula start gets a leading ``'``.

    >>> print(neutralise('=HYPERLINK("http://x", "click")'))
    '=HYPERLINK("http://x", "click")
    >>> print(neutralise("-5+A1"), neutralise("-20.00"), neutralise("E001"))
    '-5+A1 -20.00 E001
    """
    if text.startswith(_FORMULA_START) and _PLAIN_NUMBER.fullmatch(text) is None:
        return "'" + text
    return text


def publish(temporary: str | Path, target: Path) -> None:
    """Rename a finished temporary file into place, with the mode a new file would get.

    An existing target keeps its mode; a new one gets ``0o666`` less the umask (temporary
    files are created private).
    """
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)
    os.replace(temporary, target)


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """A temporary path next to ``path`` that becomes ``path`` only if the block completes.

    The block writes the temporary file (it exists, empty and private); on success it is
    renamed into place (:func:`publish`), on failure removed.
    """
    target = Path(path)
    handle, name = tempfile.mkstemp(
        dir=target.parent or ".", prefix=f".{target.name}.", suffix=".part"
    )
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        publish(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


@contextlib.contextmanager
def atomic_output(path: str | Path | None) -> Iterator[TextIO]:
    """A text stream that becomes ``path`` only if the block completes (stdout for ``None``).

    UTF-8 with LF line ends. The file is written next to its destination and renamed into
    place at the end (:func:`atomic_file`); for stdout (``None`` or ``-``) the text is held
    (in memory, or a temporary file when large) and written at the end. So a failure never
    leaves half an output behind.
    """
    if path is None or str(path) == "-":
        with tempfile.SpooledTemporaryFile(
            max_size=32 * 1024 * 1024, mode="w+", encoding="utf-8", newline="\n"
        ) as held:
            yield cast(TextIO, held)
            held.seek(0)
            shutil.copyfileobj(held, sys.stdout)
        sys.stdout.flush()
        return
    with atomic_file(path) as temporary, temporary.open("w", encoding="utf-8", newline="\n") as out:
        yield out


def save_workbook(workbook: Any, path: str | Path) -> None:  # noqa: ANN401  # openpyxl is untyped
    """Save an openpyxl workbook to ``path``, whole or not at all (:func:`atomic_file`)."""
    with atomic_file(path) as temporary:
        workbook.save(temporary)
