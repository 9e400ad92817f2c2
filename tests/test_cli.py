from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from teleworkrules.cli import main

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
    assert "staff, row 3, column hire_date: got ''" in done.stderr
    assert "2 problem(s)" in done.stderr
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
