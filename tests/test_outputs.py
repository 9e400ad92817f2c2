"""Outputs: one formula guard everywhere, one text catalogue, files written whole."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import attrs
import openpyxl  # type: ignore[import-untyped]
import pytest

from teleworkrules import MaterialRequest, Month, load_dataset
from teleworkrules.engine.population import PopulationEvaluator, Segment
from teleworkrules.exceptions import TooManyRowsError
from teleworkrules.i18n import CATALOGUE, text
from teleworkrules.outputs import (
    DEFINITIONS,
    EXCEL_ROWS,
    arrears_table,
    arrears_title,
    atomic_file,
    atomic_output,
    cell_text,
    neutralise,
    report_to_dict,
    write_arrears_csv,
    write_arrears_xlsx,
    write_excel_csv,
    write_report_csv,
    write_report_xlsx,
    write_segments,
    write_segments_excel_csv,
    write_segments_xlsx,
)
from teleworkrules.outputs import entitlements as entitlements_module
from teleworkrules.outputs.skipped import skipped_lines
from teleworkrules.problems import Problem
from teleworkrules.results.arrears import Arrear, CauseKind, arrears_since
from teleworkrules.results.report import Report, build_report
from teleworkrules.results.skipped import SkipSummary

ROOT = Path(__file__).parent.parent
FORMULAS = ["=1+1", "+31 2 555", "-5+A1", "-", "@SUM(A1:A2)", "\t=cmd", "\r=cmd"]
"""Texts a spreadsheet would run (or mistake for a formula): each gets a leading quote."""
PLAIN = ["-5", "-20.00", "20.00", "E001", "a = b", "'quoted", ""]
"""Texts written as they are: plain numbers (also negative ones) and ordinary text."""


# The one formula guard.


@pytest.mark.parametrize("value", FORMULAS)
def test_a_formula_start_gets_a_leading_quote(value: str) -> None:
    """=, +, -, @, tab and CR at the start are neutralised with a leading '."""
    assert "'" + value == neutralise(value)


@pytest.mark.parametrize("value", PLAIN)
def test_plain_numbers_and_ordinary_text_stay_as_they_are(value: str) -> None:
    """A negative amount such as -20.00 is a number, not a formula."""
    assert value == neutralise(value)


def test_a_workbook_cell_also_loses_the_control_characters_it_cannot_hold() -> None:
    """The workbook's text cells use the same guard, and replace what XML 1.0 forbids."""
    assert "'=A1\ufffd" == cell_text("=A1\x00")
    assert "-20.00" == cell_text("-20.00")
    assert "a\tb\nc" == cell_text("a\tb\nc")


def _report(*items: str) -> Report:
    dataset = load_dataset(ROOT / "examples" / "small")
    requests = tuple(MaterialRequest("E001", item, date(2022, 3, 1)) for item in items)
    dataset = attrs.evolve(dataset, material_requests=requests)
    return build_report(dataset, Month("2022-01"), Month("2022-12"), known_on=date(2023, 11, 8))


def test_the_report_csv_uses_the_one_guard() -> None:
    """Values of the report CSV follow the one rule (item labels built in code here)."""
    items = FORMULAS[:5] + PLAIN[:3]
    out = io.StringIO()
    write_report_csv(_report(*items), out)
    labels = [
        row[3]
        for row in csv.reader(io.StringIO(out.getvalue()))
        if row[1] == "material" and row[2].endswith(".label")
    ]
    assert sorted(neutralise(item) for item in items) == sorted(labels)


def test_the_report_workbook_uses_the_one_guard(tmp_path: Path) -> None:
    """Text cells of the workbook follow the same rule as the CSV."""
    items = FORMULAS[:5] + PLAIN[:3]
    path = tmp_path / "antwoord.xlsx"
    write_report_xlsx(_report(*items), path)
    sheet = openpyxl.load_workbook(path)["2b Materiaal"]
    written = [
        row[0] for row in sheet.iter_rows(min_row=6, max_row=5 + len(items), values_only=True)
    ]  # the items under the block heading "personen", in column A
    assert sorted(neutralise(item) for item in items) == sorted(written)


@pytest.fixture(scope="module")
def back_pay() -> list[Arrear]:
    dataset = load_dataset(ROOT / "examples" / "small")
    found = list(
        arrears_since(
            dataset.employees,
            Month("2023-01"),
            Month("2023-08"),
            known_on=date(2023, 10, 1),
            paid_as_known_on=date(2023, 9, 7),
        )
    )
    assert found
    return found


