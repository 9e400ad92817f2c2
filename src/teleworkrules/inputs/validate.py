"""Datasets: the tables an HR officer hands over, validated into facts.

The tables and columns are those of the data contract (DATA-CONTRACT.md); Dutch header
aliases are accepted too (:data:`ALIASES`). Validation reads every row, collects every
problem (table, row, column, value, what was expected) and only then decides: a dataset
with problems raises :class:`~teleworkrules.exceptions.DatasetError` listing them all,
unless the caller asks to skip invalid rows, in which case every skipped row is listed in
:attr:`Dataset.skipped`. Nothing is dropped silently.

Row numbers are those a spreadsheet shows: the header is row 1, the first data row row 2.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final, final

import attrs

from teleworkrules.exceptions import DatasetError, InvalidFactError
from teleworkrules.facts import (
    Absence,
    Allowance,
    Contract,
    Employee,
    InternetRoute,
    MaterialRequest,
    Payment,
    Route,
    TeleworkArrangement,
    TeleworkDays,
)
from teleworkrules.problems import Problem
from teleworkrules.time import DateRange, Month

__all__ = ["ALIASES", "TABLES", "Column", "Dataset", "RawTable", "build_dataset"]

Cell = str | int | float | Decimal | date | datetime | bool | None
"""A cell as a reader gives it (text from CSV, typed values from a workbook)."""


class _Bad(Exception):
    """A cell that does not convert; the argument says what was expected."""


@final
@attrs.frozen
class RawTable:
    """A table as read from a file, before validation.

    Attributes:
        name: the table name, e.g. ``staff``.
        origin: where it was read from (file or sheet), for messages.
        header: the header cells as written.
        rows: ``(row number, cells)`` pairs.
    """

    name: str
    origin: str
    header: tuple[str, ...]
    rows: Sequence[tuple[int, tuple[Cell, ...]]]


def _text(value: Cell) -> str:
    if value.__class__ is str:
        return value.strip()
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_ID_MATCH: Final = re.compile(r"[^\x00-\x1f\x7f=+\-@][^\x00-\x1f\x7f]{0,63}").fullmatch


def _identifier(value: Cell) -> str:
    text = value if value.__class__ is str else _text(value)
    if not _ID_MATCH(text):
        raise _Bad(
            "an identifier of 1-64 printable characters, not starting with =, +, - or @ "
            "(spreadsheet formula characters)"
        )
    return text


def _date(value: Cell) -> date:
    if (
        value.__class__ is str
        and len(value) == 10
        and value[4] == "-"
        and value[7] == "-"
        and value.isascii()
    ):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise _Bad("a date without a time of day")
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    raise _Bad("a date as YYYY-MM-DD, e.g. 2023-09-08")


def _month(value: Cell) -> Month:
    if isinstance(value, date) and not (
        isinstance(value, datetime) and value.time() != datetime.min.time()
    ):
        day = value.date() if isinstance(value, datetime) else value
        if day.day == 1:
            return Month.from_date(day)
    try:
        return Month(_text(value))
    except InvalidFactError:
        raise _Bad("a month as YYYY-MM, e.g. 2023-01") from None


def _month_or_date(value: Cell) -> Month | date:
    if isinstance(value, date):
        return _date(value)
    text = _text(value)
    if len(text) == 7:
        return _month(text)
    try:
        return _date(text)
    except _Bad:
        raise _Bad("a date as YYYY-MM-DD or a month as YYYY-MM") from None


_NUMBER_MATCH: Final = re.compile(r"-?\d+(\.\d+)?").fullmatch


_LARGEST: Final = Decimal("1000000000")
"""Numbers are below a billion: larger ones are input errors, not amounts or days."""


def _decimal(value: Cell) -> Decimal:
    number = _any_decimal(value)
    if not number.is_finite() or abs(number) >= _LARGEST:
        raise _Bad("a number below 1,000,000,000")
    return number


def _any_decimal(value: Cell) -> Decimal:
    if value.__class__ is str and _NUMBER_MATCH(value):
        return Decimal(value)
    if isinstance(value, bool):
        raise _Bad("a number")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = _text(value)
    if not _NUMBER_MATCH(text):
        raise _Bad("a number with . as decimal mark, e.g. 2.5")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _Bad("a number with . as decimal mark, e.g. 2.5") from None


def _money(value: Cell) -> Decimal:
    amount = _decimal(value)
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise _Bad("an amount in euro with at most two decimals, e.g. 20.00")
    return amount.quantize(Decimal("0.01"))


_TRUE: Final = frozenset({"true", "yes", "ja", "1"})
_FALSE: Final = frozenset({"false", "no", "nee", "0"})


def _bool(value: Cell) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _Bad("true/false, yes/no, ja/nee or 1/0")


def _choice(*choices: str) -> Callable[[Cell], str]:
    def convert(value: Cell) -> str:
        text = _text(value).lower()
        if text not in choices:
            raise _Bad(f"one of {', '.join(choices)}")
        return text

    return convert


def _between(
    convert: Callable[[Cell], Decimal],
    low: Decimal,
    high: Decimal | None,
    *,
    low_open: bool = False,
) -> Callable[[Cell], Decimal]:
    bound = f"{'>' if low_open else '>='} {low}" + ("" if high is None else f" and <= {high}")

    def check(value: Cell) -> Decimal:
        number = convert(value)
        if number < low or (low_open and number == low) or (high is not None and number > high):
            raise _Bad(f"a number {bound}")
        return number

    return check


@final
@attrs.frozen
class Column:
    """A column of a table: its name, converter, and whether it is required."""

    name: str
    convert: Callable[[Cell], Any]
    required: bool = False
    default: Any = None


TABLES: Final[Mapping[str, tuple[Column, ...]]] = {
    "staff": (
        Column("employee_id", _identifier, required=True),
        Column("entity", _identifier),
        Column("hire_date", _date, required=True),
        Column("exit_date", _date),
        Column("contract", _choice("statutory", "contractual", "student"), default="contractual"),
        Column(
            "work_fraction",
            _between(_decimal, Decimal(0), Decimal(1), low_open=True),
            default=Decimal(1),
        ),
        Column("smartphone_role", _bool, default=False),
    ),
    "telework": (
        Column("employee_id", _identifier, required=True),
        Column("start", _date, required=True),
        Column("end", _date),
        Column("days_per_week", _between(_decimal, Decimal(0), Decimal(5)), required=True),
        Column("approved", _bool, default=True),
    ),
    "telework_days": (
        Column("employee_id", _identifier, required=True),
        Column("month", _month, required=True),
        Column("days", _between(_decimal, Decimal(0), Decimal(31)), required=True),
    ),
    "internet": (
        Column("employee_id", _identifier, required=True),
        Column("start", _date, required=True),
        Column("end", _date),
        Column("route", _choice("forfait", "third_party"), required=True),
    ),
    "absences": (
        Column("employee_id", _identifier, required=True),
        Column("start", _date, required=True),
        Column("end", _date, required=True),
        Column("salary_paid", _bool, default=True),
        Column("kind", _text, default=""),
    ),
    "material_requests": (
        Column("employee_id", _identifier, required=True),
        Column("item", _identifier, required=True),
        Column("requested_on", _date, required=True),
        Column("cost", _between(_money, Decimal(0), None)),
    ),
    "payments": (
        Column("employee_id", _identifier, required=True),
        Column("month", _month, required=True),
        Column("allowance", _choice("internet_forfait", "home_working"), required=True),
        Column("amount", _money, required=True),
        Column("paid_on", _month_or_date),
    ),
}
"""The tables of the data contract and their columns (required ones first in the contract)."""

ALIASES: Final[Mapping[str, str]] = {
    "personeelsnummer": "employee_id",
    "personeelslid": "employee_id",
    "entiteit": "entity",
    "datum_in_dienst": "hire_date",
    "indiensttreding": "hire_date",
    "datum_uit_dienst": "exit_date",
    "uitdiensttreding": "exit_date",
    "contracttype": "contract",
    "statuut": "contract",
    "tewerkstellingsbreuk": "work_fraction",
    "tewerkstelling": "work_fraction",
    "smartphonefunctie": "smartphone_role",
    "smartphone_functie": "smartphone_role",
    "begin": "start",
    "begindatum": "start",
    "einde": "end",
    "einddatum": "end",
    "dagen_per_week": "days_per_week",
    "goedgekeurd": "approved",
    "maand": "month",
    "dagen": "days",
    "thuiswerkdagen": "days",
    "loon_betaald": "salary_paid",
    "soort": "kind",
    "artikel": "item",
    "aangevraagd_op": "requested_on",
    "aanvraagdatum": "requested_on",
    "kost": "cost",
    "kostprijs": "cost",
    "vergoeding": "allowance",
    "bedrag": "amount",
    "betaald_op": "paid_on",
    "betaaldatum": "paid_on",
}
"""Dutch header names accepted for the contract's column names."""

