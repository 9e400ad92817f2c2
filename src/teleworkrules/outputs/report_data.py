"""Reports as JSON data and as a terminal table.

The JSON keeps the data contract's keys and meanings (``period``, ``years`` with
``staff``, ``internet_forfait``, ``internet_third_party``, ``home_working``) and adds
keys: ``known_on``, ``entities``, ``definitions``, percentages, ``switched_route``,
``budgets``, ``material`` and ``refused_material``. Money is a string with two decimals.
"""

from __future__ import annotations

from decimal import Decimal

from teleworkrules.facts import Allowance
from teleworkrules.money import format_euro
from teleworkrules.results.report import DEFINITIONS, Report, YearFigures

__all__ = ["LABELS", "render_table", "report_to_dict"]


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def _pct(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _year_dict(y: YearFigures) -> dict[str, object]:
    forfait = y[Allowance.INTERNET_FORFAIT]
    third = y[Allowance.INTERNET_THIRD_PARTY]
    home = y[Allowance.HOME_WORKING]
    return {
        "months": {"from": str(y.first), "to": str(y.last)},
        "staff": {"persons": y.staff, "average_headcount": f"{y.average_headcount:.2f}"},
        "internet_forfait": {
            "persons": forfait.persons,
            "person_months": forfait.person_months,
            "amount": _money(forfait.amount),
            "paid": _money(forfait.paid),
            "share_of_staff": _pct(y.share(Allowance.INTERNET_FORFAIT)),
            "share_of_average_headcount": _pct(y.share_of_headcount(Allowance.INTERNET_FORFAIT)),
        },
        "internet_third_party": {
            "persons": third.persons,
            "person_months": third.person_months,
            "employer_cost": _money(third.employer_cost),
            "benefit_in_kind": _money(third.benefit_in_kind),
            "share_of_staff": _pct(y.share(Allowance.INTERNET_THIRD_PARTY)),
            "share_of_average_headcount": _pct(
                y.share_of_headcount(Allowance.INTERNET_THIRD_PARTY)
            ),
        },
        "home_working": {
            "persons": home.persons,
            "person_months": home.person_months,
            "amount": _money(home.amount),
            "paid": _money(home.paid),
            "share_of_staff": _pct(y.share(Allowance.HOME_WORKING)),
            "share_of_average_headcount": _pct(y.share_of_headcount(Allowance.HOME_WORKING)),
        },
        "switched_route": {"persons": y.switched},
        "budgets": [
            {
                "entity": b.entity,
                "parameter": b.parameter,
                "kind": b.kind.value,
                "amount": _money(b.amount),
            }
            for b in y.budgets
        ],
        "material": [
            {
                "item": m.item,
                "label": m.label_en or m.item,
                "requests": m.requests,
                "persons": m.persons,
                "spending": _money(m.spending),
                "not_conforming": m.not_conforming,
            }
            for m in y.material
        ],
        "refused_material": [
            {
                "employee_id": r.request.employee_id,
                "item": r.request.item,
                "requested_on": r.request.requested_on.isoformat(),
                "cost": None if r.request.cost is None else _money(r.request.cost),
                "reasons": [
                    s.code
                    for s in r.decision.steps
                    if s.code.endswith(
                        (
                            "not_met",
                            "missing",
                            "not_in_service",
                            "unknown_item",
                            "not_yet_available",
                        )
                    )
                ],
            }
            for r in y.refused
        ],
    }


def report_to_dict(report: Report) -> dict[str, object]:
    """The report as plain data: the data contract's JSON plus the documented extra keys."""
    return {
        "period": {"from": str(report.start), "to": str(report.end)},
        "known_on": report.known_on.isoformat(),
        "entities": list(report.entities),
        "years": {str(y.year): _year_dict(y) for y in report.years},
        "definitions": {key: dict(text) for key, text in DEFINITIONS.items()},
    }


LABELS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Telework support {start}..{end}, as known on {known_on} ({entities})",
        "nl": "Ondersteuning telewerk {start}..{end}, zoals gekend op {known_on} ({entities})",
    },
    "q1a": {"en": "1a. Staff receiving each allowance", "nl": "1a. Personeelsleden per vergoeding"},
    "q1b": {"en": "1b. Cost (EUR)", "nl": "1b. Kosten (EUR)"},
    "q2a": {
        "en": "2a. Material budgets (EUR)",
        "nl": "2a. Budgetten materiële ondersteuning (EUR)",
    },
    "q2b": {"en": "2b. Material requests", "nl": "2b. Aanvragen materiaal"},
    "staff": {"en": "staff in service", "nl": "personeel in dienst"},
    "headcount": {"en": "average monthly headcount", "nl": "gemiddelde bezetting per maand"},
    "persons": {"en": "persons", "nl": "personen"},
    "share": {"en": "% of staff", "nl": "% van personeel"},
    "share_hc": {"en": "% of avg headcount", "nl": "% van gem. bezetting"},
    "person_months": {"en": "person-months", "nl": "persoonsmaanden"},
    "switched": {"en": "switched route", "nl": "van route gewisseld"},
    "accrual": {"en": "accrual", "nl": "transactiebasis"},
    "cash": {"en": "cash (paid)", "nl": "kasbasis (betaald)"},
    "employer": {"en": "employer cost", "nl": "werkgeverskost"},
    "bik": {"en": "benefit in kind", "nl": "voordeel alle aard"},
    "requests": {"en": "requests", "nl": "aanvragen"},
    "spending": {"en": "spending", "nl": "uitgaven"},
    "not_conforming": {"en": "not meeting conditions", "nl": "niet conform voorwaarden"},
    "none": {"en": "(none)", "nl": "(geen)"},
    "months": {"en": "months", "nl": "maanden"},
    "internet_forfait": {"en": "internet forfait", "nl": "internet forfait"},
    "internet_third_party": {"en": "internet third-party payer", "nl": "internet derdebetaler"},
    "home_working": {"en": "home-working allowance", "nl": "thuiswerkvergoeding"},
}

