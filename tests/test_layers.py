"""The layering rules.

Checked on real imports in a fresh interpreter: core/, vault/ and export/ (but its PDF renderer)
never import Qt; the desktop window comes up without matplotlib, sqlite-utils (which loads numpy)
or keyring, which wait until they are needed.

Checked on the source: the package has no import cycles, the UI writes no SQL, and the UI and the
CLI don't import the vault.
"""

from __future__ import annotations

import ast
import collections
import itertools
import re
import subprocess
import sys
from collections.abc import Collection
from pathlib import Path

import pytest

import iop_companion

LOADED = """
import importlib, pkgutil, sys
import iop_companion
for package in {packages!r}:
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        if info.name not in {skip!r}:
            importlib.import_module(info.name)
print(",".join(sorted({{m.split(".")[0] for m in sys.modules}} & {watched!r})))
"""


def loaded_after_importing(
    packages: list[str], watched: set[str], skip: frozenset[str] = frozenset()
) -> set[str]:
    code = LOADED.format(packages=packages, watched=watched, skip=set(skip))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return set(filter(None, result.stdout.strip().split(",")))


def test_core_vault_and_export_never_import_qt() -> None:
    packages = ["iop_companion.core", "iop_companion.vault", "iop_companion.export"]
    # The PDF renderer is the one export module that draws with QtGui (architecture note).
    skip = frozenset({"iop_companion.export.pdf"})
    assert loaded_after_importing(packages, {"PySide6", "shiboken6"}, skip) == set()


@pytest.mark.parametrize("late", ["matplotlib", "sqlite_utils", "numpy", "keyring"])
def test_the_window_starts_without_heavy_imports(late: str) -> None:
    assert late not in loaded_after_importing(["iop_companion.ui"], {late})


# -- the package's own imports, read from the source (module- and function-level, and those
# under ``if TYPE_CHECKING``: a cycle only the type checker sees still ties two modules together)

PACKAGE = Path(iop_companion.__file__).parent


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of ``package`` by its dotted name (a package by its ``__init__.py``)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = [package.name, *path.relative_to(package).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: Collection[str]) -> dict[str, int]:
    """The modules of ``known`` that module ``name`` imports, each with its first line.

    ``from a import b`` is an import of ``a.b`` when that is a module, else of ``a``; a parent
    package is not counted as imported along with its modules (that would make every package
    whose ``__init__`` names one of its modules a cycle).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    here = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: dict[str, int] = {}
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                base = ".".join(parent + ([node.module] if node.module else []))
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        for target in targets:
            assert isinstance(node, ast.Import | ast.ImportFrom)
            while target and target not in known:  # ``import a.b.C``-style: the module holding it
                target = target.rpartition(".")[0]
            if target and target != name:
                found.setdefault(target, node.lineno)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, dict[str, int]]:
    known = modules(package)
    return {name: imports(name, path, known) for name, path in known.items()}


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One cycle (``[a, b, ..., a]``) for each group of modules that import each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = {stack.pop()}
            while node not in group:
                group.add(stack.pop())
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    found = []
    for group in groups:  # the shortest way from the group's first module back to itself
        start = min(group)
        paths = {start: [start]}
        queue = collections.deque([start])
        cycle: list[str] = []
        while not cycle:
            node = queue.popleft()
            for target in sorted(graph[node]):
                if target == start:
                    cycle = [*paths[node], start]
                    break
                if target in group and target not in paths:
                    paths[target] = [*paths[node], target]
                    queue.append(target)
        found.append(cycle)
    return sorted(found)


def described(cycle: list[str], graph: dict[str, dict[str, int]]) -> str:
    steps = [f"{a} (line {graph[a][b]}) -> {b}" for a, b in itertools.pairwise(cycle)]
    return "\n  ".join(steps)


def test_the_package_has_no_import_cycles() -> None:
    """The rule: no two modules of the package import each other, directly or through others,
    counting imports inside functions too (a lazy import hides a cycle, it doesn't remove it)."""
    graph = import_graph()
    assert {"iop_companion.vault.vault", "iop_companion.ui.main_window"} <= graph.keys()
    found = [described(cycle, graph) for cycle in cycles(graph)]
    assert not found, "import cycles:\n  " + "\n\n  ".join(found)


def test_the_cycle_check_sees_imports_inside_functions(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "inner").mkdir(parents=True)
    (package / "__init__.py").write_text("from pkg.a import A\n")
    (package / "a.py").write_text("from pkg.inner import b\nA = 1\n")
    (package / "inner" / "__init__.py").write_text("")
    (package / "inner" / "b.py").write_text("def later():\n    from .. import c\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n"
    )
    graph = import_graph(package)
    assert cycles(graph) == [["pkg.a", "pkg.inner.b", "pkg.c", "pkg.a"]]
    assert "pkg.inner.b (line 2) -> pkg.c" in described(cycles(graph)[0], graph)


# -- what ui/ and cli.py may do (issue 14: they reach the journal through core/ only) -----------

# The rule: no module in ui/ writes SQL. A string that starts with one of these words (as SQL
# writes them, in capitals), or a call of ``.execute``, is SQL.
SQL_START = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA)\b")
SQL_CALLS = frozenset({"execute", "executemany", "executescript"})


