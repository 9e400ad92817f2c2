"""Indexed amounts as data, and the federal preset's 2021 supplement and internet maximum."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from decimal import Decimal

import pytest

from teleworkrules import Month, evaluate
from teleworkrules.cli.rules import catalogue_lines, catalogue_to_dict
from teleworkrules.exceptions import InvalidParameterError
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.indexation import Indexation, Rounding
from teleworkrules.law.parameter_files import check_indexation, load_parameters, parse_parameters
from teleworkrules.law.parameters import ParameterSet
from teleworkrules.law.reforms import apply_changes, parse_change
from teleworkrules.law.sources import load_sources
from tests.test_federal import registered

OFFICE = "federal.office.amount"
LATER = date(2026, 1, 1)


def office(month: str, known_on: date = LATER, law: ParameterSet | None = None) -> Decimal | None:
    version = (load_parameters() if law is None else law).at(
        OFFICE, Month(month), known_on=known_on
    )
    assert version is not None
    assert version.value is None or isinstance(version.value, Decimal)
    return version.value


def decided(month: str, days: str, known_on: date = LATER) -> dict[str, str]:
    result = evaluate(registered(month, days), Month(month), known_on=known_on)
    return {d.allowance.value: f"{d.amount}" for d in result.granted}


def test_rounding_down_to_the_cent_gives_the_published_33_77() -> None:
    """16.89 x 1.9999 = 33.778311 was published as EUR 33.77: rounded down, not to nearest."""
    product = Decimal("16.89") * Decimal("1.9999")
    assert Decimal("33.77") == Rounding.DOWN_TO_CENT.apply(product)
    assert Decimal("33.78") == Rounding.NEAREST_CENT.apply(product)


def test_the_federal_office_allowance_is_16_89_times_1_9999_in_september_2023() -> None:
    """From 2023-09 the amount is the base times the coefficient: EUR 33.77."""
    version = load_parameters().at(OFFICE, Month("2023-09"), known_on=LATER)
    assert version is not None
    assert Decimal("33.77") == version.value
    assert (
        Indexation(
            "federal.office.base",
            "federal.index.coefficient",
            Rounding.DOWN_TO_CENT,
            Decimal("16.89"),
            Decimal("1.9999"),
        )
        == version.indexation
    )


@pytest.mark.parametrize(
    ("before", "first", "old", "new"),
    [
        ("2023-08", "2023-09", Decimal("30.00"), Decimal("33.77")),
        ("2023-11", "2023-12", Decimal("33.77"), Decimal("34.45")),  # 34.453911
        ("2024-05", "2024-06", Decimal("34.45"), Decimal("35.14")),  # 35.143023
        ("2025-02", "2025-03", Decimal("35.14"), Decimal("35.84")),  # 35.845647, not 35.85
    ],
)
def test_the_office_allowance_changes_with_each_coefficient(
    before: str, first: str, old: Decimal, new: Decimal
) -> None:
    """Each coefficient change moves the amount in its month, not the month before."""
    assert old == office(before)
    assert new == office(first)


def test_the_indexed_version_takes_the_later_of_the_known_dates() -> None:
    """The 2024-06 amount is known from the coefficient's day, after the decree's."""
    version = load_parameters().at(OFFICE, Month("2024-06"), known_on=LATER)
    assert version is not None
    assert (Month("2024-06"), date(2024, 4, 29)) == (version.effective_from, version.known_from)


def test_a_later_known_coefficient_is_not_used_before_its_known_day() -> None:
    """As known before the coefficient of 2024-06 was announced, June 2024 keeps 2.0399."""
    assert Decimal("34.45") == office("2024-06", known_on=date(2024, 4, 28))
    assert Decimal("35.14") == office("2024-06", known_on=date(2024, 4, 29))


def test_nothing_indexed_is_known_before_the_decree() -> None:
    """As known before the 2023 decree, September 2023 still pays EUR 30."""
    assert Decimal("30.00") == office("2023-09", known_on=date(2023, 8, 17))


def test_the_federal_decision_explains_base_times_coefficient() -> None:
    """The office-cost decision shows base x coefficient, rounded down, in both languages."""
    result = evaluate(registered("2023-12", "5"), Month("2023-12"), known_on=LATER)
    (home,) = (d for d in result.decisions if d.allowance.value == "home_working")
    texts = [s.text("en") for s in home.steps]
    assert (
        "home-working allowance: indexed amount: base EUR 16.89 x index coefficient 2.0399, "
        "rounded down to the cent: EUR 34.45."
    ) in texts
    assert (
        "thuiswerkvergoeding: geïndexeerd bedrag: basisbedrag EUR 16,89 x indexcoëfficiënt "
        "2,0399, naar beneden afgerond op de cent: EUR 34,45."
    ) in [s.text("nl") for s in home.steps]
    assert Decimal("34.45") == home.amount


def test_a_reform_of_the_base_changes_the_indexed_amount() -> None:
    """simulate --set federal.office.base=17.00@2025-01: 17.00 x 2.1223 = 36.07 from 2025-03."""
    book = Rulebook.default()
    reform = apply_changes(book, [parse_change("federal.office.base=17.00@2025-01", book)])
    law = reform.parameters("FED")
    assert Decimal("35.14") == office("2024-12", law=law)
    assert Decimal("35.37") == office("2025-01", law=law)  # 17.00 x 2.0807 = 35.3719
    assert Decimal("36.07") == office("2025-03", law=law)  # 17.00 x 2.1223 = 36.0791


def test_a_reform_of_the_coefficient_changes_the_indexed_amount() -> None:
    """A coefficient of 2.2 from 2026-01 gives 16.89 x 2.2 = 37.158, so EUR 37.15."""
    book = Rulebook.default()
    reform = apply_changes(book, [parse_change("federal.index.coefficient=2.2@2026-01", book)])
    assert Decimal("37.15") == office("2026-01", law=reform.parameters("FED"))
    assert Decimal("35.84") == office("2025-12", law=reform.parameters("FED"))


def test_a_coefficient_must_be_positive() -> None:
    """A coefficient of 0 is not a value of unit factor."""
    with pytest.raises(InvalidParameterError, match="factor"):
        parse_change("federal.index.coefficient=0@2026-01")


def _indexed(extra: str) -> str:
    return f"""
