from __future__ import annotations

import tomllib
from datetime import date, timedelta
from decimal import Decimal

import attrs
import pytest

from teleworkrules import (
    Citation,
    Confidence,
    InvalidParameterError,
    Month,
    OutOfHistoryError,
    UnknownParameterError,
    load_parameters,
    load_sources,
)
from teleworkrules.law.entities import Rulebook, law_only
from teleworkrules.law.parameter_files import check_history, parse_parameters
from teleworkrules.law.parameters import ParameterSet, Unit
from teleworkrules.law.sources import citation, load_citations, parse_citations

LAW = load_parameters()
CITE = Citation(load_sources()["bvr-2021-09-17"], "test", Confidence.DEFAULT)


def test_every_value_is_cited_with_a_known_source() -> None:
    """Every version of every shipped parameter cites a known source and a confidence."""
    sources = load_sources()
    for parameter in LAW:
        assert parameter.label("nl") and parameter.label("en")
        for version in parameter.versions:
            assert version.citation.source.id in sources
            assert version.citation.article
            assert isinstance(version.citation.confidence, Confidence)


def test_history_starts_in_2021_for_every_parameter() -> None:
    """The library's parameter history starts in 2021-01, without gaps."""
    assert {Month("2021-01")} == {p.starts for p in LAW}


def test_asking_before_the_history_is_an_error_that_says_so() -> None:
    """Months before 2021-01 have no rules."""
    with pytest.raises(OutOfHistoryError, match="no rules before 2021-01"):
        LAW.at("internet.forfait.amount", Month("2020-12"), known_on=date(2024, 1, 1))


@pytest.mark.parametrize(
    ("month", "known_on", "expected"),
    [
        ("2022-12", date(2024, 1, 1), None),  # effective 2023-01: not before
        ("2023-01", date(2023, 9, 7), None),  # not yet known the day before the decision
        ("2023-01", date(2023, 9, 8), Decimal("20.00")),  # known from the decision on
        ("2023-08", date(2023, 9, 8), Decimal("20.00")),
        ("2026-06", date(2026, 11, 26), Decimal("20.00")),
    ],
)
def test_home_working_amount_has_two_dates(
    month: str, known_on: date, expected: Decimal | None
) -> None:
    """The home-working allowance takes effect in 2023-01 and is known from 2023-09-08."""
    version = LAW.at("home_working.amount", Month(month), known_on=known_on)
    assert version is not None
    assert expected == version.value


def test_override_is_a_new_set_and_replaces_later_versions() -> None:
    """An override returns a new set; the original is unchanged."""
    reform = LAW.override(
        "internet.forfait.amount", Decimal("25.00"), effective_from=Month("2025-01"), citation=CITE
    )
    before = reform.at("internet.forfait.amount", Month("2024-12"), known_on=date(2026, 1, 1))
    after = reform.at("internet.forfait.amount", Month("2025-01"), known_on=date(2020, 1, 1))
    original = LAW.at("internet.forfait.amount", Month("2025-01"), known_on=date(2026, 1, 1))
    assert before is not None and after is not None and original is not None
    assert (Decimal("20.00"), Decimal("25.00"), Decimal("20.00")) == (
        before.value,
        after.value,
        original.value,
    )


def test_override_with_a_known_from_date_is_bitemporal() -> None:
    """An override with known_from applies only as known on or after that day."""
    reform = LAW.override(
        "home_working.min_days_per_week",
        Decimal(2),
        effective_from=Month("2025-01"),
        citation=CITE,
        known_from=date(2024, 12, 1),
    )
    early = reform.at(
        "home_working.min_days_per_week", Month("2025-03"), known_on=date(2024, 11, 30)
    )
    late = reform.at("home_working.min_days_per_week", Month("2025-03"), known_on=date(2024, 12, 1))
    assert early is not None and late is not None
    assert (Decimal(1), Decimal(2)) == (early.value, late.value)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("internet.forfait.amount", Decimal("-1.00"), "amount in euro >= 0"),
        ("internet.forfait.amount", Decimal("20.001"), "two decimals"),
        ("payment.suspend_on_long_absence", 1, "true or false"),
        ("evaluation.deciding_day", "tuesday", "one of first_service_day"),
    ],
)
def test_override_checks_the_unit(name: str, value: object, message: str) -> None:
    """An override with a value of the wrong unit is refused, naming the expectation."""
    with pytest.raises(InvalidParameterError, match=message):
        LAW.override(name, value, effective_from=Month("2024-01"), citation=CITE)  # type: ignore[arg-type]


