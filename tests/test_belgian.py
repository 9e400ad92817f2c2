"""Belgian HR exports: what an HR officer's Excel really saves reads like the canonical form.

A Belgian Excel saves CSV with semicolons, in Windows-1252, with day-first dates, decimal
commas and whatever Dutch names the officer typed. DATA-CONTRACT.md ("Dataset" and "Value
formats") says what is accepted; these tests check each case, with its message in English
and Dutch, and a property: any canonical dataset, rewritten as a Belgian export, gives
byte-identical entitlements.
"""

from __future__ import annotations

import codecs
import csv
import io
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from teleworkrules import Employee, Month, Problem, load_dataset
from teleworkrules.engine.population import segments
from teleworkrules.facts import Dataset
from teleworkrules.inputs.contract import ALIASES, TABLES, extra_columns_note, listed, shown
from teleworkrules.outputs.entitlements import write_segments
from teleworkrules.strategies import employees

from .conftest import problems

# One row of a table: the contract's column name -> a typed value (None is empty).
Row = dict[str, object]
Tables = dict[str, list[Row]]

DUTCH_TABLES = {
    "staff": "personeel",
    "telework": "thuiswerk",
    "telework_days": "thuiswerkdagen",
    "internet": "internet",
    "absences": "afwezigheden",
    "material_requests": "materiaalaanvragen",
    "payments": "betalingen",
}
DUTCH_VALUES = {
    "statutory": ["statutair"],
    "contractual": ["contractueel"],
    "student": ["jobstudent", "student"],
    "forfait": ["forfaitair"],
    "third_party": ["derdebetaler", "derdebetalersregeling"],
    "internet_forfait": ["internetvergoeding"],
    "home_working": ["thuiswerkvergoeding"],
}
KINDS = ["", "ziekte", "zwangerschapsrust", "ouderschapsverlof (½ dag)", "café-verlof één"]
"""Absence kinds, some with letters outside ASCII, so that Windows-1252 shows."""

STAFF = "employee_id,hire_date\nE1,2020-01-01\n"


def fullwidth(ascii_text: str) -> str:
    """``ascii_text`` with full-width digits (U+FF10..U+FF19), as some keyboards type them."""
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in ascii_text)


def arabic_indic(ascii_text: str) -> str:
    """``ascii_text`` with Arabic-Indic digits (U+0660..U+0669)."""
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in ascii_text)


# The data: generated staff (and payments, material requests) as typed rows per table.


def _tables(people: Iterable[Employee], data: st.DataObject) -> Tables:
    tables: Tables = {name: [] for name in TABLES}
    for e in sorted(people, key=lambda e: e.employee_id):
        eid = e.employee_id
        tables["staff"].append(
            {
                "employee_id": eid,
                "entity": None,
                "hire_date": e.hire_date,
                "exit_date": e.exit_date,
                "contract": e.contract.value,
                "work_fraction": e.work_fraction,
                "smartphone_role": e.smartphone_role,
            }
        )
        for t in e.telework:
            tables["telework"].append(
                {
                    "employee_id": eid,
                    "start": t.start,
                    "end": t.end,
                    "days_per_week": t.days_per_week,
                    "approved": t.approved,
                }
            )
        for d in e.telework_days:
            tables["telework_days"].append({"employee_id": eid, "month": d.month, "days": d.days})
        for i in e.internet:
            tables["internet"].append(
                {
                    "employee_id": eid,
                    "start": i.start,
                    "end": i.end,
                    "route": i.route.value,
                    "benefit_waived": i.benefit_waived,
                }
            )
        for a in e.absences:
            tables["absences"].append(
                {
                    "employee_id": eid,
                    "start": a.start,
                    "end": a.end,
                    "salary_paid": a.salary_paid,
                    "kind": data.draw(st.sampled_from(KINDS)),
                }
            )
        for _ in range(data.draw(st.integers(0, 2))):
            paid_on = data.draw(
                st.none()
                | st.dates(date(2021, 1, 1), date(2025, 12, 31))
                | st.just(Month("2024-02"))
            )
            tables["payments"].append(
                {
                    "employee_id": eid,
                    "month": data.draw(st.sampled_from([Month("2023-01"), Month("2023-11")])),
                    "allowance": data.draw(st.sampled_from(["internet_forfait", "home_working"])),
                    "amount": Decimal(data.draw(st.integers(0, 99_999))) / 100,
                    "paid_on": paid_on,
                }
            )
        if data.draw(st.booleans()):
            tables["material_requests"].append(
                {
                    "employee_id": eid,
                    "item": "chair",
                    "requested_on": data.draw(st.dates(date(2021, 1, 1), date(2025, 12, 31))),
                    "cost": data.draw(
                        st.none() | st.integers(0, 50_000).map(lambda n: Decimal(n) / 100)
                    ),
                }
            )
    return {name: rows for name, rows in tables.items() if rows or name == "staff"}