_CONTRACTS: Final = {c.value: c for c in Contract}


@final
@attrs.frozen
class Dataset:
    """A validated dataset: the staff with their spells, requests and payments.

    Attributes:
        employees: every staff member, sorted by ``employee_id``.
        material_requests: the material requests, in file order.
        payments: the payments, in file order.
        source: where the dataset was read from.
        skipped: the problems of rows that were skipped (only with ``skip_invalid``).
        notes: remarks that do not invalidate the data (e.g. an ignored extra column).
    """

    employees: tuple[Employee, ...]
    material_requests: tuple[MaterialRequest, ...] = ()
    payments: tuple[Payment, ...] = ()
    source: str = ""
    skipped: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()

    def employee(self, employee_id: str) -> Employee:
        """The staff member with this id."""
        for employee in self.employees:
            if employee.employee_id == employee_id:
                return employee
        raise KeyError(employee_id)


@attrs.define
class _Row:
    table: str
    number: int
    values: dict[str, Any]


def _normalise_header(cell: str) -> str:
    name = cell.replace("\ufeff", "").strip().lower().replace(" ", "_").replace("-", "_")
    return ALIASES.get(name, name)


def _read_table(table: RawTable, problems: list[Problem], notes: list[str]) -> list[_Row]:
    columns = {c.name: c for c in TABLES[table.name]}
    header = [_normalise_header(str(h) if h is not None else "") for h in table.header]
    if not any(header):
        problems.append(Problem(table.name, 1, "", "", "a header row naming the columns"))
        return []
    if len(header) == 1 and ";" in header[0]:
        problems.append(
            Problem(
                table.name,
                1,
                "",
                str(table.header[0]),
                "commas between columns, not semicolons (save as 'CSV UTF-8 (comma delimited)')",
            )
        )
        return []
    seen: dict[str, int] = {}
    for position, name in enumerate(header):
        if name in seen:
            problems.append(
                Problem(
                    table.name,
                    1,
                    name,
                    table.header[position],
                    "each column once (this column appears twice)",
                )
            )
        seen.setdefault(name, position)
    missing = [c.name for c in columns.values() if c.required and c.name not in seen]
    for name in missing:
        problems.append(Problem(table.name, 1, name, "", "a required column named " + name))
    if missing or len(seen) != len(header):
        return []
    extra = [table.header[i] for i, name in enumerate(header) if name not in columns]
    if extra:
        notes.append(f"{table.origin}: extra columns ignored: {', '.join(map(str, extra))}")
    plan = [(position, columns[name]) for position, name in enumerate(header) if name in columns]
    absent = {name: column.default for name, column in columns.items() if name not in seen}
    width = len(header)
    name_of = table.name
    rows: list[_Row] = []
    for number, cells in table.rows:
        count = len(cells)
        if count > width and any(_text(c) for c in cells[width:]):
            problems.append(
                Problem(
                    name_of,
                    number,
                    "",
                    ",".join(_text(c) for c in cells),
                    f"at most {width} cells, as many as the header",
                )
            )
            continue
        values: dict[str, Any] = dict(absent)
        missing_required: list[str] = []
        bad: list[Problem] = []
        for position, column in plan:
            cell = cells[position] if position < count else None
            if cell.__class__ is str:
                cell = cell.strip()
                if not cell:
                    cell = None
            if cell is None:
                if column.required:
                    missing_required.append(column.name)
                values[column.name] = column.default
                continue
            try:
                values[column.name] = column.convert(cell)
            except _Bad as exc:
                bad.append(Problem(name_of, number, column.name, _text(cell), str(exc)))
        if missing_required:
            if not bad and all(_text(c) == "" for c in cells):
                continue  # an empty line is no row
            bad.extend(
                Problem(name_of, number, name, "", "a value (required)")
                for name in missing_required
            )
        if bad:
            problems.extend(bad)
        elif _check_row(name_of, number, values, problems):
            rows.append(_Row(name_of, number, values))
    return rows


