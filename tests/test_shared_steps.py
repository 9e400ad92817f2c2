"""Explanation steps that depend on the law alone are built once and shared, exactly.

A step built from parameter versions, months, days and values (never from who the person
is) is the same for everyone, so the rules keep it (``LAW_STEPS``, least recently used
first out). Sharing must never change a text: a value written ``20`` is not one written
``20.00``, and a fact written ``0.8`` is not one written ``0.80``.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import teleworkrules as tr
from teleworkrules import rules
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.indexation import as_written
from teleworkrules.law.parameter_files import load_parameters
from teleworkrules.law.parameters import ParameterSet, Version
from teleworkrules.strategies import employees, months
from teleworkrules.time import Month

KNOWN = date(2025, 1, 1)
MONTH = Month("2023-03")


def _person(employee_id: str, *, days: str = "2", fraction: str = "1") -> tr.Employee:
    return tr.Employee(
        employee_id,
        date(2019, 1, 1),
        work_fraction=Decimal(fraction),
        internet=(tr.InternetRoute(date(2021, 1, 1), None, tr.Route.FORFAIT),),
        telework=(tr.TeleworkArrangement(date(2021, 1, 1), None, Decimal(days)),),
    )


def _step(evaluation: tr.Evaluation, allowance: str, code: str) -> tr.Step:
    return next(s for s in evaluation[allowance].steps if s.code == code)


def test_a_law_step_is_one_object_for_everyone() -> None:
    """Two people, one month: the step giving the forfait's amount is the same object."""
    anna = tr.evaluate(_person("E1"), MONTH, known_on=KNOWN)
    bob = tr.evaluate(_person("E2", days="3"), MONTH, known_on=KNOWN)
    assert _step(anna, "internet_forfait", "internet.forfait") is _step(
        bob, "internet_forfait", "internet.forfait"
    )
    assert _step(anna, "home_working", "home.amount") is _step(bob, "home_working", "home.amount")
    # A step on the person's own facts is not shared.
    assert (
        _step(anna, "home_working", "home.plan_met").args
        != _step(bob, "home_working", "home.plan_met").args
    )


def test_versions_are_equal_only_when_they_print_alike() -> None:
    """``20`` and ``20.00`` are equal numbers but not equal versions; ``True`` is not ``1``."""
    version = load_parameters().at("internet.forfait.amount", MONTH, known_on=KNOWN)
    assert version is not None and version.value == Decimal("20.00")
    same = attrs.evolve(version, value=Decimal("20.00"))
    assert same == version and hash(same) == hash(version)
    assert attrs.evolve(version, value=Decimal("20")) != version
    assert as_written(True) != as_written(1)
    assert as_written(Decimal("-0")) != as_written(Decimal("0"))


def _law_with_forfait(value: Decimal) -> ParameterSet:
    """The shipped law, the forfait's every amount written as ``value`` (same citation)."""
    law = load_parameters()
    forfait = law["internet.forfait.amount"]
    versions = tuple(
        attrs.evolve(v, value=value) if v.value is not None else v for v in forfait.versions
    )
    others = tuple(p for p in law.parameters if p.name != forfait.name)
    return ParameterSet((*others, attrs.evolve(forfait, versions=versions)))


@pytest.mark.parametrize("first", ["20", "20.00"])
def test_each_rulebook_keeps_its_own_writing(first: str) -> None:
    """Two rulebooks whose forfaits differ only in how they are written explain each its own.

    Whichever is evaluated first, the other's explanation prints its own value.
    """
    shipped = Rulebook.default()
    written = {"20": Decimal("20"), "20.00": Decimal("20.00")}
    books = {
        text: Rulebook(_law_with_forfait(value), shipped.policies, shipped.default_entity)
        for text, value in written.items()
    }
    order = [first, *(t for t in written if t != first)]
    for text in order:
        evaluation = tr.evaluate(_person("E1"), MONTH, known_on=KNOWN, rulebook=books[text])
        step = _step(evaluation, "internet_forfait", "internet.forfait")
        assert step.parameters[0].to_dict()["value"] == text
        assert evaluation["internet_forfait"].amount == Decimal("20")


@pytest.mark.parametrize(("first", "second"), [("2", "2.0"), ("2.0", "2"), ("2.50", "2.5")])
def test_planned_days_are_printed_as_written(first: str, second: str) -> None:
    """An arrangement of ``2`` and one of ``2.0`` days each get their own text in the steps."""
    for days in (first, second):
        evaluation = tr.evaluate(_person("E1", days=days), MONTH, known_on=KNOWN)
        plan = _step(evaluation, "home_working", "home.plan_met")
        assert dict(plan.args)["days"] == days
        consent = _step(evaluation, "home_working", "hybrid.approved")
        assert dict(consent.facts)["telework.days_per_week"] == days


