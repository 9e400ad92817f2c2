"""Writing outputs: the entitlements CSV, written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO, cast

from teleworkrules.engine import Entitlement

__all__ = ["ENTITLEMENTS_HEADER", "atomic_output", "write_entitlements"]

ENTITLEMENTS_HEADER = "employee_id,month,allowance,amount,benefit_in_kind"
"""The header of the entitlements CSV, exactly as the data contract says."""


def _field(text: str) -> str:
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_entitlements(rows: Iterable[Entitlement], out: TextIO) -> int:
    """Write the entitlements CSV: UTF-8, LF line ends, quoting only when needed.

    Returns:
        The number of rows written (without the header).
    """
    out.write(ENTITLEMENTS_HEADER + "\n")
    count = 0
    for row in rows:
        out.write(
            f"{_field(row.employee_id)},{row.month},{row.allowance.value},"
            f"{row.amount:.2f},{row.benefit_in_kind:.2f}\n"
        )
        count += 1
    return count


@contextlib.contextmanager
def atomic_output(path: str | Path | None) -> Iterator[TextIO]:
    """A text stream that becomes ``path`` only if the block completes (stdout for ``None``).

    The file is written next to its destination and renamed into place at the end, so a
    failure never leaves a half-written file behind.
    """
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115  # renamed into place after the block
        "w",
        encoding="utf-8",
        newline="\n",
        dir=target.parent or ".",
        prefix=f".{target.name}.",
        suffix=".part",
        delete=False,
    )
    try:
        with handle:
            yield cast(TextIO, handle)
        os.replace(handle.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
