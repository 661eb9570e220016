"""The layering is a test, read from the source: every import of every module,
including the ones inside functions, is checked against the rules below (see
docs/architecture.md). Nothing is imported to check it, so a rule broken on a
code path no test runs is still caught."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mapper"

QT = ("PySide6", "shiboken6", "pyqtgraph")
#: The layers that run without a display: the command line, tests and other programs use them.
PURE = ("mapper.model", "mapper.analysis", "mapper.layout", "mapper.formats", "mapper.editing",
        "mapper.templates", "mapper.resource_files", "mapper.i18n")


def module_name(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path, root: Path = PACKAGE.parent) -> set[str]:
    """Every module ``path`` imports, as absolute names; ``from a import b`` counts
    as both ``a`` and ``a.b`` (b may be a module)."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)
    return out


def is_within(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def broken_rules(name: str, imports: set[str]) -> list[str]:
    """Why ``name`` may not import what it does (empty when it keeps every rule)."""
    out = []
    if is_within(name, PURE):
        out += [f"imports {i}: the pure layers run without Qt, render or ui"
                for i in imports if is_within(i, QT + ("mapper.render", "mapper.ui"))]
    if is_within(name, ("mapper.formats",)):
        out += [f"imports {i}: formats write what they are given; callers pass the analysis' report"
                for i in imports if is_within(i, ("mapper.analysis",))]
    if is_within(name, ("mapper.render",)):
        out += [f"imports {i}: render draws for the ui, never the other way round"
                for i in imports if is_within(i, ("mapper.ui",))]
    if not is_within(name, ("mapper.cli", "mapper.__main__")):
        out += [f"imports {i}: the command line is the top; nothing builds on it"
                for i in imports if is_within(i, ("mapper.cli",))]
    return out


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_module_keeps_the_layering(path):
    assert broken_rules(module_name(path), imported_names(path)) == []


def test_the_check_sees_every_kind_of_import(tmp_path):
    """The reader itself: imports inside functions, relative imports and
    ``from package import module`` are all seen."""
    tree = ("import os\n"
            "def f():\n    from PySide6.QtGui import QColor\n"
            "    from ..ui import canvas\n"
            "    from mapper import cli\n"
            "    from . import drawio\n")
    fake = tmp_path / "mapper" / "formats" / "example.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(tree, encoding="utf-8")
    names = imported_names(fake, tmp_path)
    assert {"os", "PySide6.QtGui", "mapper.ui.canvas", "mapper.cli", "mapper.formats.drawio"} <= names
    problems = " ".join(broken_rules(module_name(fake, tmp_path), names))
    assert "PySide6" in problems and "mapper.ui" in problems and "mapper.cli" in problems
    assert "os" not in problems and "drawio" not in problems


@pytest.mark.parametrize("name, imports, broken", [
    ("mapper.model.schema", {"PySide6.QtCore"}, True),
    ("mapper.layout.placing", {"mapper.render.geometry"}, True),
    ("mapper.analysis.rules", {"pyqtgraph"}, True),
    ("mapper.formats.checklist", {"mapper.analysis"}, True),
    ("mapper.render.paint", {"mapper.ui.canvas.items"}, True),
    ("mapper.ui.main_window", {"mapper.cli.common"}, True),
    ("mapper.__main__", {"mapper.cli"}, False),
    ("mapper.cli.export", {"mapper.render.export", "mapper.analysis"}, False),
    ("mapper.ui.printing", {"mapper.render.paint", "mapper.formats.checklist"}, False),
])
def test_the_rules(name, imports, broken):
    assert bool(broken_rules(name, imports)) is broken
