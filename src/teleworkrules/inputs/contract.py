"""The data contract: the tables an HR officer hands over, their columns and Dutch aliases.

The tables and columns are those of DATA-CONTRACT.md; Dutch header names are accepted too
(:data:`ALIASES`), and Dutch table names for files and sheets (:data:`TABLE_ALIASES`, read
by :func:`table_name`). A reader turns a file into :class:`RawTable` s of these tables;
:func:`~teleworkrules.inputs.validate.build_dataset` validates them into facts.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, final

import attrs

from teleworkrules.inputs.cells import (
    Cell,
    between,
    boolean,
    choice,
    day,
    identifier,
    money,
    month,
    month_or_day,
    number,
    text,
)
from teleworkrules.inputs.limits import MAX_CELL
from teleworkrules.problems import Note, Problem

__all__ = [
    "ALIASES",
    "ENTITLEMENTS_HEADER",
    "MAX_CELL",
    "MAX_LISTED",
    "TABLES",
    "TABLE_ALIASES",
    "Cell",
    "Column",
    "RawTable",
    "TableStopped",
    "closest_table",
    "column_name",
    "extra_columns_note",
    "listed",
    "shown",
    "table_name",
    "unknown_table",
]

ENTITLEMENTS_HEADER: Final = "employee_id,month,allowance,amount,benefit_in_kind"
"""The header of the entitlements CSV (an output of the data contract): a file in a dataset
folder that starts with it is an output written there, noted and not read as a table."""


@final
@attrs.frozen
class RawTable:
    """A table as read from a file, before validation.

    Attributes:
        name: the table name, e.g. ``staff``.
        origin: where it was read from (file or sheet), for messages.
        header: the header cells as written.
        rows: ``(row number, cells)`` pairs, to be read once: a CSV file's rows are read
            as they are asked for, so that memory never holds a whole file's text. Reading
            them may raise :class:`TableStopped`.
        written: the table's name as the dataset writes it (a file stem, a sheet title,
            a mapping's key), e.g. ``Personeel``; ``""`` when not known.
    """

    name: str
    origin: str
    header: tuple[str, ...]
    rows: Iterable[tuple[int, tuple[Cell, ...]]]
    written: str = ""


def name_as_written(problems: list[Problem], since: int, written: str, table: str) -> None:
    """Name the table of the problems from ``since`` on as the dataset writes it.

    For the problems of a file or sheet found while reading it (its encoding, its
    header), before its table exists: the file stem or sheet title ``written``, where it
    differs from the contract's ``table`` as :func:`written_names` would say.
    """
    own = written.strip()
    if not own or _normalised(own) == table:
        return
    for at in range(since, len(problems)):
        problem = problems[at]
        if problem.table == table and not problem.table_as_written:
            problems[at] = attrs.evolve(problem, table_as_written=own)


def written_names(table: RawTable) -> tuple[str, dict[str, str]]:
    """How ``table`` writes its own name and its columns' names, where not as the contract.

    A problem names the table and column as the HR officer's file does (``personeel``,
    ``statuut``), so that it can be found there; names that differ only in case or
    spaces from the contract's are not kept.

    >>> t = RawTable("staff", "hr/Personeel.csv", ("Personeelsnummer", "Statuut",
    ...              "hire_date"), (), written="Personeel")
    >>> written_names(t)
    ('Personeel', {'employee_id': 'Personeelsnummer', 'contract': 'Statuut'})
    """
    columns: dict[str, str] = {}
    for cell in table.header:
        written = str(cell).replace("\ufeff", "").strip() if cell is not None else ""
        name = column_name(written)
        if written and _normalised(written) != name and name not in columns:
            columns[name] = written
    own = table.written.strip()
    return (own if own and _normalised(own) != table.name else ""), columns


class TableStopped(Exception):  # a signal, not an error of the user's
    """Reading a table's rows stopped: its problem is reported, and none of its rows count.

    (A line, a row or the file over a reading limit, for instance.)
    """


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
        Column("employee_id", identifier, required=True),
        Column("entity", identifier),
        Column("hire_date", day, required=True),
        Column("exit_date", day),
        Column(
            "contract",
            choice(
                "statutory",
                "contractual",
                "student",
                aliases={
                    "statutair": "statutory",
                    "contractueel": "contractual",
                    "jobstudent": "student",
                },
            ),
            default="contractual",
        ),
        Column(
            "work_fraction",
            between(number, Decimal(0), Decimal(1), low_open=True),
            default=Decimal(1),
        ),
        Column("smartphone_role", boolean, default=False),
    ),
    "telework": (
        Column("employee_id", identifier, required=True),
        Column("start", day, required=True),
        Column("end", day),
        Column("days_per_week", between(number, Decimal(0), Decimal(5)), required=True),
        Column("approved", boolean, default=True),
    ),
    "telework_days": (
        Column("employee_id", identifier, required=True),
        Column("month", month, required=True),
        Column("days", between(number, Decimal(0), Decimal(31)), required=True),
    ),
    "internet": (
        Column("employee_id", identifier, required=True),
        Column("start", day, required=True),
        Column("end", day),
        Column(
            "route",
            choice(
                "forfait",
                "third_party",
                aliases={
                    "forfaitair": "forfait",
                    "derdebetaler": "third_party",
                    "derdebetalersregeling": "third_party",
                },
            ),
            required=True,
        ),
        # The statement on honour: no benefit in kind on the third-party route (rules.internet).
        Column("benefit_waived", boolean, default=False),
    ),
    "absences": (
        Column("employee_id", identifier, required=True),
        Column("start", day, required=True),
        Column("end", day, required=True),
        Column("salary_paid", boolean, default=True),
        Column("kind", text, default=""),
    ),
    "material_requests": (
        Column("employee_id", identifier, required=True),
        Column("item", identifier, required=True),
        Column("requested_on", day, required=True),
        Column("cost", between(money, Decimal(0), None)),
    ),
    "payments": (
        Column("employee_id", identifier, required=True),
        Column("month", month, required=True),
        Column(
            "allowance",
            choice(
                "internet_forfait",
                "home_working",
                aliases={
                    "internetvergoeding": "internet_forfait",
                    "thuiswerkvergoeding": "home_working",
                },
            ),
            required=True,
        ),
        Column("amount", money, required=True),
        Column("paid_on", month_or_day),
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
    "erewoordverklaring": "benefit_waived",
}
"""Dutch header names accepted for the contract's column names."""

