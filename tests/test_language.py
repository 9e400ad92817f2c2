"""One language per run: --lang, else TELEWORKRULES_LANG, else the locale, else English."""

from __future__ import annotations

import re

import pytest

from teleworkrules.cli import main
from teleworkrules.cli.app import language
from teleworkrules.cli.parser import translate
from teleworkrules.i18n import default_lang


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, "en"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "fr_BE.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "nl_BE.UTF-8", "TELEWORKRULES_LANG": "en"}, "en"),
        ({"TELEWORKRULES_LANG": "NL"}, "nl"),
    ],
)
def test_the_default_language_follows_the_variable_then_the_locale(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    """TELEWORKRULES_LANG wins, then LC_ALL, LC_MESSAGES, LANG (nl_* is Dutch), else en."""
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert expected == default_lang()


def test_lang_on_the_command_line_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    """--lang (its last value) overrides the environment; a bad value leaves the default."""
    monkeypatch.setenv("TELEWORKRULES_LANG", "nl")
    assert "en" == language(["report", "--lang", "en"])
    assert "en" == language(["report", "--lang=nl", "--lang", "en"])
    assert "nl" == language(["report", "--lang", "fr"])
    assert "nl" == language(["report", "--", "--lang", "en"])


def test_a_bad_language_variable_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """TELEWORKRULES_LANG=fr is refused before anything runs, naming the variable."""
    monkeypatch.setenv("TELEWORKRULES_LANG", "fr")
    assert 2 == main(["rules"])
    err = capsys.readouterr().err
    assert "TELEWORKRULES_LANG" in err and "nl or en" in err
    assert len(err.strip().splitlines()) == 1


def test_help_and_usage_errors_are_dutch_in_a_dutch_locale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse's own words and errors follow the language: usage, options, errors."""
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    with pytest.raises(SystemExit):
        main(["rules", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: teleworkrules rules")
    assert "opties:" in out and "toon deze hulp" in out
    assert "usage:" not in out and "show this help" not in out
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--from", "2023-13"])
    assert 2 == exit_info.value.code
    err = capsys.readouterr().err
    assert "teleworkrules report: fout: --from: '2023-13' is geen maand" in err
    with pytest.raises(SystemExit):
        main(["report", "--bogus", "--lang", "nl"])
    assert "onbekende argumenten: --bogus" in capsys.readouterr().err


def test_english_usage_errors_are_argparse_s_own(capsys: pytest.CaptureFixture[str]) -> None:
    """In English, argparse's messages are untouched."""
    with pytest.raises(SystemExit):
        main(["report", "--bogus"])
    assert "error: unrecognized arguments: --bogus" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("the following arguments are required: --from, --to", "deze argumenten ontbreken"),
        ("argument --format: invalid choice: 'pdf' (choose from 'csv', 'json')", "ongeldige keuze"),
        ("argument --from: expected one argument", "--from: verwacht één waarde"),
        ("ambiguous option: --f could match --from, --format", "dubbelzinnige optie"),
        ("something argparse may say one day", "something argparse may say one day"),
    ],
)
def test_argparse_messages_are_translated(english: str, dutch: str) -> None:
    """Each usage error argparse writes has a Dutch text; an unknown one stays as it is."""
    assert dutch in translate(english, "nl")
    assert english == translate(english, "en")


_COMMANDS = ("", "entitlements", "report", "check", "explain", "arrears", "simulate", "rules")
"""The top command ("") and every command, each with its own --help."""

_CODE_MARK = re.compile(r"[-_.=@,/<>0-9]")
_SAME_IN_DUTCH = frozenset({"dataset:"})
"""Lines that are Dutch as they are: "dataset" is the word in both languages."""


def _help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str, lang: str
) -> str:
    """The --help of ``command`` in ``lang`` (--lang for a command, the variable for the top)."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TELEWORKRULES_LANG", lang)
    argv = [command, "--lang", lang, "--help"] if command else ["--help"]
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert 0 == exit_info.value.code
    return capsys.readouterr().out


def _is_code(line: str) -> bool:
    """Whether a line holds only option names, metavars, commands, codes or numbers."""
    line = line.strip()
    if line.startswith(("teleworkrules ", "[")) or re.match(r"[\w.]+ = ", line):
        return True  # an example of a command, a line of a TOML file
    words = (word.strip("[]{}(),;:'\"") for word in line.split())
    return all(
        not word or word.isupper() or _CODE_MARK.search(word) or word in _COMMANDS for word in words
    )


@pytest.mark.parametrize("command", _COMMANDS)
def test_the_help_of_every_command_is_wholly_dutch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """Under --lang nl no line of the English --help is left, but for names and codes."""
    english = _help(monkeypatch, capsys, command, "en")
    dutch = set(_help(monkeypatch, capsys, command, "nl").splitlines())
    left = [
        line
        for line in english.splitlines()
        if line.strip() and not _is_code(line) and line not in _SAME_IN_DUTCH and line in dutch
    ]
    assert [] == left


@pytest.mark.parametrize(
    ("command", "english", "dutch"),
    [
        ("", ["Run 'teleworkrules COMMAND --help'", "what is owed per person"], ["toont de"]),
        (
            "entitlements",
            ["what it computes:", "EUR 20.00 a month paid with salary", "staff (required)"],
            ["wat het berekent:", "EUR 20,00 per maand", "voordeel van alle aard van EUR 5,00"],
        ),
        (
            "report",
            ["what it answers (per calendar year", "without DATASET:", "formats:", "examples:"],
            ["zonder DATASET:", "formaten:", "voorbeelden:", "afsluitcodes: 0 gelukt"],
        ),
        ("check", ["invalid data:", "exit codes: 0 valid, 1 invalid"], ["ongeldige gegevens:"]),
        ("explain", ["Explain every allowance decision", "print the decisions as JSON"], ["JSON"]),
        ("arrears", ["causes:", "compare with what was owed as known on"], ["oorzaken:"]),
        ("simulate", ["reforms:", "initiative file (TOML):"], ["initiatiefbestand (TOML):"]),
        ("rules", ["List every amount, threshold", "print as JSON"], ["toon als JSON"]),
    ],
)
def test_the_help_keeps_its_english_and_has_its_dutch(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    english: list[str],
    dutch: list[str],
) -> None:
    """The English --help is today's; the Dutch one says the same in Dutch."""
    in_english = _help(monkeypatch, capsys, command, "en")
    in_dutch = _help(monkeypatch, capsys, command, "nl")
    assert [] == [phrase for phrase in english if phrase not in in_english]
    assert [] == [phrase for phrase in dutch if phrase not in in_dutch]