def test_override_before_history_and_unknown_names_are_errors() -> None:
    """Overrides cannot start before the history or name unknown parameters."""
    with pytest.raises(InvalidParameterError, match="before the history"):
        LAW.override(
            "internet.forfait.amount", Decimal(1), effective_from=Month("2020-01"), citation=CITE
        )
    with pytest.raises(UnknownParameterError, match=r"unknown parameter 'nope\.nope'"):
        LAW.override("nope.nope", Decimal(1), effective_from=Month("2024-01"), citation=CITE)


def _parse(text: str) -> ParameterSet:
    parameters = parse_parameters(tomllib.loads(text), origin="test.toml", sources=load_sources())
    check_history(parameters, origin="test.toml")
    return ParameterSet(parameters)


GOOD = """
[parameters."x.amount"]
unit = "EUR"
label.nl = "x"
label.en = "x"
[[parameters."x.amount".versions]]
from = "2021-01"
known = 2021-01-01
value = "1.00"
source = "vps-vii-73"
confidence = "default"
"""


def test_a_valid_file_loads() -> None:
    """A parameter file in the documented shape loads."""
    params = _parse(GOOD)
    assert params["x.amount"].unit == Unit.EUR


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('unit = "EUR"', 'unit = "euro"'), "unit 'euro', expected one of"),
        (('source = "vps-vii-73"', 'source = "nowhere"'), "source 'nowhere' is unknown"),
        (('value = "1.00"', "value = 1.5"), "decimal written as a string"),
        (('confidence = "default"', 'confidence = "sure"'), "'sure' is not a valid Confidence"),
        (('from = "2021-01"', 'from = "2021-1"'), "YYYY-MM"),
        (("known = 2021-01-01", 'known = "yesterday"'), "expected a date"),
        (('label.nl = "x"\n', ""), "expected label.nl and label.en"),
        (('value = "1.00"', ""), "expected value"),
    ],
)
def test_invalid_files_are_refused_with_a_clear_message(
    change: tuple[str, str], message: str
) -> None:
    """Each kind of mistake in a parameter file is named."""
    with pytest.raises(InvalidParameterError, match=message):
        _parse(GOOD.replace(*change))


def test_two_versions_for_the_same_dates_are_refused() -> None:
    """Two values for the same effective and known dates are an overlap."""
    doubled = GOOD + GOOD[GOOD.index("[[parameters") :]
    with pytest.raises(InvalidParameterError, match="two versions take effect in 2021-01"):
        _parse(doubled)


def test_a_gap_at_the_start_of_the_history_is_refused() -> None:
    """A parameter starting later than the others has a gap and is refused."""
    late = GOOD + GOOD.replace("x.amount", "y.amount").replace(
        'from = "2021-01"', 'from = "2022-01"'
    )
    with pytest.raises(InvalidParameterError, match=r"gap.*y\.amount \(starts 2022-01\)"):
        _parse(late)


# --- citations of rules that use no parameter (``[citations.*]`` of sources.toml) -------

CITATION = {
    "source": "circular-2021-07-16",
    "article": "telework with the manager's consent",
    "article_nl": "telewerk met toestemming van de leidinggevende",
    "confidence": "confirmed",
}


def test_every_shipped_citation_cites_a_known_source_in_both_languages() -> None:
    """Each citation a rule looks up is data: a known source, an article in nl and en."""
    citations = load_citations()
    assert {
        "hybrid_work.consent",
        "internet.routes",
        "material.entity_decides",
        "entity.law_only",
    } <= set(citations)
    for cited in citations.values():
        assert cited.source.id in load_sources()
        assert cited.article and cited.article_nl
        assert isinstance(cited.confidence, Confidence)


