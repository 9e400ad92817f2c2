"""Staff members and their dated spells: what the rules read about a person.

All models are immutable attrs classes, validated when constructed: a bad value raises
:class:`~teleworkrules.exceptions.InvalidFactError` naming the field, the value and what
was expected. Dates are inclusive; an ``end`` of ``None`` is open-ended.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar, cast, final

import attrs

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.facts._checks import (
    a_date,
    by_month,
    by_start,
    check_identifier,
    days_in_month,
    decimal_between,
    end_after_start,
    exit_after_hire,
    nfc,
    no_overlap,
    of_type,
    optional_nfc,
    to_date,
    to_decimal,
    to_optional_date,
    tuple_of,
    unique_months,
)
from teleworkrules.time import DateRange, Month

__all__ = [
    "Absence",
    "Allowance",
    "Contract",
    "Employee",
    "InternetRoute",
    "Route",
    "TeleworkArrangement",
    "TeleworkDays",
]


_T = TypeVar("_T")


def trusted(cls: type[_T], *values: object) -> _T:
    """An instance of the fact class ``cls`` from values in field order, not checked again.

    For the dataset reader only: it has converted and checked every value against the same
    rules as the validators (its cells, its rows, overlaps and repeated months), and gives
    spells sorted as the converters would. Building half a million spells through the
    validators a second time cost more than the rules themselves. A test compares what
    the reader builds this way with the validated constructors.
    """
    build = _BUILDERS.get(cls)
    if build is None:
        build = _BUILDERS[cls] = _builder(cls)
    return cast("_T", build(*values))


_BUILDERS: dict[type, Callable[..., object]] = {}


def _builder(cls: type) -> Callable[..., object]:
    """A function setting the fields of a new ``cls`` from its arguments, as attrs does.

    Generated like the ``__init__`` attrs generates (from the class's own field names,
    which are identifiers), without its converters and validators: a third faster than
    setting the fields in a loop.
    """
    names = [field.name for field in attrs.fields(cls)]
    sets = "".join(f"\n    _set(instance, {name!r}, {name})" for name in names)
    code = f"def build({', '.join(names)}):\n    instance = _new(cls){sets}\n    return instance"
    namespace: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__, "cls": cls}
    exec(code, namespace)  # the code above, from the class's field names
    return cast("Callable[..., object]", namespace["build"])


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

    # Members are singletons, equal only to themselves: the identity hash is a valid hash,
    # and a C one (Enum's own hashes the name in Python; reports key sums by allowance).
    __hash__ = object.__hash__


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

    start: date = attrs.field(converter=to_date, validator=a_date)
    end: date | None = attrs.field(converter=to_optional_date, validator=end_after_start)
    days_per_week: Decimal = attrs.field(
        converter=to_decimal, validator=decimal_between(Decimal(0), Decimal(5))
    )
    approved: bool = attrs.field(default=True, validator=of_type(bool, "True or False"))

    @property
    def period(self) -> DateRange:
        """The arrangement's days."""
        return DateRange(self.start, self.end)


@final
@attrs.frozen
class TeleworkDays:
    """Telework days registered for one month.

    Attributes:
        month: the month.
        days: the number of telework days registered, from 0 to the days in the month.
    """

    month: Month = attrs.field(validator=of_type(Month, "a Month, e.g. Month('2023-01')"))
    days: Decimal = attrs.field(converter=to_decimal, validator=days_in_month)


@final
@attrs.frozen
class InternetRoute:
    """The internet-allowance route a person is on over a period.

    Attributes:
        start: the first day.
        end: the last day, or ``None``.
        route: forfait or third party.
        benefit_waived: the person signed the statement on honour ("erewoordverklaring")
            that the connection is not used privately: on the third-party route, no
            benefit in kind in the months this route decides.
    """

    start: date = attrs.field(converter=to_date, validator=a_date)
    end: date | None = attrs.field(converter=to_optional_date, validator=end_after_start)
    route: Route = attrs.field(validator=of_type(Route, "Route.FORFAIT or Route.THIRD_PARTY"))
    benefit_waived: bool = attrs.field(default=False, validator=of_type(bool, "True or False"))

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

    start: date = attrs.field(converter=to_date, validator=a_date)
    end: date = attrs.field(converter=to_date, validator=[a_date, end_after_start])
    salary_paid: bool = attrs.field(default=True, validator=of_type(bool, "True or False"))
    kind: str = attrs.field(default="", validator=of_type(str, "a text"))

    @property
    def period(self) -> DateRange:
        """The absence's days."""
        return DateRange(self.start, self.end)


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

    employee_id: str = attrs.field(converter=nfc, validator=check_identifier)
    hire_date: date = attrs.field(converter=to_date, validator=a_date)
    exit_date: date | None = attrs.field(
        default=None, converter=to_optional_date, validator=exit_after_hire
    )
    entity: str | None = attrs.field(default=None, converter=optional_nfc)
    contract: Contract = attrs.field(
        default=Contract.CONTRACTUAL,
        validator=of_type(Contract, "Contract.STATUTORY, CONTRACTUAL or STUDENT"),
    )
    work_fraction: Decimal = attrs.field(
        default=Decimal(1),
        converter=to_decimal,
        validator=decimal_between(Decimal(0), Decimal(1), low_open=True),
    )
    smartphone_role: bool = attrs.field(default=False, validator=of_type(bool, "True or False"))
    telework: tuple[TeleworkArrangement, ...] = attrs.field(
        default=(),
        converter=by_start,
        validator=[tuple_of(TeleworkArrangement, "TeleworkArrangement"), no_overlap("telework")],
    )
    telework_days: tuple[TeleworkDays, ...] = attrs.field(
        default=(),
        converter=by_month,
        validator=[tuple_of(TeleworkDays, "TeleworkDays"), unique_months],
    )
    internet: tuple[InternetRoute, ...] = attrs.field(
        default=(),
        converter=by_start,
        validator=[tuple_of(InternetRoute, "InternetRoute"), no_overlap("internet")],
    )
    absences: tuple[Absence, ...] = attrs.field(
        default=(),
        converter=by_start,
        validator=tuple_of(Absence, "Absence"),
    )

    @entity.validator
    def _check_entity(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value.strip():
            raise InvalidFactError("entity", value, "an entity code such as DWSE, or None")
        check_identifier(self, attribute, value)

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
