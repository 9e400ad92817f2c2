"""Writing outputs: the entitlements CSV, written whole or not at all."""

from __future__ import annotations

import contextlib
import csv
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO, cast

from teleworkrules.engine.evaluation import Entitlement
from teleworkrules.engine.population import Segment
from teleworkrules.outputs.report_data import report_to_dict
from teleworkrules.results.report import Report
from teleworkrules.time import Month

__all__ = [
    "ENTITLEMENTS_HEADER",
    "REPORT_CSV_HEADER",
    "atomic_output",
    "publish",
    "write_entitlements",
    "write_report_csv",
    "write_segments",
]

REPORT_CSV_HEADER = "year,section,measure,value"
"""The header of the report as CSV: one figure per row."""

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
def atomic_output(path: str | Path | None) -> Iterator[TextIO]:
    """A text stream that becomes ``path`` only if the block completes (stdout for ``None``).

    The file is written next to its destination and renamed into place at the end; for
    stdout the text is held (in memory, or a temporary file when large) and written at the
    end. So a failure never leaves half an output behind.
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
        publish(handle.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


def write_segments(segments: Iterable[Segment], out: TextIO) -> int:
    """Write the entitlements CSV from segments, expanding them month by month.

    Gives exactly the bytes of :func:`write_entitlements` for the same entitlements, for
    segments in employee and month order (as :mod:`teleworkrules.engine.population` yields them).

    Returns:
        The number of rows written (without the header).
    """
    out.write(ENTITLEMENTS_HEADER + "\n")
    count = 0
    months: dict[int, str] = {}  # month ordinal -> "YYYY-MM,"
    for segment in segments:
        if not segment.grants:
            continue
        tails = [
            f"{g.allowance.value},{g.amount:.2f},{g.benefit_in_kind:.2f}\n" for g in segment.grants
        ]
        head = _field(segment.employee_id) + ","
        first, last = segment.start.ordinal, segment.end.ordinal
        prefixes = []
        for ordinal in range(first, last + 1):
            text = months.get(ordinal)
            if text is None:
                text = months[ordinal] = f"{Month.from_ordinal(ordinal)},"
            prefixes.append(head + text)
        lines = [prefix + tail for prefix in prefixes for tail in tails]
        out.write("".join(lines))
        count += len(lines)
    return count


def _flatten(prefix: str, value: object, rows: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, rows)
    elif isinstance(value, list):
        for number, inner in enumerate(value, start=1):
            label = None
            if isinstance(inner, dict):
                label = inner.get("parameter") or inner.get("item")
                if "employee_id" in inner:  # a refused request: person, item and day
                    label = f"{inner['employee_id']}.{inner['item']}.{inner['requested_on']}"
            name = str(label or number)
            _flatten(f"{prefix}.{name}" if prefix else name, inner, rows)
    else:
        rows.append((prefix, "" if value is None else str(value)))


def write_report_csv(report: Report, out: TextIO) -> None:
    """Write the report as CSV, one figure per row: year, section, measure, value."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REPORT_CSV_HEADER.split(","))
    years = report_to_dict(report)["years"]
    assert isinstance(years, dict)
    for year, figures in years.items():
        assert isinstance(figures, dict)
        for section, data in figures.items():
            rows: list[tuple[str, str]] = []
            _flatten("", data, rows)
            for measure, value in rows:
                writer.writerow([year, section, measure, _safe(value)])


def _safe(text: str) -> str:
    """Neutralise spreadsheet formulas in text cells (OWASP: prefix a single quote)."""
    return (
        "'" + text
        if text[:1] in ("=", "+", "@", "\t", "\r") or (text[:1] == "-" and not _is_number(text))
        else text
    )


def _is_number(text: str) -> bool:
    """Whether ``text`` is a plain number such as ``-20.00`` (a recovery, not a formula)."""
    return re.fullmatch(r"-?\d+(\.\d+)?", text) is not None