def test_the_rules_cite_what_they_did_before_the_move() -> None:
    """The texts moved from code to sources.toml unchanged."""
    assert citation("internet.routes") == Citation(
        load_sources()["bvr-2021-09-17"],
        "VPS art. VII 109 §1: forfait or third-party payer, one route per person",
        Confidence.CONFIRMED,
        "VPS art. VII 109 §1: forfait of derdebetalersregeling, één route per personeelslid",
    )
    assert citation("material.entity_decides").confidence is Confidence.REPORTED
    assert citation("entity.law_only").confidence is Confidence.DEFAULT


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"source": "nowhere"}, "citation 'x.y': source 'nowhere' is unknown"),
        ({"confidence": "sure"}, "'sure' is not a valid Confidence"),
        ({"confidence": None}, "missing 'confidence'"),
        ({"source": None}, "missing 'source'"),
        ({"article": None}, "missing 'article'"),
    ],
)
def test_invalid_citations_are_refused_with_a_clear_message(
    change: dict[str, str | None], message: str
) -> None:
    """Each kind of mistake in a ``[citations.*]`` table is named."""
    entry = {k: v for k, v in {**CITATION, **change}.items() if v is not None}
    with pytest.raises(InvalidParameterError, match=message):
        parse_citations({"citations": {"x.y": entry}}, load_sources())


def test_an_unknown_citation_id_is_an_error_naming_the_known_ones() -> None:
    """Looking up a citation that sources.toml does not hold names the ids it does hold."""
    with pytest.raises(InvalidParameterError, match=r"no citation 'nope'.*internet\.routes"):
        citation("nope")


OFFICE_CEILINGS = (
    ("2021-03", "129.48"),
    ("2021-04", "144.31"),
    ("2021-09", "144.31"),
    ("2021-10", "132.07"),
    ("2022-01", "132.07"),
    ("2022-02", "134.71"),
    ("2022-03", "134.71"),
    ("2022-04", "137.40"),
    ("2022-05", "137.40"),
    ("2022-06", "140.15"),
    ("2022-08", "140.15"),
    ("2022-09", "142.95"),
    ("2022-11", "142.95"),
    ("2022-12", "145.81"),
    ("2023-01", "148.73"),
    ("2023-11", "148.73"),
    ("2023-12", "151.70"),
    ("2024-05", "151.70"),
    ("2024-06", "154.74"),
    ("2025-02", "154.74"),
    ("2025-03", "157.83"),
)


@pytest.mark.parametrize(("month", "ceiling"), OFFICE_CEILINGS)
def test_the_office_ceiling_on_both_sides_of_each_change(month: str, ceiling: str) -> None:
    """The federal tax-free office ceiling of RULES.md, month by month around each change."""
    version = LAW.at("fiscal.office.tax_free_ceiling", Month(month), known_on=date(2026, 1, 1))
    assert version is not None
    assert Decimal(ceiling) == version.value
    assert version.citation.source.id != ""


def test_a_parameter_keeps_one_timeline_per_version_whatever_the_days_asked() -> None:
    """Asking as known on a thousand different days keeps at most one timeline per version.

    The answers are those of a parameter asked only once.
    """
    parameter = attrs.evolve(load_parameters()["home_working.amount"])  # nothing kept yet
    for offset in range(1000):
        day = date(2020, 1, 1) + timedelta(days=offset * 3)
        fresh = attrs.evolve(parameter)  # a copy that has kept nothing
        for month in (Month("2022-12"), Month("2023-03")):
            assert parameter.at(month, known_on=day) == fresh.at(month, known_on=day)
    assert len(parameter._timelines) <= len(parameter.versions) + 1


def test_unknown_entities_do_not_fill_memory() -> None:
    """A file naming thousands of unknown entities leaves at most 1,024 law-only policies."""
    book = Rulebook.default()
    for n in range(3000):
        assert book.policy(f"X{n}").code == f"X{n}"
    assert law_only.cache_info().currsize <= 1024
