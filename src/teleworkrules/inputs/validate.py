"""Validation: the raw tables of the data contract into a :class:`~teleworkrules.facts.Dataset`.

Validation reads every row, collects every problem (table, row, column, value, what was
expected) and only then decides: a dataset with problems raises
:class:`~teleworkrules.exceptions.DatasetError` listing them all, unless the caller asks to
skip invalid rows, in which case every skipped row is listed in
:attr:`~teleworkrules.facts.Dataset.skipped`. Nothing is dropped silently.

Rows that only fail because the staff row they refer to failed (or because the staff table
could not be read) are knock-on problems: one problem per table counts them, with their
first row numbers. A row referring to an id that is simply absent from staff is a problem
of its own.

Ids are read in their NFC form (:func:`~teleworkrules.facts.normalise_identifier`). Two
staff rows whose ids differ only in capitals are one person written twice: the second is
a problem naming the first (:func:`~teleworkrules.facts.identity_key`). Other tables refer
to an id exactly as staff writes it; one written in other capitals is a problem that
names the staff id. Entity codes match their policy whatever their capitals.

Row numbers are those a spreadsheet shows: the header is row 1, the first data row row 2.
"""

from __future__ import annotations

import ast
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import Final

from teleworkrules.exceptions import DatasetError
from teleworkrules.facts import (
    Dataset,
    identity_key,
    normalise_identifier,
)
from teleworkrules.inputs._facts import employee, material_request, payment
from teleworkrules.inputs.contract import TABLES, RawTable, TableStopped, unknown_table
from teleworkrules.inputs.rows import Known, Row, read_table
from teleworkrules.problems import Note, Problem, row_list
from teleworkrules.time import Month

__all__ = ["build_dataset", "merged_notes"]


_Spells = Mapping[str, list[Row]]
"""One person's valid rows by table."""

_FIRST_ROWS: Final = 5
"""How many row numbers and ids a knock-on problem shows."""


def build_dataset(
    tables: Iterable[RawTable],
    *,
    source: str,
    known_entities: Iterable[str] | None = None,
    skip_invalid: bool = False,
    unreadable: Container[str] = frozenset(),
    numbers: dict[str, tuple[int, ...]] | None = None,
) -> Dataset:
    """Validate raw tables into a :class:`~teleworkrules.facts.Dataset`.

    Args:
        tables: the tables read (``staff`` is required; others optional).
        source: the dataset's name for messages.
        known_entities: entity codes with a policy, in any capitals; other codes are
            noted (the law only).
        skip_invalid: evaluate the valid rows and list the skipped ones in
            :attr:`~teleworkrules.facts.Dataset.skipped`, instead of raising.
        unreadable: tables whose file could not be (fully) read; their problems are
            reported by the reader, so a missing table is not reported again.
        numbers: if given, gets the row numbers of the material requests and of the
            payments (by table name), in the dataset's order: shares of one dataset
            (:mod:`~teleworkrules.inputs.shares`) are merged in file order by them.

    Raises:
        DatasetError: listing every problem, when any is found and ``skip_invalid`` is off.
    """
    problems: list[Problem] = []
    notes: list[Note] = []
    by_name, unusable, written = _read_tables(tables, problems, notes)
    _check_staff_table(by_name, unreadable, problems)
    people = _people(by_name.get("staff", []), problems)
    notes.extend(_entity_notes(people.values(), known_entities))
    staff_read = "staff" in by_name and "staff" not in unusable and "staff" not in unreadable
    failed = frozenset(written - people.keys() - {""}) if staff_read else None
    per_person = _rows_per_person(by_name, people, failed, problems)
    del by_name  # the rows are kept per person now
    invalid = _invalid_spells(per_person, problems)
    found = tuple(sorted(problems, key=_order))
    if found and not skip_invalid:
        raise DatasetError(source, found)
    request_rows = _other_rows(per_person, "material_requests")
    payment_rows = _other_rows(per_person, "payments")
    if numbers is not None:
        numbers["material_requests"] = tuple(r.number for r in request_rows)
        numbers["payments"] = tuple(r.number for r in payment_rows)
    requests = tuple(material_request(r) for r in request_rows)
    payments = tuple(payment(r) for r in payment_rows)
    # Each person's rows are let go once their facts are built: memory holds one or the
    # other, not both.
    employees = tuple(
        employee(people.pop(eid), _valid_spells(per_person.pop(eid, {}), invalid))
        for eid in sorted(people)
    )
    return Dataset(employees, requests, payments, source, found, tuple(notes))


