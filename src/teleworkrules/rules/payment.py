"""Payment of flat allowances: suspension during a long absence.

Legal text: VPS art. VII 73. Flat allowances are paid monthly, after the month (§2);
payment stops when no salary is paid or during an absence longer than 35 working days
(§3). §3 governs the allowances of Title 3; whether it reaches the internet allowance
(VII 109) and the home-working allowance is not confirmed, so it is the setting
``payment.suspend_on_long_absence``, off by default. When on, a month grants nothing when
the absence covering its deciding day is without salary and covers every day of the month
in service, or when the deciding day lies after the absence's
``payment.long_absence_working_days``-th working day (Monday to Friday).

References:
    https://overheid.vlaanderen.be/BVR_Deel07-T3
"""

from __future__ import annotations

from datetime import date

from teleworkrules.decisions import Step
from teleworkrules.law.parameters import ParameterSet
from teleworkrules.rules._common import setting
from teleworkrules.rules.situation import Situation
from teleworkrules.time import nth_weekday_from

__all__ = ["absence_note", "suspension"]

RULE = "payment"


def suspension(
    situation: Situation, deciding_day: date, params: ParameterSet, known_on: date
) -> Step | None:
    """The step that suspends payment for ``month``, or ``None`` when nothing is suspended."""
    month = situation.month
    absence = situation.absence_on(deciding_day)
    if absence is None:
        return None
    switch = setting(params, "payment.suspend_on_long_absence", month, known_on)
    if switch.value is not True:
        return None
    facts = {
        "absence.start": absence.start.isoformat(),
        "absence.end": absence.end.isoformat(),
        "absence.salary_paid": "true" if absence.salary_paid else "false",
    }
    last_in_service = situation.last
    if not absence.salary_paid and absence.start <= deciding_day and absence.end >= last_in_service:
        return Step.of(
            RULE,
            "payment.suspended_unpaid",
            citation=switch.citation,
            parameters=(switch,),
            facts=facts,
            month=str(month),
            start=absence.start.isoformat(),
            end=absence.end.isoformat(),
        )
    limit = setting(params, "payment.long_absence_working_days", month, known_on)
    assert isinstance(limit.value, int)
    limit_day = nth_weekday_from(absence.start, limit.value)
    if deciding_day > limit_day:
        return Step.of(
            RULE,
            "payment.suspended_long",
            citation=limit.citation,
            parameters=(switch, limit),
            facts=facts,
            day=deciding_day.isoformat(),
            start=absence.start.isoformat(),
            limit=str(limit.value),
            limit_day=limit_day.isoformat(),
        )
    return None


def absence_note(
    situation: Situation, deciding_day: date, params: ParameterSet, known_on: date
) -> Step | None:
    """A note on the absence covering ``deciding_day`` when it suspends nothing, else ``None``.

    Call it only when :func:`suspension` suspended nothing: the note says the absence
    changes nothing, and which setting (off by default) would change that.
    """
    month = situation.month
    absence = situation.absence_on(deciding_day)
    if absence is None:
        return None
    switch = setting(params, "payment.suspend_on_long_absence", month, known_on)
    limit = setting(params, "payment.long_absence_working_days", month, known_on)
    assert isinstance(limit.value, int)
    values = {
        "day": deciding_day.isoformat(),
        "kind": absence.kind,
        "salary": "true" if absence.salary_paid else "false",
        "start": absence.start.isoformat(),
        "end": absence.end.isoformat(),
        "setting": switch.name,
        "limit": str(limit.value),
        "limit_day": nth_weekday_from(absence.start, limit.value).isoformat(),
    }
    return Step.of(
        RULE,
        "note.absence_no_effect" if switch.value is not True else "note.absence_not_reached",
        citation=switch.citation,
        parameters=(switch, limit),
        facts={
            "absence.start": absence.start.isoformat(),
            "absence.end": absence.end.isoformat(),
            "absence.salary_paid": values["salary"],
            "absence.kind": absence.kind,
        },
        **values,
    )
