"""The package's architecture: layers as folders, imports one way, no circle, small modules.

The layers, from the ground floor up, and what each may import are those of
docs/explanation/architecture.md; this test fails on an upward import, a forbidden
import (results, outputs and rules never read files: they never import ``inputs``), an
import circle between modules, or a module over 400 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import teleworkrules as tr

PACKAGE = Path(tr.__file__).parent

LAYERS = (
    ("exceptions", "_version"),
    ("time", "money", "_openpyxl", "arguments", "_frames", "_gc"),
    ("i18n",),
    ("problems",),
    ("facts",),
    ("law",),
    ("inputs",),
    ("decisions", "_html", "_plain", "_summary"),
    ("rules",),
    ("engine",),
    ("results",),
    ("outputs",),
    ("strategies",),
    ("cli",),
    ("__init__", "__main__"),
)
"""Each layer may import the layers listed before it (and itself), nothing after it."""

FORBIDDEN = {
    ("decisions", "inputs"),
    ("rules", "inputs"),
    ("engine", "inputs"),
    ("results", "inputs"),
    ("outputs", "inputs"),
    ("strategies", "inputs"),
}
"""Pairs (importer, imported) that the order alone would allow but the design does not."""

RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found[".".join(("teleworkrules", *parts))] = path
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _runtime_imports(path: Path) -> set[str]:
    """The teleworkrules modules imported when ``path`` runs (not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for inner in node.body for child in ast.walk(inner))
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("teleworkrules"):
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("teleworkrules"))
    return names


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph = {}
    for module, path in modules.items():
        imported = set()
        for name in _runtime_imports(path):
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module:
                imported.add(name)
        graph[module] = imported
    return graph


def test_every_module_belongs_to_a_layer() -> None:
    """Each top-level module or folder of the package is a known layer."""
    assert set() == {_layer(m) for m in _modules()} - set(RANK)


def test_imports_go_one_way() -> None:
    """No module imports a higher layer, or a layer the design forbids it."""
    wrong = []
    for module, imported in _graph().items():
        for name in imported:
            low, high = _layer(name), _layer(module)
            if RANK[low] > RANK[high] or (high, low) in FORBIDDEN:
                wrong.append(f"{module} imports {name}")
    assert [] == sorted(wrong)


def test_no_import_circle() -> None:
    """No module imports itself through others (a package's __init__ re-exports excepted)."""
    graph = {
        m: {n for n in imported if not (n.endswith("__init__") or _is_package(n))}
        for m, imported in _graph().items()
    }
    circles = []
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for name in sorted(graph.get(module, ())):
            if state.get(name) == 1:
                circles.append(" -> ".join([*path[path.index(name) :], name]))
            elif name not in state:
                visit(name, [*path, name])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert [] == circles


def _is_package(module: str) -> bool:
    return (PACKAGE.joinpath(*module.split(".")[1:]) / "__init__.py").exists()


@pytest.mark.parametrize("module", sorted(_modules()))
def test_modules_are_small(module: str) -> None:
    """No module is over 400 lines."""
    lines = len(_modules()[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines"


def test_each_folder_says_what_lives_there_and_what_it_may_import() -> None:
    """Each layer folder's __init__ has a docstring naming what it may import."""
    for init in sorted(PACKAGE.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "May import" in doc or "may import" in doc, init.parent.name


def test_all_lists_the_public_names() -> None:
    """``teleworkrules.__all__`` is exactly the public names of the package."""
    public = {
        name
        for name in vars(tr)
        if not name.startswith("_") and not isinstance(getattr(tr, name), type(tr))
    }
    assert sorted(public) == sorted(tr.__all__)
