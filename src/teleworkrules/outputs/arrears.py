"""Back pay and what-if results as tables, CSV rows and JSON data."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TextIO

from teleworkrules.facts import Allowance
from teleworkrules.money import format_euro
from teleworkrules.results.arrears import Arrear, Cause, totals
from teleworkrules.results.simulation import Simulation
from teleworkrules.time import Month

__all__ = [
    "ARREARS_CSV_HEADER",
    "arrears_table",
    "arrears_to_dict",
    "simulation_table",
    "simulation_to_dict",
    "write_arrears_csv",
]

ARREARS_CSV_HEADER = (
    "employee_id,month,allowance,owed,paid,difference,cause,parameter,known_from,source"
)
"""The header of the arrears CSV, one row per person, month and allowance with a difference."""

_TEXT: dict[str, Any] = {
    "arrears_title": {
        "en": "Back pay and recoveries {start}..{end}: owed as known on {known_on} against {base}",
        "nl": "Achterstallen en terugvorderingen {start}..{end}: verschuldigd zoals gekend op "
        "{known_on} tegenover {base}",
    },
    "base_date": {
        "en": "what was owed as known on {day}",
        "nl": "wat verschuldigd was zoals gekend op {day}",
    },
    "base_payments": {"en": "the payments table", "nl": "de tabel payments"},
    "totals": {
        "en": "Totals per year and allowance (entitlement months)",
        "nl": "Totalen per jaar en vergoeding (maanden van het recht)",
    },
    "per_person": {"en": "Per person", "nl": "Per persoon"},
    "causes": {"en": "Causes", "nl": "Oorzaken"},
    "none": {"en": "No differences.", "nl": "Geen verschillen."},
    "head_totals": {
        "en": ("year", "allowance", "persons", "months", "owed", "paid", "difference"),
        "nl": ("jaar", "vergoeding", "personen", "maanden", "verschuldigd", "betaald", "verschil"),
    },
    "head_person": {
        "en": ("employee", "allowance", "months", "difference", "cause"),
        "nl": ("personeelslid", "vergoeding", "maanden", "verschil", "oorzaak"),
    },
    "sim_title": {
        "en": "What-if {start}..{end}, as known on {known_on}: {changes}",
        "nl": "Wat-als {start}..{end}, zoals gekend op {known_on}: {changes}",
    },
    "head_sim": {
        "en": ("year", "allowance", "persons", "reform", "cost", "reform", "difference"),
        "nl": ("jaar", "vergoeding", "personen", "hervorming", "kost", "hervorming", "verschil"),
    },
    "better": {
        "en": "Better off: {better} persons; worse off: {worse} persons.",
        "nl": "Beter af: {better} personen; slechter af: {worse} personen.",
    },
    "initiative": {
        "en": "Initiative: {title} (from {timing})\n  Motivation: {motivation}\n  Budget: {budget}",
        "nl": "Initiatief: {title} (vanaf {timing})\n  Motivatie: {motivation}\n  Budget: {budget}",
    },
    "yearly_cost": {"en": "  Extra cost {year}: {cost}", "nl": "  Meerkost {year}: {cost}"},
    "allowance": {
        "internet_forfait": {"en": "internet forfait", "nl": "internet forfait"},
        "internet_third_party": {"en": "internet third party", "nl": "internet derdebetaler"},
        "home_working": {"en": "home working", "nl": "thuiswerk"},
    },
}


def _t(key: str, lang: str) -> str:
    value = _TEXT[key][lang]
    assert isinstance(value, str)
    return value


def _allowance(allowance: Allowance, lang: str) -> str:
    name: str = _TEXT["allowance"][allowance.value][lang]
    return name


def _eur(amount: Decimal, lang: str) -> str:
    return format_euro(amount, lang).removeprefix("EUR ")


def _base(known_on: date | None, lang: str) -> str:
    if known_on is None:
        return _t("base_payments", lang)
    return _t("base_date", lang).format(day=known_on.isoformat())


def _runs(arrears: Sequence[Arrear]) -> list[tuple[str, Allowance, Month, Month, Decimal, Cause]]:
    """Consecutive months of one person, allowance and cause, merged."""
    runs: list[tuple[str, Allowance, Month, Month, Decimal, Cause]] = []
    for a in arrears:
        if runs:
            eid, allowance, first, last, total, cause = runs[-1]
            if (eid, allowance, cause) == (
                a.employee_id,
                a.allowance,
                a.cause,
            ) and last + 1 == a.month:
                runs[-1] = (eid, allowance, first, a.month, total + a.difference, cause)
                continue
        runs.append((a.employee_id, a.allowance, a.month, a.month, a.difference, a.cause))
    return runs


def arrears_table(
    arrears: Sequence[Arrear],
    start: Month,
    end: Month,
    *,
    known_on: date,
    paid_as_known_on: date | None,
    lang: str = "en",
) -> str:
    """Totals per year and allowance, then each person's runs of months with their cause."""
    lines = [
        _t("arrears_title", lang).format(
            start=start, end=end, known_on=known_on, base=_base(paid_as_known_on, lang)
        ),
        "",
    ]
    if not arrears:
        return "\n".join([*lines, _t("none", lang)]) + "\n"
    head = _TEXT["head_totals"][lang]
    lines += [
        _t("totals", lang),
        f"{head[0]:<6}{head[1]:<24}{head[2]:>9}{head[3]:>9}{head[4]:>16}{head[5]:>16}{head[6]:>16}",
    ]
    for t in totals(arrears):
        lines.append(
            f"{t.year:<6}{_allowance(t.allowance, lang):<24}{t.persons:>9}{t.months:>9}"
            f"{_eur(t.owed, lang):>16}{_eur(t.paid, lang):>16}"
            f"{_eur(t.difference, lang):>16}"
        )
    causes: dict[Cause, int] = {}
    head = _TEXT["head_person"][lang]
    lines += [
        "",
        _t("per_person", lang),
        f"{head[0]:<16}{head[1]:<24}{head[2]:<20}{head[3]:>14}  {head[4]}",
    ]
    for eid, allowance, first, last, total, cause in _runs(arrears):
        number = causes.setdefault(cause, len(causes) + 1)
        months = str(first) if first == last else f"{first}..{last}"
        lines.append(
            f"{eid:<16}{_allowance(allowance, lang):<24}{months:<20}"
            f"{_eur(total, lang):>14}  [{number}]"
        )
    lines += ["", _t("causes", lang)]
    lines += [f"[{n}] {cause.text(lang)}" for cause, n in causes.items()]
    return "\n".join(lines) + "\n"


