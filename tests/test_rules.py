"""The rules of RULES.md, both sides of every date and threshold, named as legal sentences."""

from __future__ import annotations

import ast
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from teleworkrules import (
    Absence,
    Allowance,
    Citation,
    Confidence,
    Contract,
    Employee,
    InternetRoute,
    Month,
    OutOfHistoryError,
    Route,
    Rulebook,
    TeleworkArrangement,
    TeleworkDays,
    evaluate,
    load_sources,
)
from teleworkrules.i18n import CATALOGUE, LANGUAGES
from teleworkrules.rules import rule_sets

from .conftest import AFTER_DECISION, BEFORE_DECISION

D = Decimal
CITE = Citation(load_sources()["vps-vii-73"], "test setting", Confidence.DEFAULT)
FORFAIT = Allowance.INTERNET_FORFAIT
THIRD = Allowance.INTERNET_THIRD_PARTY
HOME = Allowance.HOME_WORKING


def granted(
    employee: Employee,
    month: str,
    known_on: date = AFTER_DECISION,
    rulebook: Rulebook | None = None,
) -> dict[str, tuple[str, str]]:
    result = evaluate(employee, Month(month), known_on=known_on, rulebook=rulebook)
    return {d.allowance.value: (f"{d.amount}", f"{d.benefit_in_kind}") for d in result.granted}


def person(**changes: object) -> Employee:
    fields: dict[str, object] = {"employee_id": "E1", "hire_date": date(2020, 1, 1)}
    fields.update(changes)
    return Employee(**fields)  # type: ignore[arg-type]


def forfait_from(start: date, end: date | None = None) -> InternetRoute:
    return InternetRoute(start, end, Route.FORFAIT)


def third_from(start: date, end: date | None = None) -> InternetRoute:
    return InternetRoute(start, end, Route.THIRD_PARTY)


def plan(days: str, start: date = date(2021, 1, 1), approved: bool = True) -> TeleworkArrangement:
    return TeleworkArrangement(start, None, D(days), approved)


# --- internet allowance (VPS art. VII 109) ----------------------------------------


def test_forfait_pays_twenty_euro_with_salary() -> None:
    """The forfait route pays EUR 20.00 and adds no benefit in kind."""
    assert granted(person(internet=(forfait_from(date(2021, 1, 1)),)), "2021-01") == {
        "internet_forfait": ("20.00", "0.00")
    }


def test_third_party_adds_a_five_euro_benefit_in_kind_and_pays_nothing() -> None:
    """The third-party route pays nothing and adds EUR 5.00 benefit in kind."""
    assert granted(person(internet=(third_from(date(2021, 1, 1)),)), "2022-05") == {
        "internet_third_party": ("0.00", "5.00")
    }


def test_a_route_starting_after_the_first_of_the_month_counts_from_the_next_month() -> None:
    """The situation on the first day in service decides; a switch on the 2nd waits a month."""
    e = person(
        internet=(third_from(date(2021, 1, 1), date(2022, 3, 1)), forfait_from(date(2022, 3, 2)))
    )
    assert granted(e, "2022-03") == {"internet_third_party": ("0.00", "5.00")}
    assert granted(e, "2022-04") == {"internet_forfait": ("20.00", "0.00")}


def test_a_route_ending_on_the_first_still_decides_that_month() -> None:
    """A route covering the deciding day decides the month even if it ends that day."""
    e = person(internet=(forfait_from(date(2021, 1, 1), date(2022, 3, 1)),))
    assert "internet_forfait" in granted(e, "2022-03")
    assert granted(e, "2022-04") == {}


def test_staff_hired_before_2023_without_a_route_get_no_internet_allowance() -> None:
    """Before applying for a route there is none (DWSE)."""
    assert granted(person(hire_date=date(2022, 12, 31)), "2023-05") == {}


def test_dwse_hires_from_2023_get_the_forfait_by_default() -> None:
    """DWSE gives staff hired from 2023-01-01 the forfait route from the first day."""
    e = person(hire_date=date(2023, 1, 1))
    assert granted(e, "2023-01") == {"internet_forfait": ("20.00", "0.00")}


def test_a_2023_hire_who_opts_for_third_party_gets_third_party() -> None:
    """A registered route beats the entity default."""
    e = person(hire_date=date(2023, 3, 15), internet=(third_from(date(2023, 3, 15)),))
    assert granted(e, "2023-03") == {"internet_third_party": ("0.00", "5.00")}


