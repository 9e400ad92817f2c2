"""The plain-language explanation of decisions: a summary first, then the legal steps.

The summary says, per allowance, what is owed and since when, why (the step that decided),
whether it is back pay (the rule that grants it became known after the month), and the
facts that change nothing by default (the ``note.*`` steps: an absence, part-time work)
with the setting that would. Then come the steps with their article and source, the
settings in words, and once what each confidence level means (:mod:`teleworkrules._plain`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from teleworkrules import _plain
from teleworkrules._plain import Line
from teleworkrules.i18n import text
from teleworkrules.law.sources import Confidence
from teleworkrules.money import format_euro
from teleworkrules.time import Month

if TYPE_CHECKING:  # types only: the decisions module calls this one
    from teleworkrules.decisions import Decision, Step

__all__ = ["back_pay_known", "decision_lines", "legend_lines", "notes", "since", "summary_lines"]

NOTE_PREFIX: Final = "note."
"""Steps whose code starts so mention a fact that does not change the outcome."""
_ONLY_FLAGS: Final = frozenset({"fiscal"})
"""Rules whose steps only flag an amount (taxable or not) and never grant it."""
_START_FACTS: Final = ("hire_date", "internet.start", "telework.start")


def _granting(decision: Decision) -> Iterator[Step]:
    return (s for s in decision.steps if s.rule not in _ONLY_FLAGS)


def back_pay_known(decision: Decision) -> date | None:
    """The day the rule granting ``decision`` became known, when after its month; else ``None``.

    That day is the latest ``known_from`` of the parameters its steps used (the fiscal
    flags apart): a grant that became known after the month could not be paid with its
    salary, so it is back pay.
    """
    if not decision.granted:
        return None
    known = max((v.known_from for s in _granting(decision) for v in s.parameters), default=None)
    return known if known is not None and known > decision.month.last_day else None


def since(decision: Decision) -> date:
    """Since when the grant holds as it is: the latest start of the facts and amounts used."""
    starts = [decision.month.first_day.replace(year=1)]
    for step in _granting(decision):
        facts = dict(step.facts)
        starts += [date.fromisoformat(facts[k]) for k in _START_FACTS if facts.get(k)]
        if "telework_days.month" in facts:
            starts.append(Month(facts["telework_days.month"]).first_day)
        starts += [
            v.effective_from.first_day for v in step.parameters if isinstance(v.value, Decimal)
        ]
    return max(starts)


def _reason(decision: Decision) -> Step | None:
    """The step that decided the outcome.

    For a grant: a step that changed the amount after it was set (a statement on honour),
    else the step before the amount; for a refusal: the last step.
    """
    steps = [s for s in _granting(decision) if not s.code.startswith(NOTE_PREFIX)]
    if not steps:
        return None
    if not decision.granted:
        return steps[-1]
    paying = next(
        (i for i, s in enumerate(steps) if any(_plain.is_amount(v) for v in s.parameters)),
        len(steps),
    )
    return steps[-1] if paying < len(steps) - 1 else steps[max(paying - 1, 0)]


def notes(decisions: Iterable[Decision], lang: str) -> list[str]:
    """The notes on facts that change nothing, each once."""
    found = (s.text(lang) for d in decisions for s in d.steps if s.code.startswith(NOTE_PREFIX))
    return list(dict.fromkeys(found))


def _allowance_lines(decision: Decision, lang: str) -> list[Line]:
    allowance = text(f"allowance.{decision.allowance.value}", lang)
    name = allowance[:1].upper() + allowance[1:]
    month = _plain.month_words(decision.month, lang)
    from_day = _plain.day_words(since(decision), lang)
    if decision.amount > 0:
        amount = format_euro(decision.amount, lang)
        head = text(
            "explain.paid", lang, allowance=name, amount=amount, month=month, since=from_day
        )
    elif decision.granted and decision.benefit_in_kind == 0:  # a statement on honour
        head = text("explain.no_benefit", lang, allowance=name, since=from_day)
    elif decision.granted:
        benefit = format_euro(decision.benefit_in_kind, lang)
        head = text("explain.benefit", lang, allowance=name, benefit=benefit, since=from_day)
    else:
        head = text("explain.refused", lang, allowance=name)
    lines: list[Line] = [("- ", "  ", head)]
    known = back_pay_known(decision)
    if known is not None:
        later = _plain.day_words(known, lang)
        lines.append(("  ", "  ", text("explain.back_pay", lang, known=later, month=month)))
    reason = _reason(decision)
    if reason is not None:
        lines.append(("  ", "  ", text("explain.why", lang, reason=reason.text(lang))))
    return lines


def summary_lines(decisions: Sequence[Decision], lang: str, *, total: bool) -> list[Line]:
    """The summary of one person-month's ``decisions``; with the total paid when asked."""
    first = decisions[0]
    month = _plain.month_words(first.month, lang)
    known_on = _plain.day_words(first.known_on, lang)
    values = {"employee": first.employee_id, "month": month, "entity": first.entity}
    lines: list[Line] = [("", "", text("explain.summary", lang, **values, known_on=known_on))]
    for decision in decisions:
        lines += _allowance_lines(decision, lang)
    if total:
        paid = format_euro(sum((d.amount for d in decisions), Decimal("0.00")), lang)
        lines.append(("", "", text("explain.total", lang, month=month, amount=paid)))
    found = notes(decisions, lang)
    if found:
        lines.append(("", "", text("explain.notes", lang)))
        lines += [("- ", "  ", note) for note in found]
    return lines


def step_lines(steps: Sequence[Step], lang: str) -> list[Line]:
    """Each step numbered, then the settings it used and its source, in words."""
    lines: list[Line] = []
    for number, step in enumerate(steps, start=1):
        lines.append((f"  {number}. ", "     ", step.text(lang)))
        for version in step.parameters:
            setting, source = _plain.parameter_lines(version, lang)
            lines += [("     - ", "       ", setting), ("       ", "       ", source)]
        if step.citation is not None and not step.parameters:
            lines.append(("     ", "     ", _plain.source_line(step.citation, lang)))
    return lines


def decision_lines(head: str, steps: Sequence[Step], lang: str) -> list[Line]:
    """A decision's heading and its steps."""
    return [("", "", head), *step_lines(steps, lang)]


def _confidences(steps: Iterable[Step]) -> Iterator[Confidence]:
    for step in steps:
        if step.citation is not None:
            yield step.citation.confidence
        yield from (v.citation.confidence for v in step.parameters)


def legend_lines(steps: Iterable[Step], lang: str) -> list[Line]:
    """A blank line and what each confidence level used means (nothing when none is used)."""
    found = _plain.legend(_confidences(steps), lang)
    return [("", "", ""), *found] if found else []
