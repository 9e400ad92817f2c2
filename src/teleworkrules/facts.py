"""Facts about staff: a staff member and their dated spells.

All models are immutable attrs classes, validated when constructed: a bad value raises
:class:`~teleworkrules.exceptions.InvalidFactError` naming the field, the value and what
was expected. Dates are inclusive; an ``end`` of ``None`` is open-ended.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar, final

import attrs

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.time import DateRange, Month

__all__ = [
    "Absence",
    "Allowance",
    "Contract",
    "Employee",
    "InternetRoute",
    "MaterialRequest",
    "Payment",
    "Route",
    "TeleworkArrangement",
    "TeleworkDays",
]


class Contract(enum.Enum):
    """The kind of employment."""

    STATUTORY = "statutory"
    CONTRACTUAL = "contractual"
    STUDENT = "student"


class Route(enum.Enum):
    """The two mutually exclusive internet-allowance routes (VPS art. VII 109)."""

    FORFAIT = "forfait"
    """A monthly allowance paid with salary."""
    THIRD_PARTY = "third_party"
    """The employer pays the provider; a benefit in kind is added to salary."""


class Allowance(enum.Enum):
    """The allowances a month can grant (the ``allowance`` column of the outputs)."""

    INTERNET_FORFAIT = "internet_forfait"
    INTERNET_THIRD_PARTY = "internet_third_party"
    HOME_WORKING = "home_working"


_T = TypeVar("_T")


def _of_type(kind: type | tuple[type, ...], expected: str) -> Callable[[Any, Any, Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise InvalidFactError(attribute.name, value, expected)

    return check


def _optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, date):
        raise InvalidFactError(attribute.name, value, "a date, or None for open-ended")


def _end_after_start(instance: object, attribute: attrs.Attribute[Any], value: date | None) -> None:
    _optional_date(instance, attribute, value)
    start: date = getattr(instance, "start")  # noqa: B009  # every spell has a start
    if value is not None and value < start:
        raise InvalidFactError(
            attribute.name, value.isoformat(), f"a date on or after start {start}"
        )


def _decimal_between(low: Decimal, high: Decimal, *, low_open: bool = False) -> Callable[..., None]:
    bound = f"{'>' if low_open else '>='} {low} and <= {high}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if (
            not isinstance(value, Decimal)
            or not value.is_finite()
            or value > high
            or value < low
            or (low_open and value == low)
        ):
            raise InvalidFactError(attribute.name, value, f"a Decimal {bound}")

    return check


@final
@attrs.frozen
class TeleworkArrangement:
    """An agreed hybrid-work arrangement: telework days per week over a period.

    Attributes:
        start: the first day of the arrangement.
        end: the last day, or ``None``.
        days_per_week: planned telework days per week, 0-5.
        approved: whether the manager consented (hybrid-work circular); only approved
            arrangements count.
    """

    start: date = attrs.field(validator=_of_type(date, "a date"))
    end: date | None = attrs.field(validator=_end_after_start)
    days_per_week: Decimal = attrs.field(validator=_decimal_between(Decimal(0), Decimal(5)))
    approved: bool = attrs.field(default=True, validator=_of_type(bool, "True or False"))

    @property
    def period(self) -> DateRange:
        """The arrangement's days."""
        return DateRange(self.start, self.end)


def _days_in_month(instance: TeleworkDays, attribute: attrs.Attribute[Any], value: object) -> None:
    _decimal_between(Decimal(0), Decimal(instance.month.days))(instance, attribute, value)


@final
@attrs.frozen
class TeleworkDays:
    """Telework days registered for one month.

    Attributes:
        month: the month.
        days: the number of telework days registered, from 0 to the days in the month.
    """

    month: Month = attrs.field(validator=_of_type(Month, "a Month, e.g. Month('2023-01')"))
    days: Decimal = attrs.field(validator=_days_in_month)


@final
@attrs.frozen
class InternetRoute:
    """The internet-allowance route a person is on over a period.

    Attributes:
        start: the first day.
        end: the last day, or ``None``.
        route: forfait or third party.
    """

    start: date = attrs.field(validator=_of_type(date, "a date"))
    end: date | None = attrs.field(validator=_end_after_start)
    route: Route = attrs.field(validator=_of_type(Route, "Route.FORFAIT or Route.THIRD_PARTY"))

    @property
    def period(self) -> DateRange:
        """The route's days."""
        return DateRange(self.start, self.end)


@final
@attrs.frozen
class Absence:
    """An absence from work.

    Attributes:
        start: the first day absent.
        end: the last day absent (required).
        salary_paid: whether salary is paid during the absence.
        kind: a free code, e.g. ``sick`` (informative only).
    """

    start: date = attrs.field(validator=_of_type(date, "a date"))
    end: date = attrs.field(validator=[_of_type(date, "a date"), _end_after_start])
    salary_paid: bool = attrs.field(default=True, validator=_of_type(bool, "True or False"))
    kind: str = attrs.field(default="", validator=_of_type(str, "a text"))

    @property
    def period(self) -> DateRange:
        """The absence's days."""
        return DateRange(self.start, self.end)


_ID_MATCH = re.compile(r"[^\x00-\x1f\x7f=+\-@][^\x00-\x1f\x7f]{0,63}").fullmatch


