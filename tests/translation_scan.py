"""Finds words a person can read that don't go through the catalogue (iop_companion/i18n.py).

Read from the source: a string literal is *readable* when it looks like words for a person (two
words or more with a capital and small letters, or any literal given to a call that puts text on
screen or in a terminal). It passes when it sits inside ``translate``/``tr``/``QT_TRANSLATE_NOOP``,
or where no person reads it: a bug's exception (``ValueError``, ``RuntimeError``...), SQL, or a
line marked ``# words: not for translation (why)``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import iop_companion

PACKAGE = Path(iop_companion.__file__).parent
TRANSLATING = {"translate", "tr", "QT_TRANSLATE_NOOP"}
# Calls whose string arguments a person reads as they are.
SHOWING = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setTitle",
    "setInformativeText",
    "setLabelText",
    "setTabText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "showMessage",
    "addAction",
    "addMenu",
    "addTab",
    "addRow",
    "addItem",
    "addButton",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "say",
    "tell",
    "information",
    "warning",
    "question",
    "critical",
}
BUG_EXCEPTIONS = {
    "ValueError",
    "RuntimeError",
    "TypeError",
    "AssertionError",
    "KeyError",
    "NotImplementedError",
    "FileNotFoundError",
    "LookupError",
    "SystemExit",
}
EXEMPT_MARK = "# words: not for translation"
# Whole modules no person reads in their language, and why.
EXEMPT_MODULES = {
    "self_check.py": "a packager's check of the install (--self-check), read with its logs",
}
SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|PRAGMA|WHERE|FROM|ORDER BY|GROUP BY|JOIN"
    r"|LIMIT|AS|ON|AND|OR|DESC|NOT NULL)\b"
)
WORDS = re.compile(r"[A-Z][a-z']*[,.:;]?\s+\S*[a-z]")


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def untranslated_in(source: str, module: str) -> list[tuple[str, str]]:
    """("module:line", text) for each readable literal in ``source`` that isn't translated."""
    tree = ast.parse(source)
    lines = source.splitlines()
    skip = _docstrings(tree)
    covered: set[int] = set()  # literals inside a translating call, a bug's exception or SQL
    shown: set[int] = set()  # literals handed straight to something that shows them
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node)
            inner = {id(n) for arg in [*node.args, *node.keywords] for n in ast.walk(arg)}
            if name in TRANSLATING or name in BUG_EXCEPTIONS:
                covered |= inner
            elif name in SHOWING:
                shown |= {id(arg) for arg in node.args}
        elif isinstance(node, ast.Assert):
            covered |= {id(n) for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if id(node) in skip or id(node) in covered or not re.search(r"[A-Za-z]", text):
            continue
        if SQL.search(text) or any(EXEMPT_MARK in lines[n - 1] for n in _lines_of(node)):
            continue
        if id(node) in shown or WORDS.search(text):
            found.append((f"{module}:{node.lineno}", text))
    return found


def _lines_of(node: ast.expr) -> range:
    return range(node.lineno, (node.end_lineno or node.lineno) + 1)


def untranslated(paths: list[Path] | None = None) -> list[tuple[str, str]]:
    found = []
    for path in paths or sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        if module in EXEMPT_MODULES:
            continue
        found += untranslated_in(path.read_text(encoding="utf-8"), module)
    return found


if __name__ == "__main__":  # python -m tests.translation_scan [files]: the list to work through
    import sys

    chosen = [Path(p).resolve() for p in sys.argv[1:]] or None
    for where, text in untranslated(chosen):
        print(f"{where}: {text[:90]!r}")
