"""Words the language note keeps out of everything the app says (shared/design/language.md): every
string in every module of the package, the vault's included (the unlock screen shows its hints),
checked against the one list in tests/language_words.py."""

from __future__ import annotations

import ast
from pathlib import Path

import iop_companion
from tests.language_words import banned_in

PACKAGE = Path(iop_companion.__file__).parent
# Where a person's words come from; each must give the scan strings to read.
SOURCES = ("vault/", "core/", "export/", "charts/", "ui/", "errors.py", "cli.py", "__main__.py")


def said_in(source: str, module: str) -> list[tuple[str, str]]:
    """Every string literal in one module's source but its docstrings, as ("module:line", text)."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (f"{module}:{node.lineno}", node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def said_strings() -> list[tuple[str, str]]:
    """The strings of every module in the package, none skipped."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        found += said_in(path.read_text(encoding="utf-8"), module)
    return found


def offending(strings: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    return [(where, text, banned_in(text)) for where, text in strings if banned_in(text)]


def test_the_app_never_says_a_banned_word() -> None:
    strings = said_strings()
    assert len(strings) > 200  # the scan really reads the app
    assert offending(strings) == []


def test_the_scan_reads_every_place_words_come_from() -> None:
    read = {where for where, _ in said_strings()}
    assert [place for place in SOURCES if not any(w.startswith(place) for w in read)] == []


def test_the_scan_reads_the_coping_tools_words() -> None:
    """What the coping tools say (issue 18) is read like the rest: the BARC-10's statements and
    answers, the tools' titles and prompts, their refusals."""
    from iop_companion.core import barc10, check_in_nudge, coping_model

    said = {text for _, text in said_strings()}
    tools = [
        *barc10.STATEMENTS,
        *barc10.ANSWER_LABELS,
        check_in_nudge.NUDGE_TEXT,
        coping_model.CHECK_IN_INTRO,
        coping_model.HALT_PROMPT,
        coping_model.PICKING_UP_INTRO,
        coping_model.UNLOCK_SCREEN_WARNING,
        *coping_model.FEELING_WORDS,
        *coping_model.PLAN_TITLES.values(),
        *coping_model.PICKING_UP_PROMPTS.values(),
    ]
    assert [text for text in tools if text not in said] == []
    places = {where.split(":")[0] for where, _ in said_strings()}
    for module in (
        "core/notebook_check_ins.py",
        "core/notebook_how_i_am.py",
        "core/notebook_picking_up.py",
        "core/notebook_hard_times.py",
        "export/import_coping.py",
    ):
        assert module in places
    assert offending([(w, t) for w, t in said_strings() if w.split(":")[0] in places]) == []


def test_a_banned_word_in_a_vault_string_is_caught() -> None:
    """Planted in the real text of each vault module, as a hint for the unlock screen would be."""
    hint = (
        "\nHINT = (\n"
        '    "That passphrase didn\'t open the journal. "\n'
        '    "Your streak was reset."\n'
        ")\n"
    )
    modules = sorted((PACKAGE / "vault").glob("*.py"))
    assert modules
    for path in modules:
        module = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        assert offending(said_in(source, module)) == []
        line = len(source.splitlines()) + 3
        assert offending(said_in(source + hint, module)) == [
            (
                f"{module}:{line}",
                "That passphrase didn't open the journal. Your streak was reset.",
                ["streak", "reset"],
            )
        ]


def test_an_allowed_sentence_doesnt_hide_a_banned_word_beside_it() -> None:
    assert banned_in("You're not starting over. You're picking up from here.") == []
    assert banned_in("You're not starting over. Your streak is safe.") == ["streak"]


def test_the_errors_speak_plainly() -> None:
    from iop_companion import errors

    for error in vars(errors).values():
        if isinstance(error, type) and issubclass(error, errors.KnownError):
            sentence = error.message
            assert sentence.endswith("."), error
            assert "!" not in sentence and "error" not in sentence.lower(), error
