# ruff: noqa: DTZ001  # naive datetimes, at midnight or with a time, are what is tested
"""Notebook use: evaluation records and frames, result displays, the arguments' boundary."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

import teleworkrules as tr
from teleworkrules import Dataset, Employee, InternetRoute, Route, TeleworkArrangement
from teleworkrules.decisions import DECISION_COLUMNS
from teleworkrules.law.reforms import parse_change
from teleworkrules.results.arrears import arrears_from_payments, arrears_since
from teleworkrules.results.report import build_report
from teleworkrules.results.simulation import simulate


def _staff(employee_id: str = "E1") -> Employee:
    return Employee(
        employee_id,
        date(2020, 1, 1),
        internet=(InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),),
        telework=(TeleworkArrangement(date(2021, 1, 1), None, Decimal(2)),),
    )


def _evaluation() -> tr.Evaluation:
    return tr.evaluate(_staff(), tr.Month("2023-03"), known_on=date(2023, 10, 1))


def test_evaluation_records_one_row_per_decision_with_reason_and_citations() -> None:
    evaluation = _evaluation()
    records = evaluation.to_records()
    assert [tuple(r) for r in records] == [DECISION_COLUMNS] * len(evaluation.decisions)
    home = next(r for r in records if r["allowance"] == "home_working")
    decision = evaluation["home_working"]
    assert home["granted"] is True
    assert home["amount"] == Decimal("20.00") and isinstance(home["amount"], Decimal)
    assert home["reason"] == " / ".join(s.text("en") for s in decision.steps)
    assert decision.steps[0].citation is not None
    assert decision.steps[0].citation.short("en") in home["citations"]
    dutch = evaluation.to_records("nl")
    assert dutch[0]["reason"] == " / ".join(s.text("nl") for s in evaluation.decisions[0].steps)


def test_evaluation_frames_keep_money_exact() -> None:
    pd = pytest.importorskip("pandas")
    evaluation = _evaluation()
    frame = evaluation.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(DECISION_COLUMNS)
    total = frame["amount"].sum()
    assert isinstance(total, Decimal) and total == evaluation.amount
    pl = pytest.importorskip("polars")
    polars = evaluation.to_polars()
    assert polars.schema["amount"] == pl.Decimal(scale=2)
    assert polars.schema["granted"] == pl.Boolean
    assert polars["amount"].sum() == evaluation.amount


def test_reports_arrears_and_simulation_display_escaped_html_and_short_reprs() -> None:
    staff = Dataset((_staff("<b>E1</b>"), _staff("E2")))
    report = build_report(staff, "2023-01", "2023-12", known_on="2024-01-01")
    back = arrears_since(
        staff.employees, "2023-01", "2023-08", known_on="2023-10-01", paid_as_known_on="2023-09-07"
    )
    sim = simulate(
        staff,
        "2025-01",
        "2025-12",
        [parse_change("internet.forfait.amount=25@2025-01")],
        known_on="2026-01-01",
    )
    for result in (report, back, sim):
        html = result._repr_html_()
        assert html.startswith("<") and "<table>" in html
        assert "<b>" not in html
        assert len(repr(result)) < 200
        assert repr(result).startswith(type(result).__name__ + "(")
    assert "&lt;b&gt;E1&lt;/b&gt;" in back._repr_html_()
    assert "16 differences" in back._repr_html_()
    assert "16 verschillen" in back.to_html("nl")
    assert "The first 20 of" not in back._repr_html_()
    assert "2 of 2 persons better off" in sim._repr_html_()
    assert "2 van 2 personen beter af" in sim.to_html("nl")
    assert "2 / 24" in report._repr_html_()  # two persons, 24 person-months of forfait
    assert "persons / person-months" in report._repr_html_()
    assert "personen / persoonsmaanden" in report.to_html("nl")


def test_arrears_show_the_first_twenty_rows_and_how_many() -> None:
    staff = [_staff(f"E{n}") for n in range(3)]
    back = arrears_since(
        staff, "2023-01", "2023-08", known_on="2023-10-01", paid_as_known_on="2023-09-07"
    )
    html = back._repr_html_()
    assert len(back) == 24
    assert "The first 20 of 24 rows." in html
    assert "De eerste 20 van 24 rijen." in back.to_html("nl")
    assert html.count("<tr>") == 1 + 20


def test_results_take_text_months_and_days() -> None:
    staff = [_staff()]
    typed = arrears_since(
        staff,
        tr.Month("2023-01"),
        tr.Month("2023-08"),
        known_on=date(2023, 10, 1),
        paid_as_known_on=date(2023, 9, 7),
    )
    texts = arrears_since(
        staff,
        "2023-01",
        "2023-08",
        known_on="2023-10-01",
        paid_as_known_on=datetime(2023, 9, 7),
    )
    assert typed == texts
    dataset = Dataset(tuple(staff))
    assert arrears_from_payments(dataset, "2023-01", "2023-08", known_on="2023-10-01") == (
        arrears_from_payments(
            dataset, tr.Month("2023-01"), tr.Month("2023-08"), known_on=date(2023, 10, 1)
        )
    )
    assert build_report(dataset, "2023-01", "2023-12", known_on="2024-01-01") == build_report(
        dataset, tr.Month("2023-01"), tr.Month("2023-12"), known_on=date(2024, 1, 1)
    )
    change = [parse_change("internet.forfait.amount=25@2025-01")]
    assert simulate(dataset, "2025-01", "2025-12", change, known_on="2026-01-01") == simulate(
        dataset, tr.Month("2025-01"), tr.Month("2025-12"), change, known_on=date(2026, 1, 1)
    )


@pytest.mark.parametrize("field", ["known_on", "paid_as_known_on"])
def test_arrears_since_refuses_a_time_of_day_naming_the_argument(field: str) -> None:
    days: dict[str, object] = {"known_on": date(2023, 10, 1), "paid_as_known_on": date(2023, 9, 7)}
    days[field] = datetime(2023, 9, 7, 14, 5)
    with pytest.raises(tr.InvalidFactError) as info:
        arrears_since([_staff()], "2023-01", "2023-08", **days)  # type: ignore[arg-type]
    assert info.value.field == field


def test_other_results_refuse_a_time_of_day_and_a_wrong_month() -> None:
    dataset = Dataset((_staff(),))
    now = datetime(2024, 1, 1, 9, 30)
    with pytest.raises(tr.InvalidFactError) as info:
        build_report(dataset, "2023-01", "2023-12", known_on=now)
    assert info.value.field == "known_on"
    with pytest.raises(tr.InvalidFactError) as info:
        simulate(dataset, "2025-01", "2025-12", [], known_on=now)
    assert info.value.field == "known_on"
    with pytest.raises(tr.InvalidFactError) as info:
        arrears_from_payments(dataset, "2023-01", "March", known_on="2024-01-01")
    assert info.value.field == "to"


def test_evaluation_records_and_display_of_a_markup_id() -> None:
    evaluation = tr.evaluate(_staff("<b>E1</b>"), "2023-03", known_on="2023-10-01")
    assert "<b>" not in evaluation._repr_html_()
    assert evaluation.to_records()[0]["employee_id"] == "<b>E1</b>"
