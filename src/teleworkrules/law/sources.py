"""Legal sources and citations.

Every amount, date and setting teleworkrules uses carries a :class:`Citation`: the
:class:`Source` (a legal text or an official page), the article, and how sure we are of
the reading (:class:`Confidence`). The sources ship as data in ``data/sources.toml``, with
the citations that rules use outside any parameter (``[citations.*]``: the manager's
consent, the two internet routes, ...), looked up by id with :func:`citation`. Nothing is
read at import time: the file is read, validated and cached on first use.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Mapping
from datetime import date
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, final

import attrs

from teleworkrules.exceptions import InvalidParameterError
from teleworkrules.i18n import text
from teleworkrules.time import Month

__all__ = [
    "Citation",
    "Confidence",
    "Source",
    "beyond_review",
    "citation",
    "load_citations",
    "load_sources",
    "parse_citation",
    "parse_citations",
    "parse_sources",
    "reviewed_on",
]


class Confidence(enum.Enum):
    """How sure we are of a reading of the law."""

    CONFIRMED = "confirmed"
    """Read in the source itself."""
    REPORTED = "reported"
    """From a secondary source (a union article, a parliamentary answer)."""
    DEFAULT = "default"
    """Our reading where the texts are silent, a setting users may change."""


@final
@attrs.frozen(cache_hash=True)  # a key of the rules' law-only steps
class Source:
    """A legal text or official page.

    Attributes:
        id: a short stable identifier, e.g. ``bvr-2021-09-17``.
        title_nl: the title in Dutch.
        title_en: the title in English.
        date: the date of the text, when it has one.
        url: where to read it.
    """

    id: str
    title_nl: str
    title_en: str
    date: date | None
    url: str

    def title(self, lang: str = "en") -> str:
        """The title in ``lang`` (``nl`` or ``en``)."""
        return self.title_nl if lang == "nl" else self.title_en


@final
@attrs.frozen(cache_hash=True)  # a key of the rules' law-only steps
class Citation:
    """A :class:`Source` with the article relied on and the confidence of the reading.

    Attributes:
        source: the legal text or page.
        article: the article or passage relied on, in English.
        confidence: how sure the reading is.
        article_nl: the same in Dutch (empty when not given: the English text is used).
    """

    source: Source
    article: str
    confidence: Confidence
    article_nl: str = ""

    def article_in(self, lang: str = "en") -> str:
        """The article in ``lang`` (English when no Dutch text is given)."""
        return self.article_nl if lang == "nl" and self.article_nl else self.article

    def to_dict(self) -> dict[str, str]:
        """The citation as plain data (see :doc:`/reference/schema`)."""
        return {
            "source": self.source.id,
            "article": self.article,
            "article_nl": self.article_in("nl"),
            "confidence": self.confidence.value,
            "url": self.source.url,
        }

    def short(self, lang: str = "en") -> str:
        """A one-line form: title, article and confidence."""
        parts = [self.source.title(lang)]
        if self.article:
            parts.append(self.article_in(lang))
        return f"{', '.join(parts)} [{text('confidence.' + self.confidence.value, lang)}]"


def parse_sources(raw: Mapping[str, Any]) -> dict[str, Source]:
    """The ``[sources.*]`` tables of a parsed TOML document, by id."""
    sources: dict[str, Source] = {}
    for source_id, entry in raw.get("sources", {}).items():
        try:
            when = entry.get("date")
            if when is not None and not isinstance(when, date):
                raise TypeError("date")
            sources[source_id] = Source(
                id=source_id,
                title_nl=str(entry["title"]["nl"]),
                title_en=str(entry["title"]["en"]),
                date=when,
                url=str(entry["url"]),
            )
        except (KeyError, TypeError) as exc:
            raise InvalidParameterError(
                f"sources.toml: source {source_id!r}: missing or invalid {exc.args[0]!r}; "
                "expected title.nl, title.en, url and an optional date"
            ) from None
    return sources


def parse_citation(entry: Mapping[str, Any], sources: Mapping[str, Source], where: str) -> Citation:
    """A citation from its TOML table; errors name ``where``.

    The table gives ``source`` (an id of ``sources``), ``confidence``, and optionally
    ``article`` (English) and ``article_nl`` (Dutch): the format of a parameter version's
    citation.
    """
    try:
        source_id = entry["source"]
        article = entry.get("article", "")
        confidence = Confidence(entry["confidence"])
    except KeyError as exc:
        raise InvalidParameterError(f"{where}: missing {exc.args[0]!r}") from None
    except ValueError as exc:
        raise InvalidParameterError(f"{where}: {exc}") from None
    if source_id not in sources:
        raise InvalidParameterError(
            f"{where}: source {source_id!r} is unknown; "
            f"expected one of {', '.join(sorted(sources))}"
        )
    return Citation(sources[source_id], str(article), confidence, str(entry.get("article_nl", "")))


def parse_citations(
    raw: Mapping[str, Any], sources: Mapping[str, Source], *, origin: str = "sources.toml"
) -> dict[str, Citation]:
    """The ``[citations.*]`` tables of a parsed TOML document, by id.

    Each cites one of ``sources`` with an article (English, and Dutch in ``article_nl``) and
    a confidence, in the format of a parameter version's citation.
    """
    citations: dict[str, Citation] = {}
    for citation_id, entry in raw.get("citations", {}).items():
        where = f"{origin}: citation {citation_id!r}"
        if not isinstance(entry, Mapping):
            raise InvalidParameterError(f"{where}: expected a table")
        found = parse_citation(entry, sources, where)
        if not found.article:
            raise InvalidParameterError(f"{where}: missing 'article'")
        citations[citation_id] = found
    return citations


@cache
def _sources_toml() -> Mapping[str, Any]:
    data = files("teleworkrules").joinpath("data/sources.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


@cache
def load_sources() -> Mapping[str, Source]:
    """The legal sources shipped with teleworkrules, by id.

    >>> load_sources()["bvr-2023-09-08"].date
    datetime.date(2023, 9, 8)
    """
    return MappingProxyType(parse_sources(_sources_toml()))


@cache
def load_citations() -> Mapping[str, Citation]:
    """The citations shipped with teleworkrules for rules that use no parameter, by id.

    >>> load_citations()["internet.routes"].source.id
    'bvr-2021-09-17'
    """
    return MappingProxyType(parse_citations(_sources_toml(), load_sources()))


@cache
def reviewed_on() -> date:
    """The day the shipped law data was last checked against its sources.

    For a month after it, the values then in force are assumed unchanged; evaluations of
    such a month say so.

    >>> reviewed_on() >= date(2026, 11, 30)
    True
    """
    day = _sources_toml()["review"]["reviewed_on"]
    if not isinstance(day, date):  # pragma: no cover - the shipped file is tested
        raise InvalidParameterError(f"sources.toml: review.reviewed_on = {day!r}, expected a date")
    return day


def beyond_review(month: Month) -> bool:
    """Whether ``month`` ends after :func:`reviewed_on` (its values are assumed unchanged)."""
    return month.ordinal >= _first_beyond_review()


@cache
def _first_beyond_review() -> int:
    """The ordinal of the first month that ends after :func:`reviewed_on`."""
    day = reviewed_on()
    month = Month.from_date(day)
    return month.ordinal + 1 if day == month.last_day else month.ordinal


def citation(citation_id: str) -> Citation:
    """The shipped citation ``citation_id`` (see :func:`load_citations`).

    >>> citation("hybrid_work.consent").source.id
    'question-2023-55'
    """
    citations = load_citations()
    try:
        return citations[citation_id]
    except KeyError:
        raise InvalidParameterError(
            f"sources.toml has no citation {citation_id!r}; "
            f"expected one of {', '.join(sorted(citations))}"
        ) from None
