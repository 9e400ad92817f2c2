"""Sphinx extension for the teleworkrules documentation.

Everything here reads the installed package at build time, so the pages it produces
cannot go stale. The directives, by module:

* :mod:`twr_params`: ``teleworkrules-parameter`` (the page of one parameter, generated
  for every parameter into ``reference/parameters/`` when the build starts),
  ``teleworkrules-parameter-index`` (a narrow table of the parameters of the law or of one
  entity policy), ``teleworkrules-sources`` (the legal sources) and
  ``teleworkrules-catalogue`` (an entity's material catalogue and its conditions);
* :mod:`twr_rules`: ``teleworkrules-example`` (a worked example run and explained by the
  library), ``teleworkrules-back-pay`` (back pay month by month, with a picture) and
  ``teleworkrules-flow`` (a rule's steps as a picture);
* :mod:`twr_cli`: ``teleworkrules-cli-help`` (the ``--help`` text of the command line or of
  one of its commands; the build warns when a command has no such block anywhere) and
  ``teleworkrules-command`` (a command run at build time, with its output);
* here: ``teleworkrules-public-api`` (the names of ``teleworkrules.__all__``, linked),
  ``teleworkrules-messages`` (the texts of one section of the catalogue, English and
  Dutch), ``teleworkrules-columns`` (the dataset columns, with their Dutch names) and
  ``teleworkrules-report-definitions`` (the definition of every figure of the report).

Texts the library has (labels, citations, step texts) come from its catalogue in the
build's language (``-D language=nl``); the few others are in :mod:`twr_words`. Pictures
are drawn with matplotlib (:mod:`twr_figures`), offline, as SVG.

It also adds two cross-reference roles, checked in nitpicky mode: ``param`` (a parameter
name, e.g. ``internet.forfait.amount``, linked to its page) and ``source`` (a source id,
e.g. ``vps-vii-73``).
"""

from __future__ import annotations

import inspect
from typing import Any

import twr_cli
import twr_params
import twr_rules
from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from twr_nodes import entry, inline, make_table, para

import teleworkrules


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
                    entry(para(ref)),
                    entry(para(kind)),
                    entry(para(where)),
                    entry(inline(summary, self.env.docname, obj.__module__, cls)),
                ]
            )
        return [make_table([22, 8, 22, 48], ["Name", "Kind", "Defined in", "Summary"], rows)]


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
                    entry(para(nodes.literal(code, code))),
                    entry(para(texts["en"])),
                    entry(para(nodes.emphasis(texts["nl"], texts["nl"]))),
                ]
            )
        return [make_table([24, 38, 38], ["Code", "English", "Dutch"], rows)]


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
                        entry(para(nodes.literal(table, table))),
                        entry(para(nodes.literal(column.name, column.name))),
                        entry(para("yes" if column.required else "")),
                        entry(para(nodes.literal(shown, shown)) if shown else para("")),
                        entry(para(", ".join(sorted(dutch.get(column.name, []))))),
                    ]
                )
        return [
            make_table(
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
                entry(para(nodes.literal(key, key))),
                entry(para(texts["en"])),
                entry(para(nodes.emphasis(texts["nl"], texts["nl"]))),
            ]
            for key, texts in DEFINITIONS.items()
        ]
        return [make_table([18, 41, 41], ["Key", "English", "Dutch"], rows)]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_object_type(
        "parameter", "param", objname="parameter", indextemplate="pair: parameter; %s"
    )
    app.add_object_type(
        "legal-source", "source", objname="legal source", indextemplate="pair: source; %s"
    )
    app.connect("builder-inited", twr_params.write_stubs)
    app.add_directive("teleworkrules-parameter", twr_params.ParameterPageDirective)
    app.add_directive("teleworkrules-parameter-index", twr_params.ParameterIndexDirective)
    app.add_directive("teleworkrules-sources", twr_params.SourcesDirective)
    app.add_directive("teleworkrules-catalogue", twr_params.CatalogueDirective)
    app.add_directive("teleworkrules-example", twr_rules.ExampleDirective)
    app.add_directive("teleworkrules-back-pay", twr_rules.BackPayDirective)
    app.add_directive("teleworkrules-flow", twr_rules.FlowDirective)
    app.add_directive("teleworkrules-cli-help", twr_cli.CliHelpDirective)
    app.add_directive("teleworkrules-command", twr_cli.CommandDirective)
    app.connect("env-purge-doc", twr_cli.purge_cli_help)
    app.connect("env-merge-info", twr_cli.merge_cli_help)
    app.connect("env-check-consistency", twr_cli.check_cli_help)
    app.add_directive("teleworkrules-public-api", PublicApiDirective)
    app.add_directive("teleworkrules-messages", MessagesDirective)
    app.add_directive("teleworkrules-columns", ColumnsDirective)
    app.add_directive("teleworkrules-report-definitions", ReportDefinitionsDirective)
    return {"version": "2", "parallel_read_safe": True, "parallel_write_safe": True}


__all__ = ["setup"]
