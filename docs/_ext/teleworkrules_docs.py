"""Sphinx extension for the teleworkrules documentation.

Everything here reads the installed package at build time, so the pages it produces
cannot go stale:

* ``teleworkrules-parameters``: a table of every parameter (the law and the library's
  defaults, or one entity policy) with all its versions, dates, values and citations;
* ``teleworkrules-sources``: a table of the legal sources;
* ``teleworkrules-catalogue``: an entity's material catalogue and its conditions;
* ``teleworkrules-cli-help``: the ``--help`` text of the command line (or of one of its
  commands); the build warns when a command of the parser has no such block anywhere;
* ``teleworkrules-command``: a command run when the documentation is built, with its
  output (only standard output, unless ``:stderr:`` is given), so that figures quoted in
  a page are the ones the command prints; a different exit code than ``:exit-code:``
  (default 0) is a warning;
* ``teleworkrules-public-api``: the names of ``teleworkrules.__all__``, each linked to
  where it is documented;
* ``teleworkrules-messages``: the texts of one section of the catalogue (default: every
  step code of the explanations), in English and Dutch;
* ``teleworkrules-columns``: the columns of the dataset tables, with the Dutch header
  names the loader accepts;
* ``teleworkrules-report-definitions``: the definition of every figure of the report
  (``teleworkrules.outputs.report_data.DEFINITIONS``), in English and Dutch.

It also adds two cross-reference roles, checked in nitpicky mode: ``param`` (a parameter
name, e.g. ``internet.forfait.amount``) and ``source`` (a source id, e.g. ``vps-vii-73``).
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import io
import os
import re
import shlex
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_id

import teleworkrules
from teleworkrules.law.entities import Rulebook
from teleworkrules.law.parameters import Parameter, format_value
from teleworkrules.law.sources import load_sources

HELP_WIDTH = 90
"""The terminal width the ``--help`` text is rendered for (argparse wraps to it)."""

ROOT = Path(__file__).resolve().parents[2]
"""The repository root: commands run from here, so ``examples/small`` reads as in a terminal."""

logger = logging.getLogger(__name__)


def _data_files() -> list[str]:
    root = files("teleworkrules").joinpath("data")
    paths = [str(root.joinpath("parameters.toml")), str(root.joinpath("sources.toml"))]
    paths += [str(p) for p in root.joinpath("entities").iterdir() if p.name.endswith(".toml")]
    return paths


def _table(widths: list[int], header: list[str], rows: list[list[nodes.entry]]) -> nodes.table:
    table = nodes.table(classes=["teleworkrules-table"])
    group = nodes.tgroup(cols=len(widths))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    row = nodes.row()
    for title in header:
        row += nodes.entry("", nodes.paragraph("", title))
    head += row
    body = nodes.tbody()
    group += body
    for cells in rows:
        row = nodes.row()
        row.extend(cells)
        body += row
    return table


_INLINE = re.compile(r"``(?P<code>[^`]+)``|:(?P<role>[a-z]+):`(?P<target>[^`]+)`")


def _inline(text: str, docname: str, module: str, cls: str | None) -> nodes.paragraph:
    """A docstring sentence as nodes: ``code`` becomes a literal, :role:`x` a reference."""
    para = nodes.paragraph()
    position = 0
    for match in _INLINE.finditer(text):
        para += nodes.Text(text[position : match.start()])
        position = match.end()
        if match.group("code") is not None:
            para += nodes.literal(match.group("code"), match.group("code"))
            continue
        target = match.group("target")
        shown = target.lstrip("~").split(".")[-1] if target.startswith("~") else target
        ref = addnodes.pending_xref(
            "",
            refdomain="py",
            reftype=match.group("role"),
            reftarget=target.lstrip("~"),
            refexplicit=False,
            refwarn=True,
            refdoc=docname,
        )
        ref["py:module"] = module
        ref["py:class"] = cls
        ref += nodes.literal(shown, shown, classes=["xref", "py"])
        para += ref
    para += nodes.Text(text[position:])
    return para


def _entry(*children: nodes.Node, **attributes: Any) -> nodes.entry:
    entry = nodes.entry("", **attributes)
    entry.extend(children)
    return entry


def _para(*children: nodes.Node | str) -> nodes.paragraph:
    para = nodes.paragraph()
    for child in children:
        para += nodes.Text(child) if isinstance(child, str) else child
    return para


class _Registering(SphinxDirective):
    def register(self, objtype: str, name: str) -> nodes.target | None:
        """A target for ``name``, registered so the matching role can link to it.

        ``None`` when ``name`` already has a target: a parameter that two entity policies
        both define (``entity.rule_set``, ...) links to its first table.
        """
        std = self.env.get_domain("std")
        if (objtype, name) in std.objects:  # type: ignore[attr-defined]
            return None
        node_id = make_id(self.env, self.state.document, objtype, name)
        target = nodes.target("", "", ids=[node_id])
        self.state.document.note_explicit_target(target)
        std.note_object(objtype, name, node_id, location=target)  # type: ignore[attr-defined]
        return target

    def note_data_files(self) -> None:
        for path in _data_files():
            self.env.note_dependency(path)


class ParametersDirective(_Registering):
    """A table of every parameter of the law, or of one entity's policy.

    Without argument: ``data/parameters.toml``. With an entity code: that entity's policy.
    """

    optional_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        self.note_data_files()
        book = Rulebook.default()
        if self.arguments:
            params = book.policy(self.arguments[0]).parameters.parameters
        else:
            params = book.law.parameters
        rows = [row for parameter in params for row in self._rows(parameter)]
        table = _table(
            [24, 8, 9, 10, 10, 30, 9],
            ["Parameter", "Unit", "Effective from", "Known from", "Value", "Source", "Confidence"],
            rows,
        )
        return [table]

    def _rows(self, parameter: Parameter) -> list[list[nodes.entry]]:
        rows = []
        span = len(parameter.versions) - 1
        for number, version in enumerate(parameter.versions):
            cells = []
            if number == 0:
                target = self.register("parameter", parameter.name)
                name = _para() if target is None else _para(target)
                name += nodes.literal(parameter.name, parameter.name)
                label = _para(nodes.Text(parameter.label_en))
                label_nl = _para(nodes.emphasis(parameter.label_nl, parameter.label_nl))
                unit = parameter.unit.value
                if parameter.choices:
                    unit += " (" + ", ".join(parameter.choices) + ")"
                cells += [
                    _entry(name, label, label_nl, morerows=span),
                    _entry(_para(unit), morerows=span),
                ]
            value = format_value(version.value)
            if version.indexation is not None:
                formula = version.indexation
                value = f"{formula.base} x {formula.index}, {formula.rounding.value}"
            source = version.citation.source
            link = nodes.reference("", source.id, refuri=source.url)
            source_para = _para(link)
            if version.citation.article:
                source_para += nodes.Text(": " + version.citation.article)
            cells += [
                _entry(_para(str(version.effective_from))),
                _entry(_para(version.known_from.isoformat())),
                _entry(
                    _para(nodes.emphasis("", "not in force"))
                    if value is None
                    else _para(nodes.literal(value, value))
                ),
                _entry(source_para),
                _entry(_para(version.citation.confidence.value)),
            ]
            rows.append(cells)
        return rows


class SourcesDirective(_Registering):
    """A table of the legal sources shipped with teleworkrules."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        self.note_data_files()
        rows = []
        for source in load_sources().values():
            target = self.register("legal-source", source.id)
            ident = _para() if target is None else _para(target)
            ident += nodes.literal(source.id, source.id)
            rows.append(
                [
                    _entry(ident),
                    _entry(
                        _para(source.title_en),
                        _para(nodes.emphasis(source.title_nl, source.title_nl)),
                    ),
                    _entry(_para("" if source.date is None else source.date.isoformat())),
                    _entry(_para(nodes.reference("", source.url, refuri=source.url))),
                ]
            )
        return [_table([14, 40, 10, 36], ["Id", "Title", "Date", "Where"], rows)]


