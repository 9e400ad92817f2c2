"""Decisions: what is owed for a person and a month, and why.

A :class:`Decision` says, for one person, month and allowance, whether it is granted, the
amount paid to the person and the taxable benefit in kind, and the :class:`Step` s that led
there, each with its citation, the parameter values and the facts it used. An
:class:`Evaluation` gathers the decisions of one person-month; a
:class:`MaterialDecision` answers one material request.

``str()`` gives an English explanation, :meth:`Decision.explain` Dutch or English, and
``to_dict()`` plain data with the schema documented in :doc:`/reference/schema`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any, Final, final

import attrs

from teleworkrules import _frames, _html, _plain, _summary
from teleworkrules.facts import Allowance
from teleworkrules.i18n import render, text
from teleworkrules.law.parameters import Version
from teleworkrules.law.sources import Citation
from teleworkrules.money import format_euro
from teleworkrules.time import Month

__all__ = ["DECISION_COLUMNS", "Allowance", "Decision", "Evaluation", "MaterialDecision", "Step"]

SCHEMA_VERSION = 1
"""The version of the ``to_dict()`` schema; it changes only when a key changes meaning."""

DECISION_COLUMNS: Final = (
    *("employee_id", "month", "allowance", "granted", "amount", "benefit_in_kind"),
    *("reason", "citations"),
)
"""The columns of :meth:`Evaluation.to_records` and its frames."""

_REPR_MAX: Final = 199
"""Every ``repr`` here is shorter than 200 characters."""


def _clip(value: str, limit: int = 20) -> str:
    """``repr(value)``, the text cut to ``limit`` characters (with an ellipsis)."""
    return repr(value if len(value) <= limit else value[: limit - 1] + "\u2026")


def _day(day: date) -> str:
    return f"date({day.year}, {day.month}, {day.day})"


def _fit(text: str) -> str:
    """``text`` cut to stay under 200 characters, still closed by ``)``."""
    return text if len(text) <= _REPR_MAX else text[: _REPR_MAX - 2] + "\u2026)"


def _record(d: Decision, lang: str) -> dict[str, Any]:
    """One row of :meth:`Evaluation.to_records`: the steps' texts and citations joined."""
    cited = dict.fromkeys(s.citation.short(lang) for s in d.steps if s.citation is not None)
    reason = " / ".join(s.text(lang) for s in d.steps)
    values: tuple[object, ...] = (d.employee_id, str(d.month), d.allowance.value, d.granted)
    values += (d.amount, d.benefit_in_kind, reason, "; ".join(cited))  # each citation once
    return dict(zip(DECISION_COLUMNS, values, strict=True))