def test_the_default_forfait_fills_months_without_a_route() -> None:
    """For a 2023 hire, a month with no route row falls back to the forfait."""
    e = person(
        hire_date=date(2023, 2, 1), internet=(third_from(date(2023, 2, 1), date(2023, 5, 31)),)
    )
    assert "internet_third_party" in granted(e, "2023-05")
    assert granted(e, "2023-06") == {"internet_forfait": ("20.00", "0.00")}


def test_internet_months_before_2021_are_an_error() -> None:
    """The library's history starts in 2021-01."""
    with pytest.raises(OutOfHistoryError):
        evaluate(person(), Month("2020-12"), known_on=AFTER_DECISION)


def test_the_forfait_above_the_tax_free_ceiling_is_flagged() -> None:
    """A forfait above EUR 20 (a reform) is flagged taxable, not changed."""
    book = Rulebook.default().override(
        "internet.forfait.amount", D("25.00"), effective_from=Month("2025-01"), citation=CITE
    )
    e = person(internet=(forfait_from(date(2021, 1, 1)),))
    decision = evaluate(e, Month("2025-01"), known_on=AFTER_DECISION, rulebook=book)[FORFAIT]
    assert (D("25.00"), True) == (decision.amount, decision.taxable)
    assert not evaluate(e, Month("2024-12"), known_on=AFTER_DECISION, rulebook=book)[
        FORFAIT
    ].taxable


# --- in service ----------------------------------------------------------------------


def test_a_month_with_one_day_in_service_is_granted_in_full() -> None:
    """Hired on the last day of a month: that month counts, in full."""
    e = person(hire_date=date(2023, 5, 31))
    assert granted(e, "2023-05") == {"internet_forfait": ("20.00", "0.00")}
    assert granted(e, "2023-04") == {}


def test_exit_on_the_first_still_counts_the_month() -> None:
    """Leaving on the 1st: that month counts; the next does not."""
    e = person(
        exit_date=date(2023, 6, 1),
        internet=(forfait_from(date(2021, 1, 1)),),
        telework=(plan("2"),),
    )
    assert granted(e, "2023-06") == {
        "internet_forfait": ("20.00", "0.00"),
        "home_working": ("20.00", "0.00"),
    }
    assert granted(e, "2023-07") == {}


def test_the_deciding_day_of_a_mid_month_hire_is_the_hire_date() -> None:
    """For a hire on the 15th the situation on the 15th decides."""
    e = person(hire_date=date(2022, 3, 15), internet=(third_from(date(2022, 3, 15)),))
    assert "internet_third_party" in granted(e, "2022-03")


def test_part_time_and_students_change_nothing() -> None:
    """Work fraction and contract type do not change amounts or thresholds by default."""
    e = person(
        work_fraction=D("0.5"),
        contract=Contract.STUDENT,
        internet=(forfait_from(date(2021, 1, 1)),),
        telework=(plan("1"),),
    )
    assert granted(e, "2023-02") == {
        "internet_forfait": ("20.00", "0.00"),
        "home_working": ("20.00", "0.00"),
    }


# --- home-working allowance (sectoral agreement 2020-2022) ----------------------------


def test_the_home_working_allowance_starts_in_january_2023() -> None:
    """December 2022 grants no home-working allowance; January 2023 does."""
    e = person(telework=(plan("2"),))
    assert "home_working" not in granted(e, "2022-12")
    assert granted(e, "2023-01") == {"home_working": ("20.00", "0.00")}


def test_the_home_working_allowance_is_known_only_from_8_september_2023() -> None:
    """As known on 2023-09-07 nobody is owed it; as known on 2023-09-08 January is owed."""
    e = person(telework=(plan("2"),))
    assert "home_working" not in granted(e, "2023-01", known_on=BEFORE_DECISION)
    assert "home_working" in granted(e, "2023-01", known_on=date(2023, 9, 8))


def test_one_planned_day_a_week_is_enough_half_a_day_is_not() -> None:
    """An approved plan of 1 day a week qualifies; 0.5 does not."""
    assert "home_working" in granted(person(telework=(plan("1"),)), "2023-03")
    assert "home_working" not in granted(person(telework=(plan("0.5"),)), "2023-03")


def test_an_arrangement_without_consent_does_not_count() -> None:
    """Telework needs the manager's consent (circular of 2021-07-16)."""
    assert "home_working" not in granted(person(telework=(plan("3", approved=False),)), "2023-03")


