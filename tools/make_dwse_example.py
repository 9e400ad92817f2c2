#!/usr/bin/env python3
"""Generate the bundled DWSE example dataset and check it against DWSE's published answer.

The staff are invented. The dataset is built so that the library's rules, evaluated over
2021-01..2023-10 as known on 2023-11-08, reproduce the figures the Departement Werk en
Sociale Economie (DWSE) published in its answer to written question no. 55 of 2023
(RULES.md "DWSE"): distinct staff per year with the internet forfait and with the
third-party route, and the forfait's payroll cost on a cash basis.

How the numbers come about (everything else is drawn from a seeded random generator):

* Third-party route: the staff are built in groups whose yearly presence on the route is
  fixed by construction (stable subscribers, leavers, late applicants, route switchers,
  new hires), so that 334, 332 and 332 distinct people result. Almost everyone on the
  route in 2023 is on it the whole year, so the monthly count stays close to 332.
* Forfait: the same for 23, 37 and 83 people; from 2023 every new hire gets the forfait by
  default unless they have a ``third_party`` row (DWSE policy).
* Payroll: the forfait of month M is paid on the 25th of M+1 (VPS art. VII 73 §2). The
  export holds every payment made from 2021-01-01 up to the evaluation date, so the cash
  basis of 2021 includes December 2020 (paid 2021-01-25) and back pay of 2020 months for
  late applications processed in February 2021; months before 2021 are outside the
  library's rule history. The route start month of a few late applicants is calibrated so
  that the cash totals are exact (EUR 5,680, 5,640 and 10,340). Other differences between
  payments and entitlements are explained where they are made (a late registration paid as
  back pay, a cross-year retroactive application, an overpayment recovered a month later).
* Home-working allowance: known from 2023-09-08, so January to September 2023 are paid on
  2023-10-25 to everyone entitled under the library's default settings.

Run ``python tools/make_dwse_example.py`` to (re)write the CSV files (byte-identical on
every run) and verify them with teleworkrules; ``--check`` verifies without writing and
exits with status 1 when a number or a file differs.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "teleworkrules" / "data" / "examples" / "dwse"

SEED = 20231108
"""The random seed: the date of DWSE's answer."""

KNOWN_ON = date(2023, 11, 8)
"""The evaluation date: after the home-working allowance became known (2023-09-08)."""

EXPORT_FROM = date(2021, 1, 1)
"""The payroll export holds the payments made from this day up to :data:`KNOWN_ON`."""

DEFAULT_ROUTE_FROM = date(2023, 1, 1)
"""DWSE: staff hired from this day get the forfait unless they opt for the third party."""

HOME_WORKING_RUN = date(2023, 10, 25)
"""The first payroll run after the home-working allowance was decided (2023-09-08)."""

FORFAIT = Decimal("20.00")
HOME_WORKING = Decimal("20.00")

TARGETS: dict[int, tuple[int, int, Decimal]] = {
    2021: (23, 334, Decimal("5680.00")),
    2022: (37, 332, Decimal("5640.00")),
    2023: (83, 332, Decimal("10340.00")),
}
"""Per year: forfait persons, third-party persons, forfait paid (cash basis)."""

PERIOD = ((2021, 1), (2023, 10))

HEADERS: dict[str, tuple[str, ...]] = {
    "staff": (
        "employee_id",
        "entity",
        "hire_date",
        "exit_date",
        "contract",
        "work_fraction",
        "smartphone_role",
    ),
    "telework": ("employee_id", "start", "end", "days_per_week", "approved"),
    "telework_days": ("employee_id", "month", "days"),
    "internet": ("employee_id", "start", "end", "route"),
    "absences": ("employee_id", "start", "end", "salary_paid", "kind"),
    "material_requests": ("employee_id", "item", "requested_on", "cost"),
    "payments": ("employee_id", "month", "allowance", "amount", "paid_on"),
}

# --------------------------------------------------------------------------- months


def mi(year: int, month: int) -> int:
    """A month as a number (months since year 0), easy to step through."""
    return year * 12 + month - 1