def sql_in(source: str) -> list[int]:
    """The lines of ``source`` that hold SQL: a string starting with an SQL word, or a call of
    ``.execute`` (``executemany``, ``executescript``)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL_START.match(node.value):
                lines.append(node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
        ):
            lines.append(node.lineno)
    return sorted(lines)


def test_the_ui_writes_no_sql() -> None:
    """The rule: the UI calls services and gets dataclasses back; it never writes SQL."""
    found = {
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for name, path in modules().items()
        if name.startswith("iop_companion.ui.")
        for line in sql_in(path.read_text(encoding="utf-8"))
    }
    assert not found, f"SQL in the UI: {sorted(found)}"


def test_the_sql_check_finds_sql() -> None:
    assert sql_in('db.execute("select 1")\nq = f"  SELECT {x} FROM t"\n') == [1, 2]
    assert sql_in('label = "Delete this entry?"\nwords = "UPDATED today"\nbox.exec()\n') == []


# The rule: ui/ and cli.py don't import the vault; they open and change a journal through core/.


def vault_importers(package: Path = PACKAGE) -> set[str]:
    """The files of ``ui/``, ``cli.py`` and ``cli_parser.py`` that import anything of
    ``vault/``, at any depth."""
    name = package.name
    graph = import_graph(package)
    return {
        path.relative_to(package.parent).as_posix()
        for module, path in modules(package).items()
        if (module in (f"{name}.cli", f"{name}.cli_parser") or module.startswith(f"{name}.ui."))
        and any(target.startswith(f"{name}.vault") for target in graph[module])
    }


def test_the_ui_and_the_cli_import_no_vault() -> None:
    importers = sorted(vault_importers())
    assert not importers, f"{importers} import vault/: open and change the journal through core/"


def test_the_vault_check_finds_a_lazy_import(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    for folder in (package, package / "ui", package / "vault", package / "core"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text("")
    (package / "vault" / "keys.py").write_text("")
    (package / "core" / "journal.py").write_text("from pkg.vault import keys\n")
    (package / "ui" / "page.py").write_text("import pkg.core.journal\n")
    (package / "ui" / "dialog.py").write_text("def check():\n    from ..vault.keys import x\n")
    (package / "cli.py").write_text("from pkg import vault\n")
    assert vault_importers(package) == {"pkg/ui/dialog.py", "pkg/cli.py"}


# The rule: ui/ and cli.py change the journal only through ``OpenJournal``, whose every change
# says what it changed and can be undone. They may read through its services (``journal``,
# ``notebook``, ``own``, ``drafts`` and the worker's two); what a service may be asked is this
# list, and a method it doesn't name (a new one too) is taken to change something.
SERVICES = frozenset({"journal", "notebook", "own", "drafts", "worker_journal", "worker_notebook"})
READS = frozenset(
    {
        # JournalService
        "categories", "category", "count", "day_counts", "entries", "find_category",
        "first_entry_day", "get", "last_entry_day", "search", "summary", "tags", "template",
        "templates", "today",
        # NotebookService
        "bring_up_item", "bring_up_items", "due_on", "export_uid", "holds_own_words",
        "last_session_before", "latest_notes", "note", "note_history", "notes_as_of", "phrase",
        "phrases", "plan", "plan_item", "session", "sessions", "showing_up_counts",
        # NotebookService: the coping tools
        "check_in", "check_ins", "nudge_months", "nudge_due", "how_i_am", "how_i_am_list",
        "picking_up", "picking_up_for", "picking_up_list", "hard_times_plan",
        "hard_times_plan_history", "hard_times_text", "plan_on_unlock_screen",
        "unlock_screen_text",
        # OwnDetails and Drafts
        "program_phone", "recovery_code_kept", "last_session_day", "names",
    }
)  # fmt: skip


def service_changes_in(source: str) -> list[tuple[int, str]]:
    """Where ``source`` asks a service of the open journal (``x.journal.m``) for anything
    but a read: (line, method)."""
    return sorted(
        (node.lineno, node.attr)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr in SERVICES
        and node.attr not in READS
    )


def test_the_ui_and_the_cli_change_the_journal_only_through_the_core() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line} .{method}"
        for name, path in modules().items()
        if name.startswith("iop_companion.ui.") or name.startswith("iop_companion.cli")
        for line, method in service_changes_in(path.read_text(encoding="utf-8"))
    ]
    assert not found, f"changes that bypass OpenJournal: {found}"


def test_every_read_is_a_service_method() -> None:
    from iop_companion.core.drafts import Drafts
    from iop_companion.core.journal import JournalService
    from iop_companion.core.notebook import NotebookService
    from iop_companion.core.own_details import OwnDetails

    methods = {n for c in (JournalService, NotebookService, OwnDetails, Drafts) for n in dir(c)}
    assert methods >= READS
    assert {"log_win", "save_note", "set_program_phone", "save"} <= methods - READS


def test_the_bypass_check_finds_a_change() -> None:
    source = "live.journal.entries()\nlive.notebook.add_phrase('x')\nself.live.own.set_x(1)\n"
    assert service_changes_in(source) == [(2, "add_phrase"), (3, "set_x")]
