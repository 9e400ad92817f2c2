"""Problems that help: did you mean, knock-on problems counted once, groups, a problems file."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from teleworkrules import DatasetError, Problem, load_dataset
from teleworkrules.exceptions import InvalidFactError
from teleworkrules.inputs import Limits
from teleworkrules.outputs import PROBLEMS_COLUMNS, write_problems
from teleworkrules.problems import KNOCK_ON, ProblemGroup, rows_affected, summarise

STAFF = "employee_id,hire_date\nE1,2020-01-01\nE2,2021-01-01\n"
TELEWORK = "employee_id,start,days_per_week\n"


def write(folder: Path, **tables: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, content in tables.items():
        (folder / f"{name}.csv").write_text(content, encoding="utf-8")
    return folder


def problems(folder: Path) -> list[Problem]:
    with pytest.raises(DatasetError) as info:
        load_dataset(folder)
    return list(info.value.problems)


def date_problem(row: int, value: str = "01/13/2022") -> Problem:
    return Problem.of("staff", row, "hire_date", value, "date", example="2023-09-08")


# Did you mean


def test_a_missing_column_beside_an_unknown_one_names_the_closest_known_name(
    tmp_path: Path,
) -> None:
    """``datum_indiensttreding`` is probably hire_date, whose Dutch name is datum_in_dienst."""
    found = problems(
        write(tmp_path / "d", staff="employee_id,datum_indiensttreding\nE1,2020-01-01\n")
    )
    assert [("staff", 1, "hire_date", "required_column_meant")] == [
        (p.table, p.row, p.column, p.code) for p in found
    ]
    assert found[0].text("en") == (
        "staff, row 1, column hire_date: got nothing, expected a required column named hire_date "
        "(column datum_indiensttreding: did you mean hire_date (datum_in_dienst)?)"
    )
    assert found[0].text("nl") == (
        "staff, rij 1, kolom hire_date: gevonden niets, verwacht een verplichte kolom hire_date "
        "(kolom datum_indiensttreding: bedoelde u hire_date (datum_in_dienst)?)"
    )


def test_the_unknown_column_is_named_as_written(tmp_path: Path) -> None:
    """A misspelt Dutch name is matched against the aliases and shown as the file has it."""
    found = problems(write(tmp_path / "d", staff="Personeelsnumer,hire_date\nE1,2020-01-01\n"))
    assert 1 == len(found)
    assert "column Personeelsnumer: did you mean employee_id (personeelsnummer)?" in found[0].text()


def test_each_missing_column_gets_its_own_suggestion(tmp_path: Path) -> None:
    """Two misspelt columns, two suggestions; a column with no Dutch name is named alone."""
    found = problems(
        write(
            tmp_path / "d",
            staff=STAFF,
            internet="employe_id,start,rout\nE1,2021-01-01,forfait\n",
        )
    )
    texts = {p.column: p.expected for p in found}
    assert (
        "(column employe_id: did you mean employee_id (personeelsnummer)?)"
        in (texts["employee_id"])
    )
    assert texts["route"].endswith("(column rout: did you mean route?)")


def test_without_a_close_unknown_column_the_problem_reads_as_before(tmp_path: Path) -> None:
    """No unknown column, or one closest to a column that is there: the plain message."""
    for header in ("employee_id", "employee_id,opmerking", "employee_id,exit_dat"):
        (found,) = problems(write(tmp_path / header.replace(",", "_"), staff=f"{header}\nE1\n"))
        assert (found.code, found.expected) == (
            "required_column",
            "a required column named hire_date",
        )


# Knock-on problems


def test_rows_of_an_invalid_staff_member_are_one_counted_problem(tmp_path: Path) -> None:
    """Telework rows of E3 and E4 fail only because their staff rows did: one line, counted."""
    folder = write(
        tmp_path / "d",
        staff=STAFF + "E3,not-a-date\nE4,\n",
        telework=TELEWORK + "E3,2021-01-01,1\nE1,2021-01-01,1\nE4,2021-01-01,1\nE3,2022-01-01,2\n",
    )
    found = problems(folder)
    telework = [p for p in found if p.table == "telework"]
    assert 1 == len(telework)
    (knock,) = telework
    assert (knock.row, knock.column, knock.value, knock.code) == (
        0,
        "employee_id",
        "E3, E4",
        "invalid_staff_rows",
    )
    assert knock.text("en") == (
        "telework, column employee_id: got 'E3, E4', expected staff members with a valid staff "
        "row: 3 rows (rows 2, 4, 5) refer to staff members whose staff row is invalid; they "
        "are checked once those staff rows are fixed"
    )
    assert knock.text("nl") == (
        "telework, kolom employee_id: gevonden 'E3, E4', verwacht personeelsleden met een "
        "geldige rij in staff: 3 rijen (rijen 2, 4, 5) verwijzen naar personeelsleden van wie "
        "de rij in staff ongeldig is; ze worden getoetst zodra die rijen in staff verbeterd zijn"
    )
    assert 2 + 3 == rows_affected(found)


def test_an_id_absent_from_staff_stays_a_problem_of_its_own(tmp_path: Path) -> None:
    """A row referring to nobody is a real problem, beside the counted knock-on ones."""
    folder = write(
        tmp_path / "d",
        staff=STAFF + "E3,not-a-date\n",
        telework=TELEWORK + "E3,2021-01-01,1\nE9,2021-01-01,1\nE8,2021-01-01,1\n",
    )
    found = [p for p in problems(folder) if p.table == "telework"]
    assert [(0, "invalid_staff_rows"), (3, "known_employee"), (4, "known_employee")] == [
        (p.row, p.code) for p in found
    ]


def test_every_table_is_one_problem_when_the_staff_table_cannot_be_used(tmp_path: Path) -> None:
    """A staff table with a missing column: each other table gets one counted problem."""
    rows = "".join(f"E{n},2021-01-01,1\n" for n in range(50))
    folder = write(
        tmp_path / "d",
        staff="employee_id,datum_indiensttreding\nE1,2020-01-01\n",
        telework=TELEWORK + rows,
        telework_days="employee_id,month,days\nE1,2023-01,2\n",
    )
    found = problems(folder)
    assert [
        ("staff", "required_column_meant"),
        ("telework", "unread_staff"),
        ("telework_days", "unread_staff"),
    ] == [(p.table, p.code) for p in found]
    assert found[1].text("en") == (
        "telework, column employee_id: got nothing, expected a staff table that can be read: "
        "50 rows (rows 2, 3, 4, 5, 6, ...) could not be checked against staff; they are "
        "checked once the staff table is fixed"
    )
    assert "50 rijen (rijen 2, 3, 4, 5, 6, ...) konden niet getoetst worden aan staff" in (
        found[1].text("nl")
    )
    assert 51 == rows_affected(found)


def test_without_a_staff_table_the_other_tables_are_counted_once(tmp_path: Path) -> None:
    """No staff file: the staff table problem, then one counted line per table."""
    found = problems(write(tmp_path / "d", telework=TELEWORK + "E1,2021-01-01,1\n"))
    assert [("staff", "staff_table"), ("telework", "unread_staff")] == [
        (p.table, p.code) for p in found
    ]


def test_skipping_invalid_rows_keeps_the_knock_on_count(tmp_path: Path) -> None:
    """With skip_invalid the knock-on rows are skipped and counted, the valid ones used."""
    folder = write(
        tmp_path / "d",
        staff=STAFF + "E3,not-a-date\n",
        telework=TELEWORK + "E3,2021-01-01,1\nE3,2022-01-01,1\nE1,2021-01-01,1\n",
    )
    data = load_dataset(folder, skip_invalid=True)
    assert 1 == len(data.employee("E1").telework)
    assert [("staff", 4), ("telework", 0)] == [(p.table, p.row) for p in data.skipped]
    assert "invalid_staff_rows" == data.skipped[1].code
    assert 3 == rows_affected(data.skipped)
    assert {"invalid_staff_rows", "unread_staff"} == KNOCK_ON


# Groups for display


def test_the_same_problem_in_many_rows_is_one_group() -> None:
    """5,000 bad dates are one line with the count and first rows, in both languages."""
    (group,) = summarise([date_problem(n) for n in range(2, 5002)])
    assert (group.table, group.column, group.code, group.count, group.rows) == (
        "staff",
        "hire_date",
        "date",
        5000,
        (2, 3, 4),
    )
    assert group.values == (("example", "2023-09-08"),)
    assert str(group) == (
        "staff, column hire_date: 5,000 rows (rows 2, 3, 4, ...): got '01/13/2022', "
        "expected a date as YYYY-MM-DD, e.g. 2023-09-08"
    )
    assert group.text("nl") == (
        "staff, kolom hire_date: 5.000 rijen (rijen 2, 3, 4, ...): gevonden '01/13/2022', "
        "verwacht een datum als JJJJ-MM-DD, bv. 2023-09-08"
    )


def test_a_group_with_different_values_shows_the_first_and_dots() -> None:
    """The values found may differ: the first is shown, followed by dots."""
    (group,) = summarise([date_problem(2, "13/01/2022"), date_problem(3, "14/01/2022")])
    assert not group.same_value
    assert str(group) == (
        "staff, column hire_date: 2 rows (rows 2, 3): got '13/01/2022' ..., "
        "expected a date as YYYY-MM-DD, e.g. 2023-09-08"
    )


def test_a_single_problem_reads_as_today() -> None:
    """A group of one is the problem's own line, in both languages."""
    problem = date_problem(7)
    (group,) = summarise([problem])
    assert (group.count, group.rows) == (1, (7,))
    for lang in ("en", "nl"):
        assert group.text(lang) == problem.text(lang)