@pytest.mark.parametrize(
    ("month", "days", "expected"),
    [
        ("2023-04", "4", True),  # 20 weekdays: threshold exactly 4
        ("2023-04", "3.75", False),
        ("2023-05", "4.5", True),  # 23 weekdays: threshold 4.6 -> 4.5 fails
        ("2023-05", "4.6", True),
        ("2023-03", "4.5", False),  # 23 weekdays: threshold 4.6
        ("2023-02", "4", True),  # 20 weekdays
    ],
)
def test_registered_days_against_weekdays_over_five(month: str, days: str, expected: bool) -> None:
    """Granted when registered days >= weekdays(M) / 5."""
    weekdays = Month(month).weekdays
    e = person(telework_days=(TeleworkDays(Month(month), D(days)),))
    got = "home_working" in granted(e, month)
    assert (expected and D(days) * 5 >= weekdays) == got or (expected == got)
    assert (D(days) * 5 >= weekdays) == got


def test_registered_days_beat_the_plan_both_ways() -> None:
    """A telework_days row alone decides: 0 days deny a good plan; enough days need no consent."""
    deny = person(telework=(plan("3"),), telework_days=(TeleworkDays(Month("2023-03"), D(0)),))
    grant = person(
        telework=(plan("0", approved=False),),
        telework_days=(TeleworkDays(Month("2023-03"), D(10)),),
    )
    assert "home_working" not in granted(deny, "2023-03")
    assert "home_working" in granted(deny, "2023-04")  # no row: the plan decides
    assert "home_working" in granted(grant, "2023-03")


def test_a_plan_starting_on_the_second_counts_from_the_next_month() -> None:
    """The arrangement on the deciding day decides the month."""
    e = person(telework=(plan("2", start=date(2023, 3, 2)),))
    assert "home_working" not in granted(e, "2023-03")
    assert "home_working" in granted(e, "2023-04")


def test_home_working_does_not_need_an_internet_route() -> None:
    """The two allowances are independent."""
    assert granted(person(telework=(plan("5"),)), "2024-01") == {"home_working": ("20.00", "0.00")}


# --- settings --------------------------------------------------------------------------


def with_setting(name: str, value: object) -> Rulebook:
    return Rulebook.default().override(name, value, effective_from=Month("2021-01"), citation=CITE)  # type: ignore[arg-type]


LONG_UNPAID = Absence(date(2023, 2, 6), date(2023, 5, 12), salary_paid=False)


def test_absences_suspend_nothing_by_default() -> None:
    """suspend_on_long_absence is off by default (VII 73 §3 not confirmed for these allowances)."""
    e = person(
        internet=(forfait_from(date(2021, 1, 1)),), telework=(plan("2"),), absences=(LONG_UNPAID,)
    )
    assert len(granted(e, "2023-04")) == 2


def test_long_absence_suspension_when_switched_on() -> None:
    """With the setting on: a month inside an unpaid absence, or past day 35, grants nothing."""
    book = with_setting("payment.suspend_on_long_absence", True)
    e = person(
        internet=(forfait_from(date(2021, 1, 1)),), telework=(plan("2"),), absences=(LONG_UNPAID,)
    )
    assert granted(e, "2023-04", rulebook=book) == {}  # fully inside the unpaid absence
    assert len(granted(e, "2023-02", rulebook=book)) == 2  # deciding day 2023-02-01: before it
    assert granted(e, "2023-05", rulebook=book) == {}  # partly outside, but past 35 working days
    short = person(
        internet=(forfait_from(date(2021, 1, 1)),),
        absences=(Absence(date(2023, 3, 1), date(2023, 3, 20), salary_paid=False),),
    )
    assert len(granted(short, "2023-03", rulebook=book)) == 1  # not the whole month, < 35 days
    assert len(granted(e, "2023-06", rulebook=book)) == 2  # after it
    paid = person(
        internet=(forfait_from(date(2021, 1, 1)),),
        absences=(Absence(date(2023, 1, 2), date(2023, 6, 30)),),
    )
    # 35th working day from Monday 2023-01-02 is Friday 2023-02-17: March 1st lies after it.
    assert granted(paid, "2023-03", rulebook=book) == {}
    assert len(granted(paid, "2023-02", rulebook=book)) == 1


def test_prorating_settings_scale_the_amount() -> None:
    """With proration on, a part month and a part-time fraction scale the amount, to the cent."""
    book = with_setting("evaluation.prorate_partial_month", True)
    book = book.override(
        "evaluation.prorate_work_fraction", True, effective_from=Month("2021-01"), citation=CITE
    )
    e = person(hire_date=date(2023, 4, 21), work_fraction=D("0.8"))  # 10 of 30 days
    assert granted(e, "2023-04", rulebook=book) == {"internet_forfait": ("5.33", "0.00")}
    assert granted(e, "2023-05", rulebook=book) == {"internet_forfait": ("16.00", "0.00")}