TABLE_ALIASES: Final[Mapping[str, str]] = {
    "personeel": "staff",
    "thuiswerk": "telework",
    "thuiswerkdagen": "telework_days",
    "afwezigheden": "absences",
    "materiaalaanvragen": "material_requests",
    "betalingen": "payments",
}
"""Dutch table names accepted for files and sheets (``internet`` is the same in Dutch)."""


def _normalised(name: str) -> str:
    return name.replace("\ufeff", "").strip().lower().replace(" ", "_").replace("-", "_")


def table_name(name: str) -> str | None:
    """The table a file stem or sheet title names, or ``None``.

    Case, surrounding spaces, and spaces or hyphens for underscores do not matter, and
    the Dutch names of :data:`TABLE_ALIASES` are accepted:

    >>> table_name("Staff "), table_name("Thuiswerk"), table_name("telework days")
    ('staff', 'telework', 'telework_days')
    >>> table_name("notes") is None
    True
    """
    found = _normalised(name)
    if found in TABLES:
        return found
    return TABLE_ALIASES.get(found)


def closest_table(name: str) -> str | None:
    """The table name or Dutch alias closest to ``name`` (a did-you-mean), or ``None``.

    A Dutch alias is shown with its table: ``thuiswerk (telework)``.

    >>> closest_table("personel"), closest_table("stafff"), closest_table("xyz")
    ('personeel (staff)', 'staff', None)
    """
    known = [*TABLES, *(a for a in TABLE_ALIASES if a not in TABLES)]
    near = difflib.get_close_matches(_normalised(name), known, n=1, cutoff=0.6)
    if not near:
        return None
    found = near[0]
    return found if found in TABLES else f"{found} ({TABLE_ALIASES[found]})"


def unknown_table(table: str, name: str, kind: str) -> Problem:
    """The problem of a file (``kind`` ``file``) or sheet (``sheet``) named after no table.

    ``table`` is where (the file or workbook), ``name`` the file or sheet name found; the
    text lists the accepted names and, when one is close, asks "did you mean".
    """
    names = ", ".join(TABLES)
    in_dutch = {table: alias for alias, table in TABLE_ALIASES.items()}
    dutch = ", ".join(in_dutch.get(table, table) for table in TABLES)
    near = closest_table(name.rsplit(".", 1)[0] if kind == "file" else name)
    if near is None:
        return Problem.of(table, 0, "", name, f"unknown_{kind}", names=names, dutch=dutch)
    return Problem.of(
        table, 0, "", name, f"unknown_{kind}_near", names=names, dutch=dutch, near=near
    )


def column_name(cell: str) -> str:
    """The contract's column name a header cell stands for (Dutch aliases read as such).

    Case, surrounding spaces, a byte-order mark, and spaces or hyphens for underscores do
    not matter; an unknown name comes back normalised.

    >>> column_name(" Datum in dienst"), column_name("Erewoordverklaring")
    ('hire_date', 'benefit_waived')
    """
    name = _normalised(cell)
    return ALIASES.get(name, name)


MAX_LISTED: Final = 10
"""The most names a message lists; the rest are counted (``... and 5 more``)."""

MAX_SHOWN: Final = 60
"""The most characters of a cell a message echoes."""


def shown(value: object, limit: int = MAX_SHOWN) -> str:
    r"""``value`` as text for a message, cut to ``limit`` characters (``...`` marks the cut).

    Only the start of a long value is looked at, and characters that are not printable
    (controls, bidi overrides, invisible format characters) are escaped as ``repr`` writes
    them, so a message never carries them:

    >>> shown("x" * 100, 8)
    'xxxxx...'
    >>> shown("E1\u202e\x1b")
    'E1\\u202e\\x1b'
    """
    found = value if isinstance(value, str) else str(value)
    head = found[: limit + 1]
    if not head.isprintable():
        head = "".join(c if c.isprintable() else repr(c)[1:-1] for c in head)
    if len(head) <= limit and len(found) <= limit:
        return head
    return head[: max(limit - 3, 0)] + "..."


def listed(names: Iterable[object], limit: int = MAX_LISTED) -> tuple[str, int]:
    """The first ``limit`` names, each :func:`shown`, joined by a comma; and how many more.

    For a message such as ``note.extra_columns_more`` ("{columns} and {more} more").

    >>> listed(["a", "b", "c"], 2)
    ('a, b', 1)
    """
    found = [shown(name) for name in names]
    return ", ".join(found[:limit]), max(len(found) - limit, 0)


def extra_columns_note(origin: str, names: Iterable[object]) -> Note:
    """The note listing the extra columns of a table, at most :data:`MAX_LISTED` of them."""
    columns, more = listed(names)
    if more:
        return Note.of(origin, "extra_columns_more", columns=columns, more=more)
    return Note.of(origin, "extra_columns", columns=columns)
