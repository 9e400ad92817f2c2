from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from teleworkrules.cli import main
from teleworkrules.cli.common import SHOWN_PROBLEMS, problem_lines
from teleworkrules.cli.entitlements import rules_summary
from teleworkrules.cli.options import Options, UsageError, output_format
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.sources import Citation, Confidence, load_sources
from teleworkrules.problems import Problem
from teleworkrules.time import Month

EXAMPLE = Path(__file__).parent.parent / "examples" / "small"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "teleworkrules", *args], capture_output=True, text=True, check=False
    )


def test_entitlements_end_to_end_on_the_example() -> None:
    """The command writes the contract's CSV for the example, sorted, with LF line ends."""
    done = run(
        "entitlements",
        str(EXAMPLE),
        "--from",
        "2023-01",
        "--to",
        "2023-03",
        "--as-known-on",
        "2023-10-01",
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "employee_id,month,allowance,amount,benefit_in_kind"
    assert lines[1] == "E001,2023-01,home_working,20.00,0.00"
    assert "E002,2023-03,internet_third_party,0.00,5.00" in lines
    assert lines[1:] == sorted(lines[1:], key=lambda line: line.split(",")[:3])
    assert "\r" not in done.stdout


def test_as_known_on_before_the_decision_drops_home_working() -> None:
    """As known on 2023-09-07 no row grants the home-working allowance."""
    done = run(
        "entitlements",
        str(EXAMPLE),
        "--from",
        "2023-01",
        "--to",
        "2023-08",
        "--as-known-on",
        "2023-09-07",
    )
    assert done.returncode == 0
    assert "home_working" not in done.stdout
    assert "internet_forfait" in done.stdout


def test_output_file_and_summary(tmp_path: Path) -> None:
    """With --output the file is written and a summary goes to stderr."""
    out = tmp_path / "owed.csv"
    done = run(
        "entitlements",
        str(EXAMPLE),
        "--from",
        "2021-01",
        "--to",
        "2023-12",
        "-o",
        str(out),
        "--lang",
        "nl",
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("employee_id,month,")
    assert "rijen voor 5 personeelsleden" in done.stderr
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_invalid_data_lists_every_problem_writes_nothing(tmp_path: Path) -> None:
    """Invalid data: exit 1, no traceback, every problem on stderr, no output file."""
    data = tmp_path / "d"
    data.mkdir()
    (data / "staff.csv").write_text("employee_id,hire_date\nE1,2020-02-30\nE2,\n", encoding="utf-8")
    out = tmp_path / "owed.csv"
    done = run("entitlements", str(data), "--from", "2023-01", "--to", "2023-02", "-o", str(out))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "staff, row 2, column hire_date: got '2020-02-30'" in done.stderr
    assert "staff, row 3, column hire_date: got nothing, expected a value" in done.stderr
    assert "the dataset is not valid: 2 problems;" in done.stderr
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2023-13", "--to", "2023-12"], "not a month; expected YYYY-MM"),
        (["--from", "2023-05", "--to", "2023-01"], "lies before --from"),
        (["--from", "2023-01", "--to", "2023-02", "--as-known-on", "2023-9-8"], "not a date"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    """Wrong arguments exit with code 2 and say what is expected."""
    done = run("entitlements", str(EXAMPLE), *args)
    assert done.returncode == 2
    assert message in done.stderr


def test_months_before_the_history_are_a_clear_error() -> None:
    """Asking for 2020 says the rules start in 2021-01."""
    done = run("entitlements", str(EXAMPLE), "--from", "2020-12", "--to", "2021-01")
    assert done.returncode == 1
    assert "no rules before 2021-01" in done.stderr
    assert "Traceback" not in done.stderr


def test_help_reads_like_a_manual(capsys: pytest.CaptureFixture[str]) -> None:
    """--help explains the rules, dataset, output, errors and gives examples."""
    with pytest.raises(SystemExit) as info:
        main(["entitlements", "--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    for needle in (
        "VPS art. VII 109",
        "2023-09-08",
        "staff (required)",
        "employee_id,month,allowance",
        "exit codes",
        "examples:",
        "--as-known-on",
    ):
        assert needle in text


def test_extra_policy_file_and_entity_option(tmp_path: Path) -> None:
    """--policy loads a second entity; --entity makes it the default for staff without one."""
    policy = (Path(__file__).parent / "test_entities.py").read_text(encoding="utf-8")
    toml = policy.split('SECOND = """')[1].split('"""')[0]
    (tmp_path / "demo.toml").write_text(toml, encoding="utf-8")
    data = tmp_path / "d"
    data.mkdir()
    (data / "staff.csv").write_text("employee_id,hire_date\nE1,2020-01-01\n", encoding="utf-8")
    done = run(
        "entitlements",
        str(data),
        "--from",
        "2022-01",
        "--to",
        "2022-01",
        "--policy",
        str(tmp_path / "demo.toml"),
        "--entity",
        "DEMO",
    )
    assert done.returncode == 0, done.stderr
    assert "E1,2022-01,internet_third_party,0.00,5.00" in done.stdout


def test_report_without_dataset_answers_question_55() -> None:
    """'teleworkrules report' alone uses the bundled DWSE example and prints the table."""
    done = run("report", "--as-known-on", "2023-11-08", "--lang", "nl")
    assert 0 == done.returncode, done.stderr
    assert "1a. Personeelsleden per vergoeding" in done.stdout
    forfait = next(
        line for line in done.stdout.splitlines() if line.startswith("internet forfait ")
    )
    assert ["23", "37", "83"] == forfait.split()[-3:]


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_report_formats_follow_the_output_extension(tmp_path: Path, suffix: str) -> None:
    """--output FILE.json / .csv writes that format, confirms it and prints nothing else."""
    out = tmp_path / f"answer.{suffix}"
    done = run("report", str(EXAMPLE), "--from", "2021-01", "--to", "2023-12", "-o", str(out))
    assert 0 == done.returncode, done.stderr
    text = out.read_text(encoding="utf-8")
    if suffix == "json":
        assert json.loads(text)["period"] == {"from": "2021-01", "to": "2023-12"}
    else:
        assert text.startswith("year,section,measure,value\n")
        assert "\n2021,staff,persons,3\n" in text
        assert "\n2023,budgets,entity.budget.monitors.amount,30000.00\n" in text
    assert "" == done.stdout
    assert f"written: {out}" in done.stderr


def test_report_needs_a_period_with_a_dataset() -> None:
    """With a DATASET, --from and --to are required (exit 2)."""
    done = run("report", str(EXAMPLE))
    assert 2 == done.returncode
    assert "--from and --to are required" in done.stderr


def test_check_says_valid_or_lists_problems(tmp_path: Path) -> None:
    """check validates without evaluating."""
    done = run("check", str(EXAMPLE))
    assert 0 == done.returncode
    assert "valid: 5 staff members" in done.stdout
    bad = tmp_path / "d"
    bad.mkdir()
    (bad / "staff.csv").write_text("employee_id,hire_date\nE1,yesterday\n", encoding="utf-8")
    done = run("check", str(bad), "--lang", "nl")
    assert 1 == done.returncode
    assert "de dataset is niet geldig" in done.stderr


def test_skip_invalid_evaluates_the_valid_rows(tmp_path: Path) -> None:
    """--skip-invalid lists the skipped rows and evaluates the rest."""
    data = tmp_path / "d"
    data.mkdir()
    (data / "staff.csv").write_text(
        "employee_id,hire_date\nE1,2023-01-01\nE2,not-a-date\n", encoding="utf-8"
    )
    done = run("entitlements", str(data), "--from", "2023-01", "--to", "2023-01", "--skip-invalid")
    assert 0 == done.returncode
    assert "1 invalid row skipped (staff 1); 1 staff member left out; 1 problem:" in done.stderr
    assert "E1,2023-01,internet_forfait,20.00,0.00" in done.stdout


def test_explain_gives_the_legal_reasons() -> None:
    """explain prints each decision with its steps and sources, in Dutch or as JSON."""
    done = run(
        "explain", str(EXAMPLE), "E002", "2023-04", "--as-known-on", "2023-10-01", "--lang", "nl"
    )
    assert 0 == done.returncode, done.stderr
    assert "thuiswerkvergoeding niet toegekend" in done.stdout
    assert "3 dagen thuiswerk geregistreerd voor 2023-04; nodig: minstens 4 dagen" in done.stdout
    as_json = run("explain", str(EXAMPLE), "E002", "2023-04", "--json")
    assert json.loads(as_json.stdout)["employee_id"] == "E002"
    missing = run("explain", str(EXAMPLE), "E999", "2023-04")
    assert 2 == missing.returncode
    assert "E999" in missing.stderr


def test_rules_lists_both_dates_of_every_value() -> None:
    """rules shows the effective and known dates and the source of every value."""
    done = run("rules")
    assert 0 == done.returncode
    assert "home_working.amount" in done.stdout
    assert "from 2023-01  known from 2023-09-08  value EUR 20.00" in done.stdout
    data = json.loads(run("rules", "--json").stdout)
    assert any(s["id"] == "bvr-2023-09-08" for s in data["sources"])


BACK_PAY_2023 = (
    "arrears",
    "--from",
    "2023-01",
    "--to",
    "2023-08",
    "--as-known-on",
    "2023-10-01",
    "--paid-as-known-on",
    "2023-09-07",
)


def test_arrears_shows_the_2023_home_working_back_pay_with_its_cause() -> None:
    """On the bundled data: per person EUR 160 for January-August 2023, decided 2023-09-08."""
    done = run(
        *BACK_PAY_2023,
    )
    assert 0 == done.returncode, done.stderr
    assert "2023-01..2023-08      160.00  [1]" in done.stdout
    causes = " ".join(done.stdout.split("\n\n")[-1].split())  # wrapped to the width
    assert (
        "Monthly home-working allowance applies from 2023-01 but became known only on 2023-09-08"
        in causes
    )


def test_arrears_csv_for_a_payroll_correction_run(tmp_path: Path) -> None:
    """The CSV has one row per person, month and allowance with a difference."""
    out = tmp_path / "correction.csv"
    done = run(
        *BACK_PAY_2023,
        "-o",
        str(out),
        "-q",
    )
    assert 0 == done.returncode, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert (
        "employee_id,month,allowance,owed,paid,difference,cause,parameter,known_from,source"
        == (lines[0])
    )
    cause = ",rule_changed,home_working.amount,2023-09-08,sectoral-agreement-2020-2022"
    assert lines[1].endswith(cause)


def test_simulate_costs_a_reform() -> None:
    """simulate compares baseline and reform per year and allowance."""
    done = run(
        "simulate",
        "--set",
        "internet.forfait.amount=25.00@2023-01",
        "--as-known-on",
        "2023-11-08",
        "--format",
        "json",
    )
    assert 0 == done.returncode, done.stderr
    data = json.loads(done.stdout)
    assert "2770.00" == data["years"]["2023"]["internet_forfait"]["difference"]
    assert "0.00" == data["years"]["2022"]["internet_forfait"]["difference"]
    assert 83 == data["better_off"]


def test_simulate_needs_a_change() -> None:
    """Without --set or --initiative, simulate explains what it needs (exit 2)."""
    done = run("simulate")
    assert 2 == done.returncode
    assert "--set PARAMETER=VALUE@YYYY-MM" in done.stderr


def test_the_help_amounts_come_from_the_parameters() -> None:
    """The rules in --help follow the law parameters, not literals."""
    law = Rulebook.default().parameters("DWSE")
    assert "EUR 20.00 a month paid with salary" in rules_summary(law)
    assert "a EUR 5.00\n" in rules_summary(law)
    assert "(decided 2023-09-08, owed from\n                        2023-01)" in rules_summary(law)
    cite = Citation(load_sources()["bvr-2023-09-08"], "reform", Confidence.DEFAULT)
    reform = law.override(
        "internet.forfait.amount",
        Decimal("25.00"),
        effective_from=Month("2025-01"),
        known_from=date(2024, 12, 1),
        citation=cite,
    ).override(
        "home_working.min_days_per_week",
        Decimal("2"),
        effective_from=Month("2025-01"),
        known_from=date(2024, 12, 1),
        citation=cite,
    )
    text = rules_summary(reform)
    assert "EUR 25.00 a month paid with salary" in text
    assert "at least 2 telework days a week" in text


def test_one_way_to_choose_an_output_format() -> None:
    """The --output extension decides; --format may only agree; else --format or the first."""
    allowed = ("table", "json", "xlsx")
    assert "table" == output_format(Options(), allowed)
    assert "json" == output_format(Options(format="json"), allowed)
    assert "xlsx" == output_format(Options(output="X.XLSX"), allowed)
    assert "table" == output_format(Options(output="answer.txt"), allowed)
    assert "json" == output_format(Options(format="json", output="x.json"), allowed)
    with pytest.raises(UsageError, match=r"--format json does not match --output x\.xlsx"):
        output_format(Options(format="json", output="x.xlsx"), allowed)
    with pytest.raises(UsageError, match=r"this command writes \.json, \.txt, \.xlsx"):
        output_format(Options(output="x.csv"), allowed)
    with pytest.raises(UsageError, match=r"--format xlsx needs --output FILE\.xlsx"):
        output_format(Options(format="xlsx"), allowed)
    people = ("csv", "excel-csv", "xlsx")
    assert "csv" == output_format(Options(output="owed.csv"), people)
    assert "excel-csv" == output_format(Options(format="excel-csv", output="owed.CSV"), people)
    assert "excel-csv" == output_format(Options(format="excel-csv"), people)
    with pytest.raises(UsageError, match=r"expected a \.csv file"):
        output_format(Options(format="excel-csv", output="owed.xlsx"), people)


def test_options_are_resolved_once_and_frozen() -> None:
    """--lang, else the run's language, for messages, tables and files; today enters once."""
    args = argparse.Namespace(lang=None, as_known_on=None, command="rules")
    options = Options.from_args(args)
    assert "en" == options.lang
    assert "nl" == Options.from_args(args, "nl").lang
    assert date.today() == options.known_on  # noqa: DTZ011
    dutch = Options.from_args(argparse.Namespace(lang="nl", as_known_on=date(2023, 9, 1)), "en")
    assert ("nl", date(2023, 9, 1)) == (dutch.lang, dutch.known_on)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.lang = "nl"  # type: ignore[misc]


def test_rules_in_dutch_label_the_confidence_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang nl gives Dutch heads and confidence labels; English stays as it was."""
    assert 0 == main(["rules", "--lang", "nl"])
    out = capsys.readouterr().out
    assert "  vanaf 2023-01  gekend sinds 2023-09-08  waarde EUR 20,00" in out
    assert "home_working.min_days_per_week (dagen)" in out
    assert "waarde EUR 30.000,00" in out and "30000.00" not in out
    assert "[bevestigd]" in out
    assert "[confirmed]" not in out
    assert "Bronnen:" in out
    assert 0 == main(["rules"])
    assert "[confirmed]" in capsys.readouterr().out


def test_usage_errors_follow_lang() -> None:
    """A usage error found after parsing is in the language asked, with exit code 2."""
    done = run("report", str(EXAMPLE), "--lang", "nl")
    assert 2 == done.returncode
    assert "--from en --to zijn verplicht met een DATASET" in done.stderr


def test_xlsx_to_stdout_is_refused_before_any_work() -> None:
    """--format xlsx without --output is a usage error (exit 2)."""
    done = run("simulate", "--set", "internet.forfait.amount=25.00@2023-01", "--format", "xlsx")
    assert 2 == done.returncode
    assert "--format xlsx needs --output FILE.xlsx" in done.stderr


# Output files (DATA-CONTRACT "Output files"), --problems and --skip-invalid.


def _bad_dataset(folder: Path) -> Path:
    """Staff E2 has two bad cells (one row), E1 two overlapping routes, E2 two routes."""
    folder.mkdir()
    (folder / "staff.csv").write_text(
        "employee_id,hire_date,work_fraction\nE1,2023-01-01,1\nE2,not-a-date,x\nE3,2023-01-01,1\n",
        encoding="utf-8",
    )
    (folder / "internet.csv").write_text(
        "employee_id,start,end,route\n"
        "E2,2023-01-01,,forfait\nE2,2023-02-01,,forfait\n"
        "E1,2023-01-01,,forfait\nE1,2023-01-05,,forfait\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "-o", "antwoord.xls"], "this command writes .csv, .json, .txt, .xlsx"),
        (["report", "-o", "antwoord.pdf"], "this command writes .csv, .json, .txt, .xlsx"),
        (["report", "--format", "csv", "-o", "antwoord.txt"], "expected a .csv file"),
        (["arrears", "--format", "json", "-o", "back.csv"], "expected a .json file"),
        (
            ["simulate", "--set", "internet.forfait.amount=25.00@2023-01", "-o", "x.csv"],
            "this command writes .json, .txt, .xlsx",
        ),
        (
            ["entitlements", str(EXAMPLE), "--from", "2023-01", "--to", "2023-02", "-o", "x.txt"],
            "this command writes .csv, .xlsx",
        ),
        (["check", str(EXAMPLE), "--problems", "p.txt"], "expected .csv, .xlsx"),
    ],
)
def test_an_unsupported_output_file_is_a_usage_error_and_nothing_is_written(
    tmp_path: Path, args: list[str], message: str
) -> None:
    """The extension decides; any other is refused (exit 2) before any work, with the choices."""
    done = subprocess.run(
        [sys.executable, "-m", "teleworkrules", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert 2 == done.returncode
    assert message in done.stderr
    assert [] == list(tmp_path.iterdir())
    assert "" == done.stdout


@pytest.mark.parametrize("command", ["report", "arrears", "simulate"])
def test_a_command_that_writes_a_file_confirms_it_and_prints_nothing(
    tmp_path: Path, command: str
) -> None:
    """stdout stays empty; stderr names the file; the .txt file is the terminal table."""
    out = tmp_path / "answer.txt"
    extra = ["--set", "internet.forfait.amount=25.00@2023-01"] if command == "simulate" else []
    done = run(command, *extra, "--lang", "nl", "-o", str(out))
    assert 0 == done.returncode, done.stderr
    assert "" == done.stdout
    assert f"geschreven: {out}" in done.stderr
    assert out.read_text(encoding="utf-8").strip()
    quiet = run(command, *extra, "-q", "-o", str(tmp_path / "again.json"))
    assert ("", "") == (quiet.stdout, quiet.stderr)


def test_csv_for_a_belgian_excel(tmp_path: Path) -> None:
    """--format excel-csv: semicolons, decimal commas, UTF-8 with BOM, CRLF; formulas guarded."""
    owed = tmp_path / "owed.csv"
    args = ["--from", "2023-01", "--to", "2023-03", "--as-known-on", "2023-10-01"]
    done = run("entitlements", str(EXAMPLE), *args, "--format", "excel-csv", "-o", str(owed))
    assert 0 == done.returncode, done.stderr
    raw = owed.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfemployee_id;month;allowance;amount;benefit_in_kind\r\n")
    assert b"E001;2023-01;home_working;20,00;0,00\r\n" in raw
    contract = run("entitlements", str(EXAMPLE), *args).stdout
    people = raw.decode("utf-8-sig").replace(";", ",").replace(",00", ".00").replace("\r", "")
    assert contract == people
    report = tmp_path / "report.csv"
    done = run(
        "report",
        str(EXAMPLE),
        "--from",
        "2021-01",
        "--to",
        "2023-12",
        "--format",
        "excel-csv",
        "-o",
        str(report),
    )
    assert 0 == done.returncode, done.stderr
    text = report.read_bytes().decode("utf-8-sig")
    assert text.startswith("year;section;measure;value\r\n")
    assert "\r\n2023;budgets;entity.budget.monitors.amount;30000,00\r\n" in text
    back = tmp_path / "back.csv"
    done = run(
        "arrears",
        "--from",
        "2023-01",
        "--to",
        "2023-08",
        "--as-known-on",
        "2023-10-01",
        "--paid-as-known-on",
        "2023-09-07",
        "--format",
        "excel-csv",
        "-o",
        str(back),
    )
    assert 0 == done.returncode, done.stderr
    rows = back.read_bytes().decode("utf-8-sig").split("\r\n")
    assert rows[0].startswith("employee_id;month;allowance;owed;paid;difference;cause")
    assert any(";home_working;20,00;0,00;20,00;rule_changed;" in row for row in rows)


def test_entitlements_xlsx_is_a_filterable_table(tmp_path: Path) -> None:
    """--output owed.xlsx: one sheet, header frozen with an autofilter, exact euro amounts."""
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "owed.xlsx"
    args = ["--from", "2023-01", "--to", "2023-03", "--as-known-on", "2023-10-01"]
    done = run("entitlements", str(EXAMPLE), *args, "-o", str(out), "--lang", "nl")
    assert 0 == done.returncode, done.stderr
    assert "" == done.stdout
    assert f"geschreven: {out}" in done.stderr
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert 1 == len(sheet.parent.worksheets)
    rows = list(sheet.iter_rows(values_only=True))
    assert ("Personeelsnummer", "Maand", "Vergoeding", "Bedrag", "Voordeel van alle aard") == rows[
        0
    ]
    assert "A2" == sheet.freeze_panes
    assert f"A1:E{len(rows)}" == sheet.auto_filter.ref
    assert (1, 0) == (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight)
    assert "$1:$1" in str(sheet.print_title_rows)
    assert "EUR" in sheet["D2"].number_format
    contract = run("entitlements", str(EXAMPLE), *args).stdout.splitlines()[1:]
    assert len(contract) == len(rows) - 1
    first = contract[0].split(",")
    assert (first[0], first[1]) == rows[1][:2]
    assert Decimal(first[3]) == Decimal(str(rows[1][3]))


def test_skip_invalid_counts_rows_not_problems(tmp_path: Path) -> None:
    """check --skip-invalid: one row with two bad cells is one row; not called valid."""
    data = _bad_dataset(tmp_path / "d")
    done = run("check", str(data), "--skip-invalid")
    assert 0 == done.returncode, done.stderr
    assert "5 invalid rows skipped (staff 1, internet 4); 1 staff member left out" in (done.stderr)
    assert "not valid; with the invalid rows skipped: 2 staff members" in done.stdout
    assert ": valid:" not in done.stdout


def test_a_report_says_what_was_skipped(tmp_path: Path) -> None:
    """Table, JSON key 'skipped' and an Excel sheet say how many rows and staff, and why."""
    data = _bad_dataset(tmp_path / "d")
    args = ["report", str(data), "--from", "2023-01", "--to", "2023-03", "--skip-invalid"]
    table = run(*args, "--lang", "nl", "-o", str(tmp_path / "r.txt"))
    assert 0 == table.returncode, table.stderr
    text = (tmp_path / "r.txt").read_text(encoding="utf-8")
    assert "Ongeldige rijen overgeslagen (--skip-invalid)" in text
    assert "5 rijen overgeslagen: staff 1, internet 4" in text
    assert "1 personeelslid helemaal weggelaten" in text
    done = run(*args, "-o", str(tmp_path / "r.json"))
    assert 0 == done.returncode, done.stderr
    skipped = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["skipped"]
    assert {"staff": 1, "internet": 4} == skipped["rows"]
    assert (5, 1) == (skipped["rows_total"], skipped["staff"])
    first = skipped["reasons"][0]
    assert ("staff", 3) == (first["first"]["table"], first["first"]["row"])
    assert sum(reason["problems"] for reason in skipped["reasons"]) >= 5
    openpyxl = pytest.importorskip("openpyxl")
    done = run(*args, "-o", str(tmp_path / "r.xlsx"), "--lang", "nl")
    assert 0 == done.returncode, done.stderr
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Overgeslagen"]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Personeel weggelaten" in cells
    assert "internet" in cells


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_problems_file_holds_every_problem(tmp_path: Path, suffix: str) -> None:
    """--problems FILE: every problem, Dutch headers with --lang nl; confirmed on stderr."""
    data = _bad_dataset(tmp_path / "d")
    problems = tmp_path / f"problemen.{suffix}"
    done = run(
        "report",
        str(data),
        "--from",
        "2023-01",
        "--to",
        "2023-03",
        "--problems",
        str(problems),
        "--lang",
        "nl",
    )
    assert 1 == done.returncode
    assert f"problemen geschreven: {problems}" in done.stderr
    if suffix == "csv":
        rows = list(csv.reader(problems.read_text(encoding="utf-8").splitlines()))
        assert "tabel" == rows[0][0]
        assert any(row[:2] == ["staff", "3"] and "work_fraction" in row for row in rows)
    else:
        openpyxl = pytest.importorskip("openpyxl")
        cells = [
            c
            for row in openpyxl.load_workbook(problems).worksheets[0].iter_rows(values_only=True)
            for c in row
        ]
        assert "tabel" in cells
    skipped = tmp_path / "skipped.csv"
    done = run("check", str(data), "--skip-invalid", "--problems", str(skipped))
    assert 0 == done.returncode, done.stderr
    assert f"problems written: {skipped}" in done.stderr
    assert "hire_date" in skipped.read_text(encoding="utf-8")


def test_a_long_problem_list_stays_bounded() -> None:
    """At most SHOWN_PROBLEMS lines, then one saying how many more and where to get them."""
    found = [
        Problem.of("staff", n, "employee_id", "E1", "unique_id", other=n - 1) for n in range(3, 203)
    ]
    lines = problem_lines(found, "en")
    assert SHOWN_PROBLEMS + 1 == len(lines)
    assert f"... and {200 - SHOWN_PROBLEMS} more lines; --problems FILE" in lines[-1]
    same = [Problem.of("staff", n, "hire_date", "", "required") for n in range(2, 5002)]
    (line,) = problem_lines(same, "nl")
    assert "5.000 rijen" in line


def test_a_reading_limit_can_be_raised_or_lowered_from_the_command_line() -> None:
    """--limit NAME=N reaches the reader; an unknown name or a bad number is a usage error."""
    lowered = run("check", str(EXAMPLE), "--limit", "max_rows=3")
    assert 1 == lowered.returncode
    assert "a table of at most 3 rows (the table was not read; the limit is max_rows)" in (
        lowered.stderr
    )
    raised = run("check", str(EXAMPLE), "--limit", "max_rows=5000000", "--limit", "max_cell=200000")
    assert 0 == raised.returncode, raised.stderr
    for bad in ("max_rowz=3", "max_rows=0", "max_rows=x"):
        refused = run("check", str(EXAMPLE), "--limit", bad)
        assert 2 == refused.returncode
        assert "expected NAME=N with NAME one of max_cell" in refused.stderr
