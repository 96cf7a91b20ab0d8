"""Rules of the house that a reader cannot check at a glance."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "trefpuntje"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_printing_and_db_never_import_qt_in_their_source():
    for folder in ("core", "printing", "db"):
        for path in (PACKAGE / folder).rglob("*.py"):
            qt = {name for name in _imports(path) if name.split(".")[0] in QT_MODULES}
            assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


def test_importing_core_printing_and_the_cli_loads_no_qt():
    modules = sorted(
        "trefpuntje." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for folder in ("core", "printing", "db")
        for p in (PACKAGE / folder).rglob("*.py")
        if "migrations" not in p.parts
    ) + ["trefpuntje.cli"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(sorted(k for k in sys.modules if k.split('.')[0] in {QT_MODULES!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_ui_reaches_the_database_only_through_services():
    for path in (PACKAGE / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("session.exec(", "session.execute(", "session.add(", "session.query(", "select("):
            assert forbidden not in text, f"{path.relative_to(PACKAGE)} uses {forbidden}"


def test_modules_stay_readable_in_one_sitting():
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 450, f"{path.relative_to(PACKAGE)} has {lines} lines"


def test_the_window_shell_starts_without_the_database_stack():
    """The home screen is painted before SQLAlchemy, SQLModel and Alembic load (half a
    second together); see benchmarks/run.py for the start-up figures."""
    code = (
        "import sys\n"
        "import trefpuntje.cli, trefpuntje.ui.app, trefpuntje.ui.main_window, trefpuntje.db.preflight\n"
        "print(sorted({k.split('.')[0] for k in sys.modules} & {'sqlalchemy', 'sqlmodel', 'alembic', 'argon2'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
