"""The layer rule, checked on the source: models ← services ← ui, imports one way only.

Nothing under ``ui/`` talks to the database itself (no sqlalchemy: it asks a service), and
nothing under ``models/`` or ``services/`` knows of widgets (no QtWidgets or QtGui, no
``jobhunter.ui``), so the command line and the tests use the services without a screen.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "jobhunter"


def imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, at any depth (lazy imports in functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def offenders(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in sorted(imported_modules(path)):
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                out.append(f"{path.relative_to(PACKAGE.parent)} imports {module}")
    return out


def test_the_ui_never_imports_sqlalchemy() -> None:
    # Given every module under ui/, then none imports sqlalchemy: the UI asks services
    assert offenders("ui", ("sqlalchemy",)) == []


@pytest.mark.parametrize("layer", ["models", "services"])
def test_models_and_services_know_no_widgets(layer: str) -> None:
    # Given every module under models/ and services/, then none imports Qt's widgets or
    # painting, or the UI package
    forbidden = ("PySide6.QtWidgets", "PySide6.QtGui", "jobhunter.ui")
    assert offenders(layer, forbidden) == []


def test_the_check_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    # a lazy import counts too: the rule is about what a layer depends on, not when
    source = tmp_path / "lazy.py"
    source.write_text("def f():\n    from sqlalchemy import select\n    return select\n")
    assert "sqlalchemy" in imported_modules(source)