def test_groups_keep_the_order_and_every_problem() -> None:
    """Groups come in the order of their first problem; other columns or values part them."""
    found = [
        date_problem(2),
        Problem.of("staff", 2, "employee_id", "", "required"),
        date_problem(3),
        Problem.of("staff", 4, "hire_date", "x", "date", example="2024-01-01"),
        Problem.of("telework", 2, "hire_date", "x", "date", example="2023-09-08"),
        Problem.of("staff", 0, "", "", "staff_table"),
        Problem.of("staff", 0, "", "", "staff_table"),
    ]
    groups = summarise(found, first=1)
    assert [(g.table, g.column, g.count, g.rows) for g in groups] == [
        ("staff", "hire_date", 2, (2,)),
        ("staff", "employee_id", 1, (2,)),
        ("staff", "hire_date", 1, (4,)),
        ("telework", "hire_date", 1, (2,)),
        ("staff", "", 1, (0,)),
        ("staff", "", 1, (0,)),
    ]
    assert sum(g.count for g in groups) == len(found)
    assert "2 rows (rows 2, ...)" in groups[0].text()
    assert all(isinstance(g, ProblemGroup) for g in groups)
    with pytest.raises(InvalidFactError):
        summarise(found, first=0)


def test_rows_affected_counts_each_row_once() -> None:
    """Two problems in one row are one row; header and table problems count no row."""
    found = [
        Problem.of("staff", 1, "hire_date", "", "required_column", name="hire_date"),
        Problem.of("staff", 2, "hire_date", "", "required"),
        Problem.of("staff", 2, "employee_id", "", "required"),
        Problem.of("telework", 2, "employee_id", "", "required"),
        Problem.of("telework", 0, "employee_id", "", "unread_staff", count=7, rows="2, ..."),
    ]
    assert 2 + 7 == rows_affected(found)


