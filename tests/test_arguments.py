# ruff: noqa: DTZ001, DTZ005  # naive datetimes (datetime.now()) are what is tested
"""The one boundary for arguments, facts that convert at construction, short reprs.

Each sharp edge of issue 10 (scope items 4-6) has a test here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

import teleworkrules as tr
from teleworkrules.arguments import day_argument, month_argument

HIRE = date(2020, 5, 1)
KNOWN = date(2023, 10, 1)


def _anna(employee_id: str = "E1") -> tr.Employee:
    return tr.Employee(
        employee_id,
        HIRE,
        internet=(tr.InternetRoute(date(2021, 1, 1), None, tr.Route.FORFAIT),),
        telework_days=(tr.TeleworkDays(tr.Month("2023-03"), Decimal(10)),),
    )


class _Stamp:
    """Quacks like a pandas ``Timestamp`` that is not a datetime subclass."""

    def __init__(self, value: datetime) -> None:
        self.value = value

    def to_pydatetime(self) -> datetime:
        return self.value


@pytest.mark.parametrize(
    "value",
    [KNOWN, "2023-10-01", datetime(2023, 10, 1), _Stamp(datetime(2023, 10, 1))],
)
def test_a_day_argument_accepts_a_date_text_or_midnight(value: object) -> None:
    """A date, an ISO text, a datetime at midnight (naive) are all the same plain day."""
    day = day_argument("known_on", value)
    assert day == KNOWN
    assert type(day) is date


@pytest.mark.parametrize(
    "value",
    [
        datetime(2023, 10, 1, 14, 5),
        datetime(2023, 10, 1, tzinfo=UTC),
        _Stamp(datetime(2023, 10, 1, 0, 0, 1)),
        "2023-10-01T00:00",
        "1 October 2023",
        "2023-02-30",
        20231001,
        None,
    ],
)
def test_a_day_argument_refuses_anything_else_naming_the_argument(value: object) -> None:
    """A time of day, a time zone, a wrong text or another type: InvalidFactError."""
    with pytest.raises(tr.InvalidFactError, match="known_on") as info:
        day_argument("known_on", value)
    assert info.value.field == "known_on"


def test_a_month_argument_accepts_a_month_or_its_text() -> None:
    """``Month`` or ``YYYY-MM``; anything else names the argument."""
    assert month_argument("start", "2023-03") == tr.Month("2023-03")
    for wrong in ("2023-3", "2023-13", date(2023, 3, 1), 202303):
        with pytest.raises(tr.InvalidFactError) as info:
            month_argument("start", wrong)
        assert info.value.field == "start"


def test_known_on_now_is_refused_not_crashing_later() -> None:
    """``known_on=datetime.now()`` (a time of day) is the library's error, naming it."""
    with pytest.raises(tr.InvalidFactError) as info:
        tr.evaluate(_anna(), tr.Month("2023-03"), known_on=datetime.now())
    assert info.value.field == "known_on"


def test_texts_and_midnight_datetimes_work_in_evaluate_and_evaluate_months() -> None:
    """A text month and day, or a midnight datetime, give the same result as the types."""
    expected = tr.evaluate(_anna(), tr.Month("2023-03"), known_on=KNOWN)
    assert tr.evaluate(_anna(), "2023-03", known_on="2023-10-01") == expected
    assert tr.evaluate(_anna(), "2023-03", known_on=datetime(2023, 10, 1)) == expected
    months = list(tr.evaluate_months(_anna(), "2023-02", "2023-03", known_on="2023-10-01"))
    assert months[-1] == expected
    assert [e.month for e in months] == [tr.Month("2023-02"), tr.Month("2023-03")]


def test_evaluate_months_checks_its_arguments_when_called() -> None:
    """A bad argument is an error at the call, not when the first month is asked for."""
    with pytest.raises(tr.InvalidFactError) as info:
        tr.evaluate_months(_anna(), "2023-02", "2023-03", known_on="01/10/2023")
    assert info.value.field == "known_on"
    with pytest.raises(tr.InvalidFactError) as info:
        tr.evaluate_months(_anna(), "2023-02", "March", known_on=KNOWN)
    assert info.value.field == "to"


