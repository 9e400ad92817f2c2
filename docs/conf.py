"""Sphinx configuration for the teleworkrules documentation.

Build (from the repository root)::

    sphinx-build -n -W --keep-going -b html docs docs/_build/html
    sphinx-build -n -W --keep-going -b doctest docs docs/_build/doctest

The second command runs every example of these pages and of the API docstrings.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS / "_ext"))

project = "teleworkrules"
author = "teleworkrules contributors"
copyright = "teleworkrules contributors, MIT licence"
try:
    from importlib.metadata import version as _version

    release = _version("teleworkrules")
except Exception:  # pragma: no cover - a source tree that is not installed
    release = "unknown"
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "myst_parser",
    "teleworkrules_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"  # the Dutch edition: sphinx-build -D language=nl (docs/locale/nl)
today_fmt = "%Y-%m-%d"

# Nitpicky: every cross-reference must resolve. There is no intersphinx (the docs build
# offline), so references to these standard-library classes, which appear in the type
# annotations of the API, cannot resolve; they are the only ones ignored. (Builtins and
# typing names are resolved by Sphinx itself.)
nitpicky = True
nitpick_ignore = [
    ("py:class", name)
    for name in (
        "argparse.ArgumentParser",
        "argparse.Namespace",
        "collections.abc.Callable",
        "collections.abc.Container",
        "collections.abc.Iterable",
        "collections.abc.Iterator",
        "collections.abc.Mapping",
        "collections.abc.Sequence",
        "datetime.date",
        "datetime.datetime",
        "decimal.Decimal",
        "pathlib.Path",
    )
]
# The facts are documented where users import them (teleworkrules.facts, a package that
# re-exports them); there a string annotation of an attribute reads as the bare name.
nitpick_ignore.append(("py:class", "Decimal"))
# The Hypothesis strategies of teleworkrules.strategies return a third-party type.
nitpick_ignore_regex = [("py:class", r"(hypothesis\.strategies|st)\.SearchStrategy")]

# -- Internationalisation (the Dutch edition) ------------------------------------------
# One source tree, two editions: `sphinx-build -b html -D language=nl docs OUT` reads the
# gettext catalogues under docs/locale/nl/LC_MESSAGES (one per page, maintained with
# `sphinx-build -b gettext` and sphinx-intl); an untranslated paragraph shows in English.
locale_dirs = ["locale"]
gettext_compact = False
gettext_uuid = False

# -- MyST ------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and napoleon ----------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = False
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- doctest -----------------------------------------------------------------------------
# Examples run from the repository root, so paths such as examples/small read as in a
# terminal opened there.
doctest_global_setup = f"""
import os as _os
_DOCTEST_OLD_CWD = _os.getcwd()
_os.chdir({str(ROOT)!r})
"""
doctest_global_cleanup = """
_os.chdir(_DOCTEST_OLD_CWD)
"""

# -- HTML --------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"teleworkrules {release}"
html_static_path = ["_static"]
html_css_files = ["teleworkrules.css"]
html_js_files = ["teleworkrules.js"]  # reading aids; every page reads the same without


# -- Workarounds for src/ docstrings (reported upstream; each is a no-op once fixed) -----

# Napoleon reads the first line of an attribute, data or property docstring as
# "type: description" (Google style). The project does not repeat types in docstrings, so
# a sentence with a colon (e.g. Confidence.DEFAULT, writers.ENTITLEMENTS_HEADER,
# ledger.Arrear.difference) would render its first half as a type. Attribute, data and
# property docstrings are plain prose: they keep their text as written.
_PLAIN: dict[int, list[str]] = {}


def _keep_attribute_text(app, what, name, obj, options, lines):
    if what in ("attribute", "data", "property"):
        _PLAIN[id(lines)] = list(lines)


def _restore_attribute_text(app, what, name, obj, options, lines):
    original = _PLAIN.pop(id(lines), None)
    if original is not None:
        lines[:] = original


# References in src/ docstrings that are too short to resolve from where they are written.
_UNQUALIFIED = {
    ("py", "meth", "ParameterSet.override"): "teleworkrules.law.parameters.ParameterSet.override",
}


def _resolve_unqualified(app, env, node, contnode):
    key = (node.get("refdomain"), node.get("reftype"), node.get("reftarget"))
    target = _UNQUALIFIED.get(key)
    if target is None:
        return None
    domain = env.get_domain("py")
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], target, node, contnode
    )


def setup(app):
    app.connect("autodoc-process-docstring", _keep_attribute_text, priority=400)
    app.connect("autodoc-process-docstring", _restore_attribute_text, priority=600)
    app.connect("missing-reference", _resolve_unqualified)
