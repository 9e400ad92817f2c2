"""Entity policies: what each Flemish government entity decides for itself.

The hybrid-work circular leaves material support to each entity, and entities choose a
default internet route, pay a third-party subscription and hold budgets. A policy is a
TOML file (``data/entities/<code>.toml`` for the bundled ones, or any file of the same
shape): an ``[entity]`` table, optional ``[sources.*]`` of its own decisions (in the format
of ``sources.toml``), ``[parameters.*]`` in the format of ``parameters.toml``
(names start with ``entity.``), ``[[budgets]]`` lines and a ``[[material]]`` catalogue.
Adding an entity never touches rule code.

A :class:`Rulebook` combines the law's parameters with the loaded policies and knows the
default entity of a dataset (DWSE unless another is named).
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Mapping
from datetime import date
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, final

import attrs

from teleworkrules.exceptions import InvalidParameterError, UnknownEntityError
from teleworkrules.facts import identity_key
from teleworkrules.law.parameter_files import check_history, load_parameters, parse_parameters
from teleworkrules.law.parameters import Parameter, ParameterSet, Unit, Value, Version
from teleworkrules.law.sources import (
    Citation,
    Source,
    citation,
    load_sources,
    parse_citation,
    parse_sources,
)
from teleworkrules.time import Month

__all__ = [
    "BudgetKind",
    "BudgetLine",
    "EntityPolicy",
    "MaterialItem",
    "Rulebook",
    "law_only",
    "load_policy",
]

REQUIRED = ("entity.default_route.route", "entity.default_route.hired_from")
"""The parameters every entity policy must define (read by the internet rule)."""

BUNDLED = ("dwse", "federal")
"""The entity policies shipped with teleworkrules (file stems in ``data/entities``)."""


class BudgetKind(enum.Enum):
    """Whether a budget recurs every year or is spent once."""

    STRUCTURAL = "structural"
    ONE_OFF = "one_off"


@final
@attrs.frozen
class BudgetLine:
    """A budget of the entity: a parameter (EUR) and whether it recurs."""

    parameter: str
    kind: BudgetKind


@final
@attrs.frozen
class MaterialItem:
    """An item of the entity's home-office catalogue and its conditions.

    Attributes:
        item: the item code used in ``material_requests``.
        label_nl: the Dutch name.
        label_en: the English name.
        citation: where the offer and its conditions come from.
        budget: the budget parameter the item is paid from, if any.
        min_months_in_service: months in service before the item can be granted.
        available_from: the first day the item is on offer.
        requires_smartphone_role: only for staff whose role needs a smartphone.
    """

    item: str
    label_nl: str
    label_en: str
    citation: Citation
    budget: str | None = None
    min_months_in_service: int = 0
    available_from: date | None = None
    requires_smartphone_role: bool = False

    def label(self, lang: str = "en") -> str:
        """The name in ``lang``."""
        return self.label_nl if lang == "nl" else self.label_en


@final
@attrs.frozen
class EntityPolicy:
    """One entity's policy: its parameters, budgets and material catalogue."""

    code: str
    name_nl: str
    name_en: str
    parameters: ParameterSet
    budgets: tuple[BudgetLine, ...]
    material: tuple[MaterialItem, ...]

    def name(self, lang: str = "en") -> str:
        """The entity's name in ``lang``."""
        return self.name_nl if lang == "nl" else self.name_en

    def item(self, code: str) -> MaterialItem | None:
        """The catalogue item with this code, if the entity offers it."""
        return next((m for m in self.material if m.item == code), None)


def _material(entry: Mapping[str, Any], where: str, sources: Mapping[str, Source]) -> MaterialItem:
    cited = parse_citation(entry, sources, where)
    try:
        months = entry.get("min_months_in_service", 0)
        available = entry.get("available_from")
        role = entry.get("requires_smartphone_role", False)
        if not isinstance(months, int) or isinstance(months, bool) or months < 0:
            raise ValueError(f"min_months_in_service = {months!r}, expected a whole number >= 0")
        if available is not None and not isinstance(available, date):
            raise ValueError(f"available_from = {available!r}, expected a date")
        if not isinstance(role, bool):
            raise ValueError(f"requires_smartphone_role = {role!r}, expected true or false")
        return MaterialItem(
            item=str(entry["item"]),
            label_nl=str(entry["label"]["nl"]),
            label_en=str(entry["label"]["en"]),
            citation=cited,
            budget=entry.get("budget"),
            min_months_in_service=months,
            available_from=available,
            requires_smartphone_role=role,
        )
    except KeyError as exc:
        raise InvalidParameterError(f"{where}: missing or unknown {exc.args[0]!r}") from None
    except ValueError as exc:
        raise InvalidParameterError(f"{where}: {exc}") from None


