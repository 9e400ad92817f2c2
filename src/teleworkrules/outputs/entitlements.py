"""The entitlements CSV: one row per person, month and granted allowance.

Written from entitlements (:func:`write_entitlements`) or, for whole populations, straight
from segments (:func:`write_segments`), with the same bytes for the same entitlements.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from teleworkrules.engine.evaluation import Entitlement
from teleworkrules.engine.population import Segment
from teleworkrules.time import Month

__all__ = ["ENTITLEMENTS_HEADER", "write_entitlements", "write_segments"]

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
