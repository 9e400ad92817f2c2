"""Regressions from review: open-ended dates, hostile files, outputs that cannot be written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import DatasetError, Month, evaluate, load_dataset
from teleworkrules.inputs import TABLES

EXAMPLE = Path(__file__).parent.parent / "examples" / "small"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "teleworkrules", *args], capture_output=True, text=True, check=False
    )


def folder(tmp_path: Path, **tables: str) -> Path:
    data = tmp_path / "d"
    data.mkdir(exist_ok=True)
    for name, text in tables.items():
        (data / f"{name}.csv").write_text(text, encoding="utf-8")
    return data


def test_an_open_end_written_as_9999_12_31_is_evaluated(tmp_path: Path) -> None:
    """9999-12-31, a common 'open-ended' value in HR exports, evaluates like an empty end."""
    data = folder(
        tmp_path,
        staff="employee_id,hire_date,exit_date\nE1,2020-01-01,9999-12-31\n",
        internet="employee_id,start,end,route\nE1,2021-01-01,9999-12-31,forfait\n",
        absences="employee_id,start,end\nE1,2022-01-03,9999-12-31\n",
    )
    done = run("entitlements", str(data), "--from", "2023-01", "--to", "2023-02")
    assert 0 == done.returncode, done.stderr
    assert "E1,2023-02,internet_forfait,20.00,0.00" in done.stdout


def test_skip_invalid_lists_both_rows_of_an_overlap(tmp_path: Path) -> None:
    """Both overlapping rows are skipped, and both are listed."""
    data = folder(
        tmp_path,
        staff="employee_id,hire_date\nA2,2020-01-01\n",
        internet="employee_id,start,end,route\nA2,2021-01-01,2023-03-31,third_party\n"
        "A2,2023-03-01,,forfait\n",
    )
    skipped = load_dataset(data, skip_invalid=True).skipped
    assert {("internet", 2), ("internet", 3)} == {(p.table, p.row) for p in skipped}


def test_a_broken_quote_keeps_the_rows_before_it(tmp_path: Path) -> None:
    """A malformed CSV line is reported; with skip_invalid the rows before it are used."""
    data = folder(
        tmp_path,
        staff="employee_id,hire_date\nE1,2020-01-01\nE2,2020-01-01\n",
        telework='employee_id,start,days_per_week\nE1,2021-01-01,2\nE2,"2021-01-01,1\n',
    )
    with pytest.raises(DatasetError, match="rest of the file were not read"):
        load_dataset(data)
    kept = load_dataset(data, skip_invalid=True)
    assert 1 == len(kept.employee("E1").telework)


def test_a_broken_header_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """A header line with an open quote is reported as malformed CSV."""
    data = folder(tmp_path, staff='employee_id,"hire_date\n')
    done = run("check", str(data))
    assert 1 == done.returncode
    assert "Traceback" not in done.stderr
    assert "well-formed CSV" in done.stderr


def test_table_file_names_ignore_case(tmp_path: Path) -> None:
    """Internet.csv is the internet table; two files for one table are a problem."""
    data = folder(tmp_path, staff="employee_id,hire_date\nE1,2020-01-01\n")
    (data / "Internet.csv").write_text(
        "employee_id,start,route\nE1,2021-01-01,forfait\n", encoding="utf-8"
    )
    assert 1 == len(load_dataset(data).employee("E1").internet)
    (data / "internet.CSV").write_text("employee_id,start,route\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="one file per table"):
        load_dataset(data)


@pytest.mark.parametrize("amount", ["12345678901234567890123456789012345.00", "1000000000.00"])
def test_absurd_amounts_are_problems(tmp_path: Path, amount: str) -> None:
    """Amounts of a billion or more are input errors, reported as such."""
    data = folder(
        tmp_path,
        staff="employee_id,hire_date\nE1,2020-01-01\n",
        payments=f"employee_id,month,allowance,amount\nE1,2023-01,home_working,{amount}\n",
    )
    with pytest.raises(DatasetError, match="below 1,000,000,000"):
        load_dataset(data)


def test_a_semicolon_file_is_read(tmp_path: Path) -> None:
    """A file saved with semicolons (as a Belgian Excel saves CSV) is read like a comma file."""
    data = folder(tmp_path, staff="employee_id;hire_date\nE1;2020-01-01\n")
    assert date(2020, 1, 1) == load_dataset(data).employee("E1").hire_date


@pytest.mark.parametrize("target", ["missing-folder/out.csv", "."])
def test_an_output_that_cannot_be_written_is_refused_first(tmp_path: Path, target: str) -> None:
    """A missing folder or a folder as --output is a usage error, before any work."""
    out = str(tmp_path / target)
    done = run("entitlements", str(EXAMPLE), "--from", "2023-01", "--to", "2023-01", "-o", out)
    assert 2 == done.returncode
    assert "Traceback" not in done.stderr


def test_written_files_get_normal_permissions(tmp_path: Path) -> None:
    """Outputs are readable like any new file (not private like a temporary file)."""
    out = tmp_path / "owed.csv"
    old = os.umask(0o022)
    try:
        done = run(
            "entitlements",
            str(EXAMPLE),
            "--from",
            "2023-01",
            "--to",
            "2023-01",
            "-o",
            str(out),
            "-q",
        )
    finally:
        os.umask(old)
    assert 0 == done.returncode
    assert 0o644 == stat.S_IMODE(out.stat().st_mode)
    out.chmod(0o664)
    run("entitlements", str(EXAMPLE), "--from", "2023-01", "--to", "2023-01", "-o", str(out), "-q")
    assert 0o664 == stat.S_IMODE(out.stat().st_mode)


@pytest.mark.parametrize(
    "change",
    [
        "internet.forfait.amount=NaN@2023-01",
        "internet.forfait.amount=25.005@2023-01",
        "home_working.working_days_per_week=0@2023-01",
    ],
)
def test_impossible_reforms_are_usage_errors(change: str) -> None:
    """Non-finite, over-precise or out-of-range values in --set are refused (exit 2)."""
    done = run("simulate", "--set", change)
    assert 2 == done.returncode
    assert "Traceback" not in done.stderr


def test_comparing_with_a_later_day_is_a_usage_error() -> None:
    """--paid-as-known-on after --as-known-on makes no sense and is refused."""
    done = run("arrears", "--as-known-on", "2023-09-01", "--paid-as-known-on", "2023-10-01")
    assert 2 == done.returncode
    assert "lies after --as-known-on" in done.stderr


_CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "E1",
            "2023-01-01",
            "2023-02-30",
            "9999-12-31",
            "0001-01-01",
            "2023-01",
            "1",
            "0",
            "-1",
            "1e9",
            "NaN",
            "ja",
            "forfait",
            "third_party",
            "=1+1",
            "\ufeff",
            '"',
            "1.005",
            "123456789012",
        ]
    ),
    st.text(max_size=8),
)


@given(
    st.lists(st.lists(_CELLS, min_size=1, max_size=8), min_size=1, max_size=6),
    st.sampled_from(list(TABLES)),
)
def test_whatever_is_in_a_file_the_loader_answers_with_data_or_problems(
    rows: list[list[str]], table: str
) -> None:
    """Arbitrary cells under a real header load, or raise DatasetError; nothing else."""
    import csv
    import io
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([c.name for c in TABLES[table]])
        writer.writerows(rows)
        (Path(tmp) / f"{table}.csv").write_text(out.getvalue(), encoding="utf-8")
        if table != "staff":
            (Path(tmp) / "staff.csv").write_text(
                "employee_id,hire_date\nE1,2020-01-01\n", encoding="utf-8"
            )
        try:
            dataset = load_dataset(tmp, skip_invalid=True)
        except DatasetError:
            return
        for employee in dataset.employees:  # and what loads can be evaluated
            evaluate(employee, Month("2023-01"), known_on=date(2024, 1, 1))


@given(
    st.lists(st.binary(max_size=40), min_size=1, max_size=6),
    st.sampled_from([b",", b";", b"\t", b"|", b",;"]),
    st.sampled_from(["staff", "Personeel", "thuiswerk", "notes"]),
)
def test_whatever_bytes_a_file_holds_the_loader_answers_with_data_or_problems(
    lines: list[bytes], delimiter: bytes, name: str
) -> None:
    """Any bytes under any delimiter and file name (encodings, delimiters, names guessed
    from the file): the loader loads or raises DatasetError; nothing else."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        header = delimiter.join([b"employee_id", b"hire_date", b"start", b"days_per_week"])
        (Path(tmp) / f"{name}.csv").write_bytes(b"\r\n".join([header, *lines]))
        if name.lower() not in {"staff", "personeel"}:
            (Path(tmp) / "staff.csv").write_text(
                "employee_id,hire_date\nE1,2020-01-01\n", encoding="utf-8"
            )
        try:
            load_dataset(tmp, skip_invalid=True)
        except DatasetError:
            return
