"""Workbooks that print well and speak Dutch; terminal tables that fit the terminal."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest

from teleworkrules import Month, load_dataset
from teleworkrules.engine.population import PopulationEvaluator
from teleworkrules.facts import Dataset
from teleworkrules.law.reforms import parse_change
from teleworkrules.outputs.arrears import arrears_table, write_arrears_xlsx
from teleworkrules.outputs.entitlements import write_segments_xlsx
from teleworkrules.outputs.simulation import simulation_table, write_simulation_xlsx
from teleworkrules.outputs.workbook import MONEY_FORMAT, Book
from teleworkrules.results.arrears import Arrear, arrears_from_payments, arrears_since
from teleworkrules.results.simulation import simulate

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "small"
BUNDLED = ROOT / "src" / "teleworkrules" / "data" / "examples" / "dwse"
START, END = Month("2023-01"), Month("2023-08")
KNOWN_ON, PAID_AS_KNOWN_ON = date(2023, 10, 1), date(2023, 9, 7)

# A code in a text: snake_case (rule_changed, home_working) or dotted (home_working.amount).
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z_]+(?:\.[a-z_]+)*\b")
# English words a Dutch back-pay or what-if workbook has no reason to hold.
ENGLISH = re.compile(
    r"\b(owed|paid|payments?|allowance|known|changed|reform|baseline|differs|recover)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(EXAMPLE)


@pytest.fixture(scope="module")
def back_pay(dataset: Dataset) -> list[Arrear]:
    found = arrears_since(
        dataset.employees, START, END, known_on=KNOWN_ON, paid_as_known_on=PAID_AS_KNOWN_ON
    )
    return list(found)


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory, back_pay: list[Arrear]) -> dict[str, Path]:
    """The back-pay (both comparisons), what-if and entitlements workbooks, in Dutch."""
    folder = tmp_path_factory.mktemp("print")
    paths = {name: folder / f"{name}.xlsx" for name in ("since", "payments", "sim", "owed")}
    write_arrears_xlsx(
        back_pay,
        paths["since"],
        start=START,
        end=END,
        known_on=KNOWN_ON,
        paid_as_known_on=PAID_AS_KNOWN_ON,
        lang="nl",
    )
    bundled = load_dataset(BUNDLED)
    recoveries = list(arrears_from_payments(bundled, START, END, known_on=KNOWN_ON))
    write_arrears_xlsx(
        recoveries,
        paths["payments"],
        start=START,
        end=END,
        known_on=KNOWN_ON,
        paid_as_known_on=None,
        lang="nl",
    )
    change = parse_change("internet.forfait.amount=25.00@2023-01")
    sim = simulate(bundled, "2022-01", "2023-08", [change], known_on=KNOWN_ON)
    write_simulation_xlsx(sim, paths["sim"], lang="nl")
    evaluator = PopulationEvaluator(START, Month("2023-02"), known_on=KNOWN_ON)
    segments = (s for e in bundled.employees for s in evaluator.segments(e))
    write_segments_xlsx(
        segments, paths["owed"], lang="nl", start=START, end=Month("2023-02"), known_on=KNOWN_ON
    )
    return paths


def _sheets(path: Path) -> list[Any]:
    return list(openpyxl.load_workbook(path).worksheets)


@pytest.mark.parametrize("name", ["since", "payments", "sim", "owed"])
def test_every_sheet_prints_one_page_wide_with_its_header_rows_on_every_page(
    workbooks: dict[str, Path], name: str
) -> None:
    """A4, one page wide and as long as needed, the header row repeated, panes frozen."""
    for sheet in _sheets(workbooks[name]):
        setup = sheet.page_setup
        assert (1, 0, "9") == (setup.fitToWidth, setup.fitToHeight, str(setup.paperSize))
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert setup.orientation in {"portrait", "landscape"}
        assert sheet.print_title_rows
        assert sheet.freeze_panes
        assert sheet.print_area or name == "owed"  # a streamed sheet prints what it holds


@pytest.mark.parametrize("name", ["since", "payments", "sim", "owed"])
def test_every_page_has_the_title_the_known_on_day_and_page_of_pages(
    workbooks: dict[str, Path], name: str
) -> None:
    """The page header is the title; the footer says "zoals gekend op" and "pagina 1 van 3"."""
    for sheet in _sheets(workbooks[name]):
        title = sheet.parent.properties.title
        assert title.replace("&", "&&")[:150] in sheet.oddHeader.center.text
        assert "zoals gekend op 2023-10-01" in sheet.oddFooter.left.text
        assert "pagina &P van &N" == sheet.oddFooter.right.text


def test_detail_sheets_have_filters_under_their_header(workbooks: dict[str, Path]) -> None:
    """The back pay per person and its detail, and the entitlements, can be filtered."""
    totals, persons, detail, _ = _sheets(workbooks["since"])
    assert persons.auto_filter.ref == f"A4:G{persons.max_row}"
    assert detail.auto_filter.ref == f"A4:G{detail.max_row}"
    assert "$4:$4" in str(detail.print_title_rows)
    assert not totals.auto_filter.ref
    (owed,) = _sheets(workbooks["owed"])
    assert owed.auto_filter.ref == f"A1:E{owed.max_row}"
    assert "$1:$1" in str(owed.print_title_rows)


def test_a_chart_is_inside_the_printed_area(tmp_path: Path) -> None:
    """Every workbook of Book prints its charts: the printed area reaches past the chart."""
    book = Book("T", known_on=date(2024, 1, 1), lang="en")
    sheet = book.sheet("S", "heading")
    sheet.header(4, ["year", 2023, 2024])
    sheet.line(5, "cost", [1, 2], MONEY_FORMAT)
    sheet.chart("chart", [5], 2, header_row=4, axes=("year", "EUR"))
    sheet.finish("B5")
    book.save(tmp_path / "t.xlsx")
    (written,) = _sheets(tmp_path / "t.xlsx")
    area = str(written.print_area)
    last = re.search(r"\$([A-Z]+)\$(\d+)$", area)
    assert last is not None
    assert openpyxl.utils.column_index_from_string(last[1]) >= 5 + 10  # E, then 18 cm
    assert int(last[2]) >= 4 + 15  # 9 cm of 15-point rows below row 4
    assert "page &P of &N" == written.oddFooter.right.text
    assert "$4:$4" in str(written.print_title_rows)


def test_the_back_pay_workbook_goes_from_totals_to_persons_to_detail(
    workbooks: dict[str, Path], back_pay: list[Arrear]
) -> None:
    """Totals, then one row per person with the total, then the detail, then the causes."""
    sheets = _sheets(workbooks["since"])
    assert ["Totalen", "Per persoon", "Detail", "Oorzaken"] == [s.title for s in sheets]
    persons = list(sheets[1].iter_rows(min_row=5, values_only=True))
    ids = [row[0] for row in persons]
    assert sorted(ids) == sorted({a.employee_id for a in back_pay})
    assert sum(a.difference for a in back_pay) == sum(row[6] for row in persons)
    assert len(back_pay) == sheets[2].max_row - 4


@pytest.mark.parametrize("name", ["since", "payments", "sim", "owed"])
def test_a_dutch_workbook_holds_no_code_and_no_english_word(
    workbooks: dict[str, Path], name: str
) -> None:
    """Allowances, causes, parameters and changes are in Dutch words, never codes."""
    for sheet in _sheets(workbooks[name]):
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not CODE.search(value), (sheet.title, value)
                    assert not ENGLISH.search(value), (sheet.title, value)
        for part in (sheet.oddHeader.center, sheet.oddFooter.left, sheet.oddFooter.right):
            assert not CODE.search(part.text or "")


def test_the_what_if_workbook_has_a_chart_of_cost_per_year(workbooks: dict[str, Path]) -> None:
    """One bar chart: the rules in force against the reform, inside the printed area."""
    (sheet,) = _sheets(workbooks["sim"])
    (chart,) = sheet._charts
    assert 2 == len(chart.series)
    anchor = chart.anchor._from
    area = re.search(r"\$([A-Z]+)\$(\d+)$", str(sheet.print_area))
    assert area is not None
    assert int(area[2]) > anchor.row + 1


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "teleworkrules", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "Let op: de wijziging van 'Forfaitaire"), ("en", "Warning: the change of 'Monthly")],
)
def test_simulate_warns_of_a_change_after_the_period(lang: str, expected: str) -> None:
    """A change from 2025-01 over 2023 changes nothing: said on stderr, in the language."""
    done = _run(
        "simulate",
        "--set",
        "internet.forfait.amount=25.00@2025-01",
        "--from",
        "2023-01",
        "--to",
        "2023-12",
        "--lang",
        lang,
    )
    assert 0 == done.returncode, done.stderr
    assert expected in done.stderr
    assert "2025-01" in done.stderr


def test_the_simulation_names_a_change_outside_the_period(dataset: Dataset) -> None:
    """Simulation.warnings: after the period, or replaced by a later change before it."""
    late = parse_change("internet.forfait.amount=25.00@2025-01")
    early = parse_change("home_working.amount=30.00@2021-01")
    later = parse_change("home_working.amount=35.00@2022-01")
    sim = simulate(dataset, "2023-01", "2023-12", [late, early, later], known_on=KNOWN_ON)
    assert [(late, True), (early, False)] == [(w.change, w.after) for w in sim.warnings]
    assert "pas in op 2025-01, na de periode 2023-01..2023-12" in sim.warnings[0].text("nl")
    inside = simulate(dataset, "2023-01", "2023-12", [later], known_on=KNOWN_ON)
    assert () == inside.warnings


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_terminal_tables_fit_the_width_and_keep_every_word(
    dataset: Dataset, back_pay: list[Arrear], lang: str
) -> None:
    """At 60 and 160 columns the back-pay and what-if tables hold the same words."""
    change = parse_change("internet.forfait.amount=25.00@2023-01")
    sim = simulate(dataset, "2022-01", "2023-08", [change], known_on=KNOWN_ON)
    tables: tuple[Callable[[int], str], ...] = (
        lambda width: arrears_table(
            back_pay,
            START,
            END,
            known_on=KNOWN_ON,
            paid_as_known_on=PAID_AS_KNOWN_ON,
            lang=lang,
            width=width,
        ),
        lambda width: simulation_table(sim, lang, width=width),
    )
    for table in tables:
        narrow, wide = table(60), table(160)
        assert Counter(narrow.split()) == Counter(wide.split())
        assert max(map(len, wide.splitlines())) <= 160
        assert max(map(len, narrow.splitlines())) < max(map(len, wide.splitlines()))


def test_a_dutch_terminal_table_writes_amounts_with_a_decimal_comma(
    back_pay: list[Arrear],
) -> None:
    """Back pay in Dutch: 160,00, never 160.00; the parameter by its label."""
    table = arrears_table(
        back_pay, START, END, known_on=KNOWN_ON, paid_as_known_on=PAID_AS_KNOWN_ON, lang="nl"
    )
    assert "160,00" in table
    assert "160.00" not in table
    assert "home_working" not in table
    assert "Thuiswerkvergoeding per maand geldt vanaf 2023-01" in " ".join(table.split())