def parse_policy(raw: Mapping[str, Any], *, origin: str) -> EntityPolicy:
    """Build an :class:`EntityPolicy` from a parsed TOML document, validating it."""
    own = parse_sources(raw)
    clash = sorted(set(own) & set(load_sources()))
    if clash:
        raise InvalidParameterError(
            f"{origin}: sources {', '.join(clash)} are already defined by teleworkrules; "
            "give the entity's own sources other ids"
        )
    sources = {**load_sources(), **own}
    try:
        head = raw["entity"]
        code = str(head["code"])
        name_nl, name_en = str(head["name"]["nl"]), str(head["name"]["en"])
    except KeyError as exc:
        raise InvalidParameterError(
            f"{origin}: missing {exc.args[0]!r}; expected [entity] with code, name.nl, name.en"
        ) from None
    parameters = parse_parameters(raw, origin=origin, sources=sources)
    outside = [p.name for p in parameters if not p.name.startswith("entity.")]
    if outside:
        raise InvalidParameterError(
            f"{origin}: entity parameters must be named entity.*; got {', '.join(outside)}"
        )
    check_history((*load_parameters().parameters, *parameters), origin=origin)
    names = {p.name for p in parameters}
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise InvalidParameterError(
            f"{origin}: missing parameters {', '.join(missing)}; every entity states its "
            'default internet route (use value "none" for no default route)'
        )
    budgets = []
    for number, line in enumerate(raw.get("budgets", ()), start=1):
        try:
            budget = BudgetLine(str(line["parameter"]), BudgetKind(line["kind"]))
        except (KeyError, ValueError):
            raise InvalidParameterError(
                f"{origin}: budgets line {number}: expected parameter and kind "
                "(structural or one_off)"
            ) from None
        if budget.parameter not in names:
            raise InvalidParameterError(
                f"{origin}: budgets line {number}: unknown parameter {budget.parameter!r}"
            )
        budgets.append(budget)
    material = tuple(
        _material(entry, f"{origin}: material {number}", sources)
        for number, entry in enumerate(raw.get("material", ()), start=1)
    )
    for item in material:
        if item.budget is not None and item.budget not in names:
            raise InvalidParameterError(
                f"{origin}: material {item.item!r}: unknown budget parameter {item.budget!r}"
            )
    codes = [m.item for m in material]
    if len(set(codes)) != len(codes):
        raise InvalidParameterError(f"{origin}: a material item code appears twice")
    return EntityPolicy(code, name_nl, name_en, ParameterSet(parameters), tuple(budgets), material)