def _read_tables(
    tables: Iterable[RawTable], problems: list[Problem], notes: list[Note]
) -> tuple[dict[str, list[Row]], set[str], set[str]]:
    """The valid rows of each table, the tables whose header failed, the staff ids written.

    The ids are those of every staff row, valid or not. A table named after no table of
    the contract is a problem. Each table's text is let go once its rows are read (when
    the caller hands the tables over one by one).
    """
    by_name: dict[str, list[Row]] = {}
    unusable: set[str] = set()
    written: set[str] = set()
    known: Known = {}  # the tables share their conversions: ids and dates repeat
    for table in tables:
        if table.name not in TABLES:  # readers name tables; a caller's name may be anything
            problems.append(unknown_table(table.origin, table.name, "file"))
            continue
        ids: set[str] | None = set() if table.name == "staff" else None
        try:
            rows = read_table(table, problems, notes, ids, known)
        except TableStopped:  # as if the table had not been read: the reader said why
            continue
        if rows is None:
            unusable.add(table.name)
        by_name[table.name] = rows or []
        if ids:
            written.update(normalise_identifier(eid) or eid for eid in ids)
    return by_name, unusable, written


def _check_staff_table(
    by_name: Mapping[str, list[Row]], unreadable: Container[str], problems: list[Problem]
) -> None:
    """A problem when the staff table is missing or empty (and nothing else says why)."""
    if (
        "staff" not in by_name
        and "staff" not in unreadable
        and not any(p.table == "staff" for p in problems)
    ):
        problems.append(Problem.of("staff", 0, "", "", "staff_table"))
    if "staff" in by_name and not by_name["staff"] and not problems:
        problems.append(Problem.of("staff", 2, "", "", "staff_member"))


def _people(staff_rows: list[Row], problems: list[Problem]) -> dict[str, Row]:
    """The staff rows by id; a repeated id is a problem.

    Ids are compared by :func:`~teleworkrules.facts.identity_key` (NFC form, case-folded):
    ``E001`` and ``e001`` are one person, so the second row is a problem naming the first.
    """
    people: dict[str, Row] = {}
    by_key: dict[str, Row] = {}
    for row in staff_rows:
        eid = row.values.employee_id
        first = by_key.setdefault(identity_key(eid), row)
        if first is not row:
            other = first.values.employee_id
            values = {} if other == eid else {"other_id": other}
            code = "unique_id" if other == eid else "unique_id_case"
            problems.append(
                Problem.of(
                    "staff", row.number, "employee_id", eid, code, other=first.number, **values
                )
            )
            continue
        people[eid] = row
    return people


_NO_POLICY: Final = "entity_without_policy"


def _entity_notes(staff: Iterable[Row], known_entities: Iterable[str] | None) -> list[Note]:
    """A note per entity code without a policy: its staff get the law only."""
    if known_entities is None:
        return []
    known = {identity_key(code) for code in known_entities}
    unknown: dict[str, int] = {}
    for row in staff:
        entity = row.values.entity
        if entity is not None and identity_key(entity) not in known:
            unknown[entity] = unknown.get(entity, 0) + 1
    return _no_policy_notes(unknown)


def _no_policy_notes(unknown: Mapping[str, int]) -> list[Note]:
    return [
        Note.of("staff", _NO_POLICY, entity=repr(code), count=count)
        for code, count in sorted(unknown.items())
    ]


def merged_notes(shares: Sequence[Sequence[Note]]) -> tuple[Note, ...]:
    """The notes of a dataset, from the notes of its shares (:mod:`~teleworkrules.inputs.shares`).

    Every share reads every file whole, so each has the notes about the files; the
    staff of an entity without a policy are counted over all shares.
    """
    unknown: dict[str, int] = {}
    for notes in shares:
        for note in notes:
            if note.code == _NO_POLICY:
                values = dict(note.values)
                code = ast.literal_eval(values["entity"])  # the repr of the code
                unknown[code] = unknown.get(code, 0) + int(values["count"])
    files = [note for note in shares[0] if note.code != _NO_POLICY] if shares else []
    return (*files, *_no_policy_notes(unknown))


def _rows_per_person(
    by_name: Mapping[str, list[Row]],
    people: Mapping[str, Row],
    failed: frozenset[str] | None,
    problems: list[Problem],
) -> dict[str, dict[str, list[Row]]]:
    """The rows of the tables beside staff, by person and table; unknown ids are problems.

    ``failed`` holds the ids of invalid staff rows, or is ``None`` when the staff table
    could not be read: a row referring to one of those is a knock-on problem, counted in
    one problem per table (:func:`_knock_on`).
    """
    per_person: dict[str, dict[str, list[Row]]] = {}
    keys: dict[str, str] | None = None
    for name, rows in by_name.items():
        if name == "staff":
            continue
        knocked: list[Row] = []
        for row in rows:
            eid = row.values.employee_id
            if eid in people:
                per_person.setdefault(eid, {}).setdefault(name, []).append(row)
            elif failed is None or eid in failed:
                knocked.append(row)
            else:
                if keys is None:
                    keys = {identity_key(known): known for known in people}
                problems.append(_unknown_employee(name, row.number, eid, keys))
        if knocked:
            problems.append(_knock_on(name, knocked, staff_read=failed is not None))
    return per_person