def _columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


# The canonical form: DATA-CONTRACT.md's first forms, UTF-8, commas.


def _canonical(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_canonical(folder: Path, tables: Mapping[str, Sequence[Row]]) -> Path:
    """The tables as the data contract's canonical CSV files."""
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in tables.items():
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        columns = _columns(table)
        writer.writerow(columns)
        writer.writerows([_canonical(row[c]) for c in columns] for row in rows)
        (folder / f"{table}.csv").write_text(out.getvalue(), encoding="utf-8")
    return folder


# The Belgian export: the same tables as a Belgian Excel saves them.

_DUTCH_HEADERS: dict[str, list[str]] = {}
for _alias, _column in ALIASES.items():
    _DUTCH_HEADERS.setdefault(_column, []).append(_alias)


def _day_first(value: date, data: st.DataObject) -> str:
    form = data.draw(st.sampled_from(["%d/%m/%Y", "D/M/Y", "%d-%m-%Y", "%d.%m.%Y"]))
    if form == "D/M/Y":
        return f"{value.day}/{value.month}/{value.year:04d}"
    return f"{value.day:02d}{form[2]}{value.month:02d}{form[2]}{value.year:04d}"


def _belgian(value: object, data: st.DataObject) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return data.draw(st.sampled_from(["ja", "WAAR"] if value else ["nee", "ONWAAR"]))
    if isinstance(value, date):
        return _day_first(value, data)
    if isinstance(value, Month):
        return f"{value.month:02d}/{value.year:04d}"
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, str) and value in DUTCH_VALUES:
        word = data.draw(st.sampled_from(DUTCH_VALUES[value]))
        return data.draw(st.sampled_from([word, word.capitalize(), word.upper()]))
    return str(value)


def _header(column: str, data: st.DataObject) -> str:
    name = data.draw(st.sampled_from(_DUTCH_HEADERS.get(column, [column])))
    return data.draw(st.sampled_from([name, name.replace("_", " ").capitalize()]))


def write_belgian(folder: Path, tables: Mapping[str, Sequence[Row]], data: st.DataObject) -> Path:
    """The tables as a Belgian Excel export: Dutch names, ';' or tab, Windows-1252."""
    folder.mkdir(parents=True, exist_ok=True)
    delimiter = data.draw(st.sampled_from([";", "\t"]))
    for table, rows in tables.items():
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
        columns = _columns(table)
        writer.writerow([_header(c, data) for c in columns])
        writer.writerows([_belgian(row[c], data) for c in columns] for row in rows)
        name = DUTCH_TABLES[table]
        name = data.draw(st.sampled_from([name, name.capitalize(), name.upper()]))
        (folder / f"{name}.csv").write_bytes(out.getvalue().encode("cp1252"))
    return folder


def entitlements_csv(dataset: Dataset) -> str:
    out = io.StringIO()
    write_segments(
        segments(dataset.employees, Month("2021-01"), Month("2025-12"), known_on=date(2026, 1, 1)),
        out,
    )
    return out.getvalue()


@given(
    people=st.lists(employees(), min_size=1, max_size=4, unique_by=lambda e: e.employee_id),
    data=st.data(),
)
def test_a_belgian_export_gives_the_entitlements_of_the_canonical_files(
    people: list[Employee], data: st.DataObject
) -> None:
    """Semicolons or tabs, Windows-1252, day-first dates, decimal commas, Dutch table names,
    headers and values: the same dataset, byte-identical entitlements."""
    tables = _tables(people, data)
    with tempfile.TemporaryDirectory() as tmp:
        canonical = load_dataset(write_canonical(Path(tmp) / "canonical", tables))
        belgian = load_dataset(write_belgian(Path(tmp) / "belgian", tables, data))
    assert canonical.employees == belgian.employees
    assert canonical.payments == belgian.payments
    assert canonical.material_requests == belgian.material_requests
    assert entitlements_csv(canonical) == entitlements_csv(belgian)
    assert not [n for n in canonical.notes if n.code == "encoding"]
    if any(
        row["kind"] not in ("", *filter(str.isascii, KINDS)) for row in tables.get("absences", [])
    ):
        assert [n for n in belgian.notes if n.code == "encoding"]


# Examples: every case, with its message in both languages.


def write(folder: Path, **files: str | bytes) -> Path:
    """Files named as given (``staff_csv`` is ``staff.csv``; ``notes_txt`` is ``notes.txt``)."""
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        stem, _, suffix = name.rpartition("_")
        path = folder / f"{stem}.{suffix}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def both(problem: Problem) -> tuple[str, str]:
    return problem.text("en"), problem.text("nl")


