"""The law data states the day it was checked; months after it say their values are assumed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import teleworkrules as tr
from teleworkrules.cli import main
from teleworkrules.law.sources import beyond_review, reviewed_on
from teleworkrules.outputs.report_data import report_to_dict
from teleworkrules.outputs.report_table import render_table
from teleworkrules.results.report import build_report

REVIEWED = reviewed_on()
LAST_CHECKED = tr.Month.from_date(REVIEWED)
AFTER = LAST_CHECKED + 1


def _anna() -> tr.Employee:
    route = tr.InternetRoute(date(2021, 1, 1), None, tr.Route.FORFAIT)
    return tr.Employee("E1", date(2020, 1, 1), internet=(route,))


def test_the_law_data_states_its_review_day() -> None:
    """``reviewed_on`` is a day of the shipped data; the month holding it is not beyond it."""
    assert REVIEWED == date(2026, 11, 30)
    assert not beyond_review(LAST_CHECKED)
    assert beyond_review(AFTER)


def test_an_explanation_after_the_review_day_says_so_and_before_does_not() -> None:
    """The note is in every decision of a later month, in both languages, never earlier."""
    later = tr.evaluate(_anna(), AFTER, known_on=AFTER.last_day)
    for decision in later.decisions:
        assert "note.beyond_review" in [s.code for s in decision.steps]
    assert f"getoetst aan hun bronnen op {REVIEWED.isoformat()}" in later.explain("nl")
    assert f"checked against its sources on {REVIEWED.isoformat()}" in later.explain("en")
    earlier = tr.evaluate(_anna(), LAST_CHECKED, known_on=AFTER.last_day)
    assert "checked against its sources" not in earlier.explain("en")
    assert [d.amount for d in later] == [d.amount for d in earlier]


@pytest.mark.parametrize(("end", "noted"), [(LAST_CHECKED, False), (AFTER, True)])
def test_a_report_past_the_review_day_carries_the_note(end: tr.Month, noted: bool) -> None:
    """JSON ``reviewed_on`` always; the note in JSON and table only for a later period."""
    report = build_report([_anna()], "2026-01", end, known_on=date(2027, 6, 1))
    data = report_to_dict(report)
    assert REVIEWED.isoformat() == data["reviewed_on"]
    assert noted == ("review_note" in data)
    assert noted == ("getoetst aan hun bronnen" in render_table(report, "nl", width=100))


def test_the_answer_workbook_states_the_review_on_its_definitions(tmp_path: Path) -> None:
    """The definitions sheet of a Dutch answer for a later period names the review day."""
    openpyxl = pytest.importorskip("openpyxl")
    from teleworkrules.outputs.report_xlsx import write_report_xlsx

    report = build_report([_anna()], "2026-01", AFTER, known_on=date(2027, 6, 1))
    path = tmp_path / "antwoord.xlsx"
    write_report_xlsx(report, path, lang="nl")
    cells = [
        str(c)
        for ws in openpyxl.load_workbook(path).worksheets
        for row in ws.iter_rows(values_only=True)
        for c in row
        if c is not None
    ]
    assert "Regelgeving nagekeken op" in cells
    assert any(REVIEWED.isoformat() in c and "getoetst" in c for c in cells)


def test_rules_shows_the_review_day(capsys: pytest.CaptureFixture[str]) -> None:
    """``rules`` opens with the review day; its JSON has a top-level ``reviewed_on``."""
    assert 0 == main(["rules", "--lang", "nl"])
    assert REVIEWED.isoformat() in capsys.readouterr().out.splitlines()[0]
    assert 0 == main(["rules", "--json"])
    assert REVIEWED.isoformat() == json.loads(capsys.readouterr().out)["reviewed_on"]
