"""Tables from Python: dicts, pandas and polars frames read like the CSV folder."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teleworkrules import load_dataset
from teleworkrules.exceptions import DatasetError
from teleworkrules.facts import Dataset
from teleworkrules.inputs.tables import cell
from teleworkrules.strategies import employees
from teleworkrules.time import Month

from .conftest import problems
from .test_belgian import DUTCH_TABLES, Tables, _tables, write_canonical

pd: Any = pytest.importorskip("pandas")
pl: Any = pytest.importorskip("polars")
np: Any = pytest.importorskip("numpy")

DATES = ["hire_date", "exit_date", "start", "end", "requested_on"]
TEXTS = ["employee_id", "entity", "item", "kind", "month", "paid_on", "route", "contract"]


def _problems(tables: dict[str, Any]) -> list[Any]:
    with pytest.raises(DatasetError) as info:
        load_dataset(tables)
    return list(info.value.problems)


def _same(one: Dataset, other: Dataset) -> None:
    assert one.employees == other.employees
    assert one.payments == other.payments
    assert one.material_requests == other.material_requests


def pandas_frames(folder: Path) -> dict[str, Any]:
    frames = {}
    for path in sorted(folder.glob("*.csv")):
        columns = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        frames[path.stem] = pd.read_csv(
            path,
            parse_dates=[c for c in columns if c in DATES],
            dtype={c: str for c in columns if c in TEXTS},
        )
    return frames


def polars_frames(folder: Path) -> dict[str, Any]:
    frames = {}
    for path in sorted(folder.glob("*.csv")):
        columns = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        frames[path.stem] = pl.read_csv(
            path,
            try_parse_dates=True,
            schema_overrides={c: pl.String for c in columns if c in TEXTS},
        )
    return frames


# The property: every form gives the Dataset of the CSV folder.


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    people=st.lists(employees(), min_size=1, max_size=4, unique_by=lambda e: e.employee_id),
    data=st.data(),
)
def test_dicts_and_frames_give_the_dataset_of_the_csv_folder(
    tmp_path_factory: pytest.TempPathFactory, people: list[Any], data: st.DataObject
) -> None:
    tables: Tables = _tables(people, data)
    folder = write_canonical(tmp_path_factory.mktemp("canonical"), tables)
    expected = load_dataset(folder)
    _same(load_dataset(tables), expected)
    _same(load_dataset(pandas_frames(folder)), expected)
    _same(load_dataset(polars_frames(folder)), expected)
    dutch = {DUTCH_TABLES[name].upper(): rows for name, rows in tables.items()}
    _same(load_dataset(dutch), expected)


# Dict rows.


def test_dict_rows_union_their_keys_and_row_1_is_the_first_row() -> None:
    dataset = load_dataset(
        {
            "staff": [
                {"employee_id": "E1", "hire_date": "2020-01-01"},
                {"employee_id": "E2", "hire_date": date(2021, 3, 1), "exit_date": "2022-12-31"},
            ]
        }
    )
    assert [(e.employee_id, e.exit_date) for e in dataset.employees] == [
        ("E1", None),
        ("E2", date(2022, 12, 31)),
    ]
    assert dataset.source == "tables"


def test_a_bad_cell_is_the_same_problem_as_from_the_csv_folder_one_row_up(tmp_path: Path) -> None:
    rows = [
        {"employee_id": "E1", "hire_date": "2020-01-01"},
        {"employee_id": "E2", "hire_date": "2020-13-01", "work_fraction": "1.5"},
    ]
    folder = write_canonical(
        tmp_path,
        {
            "staff": [
                {
                    **row,
                    "entity": None,
                    "exit_date": None,
                    "contract": None,
                    "work_fraction": row.get("work_fraction"),
                    "smartphone_role": None,
                }
                for row in rows
            ]
        },
    )
    from_csv = problems(folder)
    from_dicts = _problems({"staff": rows})
    assert [p.row for p in from_dicts] == [2, 2]
    assert [p.row for p in from_csv] == [3, 3]

    def rest(p: Any) -> tuple[Any, ...]:
        return (p.table, p.column, p.value, p.code, p.values, p.expected)

    assert [rest(p) for p in from_dicts] == [rest(p) for p in from_csv]
    assert {p.column for p in from_dicts} == {"hire_date", "work_fraction"}


def test_skip_invalid_keeps_the_valid_rows_and_lists_the_others() -> None:
    dataset = load_dataset(
        {
            "personeel": [
                {"employee_id": "E1", "hire_date": "x"},
                {"employee_id": "E2", "hire_date": "2020-01-01"},
            ]
        },
        skip_invalid=True,
    )
    assert [e.employee_id for e in dataset.employees] == ["E2"]
    assert [(p.table, p.row, p.column) for p in dataset.skipped] == [("staff", 1, "hire_date")]


def test_dutch_table_names_and_headers_are_read() -> None:
    dataset = load_dataset(
        {
            "Personeel": [{"personeelsnummer": "E1", "datum_in_dienst": "01/02/2020"}],
            "thuiswerk": [{"personeelsnummer": "E1", "begin": "2021-01-01", "dagen_per_week": 2}],
        }
    )
    (employee,) = dataset.employees
    assert employee.hire_date == date(2020, 2, 1)
    assert employee.telework[0].days_per_week == Decimal(2)


def test_an_unknown_or_repeated_table_name_is_a_problem() -> None:
    staff = [{"employee_id": "E1", "hire_date": "2020-01-01"}]
    (unknown,) = _problems({"staff": staff, "personel_": staff})
    assert unknown.code == "unknown_sheet_near"
    (twice,) = _problems({"staff": staff, "PERSONEEL": staff})
    assert (twice.table, twice.value, twice.code) == ("staff", "PERSONEEL", "sheet_once")


def test_rows_that_are_no_mappings_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="row 1 must be a mapping"):
        load_dataset({"staff": [("E1", "2020-01-01")]})
    with pytest.raises(TypeError, match="iterable of mappings"):
        load_dataset({"staff": {"employee_id": "E1"}})


# Cells: Python, numpy and pandas values.


def test_nan_nat_na_and_none_are_empty() -> None:
    for empty in [
        None,
        float("nan"),
        np.nan,
        np.float32("nan"),
        pd.NaT,
        pd.NA,
        np.datetime64("NaT"),
    ]:
        assert cell(empty) is None
    frame = pd.DataFrame(
        {
            "employee_id": ["E1", "E2"],
            "entity": [None, np.nan],
            "hire_date": pd.to_datetime(["2020-01-01", "2021-05-01"]),
            "exit_date": pd.to_datetime(["2022-01-31", None]),
            "work_fraction": [0.5, np.nan],
            "smartphone_role": pd.array([True, pd.NA], dtype="boolean"),
        }
    )
    one, two = load_dataset({"staff": frame}).employees
    assert (one.exit_date, one.work_fraction, one.smartphone_role) == (
        date(2022, 1, 31),
        Decimal("0.5"),
        True,
    )
    assert (two.entity, two.exit_date, two.work_fraction, two.smartphone_role) == (
        None,
        None,
        Decimal(1),
        False,
    )


def test_numpy_numbers_and_floats_read_as_their_shortest_decimal() -> None:
    assert cell(np.int64(7)) == 7 and type(cell(np.int64(7))) is int
    assert cell(np.uint8(3)) == 3
    assert cell(np.bool_(True)) is True
    assert cell(0.1) == Decimal("0.1")
    assert cell(np.float64(0.1)) == Decimal("0.1")
    assert cell(np.float32(0.8)) == Decimal("0.8")
    assert cell(1001.0) == 1001 and cell(np.float64(3.0)) == 3
    assert cell(np.str_("E1")) == "E1" and type(cell(np.str_("E1"))) is str
    assert cell(Month("2023-04")) == "2023-04"
    dataset = load_dataset(
        {
            "staff": pd.DataFrame(
                {
                    "employee_id": np.array([1001, 1002]),
                    "hire_date": ["2020-01-01"] * 2,
                    "work_fraction": np.array([0.8, 0.1], dtype=np.float32),
                }
            ),
            "payments": [
                {
                    "employee_id": "1001",
                    "month": "2023-01",
                    "allowance": "home_working",
                    "amount": np.float64(20.1),
                }
            ],
        }
    )
    assert [(e.employee_id, e.work_fraction) for e in dataset.employees] == [
        ("1001", Decimal("0.8")),
        ("1002", Decimal("0.1")),
    ]
    assert dataset.payments[0].amount == Decimal("20.10")


def test_dates_at_midnight_are_dates_in_every_form() -> None:
    for value in [
        pd.Timestamp("2020-03-04"),
        datetime(2020, 3, 4),  # noqa: DTZ001
        np.datetime64("2020-03-04"),
        np.datetime64("2020-03-04T00:00:00.000000000"),
    ]:
        (employee,) = load_dataset({"staff": [{"employee_id": "E1", "hire_date": value}]}).employees
        assert employee.hire_date == date(2020, 3, 4)


@pytest.mark.parametrize(
    "value",
    [
        pd.Timestamp("2020-03-04 09:30"),
        pd.Timestamp("2020-03-04", tz="Europe/Brussels"),
        datetime(2020, 3, 4, tzinfo=UTC),
        np.datetime64("2020-03-04T12:00"),
    ],
)
def test_a_time_of_day_or_a_time_zone_is_a_problem(value: Any) -> None:
    (problem,) = _problems({"staff": [{"employee_id": "E1", "hire_date": value}]})
    assert (problem.table, problem.row, problem.column, problem.code) == (
        "staff",
        1,
        "hire_date",
        "date_time",
    )


def test_a_timestamp_below_a_microsecond_is_never_rounded_to_midnight() -> None:
    for value in [
        pd.Timestamp("2020-03-04") + pd.Timedelta(1, "ns"),
        np.datetime64("2020-03-04T00:00:00.000000001"),
    ]:
        (problem,) = _problems({"staff": [{"employee_id": "E1", "hire_date": value}]})
        assert problem.column == "hire_date"


def test_a_polars_frame_with_typed_columns() -> None:
    frame = pl.DataFrame(
        {
            "employee_id": ["E1", "E2"],
            "hire_date": [date(2020, 1, 1), date(2020, 6, 1)],
            "exit_date": [None, datetime(2023, 1, 31)],  # noqa: DTZ001
            "work_fraction": [0.8, None],
            "smartphone_role": [True, None],
        }
    )
    frame = frame.with_columns(pl.col("work_fraction").cast(pl.Float32))
    one, two = load_dataset({"staff": frame}).employees
    assert (one.work_fraction, one.smartphone_role, one.exit_date) == (Decimal("0.8"), True, None)
    assert (two.work_fraction, two.exit_date) == (Decimal(1), date(2023, 1, 31))
    (problem,) = _problems(
        {"staff": pl.DataFrame({"employee_id": ["E1"], "hire_date": [datetime(2020, 1, 1, 8)]})}  # noqa: DTZ001
    )
    assert (problem.row, problem.code) == (1, "date_time")