@pytest.mark.parametrize(
    "staff",
    [
        "employee_id;hire_date;work_fraction\r\nE1;8/09/2020;0,5\r\n",
        "employee_id\thire_date\twork_fraction\nE1\t08-09-2020\t0,5\n",
        'employee_id,hire_date,work_fraction\nE1,08.09.2020,"0,5"\n',
        "Personeelsnummer;Datum in dienst;Tewerkstellingsbreuk\nE1;08/09/2020;0.5\n",
    ],
    ids=["semicolon", "tab", "comma-quoted-decimal-comma", "dutch-headers"],
)
def test_the_delimiter_is_found_from_the_header(tmp_path: Path, staff: str) -> None:
    """A comma, semicolon or tab; dates day first; a decimal comma where it is no delimiter."""
    person = load_dataset(write(tmp_path / "d", staff_csv=staff)).employee("E1")
    assert (date(2020, 9, 8), Decimal("0.5")) == (person.hire_date, person.work_fraction)


def test_a_header_with_two_delimiters_is_a_problem_naming_the_file(tmp_path: Path) -> None:
    [found] = problems(write(tmp_path / "d", personeel_csv="employee_id;hire_date,x\nE1;2020;1\n"))
    assert both(found) == (
        "personeel (staff), row 1: got 'employee_id;hire_date,x', expected a header line in "
        "personeel.csv "
        "with its columns separated by one kind of delimiter, a comma, a semicolon or a tab "
        "(this one has ',' + ';')",
        "personeel (staff), rij 1: gevonden 'employee_id;hire_date,x', verwacht een kopregel in "
        "personeel.csv met de kolommen gescheiden door een soort scheidingsteken, een komma, "
        "een puntkomma of een tab (deze heeft ',' + ';')",
    )


def test_a_header_with_another_delimiter_is_a_problem_naming_the_file(tmp_path: Path) -> None:
    [found] = problems(write(tmp_path / "d", staff_csv="employee_id|hire_date\nE1|2020-01-01\n"))
    assert both(found) == (
        "staff, row 1: got 'employee_id|hire_date', expected a header line in staff.csv with "
        "its columns separated by a comma, a semicolon or a tab",
        "staff, rij 1: gevonden 'employee_id|hire_date', verwacht een kopregel in staff.csv "
        "met de kolommen gescheiden door een komma, een puntkomma of een tab",
    )


def test_delimiters_inside_quotes_do_not_count(tmp_path: Path) -> None:
    """A quoted header name may hold a comma in a semicolon file (an extra column here)."""
    staff = '"naam, voornaam";employee_id;hire_date\n"Peeters, An";E1;01/02/2020\n'
    assert (
        date(2020, 2, 1)
        == load_dataset(write(tmp_path / "d", staff_csv=staff)).employees[0].hire_date
    )


def test_a_long_header_is_cut_in_the_message(tmp_path: Path) -> None:
    """Cells echoed in messages are bounded."""
    [found] = problems(write(tmp_path / "d", staff_csv="x" * 5000 + "|y\n"))
    assert len(found.value) <= 60 and found.value.endswith("...")


def test_windows_1252_is_read_with_a_note(tmp_path: Path) -> None:
    """A file that is not UTF-8 is Windows-1252, as a Belgian Excel saves it; a note says so."""
    staff = "employee_id;hire_date\nE1;01/02/2020\n"
    absences = "employee_id;start;end;kind\nE1;01/03/2021;05/03/2021;café\n"
    folder = write(
        tmp_path / "d",
        staff_csv=staff,
        afwezigheden_csv=absences.encode("cp1252"),
    )
    data = load_dataset(folder)
    assert "café" == data.employee("E1").absences[0].kind
    [note] = data.notes
    origin = str(folder / "afwezigheden.csv")
    assert (note.text("en"), note.text("nl")) == (
        f"{origin}: not valid UTF-8, read as Windows-1252: check that accented letters read right",
        f"{origin}: geen geldige UTF-8, gelezen als Windows-1252: kijk na of letters met "
        "accenten juist gelezen zijn",
    )


def test_utf8_with_or_without_bom_gets_no_note(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "d",
        staff_csv="\ufeffemployee_id;hire_date\nE1;01/02/2020\n",
        absences_csv="employee_id,start,end,kind\nE1,2021-03-01,2021-03-05,café\n",
    )
    data = load_dataset(folder)
    assert ("café", ()) == (data.employee("E1").absences[0].kind, data.notes)


def test_a_file_neither_utf8_nor_windows_1252_is_a_problem(tmp_path: Path) -> None:
    [found] = problems(
        write(tmp_path / "d", staff_csv=b"employee_id,hire_date\nE\x81,2020-01-01\n")
    )
    assert both(found) == (
        "staff: got byte 0x81 on line 2, which is neither UTF-8 nor Windows-1252, expected a "
        "text file in UTF-8 or Windows-1252 (save as 'CSV UTF-8')",
        "staff: gevonden byte 0x81 op regel 2, die UTF-8 noch Windows-1252 is, verwacht een "
        "tekstbestand in UTF-8 of Windows-1252 (bewaar als 'CSV UTF-8')",
    )


