"""Docutils helpers shared by the modules of the ``teleworkrules_docs`` extension."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_id


def data_files() -> list[str]:
    """The files a generated page depends on: the law data and this extension's code."""
    root = files("teleworkrules").joinpath("data")
    paths = [str(root.joinpath("parameters.toml")), str(root.joinpath("sources.toml"))]
    paths += [str(p) for p in root.joinpath("entities").iterdir() if p.name.endswith(".toml")]
    paths += [str(p) for p in sorted(Path(__file__).parent.glob("*.py"))]
    return paths


def make_table(
    widths: list[int], header: list[str], rows: list[list[nodes.entry]], *, fixed: bool = False
) -> nodes.table:
    """A table; with ``fixed``, the browser is given the column ``widths`` (in %)."""
    table = nodes.table(classes=["teleworkrules-table"] + (["colwidths-given"] if fixed else []))
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


def inline(text: str, docname: str, module: str, cls: str | None) -> nodes.paragraph:
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


def entry(*children: nodes.Node, **attributes: Any) -> nodes.entry:
    entry = nodes.entry("", **attributes)
    entry.extend(children)
    return entry


def para(*children: nodes.Node | str) -> nodes.paragraph:
    para = nodes.paragraph()
    for child in children:
        para += nodes.Text(child) if isinstance(child, str) else child
    return para


class Registering(SphinxDirective):
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
        for path in data_files():
            self.env.note_dependency(path)
