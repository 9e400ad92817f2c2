"""Golden files of the report on the bundled DWSE example, reviewed as diffs.

Regenerate them after an intended change with::

    UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

and review ``git diff tests/golden``.
"""

from __future__ import annotations

import json
import os
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path

import pytest

from teleworkrules import Month, load_dataset
from teleworkrules.outputs.report_data import report_to_dict
from teleworkrules.outputs.report_table import render_table
from teleworkrules.results.report import Report, build_report

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def report() -> Report:
    with as_file(files("teleworkrules").joinpath("data/examples/dwse")) as folder:
        dataset = load_dataset(folder)
    return build_report(dataset, Month("2021-01"), Month("2023-10"), known_on=date(2023, 11, 8))


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{name} changed; see the module docstring"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_table_matches_its_golden_file(report: Report, lang: str) -> None:
    """The terminal table of the DWSE example is unchanged."""
    check(f"dwse-report.{lang}.txt", render_table(report, lang))


def test_the_json_matches_its_golden_file(report: Report) -> None:
    """The JSON report of the DWSE example is unchanged."""
    check(
        "dwse-report.json", json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"
    )


def test_the_xlsx_matches_its_golden_dump(report: Report, tmp_path: Path) -> None:
    """The Excel answer of the DWSE example, dumped as text, is unchanged."""
    from teleworkrules.outputs.report_xlsx import write_report_xlsx

    from .xlsx_dump import dump_xlsx

    path = tmp_path / "antwoord.xlsx"
    write_report_xlsx(report, path, lang="nl")
    check("dwse-report.xlsx.txt", dump_xlsx(path))


def test_the_published_dwse_figures_are_reproduced(report: Report) -> None:
    """Persons per route and the forfait cash cost equal DWSE's published answer."""
    published = {
        2021: (23, 334, "5680.00"),
        2022: (37, 332, "5640.00"),
        2023: (83, 332, "10340.00"),
    }
    for year, (forfait, third, paid) in published.items():
        y = report.year(year)
        assert (forfait, third, paid) == (
            y["internet_forfait"].persons,
            y["internet_third_party"].persons,
            f"{y['internet_forfait'].paid:.2f}",
        )
    monthly = report.year(2023)["internet_third_party"].employer_cost / 10
    assert 13_000 < monthly < 13_800  # "about EUR 13,400 a month"
