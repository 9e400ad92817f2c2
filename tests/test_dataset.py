from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from teleworkrules import Month, Problem, load_dataset
from teleworkrules.facts import Allowance, Route
from teleworkrules.i18n import CATALOGUE
from teleworkrules.problems import Note, rows_affected

from .conftest import problems

STAFF = "employee_id,entity,hire_date,exit_date\nE1,DWSE,2020-01-01,\nE2,,2023-02-01,2023-12-31\n"


def write(folder: Path, **tables: str | bytes) -> Path:
    folder.mkdir(exist_ok=True)
    for name, content in tables.items():
        path = folder / f"{name}.csv"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def test_a_valid_dataset_loads_every_table(tmp_path: Path) -> None:
    """All tables of the contract load into facts."""
    folder = write(
        tmp_path / "d",
        staff=STAFF,
        telework="employee_id,start,end,days_per_week,approved\nE1,2021-01-01,,2,ja\n",
        telework_days="employee_id,month,days\nE1,2023-03,4.5\n",
        internet="employee_id,start,end,route\nE1,2021-01-01,2022-06-30,third_party\nE1,2022-07-01,,forfait\n",
        absences="employee_id,start,end,salary_paid,kind\nE1,2023-01-02,2023-01-20,no,sick\n",
        material_requests="employee_id,item,requested_on,cost\nE2,chair,2023-09-01,249.99\n",
        payments="employee_id,month,allowance,amount,paid_on\nE1,2023-01,home_working,20.00,2023-10-25\n"
        "E1,2023-02,internet_forfait,20,\n",
    )
    data = load_dataset(folder)
    e1 = data.employee("E1")
    assert [e.employee_id for e in data.employees] == ["E1", "E2"]
    assert tuple(r.route for r in e1.internet) == (Route.THIRD_PARTY, Route.FORFAIT)
    assert Decimal("4.5") == e1.telework_days[0].days
    assert e1.telework[0].approved
    assert not e1.absences[0].salary_paid
    assert Decimal("249.99") == data.material_requests[0].cost
    assert (Month("2023-10"), date(2023, 10, 25)) == (
        data.payments[0].paid_in,
        data.payments[0].paid_on,
    )
    assert (Month("2023-02"), None) == (data.payments[1].paid_in, data.payments[1].paid_on)
    assert data.payments[1].allowance == Allowance.INTERNET_FORFAIT
    assert data.employee("E2").entity is None


def test_bom_whitespace_dutch_headers_and_extra_columns(tmp_path: Path) -> None:
    """A BOM, stray spaces and Dutch headers are accepted; extra columns are noted."""
    staff = "\ufeff Personeelsnummer , datum_in_dienst ,opmerking\n  E1 , 2020-01-01 , hello\n"
    data = load_dataset(write(tmp_path / "d", staff=staff))
    assert date(2020, 1, 1) == data.employees[0].hire_date
    assert any("extra columns ignored: opmerking" in str(note) for note in data.notes)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    """Bad values in several rows and tables are all listed with table, row, column and value."""
    folder = write(
        tmp_path / "d",
        staff="employee_id,hire_date,work_fraction,contract\nE1,2020-13-01,1,\nE2,2020-01-01,1.5,boss\n",
        telework="employee_id,start,days_per_week\nE1,2021-01-01,6\nE9,2021-01-01,1\n",
    )
    found = {(p.table, p.row, p.column, p.value) for p in problems(folder)}
    assert {
        ("staff", 2, "hire_date", "2020-13-01"),
        ("staff", 3, "work_fraction", "1.5"),
        ("staff", 3, "contract", "boss"),
        ("telework", 2, "days_per_week", "6"),
        ("telework", 3, "employee_id", "E9"),
    } <= found


