"""Words the language note keeps out of everything the app says (shared/design/language.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import iop_companion

BANNED = (
    "streak",
    "days in a row",
    "reset",
    "start over",
    "starting over",
    "failed",
    "failure",
    "clean",
    "dirty",
    "you broke",
    "you missed",
    "missed days",
    "don't give up",
    "addict",
    "abuser",
    "relapse",
    "best run",
)
# Sentences that use a banned word to say the opposite, as the language note itself does.
ALLOWED = ("You're not starting over.",)
PACKAGE = Path(iop_companion.__file__).parent


def said_strings() -> list[tuple[str, str]]:
    """Every string literal in the app's modules that are not SQL or code plumbing."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parts[-2] in {"vault"} or path.name in {"schema.py"}:
            continue  # SQL and key handling: nothing there is shown to a person
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            said = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if said and id(node) not in docstrings:
                found.append((f"{path.relative_to(PACKAGE)}:{node.lineno}", node.value))
    return found


def test_the_app_never_says_a_banned_word() -> None:
    strings = said_strings()
    assert len(strings) > 200  # the scan really reads the app
    offending = [
        (where, text)
        for where, text in strings
        if any(word in text.lower() for word in BANNED)
        and not any(allowed in text for allowed in ALLOWED)
    ]
    assert offending == []


def test_the_errors_speak_plainly() -> None:
    from iop_companion import errors

    for error in vars(errors).values():
        if isinstance(error, type) and issubclass(error, errors.KnownError):
            sentence = error.message
            assert sentence.endswith("."), error
            assert "!" not in sentence and "error" not in sentence.lower(), error