# The problems file

FOUND = (
    Problem.of("staff", 0, "", "", "staff_table"),
    date_problem(3, "=1+1"),
    Problem.of("telework", 4, "employee_id", "E9", "known_employee"),
)


def test_the_problems_file_as_csv_in_english(tmp_path: Path) -> None:
    """One problem per row; row 0 is empty; a formula start is neutralised."""
    path = tmp_path / "problems.csv"
    write_problems(FOUND, path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in raw
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert rows == [
        list(PROBLEMS_COLUMNS),
        ["staff", "", "", "", "staff_table", "a staff table (the only required table)"],
        ["staff", "3", "hire_date", "'=1+1", "date", "a date as YYYY-MM-DD, e.g. 2023-09-08"],
        ["telework", "4", "employee_id", "E9", "known_employee", FOUND[2].expected],
    ]


def test_the_problems_file_as_csv_in_dutch(tmp_path: Path) -> None:
    """Dutch headers and Dutch expectations; the codes stay as they are."""
    path = tmp_path / "problemen.CSV"
    write_problems(FOUND, str(path), lang="nl")
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["tabel", "rij", "kolom", "waarde", "code", "verwacht"]
    assert rows[2][4:] == ["date", "een datum als JJJJ-MM-DD, bv. 2023-09-08"]


def test_the_problems_file_shows_what_was_measured_in_the_language_asked(tmp_path: Path) -> None:
    """A table too long has no value read: the value column says what was found, in Dutch."""
    rows = "".join(f"E{i},2020-01-01\n" for i in range(2000))
    folder = write(tmp_path / "d", staff=f"employee_id,hire_date\n{rows}")
    with pytest.raises(DatasetError) as info:
        load_dataset(folder, limits=Limits(max_rows=1500))
    path = tmp_path / "problemen.csv"
    write_problems(info.value.problems, path, lang="nl")
    written = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert written[1] == [
        "staff",
        "1501",
        "",
        "meer dan 1.500 rijen",
        "table_rows",
        "een tabel van hoogstens 1.500 rijen (de tabel werd niet gelezen; de grens is max_rows)",
    ]


# Counts and sizes in the reader's language


def test_counts_and_sizes_are_plain_digits_shown_with_the_languages_separator() -> None:
    """1,500 reads as one and a half in Dutch: Dutch texts group thousands with a point."""
    problem = Problem.measured("staff", 1501, "", "table_rows", "rows", size=1500, limit=1500)
    assert ("", (("size", "1500"), ("limit", "1500"))) == (problem.value, problem.values)
    assert problem.text("en") == (
        "staff, row 1501: got more than 1,500 rows, expected a table of at most 1,500 rows "
        "(the table was not read; the limit is max_rows)"
    )
    assert problem.text("nl") == (
        "staff, rij 1501: gevonden meer dan 1.500 rijen, verwacht een tabel van hoogstens "
        "1.500 rijen (de tabel werd niet gelezen; de grens is max_rows)"
    )
    knocked = Problem.of(
        "telework", 0, "employee_id", "", "unread_staff", count=24755, rows="2, 3, 4, ..."
    )
    assert "24,755" in knocked.text("en")
    assert "24.755" in knocked.text("nl")
    assert 24755 == rows_affected([knocked])


def test_only_counts_and_sizes_are_grouped_never_an_id_or_a_value_read() -> None:
    """A numeric staff number stays as written, in the value and in the text's values."""
    problem = Problem.of(
        "telework", 4, "employee_id", "104523", "known_employee_case", other_id="104523"
    )
    assert "'104523'" in problem.text("nl")
    assert "104.523" not in problem.text("nl")
    assert "104523" in problem.expected_in("nl")


def test_a_measure_must_be_a_text_of_the_catalogue() -> None:
    with pytest.raises(InvalidFactError, match="found"):
        Problem.measured("staff", 0, "", "input_size", "kilobytes", size=1, limit=1)


def test_every_measured_problem_reads_without_english_in_dutch(tmp_path: Path) -> None:
    """Each kind of size problem, as a Dutch reader meets it: no English word, no 1,000."""
    import re

    found = [
        Problem.measured("d", 0, "", "input_size", "bytes", size=1613468, limit=100000),
        Problem.measured("hr.xlsx", 0, "", "unpacked_size", "unpacked", size=16602, limit=1000),
        Problem.measured("staff", 6, "", "table_rows", "rows", size=5, limit=5),
        Problem.measured("staff", 0, "", "wide_header", "columns", size=1200, limit=1000),
        Problem.measured(
            "staff", 0, "", "wide_sheet", "sheet_columns", size=16384, letter="XFD", limit=1000
        ),
        Problem.measured("staff", 2, "", "wide_row", "cell_in", letter="XFD", limit=1000),
        Problem.measured("staff", 2, "", "long_cell", "long_cell", limit=32767),
        Problem.measured("staff", 0, "", "header", "empty_file"),
    ]
    english = re.compile(r"\b(got|more|than|rows|columns|cell|once|unpacked|empty|file)\b")
    for problem in found:
        dutch = problem.text("nl")
        assert not english.search(dutch), dutch
        assert not re.search(r"\d,\d{3}", dutch), dutch
        assert problem.found_in("en") != problem.found_in("nl") or "bytes" in dutch


def test_the_problems_file_as_a_filterable_workbook(tmp_path: Path) -> None:
    """A workbook: one sheet, a header with an autofilter, frozen, one problem per row."""
    path = tmp_path / "problemen.xlsx"
    write_problems(FOUND, path, lang="nl")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Problemen"
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ["tabel", "rij", "kolom", "waarde", "code", "verwacht"]
    assert values[1][:2] == ["staff", None]
    assert values[2][:5] == ["staff", 3, "hire_date", "'=1+1", "date"]
    assert sheet["D3"].data_type == "s"
    assert len(values) == 1 + len(FOUND)
    assert sheet.auto_filter.ref == "A1:F4"
    assert sheet.freeze_panes == "A2"


def test_the_problems_workbook_prints_one_page_wide_with_its_header_on_every_page(
    tmp_path: Path,
) -> None:
    """Landscape, one page wide, row 1 repeated; a long expectation wraps in a taller row."""
    long = Problem.of("staff", 2, "x", "v", "unknown_file", names="n" * 150, dutch="d" * 60)
    path = tmp_path / "problemen.xlsx"
    write_problems([long], path, lang="nl")
    sheet = openpyxl.load_workbook(path).active
    assert ("landscape", 1, 0) == (
        sheet.page_setup.orientation,
        sheet.page_setup.fitToWidth,
        sheet.page_setup.fitToHeight,
    )
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert "$1:$1" in str(sheet.print_title_rows)
    assert sheet["F2"].alignment.wrap_text
    assert sheet.row_dimensions[2].height >= 30


def test_an_empty_problems_workbook_still_has_its_header(tmp_path: Path) -> None:
    """No problems: only the header, filterable."""
    path = tmp_path / "none.xlsx"
    write_problems([], path)
    sheet = openpyxl.load_workbook(path).active
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [list(PROBLEMS_COLUMNS)]
    assert sheet.auto_filter.ref == "A1:F1"


@pytest.mark.parametrize("name", ["problems.xls", "problems.txt", "problems"])
def test_an_unsupported_problems_file_is_refused_and_nothing_written(
    tmp_path: Path, name: str
) -> None:
    """Only .csv and .xlsx: the error names both, and no file appears."""
    with pytest.raises(InvalidFactError, match=r"\.csv or \.xlsx"):
        write_problems(FOUND, tmp_path / name)
    assert [] == list(tmp_path.iterdir())


def test_the_problems_file_of_a_real_dataset(tmp_path: Path) -> None:
    """Every problem of a refused dataset, with the knock-on line, written in one go."""
    folder = write(
        tmp_path / "d",
        staff=STAFF + "E3,not-a-date\n",
        telework=TELEWORK + "E3,2021-01-01,1\n",
    )
    found = problems(folder)
    path = tmp_path / "out.csv"
    write_problems(found, path)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    assert [("staff", "4", "hire_date"), ("telework", "", "employee_id")] == [
        (r["table"], r["row"], r["column"]) for r in rows
    ]
    assert [p.code for p in found] == [r["code"] for r in rows]
    assert [p.expected for p in found] == [r["expected"] for r in rows]


def test_a_file_that_cannot_be_read_says_why_in_the_readers_language() -> None:
    """Permission, a missing file, a folder: said in Dutch; another error keeps its text."""
    import errno

    from teleworkrules.problems import os_problem

    cases = {
        errno.EACCES: "een bestand zonder leesrechten",
        errno.ENOENT: "een bestand dat niet bestaat",
        errno.EISDIR: "een map",
    }
    for number, dutch in cases.items():
        problem = os_problem("staff", "readable_file", OSError(number, "English text"))
        assert problem.text("nl") == f"staff: gevonden {dutch}, verwacht een leesbaar bestand"
        assert "English text" not in problem.text("en")
    other = os_problem("staff", "readable_file", OSError(errno.EIO, "Input/output error"))
    assert "'Input/output error'" in other.text("nl")


def test_a_problem_of_no_table_reads_without_an_empty_place(tmp_path: Path) -> None:
    """A dataset path that does not exist: no line starting with ': '."""
    with pytest.raises(DatasetError) as info:
        load_dataset(tmp_path / "nowhere")
    [problem] = info.value.problems
    assert problem.text("nl") == (
        f"gevonden {str(tmp_path / 'nowhere')!r}, verwacht een map met CSV-bestanden of een "
        ".xlsx-werkmap"
    )


# Tables and columns named as the HR officer's file names them


def test_a_problem_names_the_table_and_column_as_the_file_writes_them(tmp_path: Path) -> None:
    """A Dutch export (personeel.csv, Statuut): the officer finds the place in their file;
    the contract's names stand beside, and stay the problem's table and column."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "Personeel.csv").write_text(
        "Personeelsnummer;Datum in dienst;Statuut\nE1;01/01/2020;vast\nE2;01/01/2020;statutair\n",
        encoding="utf-8",
    )
    (folder / "thuiswerk.csv").write_text(
        "employee_id,start,days_per_week\nE1,2021-01-01,2\n", encoding="utf-8"
    )
    with pytest.raises(DatasetError) as info:
        load_dataset(folder)
    found = info.value.problems
    assert [(p.table, p.column) for p in found] == [
        ("staff", "contract"),
        ("telework", "employee_id"),
    ]
    assert (
        found[0]
        .text("nl")
        .startswith(
            "Personeel (staff), rij 2, kolom Statuut (contract): gevonden 'vast', verwacht een van "
            "statutair, contractueel, jobstudent"
        )
    )
    assert found[1].text("en").startswith("thuiswerk (telework), column employee_id: got 'E1'")
    path = tmp_path / "problemen.csv"
    write_problems(found, path, lang="nl")
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert rows[1][:3] == ["Personeel (staff)", "2", "Statuut (contract)"]


def test_names_written_as_the_contract_are_not_repeated(tmp_path: Path) -> None:
    """Staff.csv with HIRE_DATE: the same names in other capitals, shown as before."""
    folder = write(tmp_path / "d", Staff="EMPLOYEE_ID,Hire_Date\nE1,13/13/2020\n")
    [problem] = problems(folder)
    assert ("", "") == (problem.table_as_written, problem.column_as_written)
    assert problem.text("en").startswith("staff, row 2, column hire_date: got '13/13/2020'")


def test_python_tables_are_named_by_their_keys() -> None:
    """load_dataset({"personeel": [...]}) with Dutch keys: named as the caller wrote them."""
    with pytest.raises(DatasetError) as info:
        load_dataset({"personeel": [{"personeelsnummer": "E1", "datum_in_dienst": "x"}]})
    [problem] = info.value.problems
    assert problem.place("nl") == "personeel (staff), rij 1, kolom datum_in_dienst (hire_date)"
