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