[parameters."x.amount"]
unit = "EUR"
label.nl = "x"
label.en = "x"
[[parameters."x.amount".versions]]
from = "2021-01"
known = 2021-01-01
source = "kb-2017-07-13"
confidence = "default"
{extra}
"""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('base = "x.base"\nindex = "x.index"', "missing rounding"),
        ('base = "x.base"\nindex = "x.index"\nrounding = "up"', "expected one of down_to_cent"),
        ('base = "x.base"\nindex = "x.index"\nrounding = "down_to_cent"\nvalue = "1.00"', "not"),
        ('base = "12.00"\nindex = "x.index"\nrounding = "down_to_cent"', "dotted name"),
    ],
)
def test_an_indexed_version_is_checked_when_read(extra: str, message: str) -> None:
    """An indexed version needs base, index and a known rounding, and no value."""
    raw = tomllib.loads(_indexed(extra))
    with pytest.raises(InvalidParameterError, match=message):
        parse_parameters(raw, origin="test.toml", sources=load_sources())


def test_an_indexed_version_must_name_existing_parameters() -> None:
    """check_indexation rejects a base or coefficient that is not a parameter."""
    raw = tomllib.loads(_indexed('base = "x.base"\nindex = "x.index"\nrounding = "down_to_cent"'))
    parsed = ParameterSet(parse_parameters(raw, origin="test.toml", sources=load_sources()))
    with pytest.raises(InvalidParameterError, match="is not a parameter"):
        check_indexation(parsed, origin="test.toml")


def test_the_rules_listing_shows_the_formula_and_its_amounts() -> None:
    """teleworkrules rules: the indexed versions with base x coefficient and each amount."""
    law = Rulebook.default().parameters("FED")
    lines = list(catalogue_lines(law, load_sources(), "en"))
    assert (
        "  from 2023-09  known from 2023-08-18  value federal.office.base x "
        "federal.index.coefficient, rounded down to the cent"
    ) in lines
    assert "      from 2025-03: EUR 16.89 x 2.1223 = EUR 35.84 (known from 2025-01-31)" in lines


def test_the_rules_json_lists_the_computed_amounts() -> None:
    """teleworkrules rules --json: an indexed version has its formula and its amounts."""
    data = catalogue_to_dict(Rulebook.default().parameters("FED"), load_sources(), "en")
    dumped = json.loads(json.dumps(data))
    (amount,) = (p for p in dumped["parameters"] if p["name"] == OFFICE)
    indexed = amount["versions"][3]
    assert "down_to_cent" == indexed["indexation"]["rounding"]
    assert ["34.45", "35.14", "35.84"] == [a["value"] for a in indexed["amounts"]]


@pytest.mark.parametrize(
    ("month", "days", "expected"),
    [
        ("2021-01", "4", {"internet_forfait": "20.00", "home_working": "20.00"}),
        ("2021-08", "4", {"internet_forfait": "20.00", "home_working": "20.00"}),
        ("2021-08", "3", {"internet_forfait": "20.00"}),
        ("2021-09", "4", {"internet_forfait": "20.00"}),
    ],
)
def test_the_2021_supplement_pays_20_for_4_telework_days_until_august(
    month: str, days: str, expected: dict[str, str]
) -> None:
    """EUR 20 more a month for January-August 2021 from 4 telework days; not 3, not September."""
    assert expected == decided(month, days)


def test_the_2021_supplement_is_known_from_the_decrees_publication() -> None:
    """As known before 19 May 2021 there is no supplement."""
    assert "home_working" not in decided("2021-03", "10", known_on=date(2021, 5, 18))
    assert "20.00" == decided("2021-03", "10", known_on=date(2021, 5, 19))["home_working"]


def test_the_2021_supplement_is_explained() -> None:
    """The office-cost decision of 2021 names the temporary supplement."""
    result = evaluate(registered("2021-06", "5"), Month("2021-06"), known_on=LATER)
    (home,) = (d for d in result.decisions if d.allowance.value == "home_working")
    assert any("temporary 2021 supplement" in s.text("en") for s in home.steps)
    assert any("tijdelijke aanvulling" in s.text("nl") for s in home.steps)


@pytest.mark.parametrize(("month", "said"), [("2021-12", True), ("2022-01", False)])
def test_the_internet_allowance_was_a_maximum_before_the_2022_decree(
    month: str, said: bool
) -> None:
    """Before 2022-01 the internet decision says the EUR 20 was a maximum paid pro rata."""
    result = evaluate(registered(month, "2"), Month(month), known_on=LATER)
    (internet,) = (d for d in result.decisions if d.allowance.value == "internet_forfait")
    assert said == any("maximum" in s.text("en") for s in internet.steps)
    assert Decimal("20.00") == internet.amount