def _check_row(table: str, number: int, values: dict[str, Any], problems: list[Problem]) -> bool:
    """Checks that involve two cells of one row."""
    pairs = {
        "staff": ("hire_date", "exit_date"),
        "telework": ("start", "end"),
        "internet": ("start", "end"),
        "absences": ("start", "end"),
    }
    if table in pairs:
        first, last = pairs[table]
        if values[last] is not None and values[last] < values[first]:
            problems.append(
                Problem(
                    table,
                    number,
                    last,
                    values[last].isoformat(),
                    f"a date on or after {first} {values[first].isoformat()}",
                )
            )
            return False
    if table == "telework_days" and values["days"] > values["month"].days:
        problems.append(
            Problem(
                table,
                number,
                "days",
                str(values["days"]),
                f"at most the {values['month'].days} days of {values['month']}",
            )
        )
        return False
    return True


def _period(row: _Row) -> DateRange:
    return DateRange(row.values["start"], row.values["end"])


def _overlaps(rows: list[_Row], kind: str, problems: list[Problem]) -> set[int]:
    """Rows of one person whose periods overlap; both rows of each pair are reported."""
    bad: set[int] = set()
    ordered = sorted(rows, key=lambda r: r.values["start"])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.values["end"] is not None and b.values["start"] > a.values["end"]:
                break
            for this, other in ((b, a), (a, b)):
                problems.append(
                    Problem(
                        kind,
                        this.number,
                        "start",
                        this.values["start"].isoformat(),
                        f"a period that does not overlap row {other.number} of the same person "
                        f"({other.values['start']}..{other.values['end'] or 'open'})",
                    )
                )
            bad.update((a.number, b.number))
    return bad


