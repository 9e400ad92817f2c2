"""The encoding of a CSV file: UTF-8, or what a Belgian Excel saves, Windows-1252.

A file is decoded once, 1 MiB at a time and without keeping its text, before it is read:
UTF-8 (with or without a byte order mark), else, without a byte order mark, Windows-1252
with a note. A file that is neither is a problem naming its first byte that is no
character, on which line.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Final

from teleworkrules.inputs.limits import open_regular
from teleworkrules.problems import Note, Problem

__all__ = ["FALLBACK_ENCODING", "file_encoding"]

FALLBACK_ENCODING: Final = "cp1252"
"""The encoding of a file that is not valid UTF-8: Windows-1252, what a Belgian Excel saves."""

_ENCODING_NAMES: Final = {FALLBACK_ENCODING: "Windows-1252"}


def file_encoding(path: Path, table: str, problems: list[Problem], notes: list[Note]) -> str | None:
    """The encoding to read ``path`` with, or ``None`` with the problem in ``problems``.

    Raises:
        OSError: the file cannot be read (``NotRegularError`` when it is not a regular file).
    """
    with open_regular(path) as handle:
        has_bom = handle.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
    bad = _undecodable(path, "utf-8")
    if bad is None:
        return "utf-8-sig"
    if has_bom:  # the file says it is UTF-8: no guessing
        problems.append(_bad_bytes(table, "utf8", bad, None))
        return None
    again = _undecodable(path, FALLBACK_ENCODING)
    if again is not None:  # neither: both places, since either may be the one to mend
        problems.append(_bad_bytes(table, "encoding", bad, again))
        return None
    notes.append(Note.of(str(path), "encoding", encoding=_ENCODING_NAMES[FALLBACK_ENCODING]))
    return FALLBACK_ENCODING


def _undecodable(path: Path, encoding: str) -> tuple[int, int, int] | None:
    """The first byte of the file that does not decode as ``encoding``, if one does not.

    Returns its value, its offset in the file (from 0) and its line (from 1). The file
    is read in chunks of 1 MiB, so memory stays bounded whatever its size: a chunk that
    fails is decoded again on its own, from the character boundary where it began, to
    find the byte (UTF-8 with a byte order mark decodes as plain UTF-8 does).
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    start, lines = 0, 1  # the offset and line where the bytes not yet decoded begin
    with open_regular(path) as handle:
        while True:
            chunk = handle.read(1 << 20)
            pending = decoder.getstate()[0]
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                window = pending + chunk
                try:
                    window.decode(encoding)
                except UnicodeDecodeError as found:
                    at = found.start
                else:  # pragma: no cover - the window holds the bytes that failed
                    at = exc.start
                return window[at], start + at, lines + window.count(b"\n", 0, at)
            if not chunk:
                return None
            done = len(pending) + len(chunk) - len(decoder.getstate()[0])
            lines += (pending + chunk).count(b"\n", 0, done)
            start += done


def _bad_bytes(
    table: str, code: str, utf8: tuple[int, int, int], other: tuple[int, int, int] | None
) -> Problem:
    """The problem of a file that is not UTF-8 (and not Windows-1252 either, ``other``).

    A file meant as UTF-8 fails where its fault is; a file meant as Windows-1252 fails
    as UTF-8 at its first accented letter: only the file's author knows which it is, so
    both bytes are named when they differ. Offsets (from 0) are kept in the values.
    """
    byte, offset, line = utf8
    values = {"byte": f"0x{byte:02X}", "line": line, "offset": offset}
    if other is None:
        return Problem.measured(table, 0, "", code, "byte_utf8", **values)
    if other[1] == offset:
        return Problem.measured(table, 0, "", code, "byte_neither", **values)
    values.update(other=f"0x{other[0]:02X}", other_line=other[2], other_offset=other[1])
    return Problem.measured(table, 0, "", code, "bytes_neither", **values)