def _safe(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_arrears_csv(arrears: Sequence[Arrear], out: TextIO) -> None:
    """The arrears as CSV for a payroll correction run (see :data:`ARREARS_CSV_HEADER`)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ARREARS_CSV_HEADER.split(","))
    for a in arrears:
        p = a.cause.parameter
        writer.writerow(
            [
                a.employee_id,
                str(a.month),
                a.allowance.value,
                f"{a.owed:.2f}",
                f"{a.paid:.2f}",
                f"{a.difference:.2f}",
                a.cause.kind.value,
                "" if p is None else p.name,
                "" if p is None else p.known_from.isoformat(),
                "" if p is None else _safe(p.citation.source.id),
            ]
        )


def arrears_to_dict(
    arrears: Sequence[Arrear],
    start: Month,
    end: Month,
    *,
    known_on: date,
    paid_as_known_on: date | None,
) -> dict[str, object]:
    """The arrears as plain data: period, comparison, totals and every difference."""
    return {
        "period": {"from": str(start), "to": str(end)},
        "known_on": known_on.isoformat(),
        "compared_with": {"paid_as_known_on": paid_as_known_on.isoformat()}
        if paid_as_known_on is not None
        else {"payments": True},
        "totals": [
            {
                "year": t.year,
                "allowance": t.allowance.value,
                "persons": t.persons,
                "months": t.months,
                "owed": f"{t.owed:.2f}",
                "paid": f"{t.paid:.2f}",
                "difference": f"{t.difference:.2f}",
            }
            for t in totals(arrears)
        ],
        "arrears": [
            {
                "employee_id": a.employee_id,
                "month": str(a.month),
                "allowance": a.allowance.value,
                "owed": f"{a.owed:.2f}",
                "paid": f"{a.paid:.2f}",
                "difference": f"{a.difference:.2f}",
                "cause": a.cause.to_dict(),
            }
            for a in arrears
        ],
    }


def _sim_rows(sim: Simulation) -> list[tuple[int, Allowance, int, int, Decimal, Decimal]]:
    rows = []
    for base in sim.baseline.years:
        reform = sim.reform.year(base.year)
        for allowance in Allowance:
            rows.append(
                (
                    base.year,
                    allowance,
                    base[allowance].persons,
                    reform[allowance].persons,
                    sim.cost(sim.baseline, base.year, allowance),
                    sim.cost(sim.reform, base.year, allowance),
                )
            )
    return rows


def simulation_table(sim: Simulation, lang: str = "en") -> str:
    """Baseline against reform per year and allowance, who is better off, the initiative."""
    report = sim.baseline
    lines = [
        _t("sim_title", lang).format(
            start=report.start,
            end=report.end,
            known_on=report.known_on,
            changes=", ".join(map(str, sim.changes)),
        ),
        "",
    ]
    head = _TEXT["head_sim"][lang]
    lines.append(
        f"{head[0]:<6}{head[1]:<24}{head[2]:>9}{head[3]:>11}{head[4]:>16}{head[5]:>16}{head[6]:>16}"
    )
    for year, allowance, persons, reformed, cost, new in _sim_rows(sim):
        lines.append(
            f"{year:<6}{_allowance(allowance, lang):<24}{persons:>9}{reformed:>11}"
            f"{_eur(cost, lang):>16}{_eur(new, lang):>16}{_eur(new - cost, lang):>16}"
        )
    lines += ["", _t("better", lang).format(better=sim.better_off, worse=sim.worse_off)]
    if sim.initiative is not None:
        i = sim.initiative
        budget = "-" if i.budget is None else format_euro(i.budget, lang)
        lines += [
            "",
            _t("initiative", lang).format(
                title=i.title(lang), timing=i.timing, motivation=i.motivation(lang), budget=budget
            ),
        ]
        for y in report.years:
            lines.append(
                _t("yearly_cost", lang).format(
                    year=y.year, cost=format_euro(sim.total_difference(y.year), lang)
                )
            )
    return "\n".join(lines) + "\n"


def simulation_to_dict(sim: Simulation) -> dict[str, object]:
    """The simulation as plain data."""
    per_year: dict[str, dict[str, object]] = defaultdict(dict)
    for year, allowance, persons, reformed, cost, new in _sim_rows(sim):
        base, reform = sim.baseline.year(year)[allowance], sim.reform.year(year)[allowance]
        per_year[str(year)][allowance.value] = {
            "baseline": {
                "persons": persons,
                "person_months": base.person_months,
                "cost": f"{cost:.2f}",
            },
            "reform": {
                "persons": reformed,
                "person_months": reform.person_months,
                "cost": f"{new:.2f}",
            },
            "difference": f"{new - cost:.2f}",
        }
    data: dict[str, object] = {
        "period": {"from": str(sim.baseline.start), "to": str(sim.baseline.end)},
        "known_on": sim.baseline.known_on.isoformat(),
        "changes": [str(c) for c in sim.changes],
        "years": dict(per_year),
        "better_off": sim.better_off,
        "worse_off": sim.worse_off,
    }
    if sim.initiative is not None:
        i = sim.initiative
        data["initiative"] = {
            "title": {"nl": i.title_nl, "en": i.title_en},
            "motivation": {"nl": i.motivation_nl, "en": i.motivation_en},
            "timing": str(i.timing),
            "budget": None if i.budget is None else f"{i.budget:.2f}",
        }
    return data
