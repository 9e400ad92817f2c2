"""Writing files whole or not at all, and the one guard against spreadsheet formulas.

Every output file is written next to its destination under a temporary name and renamed
into place when complete (:func:`atomic_file`): a failure never leaves half an output
behind and never spoils an earlier file. :func:`atomic_output` is that for text streams
(CSV, JSON, tables; stdout for ``None``), :func:`save_workbook` for Excel workbooks.

A path that is not a regular file is never replaced by one: the process's standard output
(``-``, ``/dev/stdout``) and the null device are written as a stream
(:func:`stream_kind`); any other device, FIFO, socket or folder is refused. A symlink to a
regular file is written through: its target is replaced whole, the link stays. An
``OSError`` while writing names the destination, not the temporary file.

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
import errno
import io
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final, TextIO, cast

from teleworkrules.exceptions import InvalidFactError

__all__ = [
    "STDOUT",
    "atomic_file",
    "atomic_output",
    "discard_stdout",
    "neutralise",
    "not_regular",
    "publish",
    "save_workbook",
    "stream_kind",
]

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER: Final = re.compile(r"-?\d+(\.\d+)?")
_HELD_IN_MEMORY: Final = 32 * 1024 * 1024

STDOUT: Final = "<stdout>"
"""The file name of an ``OSError`` writing the process's standard output."""


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


def stream_kind(path: str | Path | None) -> str | None:
    """``"stdout"`` or ``"null"`` if ``path`` is written as a stream, else ``None`` (a file).

    ``None``, ``-`` and any path that is the process's standard output (``/dev/stdout``,
    ``/proc/self/fd/1``, the very file stdout is redirected to) are ``"stdout"``; the null
    device (``/dev/null``) is ``"null"``. Every other path is a file, written whole or not
    at all.
    """
    if path is None or str(path) == "-":
        return "stdout"
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    with contextlib.suppress(OSError):
        out = os.fstat(1)
        if (found.st_dev, found.st_ino) == (out.st_dev, out.st_ino):
            return "stdout"
    if stat.S_ISCHR(found.st_mode):
        with contextlib.suppress(OSError):
            if found.st_rdev == os.stat(os.devnull).st_rdev:
                return "null"
    return None


def not_regular(path: str | Path) -> str | None:
    """What an existing ``path`` is if not a regular file (symlinks followed), else ``None``.

    ``"folder"``, ``"device"``, ``"fifo"``, ``"socket"`` or ``"special"``; ``None`` for a
    regular file and for a path that does not exist.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    kinds = (
        (stat.S_ISREG, None),
        (stat.S_ISDIR, "folder"),
        (stat.S_ISCHR, "device"),
        (stat.S_ISBLK, "device"),
        (stat.S_ISFIFO, "fifo"),
        (stat.S_ISSOCK, "socket"),
    )
    return next((kind for test, kind in kinds if test(mode)), "special")


def _file_target(path: str | Path) -> Path:
    """The regular file that writing ``path`` replaces: a symlink's target, followed.

    Raises:
        IsADirectoryError: ``path`` is a folder.
        InvalidFactError: ``path`` is another non-regular file (a device, a FIFO, a
            socket), which is never replaced by a regular file.
    """
    kind = not_regular(path)
    if kind == "folder":
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if kind is not None:
        raise InvalidFactError("path", str(path), "a regular file or a new file name")
    return Path(os.path.realpath(path))


def _naming(error: OSError, path: str | Path, temporary: Path | None = None) -> OSError:
    """``error`` naming ``path`` instead of the temporary file or no file at all."""
    if error.errno is None or error.filename not in (None, str(temporary)):
        return error
    return OSError(error.errno, error.strerror, str(path))


def discard_stdout() -> None:
    """After a failed write to stdout (broken pipe, full disk), send the rest to the null device.

    What is still buffered can never be written; otherwise the interpreter tries again
    when it exits and prints "Exception ignored" (the Python documentation's advice for
    ``SIGPIPE``). Nothing happens when stdout has no file descriptor (a test's capture).
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)


def _to_stream(kind: str, source: Any, *, binary: bool) -> None:  # noqa: ANN401  # a file
    """Copy an open file, from its start, to stdout (``kind`` ``stdout``) or the null device."""
    source.seek(0)
    if kind == "null":
        with open(os.devnull, "wb" if binary else "w", encoding=None if binary else "utf-8") as out:
            shutil.copyfileobj(source, out)
        return
    try:
        if binary:
            sys.stdout.flush()
            shutil.copyfileobj(source, sys.stdout.buffer)
        else:
            shutil.copyfileobj(source, sys.stdout)
        sys.stdout.flush()
    except OSError as error:
        discard_stdout()
        raise _naming(error, STDOUT) from error


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
    """A temporary path that becomes ``path`` only if the block completes.

    The block writes the temporary file (it exists, empty and private); on success it is
    renamed into place (:func:`publish`), on failure (any exception, an interrupt
    included) removed. The temporary file lies next to the destination; a symlink is
    written through (its target is replaced). For a stream (stdout, the null device:
    :func:`stream_kind`) it lies in the temporary folder and is copied to the stream at
    the end. An ``OSError`` names ``path``.

    Raises:
        IsADirectoryError: ``path`` is a folder.
        InvalidFactError: ``path`` is a device, FIFO or socket that is not a stream.
    """
    kind = stream_kind(path)
    target = None if kind else _file_target(path)
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(
            dir=None if target is None else target.parent,
            prefix=f".{Path(path).name if target is None else target.name}.",
            suffix=".part",
        )
        temporary = Path(name)
        os.close(handle)
        yield temporary
        if target is None:
            with temporary.open("rb") as finished:
                _to_stream(cast(str, kind), finished, binary=True)
            temporary.unlink()
        else:
            publish(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise _naming(error, path, temporary) from error
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: Path | None) -> None:
    if temporary is not None:
        with contextlib.suppress(OSError):
            temporary.unlink()


@contextlib.contextmanager
def atomic_output(path: str | Path | None) -> Iterator[TextIO]:
    """A text stream that becomes ``path`` only if the block completes (stdout for ``None``).

    UTF-8 with LF line ends. A file is written next to its destination and renamed into
    place at the end (:func:`atomic_file`); for stdout (``None``, ``-``, ``/dev/stdout``)
    the text is held (in memory, or a temporary file when large) and written at the end,
    and the null device gets it as a stream. So a failure never leaves half an output
    behind. An ``OSError`` names ``path`` (:data:`STDOUT` for stdout).
    """
    kind = stream_kind(path)
    if kind is None:
        with (
            atomic_file(cast("str | Path", path)) as temporary,
            temporary.open("w", encoding="utf-8", newline="\n") as out,
        ):
            yield out
        return
    with tempfile.SpooledTemporaryFile(
        max_size=_HELD_IN_MEMORY, mode="w+", encoding="utf-8", newline="\n"
    ) as held:
        yield cast(TextIO, held)
        _to_stream(kind, held, binary=False)


def save_workbook(workbook: Any, path: str | Path) -> None:  # noqa: ANN401  # openpyxl is untyped
    """Save an openpyxl workbook to ``path``, whole or not at all (:func:`atomic_file`).

    The workbook is zipped in memory and then written: a disk that fills up fails our
    write, never openpyxl's zip file (which would complain again when collected).
    """
    zipped = io.BytesIO()
    workbook.save(zipped)
    with atomic_file(path) as temporary, temporary.open("wb") as out:
        out.write(zipped.getbuffer())