def build_dataset(
    tables: Iterable[RawTable],
    *,
    source: str,
    known_entities: Iterable[str] | None = None,
    skip_invalid: bool = False,
    unreadable: frozenset[str] = frozenset(),
) -> Dataset:
    """Validate raw tables into a :class:`Dataset`.

    Args:
        tables: the tables read (``staff`` is required; others optional).
        source: the dataset's name for messages.
        known_entities: entity codes with a policy; other codes are noted (the law only).
        skip_invalid: evaluate the valid rows and list the skipped ones in
            :attr:`Dataset.skipped`, instead of raising.
        unreadable: tables whose file could not be (fully) read; their problems are
            reported by the reader, so a missing table is not reported again.

    Raises:
        DatasetError: listing every problem, when any is found and ``skip_invalid`` is off.
    """
    problems: list[Problem] = []
    notes: list[str] = []
    by_name: dict[str, list[_Row]] = {}
    for table in tables:
        if table.name not in TABLES:
            notes.append(f"{table.origin}: not a table of the data contract; ignored")
            continue
        by_name[table.name] = _read_table(table, problems, notes)
    if (
        "staff" not in by_name
        and "staff" not in unreadable
        and not any(p.table == "staff" for p in problems)
    ):
        problems.append(Problem("staff", 0, "", "", "a staff table (the only required table)"))
    staff_rows = by_name.get("staff", [])
    if "staff" in by_name and not staff_rows and not problems:
        problems.append(Problem("staff", 2, "", "", "at least one staff member"))
    entities = None if known_entities is None else set(known_entities)
    people: dict[str, _Row] = {}
    unknown: dict[str, int] = {}
    for row in staff_rows:
        eid = row.values["employee_id"]
        if eid in people:
            problems.append(
                Problem(
                    "staff",
                    row.number,
                    "employee_id",
                    eid,
                    f"a unique id (also on row {people[eid].number})",
                )
            )
            continue
        entity = row.values["entity"]
        if entities is not None and entity is not None and entity not in entities:
            unknown[entity] = unknown.get(entity, 0) + 1
        people[eid] = row
    for code, count in sorted(unknown.items()):
        notes.append(
            f"staff: entity {code!r} ({count} staff) has no policy: the law only (no default "
            "internet route, no material catalogue, no budgets, no third-party cost)"
        )
    per_person: dict[str, dict[str, list[_Row]]] = defaultdict(lambda: defaultdict(list))
    for name, rows in by_name.items():
        if name == "staff":
            continue
        for row in rows:
            eid = row.values["employee_id"]
            if eid not in people:
                problems.append(
                    Problem(
                        name,
                        row.number,
                        "employee_id",
                        eid,
                        "an employee_id listed in staff (valid rows)",
                    )
                )
                continue
            per_person[eid][name].append(row)
    invalid: set[tuple[str, int]] = set()
    for spells in per_person.values():
        for kind in ("internet", "telework"):
            if len(spells.get(kind, ())) > 1:
                invalid.update((kind, n) for n in _overlaps(spells[kind], kind, problems))
        first_row: dict[Month, int] = {}
        for row in spells.get("telework_days", ()):
            month = row.values["month"]
            if month in first_row:
                for this, other in ((row.number, first_row[month]), (first_row[month], row.number)):
                    problems.append(
                        Problem(
                            "telework_days",
                            this,
                            "month",
                            str(month),
                            f"one row per person and month (also row {other})",
                        )
                    )
                invalid.update({("telework_days", row.number), ("telework_days", first_row[month])})
            else:
                first_row[month] = row.number
    if problems and not skip_invalid:
        raise DatasetError(source, sorted(problems, key=_order))

    none: dict[str, list[_Row]] = {}

    def valid_rows(kind: str) -> list[_Row]:
        found = spells.get(kind, [])
        if not invalid:
            return found
        return [r for r in found if (kind, r.number) not in invalid]

    employees = []
    for eid, row in sorted(people.items()):
        spells = per_person.get(eid, none)
        v = row.values
        employees.append(
            Employee(
                employee_id=eid,
                hire_date=v["hire_date"],
                exit_date=v["exit_date"],
                entity=v["entity"],
                contract=_CONTRACTS[v["contract"]],
                work_fraction=v["work_fraction"],
                smartphone_role=v["smartphone_role"],
                telework=tuple(
                    TeleworkArrangement(
                        r.values["start"],
                        r.values["end"],
                        r.values["days_per_week"],
                        r.values["approved"],
                    )
                    for r in valid_rows("telework")
                ),
                telework_days=tuple(
                    TeleworkDays(r.values["month"], r.values["days"])
                    for r in valid_rows("telework_days")
                ),
                internet=tuple(
                    InternetRoute(r.values["start"], r.values["end"], Route(r.values["route"]))
                    for r in valid_rows("internet")
                ),
                absences=tuple(
                    Absence(
                        r.values["start"],
                        r.values["end"],
                        r.values["salary_paid"],
                        r.values["kind"],
                    )
                    for r in valid_rows("absences")
                ),
            )
        )
    requests = tuple(
        MaterialRequest(
            r.values["employee_id"], r.values["item"], r.values["requested_on"], r.values["cost"]
        )
        for r in sorted(
            (r for p in per_person.values() for r in p["material_requests"]), key=lambda r: r.number
        )
    )
    payments = tuple(
        _payment(r)
        for r in sorted(
            (r for p in per_person.values() for r in p["payments"]), key=lambda r: r.number
        )
    )
    return Dataset(
        tuple(employees),
        requests,
        payments,
        source,
        tuple(sorted(problems, key=_order)),
        tuple(notes),
    )


def _payment(row: _Row) -> Payment:
    v = row.values
    paid = v["paid_on"]
    if paid is None:
        paid_in, paid_on = v["month"], None
    elif isinstance(paid, Month):
        paid_in, paid_on = paid, None
    else:
        paid_in, paid_on = Month.from_date(paid), paid
    return Payment(
        v["employee_id"], v["month"], Allowance(v["allowance"]), v["amount"], paid_in, paid_on
    )


_TABLE_ORDER: Final = {name: i for i, name in enumerate(TABLES)}


def _order(problem: Problem) -> tuple[int, int, str]:
    return (_TABLE_ORDER.get(problem.table, 99), problem.row, problem.column)
