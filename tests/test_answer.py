"""The answer to Parliament: the opening sheet in sentences, charts, totals, marks, words."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import Dataset, Month, load_dataset
from teleworkrules.outputs.report_data import (
    report_to_dict,
    write_report_csv,
    write_report_excel_csv,
)
from teleworkrules.outputs.report_table import render_table
from teleworkrules.results.report import Report, build_report
from teleworkrules.strategies import employees

pytest.importorskip("openpyxl")

from teleworkrules.outputs.report_xlsx import write_report_xlsx

KNOWN = date(2023, 11, 8)
CODE = re.compile(r"[a-z]+_[a-z_]+|[a-z]+\.[a-z_.]+")
"""What a code looks like: ``usb_hub``, ``staff.persons``, ``entity.budget.chairs``."""


@pytest.fixture(scope="module")
def report() -> Report:
    with as_file(files("teleworkrules").joinpath("data/examples/dwse")) as folder:
        dataset = load_dataset(folder)
    return build_report(dataset, Month("2021-01"), Month("2023-10"), known_on=KNOWN)


def _book(report: Report, tmp_path: Path, lang: str) -> Any:  # openpyxl
    import openpyxl  # type: ignore[import-untyped]

    path = tmp_path / f"answer.{lang}.xlsx"
    write_report_xlsx(report, path, lang=lang)
    return openpyxl.load_workbook(path)


def _texts(sheet: Any) -> list[str]:  # openpyxl
    return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize(
    ("lang", "sheet", "expected"),
    [
        (
            "nl",
            "Antwoord",
            [
                "Voor 2021: 354 personeelsleden ontvingen een internetvergoeding (69,1% van de "
                "512 personeelsleden in dienst): 23 het forfaitaire bedrag (4,5%) en 334 het "
                "derdebetalerssysteem (65,2%).",
                "3 van hen wisselden",
                "Voor 2023 (01/01/2023 tem 31/10/2023)",
                "467 personeelsleden ontvingen de thuiswerkvergoeding (84,6%)",
                "in totaal EUR 158.104,04",
                "EUR 5.680,00 forfaitaire internetvergoeding",
                "in totaal EUR 199.000,00",
                "101 personeelsleden dienden 113 aanvragen voor materiaal in",
            ],
        ),
        (
            "en",
            "Answer",
            [
                "In 2021: 354 staff members received an internet allowance (69.1% of the 512 "
                "staff members in service): 23 the forfait (4.5%) and 334 the "
                "third-party-payer scheme (65.2%).",
                "467 staff members received the home-working allowance (84.6%)",
                "EUR 158,104.04 in all",
                "101 staff members made 113 requests for material",
            ],
        ),
    ],
)
def test_the_answer_opens_with_sentences_carrying_the_figures(
    report: Report, tmp_path: Path, lang: str, sheet: str, expected: list[str]
) -> None:
    """The first sheet answers 1a-2b in sentences with the report's figures."""
    book = _book(report, tmp_path, lang)
    assert sheet == book.sheetnames[0]
    whole = "\n".join(_texts(book[sheet]))
    assert [] == [part for part in expected if part not in whole]


@given(st.lists(employees(), min_size=1, max_size=6, unique_by=lambda e: e.employee_id))
def test_internet_any_counts_a_switcher_once(staff: list[Any]) -> None:
    """Persons with either internet route lie between each route's count and their sum."""
    report = build_report(Dataset(tuple(staff)), "2021-01", "2024-12", known_on=KNOWN)
    for y in report.years:
        forfait, third = y["internet_forfait"], y["internet_third_party"]
        assert max(forfait.persons, third.persons) <= y.internet_any.persons
        assert y.internet_any.persons == forfait.persons + third.persons - y.switched
        assert y.internet_any.person_months == forfait.person_months + third.person_months


def test_internet_any_is_in_the_json_as_the_contract_says(report: Report) -> None:
    """The JSON has ``internet_any`` with persons and person-months (contract v1.1)."""
    figures = report_to_dict(report)["years"]
    assert isinstance(figures, dict)
    assert {"persons": 354, "person_months": 4048} == {
        key: figures["2021"]["internet_any"][key] for key in ("persons", "person_months")
    }


