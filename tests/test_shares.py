"""A CSV folder read in shares of its staff (--jobs): the dataset, or the problems, never less.

The invariant: when every share loads, the shares together are the dataset one process
loads (staff in order, notes, requests and payments in file order); when the dataset has
a problem, some share has one too, so the command falls back to loading it whole and
reports every problem exactly as without --jobs.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teleworkrules.cli import main
from teleworkrules.exceptions import DatasetError
from teleworkrules.facts import Dataset
from teleworkrules.inputs.limits import Limits
from teleworkrules.inputs.load import load_dataset, load_share
from teleworkrules.inputs.shares import Share, split
from teleworkrules.inputs.validate import merged_notes
from teleworkrules.law.entities import Rulebook
from teleworkrules.rules.situation import Situation

ROOT = Path(__file__).parent.parent
DWSE = ROOT / "src" / "teleworkrules" / "data" / "examples" / "dwse"
SMALL = ROOT / "examples" / "small"
PERIOD = ("--from", "2021-01", "--to", "2023-10", "--as-known-on", "2024-01-01")


def _in_shares(folder: Path, parts: int) -> tuple[Dataset, ...] | None:
    """The datasets of the shares; ``None`` if the folder is not split (DatasetError raised)."""
    shares = split(folder, lambda _: parts)
    if shares is None:
        return None
    return tuple(load_share(folder, s, rulebook=Rulebook.default())[0] for s in shares)


def _merged(folder: Path, parts: int) -> tuple[object, ...] | None:
    """What the shares give together, in the order one process gives it."""
    shares = split(folder, lambda _: parts)
    if shares is None:
        return None
    loaded = [load_share(folder, s, rulebook=Rulebook.default()) for s in shares]
    employees = tuple(e for dataset, _ in loaded for e in dataset.employees)
    requests = sorted(
        (n, r)
        for dataset, numbers in loaded
        for n, r in zip(numbers["material_requests"], dataset.material_requests, strict=True)
    )
    payments = sorted(
        (n, p)
        for dataset, numbers in loaded
        for n, p in zip(numbers["payments"], dataset.payments, strict=True)
    )
    notes = merged_notes([dataset.notes for dataset, _ in loaded])
    return (
        employees,
        tuple(r for _, r in requests),
        tuple(p for _, p in payments),
        notes,
        {dataset.source for dataset, _ in loaded},
    )


def _whole(folder: Path) -> tuple[object, ...]:
    dataset = load_dataset(folder)
    return (
        dataset.employees,
        dataset.material_requests,
        dataset.payments,
        dataset.notes,
        {dataset.source},
    )


@pytest.mark.parametrize("parts", [2, 3, 5])
@pytest.mark.parametrize("folder", [DWSE, SMALL], ids=["dwse", "small"])
def test_the_shares_together_are_the_dataset(folder: Path, parts: int) -> None:
    assert _merged(folder, parts) == _whole(folder)


def test_shares_hold_contiguous_runs_of_the_sorted_staff() -> None:
    shares = split(DWSE, lambda _: 3)
    assert shares is not None
    assert [s.index for s in shares] == [0, 1, 2]
    assert {s.parts for s in shares} == {3}
    datasets = _in_shares(DWSE, 3)
    assert datasets is not None
    sizes = [len(d.employees) for d in datasets]
    assert sum(sizes) == shares[0].staff
    assert max(sizes) - min(sizes) <= 1


_STAFF_HEADER = "employee_id,entity,hire_date,exit_date,contract,work_fraction,smartphone_role"


def _write(folder: Path, staff: list[str], days: list[str], requests: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "staff.csv").write_text("\n".join([_STAFF_HEADER, *staff]) + "\n", "utf-8")
    (folder / "telework_days.csv").write_text(
        "\n".join(["employee_id,month,days", *days]) + "\n", "utf-8"
    )
    (folder / "material_requests.csv").write_text(
        "\n".join(["employee_id,item,requested_on,cost", *requests]) + "\n", "utf-8"
    )


_GOOD_IDS = [*(f"E{i}" for i in range(1, 7)), " E7 ", "E8", "Z0", "\u00e91"]
_ODD_IDS = ["e1", "", "E 8", "E\u202e2", "E404"]
"""Ids that are mostly right, and a few that name another or no person, or are no id."""


def _pick(draw: st.DrawFn, good: list[str], odd: list[str]) -> str:
    """A good value; in a faulty dataset, sometimes an odd one (about one cell in 25)."""
    if draw(_FAULTY) and draw(st.integers(0, 24)) == 0:
        return draw(st.sampled_from(odd))
    return draw(st.sampled_from(good))


_FAULTY = st.shared(st.booleans(), key="faulty")
"""Whether the dataset being drawn may have odd cells: about half are clean."""


@st.composite
def _datasets(draw: st.DrawFn) -> tuple[list[str], list[str], list[str]]:
    ids = draw(st.lists(st.sampled_from(_GOOD_IDS), unique=True, min_size=1, max_size=9))
    staff = [
        ",".join(
            [
                _pick(draw, [eid], _ODD_IDS),
                _pick(draw, ["DWSE", "AGO", "dwse"], ["", "D W"]),
                _pick(draw, ["2019-01-01", "16/05/2022", "2023-02-15"], ["2022-13-01"]),
                "",
                "statutory",
                _pick(draw, ["1", "0.8", '"0,5"'], ["2"]),
                "false",
            ]
        )
        for eid in ids
    ]
    months = st.sampled_from(["2023-01", "2023-02", "2023-03"])
    days = [
        ",".join([_pick(draw, [eid], _ODD_IDS), _pick(draw, [month], ["2023-1"]), count])
        for eid, month, count in draw(
            st.lists(
                st.tuples(st.sampled_from(ids), months, st.sampled_from(["1", "3", "8"])),
                max_size=10,
                unique_by=lambda row: row[:2],
            )
        )
    ]
    requests = [
        ",".join(
            [
                _pick(draw, ids, _ODD_IDS),
                draw(st.sampled_from(["chair", "headset", "spaceship"])),
                _pick(draw, ["2022-03-01", "2023-06-15"], ["2023-02-30"]),
                "12.50",
            ]
        )
        for _ in range(draw(st.integers(0, 6)))
    ]
    return staff, days, requests


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_datasets(), parts=st.integers(min_value=2, max_value=4))
def test_shares_are_the_dataset_or_some_share_has_a_problem(
    tmp_path: Path, data: tuple[list[str], list[str], list[str]], parts: int
) -> None:
    """Never silent: a dataset with a problem gives a problem in some share (or no split)."""
    folder = tmp_path / "data"
    shutil.rmtree(folder, ignore_errors=True)
    _write(folder, *data)
    try:
        whole: tuple[object, ...] | None = _whole(folder)
    except DatasetError:
        whole = None
    try:
        merged = _merged(folder, parts)
    except DatasetError:
        assert whole is None, "a share found a problem the dataset does not have"
        return
    if merged is not None:
        assert merged == whole


def _runs(
    command: str, folder: Path, jobs: tuple[str, ...], lang: str, capsys: pytest.CaptureFixture[str]
) -> list[tuple[int, str, bytes | None, bytes]]:
    """Exit code, stderr, output and problems file of ``command`` with each ``jobs``."""
    said = []
    for n in jobs:
        out = folder.parent / f"out-{n}.{'json' if command == 'report' else 'csv'}"
        problems = folder.parent / f"problems-{n}.csv"
        args = [command, str(folder), *PERIOD, "--jobs", n, "-o", str(out), "-q"]
        code = main([*args, "--problems", str(problems), "--lang", lang])
        err = capsys.readouterr().err.replace(f"problems-{n}", "problems")
        output = out.read_bytes() if out.exists() else None
        said.append((code, err, output, problems.read_bytes()))
    return said


def _small(tmp_path: Path, staff: Callable[[list[str]], list[str]]) -> Path:
    """A copy of ``examples/small`` whose staff file's lines ``staff`` changes."""
    folder = tmp_path / "data"
    shutil.copytree(SMALL, folder)
    path = folder / "staff.csv"
    path.write_text("\n".join(staff(path.read_text("utf-8").splitlines())) + "\n", "utf-8")
    return folder


