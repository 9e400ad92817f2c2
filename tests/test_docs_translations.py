"""The Dutch edition of the documentation: its gettext catalogues (docs/locale/nl).

Sphinx builds the Dutch edition (``sphinx-build -b html -D language=nl docs OUT``) from
one catalogue per page. A catalogue that does not parse, a fuzzy entry (Sphinx does not
use it: the paragraph shows in English) or a translation that lost a backtick breaks the
Dutch edition without breaking the English one, so these tests check every catalogue:

* every ``.po`` file parses and belongs to a page that still exists;
* the pages listed in ``TRANSLATED`` are complete: no fuzzy and no empty entry;
* every translation keeps the markup of its message: the same roles with the same
  targets (``{doc}`...```, ``{ref}`...```, ``{param}`...```, ...), the same inline code
  and the same link targets, so that a translation cannot break a cross-reference or turn
  code into prose; its bold and emphasis are balanced (a Dutch sentence may drop the
  italics of an English one's Dutch term: *thuiswerkvergoeding* needs none there).

Refreshing the catalogues after a change to the English pages is described in
docs/contributing.md ("Translating the documentation").
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CATALOGUES = DOCS / "locale" / "nl" / "LC_MESSAGES"

TRANSLATED = (
    "index",
    "tutorial",
    "howto/answer-question-55",
    "howto/as-known-on",
    "howto/back-pay",
    "howto/validate-a-dataset",
    "explanation/back-pay",
    "reference/parameters",
    "reference/law-changes",
    "explanation/rules",
    "rules/index",
    "rules/internet",
    "rules/home-working",
    "rules/hybrid-and-material",
    "rules/payment",
    "rules/fiscal",
    "rules/federal",
)
"""The pages whose Dutch catalogue is complete, and must stay so."""

THEME = "sphinx"
"""Not a page: the catalogue of the theme's own labels (Next, Previous, On this page...),
which Sphinx merges with its built-in Dutch catalogue."""

_ROLE = re.compile(r"\{(?P<role>[a-z][\w:+-]*)\}`(?P<content>[^`]+)`")
_CODE = re.compile(r"(?<![`}])`(?P<code>[^`]+)`(?!`)")
_LINK = re.compile(r"\]\((?P<url>[^)\s]+)\)|<(?P<auto>https?://[^<>\s]+)>")
_TARGET = re.compile(r"<(?P<target>[^<>]+)>\s*$")


def _catalogues() -> list[Path]:
    return sorted(CATALOGUES.rglob("*.po"))


def _page(path: Path) -> str:
    return path.relative_to(CATALOGUES).with_suffix("").as_posix()


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def _entries(catalog: Catalog) -> list[Message]:
    return [message for message in catalog if message.id]


def markup(text: str) -> dict[str, Counter[str]]:
    """The markup a translation must keep: roles and their targets, code and links."""
    roles: Counter[str] = Counter()
    for match in _ROLE.finditer(text):
        content = match.group("content")
        explicit = _TARGET.search(content)
        target = explicit.group("target") if explicit else content
        roles[f"{match.group('role')}:{target}"] += 1
    without_roles = _ROLE.sub("", text)
    code = Counter(match.group("code") for match in _CODE.finditer(without_roles))
    links = Counter(match.group("url") or match.group("auto") for match in _LINK.finditer(text))
    return {"roles": roles, "code": code, "links": links}


def unbalanced(text: str) -> list[str]:
    """The inline markup of ``text`` that is opened and not closed: bold, emphasis, code."""
    without_code = _CODE.sub("", _ROLE.sub("", text))
    found = []
    if without_code.count("**") % 2:
        found.append("**")
    if without_code.replace("**", "").count("*") % 2:
        found.append("*")
    if without_code.count("`") % 2:
        found.append("`")
    return found


def test_there_are_catalogues() -> None:
    pages = {_page(path) for path in _catalogues()}
    assert set(TRANSLATED) <= pages


@pytest.mark.parametrize("path", _catalogues(), ids=_page)
def test_catalogue_parses(path: Path) -> None:
    catalog = _read(path)
    assert str(catalog.locale) == "nl"


@pytest.mark.parametrize("path", _catalogues(), ids=_page)
def test_catalogue_belongs_to_a_page(path: Path) -> None:
    page = _page(path)
    if page == THEME:
        return
    assert (DOCS / f"{page}.md").is_file(), (
        f"{path.relative_to(ROOT)} has no page docs/{page}.md: delete it (a page that "
        "moved gets its catalogue from the next refresh)"
    )


@pytest.mark.parametrize("page", TRANSLATED)
def test_translated_page_is_complete(page: str) -> None:
    catalog = _read(CATALOGUES / f"{page}.po")
    fuzzy = [message.id for message in _entries(catalog) if message.fuzzy]
    empty = [message.id for message in _entries(catalog) if not message.string]
    assert not fuzzy, f"{page}: fuzzy entries (shown in English): {fuzzy}"
    assert not empty, f"{page}: untranslated entries (shown in English): {empty}"


@pytest.mark.parametrize("path", _catalogues(), ids=_page)
def test_translations_keep_the_markup(path: Path) -> None:
    broken = []
    for message in _entries(_read(path)):
        if not message.string or not isinstance(message.id, str):
            continue
        assert isinstance(message.string, str)
        if markup(message.id) != markup(message.string) or (
            unbalanced(message.string) and not unbalanced(message.id)
        ):
            broken.append(f"{message.id!r}\n  -> {message.string!r}")
    assert not broken, "markup differs between msgid and msgstr:\n" + "\n".join(broken)


def test_theme_catalogue_translates_the_labels() -> None:
    catalog = _read(CATALOGUES / f"{THEME}.po")
    for label in ("Next", "Previous", "On this page", "Back to top"):
        message = catalog.get(label)
        assert message is not None and message.string, label


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("see {doc}`/howto/back-pay`", "roles"),
        ("the `payments` table", "code"),
        ("[OpenFisca](https://openfisca.org)", "links"),
        ("the decision <https://www.vlaanderen.be/vps>", "links"),
    ],
)
def test_markup_detects_a_broken_translation(text: str, kind: str) -> None:
    assert markup(text)[kind] != markup("")[kind]
    assert markup(text) != markup(text.replace("`", "").replace("](", "] (").replace("<", ""))
    assert markup("see {doc}`/howto/back-pay`") != markup("zie {doc}`/howto/achterstal`")


@pytest.mark.parametrize(
    "text", ["**Achterstal. Tot de", "de *zoals gekend op datum", "de `payments tabel"]
)
def test_unbalanced_markup_is_found(text: str) -> None:
    assert unbalanced(text)
    assert not unbalanced("**Achterstal.** *zoals gekend op*, de `payments` tabel")


def test_markup_allows_a_translated_link_text() -> None:
    assert markup("{doc}`the guide </howto/back-pay>`") == markup(
        "{doc}`de handleiding </howto/back-pay>`"
    )
    assert markup("{doc}`/howto/back-pay`") == markup("{doc}`handleiding </howto/back-pay>`")