def first_day(m: int) -> date:
    """The first day of month number ``m``."""
    return date(m // 12, m % 12 + 1, 1)


def last_day(m: int) -> date:
    """The last day of month number ``m``."""
    return first_day(m + 1) - timedelta(days=1)


def month_text(m: int) -> str:
    """Month number ``m`` as ``YYYY-MM``."""
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def month_of(day: date) -> int:
    """The month number of ``day``."""
    return mi(day.year, day.month)


def weekdays(m: int) -> int:
    """The Monday-Friday dates of month ``m``."""
    day, count = first_day(m), 0
    while day.month == m % 12 + 1:
        count += day.weekday() < 5
        day += timedelta(days=1)
    return count


def run_date(m: int) -> date:
    """The payroll run of month ``m`` (the 25th)."""
    return date(m // 12, m % 12 + 1, 25)


def first_run_after(day: date) -> date:
    """The first payroll run that can pay something registered on ``day``."""
    m = month_of(day)
    return run_date(m) if day.day <= 15 else run_date(m + 1)


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months``, clipped to the end of a shorter month."""
    m = month_of(day) + months
    return min(date(m // 12, m % 12 + 1, 1) + timedelta(days=day.day - 1), last_day(m))


FIRST, LAST = mi(*PERIOD[0]), mi(*PERIOD[1])

# --------------------------------------------------------------------------- people


@dataclass
class Person:
    """One invented staff member, with every spell and payroll detail."""

    tag: str
    hire: date
    exit: date | None = None
    contract: str = "contractual"
    fraction: str = "1"
    smartphone: bool = False
    routes: list[tuple[date, date | None, str]] = field(default_factory=list)
    telework: list[tuple[date, date | None, str, bool]] = field(default_factory=list)
    days: dict[int, str] = field(default_factory=dict)
    absences: list[tuple[date, date, bool, str]] = field(default_factory=list)
    processed: date | None = None
    """Payroll registered the internet route only on this day: earlier months are back pay."""
    extra: list[tuple[int, str, Decimal, date, str]] = field(default_factory=list)
    """Payments outside the rules: month, allowance, amount, paid on, why."""
    key: int = 0
    eid: str = ""

    def deciding_day(self, m: int) -> date | None:
        """The first day of month ``m`` in service, or ``None`` when not in service."""
        if self.hire > last_day(m) or (self.exit is not None and self.exit < first_day(m)):
            return None
        return max(first_day(m), self.hire)

    def in_service_on(self, day: date) -> bool:
        """Whether ``day`` lies between hire and exit."""
        return self.hire <= day and (self.exit is None or day <= self.exit)

    def route(self, m: int) -> str | None:
        """The internet route granted for month ``m`` (RULES.md, DWSE default included)."""
        day = self.deciding_day(m)
        if day is None:
            return None
        for start, end, route in self.routes:
            if start <= day and (end is None or day <= end):
                return route
        if self.hire >= DEFAULT_ROUTE_FROM and m >= mi(2023, 1):
            return "forfait"
        return None

    def home_working(self, m: int) -> bool:
        """Whether the home-working allowance is granted for month ``m``."""
        day = self.deciding_day(m)
        if day is None or m < mi(2023, 1):
            return False
        if m in self.days:
            return Decimal(self.days[m]) * 5 >= weekdays(m)
        for start, end, per_week, approved in self.telework:
            if start <= day and (end is None or day <= end):
                return approved and Decimal(per_week) >= 1
        return False

    def payments(self) -> list[tuple[int, str, Decimal, date]]:
        """The payroll lines paid from :data:`EXPORT_FROM` to :data:`KNOWN_ON`."""
        lines: list[tuple[int, str, Decimal, date]] = []
        for m in range(mi(2019, 1), LAST + 1):
            if self.route(m) == "forfait":
                paid = run_date(m + 1)
                if self.processed is not None:
                    paid = max(paid, first_run_after(self.processed))
                lines.append((m, "internet_forfait", FORFAIT, paid))
            if self.home_working(m):
                lines.append(
                    (m, "home_working", HOME_WORKING, max(run_date(m + 1), HOME_WORKING_RUN))
                )
        lines += [(m, a, amount, paid) for m, a, amount, paid, _ in self.extra]
        return [line for line in lines if EXPORT_FROM <= line[3] <= KNOWN_ON]


def forfait_cash(people: Iterable[Person], year: int) -> Decimal:
    """Forfait paid in ``year`` inside the period (the report's cash basis)."""
    total = Decimal(0)
    for p in people:
        for _, allowance, amount, paid in p.payments():
            m = month_of(paid)
            if allowance == "internet_forfait" and paid.year == year and FIRST <= m <= LAST:
                total += amount
    return total


# --------------------------------------------------------------------------- building


class Builder:
    """Draws the invented department, group by group, from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people: list[Person] = []

    # dates ------------------------------------------------------------------

    def workday(self, year: int, month: int, *, early: bool = True) -> date:
        """A hire date in a month: the first working day, the 16th or a Monday."""
        choice = self.rng.random()
        if early and choice < 0.6:
            day = date(year, month, 1)
        elif choice < 0.8:
            day = date(year, month, 16)
        else:
            day = date(year, month, self.rng.randint(2, 26))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def hire_before(self, latest: date, earliest: int = 1987) -> date:
        """A hire date of the existing staff, more of them in recent years."""
        while True:
            year = min(2020, int(earliest + (2021 - earliest) * self.rng.random() ** 0.7))
            day = self.workday(year, self.rng.randint(1, 12))
            if day <= latest:
                return day

    def hire_in(self, year: int, months: tuple[int, int]) -> date:
        """A hire date in ``year`` between the two months (both included)."""
        return self.workday(year, self.rng.randint(*months))

    def exit_in(self, year: int, months: tuple[int, int] = (1, 12)) -> date:
        """An exit date: mostly the end of a month (resignation, retirement)."""
        m = mi(year, self.rng.randint(*months))
        if self.rng.random() < 0.8:
            return last_day(m)
        return first_day(m) + timedelta(days=self.rng.randint(7, 20))

    def route_start(self, earliest: date, latest: date) -> date:
        """A route start between two days: the 1st of a month, sometimes mid-month."""
        lo, hi = month_of(earliest), month_of(latest)
        m = self.rng.randint(lo, hi)
        start = first_day(m)
        if self.rng.random() < 0.2 and m < hi:
            start = first_day(m) + timedelta(days=self.rng.randint(4, 20))
        return max(start, earliest)

    # people -----------------------------------------------------------------

    def add(
        self, tag: str, hire: date, exit_: date | None = None, *, student: bool = False
    ) -> Person:
        """A new person with contract, work fraction and smartphone role drawn."""
        rng = self.rng
        if student:
            contract, fraction = "student", rng.choice(("1", "1", "0.5"))
        else:
            statutory_share = 0.65 if hire.year < 2021 else 0.35
            contract = "statutory" if rng.random() < statutory_share else "contractual"
            fraction = rng.choices(("1", "0.8", "0.9", "0.6", "0.5"), weights=(80, 11, 3, 2, 4))[0]
        person = Person(tag, hire, exit_, contract, fraction)
        person.smartphone = not student and rng.random() < 0.06
        person.key = len(self.people)
        self.people.append(person)
        return person

    def existing(
        self, tag: str, exit_: date | None = None, latest: date = date(2020, 10, 31)
    ) -> Person:
        """A staff member hired before 2021."""
        return self.add(tag, self.hire_before(latest), exit_)

    def tp_since(self, p: Person, latest: date = date(2021, 1, 1)) -> date:
        """The start of a third-party route that began before 2021 (or on 2021-01-01)."""
        earliest = max(date(2019, 5, 1), first_day(month_of(p.hire) + 1))
        if self.rng.random() < 0.35:
            earliest = max(earliest, date(2020, 3, 16))  # the first lockdown
        if earliest > latest:
            return latest
        return self.route_start(earliest, latest)

    def forfait_since(self, p: Person) -> date:
        """The start of a forfait route that began before December 2020."""
        earliest = max(date(2019, 5, 1), first_day(month_of(p.hire) + 1))
        return first_day(self.rng.randint(month_of(earliest), mi(2020, 11)))


def build() -> list[Person]:
    """The whole department; the figures of question no. 55 follow from the groups."""
    b = Builder(SEED)
    rng = b.rng
    tp, ff = "third_party", "forfait"

    # ---- existing staff on the third-party route (hired before 2021) ----------------
    for i in range(278):  # G1: on the route the whole period
        exit_ = (date(2023, 11, 30), date(2023, 12, 31), date(2023, 12, 31))[i] if i < 3 else None
        p = b.existing("tp.stable", exit_)
        start = b.tp_since(p)
        if i % 25 == 7 and start < date(2021, 6, 1):  # a change of provider: two rows
            p.routes = [(start, date(2021, 6, 30), tp), (date(2021, 7, 1), None, tp)]
        else:
            p.routes = [(start, None, tp)]
    for _ in range(16):  # G2: leave in 2021
        p = b.existing("tp.exit2021", b.exit_in(2021))
        p.routes = [(b.tp_since(p), None, tp)]
    for _ in range(6):  # G3: leave in 2022
        p = b.existing("tp.exit2022", b.exit_in(2022))
        p.routes = [(b.tp_since(p), None, tp)]
    for exit_ in (
        date(2023, 6, 30),
        date(2023, 10, 2),
        date(2023, 10, 15),
        date(2023, 10, 31),
        date(2023, 10, 31),
    ):
        p = b.existing("tp.exit2023", exit_)  # G4: leave in 2023, mostly in October
        p.routes = [(b.tp_since(p), None, tp)]
    for _ in range(6):  # G5: apply during 2021
        p = b.existing("tp.apply2021")
        p.routes = [(b.route_start(date(2021, 2, 1), date(2021, 11, 1)), None, tp)]
    for _ in range(3):  # G6: apply during 2022
        p = b.existing("tp.apply2022")
        p.routes = [(b.route_start(date(2022, 2, 1), date(2022, 11, 1)), None, tp)]
    for _ in range(2):  # G7: stop the subscription at the end of 2021 (no route after)
        p = b.existing("tp.stop2021")
        p.routes = [(b.tp_since(p), date(2021, 12, 31), tp)]
    for switch in (date(2022, 4, 1), date(2022, 7, 1), date(2022, 10, 1)):  # G8: to forfait in 2022
        p = b.existing("tp.to_forfait2022")
        p.routes = [(b.tp_since(p), switch - timedelta(days=1), tp), (switch, None, ff)]
    for _ in range(2):  # G9: forfait, to third party from October 2021
        p = b.existing("forfait.to_tp2021")
        p.routes = [(b.forfait_since(p), date(2021, 9, 30), ff), (date(2021, 10, 1), None, tp)]
    p = b.existing("tp.forfait_and_back2021")  # G10: third party -> forfait -> third party
    p.routes = [
        (b.tp_since(p), date(2021, 2, 28), tp),
        (date(2021, 3, 1), date(2021, 10, 31), ff),
        (date(2021, 11, 1), None, tp),
    ]
    p = b.existing("forfait.tp_and_back2022")  # G11: forfait -> third party -> forfait
    p.routes = [
        (b.forfait_since(p), date(2022, 2, 28), ff),
        (date(2022, 3, 1), date(2022, 8, 31), tp),
        (date(2022, 9, 1), None, ff),
    ]
    p.extra = [
        (
            mi(2022, 3),
            "internet_forfait",
            FORFAIT,
            date(2022, 4, 25),
            "switch to the third party registered late: March 2022 paid",
        ),
        (
            mi(2022, 3),
            "internet_forfait",
            -FORFAIT,
            date(2022, 5, 25),
            "overpayment of March 2022 recovered",
        ),
    ]
    p = b.existing("tp.to_forfait2023")  # G12
    p.routes = [(b.tp_since(p), date(2023, 8, 31), tp), (date(2023, 9, 1), None, ff)]
    p = b.existing("forfait.to_tp2023")  # G13
    p.routes = [(b.forfait_since(p), date(2023, 1, 31), ff), (date(2023, 2, 1), None, tp)]
    for _ in range(2):  # G14: apply from 2023-01-01
        p = b.existing("tp.apply2023")
        p.routes = [(date(2023, 1, 1), None, tp)]

    # ---- existing staff on the forfait --------------------------------------------
    for _ in range(8):  # paid since before December 2020
        p = b.existing("forfait.stable")
        p.routes = [(b.forfait_since(p), None, ff)]
    late2021: list[Person] = []
    for _ in range(4):  # late applications: 2020 months paid back in February 2021
        p = b.existing("forfait.late2021", latest=date(2019, 12, 31))
        p.routes = [(date(2021, 1, 1), None, ff)]  # calibrated below
        p.processed = date(2021, 2, 8)
        late2021.append(p)
    p = b.existing("forfait.exit2021", date(2021, 10, 31))
    p.routes = [(b.forfait_since(p), None, ff)]
    for exit_ in (date(2022, 4, 30), date(2022, 9, 30)):
        p = b.existing("forfait.exit2022", exit_)
        p.routes = [(b.forfait_since(p), None, ff)]
    p = b.existing("forfait.exit2023", date(2023, 5, 31))
    p.routes = [(b.forfait_since(p), None, ff)]
    apply2022: list[Person] = []
    for _ in range(5):  # apply during 2022 (start month calibrated)
        p = b.existing("forfait.apply2022")
        p.routes = [(date(2022, 12, 1), None, ff)]
        apply2022.append(p)
    apply2023: list[Person] = []
    for _ in range(3):  # apply during 2023 (start month calibrated)
        p = b.existing("forfait.apply2023")
        p.routes = [(date(2023, 10, 1), None, ff)]
        apply2023.append(p)
    p = b.existing("forfait.retro2022")  # applied 2023-01-16, retroactive to 2022-11-01
    p.routes = [(date(2022, 11, 1), None, ff)]
    p.processed = date(2023, 2, 8)

    # ---- existing staff without a route (never applied) ----------------------------
    for i in range(115):
        exit_ = None
        if i < 10:
            exit_ = b.exit_in(2021)
        elif i < 25:
            exit_ = b.exit_in(2022)
        elif i < 33:
            exit_ = b.exit_in(2023, (1, 10))
        b.existing("none", exit_)

    # ---- hires of 2021 --------------------------------------------------------------
    for year, tag_year in ((2021, "2021"), (2022, "2022")):
        for _ in range(3):  # summer students
            start = date(year, 7, 1) + timedelta(days=rng.randint(0, 14))
            while start.weekday() >= 5:
                start += timedelta(days=1)
            b.add(
                f"student{tag_year}",
                start,
                date(year, 8, 31) - timedelta(days=rng.randint(0, 6)),
                student=True,
            )
    for _ in range(12):  # apply for the third party within a few months
        p = b.add("hire2021.tp", b.hire_in(2021, (1, 9)))
        p.routes = [
            (
                b.route_start(first_day(month_of(p.hire) + 1), first_day(month_of(p.hire) + 3)),
                None,
                tp,
            )
        ]
    for _ in range(2):
        p = b.add("hire2021.tp_exit2022", b.hire_in(2021, (1, 6)), b.exit_in(2022, (2, 11)))
        p.routes = [(first_day(month_of(p.hire) + 2), None, tp)]
    for hire, start in (
        (date(2021, 11, 2), date(2022, 1, 1)),
        (date(2021, 12, 1), date(2022, 2, 1)),
    ):
        p = b.add("hire2021.tp_from2022", hire)
        p.routes = [(start, None, tp)]
    for hire, start in (
        (date(2021, 1, 4), date(2021, 2, 1)),
        (date(2021, 3, 15), date(2021, 5, 1)),
    ):
        p = b.add("hire2021.forfait", hire)
        p.routes = [(start, None, ff)]
    for i in range(24):
        exit_ = b.exit_in(2022) if i == 0 else (b.exit_in(2023, (1, 9)) if i == 1 else None)
        b.add("hire2021.none", b.hire_in(2021, (1, 12)), exit_)

    # ---- hires of 2022 --------------------------------------------------------------
    for _ in range(9):
        p = b.add("hire2022.tp", b.hire_in(2022, (1, 9)))
        p.routes = [
            (
                b.route_start(first_day(month_of(p.hire) + 1), first_day(month_of(p.hire) + 3)),
                None,
                tp,
            )
        ]
    p = b.add("hire2022.tp_exit2022", date(2022, 2, 1), date(2022, 10, 31))
    p.routes = [(date(2022, 3, 1), None, tp)]
    for hire, start in (
        (date(2022, 10, 3), date(2023, 1, 1)),
        (date(2022, 11, 16), date(2023, 1, 1)),
        (date(2022, 12, 1), date(2023, 3, 1)),
    ):
        p = b.add("hire2022.tp_from2023", hire)
        p.routes = [(start, None, tp)]
    for k, start_month in enumerate((3, 4, 6, 7, 9, 10, 11, 12, 12)):
        start = date(2022, start_month, 1)
        p = b.add(
            "hire2022.forfait",
            b.workday(2022, start_month - 1),
            date(2023, 3, 31) if k == 2 else None,
        )
        p.routes = [(start, None, ff)]
    for i in range(25):
        exit_ = b.exit_in(2023, (2, 10)) if i == 0 else None
        b.add("hire2022.none", b.hire_in(2022, (1, 12)), exit_)

    # ---- hires of 2023: the forfait by default --------------------------------------
    for hire in (
        date(2023, 1, 2),
        date(2023, 1, 2),
        date(2023, 1, 2),
        date(2023, 1, 16),
        date(2023, 1, 16),
        date(2023, 2, 1),
    ):
        p = b.add("hire2023.tp_from_hire", hire)
        p.routes = [(hire, None, tp)]
    p = b.add("hire2023.forfait_to_tp", date(2023, 1, 2))
    p.routes = [(date(2023, 5, 1), None, tp)]
    per_month = (3, 4, 4, 3, 4, 3, 3, 3, 7, 5)
    hires: list[Person] = []
    for month, count in enumerate(per_month, start=1):
        for _ in range(count):
            hires.append(b.add("hire2023.forfait", b.workday(2023, month)))
    hires[0].processed = hires[3].processed = date(2023, 3, 8)  # registered late by HR
    for p in hires:
        if p.hire.month == 3 and p.exit is None:
            p.exit = date(2023, 6, 30)  # left during the probation period
            break
    for p in hires:
        if p.hire.month == 5:
            p.exit = date(2023, 8, 31)
            break
    for start, end in (
        (date(2023, 7, 3), date(2023, 8, 31)),
        (date(2023, 7, 3), date(2023, 8, 25)),
        (date(2023, 6, 15), date(2023, 9, 15)),
        (date(2023, 7, 17), date(2023, 8, 31)),
    ):
        b.add("student2023", start, end, student=True)

    calibrate(b.people, late2021, 2021, [first_day(m) for m in range(mi(2021, 1), mi(2020, 2), -1)])
    calibrate(
        b.people, apply2022, 2022, [first_day(m) for m in range(mi(2022, 12), mi(2022, 1), -1)]
    )
    calibrate(
        b.people, apply2023, 2023, [first_day(m) for m in range(mi(2023, 10), mi(2022, 12), -1)]
    )

    assign_ids(b)
    add_telework(b)
    add_absences(b)
    return b.people


def calibrate(people: list[Person], knobs: list[Person], year: int, starts: list[date]) -> None:
    """Move the route start of ``knobs`` earlier, one month at a time, until the cash is exact.

    ``starts`` lists the allowed start days, latest first; each step earlier adds exactly
    one forfait payment to the cash basis of ``year``.
    """
    target = TARGETS[year][2]
    base = forfait_cash([p for p in people if all(p is not k for k in knobs)], year)
    position = [0] * len(knobs)
    while True:
        for knob, pos in zip(knobs, position, strict=True):
            knob.routes[0] = (starts[pos], None, "forfait")
        cash = base + forfait_cash(knobs, year)
        if cash == target:
            return
        movable = [i for i, pos in enumerate(position) if pos + 1 < len(starts)]
        if cash > target or not movable:
            raise SystemExit(f"cannot calibrate {year}: cash {cash}, target {target}")
        i = min(movable, key=lambda i: (position[i], i))
        position[i] += 1


def assign_ids(b: Builder) -> None:
    """Personnel numbers D0001... in order of hire date."""
    order = sorted(b.people, key=lambda p: (p.hire, p.key))
    for number, p in enumerate(order, start=1):
        p.eid = f"D{number:04d}"
    b.people.sort(key=lambda p: p.eid)


def _days(value: Decimal) -> str:
    return f"{value.normalize():f}"


def add_telework(b: Builder) -> None:
    """Hybrid-work arrangements for most staff and a few registered months in 2023."""
    rng = b.rng
    for p in b.people:
        if p.contract == "student":
            if rng.random() < 0.5:
                p.telework = [(p.hire, p.exit, "1", True)]
            continue
        kind = rng.choices(("none", "half", "unapproved", "plan"), weights=(7, 7, 3, 83))[0]
        if kind == "none":  # front-office and inspection work: no arrangement
            continue
        plan = rng.choices(("1", "1.5", "2", "2.5", "3"), weights=(16, 6, 40, 12, 26))[0]
        later = rng.choices(("1", "1.5", "2", "2.5", "3"), weights=(16, 6, 40, 12, 26))[0]
        rows: list[tuple[date, date | None, str, bool]] = []
        start = max(p.hire, date(2021, 1, 1))
        if start < date(2021, 9, 1):  # corona: telework the rule until the circular of 2021-07-16
            corona_end = min(date(2021, 8, 31), p.exit or date(2021, 8, 31))
            rows.append((start, corona_end, rng.choice(("4", "4", "5")), True))
            start = date(2021, 9, 1)
        if p.exit is not None and p.exit < start:
            p.telework = rows
            continue
        if kind == "half":
            rows.append((start, p.exit, "0.5", True))
        elif kind == "unapproved":  # the renewed arrangement of 2023 still awaits consent
            if start < date(2023, 1, 1):
                rows.append((start, date(2022, 12, 31), plan, True))
                start = date(2023, 1, 1)
            if p.exit is None or p.exit >= start:
                rows.append((start, p.exit, later, False))
        elif (
            start < date(2023, 1, 1)
            and rng.random() < 0.3
            and (p.exit is None or p.exit >= date(2023, 1, 1))
        ):
            rows.append((start, date(2022, 12, 31), plan, True))
            rows.append((date(2023, 1, 1), p.exit, later, True))
        elif start >= date(2021, 9, 1) and p.hire == start and rng.random() < 0.2:
            pending = last_day(month_of(start) + 1)  # consent after the first weeks
            if p.exit is not None and p.exit <= pending:
                rows.append((start, p.exit, plan, False))
            else:
                rows.append((start, pending, plan, False))
                rows.append((pending + timedelta(days=1), p.exit, plan, True))
        else:
            rows.append((start, p.exit, plan, True))
        p.telework = rows
    add_registered_days(b)


def _current(p: Person, day: date) -> tuple[str, bool] | None:
    for start, end, per_week, approved in p.telework:
        if start <= day and (end is None or day <= end):
            return per_week, approved
    return None


def add_registered_days(b: Builder) -> None:
    """Telework days registered for a few months of 2023 (they decide those months)."""
    whole_2023 = [
        p
        for p in b.people
        if p.contract != "student"
        and p.hire <= date(2022, 12, 31)
        and (p.exit is None or p.exit > date(2023, 10, 31))
    ]

    b.rng.shuffle(whole_2023)

    def pick(condition: Callable[[tuple[str, bool] | None], bool]) -> Person:
        for p in whole_2023:
            if not p.days and not p.absences and condition(_current(p, date(2023, 6, 1))):
                return p
        raise SystemExit("no candidate for registered telework days")

    def plan_is(value: str, approved: bool = True) -> Callable[[tuple[str, bool] | None], bool]:
        return lambda c: c == (value, approved)

    scenarios: list[tuple[Callable[[tuple[str, bool] | None], bool], dict[int, str]]] = [
        (plan_is("2"), {mi(2023, 2): "3", mi(2023, 3): "8"}),  # below, then above the threshold
        (plan_is("0.5"), {mi(2023, 3): "5", mi(2023, 6): "4.5"}),  # registered days beat the plan
        (
            lambda c: c is not None and not c[1],
            {mi(2023, 5): "5", mi(2023, 6): "4"},
        ),  # unapproved plan
        (plan_is("1"), {mi(2023, 4): "4", mi(2023, 7): "0"}),  # exactly the threshold; a 0 row
        (lambda c: c is None, {mi(2023, 9): "6"}),  # no arrangement at all
        (plan_is("3"), {mi(2023, 8): "12", mi(2023, 9): "13"}),
        (plan_is("1.5"), {mi(2023, 1): "4.5"}),
        (plan_is("2"), {mi(2023, 10): "7"}),  # October: not paid yet
        (plan_is("2.5"), {mi(2023, 2): "10", mi(2023, 3): "11", mi(2023, 4): "9"}),
        (plan_is("2"), {mi(2023, 6): "9", mi(2023, 7): "4"}),  # July below the threshold
        (plan_is("1"), {mi(2023, 9): "3.5"}),
        (plan_is("3"), {mi(2023, 5): "14"}),
    ]
    for condition, rows in scenarios:
        pick(condition).days = rows
    for p in whole_2023:  # a part-timer: the threshold is not scaled (2 days is too few)
        if p.fraction == "0.5" and not p.days and _current(p, date(2023, 2, 1)) == ("2", True):
            p.days = {mi(2023, 2): "2"}
            break
    march = [p for p in b.people if p.contract != "student" and month_of(p.hire) == mi(2023, 3)]
    march.sort(key=lambda p: (p.hire.day == 1, p.key))  # a hire after the 1st, if any
    march[0].days = {mi(2023, 3): "2"}  # no reduction of the threshold for part-month service


def add_absences(b: Builder) -> None:
    """A handful of absences; unpaid ones for people with nothing payroll would pay then."""
    rng = b.rng
    stable = [p for p in b.people if p.exit is None and p.hire < date(2021, 1, 1) and not p.days]

    def take(tag: str, condition: Callable[[Person], bool] = lambda p: True) -> Person:
        candidates = [p for p in stable if p.tag == tag and not p.absences and condition(p)]
        return candidates[rng.randrange(len(candidates))]

    no_home_working = lambda p: not any(p.home_working(m) for m in range(mi(2023, 1), mi(2023, 11)))  # noqa: E731
    take("tp.stable").absences = [(date(2022, 2, 7), date(2022, 6, 30), True, "sick_leave")]
    take("tp.stable").absences = [(date(2022, 9, 1), date(2022, 12, 31), False, "parental_leave")]
    take("none").absences = [(date(2021, 7, 1), date(2021, 12, 31), False, "unpaid_leave")]
    take("forfait.stable").absences = [(date(2023, 3, 13), date(2023, 5, 26), True, "sick_leave")]
    take("tp.stable", no_home_working).absences = [
        (date(2023, 1, 1), date(2023, 6, 30), False, "career_break")
    ]
    take("tp.stable").absences = [(date(2021, 4, 12), date(2021, 7, 30), True, "maternity_leave")]
    take("tp.stable").absences = [(date(2023, 9, 4), date(2023, 9, 15), True, "sick_leave")]
    take("none").absences = [(date(2022, 3, 1), date(2022, 3, 31), False, "unpaid_leave")]
    take("tp.stable").absences = [
        (date(2021, 11, 8), date(2021, 11, 19), True, "sick_leave"),
        (date(2022, 10, 3), date(2023, 1, 31), True, "parental_leave_part_time"),
    ]


# --------------------------------------------------------------------------- material

PRICES: dict[str, tuple[str, ...]] = {
    "laptop_holder": ("29.95", "34.50", "39.00"),
    "keyboard": ("24.99", "32.50", "45.00"),
    "mouse": ("9.95", "12.50", "14.99"),
    "headset": ("59.00", "79.95", "99.00", "119.00"),
    "charger": ("45.00", "54.95", "69.00"),
    "usb_hub": ("22.50", "34.95", "49.00"),
    "chair": ("289.00", "329.00", "349.00"),
    "monitor": ("159.00", "179.00", "219.00"),
    "smartphone": ("279.00", "349.00", "429.00"),
}


def material(b: Builder) -> list[tuple[str, str, date, str, bool]]:
    """Requests: employee, item, requested on, cost, and whether the catalogue allows it."""
    rng = b.rng
    staff = [p for p in b.people if p.contract != "student"]
    end = date(2023, 10, 31)

    def weekday_between(first: date, last: date) -> date | None:
        if last < first:
            return None
        for _ in range(20):
            day = first + timedelta(days=rng.randint(0, (last - first).days))
            if day.weekday() < 5:
                return day
        return None

    def window(p: Person, first: date = date(2021, 1, 4), last: date = end) -> tuple[date, date]:
        return max(first, p.hire), min(last, p.exit or last)

    requests: list[tuple[str, str, date, str, bool]] = []

    def add(p: Person, item: str, day: date | None, ok: bool) -> bool:
        if day is None:
            return False
        requests.append((p.eid, item, day, rng.choice(PRICES[item]), ok))
        return True

    small = ("laptop_holder", "keyboard", "mouse", "headset", "charger", "usb_hub")
    weights = (14, 16, 18, 26, 12, 14)
    while sum(r[1] in small for r in requests) < 224:
        p = rng.choice(staff)
        add(p, rng.choices(small, weights)[0], weekday_between(*window(p)), True)

    def some(
        candidates: list[Person],
        count: int,
        item: str,
        days: Callable[[Person], tuple[date, date]],
        ok: bool,
    ) -> list[Person]:
        chosen: list[Person] = []
        for p in rng.sample(candidates, len(candidates)):
            if len(chosen) == count:
                break
            if add(p, item, weekday_between(*days(p)), ok):
                chosen.append(p)
        return chosen

    chairs = some(
        staff,
        56,
        "chair",
        lambda p: window(p, max(date(2021, 1, 4), add_months(p.hire, 6) + timedelta(days=3))),
        True,
    )
    taken = {p.key for p in chairs}
    recent = [p for p in staff if p.hire >= date(2021, 3, 1) and p.key not in taken]
    some(  # a chair before 6 months in service
        recent,
        8,
        "chair",
        lambda p: (
            p.hire + timedelta(days=10),
            min(add_months(p.hire, 6) - timedelta(days=7), p.exit or end),
        ),
        False,
    )
    some(staff, 72, "monitor", lambda p: window(p, date(2023, 1, 9)), True)
    some(
        staff, 8, "monitor", lambda p: window(p, date(2022, 3, 1), date(2022, 12, 20)), False
    )  # before the 2023 offer
    phones = [p for p in staff if p.smartphone]
    for p in phones:
        add(p, "smartphone", weekday_between(*window(p)), True)
    others = [p for p in staff if not p.smartphone]
    some(others, 5, "smartphone", window, False)  # without a role that needs one
    requests.sort(key=lambda r: (r[2], r[0], r[1]))
    return requests


# --------------------------------------------------------------------------- writing


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def tables(
    people: list[Person], requests: list[tuple[str, str, date, str, bool]]
) -> dict[str, list[tuple[object, ...]]]:
    """The rows of every table, in file order."""
    rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in HEADERS}
    for p in people:
        rows["staff"].append((p.eid, "DWSE", p.hire, p.exit, p.contract, p.fraction, p.smartphone))
        rows["telework"] += [(p.eid, s, e, d, a) for s, e, d, a in p.telework]
        rows["telework_days"] += [(p.eid, month_text(m), d) for m, d in sorted(p.days.items())]
        rows["internet"] += [(p.eid, s, e, r) for s, e, r in p.routes]
        rows["absences"] += [(p.eid, s, e, paid, kind) for s, e, paid, kind in p.absences]
    rows["material_requests"] = [(eid, item, day, cost) for eid, item, day, cost, _ in requests]
    payments = [
        (paid, p.eid, allowance, m, amount)
        for p in people
        for m, allowance, amount, paid in p.payments()
    ]
    payments.sort(key=lambda r: (r[0], r[1], r[2], r[3], r[4]))
    rows["payments"] = [
        (eid, month_text(m), a, f"{amount:.2f}", paid) for paid, eid, a, m, amount in payments
    ]
    return rows


def render(rows: list[tuple[object, ...]], header: tuple[str, ...]) -> str:
    """A table as CSV text: UTF-8, LF line ends, quoting only when needed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([tuple(_text(v) for v in row) for row in rows])
    return out.getvalue()


def generate() -> tuple[dict[str, str], list[Person], list[tuple[str, str, date, str, bool]]]:
    """The file contents by file name, the people and the material requests."""
    people = build()
    b = Builder(SEED + 1)  # material draws its own stream: stable when the staff change
    b.people = people
    requests = material(b)
    rows = tables(people, requests)
    files = {f"{name}.csv": render(rows[name], HEADERS[name]) for name in HEADERS}
    return files, people, requests


# --------------------------------------------------------------------------- checking


def verify(
    folder: Path, people: list[Person], requests: list[tuple[str, str, date, str, bool]]
) -> list[str]:
    """Check the dataset in ``folder`` with teleworkrules; returns the mismatches found."""
    import teleworkrules as tr

    problems: list[str] = []
    dataset = tr.load_dataset(folder)
    if dataset.notes or dataset.skipped:
        problems.append(f"load_dataset notes: {dataset.notes} {dataset.skipped}")
    start, end = tr.Month("2021-01"), tr.Month("2023-10")
    granted = list(tr.entitlements(dataset.employees, start, end, known_on=KNOWN_ON))

    persons: dict[tuple[int, str], set[str]] = {}
    monthly_tp: dict[str, int] = {}
    owed: dict[tuple[str, str, str], Decimal] = {}
    for e in granted:
        persons.setdefault((e.month.year, e.allowance.value), set()).add(e.employee_id)
        if e.allowance.value == "internet_third_party" and e.month.year == 2023:
            monthly_tp[str(e.month)] = monthly_tp.get(str(e.month), 0) + 1
        if e.allowance.value != "internet_third_party":
            owed[(e.employee_id, str(e.month), e.allowance.value)] = e.amount

    paid: dict[int, Decimal] = {}
    net: dict[tuple[str, str, str], Decimal] = {}
    for pay in dataset.payments:
        if pay.allowance.value == "internet_forfait" and start <= pay.paid_in <= end:
            paid[pay.paid_in.year] = paid.get(pay.paid_in.year, Decimal(0)) + pay.amount
        if start <= pay.month <= end:
            key = (pay.employee_id, str(pay.month), pay.allowance.value)
            net[key] = net.get(key, Decimal(0)) + pay.amount

    staff: dict[int, int] = {}
    for year in (2021, 2022, 2023):
        first = date(year, 1, 1)
        last = min(date(year, 12, 31), end.last_day)
        staff[year] = sum(
            1
            for p in dataset.employees
            if p.hire_date <= last and (p.exit_date is None or p.exit_date >= first)
        )

    lines = [
        "year  forfait  third_party  forfait_paid  staff",
        "----  -------  -----------  ------------  -----",
    ]
    for year, (forfait, third, cash) in TARGETS.items():
        got = (
            len(persons.get((year, "internet_forfait"), ())),
            len(persons.get((year, "internet_third_party"), ())),
            paid.get(year, Decimal(0)),
        )
        lines.append(f"{year}  {got[0]:7d}  {got[1]:11d}  {got[2]:12,.2f}  {staff[year]:5d}")
        if got != (forfait, third, cash):
            problems.append(f"{year}: got {got}, DWSE published {(forfait, third, cash)}")
        if not 500 <= staff[year] <= 560:
            problems.append(f"{year}: {staff[year]} staff in service, expected 500-560")
    average = Decimal(sum(monthly_tp.values())) / len(monthly_tp)
    lines.append(
        f"third party 2023 per month: {' '.join(str(monthly_tp[k]) for k in sorted(monthly_tp))}"
        f" (average {average:.1f}; x EUR 40.36 = EUR {average * Decimal('40.36'):,.2f})"
    )
    if min(monthly_tp.values()) < 325 or max(monthly_tp.values()) > 332:
        problems.append(f"third party per month in 2023 not about 332: {monthly_tp}")

    # payments against entitlements: equal for every month paid so far (to 2023-09), with
    # the differences the generator made on purpose netting to zero; October not paid yet
    differences = [
        (key, owed.get(key, Decimal(0)), net.get(key, Decimal(0)))
        for key in sorted(set(owed) | set(net))
        if key[1] <= "2023-09" and owed.get(key, Decimal(0)) != net.get(key, Decimal(0))
    ]
    if differences:
        problems.append(f"payments differ from entitlements: {differences[:10]}")
    if any(key[1] == "2023-10" for key in net):
        problems.append("payments for 2023-10, which payroll pays only on 2023-11-25")
    outside = sum(
        pay.amount
        for pay in dataset.payments
        if pay.allowance.value == "internet_forfait" and pay.month < start
    )
    home = sum(pay.amount for pay in dataset.payments if pay.allowance.value == "home_working")
    lines.append(
        f"forfait back pay for months before 2021: EUR {outside:,.2f}; "
        f"home-working paid 2023-10-25: EUR {home:,.2f}"
    )

    # the catalogue: exactly the requests meant to break a condition are refused
    by_id = {p.employee_id: p for p in dataset.employees}
    refused = [
        (r.employee_id, r.item, r.requested_on)
        for r in dataset.material_requests
        if not tr.evaluate_material(by_id[r.employee_id], r.item, r.requested_on).eligible
    ]
    meant = [(eid, item, day) for eid, item, day, _, ok in requests if not ok]
    if sorted(refused) != sorted(meant):
        problems.append(f"material refused {len(refused)}, meant {len(meant)}")
    lines.append(
        f"material requests: {len(dataset.material_requests)}, not meeting the catalogue: "
        f"{len(refused)} ({Decimal(100 * len(refused)) / len(dataset.material_requests):.1f}%)"
    )
    lines.append(f"staff: {len(dataset.employees)} people in staff.csv")
    sys.stdout.write("\n".join(lines) + "\n")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` only verify) the example dataset."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="verify the shipped files; write nothing"
    )
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help=f"folder to write (default {OUTPUT})"
    )
    args = parser.parse_args(argv)
    files, people, requests = generate()
    problems: list[str] = []
    folder: Path = args.output
    if args.check:
        for name, text in files.items():
            path = folder / name
            if not path.exists() or path.read_bytes() != text.encode("utf-8"):
                problems.append(f"{path} differs from what the generator makes")
        if problems:  # verify what the generator makes, then say the files are stale
            with tempfile.TemporaryDirectory() as tmp:
                for name, text in files.items():
                    (Path(tmp) / name).write_bytes(text.encode("utf-8"))
                problems += verify(Path(tmp), people, requests)
        else:
            problems += verify(folder, people, requests)
    else:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_bytes(text.encode("utf-8"))
        problems += verify(folder, people, requests)
    for problem in problems:
        sys.stderr.write(f"MISMATCH: {problem}\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