@pytest.mark.parametrize(("first", "second"), [("0.8", "0.80"), ("0.80", "0.8")])
def test_a_work_fraction_is_printed_as_written(first: str, second: str) -> None:
    """The part-time note gives the fraction as the person's facts write it."""
    for fraction in (first, second):
        evaluation = tr.evaluate(_person("E1", fraction=fraction), MONTH, known_on=KNOWN)
        note = _step(evaluation, "home_working", "note.part_time")
        assert dict(note.facts)["work_fraction"] == fraction
        assert dict(note.args)["percent"] == "80"


@given(
    days=st.lists(st.dates(date(2021, 1, 1), date(2030, 12, 31)), min_size=1, max_size=12),
    months=st.lists(st.integers(0, 400), min_size=1, max_size=40),
)
def test_remembered_lookups_are_the_lookups(days: list[date], months: list[int]) -> None:
    """Whatever was remembered or forgotten, a lookup gives the parameter's own answer."""
    law = load_parameters()
    names = [p.name for p in law.parameters if p.name.startswith(("internet", "home"))]
    for day in days:
        for offset in months:
            month = Month("2021-01") + offset
            for name in names:
                expected: Version | None = law[name].at(month, known_on=day)
                assert law.at(name, month, known_on=day) == expected


def test_remembered_lookups_are_bounded() -> None:
    """Twelve evaluation dates times 400 months: at most 8 dates, 300 months each, are kept."""
    law = load_parameters()
    for day in range(12):
        for offset in range(400):
            law.at(
                "internet.forfait.amount",
                Month("2021-01") + offset,
                known_on=date(2025, 1, 1 + day),
            )
    remembered = law._found  # the bound is the point of this test
    assert 0 < len(remembered) <= 8
    assert all(0 < len(by_month) <= 300 for by_month in remembered.values())


def _cached_builders() -> list[Any]:
    """Every cached step builder of the rule modules."""
    found = []
    for info in pkgutil.iter_modules(rules.__path__):
        module = importlib.import_module(f"{rules.__name__}.{info.name}")
        found += [f for f in vars(module).values() if hasattr(f, "cache_clear")]
    return found


@st.composite
def _rewritten(draw: st.DrawFn, employee: tr.Employee) -> tr.Employee:
    """``employee`` with some numbers written with more decimals (the same values)."""

    def written(value: Decimal) -> Decimal:
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)
        more = min(exponent, -draw(st.integers(0, 3)))  # never fewer decimals than written
        return value.quantize(Decimal(10) ** more) if draw(st.booleans()) else value

    return attrs.evolve(
        employee,
        work_fraction=written(employee.work_fraction),
        telework=tuple(
            attrs.evolve(a, days_per_week=written(a.days_per_week)) for a in employee.telework
        ),
    )


@st.composite
def _people(draw: st.DrawFn) -> list[tr.Employee]:
    """A person written two or three ways (the same values), and maybe others."""
    person = draw(employees(first=date(2021, 1, 1)))
    if draw(st.booleans()):  # often one approved plan deciding every month from the hire
        days = Decimal(draw(st.integers(0, 20))) / 4
        plan = tr.TeleworkArrangement(person.hire_date, None, days, approved=True)
        person = attrs.evolve(person, telework=(plan,), telework_days=())
    same = [draw(_rewritten(person)) for _ in range(draw(st.integers(2, 3)))]
    others = draw(st.lists(employees(first=date(2021, 1, 1)).flatmap(_rewritten), max_size=2))
    return draw(st.permutations([*same, *others]))


@given(
    people=_people(),
    month_list=st.lists(months(Month("2022-10"), Month("2025-12")), min_size=1, max_size=4),
    entity=st.sampled_from(["DWSE", "FED"]),
)
def test_shared_steps_are_the_steps_built_fresh(
    people: list[tr.Employee], month_list: list[Month], entity: str
) -> None:
    """Evaluations that reuse remembered steps read exactly as ones built from nothing.

    People and months are evaluated one after another (steps are shared between them),
    then each again with every cache emptied first: both are equal, step by step, and
    give the same data in both languages.
    """
    book = Rulebook.default().with_default_entity(entity)
    builders = _cached_builders()
    assert len(builders) >= 8
    pairs = [(p, m) for p in people for m in month_list]
    shared = [tr.evaluate(p, m, known_on=KNOWN, rulebook=book) for p, m in pairs]
    for (person, month), evaluation in zip(pairs, shared, strict=True):
        for builder in builders:
            builder.cache_clear()
        fresh = tr.evaluate(person, month, known_on=KNOWN, rulebook=book)
        assert evaluation == fresh  # every step's values as text, its versions as written
        for lang in ("en", "nl"):
            assert evaluation.to_dict(lang) == fresh.to_dict(lang)