def _unknown_employee(table: str, number: int, eid: str, keys: Mapping[str, str]) -> Problem:
    """A row referring to an id absent from staff; the staff id in other capitals, if any.

    References match exactly: ``e001`` does not refer to the staff member ``E001``, but the
    problem says that staff has ``E001``.
    """
    written = keys.get(identity_key(eid))
    if written is None:
        return Problem.of(table, number, "employee_id", eid, "known_employee")
    return Problem.of(table, number, "employee_id", eid, "known_employee_case", other_id=written)


def _knock_on(table: str, rows: list[Row], *, staff_read: bool) -> Problem:
    """One problem for the rows of ``table`` that fail only because staff failed.

    Its row is 0 (the table as a whole); ``count`` says how many rows it stands for and
    ``rows`` shows the first of them. Its value lists the first ids the rows refer to.
    """
    count = len(rows)
    shown = row_list([r.number for r in rows], first=_FIRST_ROWS)
    if not staff_read:
        return Problem.of(table, 0, "employee_id", "", "unread_staff", count=count, rows=shown)
    ids = list(dict.fromkeys(r.values.employee_id for r in rows))
    value = ", ".join(ids[:_FIRST_ROWS]) + (", ..." if len(ids) > _FIRST_ROWS else "")
    return Problem.of(
        table, 0, "employee_id", value, "invalid_staff_rows", count=count, rows=shown,
        persons=len(ids),
    )  # fmt: skip


def _invalid_spells(
    per_person: Mapping[str, _Spells], problems: list[Problem]
) -> set[tuple[str, int]]:
    """``(table, row)`` of the spells that overlap another of the same person."""
    invalid: set[tuple[str, int]] = set()
    for spells in per_person.values():
        for kind in ("internet", "telework"):
            rows = spells.get(kind)
            if rows is not None and len(rows) > 1:
                invalid.update((kind, n) for n in _overlaps(rows, kind, problems))
        days = spells.get("telework_days")
        if days is not None and len(days) > 1:  # one row repeats no month
            invalid.update(_repeated_months(days, problems))
    return invalid


def _overlaps(rows: list[Row], kind: str, problems: list[Problem]) -> set[int]:
    """Rows of one person whose periods overlap; both rows of each pair are reported."""
    bad: set[int] = set()
    ordered = sorted(rows, key=lambda r: r.values.start)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.values.end is not None and b.values.start > a.values.end:
                break
            for this, other in ((b, a), (a, b)):
                problems.append(
                    Problem.of(
                        kind,
                        this.number,
                        "start",
                        this.values.start.isoformat(),
                        "overlap",
                        other=other.number,
                        start=other.values.start,
                        end=other.values.end or "open",
                    )
                )
            bad.update((a.number, b.number))
    return bad


def _repeated_months(rows: Iterable[Row], problems: list[Problem]) -> set[tuple[str, int]]:
    """Telework-day rows of one person for a month already given; both rows are reported."""
    invalid: set[tuple[str, int]] = set()
    first_row: dict[Month, int] = {}
    for row in rows:
        month = row.values.month
        if month not in first_row:
            first_row[month] = row.number
            continue
        for this, other in ((row.number, first_row[month]), (first_row[month], row.number)):
            problems.append(
                Problem.of("telework_days", this, "month", str(month), "month_once", other=other)
            )
        invalid.update({("telework_days", row.number), ("telework_days", first_row[month])})
    return invalid


def _valid_spells(spells: _Spells, invalid: set[tuple[str, int]]) -> _Spells:
    """One person's rows without the invalid ones."""
    if not invalid:
        return spells
    return {
        kind: [r for r in rows if (kind, r.number) not in invalid] for kind, rows in spells.items()
    }


def _other_rows(per_person: Mapping[str, _Spells], table: str) -> list[Row]:
    """The valid rows of a table that is no spell, in file order."""
    rows = [r for spells in per_person.values() for r in spells.get(table, ())]
    return sorted(rows, key=lambda r: r.number)


_TABLE_ORDER: Final = {name: i for i, name in enumerate(TABLES)}


def _order(problem: Problem) -> tuple[int, int, str]:
    return (_TABLE_ORDER.get(problem.table, 99), problem.row, problem.column)
