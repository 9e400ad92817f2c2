"""Regressions from review: open-ended dates, hostile files, outputs that cannot be written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import DatasetError, Month, Problem, evaluate, load_dataset
from teleworkrules.inputs import TABLES, Limits

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


# Bounded reading: limits, amplification, non-regular files (issue 9)


def refused(path: Path, limits: Limits | None = None) -> list[Problem]:
    """The problems of loading ``path`` (within ``limits``), which must be refused."""
    with pytest.raises(DatasetError) as info:
        load_dataset(path, limits=limits or Limits())
    return list(info.value.problems)


def lines(problem: Problem) -> tuple[str, str]:
    return problem.text("en"), problem.text("nl")


def xfd_workbook(path: Path, rows: int, *, lie: bool) -> Path:
    """A workbook whose data rows each hold one cell in column XFD (16,384).

    With ``lie`` its <dimension> says A1:B{rows}, as a hostile file may.
    """
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "staff"
    sheet.append(["employee_id", "hire_date"])
    for row in range(2, rows + 2):
        sheet.cell(row=row, column=16_384, value="x")
    workbook.save(path)
    if lie:
        import re
        import zipfile

        plain = path.with_suffix(".tmp")
        path.rename(plain)
        with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
            for member in source.infolist():
                data = source.read(member)
                if member.filename == "xl/worksheets/sheet1.xml":
                    data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B3"', data)
                target.writestr(member, data)
        plain.unlink()
    return path


def test_a_workbook_declaring_column_xfd_is_refused(tmp_path: Path) -> None:
    """A sheet whose dimension reaches column XFD is refused before any row is read."""
    path = xfd_workbook(tmp_path / "hr.xlsx", 3, lie=False)
    [problem] = refused(path)
    assert (
        "staff: got 16,384 columns (up to column XFD), expected a sheet of at most 1,000 "
        "columns, as its dimension says (the table was not read; the limit is max_columns)",
        "staff: gevonden 16.384 kolommen (tot kolom XFD), verwacht een blad van hoogstens 1.000 "
        "kolommen, "
        "volgens zijn afmetingen (de tabel werd niet gelezen; de grens is max_columns)",
    ) == lines(problem)


def test_a_cell_in_column_xfd_is_refused_whatever_the_dimension_says(tmp_path: Path) -> None:
    """A row holding one cell in column XFD under a lying dimension: refused, not padded."""
    path = xfd_workbook(tmp_path / "hr.xlsx", 3, lie=True)
    [problem] = refused(path)
    assert (
        "staff, row 2: got a cell in column XFD, expected rows of at most 1,000 cells "
        "(the table was not read; the limit is max_columns)",
        "staff, rij 2: gevonden een cel in kolom XFD, verwacht rijen van hoogstens 1.000 "
        "cellen (de tabel werd niet gelezen; de grens is max_columns)",
    ) == lines(problem)


def test_a_csv_row_of_a_million_cells_is_refused_and_not_echoed(tmp_path: Path) -> None:
    """A million cells in one row: refused while reading, quoted as a short excerpt."""
    data = folder(tmp_path, staff="employee_id,hire_date\nE1,2020-01-01\n" + "x," * 1_000_000)
    [problem] = refused(data)
    excerpt = "x," * 28 + "x..."
    assert (
        f"staff, row 3: got '{excerpt}', expected rows of at most 1,000 cells (the table was "
        "not read; the limit is max_columns)",
        f"staff, rij 3: gevonden '{excerpt}', verwacht rijen van hoogstens 1.000 cellen (de "
        "tabel werd niet gelezen; de grens is max_columns)",
    ) == lines(problem)


def test_a_header_of_a_million_names_is_refused_and_not_echoed(tmp_path: Path) -> None:
    """A header of a million names; control and bidi characters in it are escaped."""
    names = ",".join(f"\u202e\x1bc{i}" for i in range(1_000_000))
    data = folder(tmp_path, staff=f"employee_id,hire_date,{names}\nE1,2020-01-01\n")
    [problem] = refused(data)
    excerpt = r"employee_id,hire_date,\u202e\x1bc0,\u202e\x1bc1,\u202e\x1..."
    assert (
        f"staff, row 1: got {excerpt!r}, expected a header of at most 1,000 columns (the table "
        "was not read; the limit is max_columns)",
        f"staff, rij 1: gevonden {excerpt!r}, verwacht een kopregel van hoogstens 1.000 "
        "kolommen (de tabel werd niet gelezen; de grens is max_columns)",
    ) == lines(problem)
    assert "\u202e" not in problem.text("en")


def test_a_cell_over_the_limit_is_a_problem_and_its_row_is_left_out(tmp_path: Path) -> None:
    """A cell longer than the limit stops at the limit; the rows after it are read."""
    data = folder(
        tmp_path,
        staff=f"employee_id,hire_date\nE1,{'x' * 200}\nE2,2020-01-01\n",
    )
    [problem] = refused(data, Limits(max_cell=100))
    assert (
        "staff, row 2: got a cell of more than 100 characters, expected cells of at most 100 "
        "characters",
        "staff, rij 2: gevonden een cel van meer dan 100 tekens, verwacht cellen van hoogstens "
        "100 tekens",
    ) == lines(problem)
    kept = load_dataset(data, skip_invalid=True, limits=Limits(max_cell=100))
    assert ["E2"] == [e.employee_id for e in kept.employees]


def test_a_table_over_the_row_limit_is_refused(tmp_path: Path) -> None:
    """Past the row limit (the header counts) reading stops, with a problem."""
    rows = "".join(f"E{i},2020-01-01\n" for i in range(10))
    data = folder(tmp_path, staff=f"employee_id,hire_date\n{rows}")
    [problem] = refused(data, Limits(max_rows=5))
    assert (
        "staff, row 6: got more than 5 rows, expected a table of at most 5 rows (the table "
        "was not read; the limit is max_rows)",
        "staff, rij 6: gevonden meer dan 5 rijen, verwacht een tabel van hoogstens 5 rijen "
        "(de tabel werd niet gelezen; de grens is max_rows)",
    ) == lines(problem)


def test_a_dataset_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    """The sizes of the table files add up to more than the limit: nothing is read."""
    data = folder(tmp_path, staff="employee_id,hire_date\nE1,2020-01-01\n")
    [problem] = refused(data, Limits(max_bytes=10))
    assert (
        "d: got 36 bytes, expected a dataset of at most 10 bytes (the limit is max_bytes)",
        "d: gevonden 36 bytes, verwacht een dataset van hoogstens 10 bytes (de grens is max_bytes)",
    ) == lines(problem)


def test_limits_are_whole_numbers_of_at_least_one() -> None:
    with pytest.raises(ValueError, match="max_rows must be a whole number"):
        Limits(max_rows=0)


def _within(seconds: float, call: Callable[[], list[Problem]]) -> list[Problem]:
    """``call``'s answer, or a failure (not a hang) after ``seconds``."""
    import threading

    answer: list[list[Problem]] = []
    worker = threading.Thread(target=lambda: answer.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert answer, f"no answer within {seconds} s"
    return answer[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_table_file_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    """A FIFO named like a table is never opened for reading: it would block forever."""
    data = folder(tmp_path, staff="employee_id,hire_date\nE1,2020-01-01\n")
    os.mkfifo(data / "telework.csv")
    [problem] = _within(10, lambda: refused(data))
    assert (
        "telework: got 'telework.csv', expected a regular file, not a FIFO, device, socket "
        "or folder",
        "telework: gevonden 'telework.csv', verwacht een gewoon bestand, geen FIFO, apparaat, "
        "socket of map",
    ) == lines(problem)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_dataset_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "hr.xlsx")
    [problem] = _within(10, lambda: refused(tmp_path / "hr.xlsx"))
    assert problem.text("en").endswith(
        "expected a regular file, not a FIFO, device, socket or folder"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_dev_zero_as_a_table_file_is_a_problem_not_an_endless_read(
    tmp_path: Path,
) -> None:
    data = folder(tmp_path, staff="employee_id,hire_date\nE1,2020-01-01\n")
    (data / "absences.csv").symlink_to("/dev/zero")
    [problem] = _within(10, lambda: refused(data))
    assert (
        "absences: got 'absences.csv', expected a regular file, not a FIFO, device, socket "
        "or folder",
        "absences: gevonden 'absences.csv', verwacht een gewoon bestand, geen FIFO, apparaat, "
        "socket of map",
    ) == lines(problem)


def test_non_ascii_digits_are_no_dates_or_numbers(tmp_path: Path) -> None:
    """Full-width and Arabic-Indic digits are refused, not read as ASCII ones."""
    data = folder(
        tmp_path,
        staff="employee_id,hire_date,work_fraction\n"
        "E1,\uff12\uff10\uff12\uff10-01-01,1\nE2,2020-01-01,\u0660.\u0665\n",
    )
    found = {(p.row, p.column, p.code) for p in refused(data)}
    assert {(2, "hire_date", "day"), (3, "work_fraction", "number_format")} == found