# Not slotted: attrs fills a frozen instance's __dict__ directly, a third faster than
# setting slots one by one; every person-month evaluated builds steps and three decisions.
@final
@attrs.frozen(repr=False, slots=False)
class Step:
    """One step of a decision: what a rule checked, with its legal basis.

    Attributes:
        rule: the rule that took the step, e.g. ``internet``.
        code: the message code (see :mod:`teleworkrules.i18n.catalogue`).
        args: the message's values, as text.
        citation: the legal basis of the step.
        parameters: the parameter versions the step used.
        facts: the facts the step used, as ``(name, value)`` text pairs.
    """

    rule: str
    code: str
    args: tuple[tuple[str, str], ...] = ()
    citation: Citation | None = None
    parameters: tuple[Version, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(
        cls,
        rule: str,
        code: str,
        /,
        *,
        citation: Citation | None = None,
        parameters: Iterable[Version] = (),
        facts: Mapping[str, str] | None = None,
        **args: str,
    ) -> Step:
        """A step of ``rule`` with message ``code``, its values given as keywords.

        The message's values (``args``, the ``{name}`` fields of the text ``code``) come
        last, each a text; ``facts`` name the facts used, in order.

        >>> step = Step.of("home_working", "home.amount", amount="20.00")
        >>> step.args, step.text("nl")
        ((('amount', '20.00'),), 'Thuiswerkvergoeding: EUR 20,00 per maand.')
        """
        used = () if facts is None else tuple(facts.items())
        # Positional, in the order of the fields: rules build many steps.
        return cls(rule, code, tuple(args.items()), citation, tuple(parameters), used)

    def text(self, lang: str = "en") -> str:
        """The step as a sentence in ``lang`` (``nl`` or ``en``), numbers and days in words."""
        return _plain.step_text(self.code, dict(self.args), lang)

    def __repr__(self) -> str:
        cited = "None" if self.citation is None else _clip(self.citation.source.id, 30)
        return _fit(
            f"Step(rule={_clip(self.rule, 30)}, code={_clip(self.code, 40)}, "
            f"args={self.args!r}, citation={cited})"
        )

    def to_dict(self, lang: str = "en") -> dict[str, object]:
        """The step as plain data."""
        return {
            "rule": self.rule,
            "code": self.code,
            "text": self.text(lang),
            "citation": None if self.citation is None else self.citation.to_dict(),
            "parameters": [p.to_dict() for p in self.parameters],
            "facts": dict(self.facts),
        }


def _check_width(width: int | None) -> int | None:
    if width is not None and (isinstance(width, bool) or not isinstance(width, int)):
        raise TypeError(f"width must be an int or None, not {width!r}")
    return width


@final
@attrs.frozen(repr=False, slots=False)  # not slotted, as Step
class Decision:
    """Whether one allowance is granted to one person for one month, and why.

    Attributes:
        employee_id: the person.
        month: the month.
        allowance: the allowance decided.
        granted: whether it is granted.
        amount: paid to the person (EUR, two decimals; zero when not granted).
        benefit_in_kind: the taxable benefit added to salary (EUR, two decimals).
        steps: the reasoning, in order.
        known_on: the evaluation date: only rules known on that day counted.
        entity: the entity whose policy applied.
        taxable: whether the amount exceeds a federal tax-free ceiling.
    """

    employee_id: str
    month: Month
    allowance: Allowance
    granted: bool
    amount: Decimal
    benefit_in_kind: Decimal
    steps: tuple[Step, ...]
    known_on: date
    entity: str
    taxable: bool = False

    def explain(self, lang: str = "en", *, width: int | None = None) -> str:
        """A readable explanation in ``lang`` (``nl`` or ``en``).

        First a plain-language summary (what is owed, since when, why, back pay), then
        the legal steps, then what each confidence level means. Lines are wrapped to
        ``width`` characters when given (at least 40), else not wrapped.
        """
        lines = _summary.summary_lines((self,), lang, total=False)
        lines += [("", "", ""), ("", "", text("explain.steps", lang)), *self._lines(lang)]
        lines += _summary.legend_lines(self.steps, lang)
        return _plain.layout(lines, _check_width(width))

    def _lines(self, lang: str) -> list[_plain.Line]:
        head = render(
            "decision.granted" if self.granted else "decision.refused",
            {
                "allowance": self.allowance.value,
                "employee": self.employee_id,
                "month": str(self.month),
                "amount": format_euro(self.amount, lang),
                "benefit": format_euro(self.benefit_in_kind, lang),
                "known_on": self.known_on.isoformat(),
                "entity": self.entity,
            },
            lang,
        )
        return _summary.decision_lines(head, self.steps, lang)

    def __str__(self) -> str:
        return self.explain("en")

    def __repr__(self) -> str:
        return _fit(
            f"Decision(employee_id={_clip(self.employee_id)}, month={self.month!r}, "
            f"allowance=Allowance.{self.allowance.name}, granted={self.granted}, "
            f"amount={self.amount}, benefit_in_kind={self.benefit_in_kind}, "
            f"steps=[{len(self.steps)} steps])"
        )

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_html(self, lang: str | None = None) -> str:
        """The decision as a small HTML table (the notebook display), in ``lang``.

        ``lang`` defaults to :func:`~teleworkrules.i18n.catalogue.default_lang`.
        """
        lang = _html.language(lang)
        head = _html.caption(self.employee_id, self.month, self.known_on, self.entity, lang)
        return head + _html.decisions_table((self,), lang)

    def to_dict(self, lang: str = "en") -> dict[str, object]:
        """The decision as plain data (see :doc:`/reference/schema`)."""
        return {
            "schema": SCHEMA_VERSION,
            "employee_id": self.employee_id,
            "month": str(self.month),
            "allowance": self.allowance.value,
            "granted": self.granted,
            "amount": f"{self.amount:.2f}",
            "benefit_in_kind": f"{self.benefit_in_kind:.2f}",
            "taxable": self.taxable,
            "known_on": self.known_on.isoformat(),
            "entity": self.entity,
            "steps": [s.to_dict(lang) for s in self.steps],
        }


@final
@attrs.frozen(repr=False, slots=False)  # not slotted, as Step
class Evaluation:
    """The decisions for one person and one month, one per :class:`Allowance`."""

    employee_id: str
    month: Month
    known_on: date
    entity: str
    decisions: tuple[Decision, ...]

    def __getitem__(self, allowance: Allowance | str) -> Decision:
        allowance = Allowance(allowance)
        return next(d for d in self.decisions if d.allowance is allowance)

    def __iter__(self) -> Iterator[Decision]:
        return iter(self.decisions)

    @property
    def granted(self) -> tuple[Decision, ...]:
        """The decisions that grant something."""
        return tuple(d for d in self.decisions if d.granted)

    @property
    def amount(self) -> Decimal:
        """The total paid to the person for the month."""
        return sum((d.amount for d in self.decisions), Decimal("0.00"))

    def explain(self, lang: str = "en", *, width: int | None = None) -> str:
        """Every decision of the month, explained in ``lang``, wrapped to ``width`` if given.

        A summary of the month first (what is owed and why, back pay, facts that change
        nothing by default), then each decision's legal steps (see :meth:`Decision.explain`).
        """
        lines = _summary.summary_lines(self.decisions, lang, total=True)
        lines += [("", "", ""), ("", "", text("explain.steps", lang))]
        for decision in self.decisions:
            lines += [("", "", ""), *decision._lines(lang)]
        lines += _summary.legend_lines((s for d in self.decisions for s in d.steps), lang)
        return _plain.layout(lines, _check_width(width))

    def __str__(self) -> str:
        return self.explain("en")

    def __repr__(self) -> str:
        granted = ", ".join(f"{d.allowance.value} {d.amount}" for d in self.granted)
        return _fit(
            f"Evaluation(employee_id={_clip(self.employee_id)}, month={self.month!r}, "
            f"known_on={_day(self.known_on)}, granted=[{granted}])"
        )

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_html(self, lang: str | None = None) -> str:
        """The month's decisions as a small HTML table (the notebook display), in ``lang``.

        ``lang`` defaults to :func:`~teleworkrules.i18n.catalogue.default_lang`.
        """
        lang = _html.language(lang)
        head = _html.caption(self.employee_id, self.month, self.known_on, self.entity, lang)
        paid = text("display.paid_for_month", lang, amount=format_euro(self.amount, lang))
        return head + _html.decisions_table(self.decisions, lang) + f"<p>{escape(paid)}</p>"

    def to_records(self, lang: str = "en") -> list[dict[str, Any]]:
        """One dict per decision (:data:`DECISION_COLUMNS`), money exact ``Decimal``.

        ``reason``: the steps' texts in ``lang`` joined by a slash; ``citations``: the
        steps' citations joined by a semicolon.
        """
        return [_record(d, lang) for d in self.decisions]

    def to_pandas(self, lang: str = "en") -> Any:  # noqa: ANN401  # a pandas DataFrame
        """The records as a pandas DataFrame (money ``Decimal``); needs the ``pandas`` extra."""
        return _frames.to_pandas(self.to_records(lang), DECISION_COLUMNS)

    def to_polars(self, lang: str = "en") -> Any:  # noqa: ANN401  # a polars DataFrame
        """The records as a polars DataFrame (money ``pl.Decimal``); needs ``polars``."""
        money = ("amount", "benefit_in_kind")
        records = self.to_records(lang)
        return _frames.to_polars(records, DECISION_COLUMNS, money=money, booleans=("granted",))

    def to_dict(self, lang: str = "en") -> dict[str, object]:
        """The evaluation as plain data (see :doc:`/reference/schema`)."""
        return {
            "schema": SCHEMA_VERSION,
            "employee_id": self.employee_id,
            "month": str(self.month),
            "known_on": self.known_on.isoformat(),
            "entity": self.entity,
            "decisions": [d.to_dict(lang) for d in self.decisions],
        }


@final
@attrs.frozen(repr=False)
class MaterialDecision:
    """Whether a person may receive an item of home-office material on a day, and why.

    Attributes:
        employee_id: the person.
        item: the catalogue item code.
        on: the day of the request.
        eligible: whether every condition of the entity's catalogue is met.
        steps: the conditions checked, in order.
        entity: the entity whose catalogue applied.
    """

    employee_id: str
    item: str
    on: date
    eligible: bool
    steps: tuple[Step, ...]
    entity: str

    def explain(self, lang: str = "en", *, width: int | None = None) -> str:
        """A readable explanation in ``lang``, wrapped to ``width`` characters if given."""
        code = "material.eligible" if self.eligible else "material.not_eligible"
        values = {"employee": self.employee_id, "item": self.item, "on": self.on.isoformat()}
        head = render(code, {**values, "entity": self.entity}, lang)
        lines = _summary.decision_lines(head, self.steps, lang)
        lines += _summary.legend_lines(self.steps, lang)
        return _plain.layout(lines, _check_width(width))

    def __str__(self) -> str:
        return self.explain("en")

    def __repr__(self) -> str:
        return _fit(
            f"MaterialDecision(employee_id={_clip(self.employee_id)}, item={_clip(self.item)}, "
            f"on={_day(self.on)}, eligible={self.eligible}, entity={_clip(self.entity)}, "
            f"steps=[{len(self.steps)} steps])"
        )

    def to_dict(self, lang: str = "en") -> dict[str, object]:
        """The decision as plain data (see :doc:`/reference/schema`)."""
        return {
            "schema": SCHEMA_VERSION,
            "employee_id": self.employee_id,
            "item": self.item,
            "on": self.on.isoformat(),
            "eligible": self.eligible,
            "entity": self.entity,
            "steps": [s.to_dict(lang) for s in self.steps],
        }