def load_policy(path: str | Path) -> EntityPolicy:
    """Load an entity policy from a TOML file of the shape of the bundled ``dwse.toml``."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InvalidParameterError(f"{path}: cannot read the policy file: {exc}") from None
    return parse_policy(raw, origin=path.name)


@cache
def _bundled(stem: str) -> EntityPolicy:
    text = files("teleworkrules").joinpath(f"data/entities/{stem}.toml").read_text(encoding="utf-8")
    return parse_policy(tomllib.loads(text), origin=f"{stem}.toml")


@final
@attrs.frozen
class Rulebook:
    """The law's parameters, the entity policies, and the default entity.

    >>> book = Rulebook.default()
    >>> book.default_entity, sorted(book.policies)
    ('DWSE', ['DWSE', 'FED'])
    """

    law: ParameterSet
    policies: Mapping[str, EntityPolicy]
    default_entity: str
    _merged: dict[str, ParameterSet] = attrs.field(
        factory=dict, init=False, eq=False, repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        keys = [identity_key(code) for code in self.policies]
        if len(set(keys)) != len(keys):
            raise InvalidParameterError(
                f"policies {', '.join(sorted(self.policies))}: two entity codes differ only "
                "in capitals; entity codes match whatever their capitals"
            )
        found = self._find(self.default_entity)
        if found is None:
            known = ", ".join(sorted(self.policies))
            raise UnknownEntityError(
                f"default entity {self.default_entity!r} has no policy; known: {known}"
            ).said_as("error.entity.default", entity=repr(self.default_entity), known=known)
        # the policy's own code: a default named in other capitals reads as that code
        object.__setattr__(self, "default_entity", found.code)

    def _find(self, code: str) -> EntityPolicy | None:
        """The policy whose code is ``code``, whatever its capitals (NFC, case-folded)."""
        found = self.policies.get(code)
        if found is None:
            key = identity_key(code)
            found = next((p for c, p in self.policies.items() if identity_key(c) == key), None)
        return found

    @classmethod
    def default(cls) -> Rulebook:
        """The shipped law and entity policies, with DWSE as default entity."""
        return _default_rulebook()

    def policy(self, entity: str | None = None) -> EntityPolicy:
        """The policy of ``entity`` (the default entity when ``None``).

        Entity codes match whatever their capitals (:func:`~teleworkrules.facts.identity_key`):
        ``dwse`` gets the policy of ``DWSE``, whose code the decisions then name. An entity
        that matches no loaded policy gets the law only: no default internet route, no
        material catalogue, no budgets and no third-party cost (:func:`law_only`).

        >>> Rulebook.default().policy("dwse").code
        'DWSE'
        """
        code = self.default_entity if entity is None else entity
        found = self._find(code)
        return law_only(code, min(p.starts for p in self.law)) if found is None else found

    def parameters(self, entity: str | None = None) -> ParameterSet:
        """The law's parameters merged with those of ``entity``."""
        policy = self.policy(entity)
        merged = self._merged.get(policy.code)
        if merged is None:
            merged = self.law.merged(policy.parameters)
            self._merged[policy.code] = merged
        return merged

    def with_policy(self, policy: EntityPolicy, *, default: bool = False) -> Rulebook:
        """A rulebook that also knows ``policy`` (and makes it the default if asked).

        A policy replaces the one whose code it has, whatever its capitals.
        """
        key = identity_key(policy.code)
        policies = {c: p for c, p in self.policies.items() if identity_key(c) != key}
        policies[policy.code] = policy
        return Rulebook(self.law, policies, policy.code if default else self.default_entity)

    def with_default_entity(self, entity: str) -> Rulebook:
        """The same rulebook with another default entity (its code in any capitals)."""
        return Rulebook(self.law, self.policies, entity)

    def override(
        self,
        name: str,
        value: Value | None,
        *,
        effective_from: Month,
        citation: Citation,
        known_from: date = date.min,
        entity: str | None = None,
    ) -> Rulebook:
        """A rulebook with one parameter overridden.

        See :meth:`~teleworkrules.law.parameters.ParameterSet.override`. Names starting with
        ``entity.`` change the policy of ``entity`` (the default entity when ``None``);
        other names change the law for every entity.
        """
        if name.startswith("entity."):
            policy = self.policy(entity)
            changed = policy.parameters.override(
                name,
                value,
                effective_from=effective_from,
                citation=citation,
                known_from=known_from,
            )
            return Rulebook(
                self.law,
                {**self.policies, policy.code: attrs.evolve(policy, parameters=changed)},
                self.default_entity,
            )
        law = self.law.override(
            name, value, effective_from=effective_from, citation=citation, known_from=known_from
        )
        return Rulebook(law, self.policies, self.default_entity)


@lru_cache(maxsize=1024)  # a file may name any number of unknown entities
def law_only(code: str, starts: Month) -> EntityPolicy:
    """The policy of an entity for which none is loaded: the law only.

    Every entity decides its own material support and default route (hybrid-work
    circular); for an entity that stated none, there is no default internet route, no
    material catalogue, no budget and no third-party cost.
    """
    cited = citation("entity.law_only")
    route = Parameter(
        "entity.default_route.route",
        Unit.CHOICE,
        "Internetroute voor wie geen route aanvroeg",
        "Internet route for staff who did not apply for one",
        (Version("entity.default_route.route", starts, date.min, "none", cited),),
        ("none", "forfait", "third_party"),
    )
    hired = Parameter(
        "entity.default_route.hired_from",
        Unit.DATE,
        "Standaardroute voor wie in dienst kwam vanaf",
        "Default route for staff hired on or after",
        (Version("entity.default_route.hired_from", starts, date.min, starts.first_day, cited),),
    )
    return EntityPolicy(code, code, code, ParameterSet((route, hired)), (), ())


@cache
def _default_rulebook() -> Rulebook:
    policies = {p.code: p for p in (_bundled(stem) for stem in BUNDLED)}
    return Rulebook(load_parameters(), policies, "DWSE")