@pytest.mark.parametrize("command", ["entitlements", "report"])
def test_a_dataset_with_problems_is_reported_as_without_jobs(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Problems in one share only: the whole dataset's problems, the same exit and file."""
    # The last share's problem.
    folder = _small(tmp_path, lambda lines: [*lines[:-1], lines[-1].replace("false", "maybe")])
    with (folder / "telework_days.csv").open("a", encoding="utf-8") as days:
        days.write("E404,2023-01,2\n")  # nobody's row
    said = _runs(command, folder, ("1", "2"), "nl", capsys)
    assert said[0] == said[1]
    code, _, output, problems = said[0]
    assert code != 0
    assert output is None
    assert b"E404" in problems


@pytest.mark.parametrize("command", ["entitlements", "report"])
def test_notes_are_said_once_with_counts_over_all_shares(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An extra column is noted once; staff of an entity without a policy counted in all."""
    folder = _small(
        tmp_path,
        lambda lines: [
            lines[0] + ",opmerking",
            *(x.replace("DWSE", "AGO") + ",x" for x in lines[1:]),
        ],
    )
    lines = (folder / "staff.csv").read_text("utf-8").splitlines()
    said = _runs(command, folder, ("1", "3"), "en", capsys)
    assert said[0] == said[1]
    code, err, output, _ = said[0]
    assert code == 0, err
    assert output
    assert err.count("opmerking") == 1
    ago = sum("AGO" in line for line in lines)
    assert ago > 1
    assert err.count(f"'AGO' ({ago} staff)") == 1


def test_the_staff_file_is_not_split_when_two_ids_name_one_person(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _write(
        folder,
        ["E1,DWSE,2020-01-01,,statutory,1,false", "e1,DWSE,2020-01-01,,statutory,1,false"],
        [],
        [],
    )
    assert split(folder, lambda _: 2) is None


@pytest.mark.parametrize(
    "staff",
    [
        [],  # fewer staff than shares
        ["E1,DWSE,2020-01-01,,statutory,1,false", ",DWSE,2020-01-01,,statutory,1,false"],
        ["E1,DWSE,2020-01-01,,statutory,1,false", "E\u202e2,DWSE,2020-01-01,,statutory,1,false"],
    ],
    ids=["empty", "no-id", "bad-id"],
)
def test_the_staff_file_is_not_split_when_a_row_has_no_valid_id(
    tmp_path: Path, staff: list[str]
) -> None:
    folder = tmp_path / "data"
    _write(folder, staff, [], [])
    assert split(folder, lambda _: 2) is None


def test_a_folder_without_one_staff_file_is_not_split(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(SMALL, folder)
    shutil.copy(folder / "staff.csv", folder / "personeel.csv")
    assert split(folder, lambda _: 2) is None
    (folder / "staff.csv").unlink()
    (folder / "personeel.csv").unlink()
    assert split(folder, lambda _: 2) is None


def test_a_share_is_found_by_the_first_share_when_its_id_is_bad(tmp_path: Path) -> None:
    """A row without a valid id is the first share's: its problem is found there."""
    folder = tmp_path / "data"
    _write(
        folder,
        ["E1,DWSE,2020-01-01,,statutory,1,false", "E2,DWSE,2020-01-01,,statutory,1,false"],
        [",2023-01,3"],
        [],
    )
    shares = split(folder, lambda _: 2)
    assert shares is not None
    with pytest.raises(DatasetError) as caught:
        load_share(folder, shares[0], rulebook=Rulebook.default())
    assert [p.table for p in caught.value.problems] == ["telework_days"]
    second: Share = shares[1]
    assert load_share(folder, second, rulebook=Rulebook.default())[0].employees


def test_a_staff_file_over_the_size_limit_is_not_read_to_split_it(tmp_path: Path) -> None:
    """The first pass reads no further than loading would: over the limit, no split."""
    folder = tmp_path / "data"
    shutil.copytree(SMALL, folder)
    size = (folder / "staff.csv").stat().st_size
    assert split(folder, lambda _: 2, limits=Limits(max_bytes=size - 1)) is None
    assert split(folder, lambda _: 2, limits=Limits(max_bytes=size)) is not None


@pytest.mark.parametrize("command", ["entitlements", "report"])
def test_a_rules_error_in_a_share_is_said_as_without_jobs(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The notes first, then the error: the whole dataset is loaded again to say both."""
    from teleworkrules.engine import population
    from teleworkrules.engine.evaluation import evaluate_situation as decide
    from teleworkrules.exceptions import OutOfHistoryError

    def failing(situation: Situation, **kwargs: Any) -> Any:
        if situation.employee_id == "E005":
            raise OutOfHistoryError("no rule for E005").said_as(
                "error.parameter.unknown", name="'x'", known="y"
            )
        return decide(situation, **kwargs)

    monkeypatch.setattr(population, "evaluate_situation", failing)
    folder = _small(tmp_path, lambda lines: [lines[0] + ",opmerking", *lines[1:]])
    said = _runs(command, folder, ("1", "2"), "en", capsys)
    assert said[0] == said[1]
    code, err, output, _ = said[0]
    assert code != 0
    assert output is None
    assert err.index("opmerking") < err.index("'x'")