def test_a_file_with_a_utf8_bom_is_not_guessed_as_windows_1252(tmp_path: Path) -> None:
    """A byte-order mark says UTF-8: invalid bytes after it are a problem, not a fallback."""
    staff = b"\xef\xbb\xbfemployee_id,hire_date\nE\xe9,2020-01-01\n"
    [found] = problems(write(tmp_path / "d", staff_csv=staff))
    assert (found.code, found.measure) == ("utf8", "byte_utf8")
    assert {"byte": "0xE9", "line": "2", "offset": "26"} == dict(found.values)


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
@pytest.mark.parametrize("size", [10, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 5])
def test_the_first_byte_that_is_no_text_is_found_in_any_chunk(
    tmp_path: Path, size: int, bom: bytes
) -> None:
    """A file is checked 1 MiB at a time: the bad byte is found exactly wherever it lies,
    also after a character cut across two chunks, and its line is counted."""
    line = "E1,2020-01-01,é\n".encode()  # é is two bytes in UTF-8
    body = bom + b"employee_id,hire_date,note\n" + line * (size // len(line) + 1)
    bad = len(body) - 7  # on the last line: a lone continuation byte
    staff = body[:bad] + b"\x81" + body[bad + 1 :]
    [found] = problems(write(tmp_path / "d", staff_csv=staff))
    assert found.code == ("utf8" if bom else "encoding")
    assert {
        "byte": "0x81",
        "line": str(staff.count(b"\n", 0, bad) + 1),
        "offset": str(bad),
    } == dict(found.values)


def test_a_file_neither_names_both_bytes_when_they_differ(tmp_path: Path) -> None:
    """UTF-8 with one Windows-1252 letter: the UTF-8 fault (line 3) and the byte that is no
    Windows-1252 (in Á, line 2) are both named; the author knows which the file meant."""
    staff = "employee_id,hire_date,note\nE1,2020-01-01,Ángel\n".encode() + (
        b"E2,2020-01-01,caf\xe9\n"
    )
    [found] = problems(write(tmp_path / "d", staff_csv=staff))
    assert both(found) == (
        "staff: got byte 0xE9 on line 3, which is not UTF-8, and byte 0x81 on line 2, which "
        "is not Windows-1252, expected a text file in UTF-8 or Windows-1252 (save as 'CSV "
        "UTF-8')",
        "staff: gevonden byte 0xE9 op regel 3, die geen UTF-8 is, en byte 0x81 op regel 2, die "
        "geen Windows-1252 is, verwacht een tekstbestand in UTF-8 of Windows-1252 (bewaar als "
        "'CSV UTF-8')",
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2023-09-08", date(2023, 9, 8)),
        ("08/09/2023", date(2023, 9, 8)),
        ("8/9/2023", date(2023, 9, 8)),
        ("8/09/2023", date(2023, 9, 8)),
        ("08-09-2023", date(2023, 9, 8)),
        ("08.09.2023", date(2023, 9, 8)),
        ("13/02/2023", date(2023, 2, 13)),
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_dates_day_first(tmp_path: Path, cell: str, expected: date) -> None:
    staff = f"employee_id;hire_date\nE1;{cell}\n"
    assert expected == load_dataset(write(tmp_path / "d", staff_csv=staff)).employees[0].hire_date


@pytest.mark.parametrize(
    "cell",
    [
        "02/13/2023",
        "29/02/2023",
        "08/09/23",
        "08/09-2023",
        "2023/09/08",
        fullwidth("08/09/2023"),
        arabic_indic("08/09/2023"),
    ],
    ids=[
        "month-first",
        "no-29-feb",
        "two-digit-year",
        "mixed",
        "year-first-slash",
        "fullwidth",
        "arabic-indic",
    ],
)
def test_dates_that_are_not_day_first_are_problems(tmp_path: Path, cell: str) -> None:
    """Never month first, never a two-digit year; only ASCII digits."""
    [found] = problems(write(tmp_path / "d", staff_csv=f"employee_id;hire_date\nE1;{cell}\n"))
    assert both(found) == (
        f"staff, row 2, column hire_date: got '{cell}', expected a date as YYYY-MM-DD or day "
        "first as DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY (never month first), e.g. 2023-09-08",
        f"staff, rij 2, kolom hire_date: gevonden '{cell}', verwacht een datum als JJJJ-MM-DD "
        "of met de dag eerst als DD/MM/JJJJ, DD-MM-JJJJ of DD.MM.JJJJ (nooit de maand eerst), "
        "bv. 2023-09-08",
    )


def test_months_as_mm_yyyy(tmp_path: Path) -> None:
    days = "employee_id;month;days\nE1;03/2023;4,5\nE1;4/2023;2\nE1;2023-05;1\n"
    payments = (
        "employee_id;month;allowance;amount;paid_on\nE1;01/2023;home_working;20,00;02/2023\n"
        "E1;02/2023;internet_forfait;20;25/03/2023\n"
    )
    data = load_dataset(
        write(tmp_path / "d", staff_csv=STAFF, thuiswerkdagen_csv=days, betalingen_csv=payments)
    )
    assert [(str(d.month), d.days) for d in data.employee("E1").telework_days] == [
        ("2023-03", Decimal("4.5")),
        ("2023-04", Decimal("2")),
        ("2023-05", Decimal("1")),
    ]
    assert [(str(p.paid_in), p.paid_on) for p in data.payments] == [
        ("2023-02", None),
        ("2023-03", date(2023, 3, 25)),
    ]


@pytest.mark.parametrize("cell", ["13/2023", "2023/03", fullwidth("03/2023")])
def test_months_that_are_not_mm_yyyy_are_problems(tmp_path: Path, cell: str) -> None:
    days = f"employee_id;month;days\nE1;{cell};1\n"
    [found] = problems(write(tmp_path / "d", staff_csv=STAFF, telework_days_csv=days))
    assert both(found) == (
        f"telework_days, row 2, column month: got '{cell}', expected a month as YYYY-MM or "
        "MM/YYYY, e.g. 2023-01",
        f"telework_days, rij 2, kolom month: gevonden '{cell}', verwacht een maand als JJJJ-MM "
        "of MM/JJJJ, bv. 2023-01",
    )


@pytest.mark.parametrize(
    "cell", ["1.234,5", "1,234.5", "1 234", "2,", ",5", fullwidth("2,5"), "2,5e1"]
)
def test_numbers_with_thousands_separators_or_other_digits_are_problems(
    tmp_path: Path, cell: str
) -> None:
    days = f"employee_id;month;days\nE1;2023-03;{cell}\n"
    [found] = problems(write(tmp_path / "d", staff_csv=STAFF, telework_days_csv=days))
    assert both(found) == (
        f"telework_days, row 2, column days: got '{cell}', expected a number with . or , as "
        "decimal mark and no thousands separator, e.g. 2.5",
        f"telework_days, rij 2, kolom days: gevonden '{cell}', verwacht een getal met een punt "
        "of komma als decimaalteken en zonder scheidingsteken voor duizendtallen, bv. 2.5",
    )


def test_an_amount_with_a_decimal_comma_keeps_at_most_two_decimals(tmp_path: Path) -> None:
    payments = "employee_id;month;allowance;amount\nE1;2023-01;home_working;20,005\n"
    [found] = problems(write(tmp_path / "d", staff_csv=STAFF, payments_csv=payments))
    assert found.code == "money" and found.value == "20,005"


@pytest.mark.parametrize(
    ("cell", "contract"),
    [
        ("statutair", "statutory"),
        ("Contractueel", "contractual"),
        ("JOBSTUDENT", "student"),
        ("student", "student"),
        ("statutory", "statutory"),
    ],
)
def test_dutch_contracts(tmp_path: Path, cell: str, contract: str) -> None:
    staff = f"employee_id;hire_date;statuut\nE1;01/01/2020;{cell}\n"
    assert (
        contract == load_dataset(write(tmp_path / "d", staff_csv=staff)).employees[0].contract.value
    )


@pytest.mark.parametrize(
    ("cell", "route"),
    [
        ("forfaitair", "forfait"),
        ("Derdebetaler", "third_party"),
        ("derdebetalersregeling", "third_party"),
        ("forfait", "forfait"),
    ],
)
def test_dutch_routes(tmp_path: Path, cell: str, route: str) -> None:
    internet = f"employee_id;begin;route\nE1;01/01/2021;{cell}\n"
    data = load_dataset(write(tmp_path / "d", staff_csv=STAFF, internet_csv=internet))
    assert route == data.employee("E1").internet[0].route.value


def test_a_route_that_is_no_choice_names_the_dutch_ones(tmp_path: Path) -> None:
    internet = "employee_id;begin;route\nE1;01/01/2021;glasvezel\n"
    [found] = problems(write(tmp_path / "d", staff_csv=STAFF, internet_csv=internet))
    assert both(found) == (
        "internet, row 2, column route: got 'glasvezel', expected one of forfait, third_party "
        "(in Dutch: forfaitair, derdebetaler, derdebetalersregeling)",
        "internet, rij 2, kolom route: gevonden 'glasvezel', verwacht een van forfaitair, "
        "derdebetaler, derdebetalersregeling (of in het Engels: forfait, third_party)",
    )


def test_dutch_allowances_and_booleans(tmp_path: Path) -> None:
    """thuiswerkvergoeding and internetvergoeding (paid with salary: the forfait); WAAR/ONWAAR."""
    payments = (
        "employee_id;maand;vergoeding;bedrag\nE1;01/2023;Thuiswerkvergoeding;20,00\n"
        "E1;01/2023;internetvergoeding;20\n"
    )
    telework = "employee_id;begin;dagen per week;goedgekeurd\nE1;01/01/2021;2;ONWAAR\n"
    data = load_dataset(
        write(tmp_path / "d", staff_csv=STAFF, betalingen_csv=payments, thuiswerk_csv=telework)
    )
    assert ["home_working", "internet_forfait"] == [p.allowance.value for p in data.payments]
    assert not data.employee("E1").telework[0].approved


def test_an_allowance_that_is_no_choice_names_the_dutch_ones(tmp_path: Path) -> None:
    payments = "employee_id;month;allowance;amount\nE1;2023-01;internet_third_party;5\n"
    [found] = problems(write(tmp_path / "d", staff_csv=STAFF, payments_csv=payments))
    assert both(found) == (
        "payments, row 2, column allowance: got 'internet_third_party', expected one of "
        "internet_forfait, home_working (in Dutch: internetvergoeding, thuiswerkvergoeding)",
        "payments, rij 2, kolom allowance: gevonden 'internet_third_party', verwacht een van "
        "internetvergoeding, thuiswerkvergoeding (of in het Engels: internet_forfait, "
        "home_working)",
    )


def test_a_boolean_that_is_none_lists_waar_onwaar(tmp_path: Path) -> None:
    telework = "employee_id;start;days_per_week;approved\nE1;01/01/2021;2;misschien\n"
    [found] = problems(write(tmp_path / "d", staff_csv=STAFF, telework_csv=telework))
    assert both(found) == (
        "telework, row 2, column approved: got 'misschien', expected true/false, yes/no, "
        "ja/nee, waar/onwaar or 1/0",
        "telework, rij 2, kolom approved: gevonden 'misschien', verwacht ja/nee, waar/onwaar, "
        "true/false, yes/no of 1/0",
    )


@pytest.mark.parametrize(
    ("file", "table"),
    [
        ("personeel", "staff"),
        ("PERSONEEL", "staff"),
        ("Thuiswerk", "telework"),
        ("thuiswerkdagen", "telework_days"),
        ("Internet", "internet"),
        ("afwezigheden", "absences"),
        ("Materiaalaanvragen", "material_requests"),
        ("betalingen", "payments"),
        ("telework days", "telework_days"),
    ],
)
def test_dutch_table_names_for_files(tmp_path: Path, file: str, table: str) -> None:
    """Every table may be named in Dutch, in any case; nothing else is reported."""
    content = {
        "staff": STAFF,
        "telework": "employee_id,start,days_per_week\nE1,2021-01-01,2\n",
        "telework_days": "employee_id,month,days\nE1,2023-01,2\n",
        "internet": "employee_id,start,route\nE1,2021-01-01,forfait\n",
        "absences": "employee_id,start,end\nE1,2021-01-01,2021-01-02\n",
        "material_requests": "employee_id,item,requested_on\nE1,chair,2023-01-02\n",
        "payments": "employee_id,month,allowance,amount\nE1,2023-01,home_working,20\n",
    }
    folder = tmp_path / "d"
    folder.mkdir()
    if table != "staff":
        (folder / "staff.csv").write_text(STAFF, encoding="utf-8")
    (folder / f"{file}.csv").write_text(content[table], encoding="utf-8")
    data = load_dataset(folder)
    assert () == data.notes
    person = data.employee("E1")
    read = {
        "staff": 1,
        "telework": len(person.telework),
        "telework_days": len(person.telework_days),
        "internet": len(person.internet),
        "absences": len(person.absences),
        "material_requests": len(data.material_requests),
        "payments": len(data.payments),
    }
    assert 1 == read[table]


def test_a_table_in_english_and_in_dutch_is_a_problem(tmp_path: Path) -> None:
    found = problems(write(tmp_path / "d", staff_csv=STAFF, personeel_csv=STAFF))
    assert [("staff", "staff.csv", "file_once")] == [(p.table, p.value, p.code) for p in found]


@pytest.mark.parametrize(
    ("file", "near_en"),
    [
        ("thuiswerken.csv", " (did you mean thuiswerk (telework)?)"),
        ("Staf.csv", " (did you mean staff?)"),
        ("overzicht.csv", ""),
    ],
)
def test_an_unknown_csv_file_is_a_problem_with_did_you_mean(
    tmp_path: Path, file: str, near_en: str
) -> None:
    """Never silently ignored: named, with the accepted names and the closest one."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "staff.csv").write_text(STAFF, encoding="utf-8")
    (folder / file).write_text("employee_id,start,days_per_week\n", encoding="utf-8")
    [found] = problems(folder)
    near_nl = near_en.replace("did you mean", "bedoelde u")
    assert both(found) == (
        f"{file}: got '{file}', expected a CSV file named after a table{near_en}: staff, "
        "telework, telework_days, internet, absences, material_requests, payments; or in "
        "Dutch: personeel, thuiswerk, thuiswerkdagen, internet, afwezigheden, "
        "materiaalaanvragen, betalingen",
        f"{file}: gevonden '{file}', verwacht een CSV-bestand met de naam van een tabel"
        f"{near_nl}: personeel, thuiswerk, thuiswerkdagen, internet, afwezigheden, "
        "materiaalaanvragen, betalingen; of in het Engels: staff, telework, telework_days, "
        "internet, absences, material_requests, payments",
    )


def test_an_unknown_file_is_listed_with_skip_invalid(tmp_path: Path) -> None:
    """With skip_invalid the dataset loads, and the unread file is among the skipped."""
    folder = write(tmp_path / "d", staff_csv=STAFF, thuiswerken_csv="a,b\n")
    data = load_dataset(folder, skip_invalid=True)
    assert [("thuiswerken.csv", "unknown_file_near")] == [(p.table, p.code) for p in data.skipped]


def test_other_file_types_are_ignored_and_an_entitlements_output_is_noted(
    tmp_path: Path,
) -> None:
    folder = write(
        tmp_path / "d",
        staff_csv=STAFF,
        LEESMIJ_txt="uitleg",
        notes_md="# notes",
        owed_csv="employee_id,month,allowance,amount,benefit_in_kind\nE1,2023-01,home_working,20.00,0.00\n",
    )
    [note] = load_dataset(folder).notes
    origin = str(folder / "owed.csv")
    assert (note.text("en"), note.text("nl")) == (
        f"{origin}: an entitlements CSV (an output of teleworkrules), not a table; not read",
        f"{origin}: een CSV met vergoedingen (uitvoer van teleworkrules), geen tabel; niet gelezen",
    )


def test_benefit_waived_is_read_into_the_route_without_a_note(tmp_path: Path) -> None:
    """The Dutch column erewoordverklaring reaches the route record; no note, no extra column."""
    internet = (
        "employee_id;begin;route;erewoordverklaring\nE1;01/01/2021;derdebetaler;ja\n"
        "E2;01/01/2021;forfait;nee\n"
    )
    staff = "employee_id,hire_date\nE1,2020-01-01\nE2,2020-01-01\n"
    dataset = load_dataset(write(tmp_path / "d", staff_csv=staff, internet_csv=internet))
    assert () == dataset.notes
    assert [True, False] == [e.internet[0].benefit_waived for e in dataset.employees]


def test_benefit_waived_all_false_gets_no_note_and_a_bad_value_is_a_problem(
    tmp_path: Path,
) -> None:
    internet = "employee_id,start,route,benefit_waived\nE1,2021-01-01,forfait,false\n"
    assert () == load_dataset(write(tmp_path / "a", staff_csv=STAFF, internet_csv=internet)).notes
    internet = "employee_id,start,route,benefit_waived\nE1,2021-01-01,forfait,soms\n"
    [found] = problems(write(tmp_path / "b", staff_csv=STAFF, internet_csv=internet))
    assert ("internet", 2, "benefit_waived", "boolean") == (
        found.table,
        found.row,
        found.column,
        found.code,
    )


def test_extra_columns_are_listed_at_most_ten_then_counted() -> None:
    """The note of extra columns is bounded, its names and each name's length."""
    names = [f"kolom{i}" for i in range(14)]
    note = extra_columns_note("staff.csv", names)
    assert (note.text("en"), note.text("nl")) == (
        "staff.csv: extra columns ignored: " + ", ".join(names[:10]) + " and 4 more",
        "staff.csv: extra kolommen genegeerd: " + ", ".join(names[:10]) + " en nog 4",
    )
    assert "staff.csv: extra columns ignored: a, b" == str(extra_columns_note("staff.csv", "ab"))
    assert (shown("x" * 1000), 0) == listed(["x" * 1000])
    assert 60 == len(shown("x" * 1000))


# Workbooks: Dutch sheet names, unknown and hidden sheets.


def workbook(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]], **states: str) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        sheet.sheet_state = states.get(title, "visible")
    book.save(path)
    return path