_LABEL = 40
_COLUMN = 12


def _t(key: str, lang: str) -> str:
    return LABELS[key][lang]


def _amount(value: Decimal, lang: str) -> str:
    return format_euro(value, lang).removeprefix("EUR ")


def _row(label: str, values: list[str]) -> str:
    text = label if len(label) <= _LABEL else label[: _LABEL - 1] + "…"
    return text.ljust(_LABEL) + "".join(v.rjust(_COLUMN) for v in values)


def render_table(report: Report, lang: str = "en") -> str:
    """The report as a plain-text table that fits in 100 columns for up to five years."""
    years = report.years
    lines = [
        _t("title", lang).format(
            start=report.start,
            end=report.end,
            known_on=report.known_on,
            entities=", ".join(report.entities),
        ),
        "",
    ]
    header = _row("", [str(y.year) for y in years])
    spans = _row(_t("months", lang), [f"{y.first.month:02d}-{y.last.month:02d}" for y in years])

    def pct(value: Decimal | None) -> str:
        if value is None:
            return "-"
        text = f"{value:.1f}%"
        return text.replace(".", ",") if lang == "nl" else text

    lines += [_t("q1a", lang), header, spans]
    lines.append(_row(_t("staff", lang), [str(y.staff) for y in years]))
    lines.append(
        _row(
            _t("headcount", lang),
            [
                f"{y.average_headcount:.1f}".replace(".", "," if lang == "nl" else ".")
                for y in years
            ],
        )
    )
    for allowance in Allowance:
        name = _t(allowance.value, lang)
        lines.append(_row(name, [str(y[allowance].persons) for y in years]))
        lines.append(_row("  " + _t("share", lang), [pct(y.share(allowance)) for y in years]))
        lines.append(
            _row("  " + _t("share_hc", lang), [pct(y.share_of_headcount(allowance)) for y in years])
        )
        lines.append(
            _row("  " + _t("person_months", lang), [str(y[allowance].person_months) for y in years])
        )
    lines.append(_row(_t("switched", lang), [str(y.switched) for y in years]))
    lines += ["", _t("q1b", lang), header]
    forfait, third, home = (
        Allowance.INTERNET_FORFAIT,
        Allowance.INTERNET_THIRD_PARTY,
        Allowance.HOME_WORKING,
    )
    for allowance in (forfait, home):
        name = _t(allowance.value, lang)
        lines.append(
            _row(
                name + ", " + _t("accrual", lang),
                [_amount(y[allowance].amount, lang) for y in years],
            )
        )
        lines.append(
            _row(name + ", " + _t("cash", lang), [_amount(y[allowance].paid, lang) for y in years])
        )
    lines.append(
        _row(
            _t(third.value, lang) + ", " + _t("employer", lang),
            [_amount(y[third].employer_cost, lang) for y in years],
        )
    )
    lines.append(
        _row(
            _t(third.value, lang) + ", " + _t("bik", lang),
            [_amount(y[third].benefit_in_kind, lang) for y in years],
        )
    )
    lines += ["", _t("q2a", lang), header]
    budget_keys = sorted({(b.entity, b.parameter) for y in years for b in y.budgets})
    if not budget_keys:
        lines.append(_t("none", lang))
    for entity, parameter in budget_keys:
        label = next(b.label(lang) for y in years for b in y.budgets if b.parameter == parameter)
        values = []
        for y in years:
            found = [b.amount for b in y.budgets if (b.entity, b.parameter) == (entity, parameter)]
            values.append(_amount(found[0], lang) if found else "-")
        lines.append(_row(label, values))
    lines += ["", _t("q2b", lang), header]
    items = sorted({m.item for y in years for m in y.material})
    if not items:
        lines.append(_t("none", lang))
    for item in items:
        per_year = [{m.item: m for m in y.material}.get(item) for y in years]
        label = next(m.label(lang) for m in per_year if m is not None)
        lines.append(
            _row(
                label + ": " + _t("persons", lang),
                [str(m.persons) if m else "-" for m in per_year],
            )
        )
        lines.append(
            _row(
                "  " + _t("spending", lang),
                [_amount(m.spending, lang) if m else "-" for m in per_year],
            )
        )
        lines.append(
            _row(
                "  " + _t("not_conforming", lang),
                [str(m.not_conforming) if m else "-" for m in per_year],
            )
        )
    return "\n".join(lines) + "\n"