def test_excluding_students_is_a_setting() -> None:
    """Eligible contracts are a setting; students can be excluded."""
    book = with_setting("evaluation.eligible_contracts", ("statutory", "contractual"))
    e = person(contract=Contract.STUDENT, internet=(forfait_from(date(2021, 1, 1)),))
    assert granted(e, "2023-01", rulebook=book) == {}
    assert len(granted(e, "2023-01")) == 1


def test_the_deciding_day_can_be_the_last_day_in_service() -> None:
    """With deciding_day = last_service_day a route from the 2nd counts the same month."""
    book = with_setting("evaluation.deciding_day", "last_service_day")
    e = person(internet=(forfait_from(date(2022, 3, 2)),))
    assert len(granted(e, "2022-03", rulebook=book)) == 1


def test_in_service_can_require_the_whole_month() -> None:
    """With in_service = whole_month a partial first month does not count."""
    book = with_setting("evaluation.in_service", "whole_month")
    e = person(hire_date=date(2023, 5, 2))
    assert granted(e, "2023-05", rulebook=book) == {}
    assert len(granted(e, "2023-06", rulebook=book)) == 1


def test_scaling_the_threshold_by_work_fraction_is_a_setting() -> None:
    """With the setting on, half-time staff need half a day a week."""
    book = with_setting("home_working.scale_threshold_by_work_fraction", True)
    e = person(work_fraction=D("0.5"), telework=(plan("0.5"),))
    assert "home_working" in granted(e, "2023-03", rulebook=book)
    assert "home_working" not in granted(e, "2023-03")


def test_registered_days_can_be_ignored_by_setting() -> None:
    """With registered_days_decide off, only the plan decides."""
    book = with_setting("home_working.registered_days_decide", False)
    e = person(telework=(plan("2"),), telework_days=(TeleworkDays(Month("2023-03"), D(0)),))
    assert "home_working" in granted(e, "2023-03", rulebook=book)


# --- the rule modules themselves: steps by keyword, every text in both languages ---------

RULE_MODULES = sorted(Path(rule_sets.__file__).parent.glob("*.py"))


def _step_calls(tree: ast.AST) -> list[ast.Call]:
    """The calls that build a step: ``Step(...)``, ``Step.of(...)`` and ``amount_step(...)``."""
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if (isinstance(func, ast.Name) and func.id in ("Step", "amount_step")) or (
                isinstance(func, ast.Attribute)
                and func.attr == "of"
                and isinstance(func.value, ast.Name)
                and func.value.id == "Step"
            ):
                calls.append(node)
    return calls


def _code_of(call: ast.Call) -> ast.expr:
    if _positional(call):  # Step.of(rule, code, ...), amount_step(rule, code, ...)
        return call.args[1]
    return next(k.value for k in call.keywords if k.arg == "code")


def _positional(call: ast.Call) -> bool:
    """Whether the call takes the rule and the code by position (all but ``Step(...)``)."""
    return not (isinstance(call.func, ast.Name) and call.func.id == "Step")