def test_dutch_sheet_names_and_values_in_a_workbook(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "hr.xlsx",
        {
            "Personeel": [
                ["Personeelsnummer", "Datum in dienst", "Statuut"],
                ["E1", "01/02/2020", "statutair"],
            ],
            "Internet": [
                ["employee_id", "begin", "route"],
                ["E1", date(2021, 1, 1), "Derdebetaler"],
            ],
            "Thuiswerkdagen": [["employee_id", "maand", "dagen"], ["E1", "03/2023", "2,5"]],
        },
    )
    data = load_dataset(path)
    person = data.employee("E1")
    assert (date(2020, 2, 1), "statutory", "third_party", Decimal("2.5")) == (
        person.hire_date,
        person.contract.value,
        person.internet[0].route.value,
        person.telework_days[0].days,
    )
    assert () == data.notes


def test_an_unknown_sheet_is_a_problem_with_did_you_mean(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "hr.xlsx",
        {"staff": [["employee_id", "hire_date"], ["E1", "2020-01-01"]], "Afwezigheid": [["x"]]},
    )
    [found] = problems(path)
    assert both(found) == (
        "hr.xlsx: got 'Afwezigheid', expected a sheet named after a table (did you mean "
        "afwezigheden (absences)?): staff, telework, telework_days, internet, absences, "
        "material_requests, payments; or in Dutch: personeel, thuiswerk, thuiswerkdagen, "
        "internet, afwezigheden, materiaalaanvragen, betalingen",
        "hr.xlsx: gevonden 'Afwezigheid', verwacht een blad met de naam van een tabel "
        "(bedoelde u afwezigheden (absences)?): personeel, thuiswerk, thuiswerkdagen, "
        "internet, afwezigheden, materiaalaanvragen, betalingen; of in het Engels: staff, "
        "telework, telework_days, internet, absences, material_requests, payments",
    )