class CatalogueDirective(SphinxDirective):
    """The material catalogue of one entity (argument: the entity code)."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        for path in _data_files():
            self.env.note_dependency(path)
        policy = Rulebook.default().policy(self.arguments[0])
        rows = []
        for item in policy.material:
            conditions = ["in service on the day"]
            if item.min_months_in_service:
                conditions.append(f"after {item.min_months_in_service} months in service")
            if item.available_from is not None:
                conditions.append(f"on offer from {item.available_from.isoformat()}")
            if item.requires_smartphone_role:
                conditions.append("only for roles that need a smartphone")
            source = item.citation.source
            source_para = _para(nodes.reference("", source.id, refuri=source.url))
            if item.citation.article:
                source_para += nodes.Text(": " + item.citation.article)
            budget = item.budget or ""
            rows.append(
                [
                    _entry(_para(nodes.literal(item.item, item.item))),
                    _entry(
                        _para(item.label_en), _para(nodes.emphasis(item.label_nl, item.label_nl))
                    ),
                    _entry(_para("; ".join(conditions))),
                    _entry(_para(nodes.literal(budget, budget)) if budget else _para("")),
                    _entry(source_para),
                    _entry(_para(item.citation.confidence.value)),
                ]
            )
        return [
            _table(
                [12, 20, 20, 18, 22, 8],
                ["Item", "Name", "Conditions", "Budget", "Source", "Confidence"],
                rows,
            )
        ]


def _run_cli(argv: list[str], *, stderr: bool, columns: int = HELP_WIDTH) -> tuple[str, int]:
    """Run ``teleworkrules ARGV`` in this process from the repository root.

    Returns its standard output (with standard error, in order, if ``stderr``) and its
    exit code. ``COLUMNS`` is fixed so that argparse wraps the same on every machine.
    """
    from teleworkrules.cli import main

    out = io.StringIO()
    err: io.StringIO = out if stderr else io.StringIO()
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    code: int | str | None
    try:
        with (
            contextlib.chdir(ROOT),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            try:
                code = main(argv)
            except SystemExit as stop:  # --help and usage errors
                code = stop.code
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old
    if code is None:
        code = 0
    return out.getvalue(), code if isinstance(code, int) else 1


def cli_commands() -> list[str]:
    """The names of the commands of ``teleworkrules``, as its parser defines them."""
    from teleworkrules.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


class CliHelpDirective(SphinxDirective):
    """The ``--help`` text of ``teleworkrules`` (argument: the command, if any)."""

    optional_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        argv = [*self.arguments, "--help"]
        text, _ = _run_cli(argv, stderr=False)
        text = text.rstrip("\n")
        documented = getattr(self.env, "teleworkrules_cli_help", {})
        self.env.teleworkrules_cli_help = documented  # type: ignore[attr-defined]
        documented.setdefault(self.env.docname, set()).add(
            self.arguments[0] if self.arguments else ""
        )
        prompt = "$ teleworkrules " + " ".join(argv) + "\n"
        block = nodes.literal_block(prompt + text, prompt + text, language="text")
        return [block]


def _excerpt(text: str, start_at: str | None, end_before: str | None) -> str | None:
    """The lines of ``text`` from the first containing ``start_at`` to before ``end_before``.

    ``...`` marks the lines left out before and after.
    """
    lines = text.rstrip("\n").splitlines()
    first = 0
    if start_at is not None:
        found = [n for n, line in enumerate(lines) if start_at in line]
        if not found:
            return None
        first = found[0]
    last = len(lines)
    if end_before is not None:
        found = [n for n, line in enumerate(lines) if n > first and end_before in line]
        if not found:
            return None
        last = found[0]
    shown = lines[first:last]
    while shown and not shown[-1].strip():
        shown.pop()
    before = ["..."] if first > 0 else []
    after = ["..."] if last < len(lines) else []
    return "\n".join(before + shown + after)


class CommandDirective(SphinxDirective):
    """A ``teleworkrules`` command, run at build time, with its output.

    The argument is the command line after ``teleworkrules`` (shell quoting). Options:

    ``:stderr:``
        include standard error, interleaved with standard output as a terminal shows it;
    ``:exit-code:``
        the exit code expected (default 0); any other is a build warning;
    ``:start-at:`` / ``:end-before:``
        show only the lines from the first that contains this text, up to the line
        before the next that contains that text; ``...`` marks what is left out;
    ``:hide-command:``
        show the output only.
    """

    required_arguments = 1
    final_argument_whitespace = True
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "stderr": directives.flag,
        "exit-code": directives.nonnegative_int,
        "start-at": directives.unchanged_required,
        "end-before": directives.unchanged_required,
        "hide-command": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        for path in _data_files():
            self.env.note_dependency(path)
        argv = shlex.split(self.arguments[0])
        text, code = _run_cli(argv, stderr="stderr" in self.options)
        expected = self.options.get("exit-code", 0)
        location = self.get_location()
        if code != expected:
            logger.warning(
                "teleworkrules %s: exit code %s, expected %s; output:\n%s",
                self.arguments[0],
                code,
                expected,
                text,
                location=location,
            )
        start_at = self.options.get("start-at")
        end_before = self.options.get("end-before")
        shown = text.rstrip("\n")
        if start_at is not None or end_before is not None:
            excerpt = _excerpt(text, start_at, end_before)
            if excerpt is None:
                logger.warning(
                    "teleworkrules %s: the output has no line with %r (then %r)",
                    self.arguments[0],
                    start_at,
                    end_before,
                    location=location,
                )
                excerpt = shown
            shown = excerpt
        if "hide-command" not in self.options:
            shown = "$ teleworkrules " + shlex.join(argv) + "\n" + shown
        block = nodes.literal_block(shown, shown, language="text")
        self.set_source_info(block)
        return [block]


class PublicApiDirective(SphinxDirective):
    """Every name of ``teleworkrules.__all__``, linked to its documentation."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        rows = []
        for name in teleworkrules.__all__:
            obj = getattr(teleworkrules, name)
            target = f"{obj.__module__}.{obj.__qualname__}"
            ref = addnodes.pending_xref(
                "",
                refdomain="py",
                reftype="obj",
                reftarget=target,
                refexplicit=True,
                refwarn=True,
                refdoc=self.env.docname,
            )
            ref += nodes.literal(name, f"teleworkrules.{name}", classes=["xref", "py"])
            if inspect.isclass(obj):
                kind = "exception" if issubclass(obj, BaseException) else "class"
            else:
                kind = "function"
            summary = (inspect.getdoc(obj) or "").split("\n\n")[0].replace("\n", " ")
            cls = obj.__qualname__ if inspect.isclass(obj) else None
            where = nodes.literal(obj.__module__, obj.__module__)
            rows.append(
                [
                    _entry(_para(ref)),
                    _entry(_para(kind)),
                    _entry(_para(where)),
                    _entry(_inline(summary, self.env.docname, obj.__module__, cls)),
                ]
            )
        return [_table([22, 8, 22, 48], ["Name", "Kind", "Defined in", "Summary"], rows)]