def test_evaluate_material_takes_a_text_day_and_refuses_a_time() -> None:
    """``on`` goes through the same boundary."""
    bob = tr.Employee("E2", date(2023, 1, 16))
    assert tr.evaluate_material(bob, "chair", "2023-07-16").eligible
    with pytest.raises(tr.InvalidFactError) as info:
        tr.evaluate_material(bob, "chair", datetime(2023, 7, 16, 9))
    assert info.value.field == "on"


def test_pandas_timestamps_at_midnight_are_days_and_with_a_time_refused() -> None:
    """A pandas Timestamp at midnight is a day; with a time or a zone it is refused."""
    pd = pytest.importorskip("pandas")
    expected = tr.evaluate(_anna(), tr.Month("2023-03"), known_on=KNOWN)
    assert tr.evaluate(_anna(), "2023-03", known_on=pd.Timestamp("2023-10-01")) == expected
    for wrong in (
        pd.Timestamp("2023-10-01 09:30"),
        pd.Timestamp("2023-10-01", tz="Europe/Brussels"),
        pd.NaT,
    ):
        with pytest.raises(tr.InvalidFactError):
            tr.evaluate(_anna(), "2023-03", known_on=wrong)
    employee = tr.Employee("E1", hire_date=pd.Timestamp("2023-03-15"))
    assert type(employee.hire_date) is date
    with pytest.raises(tr.InvalidFactError) as info:
        tr.Employee("E1", hire_date=pd.Timestamp("2023-03-15 08:00"))
    assert info.value.field == "hire_date"


def test_month_ordering_with_a_non_month_is_a_type_error() -> None:
    """``Month("2023-03") < "2023-04"`` is a TypeError, not an AttributeError."""
    compares: list[Callable[[], object]] = [
        lambda: tr.Month("2023-03") < "2023-04",
        lambda: tr.Month("2023-03") <= "2023-04",
        lambda: tr.Month("2023-03") > 3,
        lambda: "2023-04" >= tr.Month("2023-03"),
    ]
    for compare in compares:
        with pytest.raises(TypeError):
            compare()
    assert tr.Month("2023-03") != "2023-03"


def test_facts_convert_midnight_datetimes_and_refuse_a_time_of_day() -> None:
    """A datetime at midnight for a date field becomes a date; with a time it is refused."""
    employee = tr.Employee("E1", hire_date=datetime(2023, 3, 15), exit_date=datetime(2024, 1, 1))
    assert (type(employee.hire_date), type(employee.exit_date)) == (date, date)
    assert employee == tr.Employee("E1", date(2023, 3, 15), date(2024, 1, 1))
    spell = tr.Absence(_Stamp(datetime(2023, 3, 1)), datetime(2023, 3, 3))  # type: ignore[arg-type]
    assert spell.period == tr.DateRange(date(2023, 3, 1), date(2023, 3, 3))
    for make, field in (
        (lambda: tr.Employee("E1", datetime(2023, 3, 15, 8)), "hire_date"),
        (lambda: tr.Employee("E1", HIRE, datetime(2024, 1, 1, 17)), "exit_date"),
        (
            lambda: tr.InternetRoute(datetime(2023, 1, 1, tzinfo=UTC), None, tr.Route.FORFAIT),
            "start",
        ),
        (lambda: tr.TeleworkArrangement(HIRE, datetime(2023, 1, 1, 1), Decimal(2)), "end"),
    ):
        with pytest.raises(tr.InvalidFactError) as info:
            make()
        assert info.value.field == field


