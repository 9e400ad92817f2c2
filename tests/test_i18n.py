"""The text catalogue: every code in Dutch and English, with the same fields."""

from __future__ import annotations

import string

import pytest

from teleworkrules.exceptions import InvalidFactError
from teleworkrules.i18n import CATALOGUE, LANGUAGES, check_lang, text


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_has_every_language(code: str) -> None:
    """Each text exists, not empty, in nl and en."""
    texts = CATALOGUE[code]
    assert sorted(LANGUAGES) == sorted(texts)
    assert all(texts[lang].strip() for lang in LANGUAGES)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_both_languages_take_the_same_values(code: str) -> None:
    """The Dutch and the English text of a code have the same {fields}."""
    texts = CATALOGUE[code]
    assert _fields(texts["en"]) == _fields(texts["nl"])


def test_a_text_is_rendered_in_the_language_asked() -> None:
    """The one allowance label per language."""
    assert "thuiswerkvergoeding" == text("allowance.home_working", "nl")
    assert "home-working allowance" == text("allowance.home_working", "en")


def test_an_unknown_language_is_an_error() -> None:
    """Only nl and en are offered."""
    with pytest.raises(InvalidFactError):
        check_lang("fr")


def test_a_problem_or_note_with_an_unknown_code_is_refused_when_made() -> None:
    """A code without a text is a mistake found at once, not when the text is shown."""
    from teleworkrules import Note, Problem

    with pytest.raises(InvalidFactError, match="code"):
        Problem.of("staff", 2, "hire_date", "x", "no such code")
    with pytest.raises(InvalidFactError, match="code"):
        Note.of("staff.csv", "no such code")


# Numbers in texts: as they are, grouped per language, or a word for one or more


def _specs(template: str) -> set[tuple[str, str]]:
    parsed = string.Formatter().parse(template)
    return {(name, spec) for _, name, spec, _ in parsed if name and spec}


@pytest.mark.parametrize("code", sorted(c for c in CATALOGUE if _specs(CATALOGUE[c]["en"])))
def test_every_number_in_a_text_reads_for_one_and_for_many(code: str) -> None:
    """A field with ``:n`` or ``:one|other`` renders for 0, 1 and 1500 in both languages,
    with the same fields shown the same way in both (a Dutch text never groups what the
    English one leaves as it is)."""
    texts = CATALOGUE[code]
    grouped = [{name for name, spec in _specs(texts[lang]) if spec == "n"} for lang in LANGUAGES]
    assert grouped[0] == grouped[1]
    numbers = {name for name, _ in _specs(texts["en"])}
    for lang in LANGUAGES:
        for n in (0, 1, 1500):
            values: dict[str, object] = {f: f"<{f}>" for f in _fields(texts[lang])}
            values.update(dict.fromkeys(numbers, n))
            shown = text(code, lang, **values)
            assert "|" not in shown
            if n == 1500 and ("n" in {s for _, s in _specs(texts[lang])}):
                assert {"en": "1,500", "nl": "1.500"}[lang] in shown


def test_a_count_is_grouped_in_the_language_and_chooses_its_word() -> None:
    assert ("1 rij", "2 rijen", "0 rijen", "1.500 rijen") == tuple(
        text("cli.rows", "nl", count=n) for n in (1, 2, 0, 1500)
    )
    assert ("1 row", "1,500 rows") == (
        text("cli.rows", "en", count=1),
        text("cli.rows", "en", count=1500),
    )


def test_only_whole_numbers_are_numbers_in_a_text() -> None:
    """True is not one row, and a text value of digits stays as written."""
    with pytest.raises(ValueError, match=r"[Ff]ormat"):
        text("cli.rows", "nl", count=True)
    with pytest.raises(ValueError, match=r"[Ff]ormat"):
        text("cli.rows", "nl", count="1500")


def test_no_text_hedges_its_plural() -> None:
    """No ``problem(s)``, ``rij(en)`` or ``personeelslid/-leden``: the count chooses."""
    for code, texts in CATALOGUE.items():
        for lang in LANGUAGES:
            for hedge in ("(s)", "(en)", "/-leden", "probleem/problemen"):
                assert hedge not in texts[lang], (code, lang)
