"""The plain-language explanation: summary first, settings and confidence in words, wrapped."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import teleworkrules as tr
from teleworkrules import Month
from teleworkrules.decisions import Evaluation

EXAMPLE = Path(__file__).parent.parent / "examples" / "small"
NOVEMBER = date(2023, 11, 8)
CODE = re.compile(r"\b[a-z_]+\.[a-z_]+(\.[a-z_]+)*\s*=|\[[a-z ]+\]")
"""A parameter code shown as ``name = value``, or a confidence tag in brackets."""


def evaluation(employee: str, month: str, known_on: date = NOVEMBER) -> Evaluation:
    dataset = tr.load_dataset(EXAMPLE)
    return tr.evaluate(dataset.employee(employee), Month(month), known_on=known_on)


def test_the_summary_names_the_amount_and_back_pay_in_dutch() -> None:
    """The home-working allowance of March 2023, decided on 2023-09-08, is achterstal."""
    explained = evaluation("E001", "2023-03").explain("nl")
    summary = explained.split("\n\n")[0]
    assert summary.startswith("Samenvatting voor E001, maart 2023")
    assert "Thuiswerkvergoeding: EUR 20,00 verschuldigd voor maart 2023" in summary
    assert "Dit is achterstal" in summary
    assert "8 september 2023" in summary
    assert "Totaal uitbetaald aan de persoon voor maart 2023: EUR 40,00." in summary


def test_the_summary_names_back_pay_in_english() -> None:
    """The English summary calls it back pay; the internet forfait is not back pay."""
    decision = evaluation("E001", "2023-03")["home_working"]
    assert "This is back pay" in decision.explain("en").split("\n\n")[0]
    forfait = evaluation("E001", "2023-03")["internet_forfait"]
    assert "back pay" not in forfait.explain("en")


def test_a_grant_known_before_the_month_is_not_back_pay() -> None:
    """The home-working allowance of October 2023 was known before October: no back pay."""
    assert "achterstal" not in evaluation("E001", "2023-10").explain("nl")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_parameter_code_or_tag_in_the_explanation(lang: str) -> None:
    """Settings are named by their label, values and confidence in words."""
    for employee in ("E001", "E002", "E004", "E005"):
        explained = evaluation(employee, "2023-03").explain(lang)
        assert CODE.search(explained) is None, CODE.search(explained)
        assert "any_day" not in explained and "first_service_day" not in explained


def test_one_day_is_singular_and_numbers_have_a_decimal_comma_in_dutch() -> None:
    """'1 dag per week', '4,6 dagen' in Dutch; '1 day', '4.6 days' in English."""
    explained = evaluation("E001", "2023-03").explain("nl")
    assert "1 dag per week" in explained and "1 dagen" not in explained
    registered = tr.Employee(
        "X1",
        date(2020, 1, 1),
        telework_days=(tr.TeleworkDays(Month("2023-03"), Decimal(5)),),
    )
    march = tr.evaluate(registered, Month("2023-03"), known_on=NOVEMBER)
    assert "minstens 4,6 dagen" in march.explain("nl")
    assert "at least 4.6 days" in march.explain("en")


def test_an_absence_is_mentioned_with_the_setting_that_would_change_it() -> None:
    """Unpaid leave changes nothing by default, and the explanation says so and why."""
    explained = evaluation("E004", "2023-03").explain("nl")
    assert "onbetaald verlof, zonder loon" in explained
    assert "Uitbetaling schorsen tijdens een lange afwezigheid" in explained
    english = evaluation("E004", "2023-03").explain("en")
    assert "unpaid leave, without salary" in english
    assert "Suspend payment during a long absence" in english


def test_part_time_work_is_mentioned_with_its_setting() -> None:
    """A part-time person granted an amount hears that it is not prorated by default."""
    explained = evaluation("E005", "2023-03").explain("en")
    assert "Works part-time (50%)" in explained
    assert "Prorate the amount by the work fraction" in explained


def test_amounts_and_grants_are_unchanged_by_the_notes() -> None:
    """The notes only mention facts: E004 on unpaid leave is still granted the allowances."""
    march = evaluation("E004", "2023-03")
    assert [("internet_forfait", "20.00"), ("home_working", "20.00")] == [
        (d.allowance.value, str(d.amount)) for d in march.granted
    ]


def test_explain_is_unwrapped_by_default() -> None:
    """Without width, each step and setting stays on one line, as before."""
    explained = evaluation("E001", "2023-03").explain("en")
    assert max(len(line) for line in explained.splitlines()) > 150


@settings(max_examples=30, deadline=None)
@given(width=st.integers(min_value=40, max_value=200), lang=st.sampled_from(["nl", "en"]))
def test_wrapped_lines_fit_the_width(width: int, lang: str) -> None:
    """Every line of a wrapped explanation fits the width asked."""
    explained = evaluation("E004", "2023-03").explain(lang, width=width)
    assert all(len(line) <= width for line in explained.splitlines())


def test_wrapping_keeps_every_word() -> None:
    """Wrapping changes only where lines break, not the words."""
    march = evaluation("E001", "2023-03")
    assert march.explain("nl").split() == march.explain("nl", width=60).split()


def test_a_width_must_be_a_number() -> None:
    """A width that is not an int is refused."""
    with pytest.raises(TypeError, match="width"):
        evaluation("E001", "2023-03").explain("nl", width="80")  # type: ignore[arg-type]


def run(*args: str, columns: int = 100) -> subprocess.CompletedProcess[str]:
    env = {"COLUMNS": str(columns), "PATH": ""}
    return subprocess.run(
        [sys.executable, "-m", "teleworkrules", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_explain_without_a_dataset_uses_the_bundled_example() -> None:
    """`explain EMPLOYEE_ID MONTH` explains a person of the bundled DWSE example."""
    done = run("explain", "D0109", "2023-03", "--as-known-on", "2023-11-08", "--lang", "nl")
    assert 0 == done.returncode, done.stderr
    assert done.stdout.startswith("Samenvatting voor D0109, maart 2023")
    assert "loopbaanonderbreking" in done.stdout


def test_explain_with_a_dataset_still_works_and_wraps_to_the_terminal() -> None:
    """`explain DATASET EMPLOYEE_ID MONTH` keeps working; lines fit the terminal width."""
    done = run(
        "explain",
        str(EXAMPLE),
        "E001",
        "2023-03",
        "--as-known-on",
        "2023-11-08",
        "--lang",
        "en",
        columns=72,
    )
    assert 0 == done.returncode, done.stderr
    assert "back pay" in done.stdout
    assert all(len(line) <= 72 for line in done.stdout.splitlines())
