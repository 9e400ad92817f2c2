"""Acceptance tests: the entitlements CLI against hand-computed expectations.

Every folder under ``tests/cases/`` is one case: the input CSV tables, a ``case.toml``
(``from``, ``to``, ``as_known_on``, ``description``) and ``expected.csv``, the output
computed by hand, month by month, from RULES.md. The expectations were never produced
by running the library.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

CASES_DIR = Path(__file__).parent / "cases"
CASE_NAMES: list[str] = sorted(
    p.name for p in CASES_DIR.iterdir() if p.is_dir() and (p / "case.toml").is_file()
)
HEADER = "employee_id,month,allowance,amount,benefit_in_kind"


def _load_case(name: str) -> dict[str, str]:
    """Read a case's ``case.toml`` and check it has the keys the runner needs."""
    with (CASES_DIR / name / "case.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    case: dict[str, str] = {}
    for key in ("from", "to", "as_known_on", "description"):
        value = raw.get(key)
        assert isinstance(value, str), f"{name}/case.toml: '{key}' missing or not a string"
        case[key] = value
    return case


def _run_entitlements(name: str, case: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the entitlements command on one case folder and capture its output."""
    command = [
        sys.executable,
        "-m",
        "teleworkrules",
        "entitlements",
        str(CASES_DIR / name),
        "--from",
        case["from"],
        "--to",
        case["to"],
        "--as-known-on",
        case["as_known_on"],
    ]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_cases_present() -> None:
    """The hand-computed case folders exist and each has an expected.csv with the header."""
    assert CASE_NAMES, f"no cases found under {CASES_DIR}"
    for name in CASE_NAMES:
        expected = (CASES_DIR / name / "expected.csv").read_text(encoding="utf-8")
        assert expected.splitlines()[0] == HEADER, f"{name}/expected.csv has a wrong header"


@pytest.mark.parametrize("name", CASE_NAMES)
def test_entitlements_match_hand_computation(name: str) -> None:
    """The entitlements CSV on stdout equals the hand-computed expected.csv exactly."""
    case = _load_case(name)
    expected = (CASES_DIR / name / "expected.csv").read_bytes().decode("utf-8")
    result = _run_entitlements(name, case)
    assert result.returncode == 0, (
        f"case {name} ({case['description']}): exit code {result.returncode}\n"
        f"stderr:\n{result.stderr}"
    )
    if result.stdout != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                result.stdout.splitlines(keepends=True),
                fromfile=f"{name}/expected.csv (hand computed)",
                tofile=f"{name}: teleworkrules output",
            )
        )
        pytest.fail(
            f"case {name} ({case['description']}) "
            f"from {case['from']} to {case['to']} as known on {case['as_known_on']}:\n"
            f"{diff or repr(result.stdout) + ' != ' + repr(expected)}",
            pytrace=False,
        )