@pytest.mark.parametrize("source", ["-5+A1", "=cmd", "-20.00"])
def test_the_arrears_csv_uses_the_one_guard(back_pay: list[Arrear], source: str) -> None:
    """The source of a cause in the payroll CSV follows the same rule."""
    first = back_pay[0]
    version = first.cause.parameter
    assert version is not None
    citation = version.citation
    hostile = attrs.evolve(
        version,
        citation=attrs.evolve(citation, source=attrs.evolve(citation.source, id=source)),
    )
    arrear = attrs.evolve(first, cause=attrs.evolve(first.cause, parameter=hostile))
    out = io.StringIO()
    write_arrears_csv([arrear], out)
    row = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert neutralise(source) == row[-1]


# One text catalogue.


def test_definitions_come_from_the_catalogue_in_both_languages() -> None:
    """Every definition.* text is a definition of the report, in English then Dutch."""
    codes = [code for code in CATALOGUE if code.startswith("definition.")]
    assert [code.removeprefix("definition.") for code in codes] == list(DEFINITIONS)
    for code in codes:
        key = code.removeprefix("definition.")
        assert {"en": text(code, "en"), "nl": text(code, "nl")} == dict(DEFINITIONS[key])
        assert ["en", "nl"] == list(DEFINITIONS[key])


