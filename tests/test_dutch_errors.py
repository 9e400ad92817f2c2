"""Errors a person meets on the command line are said in the run's language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from teleworkrules.cli import main
from teleworkrules.exceptions import InvalidParameterError, UnknownParameterError
from teleworkrules.i18n import describe
from teleworkrules.law.reforms import parse_change


def _error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as info:
        main(["simulate", "-q", *args])
    assert 2 == info.value.code
    return capsys.readouterr().err.strip().splitlines()[-1]


def test_a_dutch_reform_value_may_have_a_decimal_comma() -> None:
    """``25,00`` is 25.00 in Dutch; in English a comma stays refused (``1,000`` is ambiguous)."""
    change = parse_change("internet.forfait.amount=25,00@2025-01", decimal_comma=True)
    assert Decimal("25.00") == change.value
    assert (
        Decimal("1.5")
        == parse_change("home_working.min_days_per_week=1,5@2025-01", decimal_comma=True).value
    )
    with pytest.raises(InvalidParameterError, match="not a value of unit EUR"):
        parse_change("internet.forfait.amount=25,00@2025-01")


def test_more_than_two_decimals_is_said_as_such() -> None:
    """Three decimals are refused as three decimals, not as a value of the wrong unit."""
    with pytest.raises(InvalidParameterError, match="more than two decimals") as info:
        parse_change("internet.forfait.amount=25,001@2025-01", decimal_comma=True)
    assert "'25,001' heeft meer dan twee decimalen" in describe(info.value, "nl")


@pytest.mark.parametrize(
    ("change", "dutch"),
    [
        ("internet.forfait.amount=abc@2025-01", "'abc' is geen bedrag in euro"),
        ("internet.forfait.amount=25,00", "verwacht PARAMETER=WAARDE@JJJJ-MM"),
        ("internet.forfait.amount=25@2025-13", "'2025-13' is geen maand JJJJ-MM"),
        ("internet.bogus=1@2025-01", "onbekende parameter 'internet.bogus'"),
    ],
)
def test_set_errors_are_dutch_under_lang_nl(
    capsys: pytest.CaptureFixture[str], change: str, dutch: str
) -> None:
    """A wrong --set is one Dutch line under --lang nl and an English one without."""
    line = _error(capsys, "--set", change, "--lang", "nl")
    assert "fout: --set" in line and dutch in line
    english = _error(capsys, "--set", change)
    assert "error: --set" in english and dutch not in english


def test_a_set_with_a_decimal_comma_runs_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    """``--set internet.forfait.amount=25,00@2023-01 --lang nl`` costs the reform."""
    code = main(
        [
            "simulate",
            "--set",
            "internet.forfait.amount=25,00@2023-01",
            "--lang",
            "nl",
            "-q",
            "--from",
            "2023-01",
            "--to",
            "2023-03",
        ]
    )
    assert 0 == code
    assert "hervorming" in capsys.readouterr().out


def test_an_error_without_a_text_of_its_own_keeps_its_message() -> None:
    """``describe`` falls back on the English message when the error names no text."""
    plain = UnknownParameterError("whatever")
    assert "whatever" == describe(plain, "nl")


def test_the_closing_line_writes_seconds_with_a_decimal_comma_in_dutch(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The summary on stderr says ``(0,4 s)`` in Dutch and ``(0.4 s)`` in English."""
    import re

    assert 0 == main(["rules", "--lang", "nl"])  # warms up the parameters
    capsys.readouterr()
    assert 0 == main(["report", "--as-known-on", "2023-11-08", "--lang", "nl"])
    assert re.search(r"zoals gekend op 2023-11-08 \(\d+,\d s\)\.", capsys.readouterr().err)
    assert 0 == main(["report", "--as-known-on", "2023-11-08"])
    assert re.search(r"as known on 2023-11-08 \(\d+\.\d s\)\.", capsys.readouterr().err)


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (
            ["report", "--from", "2020-01", "--to", "2020-02"],
            "fout: teleworkrules heeft geen regels vóór 2021-01; gevraagd vanaf 2020-01",
            "error: teleworkrules has no rules before 2021-01; asked from 2020-01",
        ),
        (
            ["explain", "D0001", "2019-03"],
            "fout: teleworkrules heeft geen regels vóór 2021-01; gevraagd voor 2019-03",
            "error: teleworkrules has no rules before 2021-01; asked for 2019-03",
        ),
        (
            ["report", "--entity", "XYZ"],
            "fout: entiteit 'XYZ' heeft geen beleid; gekende entiteiten: DWSE, FED",
            "error: entity 'XYZ' has no policy; known entities: DWSE, FED",
        ),
    ],
)
def test_a_period_or_entity_out_of_reach_is_said_in_the_runs_language(
    capsys: pytest.CaptureFixture[str], args: list[str], dutch: str, english: str
) -> None:
    """Asking before the rules start, or for an entity without a policy: no English in Dutch."""
    for lang, expected in (("nl", dutch), ("en", english)):
        code: object
        try:
            code = main([*args, "-q", "--lang", lang])
        except SystemExit as stop:
            code = stop.code
        assert code not in (0, None)
        assert expected == capsys.readouterr().err.strip().splitlines()[-1]


@pytest.mark.parametrize(
    "command", ["check", "entitlements", "report", "arrears", "explain", "simulate", "rules"]
)
def test_dutch_help_names_its_placeholders_as_its_texts_do(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """--help --lang nl says BESTAND and JJJJ-MM in its usage, as its texts do: no FILE."""
    with pytest.raises(SystemExit):
        main([command, "--help", "--lang", "nl"])
    shown = capsys.readouterr().out
    for english in ("FILE", "YYYY", "NAME=N", "EMPLOYEE_ID", "MONTH", "VALUE"):
        assert english not in shown, (command, english)


def test_a_staff_member_not_in_the_bundled_example_names_it_not_its_path(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without DATASET, explain says the bundled example and its ids, not where it is installed."""
    with pytest.raises(SystemExit):
        main(["explain", "E1", "2023-03", "--lang", "nl"])
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.endswith(
        "fout: personeelslid E1 staat niet in het meegeleverde voorbeeld van het DWSE "
        "(nummers D0001 tot D0612)"
    )