def _non_empty_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _ID_MATCH(value):
        raise InvalidFactError(
            attribute.name,
            value,
            "an identifier of 1-64 printable characters, not starting with =, +, - or @ "
            "(spreadsheet formula characters)",
        )


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

    employee_id: str = attrs.field(validator=_non_empty_id)
    item: str = attrs.field(validator=_of_type(str, "an item code"))
    requested_on: date = attrs.field(validator=_of_type(date, "a date"))
    cost: Decimal | None = attrs.field(default=None)

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

    employee_id: str = attrs.field(validator=_non_empty_id)
    month: Month = attrs.field(validator=_of_type(Month, "a Month"))
    allowance: Allowance = attrs.field()
    amount: Decimal = attrs.field(validator=_of_type(Decimal, "a Decimal"))
    paid_in: Month = attrs.field(validator=_of_type(Month, "a Month"))
    paid_on: date | None = attrs.field(default=None, validator=_optional_date)

    @allowance.validator
    def _check_allowance(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in PAID_ALLOWANCES:
            raise InvalidFactError(
                "allowance", value, "Allowance.INTERNET_FORFAIT or Allowance.HOME_WORKING"
            )


def _exit_after_hire(
    instance: Employee, attribute: attrs.Attribute[Any], value: date | None
) -> None:
    _optional_date(instance, attribute, value)
    if value is not None and value < instance.hire_date:
        raise InvalidFactError(
            "exit_date", value.isoformat(), f"a date on or after hire_date {instance.hire_date}"
        )


def _tuple_of(kind: type[_T], expected: str) -> Callable[[Any, Any, Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            raise InvalidFactError(attribute.name, value, f"a tuple of {expected}")

    return check


def _no_overlap(kind: str) -> Callable[[Any, Any, Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for a, b in itertools.pairwise(value):  # sorted by start by the converter
            if a.end is None or b.start <= a.end:
                raise InvalidFactError(
                    attribute.name,
                    f"{a.start}..{a.end or ''} and {b.start}..{b.end or ''}",
                    f"{kind} periods that do not overlap (RULES.md: overlaps are errors)",
                )

    return check


def _unique_months(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]
) -> None:
    months = [d.month for d in value]
    for month in months:
        if months.count(month) > 1:
            raise InvalidFactError(attribute.name, str(month), "at most one row per month")


def _by_start(values: Iterable[Any]) -> tuple[Any, ...]:
    try:
        return tuple(sorted(values, key=lambda s: s.start))
    except (TypeError, AttributeError):
        return values  # type: ignore[return-value]  # the validator reports the wrong type


def _by_month(values: Iterable[Any]) -> tuple[Any, ...]:
    try:
        return tuple(sorted(values, key=lambda s: s.month))
    except (TypeError, AttributeError):
        return values  # type: ignore[return-value]  # the validator reports the wrong type


@final
@attrs.frozen
class Employee:
    """A staff member and everything the rules need to know about them.

    Spells are kept sorted by start (or month). Overlapping internet routes or telework
    arrangements, and two telework-day rows for one month, are errors.

    >>> from datetime import date
    >>> Employee("E1", hire_date=date(2023, 3, 15)).in_service_on(date(2023, 3, 1))
    False
    """

    employee_id: str = attrs.field(validator=_non_empty_id)
    hire_date: date = attrs.field(validator=_of_type(date, "a date"))
    exit_date: date | None = attrs.field(default=None, validator=_exit_after_hire)
    entity: str | None = attrs.field(default=None)
    contract: Contract = attrs.field(
        default=Contract.CONTRACTUAL,
        validator=_of_type(Contract, "Contract.STATUTORY, CONTRACTUAL or STUDENT"),
    )
    work_fraction: Decimal = attrs.field(
        default=Decimal(1), validator=_decimal_between(Decimal(0), Decimal(1), low_open=True)
    )
    smartphone_role: bool = attrs.field(default=False, validator=_of_type(bool, "True or False"))
    telework: tuple[TeleworkArrangement, ...] = attrs.field(
        default=(),
        converter=_by_start,
        validator=[_tuple_of(TeleworkArrangement, "TeleworkArrangement"), _no_overlap("telework")],
    )
    telework_days: tuple[TeleworkDays, ...] = attrs.field(
        default=(),
        converter=_by_month,
        validator=[_tuple_of(TeleworkDays, "TeleworkDays"), _unique_months],
    )
    internet: tuple[InternetRoute, ...] = attrs.field(
        default=(),
        converter=_by_start,
        validator=[_tuple_of(InternetRoute, "InternetRoute"), _no_overlap("internet")],
    )
    absences: tuple[Absence, ...] = attrs.field(
        default=(),
        converter=_by_start,
        validator=_tuple_of(Absence, "Absence"),
    )

    @entity.validator
    def _check_entity(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise InvalidFactError("entity", value, "an entity code such as DWSE, or None")

    @property
    def service(self) -> DateRange:
        """The days in service, from hire to exit date."""
        return DateRange(self.hire_date, self.exit_date)

    def in_service_on(self, day: date) -> bool:
        """Whether ``day`` lies between hire and exit date."""
        return self.service.contains(day)

    def route_on(self, day: date) -> InternetRoute | None:
        """The internet route covering ``day``, if any."""
        for r in self.internet:
            if r.start <= day and (r.end is None or day <= r.end):
                return r
        return None

    def arrangement_on(self, day: date) -> TeleworkArrangement | None:
        """The telework arrangement covering ``day``, approved or not, if any."""
        for t in self.telework:
            if t.start <= day and (t.end is None or day <= t.end):
                return t
        return None

    def days_in(self, month: Month) -> TeleworkDays | None:
        """The telework days registered for ``month``, if any."""
        for d in self.telework_days:
            if d.month == month:
                return d
        return None

    def absence_on(self, day: date) -> Absence | None:
        """The first absence covering ``day``, if any."""
        for a in self.absences:
            if a.start <= day <= a.end:
                return a
        return None
