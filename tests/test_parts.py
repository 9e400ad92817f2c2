"""Work in parts on several cores (--jobs): the same output as one process, errors intact."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest

from teleworkrules.cli import main
from teleworkrules.engine import parts
from teleworkrules.engine.parts import MIN_PART, in_parts, jobs_for
from teleworkrules.exceptions import OutOfHistoryError
from teleworkrules.facts import Employee
from teleworkrules.inputs.load import load_dataset

EXAMPLE = Path(__file__).parent.parent / "examples" / "small"
PERIOD = ("--from", "2021-01", "--to", "2024-12", "--as-known-on", "2025-01-01")


def _halves(index: int, part: Sequence[int]) -> tuple[int, int, list[int]]:
    return index, os.getpid(), list(part)


def test_parts_come_back_in_order_from_other_processes() -> None:
    """Every item once, in order; part 0 here, the others in forked processes."""
    results = in_parts(list(range(10)), _halves, 3)
    assert [r[0] for r in results] == [0, 1, 2]
    assert [i for r in results for i in r[2]] == list(range(10))
    assert results[0][1] == os.getpid()
    assert {r[1] for r in results[1:]}.isdisjoint({os.getpid()})


def test_one_job_is_worked_here_as_one_part() -> None:
    assert in_parts([1, 2, 3], _halves, 1) == [(0, os.getpid(), [1, 2, 3])]
    assert len(in_parts([1, 2], _halves, 8)) == 2  # never more parts than items


def _fails_in_part_two(index: int, part: Sequence[int]) -> int:
    if index == 2:
        raise OutOfHistoryError("home_working.amount has no value for 1999-01").said_as(
            "error.parameter.unknown", name="'x'", known="y"
        )
    return len(part)


def test_an_error_in_a_worker_is_raised_here_as_it_was() -> None:
    with pytest.raises(OutOfHistoryError, match="1999-01") as caught:
        in_parts(list(range(9)), _fails_in_part_two, 3)
    assert caught.value.code == "error.parameter.unknown"
    assert parts._WORK == []  # nothing of the run is left behind


def test_automatic_jobs_need_enough_staff_per_core() -> None:
    assert jobs_for(MIN_PART - 1, None) == 1
    assert jobs_for(10 * MIN_PART, None) == min(parts.automatic_jobs(), 10)
    assert jobs_for(5, 3) == 3
    assert jobs_for(2, 3) == 2
    assert jobs_for(0, None) == 1


@pytest.mark.parametrize("command", ["entitlements", "report"])
def test_the_output_of_several_jobs_is_that_of_one(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Byte for byte, CSV and JSON, whatever the number of jobs."""
    outputs = []
    for jobs in ("1", "2", "3"):
        out = tmp_path / f"{command}-{jobs}.{'json' if command == 'report' else 'csv'}"
        extra = ("--format", "json") if command == "report" else ()
        code = main(
            [command, str(EXAMPLE), *PERIOD, *extra, "--jobs", jobs, "-o", str(out), "--lang", "en"]
        )
        assert code == 0, capsys.readouterr().err
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) > 500


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "expected a whole number of at least 1"), ("nl", "verwacht een geheel")],
)
def test_a_bad_number_of_jobs_is_a_usage_error(
    lang: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["entitlements", str(EXAMPLE), *PERIOD, "--jobs", "0", "--lang", lang])
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


def test_the_reader_builds_the_facts_the_validated_constructors_build() -> None:
    """The reader skips the validators (trusted): what it builds passes them unchanged."""
    dataset = load_dataset(EXAMPLE)
    assert dataset.employees
    for employee in dataset.employees:
        fields = attrs.asdict(employee, recurse=False)
        again = Employee(**fields)
        assert again == employee
        for spells in (employee.telework, employee.internet, employee.absences):
            for spell in spells:
                attrs.validate(spell)
                assert type(spell)(**attrs.asdict(spell, recurse=False)) == spell
        for row in employee.telework_days:
            attrs.validate(row)


def test_every_library_error_survives_pickling() -> None:
    """Errors cross from a worker process whole: class, message, fields, catalogue values."""
    import pickle

    from teleworkrules.exceptions import InvalidFactError

    error = InvalidFactError("days", 40, "at most 31").said_as("error.x", days=40)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is InvalidFactError
    assert (str(again), again.field, again.value, again.expected) == (
        str(error),
        "days",
        40,
        "at most 31",
    )
    assert (again.code, dict(again.values)) == ("error.x", {"days": 40})