def test_hidden_and_very_hidden_table_sheets_are_read_with_a_note(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "hr.xlsx",
        {
            "staff": [["employee_id", "hire_date"], ["E1", "2020-01-01"]],
            "thuiswerk": [["employee_id", "start", "days_per_week"], ["E1", "2021-01-01", 2]],
            "internet": [["employee_id", "start", "route"], ["E1", "2021-01-01", "forfait"]],
        },
        thuiswerk="hidden",
        internet="veryHidden",
    )
    data = load_dataset(path)
    person = data.employee("E1")
    assert (1, 1) == (len(person.telework), len(person.internet))
    assert [(n.text("en"), n.text("nl")) for n in data.notes] == [
        (
            f"{path} (sheet thuiswerk): a hidden sheet, read as table telework",
            f"{path} (sheet thuiswerk): een verborgen blad, gelezen als tabel telework",
        ),
        (
            f"{path} (sheet internet): a very hidden sheet (Excel shows it only in its VBA "
            "editor), read as table internet",
            f"{path} (sheet internet): een zeer verborgen blad (Excel toont het enkel in de "
            "VBA-editor), gelezen als tabel internet",
        ),
    ]


# One way in: the command line reads what load_dataset reads.


def test_the_command_line_reads_a_belgian_export_like_load_dataset(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "d",
        Personeel_csv="Personeelsnummer;Datum in dienst;Statuut\nE1;01/02/2021;statutair\n",
        Internet_csv=b"Personeelsnummer;Begin;Route\nE1;01/02/2021;derdebetaler\n",
        Afwezigheden_csv="employee_id;start;end;kind\nE1;01/03/2021;05/03/2021;café\n".encode(
            "cp1252"
        ),
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "teleworkrules",
            "entitlements",
            str(folder),
            "--from",
            "2021-01",
            "--to",
            "2023-12",
            "--as-known-on",
            "2024-01-01",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert 0 == done.returncode, done.stderr
    assert "read as Windows-1252" in done.stderr
    out = io.StringIO()
    write_segments(
        segments(
            load_dataset(folder).employees,
            Month("2021-01"),
            Month("2023-12"),
            known_on=date(2024, 1, 1),
        ),
        out,
    )
    assert out.getvalue() == done.stdout
    assert "E1,2021-03,internet_third_party,0.00,5.00" in done.stdout


@pytest.mark.parametrize(
    ("staff", "english", "dutch"),
    [
        (
            'employee_id,hire_date\nE1,2020-01-01\n"E2,2020-01-01\n',
            "staff, row 3: got a quote that is never closed, expected well-formed CSV",
            "staff, rij 3: gevonden een aanhalingsteken dat nooit gesloten wordt, verwacht "
            "correcte CSV",
        ),
        (
            'employee_id,hire_date\n"E1"x,2020-01-01\n',
            "staff, row 2: got text right after a closing quote (a quote inside a cell is "
            "written as two quotes), expected well-formed CSV",
            "staff, rij 2: gevonden tekst vlak na een sluitend aanhalingsteken (een "
            "aanhalingsteken in een cel schrijf je als twee aanhalingstekens), verwacht "
            "correcte CSV",
        ),
        (
            'employee_id,"hire_date\nE1,2020-01-01\n',
            "staff, row 1: got a quote that is never closed, expected well-formed CSV",
            "staff, rij 1: gevonden een aanhalingsteken dat nooit gesloten wordt, verwacht "
            "correcte CSV",
        ),
    ],
)
def test_a_quote_gone_wrong_is_named_in_the_readers_language(
    tmp_path: Path, staff: str, english: str, dutch: str
) -> None:
    """Not the csv module's English ("unexpected end of data"), but what is wrong."""
    found = problems(write(tmp_path / "d", staff_csv=staff))
    assert any(p.text("en").startswith(english) for p in found), [p.text("en") for p in found]
    assert any(p.text("nl").startswith(dutch) for p in found), [p.text("nl") for p in found]