def test_int_numbers_are_exact_decimals_and_floats_and_bools_refused() -> None:
    """``days_per_week=2`` is ``Decimal(2)``; a float or a bool is still refused."""
    arrangement = tr.TeleworkArrangement(HIRE, None, 2)
    assert arrangement.days_per_week == Decimal(2)
    assert isinstance(arrangement.days_per_week, Decimal)
    employee = tr.Employee("E1", HIRE, work_fraction=1)
    assert isinstance(employee.work_fraction, Decimal)
    days = tr.TeleworkDays(tr.Month("2023-03"), 10)
    assert isinstance(days.days, Decimal)
    for make, field in (
        (lambda: tr.TeleworkArrangement(HIRE, None, 2.0), "days_per_week"),  # type: ignore[arg-type]
        (lambda: tr.TeleworkArrangement(HIRE, None, True), "days_per_week"),
        (lambda: tr.TeleworkArrangement(HIRE, None, 6), "days_per_week"),
        (lambda: tr.Employee("E1", HIRE, work_fraction=0.5), "work_fraction"),  # type: ignore[arg-type]
        (lambda: tr.TeleworkDays(tr.Month("2023-03"), 1.5), "days"),  # type: ignore[arg-type]
    ):
        with pytest.raises(tr.InvalidFactError) as info:
            make()
        assert info.value.field == field


def test_reprs_are_short_and_constructor_like() -> None:
    """Every repr of a decision, evaluation, material decision and step is under 200."""
    evaluation = tr.evaluate(_anna("E" * 64), "2023-03", known_on=KNOWN)
    material = tr.evaluate_material(_anna("M" * 64), "chair", KNOWN)
    shown = [evaluation, *evaluation, material, *material.steps]
    shown += [step for decision in evaluation for step in decision.steps]
    for value in shown:
        assert len(repr(value)) < 200, repr(value)
        assert repr(value).startswith(type(value).__name__ + "(")
    assert repr(tr.evaluate(_anna(), "2023-03", known_on=KNOWN)) == (
        "Evaluation(employee_id='E1', month=Month(\"2023-03\"), known_on=date(2023, 10, 1), "
        "granted=[internet_forfait 20.00, home_working 20.00])"
    )


def test_html_display_escapes_every_text_and_links_citations() -> None:
    """``_repr_html_`` escapes an id such as ``<script>`` and links cited sources."""
    evaluation = tr.evaluate(_anna("<script>x"), "2023-03", known_on=KNOWN)
    for html in (evaluation._repr_html_(), evaluation.decisions[0]._repr_html_()):
        assert "<script>" not in html
        assert "&lt;script&gt;x" in html
        assert '<a href="https://' in html
        assert "<table>" in html
    assert "EUR 20.00" in evaluation.to_html("en")


def test_the_display_follows_the_default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notebook tables: ``TELEWORKRULES_LANG``, else a Dutch locale, else English; or ``lang``."""
    evaluation = tr.evaluate(_anna(), "2023-03", known_on=KNOWN)
    english = evaluation.to_html("en")
    assert "Paid for the month: EUR 40.00" in english and "<th>Why</th>" in english
    assert evaluation._repr_html_() == english  # the C locale of the tests
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    dutch = evaluation._repr_html_()
    assert "Uitbetaald voor de maand: EUR 40,00" in dutch
    assert "thuiswerkvergoeding" in dutch and "<th>Waarom</th>" in dutch
    assert "zoals gekend op 2023-10-01" in evaluation.decisions[0]._repr_html_()
    assert dutch == evaluation.to_html("nl")
    monkeypatch.setenv("TELEWORKRULES_LANG", "en")
    assert evaluation._repr_html_() == english
    monkeypatch.setenv("TELEWORKRULES_LANG", "fr")
    with pytest.raises(tr.InvalidFactError, match="TELEWORKRULES_LANG"):
        evaluation._repr_html_()
    with pytest.raises(tr.InvalidFactError, match="nl or en"):
        evaluation.to_html("de")


def test_the_version_is_a_string() -> None:
    """``tr.__version__`` names the installed version."""
    assert isinstance(tr.__version__, str)
    assert tr.__version__