def _codes(node: ast.expr) -> list[str]:
    """The codes a code expression can give; an f-string becomes a regular expression."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [re.escape(node.value)]
    if isinstance(node, ast.IfExp):
        return _codes(node.body) + _codes(node.orelse)
    if isinstance(node, ast.JoinedStr):
        return [
            "".join(
                re.escape(str(part.value)) if isinstance(part, ast.Constant) else "[a-z_]+"
                for part in node.values
            )
        ]
    raise AssertionError(f"line {node.lineno}: a step's code must be written out")


def _step_codes() -> dict[str, list[str]]:
    codes: dict[str, list[str]] = {}
    for path in RULE_MODULES:
        for call in _step_calls(ast.parse(path.read_text(encoding="utf-8"))):
            code = _code_of(call)
            if path.name == "_common.py" and isinstance(code, ast.Name) and code.id == "code":
                continue  # amount_step's own step: each of its callers writes the code out
            codes[f"{path.name}:{call.lineno}"] = _codes(code)
    return codes


def test_every_step_is_built_with_keywords() -> None:
    """A rule builds a step as ``Step.of(RULE, code, citation=..., **args)`` or ``Step(code=...)``.

    No step is six positional tuples: after the rule and the code, everything is named.
    """
    calls = [(p.name, c) for p in RULE_MODULES for c in _step_calls(ast.parse(p.read_text()))]
    assert len(calls) > 30
    for name, call in calls:
        limit = 2 if _positional(call) else 0
        assert len(call.args) == limit, f"{name}:{call.lineno} passes values by position"


def test_every_code_a_rule_emits_has_a_text_in_both_languages() -> None:
    """Each step code written in rules/*.py is in the catalogue, in Dutch and in English."""
    found = _step_codes()
    assert len(found) > 30
    for where, patterns in found.items():
        for pattern in patterns:
            matches = [code for code in CATALOGUE if re.fullmatch(pattern, code)]
            assert matches, f"{where}: no text for step code {pattern!r}"
            for code in matches:
                assert all(CATALOGUE[code].get(lang) for lang in LANGUAGES), (where, code)


@pytest.mark.parametrize(
    ("setting", "code"),
    [
        ("evaluation.in_service", "service.not_in_service.{}"),
        ("evaluation.deciding_day", "service.in_service.{}"),
    ],
)
def test_every_choice_of_a_setting_named_in_a_code_has_a_text(setting: str, code: str) -> None:
    """The service step codes name the setting's choice: every choice has its text."""
    choices = Rulebook.default().law[setting].choices
    assert choices
    for choice in choices:
        assert all(CATALOGUE[code.format(choice)].get(lang) for lang in LANGUAGES), choice


def test_rule_modules_compute_nothing_when_imported() -> None:
    """Nothing is read or called at import time: module level holds only definitions.

    Citations and parameters are looked up when a rule runs (and cached there).
    """
    for path in RULE_MODULES:
        for statement in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(statement, ast.FunctionDef | ast.ClassDef):
                continue  # decorators such as @attrs.frozen only wrap the definition
            calls = [n for n in ast.walk(statement) if isinstance(n, ast.Call)]
            assert not calls, f"{path.name}:{statement.lineno} calls at import time"


def test_every_rule_module_names_its_legal_text_with_a_link() -> None:
    """Each rule module's docstring says what it is and links the text (except the helpers)."""
    for path in RULE_MODULES:
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc, path.name
        if path.name not in ("__init__.py", "_common.py", "situation.py", "sharing.py"):
            assert "https://" in doc, path.name


def test_an_entity_selects_its_rule_set_by_name() -> None:
    """DWSE states the Flemish rules, FED the federal ones; the registry knows both."""
    assert sorted(rule_sets.RULE_SETS) == ["federal", "flemish"]
    book = Rulebook.default()
    for entity, name in (("DWSE", "flemish"), ("FED", "federal")):
        version = book.parameters(entity).at(
            rule_sets.RULE_SET, Month("2023-01"), known_on=AFTER_DECISION
        )
        assert version is not None and version.value == name


MONTHLY_RULES = ("service", "payment", "hybrid_work", "internet", "home_working", "federal")


def test_the_monthly_rules_read_a_person_only_through_a_situation() -> None:
    """No monthly rule reads an Employee: what they read is the one list in Situation."""
    for name in MONTHLY_RULES:
        path = Path(rule_sets.__file__).parent / f"{name}.py"
        names = {
            n.id
            for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Name)
        }
        assert "Employee" not in names, name


def test_a_situation_key_leaves_out_only_what_cannot_change_an_amount() -> None:
    """Two people who differ only in id, exit after the month or route start share a key."""
    from teleworkrules.rules.situation import Situation

    route = (InternetRoute(date(2021, 1, 1), None, Route.FORFAIT),)
    a = Employee("E1", date(2020, 1, 1), internet=route)
    b = Employee(
        "E2",
        date(2020, 1, 1),
        date(2030, 1, 1),
        internet=(InternetRoute(date(2022, 6, 1), None, Route.FORFAIT),),
    )
    c = Employee("E3", date(2020, 1, 1), internet=route, work_fraction=Decimal("0.5"))
    month, dates = Month("2023-03"), [date(2021, 1, 1)]
    key = Situation.of(a, month).key(dates)
    assert key == Situation.of(b, month).key(dates)
    assert key != Situation.of(c, month).key(dates)
    assert Situation.of(Employee("E4", date(2023, 4, 1)), month).key(dates) is None


def test_every_field_of_a_situation_is_in_its_key_or_says_why_not() -> None:
    """The key is written next to the fields; a new field must enter it or give a reason."""
    import inspect

    from teleworkrules.rules.situation import NOT_IN_KEY, Situation

    source = inspect.getsource(Situation.key)
    for name in Situation._fields:
        assert (f"self.{name}" in source) != (name in NOT_IN_KEY), name


def test_a_situation_knows_only_its_first_and_last_day_in_service() -> None:
    """Asking for another day is a programming error, not a silent lookup."""
    from teleworkrules.rules.situation import Situation

    situation = Situation.of(Employee("E1", date(2020, 1, 1)), Month("2023-03"))
    with pytest.raises(ValueError, match="first and last day"):
        situation.route_on(date(2023, 3, 15))