@pytest.mark.parametrize(
    ("tables", "expected"),
    [
        ({"staff": ""}, ("staff", 0, "", "a header row")),
        (
            {"staff": "employee_id\nE1\n"},
            ("staff", 1, "hire_date", "a required column named hire_date"),
        ),
        (
            {"staff": "employee_id,datum_indiensttreding\nE1,2020-01-01\n"},
            ("staff", 1, "hire_date", "did you mean hire_date (datum_in_dienst)?"),
        ),
        (
            {
                "staff": STAFF + "E3,,x,\n",
                "telework": "employee_id,start,days_per_week\nE3,2021-01-01,1\n",
            },
            ("telework", 0, "employee_id", "1 row (row 2) refers to a staff member whose staff"),
        ),
        (
            {
                "staff": "employee_id\nE1\n",
                "telework": "employee_id,start,days_per_week\nE1,2021-01-01,1\n",
            },
            ("telework", 0, "employee_id", "1 row (row 2) could not be checked against staff"),
        ),
        (
            {"staff": "employee_id,hire_date,hire_date\nE1,2020-01-01,2020-01-01\n"},
            ("staff", 1, "hire_date", "each column once"),
        ),
        ({"staff": "employee_id,hire_date\n"}, ("staff", 2, "", "at least one staff member")),
        ({"telework": "employee_id,start,days_per_week\n"}, ("staff", 0, "", "a staff table")),
        (
            {"staff": "employee_id,hire_date\nE1,\n"},
            ("staff", 2, "hire_date", "a value (required)"),
        ),
        (
            {"staff": "employee_id,hire_date\nE1,02/13/2020\n"},
            ("staff", 2, "hire_date", "YYYY-MM-DD or day first as DD/MM/YYYY"),
        ),
        (
            {"staff": "employee_id,hire_date\nE1,2020-01-01,extra\n"},
            ("staff", 2, "", "at most 2 cells"),
        ),
        (
            {"staff": "employee_id,hire_date\n=HYPERLINK(1),2020-01-01\n"},
            ("staff", 2, "employee_id", "not starting with ="),
        ),
        (
            {"staff": "employee_id,hire_date\nE1,2020-01-01\nE1,2021-01-01\n"},
            ("staff", 3, "employee_id", "a unique id (also on row 2)"),
        ),
        (
            {"staff": "employee_id,hire_date,exit_date\nE1,2020-01-01,2019-01-01\n"},
            ("staff", 2, "exit_date", "on or after hire_date"),
        ),
        (
            {"staff": STAFF, "telework_days": "employee_id,month,days\nE1,2023-02,29\n"},
            ("telework_days", 2, "days", "at most the 28 days of 2023-02"),
        ),
        (
            {
                "staff": STAFF,
                "telework_days": "employee_id,month,days\nE1,2023-02,2\nE1,2023-02,3\n",
            },
            ("telework_days", 3, "month", "one row per person and month (also row 2)"),
        ),
        (
            {
                "staff": STAFF,
                "internet": "employee_id,start,end,route\nE1,2021-01-01,,forfait\n"
                "E1,2022-01-01,,third_party\n",
            },
            ("internet", 3, "start", "does not overlap row 2"),
        ),
        (
            {
                "staff": STAFF,
                "telework": "employee_id,start,end,days_per_week\nE1,2021-01-01,2021-12-31,1\n"
                "E1,2021-12-31,,2\n",
            },
            ("telework", 3, "start", "does not overlap row 2"),
        ),
        (
            {"staff": STAFF, "internet": "employee_id,start,route\nE1,2021-01-01,fiber\n"},
            ("internet", 2, "route", "one of forfait, third_party"),
        ),
        (
            {
                "staff": STAFF,
                "absences": "employee_id,start,end,salary_paid\nE1,2021-01-01,2021-01-05,maybe\n",
            },
            ("absences", 2, "salary_paid", "true/false, yes/no, ja/nee, waar/onwaar or 1/0"),
        ),
        (
            {
                "staff": STAFF,
                "payments": "employee_id,month,allowance,amount\nE1,2023-01,home_working,20.005\n",
            },
            ("payments", 2, "amount", "at most two decimals"),
        ),
        (
            {
                "staff": STAFF,
                "payments": "employee_id,month,allowance,amount\n"
                "E1,2023-01,internet_third_party,5\n",
            },
            ("payments", 2, "allowance", "one of internet_forfait, home_working"),
        ),
        ({"staff": 'employee_id,hire_date\nE1,"2020-01-01\n'}, ("staff", 2, "", "well-formed CSV")),
        (
            {"staff": b"employee_id,hire_date\nE\x811,2020-01-01\n"},
            ("staff", 0, "", "a text file in UTF-8 or Windows-1252"),
        ),
        (
            {"staff": b"\xef\xbb\xbfemployee_id,hire_date\nE\xe91,2020-01-01\n"},
            ("staff", 0, "", "a UTF-8 text file"),
        ),
    ],
)
def test_each_malformed_input_gets_its_own_message(
    tmp_path: Path, tables: dict[str, str | bytes], expected: tuple[str, int, str, str]
) -> None:
    """Each class of bad input is reported with table, row, column and what was expected."""
    found = problems(write(tmp_path / "d", **tables))
    table, row, column, text = expected
    assert any(
        (p.table, p.row, p.column) == (table, row, column) and text in p.expected for p in found
    ), "\n".join(map(str, found))
    for p in found:  # and every problem reads in Dutch too
        assert p.expected_in("en") != p.expected_in("nl"), p.expected
        assert p.text("en") != p.text("nl")


