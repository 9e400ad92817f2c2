"""A bounded fuzz target: arbitrary CSV bytes and mutated workbook XML (issue 9).

Whatever a file holds, :func:`~teleworkrules.load_dataset` answers with a dataset or a
:class:`~teleworkrules.DatasetError`: never another exception, never a traceback. The
number of examples is fixed, so the target runs in CI within a fixed time budget.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teleworkrules import Dataset, DatasetError, load_dataset
from teleworkrules.inputs import Limits

openpyxl = pytest.importorskip("openpyxl")

_BUDGET = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_SMALL = Limits(max_cell=50, max_columns=8, max_rows=20, max_bytes=20_000)
"""Low limits, so that the fuzzer reaches them too."""


def _answer(path: Path, limits: Limits) -> None:
    try:
        found = load_dataset(path, skip_invalid=True, limits=limits)
    except DatasetError as exc:
        for problem in exc.problems:  # every problem renders, in both languages
            problem.text("en")
            problem.text("nl")
        return
    assert isinstance(found, Dataset)


@_BUDGET
@given(
    st.binary(max_size=600),
    st.sampled_from(["staff", "telework", "Personeel"]),
    st.sampled_from([Limits(), _SMALL]),
)
def test_any_csv_bytes_load_or_are_problems(data: bytes, name: str, limits: Limits) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / f"{name}.csv").write_bytes(data)
        if name != "Personeel":
            (Path(tmp) / "personeel.csv").write_bytes(b"employee_id,hire_date\nE1,2020-01-01\n")
        _answer(Path(tmp), limits)


def _tiny_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "staff"
    sheet.append(["employee_id", "hire_date", "work_fraction"])
    sheet.append(["E1", "2020-01-01", 0.5])
    sheet.append(["E2", "01/02/2021", 1])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


_WORKBOOK = _tiny_workbook()
_SHEET = "xl/worksheets/sheet1.xml"

_PIECES = st.sampled_from(
    [
        b'<c r="XFD2" t="inlineStr"><is><t>x</t></is></c>',
        b'<c r="B2" t="e"><v>#N/A</v></c>',
        b'<c r="A9" t="s"><v>999</v></c>',
        b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
        b'<row r="99999999999">',
        b'<dimension ref="A1:XFD1048576"/>',
        b'<c r="A2" t="n"><v>NaN</v></c>',
        b'<c r="A2" t="d"><v>not a date</v></c>',
        b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
        b"&a;",
        b"</row>",
        b"<row>",
        b"\x00",
        b"\xef\xbb\xbf",
    ]
)


@_BUDGET
@given(
    st.integers(min_value=0, max_value=5000),
    st.one_of(st.binary(min_size=1, max_size=40), _PIECES),
    st.integers(min_value=0, max_value=40),
    st.sampled_from([Limits(), _SMALL]),
)
def test_a_workbook_with_mutated_sheet_xml_loads_or_is_problems(
    where: int, piece: bytes, cut: int, limits: Limits
) -> None:
    """Bytes or XML pieces put into (or over) the sheet XML of a tiny valid workbook."""
    with zipfile.ZipFile(io.BytesIO(_WORKBOOK)) as source:
        members = [(m, source.read(m)) for m in source.infolist()]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hr.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for member, data in members:
                if member.filename == _SHEET:
                    at = where % (len(data) + 1)
                    data = data[:at] + piece + data[at + cut :]
                target.writestr(member, data)
        _answer(path, limits)
