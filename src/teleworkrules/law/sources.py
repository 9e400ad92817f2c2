"""Legal sources and citations.

Every amount, date and setting teleworkrules uses carries a :class:`Citation`: the
:class:`Source` (a legal text or an official page), the article, and how sure we are of
the reading (:class:`Confidence`). The sources ship as data in ``data/sources.toml``.
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

__all__ = ["Citation", "Confidence", "Source", "load_sources", "parse_sources"]


class Confidence(enum.Enum):
    """How sure we are of a reading of the law."""

    CONFIRMED = "confirmed"
    """Read in the source itself."""
    REPORTED = "reported"
    """From a secondary source (a union article, a parliamentary answer)."""
    DEFAULT = "default"
    """Our reading where the texts are silent, a setting users may change."""


@final
@attrs.frozen
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
@attrs.frozen
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


@cache
def load_sources() -> Mapping[str, Source]:
    """The legal sources shipped with teleworkrules, by id.

    >>> load_sources()["bvr-2023-09-08"].date
    datetime.date(2023, 9, 8)
    """
    data = files("teleworkrules").joinpath("data/sources.toml").read_text(encoding="utf-8")
    return MappingProxyType(parse_sources(tomllib.loads(data)))