def test_a_huge_cell_is_refused(tmp_path: Path) -> None:
    """A runaway cell is a problem, not a memory blow-up."""
    found = problems(
        write(tmp_path / "d", staff="employee_id,hire_date\n" + "E" * 200_000 + ",2020-01-01\n")
    )
    assert found and found[0].table == "staff"


def test_a_path_that_is_not_a_folder(tmp_path: Path) -> None:
    """Missing folders and plain files are clear errors."""
    assert "a folder of CSV files" in problems(tmp_path / "missing")[0].expected
    (tmp_path / "file.csv").write_text("x", encoding="utf-8")
    assert "not this file" in problems(tmp_path / "file.csv")[0].expected


def test_unknown_csv_files_are_problems(tmp_path: Path) -> None:
    """A CSV file that is no table of the contract is a problem naming it, never ignored."""
    [found] = problems(write(tmp_path / "d", staff=STAFF, notes="a,b\n"))
    assert ("notes.csv", 0, "notes.csv", "unknown_file") == (
        found.table,
        found.row,
        found.value,
        found.code,
    )


def test_skip_invalid_keeps_valid_rows_and_lists_the_rest(tmp_path: Path) -> None:
    """With skip_invalid, valid rows are used and every skipped row is listed."""
    folder = write(
        tmp_path / "d",
        staff=STAFF + "E3,,not-a-date,\n",
        telework="employee_id,start,days_per_week\nE3,2021-01-01,1\nE1,2021-01-01,2\n",
    )
    data = load_dataset(folder, skip_invalid=True)
    assert [e.employee_id for e in data.employees] == ["E1", "E2"]
    # The telework row of E3 fails only because E3's staff row did: one counted knock-on.
    assert {("staff", 4), ("telework", 0)} == {(p.table, p.row) for p in data.skipped}
    assert 2 == rows_affected(data.skipped)
    assert len(data.employee("E1").telework) == 1


def test_problem_text_names_everything() -> None:
    """A problem reads as table, row, column, value and expectation."""
    text = str(Problem.of("staff", 3, "hire_date", "2020-13-01", "date", example="2023-09-08"))
    assert text == (
        "staff, row 3, column hire_date: got '2020-13-01', "
        "expected a date as YYYY-MM-DD, e.g. 2023-09-08"
    )


def test_an_entity_without_policy_gets_the_law_only(tmp_path: Path) -> None:
    """Staff of an entity with no loaded policy are evaluated under the law alone, noted."""
    data = load_dataset(
        write(tmp_path / "d", staff="employee_id,hire_date,entity\nE1,2023-03-01,VDAB\n")
    )
    assert any("entity 'VDAB' (1 staff) has no policy: the law only" in str(n) for n in data.notes)
    from teleworkrules import evaluate

    result = evaluate(data.employees[0], Month("2023-04"), known_on=date(2024, 1, 1))
    assert ("VDAB", ()) == (result.entity, result.granted)  # no default forfait route


def test_notes_read_in_dutch_and_english(tmp_path: Path) -> None:
    """Every note of a dataset renders in both languages, differently, naming its origin."""
    staff = "employee_id,hire_date,entity,opmerking\nE1,2023-03-01,VDAB,x\n"
    owed = "employee_id,month,allowance,amount,benefit_in_kind\n"
    data = load_dataset(write(tmp_path / "d", staff=staff, owed=owed))
    assert {"extra_columns", "entitlements_file", "entity_without_policy"} == {
        n.code for n in data.notes
    }
    for note in data.notes:
        assert isinstance(note, Note)
        assert str(note) == note.text("en") != note.text("nl")
        assert note.text("nl").startswith(f"{note.origin}: ")


def test_every_input_text_has_both_languages_with_the_same_fields() -> None:
    """Each problem and note text is in Dutch and English, with the same {fields}."""
    import string

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    codes = [c for c in CATALOGUE if c.startswith(("problem.", "note.", "found."))]
    assert len(codes) > 40
    for code in codes:
        assert {"en", "nl"} == set(CATALOGUE[code]), code
        assert fields(CATALOGUE[code]["en"]) == fields(CATALOGUE[code]["nl"]), code