class MessagesDirective(SphinxDirective):
    """The texts of a section of the catalogue (default: the explanation steps), en and nl."""

    optional_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        from teleworkrules.i18n import SECTIONS

        section = self.arguments[0] if self.arguments else "explanations"
        rows = []
        for code, texts in SECTIONS[section].items():
            rows.append(
                [
                    _entry(_para(nodes.literal(code, code))),
                    _entry(_para(texts["en"])),
                    _entry(_para(nodes.emphasis(texts["nl"], texts["nl"]))),
                ]
            )
        return [_table([24, 38, 38], ["Code", "English", "Dutch"], rows)]


class ColumnsDirective(SphinxDirective):
    """The columns of every dataset table as the loader reads them, with Dutch names."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        from teleworkrules.inputs import ALIASES, TABLES

        dutch: dict[str, list[str]] = {}
        for alias, name in ALIASES.items():
            dutch.setdefault(name, []).append(alias)
        rows = []
        for table, columns in TABLES.items():
            for column in columns:
                default = column.default
                if isinstance(default, bool):
                    shown = "true" if default else "false"
                elif default is None:
                    shown = ""
                else:
                    shown = str(default)
                rows.append(
                    [
                        _entry(_para(nodes.literal(table, table))),
                        _entry(_para(nodes.literal(column.name, column.name))),
                        _entry(_para("yes" if column.required else "")),
                        _entry(_para(nodes.literal(shown, shown)) if shown else _para("")),
                        _entry(_para(", ".join(sorted(dutch.get(column.name, []))))),
                    ]
                )
        return [
            _table(
                [16, 18, 10, 12, 44],
                ["Table", "Column", "Required", "Default", "Dutch header names accepted"],
                rows,
            )
        ]


class ReportDefinitionsDirective(SphinxDirective):
    """Every definition the report carries, with its key, in English and Dutch."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        from teleworkrules.outputs.report_data import DEFINITIONS

        rows = [
            [
                _entry(_para(nodes.literal(key, key))),
                _entry(_para(texts["en"])),
                _entry(_para(nodes.emphasis(texts["nl"], texts["nl"]))),
            ]
            for key, texts in DEFINITIONS.items()
        ]
        return [_table([18, 41, 41], ["Key", "English", "Dutch"], rows)]


