"""Records beside the staff: material requests, payments, and the validated dataset."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, final

import attrs

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.facts._checks import (
    a_date,
    check_identifier,
    nfc,
    of_type,
    optional_date,
    to_date,
    to_decimal,
    to_optional_date,
    to_optional_decimal,
)
from teleworkrules.facts.staff import Allowance, Employee
from teleworkrules.problems import Note, Problem
from teleworkrules.time import Month

__all__ = ["PAID_ALLOWANCES", "Dataset", "MaterialRequest", "Payment"]


@final
@attrs.frozen
class MaterialRequest:
    """A request for home-office material.

    Attributes:
        employee_id: who asked.
        item: the catalogue item code, e.g. ``chair``.
        requested_on: the day of the request.
        cost: what it cost, when known.
    """

    employee_id: str = attrs.field(converter=nfc, validator=check_identifier)
    item: str = attrs.field(converter=nfc, validator=of_type(str, "an item code"))
    requested_on: date = attrs.field(converter=to_date, validator=a_date)
    cost: Decimal | None = attrs.field(default=None, converter=to_optional_decimal)

    @cost.validator
    def _check_cost(self, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
        if value is not None and (
            not isinstance(value, Decimal) or not value.is_finite() or value < 0
        ):
            raise InvalidFactError("cost", value, "a Decimal >= 0, or None")


PAID_ALLOWANCES = (Allowance.INTERNET_FORFAIT, Allowance.HOME_WORKING)
"""The allowances payroll pays to the person (and so can appear in ``payments``)."""


@final
@attrs.frozen
class Payment:
    """An amount payroll already paid.

    Attributes:
        employee_id: to whom.
        month: the entitlement month it pays for.
        allowance: ``INTERNET_FORFAIT`` or ``HOME_WORKING``.
        amount: the amount paid (negative for a recovery).
        paid_in: the month of payment (cash basis).
        paid_on: the day of payment, when known.
    """

    employee_id: str = attrs.field(converter=nfc, validator=check_identifier)
    month: Month = attrs.field(validator=of_type(Month, "a Month"))
    allowance: Allowance = attrs.field()
    amount: Decimal = attrs.field(converter=to_decimal, validator=of_type(Decimal, "a Decimal"))
    paid_in: Month = attrs.field(validator=of_type(Month, "a Month"))
    paid_on: date | None = attrs.field(
        default=None, converter=to_optional_date, validator=optional_date
    )

    @allowance.validator
    def _check_allowance(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in PAID_ALLOWANCES:
            raise InvalidFactError(
                "allowance", value, "Allowance.INTERNET_FORFAIT or Allowance.HOME_WORKING"
            )


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
    notes: tuple[Note, ...] = ()

    def employee(self, employee_id: str) -> Employee:
        """The staff member with this id."""
        for employee in self.employees:
            if employee.employee_id == employee_id:
                return employee
        raise KeyError(employee_id)
