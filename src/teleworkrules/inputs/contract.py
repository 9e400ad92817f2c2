"""The data contract: the tables an HR officer hands over, their columns and Dutch aliases.

The tables and columns are those of DATA-CONTRACT.md; Dutch header names are accepted too
(:data:`ALIASES`). A reader turns a file into :class:`RawTable` s of these tables;
:func:`~teleworkrules.inputs.validate.build_dataset` validates them into facts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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

__all__ = ["ALIASES", "MAX_CELL", "TABLES", "Cell", "Column", "RawTable"]

MAX_CELL: Final = 100_000
"""The longest cell accepted, in characters (a guard against runaway files)."""


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
        Column("contract", choice("statutory", "contractual", "student"), default="contractual"),
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
        Column("route", choice("forfait", "third_party"), required=True),
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
        Column("allowance", choice("internet_forfait", "home_working"), required=True),
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
}
"""Dutch header names accepted for the contract's column names."""