def _purge_cli_help(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, "teleworkrules_cli_help", {}).pop(docname, None)


def _merge_cli_help(
    app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment
) -> None:
    mine = getattr(env, "teleworkrules_cli_help", {})
    env.teleworkrules_cli_help = mine  # type: ignore[attr-defined]
    for docname, commands in getattr(other, "teleworkrules_cli_help", {}).items():
        if docname in docnames:
            mine[docname] = set(commands)


def _check_cli_help(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about a command of the parser whose ``--help`` appears on no page."""
    shown = set().union(*getattr(env, "teleworkrules_cli_help", {}).values())
    for command in cli_commands():
        if command not in shown:
            logger.warning(
                "the command 'teleworkrules %s' has no teleworkrules-cli-help block "
                "(add one to reference/cli.md)",
                command,
            )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_object_type(
        "parameter", "param", objname="parameter", indextemplate="pair: parameter; %s"
    )
    app.add_object_type(
        "legal-source", "source", objname="legal source", indextemplate="pair: source; %s"
    )
    app.add_directive("teleworkrules-parameters", ParametersDirective)
    app.add_directive("teleworkrules-sources", SourcesDirective)
    app.add_directive("teleworkrules-cli-help", CliHelpDirective)
    app.add_directive("teleworkrules-command", CommandDirective)
    app.connect("env-purge-doc", _purge_cli_help)
    app.connect("env-merge-info", _merge_cli_help)
    app.connect("env-check-consistency", _check_cli_help)
    app.add_directive("teleworkrules-public-api", PublicApiDirective)
    app.add_directive("teleworkrules-messages", MessagesDirective)
    app.add_directive("teleworkrules-catalogue", CatalogueDirective)
    app.add_directive("teleworkrules-columns", ColumnsDirective)
    app.add_directive("teleworkrules-report-definitions", ReportDefinitionsDirective)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


__all__ = ["setup"]
