from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from teleworkrules import (
    Employee,
    InvalidParameterError,
    Month,
    Rulebook,
    UnknownEntityError,
    evaluate,
    evaluate_material,
    load_policy,
)
from teleworkrules.law.entities import BudgetKind
from teleworkrules.law.sources import citation

DWSE = Rulebook.default().policy("DWSE")
HIRED = date(2023, 1, 16)


def test_dwse_catalogue_offers_the_published_items() -> None:
    """The DWSE catalogue holds the items of its answer to question no. 55."""
    assert [m.item for m in DWSE.material] == [
        "laptop_holder",
        "keyboard",
        "mouse",
        "headset",
        "charger",
        "usb_hub",
        "chair",
        "monitor",
        "smartphone",
    ]


def test_dwse_budgets_are_cited_parameters() -> None:
    """Every budget line is a cited EUR parameter with its kind."""
    params = Rulebook.default().parameters("DWSE")
    kinds = {b.parameter: b.kind for b in DWSE.budgets}
    assert kinds["entity.budget.monitors"] == BudgetKind.ONE_OFF
    monitors = params.at("entity.budget.monitors", Month("2023-06"), known_on=date(2024, 1, 1))
    assert monitors is not None and Decimal("30000.00") == monitors.value
    small = params.at(
        "entity.budget.small_office_material", Month("2022-01"), known_on=date(2024, 1, 1)
    )
    assert small is not None and Decimal("64000.00") == small.value


def test_a_chair_needs_six_months_in_service() -> None:
    """An office chair is granted from six months after the hire date, not the day before."""
    e = Employee("E1", HIRED)
    assert not evaluate_material(e, "chair", date(2023, 7, 15)).eligible
    assert evaluate_material(e, "chair", date(2023, 7, 16)).eligible


def test_a_monitor_is_on_offer_from_2023() -> None:
    """A monitor requested in 2022 is refused; from 2023-01-01 it is granted."""
    e = Employee("E1", date(2015, 1, 1))
    assert not evaluate_material(e, "monitor", date(2022, 12, 31)).eligible
    assert evaluate_material(e, "monitor", date(2023, 1, 1)).eligible


def test_a_smartphone_only_for_smartphone_roles() -> None:
    """Smartphones are for roles that need one."""
    assert not evaluate_material(Employee("E1", HIRED), "smartphone", date(2023, 3, 1)).eligible
    assert evaluate_material(
        Employee("E1", HIRED, smartphone_role=True), "smartphone", date(2023, 3, 1)
    ).eligible


def test_small_material_for_everyone_in_service() -> None:
    """Small items need only being in service on the day."""
    e = Employee("E1", HIRED, exit_date=date(2023, 6, 30))
    assert evaluate_material(e, "headset", HIRED).eligible
    assert not evaluate_material(e, "headset", date(2023, 1, 15)).eligible
    assert not evaluate_material(e, "headset", date(2023, 7, 1)).eligible


def test_unknown_items_are_refused_with_the_catalogue() -> None:
    """An item outside the catalogue is refused, and the explanation lists what is on offer."""
    decision = evaluate_material(Employee("E1", HIRED), "standing_desk", date(2023, 3, 1))
    assert not decision.eligible
    assert "usb_hub" in str(decision)
    assert "staat niet in de catalogus" in decision.explain("nl")


def test_every_failed_condition_is_explained() -> None:
    """A request failing two conditions lists both."""
    decision = evaluate_material(Employee("E1", date(2022, 10, 1)), "chair", date(2022, 12, 1))
    codes = [s.code for s in decision.steps]
    assert "material.months_not_met" in codes
    assert decision.to_dict()["eligible"] is False


