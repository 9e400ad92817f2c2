"""Citations say who says what: the question is not the answer, readings are defaults."""

from __future__ import annotations

from datetime import date

from teleworkrules.law.entities import Rulebook
from teleworkrules.law.sources import Confidence, citation, load_sources


def test_the_question_and_the_answer_are_two_sources() -> None:
    """The question has its date (2023-11-08); the answer's own date is unknown."""
    sources = load_sources()
    assert date(2023, 11, 8) == sources["question-2023-55"].date
    assert sources["dwse-answer-2023-55"].date is None


def test_the_question_s_wording_is_cited_to_the_question_as_reported() -> None:
    """Consent and the entity's freedom on material are the question's words, not the answer's."""
    for name in ("hybrid_work.consent", "material.entity_decides"):
        cited = citation(name)
        assert "question-2023-55" == cited.source.id
        assert Confidence.REPORTED is cited.confidence


def test_the_home_working_amount_rests_on_the_union_article() -> None:
    """EUR 20 is reported by the union article; the condition is confirmed by the answer."""
    law = Rulebook.default().parameters("DWSE")
    amount = law.at(
        "home_working.amount",
        law["home_working.amount"].versions[-1].effective_from,
        known_on=date(2024, 1, 1),
    )
    assert amount is not None
    assert "sectoral-agreement-2020-2022" == amount.citation.source.id
    assert Confidence.REPORTED is amount.citation.confidence
    days = law["home_working.min_days_per_week"].versions[-1]
    assert ("dwse-answer-2023-55", Confidence.CONFIRMED) == (
        days.citation.source.id,
        days.citation.confidence,
    )


def test_the_library_s_own_readings_are_defaults() -> None:
    """Smartphones for roles that need one, the 2021 chairs and the 2021-2022 cost: defaults."""
    policy = Rulebook.default().policy("DWSE")
    smartphone = next(o for o in policy.material if o.item == "smartphone")
    assert Confidence.DEFAULT is smartphone.citation.confidence
    params = policy.parameters
    for name in ("entity.budget.chairs", "entity.third_party.monthly_cost"):
        assert Confidence.DEFAULT is params[name].versions[0].citation.confidence