def test_the_totals_of_1b_are_the_sums_of_their_rows(report: Report, tmp_path: Path) -> None:
    """Each block of the cost sheet ends in a total equal to the sum of its rows."""
    sheet = _book(report, tmp_path, "nl")["1b Kosten"]
    totals = 0
    block: list[list[Any]] = []
    for row in sheet.iter_rows(min_row=6, values_only=True):
        label, *values = row[:4]
        if isinstance(label, str) and label.startswith("totale kost"):
            assert [sum(column) for column in zip(*block, strict=True)] == values
            totals += 1
            block = []
        elif values[0] is not None and label is not None:
            block.append(values)
        else:
            block = []
    assert 2 == totals


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_question_sheet_has_a_chart_inside_the_printed_area(
    report: Report, tmp_path: Path, lang: str
) -> None:
    """1a, 1b, 2a and 2b each have a chart, anchored in column A under the table."""
    book = _book(report, tmp_path, lang)
    questions = [name for name in book.sheetnames if name[:2] in {"1a", "1b", "2a", "2b"}]
    charted = [name for name in questions if book[name]._charts]
    assert ["1a", "1b", "2a", "2b"] == [name[:2] for name in charted]
    for name in charted:
        anchor = book[name]._charts[0].anchor._from
        assert 0 == anchor.col
        assert anchor.row + 1 > book[name].max_row - 1


def test_figures_on_a_default_reading_are_marked_and_explained(
    report: Report, tmp_path: Path
) -> None:
    """The chairs budget and the third-party cost carry a mark, explained in the definitions."""
    assert ["entity.third_party.monthly_cost", "entity.budget.chairs"] == [
        r.parameter for r in report.readings
    ]
    book = _book(report, tmp_path, "nl")
    budgets = _texts(book["2a Budgetten"])
    assert any(t.startswith("Bureaustoelen") and t.endswith(" (2)") for t in budgets)
    assert "internet derdebetaler, werkgeverskost (1)" in _texts(book["1b Kosten"])
    definitions = _texts(book["Definities"])
    assert {"(1)", "(2)"} <= set(definitions)
    assert any("het jaar wordt niet vermeld" in t for t in definitions)
    answer = "\n".join(_texts(book["Antwoord"]))
    assert "(2)" in answer and "derdebetalerssysteem (1)" in answer


def test_no_cell_of_the_dutch_answer_holds_a_code(report: Report, tmp_path: Path) -> None:
    """No text cell of the Dutch workbook looks like a code (web addresses aside)."""
    book = _book(report, tmp_path, "nl")
    found = [
        (sheet.title, cell)
        for sheet in book.worksheets
        for cell in _texts(sheet)
        for line in cell.splitlines()
        if not line.startswith(("https://", "http://")) and CODE.search(line)
    ]
    assert [] == found


@pytest.mark.parametrize("width", [60, 160])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_table_keeps_every_word(report: Report, width: int, lang: str) -> None:
    """At any width, every label's words are in the table, and none is cut with '...'."""
    table = render_table(report, lang, width=width)
    assert "…" not in table and "..." not in table.split("\n", 1)[1]
    words = set(table.split())
    for label in ("Bureaustoelen via het raamcontract van de Vlaamse overheid (eenmalig)",):
        if lang == "nl":
            assert set(label.split()) <= words
    assert "(wisselaar" in words or "once)" in words
    assert max(len(line) for line in table.splitlines()) <= max(width, 78)


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("nl", ["jaar", "onderdeel", "maatstaf", "waarde"]),
        ("en", ["year", "section", "measure", "value"]),
    ],
)
def test_the_csv_header_follows_the_language(report: Report, lang: str, header: list[str]) -> None:
    """The CSV's header is in the language asked; both CSV kinds."""
    out = io.StringIO()
    write_report_csv(report, out, lang=lang)
    assert header == next(csv.reader(io.StringIO(out.getvalue())))
    excel = io.StringIO()
    write_report_excel_csv(report, excel, lang=lang)
    assert header == excel.getvalue().lstrip("\ufeff").splitlines()[0].split(";")
