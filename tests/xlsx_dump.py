"""A workbook as deterministic plain text, for golden-file tests (:func:`dump_xlsx`)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from teleworkrules._openpyxl import openpyxl_module
from teleworkrules.exceptions import DatasetError
from teleworkrules.inputs.xlsx_files import check_archive

__all__ = ["dump_xlsx"]


def _dump_value(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, str):
        return repr(value)
    return str(value)


def _chart_title(title: object) -> str:
    """The text of a chart title as read back (rich text runs)."""
    if title is None:
        return ""
    if isinstance(title, str):
        return title
    rich = getattr(getattr(title, "tx", None), "rich", None)
    if rich is None:
        return ""
    return "".join(run.t or "" for paragraph in rich.p for run in (paragraph.r or ()))


def _reference(source: object) -> str:
    for kind in ("numRef", "strRef"):
        ref = getattr(source, kind, None)
        if ref is not None:
            return str(ref.f)
    return "?"


def dump_xlsx(path: Path) -> str:
    """A workbook as deterministic plain text, for golden-file tests.

    One block per sheet: its name, its frozen panes, every non-empty cell as
    ``A1: value [number format]`` (text quoted, dates ISO), then its charts with their
    type, title, anchor and series.

    Raises:
        XlsxUnavailableError: openpyxl or defusedxml is not installed.
        DatasetError: the file is no workbook, or would unpack to too much (as when reading
            a dataset).
    """
    xl = openpyxl_module(reading=True)
    path = Path(path)
    refused = check_archive(path)
    if refused is not None:
        raise DatasetError(str(path), [refused])
    workbook = xl.load_workbook(path)
    lines: list[str] = []
    try:
        for ws in workbook.worksheets:
            lines.append(f"== {ws.title}")
            if ws.freeze_panes:
                lines.append(f"freeze: {ws.freeze_panes}")
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is None:
                        continue
                    lines.append(
                        f"{cell.coordinate}: {_dump_value(cell.value)} [{cell.number_format}]"
                    )
            # openpyxl keeps a sheet's charts in the private list _charts (no public API).
            for chart in ws._charts:
                marker = chart.anchor._from
                anchor = f"{xl.utils.get_column_letter(marker.col + 1)}{marker.row + 1}"
                lines.append(
                    f"chart: {type(chart).__name__} {_chart_title(chart.title)!r} at {anchor}"
                )
                for series in chart.series:
                    title = _reference(series.tx) if series.tx is not None else ""
                    lines.append(
                        f"  series {title}: {_reference(series.val)} by {_reference(series.cat)}"
                    )
    finally:
        workbook.close()
    return "\n".join(lines) + "\n"
