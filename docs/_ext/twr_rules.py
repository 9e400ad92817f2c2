"""The rule pages' worked examples, back-pay picture and flow pictures, computed at build time.

* ``teleworkrules-example``: the Python in the directive's body is shown and run; it must
  set ``result`` (an evaluation or a decision). The page shows what is granted and the
  library's own explanation, in the build's language (``:allowance:`` keeps one decision).
* ``teleworkrules-back-pay``: the body sets ``person``; for each month from ``:from:`` to
  ``:to:`` the allowance (``:allowance:``, default ``home_working``) owed as known on
  ``:known-on:`` is compared with what was owed as known on the day after the month (when
  payroll paid it), with :func:`teleworkrules.results.arrears.arrears_since`. It draws the
  months and the decision day (the *known from* of the cause, read from the result),
  states the total and lists every month with its cause (only the picture with
  ``:picture-only:``).
* ``teleworkrules-flow``: the steps of a rule (argument: its key in
  :data:`twr_flows.FLOWS`) as boxes and arrows, each box with the step codes of the
  explanations it can give.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective
from twr_figures import back_pay, flow, image
from twr_flows import FLOWS
from twr_nodes import data_files, entry, make_table, para
from twr_params import param_ref
from twr_words import day_text, euro, lang_of, month_short, word

import teleworkrules as tr
from teleworkrules.i18n import text
from teleworkrules.results.arrears import arrears_since


def _run(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"tr": tr, "date": date, "Decimal": Decimal}
    exec(compile(code, "<teleworkrules example>", "exec"), namespace)  # our own pages
    return namespace


def _allowance(name: str, lang: str) -> str:
    return text("allowance." + name, lang)


class ExampleDirective(SphinxDirective):
    """Python that sets ``result``, shown, run, and its result explained by the library."""

    has_content = True
    option_spec: ClassVar = {"allowance": directives.unchanged, "width": directives.positive_int}

    def run(self) -> list[nodes.Node]:
        for path in data_files():
            self.env.note_dependency(path)
        lang, code = lang_of(self.env), "\n".join(self.content)
        result = _run(code)["result"]
        shown = nodes.literal_block(code, code, language="python")
        width = self.options.get("width", 76)
        if isinstance(result, tr.MaterialDecision):
            explained = result.explain(lang, width=width)
            block = nodes.literal_block(explained, explained, language="text")
            return [shown, para(word("example.explanation", lang)), block]
        decisions = list(result) if isinstance(result, tr.Evaluation) else [result]
        if "allowance" in self.options:
            decisions = [d for d in decisions if d.allowance.value == self.options["allowance"]]
        granted = nodes.bullet_list()
        for decision in decisions:
            name = _allowance(decision.allowance.value, lang)
            if decision.granted:
                amount = f"EUR {euro(decision.amount, lang)}"
                if decision.benefit_in_kind:
                    amount += " (" + word("example.benefit", lang) + " EUR "
                    amount += euro(decision.benefit_in_kind, lang) + ")"
                item = para(nodes.strong(name, name), f": {amount}")
            else:
                item = para(nodes.strong(name, name), ": " + word("example.nothing", lang))
            granted += nodes.list_item("", item)
        explained = "\n\n".join(d.explain(lang, width=width) for d in decisions)
        block = nodes.literal_block(explained, explained, language="text")
        return [
            shown,
            para(word("example.result", lang)),
            granted,
            para(word("example.explanation", lang)),
            block,
        ]


class BackPayDirective(SphinxDirective):
    """Back pay month by month for ``person``: a picture, the total and a table."""

    has_content = True
    option_spec: ClassVar = {
        "from": directives.unchanged_required,
        "to": directives.unchanged_required,
        "known-on": directives.unchanged_required,
        "allowance": directives.unchanged,
        "who": directives.unchanged,
        "picture-only": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        for path in data_files():
            self.env.note_dependency(path)
        lang = lang_of(self.env)
        person = _run("\n".join(self.content))["person"]
        allowance = self.options.get("allowance", "home_working")
        now = date.fromisoformat(self.options["known-on"])
        months = list(tr.Month.span(tr.Month(self.options["from"]), tr.Month(self.options["to"])))
        rows, bars, late, causes = [], [], [], []
        for month in months:
            paid_on = min(month.last_day + timedelta(days=1), now)
            owed = tr.evaluate(person, month, known_on=now)[allowance].amount
            found = [
                a
                for a in arrears_since(
                    [person], month, month, known_on=now, paid_as_known_on=paid_on
                )
                if a.allowance.value == allowance
            ]
            paid = found[0].paid if found else owed
            cause = found[0].cause.parameter if found and found[0].cause.parameter else None
            if found:
                late.append((month, found[0].difference))
            if cause is not None:
                causes.append(cause)
            bars.append((month.first_day, month_short(month.month, lang), float(paid), float(owed)))
            cause_cell = para()
            if cause is not None:
                cause_cell = para(
                    param_ref(cause.name, self.env.docname),
                    f", {text('word.known_from', lang)} {cause.known_from.isoformat()}",
                )
            rows.append(
                [
                    entry(para(str(month))),
                    entry(para(euro(paid, lang))),
                    entry(para(euro(owed, lang))),
                    entry(para(euro(owed - paid, lang) if found else "")),
                    entry(cause_cell),
                ]
            )
        total = sum((d for _, d in late), Decimal(0))
        decided = max((c.known_from for c in causes), default=now)
        words = {
            "decision": word("backpay.decision", lang, day=decided.isoformat()),
            "late": word("backpay.late", lang),
            "on_time": word("backpay.on_time", lang),
            "y": word("backpay.y", lang),
        }
        alt = word(
            "backpay.alt",
            lang,
            decided=day_text(decided, lang),
            n=len(late),
            total=euro(total, lang),
        )
        picture = image(
            self.env.srcdir,
            lang,
            f"back-pay.{allowance}.{months[0]}.{months[-1]}",
            back_pay(bars, decided, words),
            alt,
        )
        result: list[nodes.Node] = [picture]
        if "picture-only" in self.options:
            return result
        if late:
            amounts = {d for _, d in late}
            amount = euro(amounts.pop(), lang) if len(amounts) == 1 else "..."
            result.append(
                para(
                    word(
                        "backpay.total",
                        lang,
                        who=self.options.get("who", person.employee_id),
                        now=day_text(now, lang),
                        n=len(late),
                        first=late[0][0],
                        last=late[-1][0],
                        amount=amount,
                        total=euro(total, lang),
                    )
                )
            )
        result.append(para(word("backpay.note", lang, now=day_text(now, lang))))
        header = [word(k, lang) for k in ("month", "paid_then", "owed_now", "back_pay", "cause")]
        result.append(make_table([13, 14, 16, 14, 43], header, rows, fixed=True))
        return result


class FlowDirective(SphinxDirective):
    """The steps of one rule of :data:`twr_flows.FLOWS`, as a picture."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        for path in data_files():
            self.env.note_dependency(path)
        lang, key = lang_of(self.env), self.arguments[0]
        steps = [(nl if lang == "nl" else en, codes, gate) for en, nl, codes, gate in FLOWS[key]]
        svg = flow(steps, word("flow.no", lang))
        alt = word(
            "flow.alt",
            lang,
            rule=word("flow.rule." + key, lang),
            steps="; ".join(f"{n + 1}. {s[0]}" for n, s in enumerate(steps)),
        )
        return [image(self.env.srcdir, lang, f"flow.{key}", svg, alt)]