SECOND = """
[entity]
code = "DEMO"
name.nl = "Demo-agentschap"
name.en = "Demo agency"

[parameters."entity.default_route.route"]
unit = "choice"
choices = ["none", "forfait", "third_party"]
label.nl = "route"
label.en = "route"
[[parameters."entity.default_route.route".versions]]
from = "2021-01"
known = 2021-01-01
value = "third_party"
source = "circular-2021-07-16"
confidence = "default"

[parameters."entity.default_route.hired_from"]
unit = "date"
label.nl = "vanaf"
label.en = "from"
[[parameters."entity.default_route.hired_from".versions]]
from = "2021-01"
known = 2021-01-01
value = 2000-01-01
source = "circular-2021-07-16"
confidence = "default"

[[material]]
item = "standing_desk"
label.nl = "Sta-bureau"
label.en = "Standing desk"
min_months_in_service = 12
source = "circular-2021-07-16"
confidence = "default"
"""


def test_a_second_entity_is_data_not_code(tmp_path: Path) -> None:
    """A new entity's policy file changes routes and catalogue without touching rule code."""
    path = tmp_path / "demo.toml"
    path.write_text(SECOND, encoding="utf-8")
    book = Rulebook.default().with_policy(load_policy(path))
    e = Employee("E9", date(2020, 1, 1), entity="DEMO")
    result = evaluate(e, Month("2022-01"), known_on=date(2023, 1, 1), rulebook=book)
    assert [d.allowance.value for d in result.granted] == ["internet_third_party"]
    assert result.entity == "DEMO"
    assert evaluate_material(e, "standing_desk", date(2021, 1, 1), rulebook=book).eligible
    assert not evaluate_material(e, "chair", date(2021, 1, 1), rulebook=book).eligible


def test_unknown_entities_and_bad_policies_are_clear_errors(tmp_path: Path) -> None:
    """Evaluating for an entity without policy, or loading a broken file, names the problem."""
    with pytest.raises(UnknownEntityError, match="'NOPE' has no policy; known: DWSE, FED"):
        Rulebook.default().with_default_entity("NOPE")
    assert "FED" == Rulebook.default().with_default_entity("fed").default_entity  # any capitals
    law_only = evaluate(
        Employee("E1", HIRED, entity="NOPE"), Month("2023-03"), known_on=date(2024, 1, 1)
    )
    assert () == law_only.granted  # no default route without a policy
    route = (
        Rulebook.default()
        .parameters("NOPE")
        .at("entity.default_route.route", Month("2023-03"), known_on=date(2024, 1, 1))
    )
    assert route is not None and "none" == route.value
    assert citation("entity.law_only") == route.citation  # cited from sources.toml
    path = tmp_path / "bad.toml"
    path.write_text(SECOND.replace('[entity]\ncode = "DEMO"', "[entity]"), encoding="utf-8")
    with pytest.raises(InvalidParameterError, match="missing 'code'"):
        load_policy(path)
    path.write_text(
        SECOND.replace("entity.default_route.hired_from", "law.hired_from"), encoding="utf-8"
    )
    with pytest.raises(InvalidParameterError, match=r"must be named entity\.\*"):
        load_policy(path)
    path.write_text(
        SECOND.replace("min_months_in_service = 12", "min_months_in_service = -1"), encoding="utf-8"
    )
    with pytest.raises(InvalidParameterError, match="whole number >= 0"):
        load_policy(path)


def test_a_policy_can_cite_its_own_decisions(tmp_path: Path) -> None:
    """An entity's policy file may define its own sources and cite them."""
    own = (
        '[sources.demo-decision-2024]\ntitle.nl = "Besluit"\ntitle.en = "Decision"\n'
        'date = 2024-01-15\nurl = "https://example.org/besluit"\n'
    )
    path = tmp_path / "demo.toml"
    text = own + SECOND.replace(
        'min_months_in_service = 12\nsource = "circular-2021-07-16"',
        'min_months_in_service = 12\nsource = "demo-decision-2024"',
    )
    path.write_text(text, encoding="utf-8")
    policy = load_policy(path)
    offer = policy.item("standing_desk")
    assert offer is not None
    assert "https://example.org/besluit" == offer.citation.source.url
    path.write_text(own.replace("demo-decision-2024", "vps-vii-73") + SECOND, encoding="utf-8")
    with pytest.raises(InvalidParameterError, match="already defined by teleworkrules"):
        load_policy(path)