def test_the_json_report_carries_the_definitions() -> None:
    """The JSON keeps its "definitions" key: every definition, in English and Dutch."""
    data = report_to_dict(_report())
    assert {key: dict(texts) for key, texts in DEFINITIONS.items()} == data["definitions"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_arrears_table_and_workbook_have_one_title(
    back_pay: list[Arrear], lang: str, tmp_path: Path
) -> None:
    """The title is written once: the table's first line is the workbook's title."""
    start, end = Month("2023-01"), Month("2023-08")
    known_on, paid_as_known_on = date(2023, 10, 1), date(2023, 9, 7)
    title = arrears_title(
        start, end, known_on=known_on, paid_as_known_on=paid_as_known_on, lang=lang
    )
    table = arrears_table(
        back_pay, start, end, known_on=known_on, paid_as_known_on=paid_as_known_on, lang=lang
    )
    assert title == " ".join(table.split("\n\n")[0].splitlines())  # wrapped to the width
    path = tmp_path / "back.xlsx"
    write_arrears_xlsx(
        back_pay,
        path,
        start=start,
        end=end,
        known_on=known_on,
        paid_as_known_on=paid_as_known_on,
        lang=lang,
    )
    workbook = openpyxl.load_workbook(path)
    assert [title] * 4 == [sheet["A1"].value for sheet in workbook.worksheets]


def test_the_arrears_tables_use_the_one_allowance_label(back_pay: list[Arrear]) -> None:
    """Allowances are named by their one label per language, as in the report."""
    nl = arrears_table(
        back_pay,
        Month("2023-01"),
        Month("2023-08"),
        known_on=date(2023, 10, 1),
        paid_as_known_on=date(2023, 9, 7),
        lang="nl",
    )
    assert text("allowance.home_working", "nl") in nl
    assert "home_working " not in nl


def test_the_dutch_back_pay_workbook_names_the_cause_in_dutch(
    back_pay: list[Arrear], tmp_path: Path
) -> None:
    """The cause column shows the catalogue's text of the cause, not its code."""
    path = tmp_path / "achterstallen.xlsx"
    write_arrears_xlsx(
        back_pay,
        path,
        start=Month("2023-01"),
        end=Month("2023-08"),
        known_on=date(2023, 10, 1),
        paid_as_known_on=date(2023, 9, 7),
    )
    details = openpyxl.load_workbook(path).worksheets[2]
    assert "Oorzaak" == details["G4"].value
    causes = {row[6] for row in details.iter_rows(min_row=5, values_only=True)}
    assert {"Thuiswerkvergoeding per maand: pas gekend op 2023-09-08"} == causes
    assert CauseKind.RULE_CHANGED.value not in causes


# One atomic file writer.


def test_a_file_appears_only_when_complete(tmp_path: Path) -> None:
    """A failure inside the block leaves neither the file nor a temporary file."""
    target = tmp_path / "out.csv"

    def fail() -> None:
        with atomic_output(target) as out:
            out.write("half")
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        fail()
    assert [] == list(tmp_path.iterdir())
    with atomic_output(target) as out:
        out.write("whole\n")
    assert [target] == list(tmp_path.iterdir())
    assert "whole\n" == target.read_text(encoding="utf-8")


def test_a_failed_rewrite_keeps_the_previous_file(tmp_path: Path) -> None:
    """The previous file stays untouched until the new one is complete."""
    target = tmp_path / "out.bin"
    target.write_bytes(b"previous")

    def fail() -> None:
        with atomic_file(target) as temporary:
            temporary.write_bytes(b"new")
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        fail()
    assert [target] == list(tmp_path.iterdir())
    assert b"previous" == target.read_bytes()


# CSV for a Belgian Excel, the entitlements workbook and what --skip-invalid left out.


def _segments(start: str = "2023-01", end: str = "2023-03") -> list[Segment]:
    dataset = load_dataset(ROOT / "examples" / "small")
    evaluator = PopulationEvaluator(Month(start), Month(end), known_on=date(2023, 10, 1))
    return list(evaluator.run(dataset.employees))


def test_excel_csv_has_decimal_commas_and_guards_formulas() -> None:
    """Plain decimal numbers get a comma; every other field passes the one formula guard."""
    out = io.StringIO()
    rows = [["=HYPERLINK(1)", "2023-01", "-20.00", "12.5"], ["E1", "@x", "0.00", "1,5"]]
    assert 2 == write_excel_csv(["a", "b", "c", "d"], rows, out)
    assert (
        "\ufeffa;b;c;d\r\n'=HYPERLINK(1);2023-01;-20,00;12,5\r\nE1;'@x;0,00;1,5\r\n"
        == out.getvalue()
    )


def test_the_excel_csv_of_the_entitlements_has_the_contract_rows() -> None:
    """Same rows and columns as the contract CSV, only the separators differ."""
    segments = _segments()
    contract, people = io.StringIO(), io.StringIO()
    assert write_segments(segments, contract) == write_segments_excel_csv(segments, people)
    shown = people.getvalue().removeprefix("\ufeff").replace("\r\n", "\n")
    assert contract.getvalue() == shown.replace(",", ".").replace(";", ",")


def test_the_entitlements_workbook_refuses_more_rows_than_a_sheet_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past Excel's row limit: a clear error and no file, not a cut-off table."""
    segments = _segments()
    monkeypatch.setattr(entitlements_module, "_limit", lambda: 4)
    out = tmp_path / "owed.xlsx"
    with pytest.raises(TooManyRowsError, match="more than 3 entitlement rows"):
        write_segments_xlsx(segments, out)
    assert [] == list(tmp_path.iterdir())
    monkeypatch.setattr(entitlements_module, "_limit", lambda: EXCEL_ROWS)
    assert 1_048_576 == EXCEL_ROWS
    rows = write_segments_xlsx(segments, out, lang="en")
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert rows + 1 == sheet.max_row
    assert "Employee" == sheet["A1"].value


def test_a_report_without_skipped_rows_has_no_skipped_key_or_lines() -> None:
    """Valid datasets give the outputs they gave before; skipped ones say so."""
    dataset = load_dataset(ROOT / "examples" / "small")
    report = build_report(dataset, Month("2023-01"), Month("2023-02"), known_on=date(2023, 10, 1))
    assert not report.skipped
    assert "skipped" not in report_to_dict(report)
    assert [] == skipped_lines(report.skipped, "en")
    problem = Problem.of("staff", 4, "hire_date", "x", "date", example="2023-09-08")
    skipped = attrs.evolve(report, skipped=SkipSummary.of([problem, problem]))
    data = report_to_dict(skipped)["skipped"]
    assert isinstance(data, dict)
    assert {"rows": {"staff": 1}, "rows_total": 1, "staff": 1} == {
        key: data[key] for key in ("rows", "rows_total", "staff")
    }
    lines = skipped_lines(skipped.skipped, "en")
    assert "  1 row skipped: staff 1" == lines[1]
    assert lines[3].startswith("  2 problems (date), e.g. staff, row 4")


def test_the_json_summary_of_skipped_rows_says_what_a_measured_problem_found(
    tmp_path: Path,
) -> None:
    """A cell too long has no value read: the JSON says what was found, not ''."""
    from teleworkrules.inputs import Limits
    from teleworkrules.outputs.skipped import skipped_to_dict

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "staff.csv").write_text(
        f"employee_id,hire_date\nE1,2020-01-01\nE2,{'x' * 60}\n", encoding="utf-8"
    )
    data = load_dataset(folder, skip_invalid=True, limits=Limits(max_cell=50))
    reasons = skipped_to_dict(SkipSummary.of(data.skipped))["reasons"]
    assert isinstance(reasons, list)
    [reason] = reasons
    assert {
        "table": "staff",
        "row": 3,
        "column": "",
        "value": "a cell of more than 50 characters",
    } == (reason["first"])
