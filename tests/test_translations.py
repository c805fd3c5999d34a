"""The catalogues (issue 21): they hold every sentence the source says, each language says it
whole and keeps its values and counts, the Spanish follows the language note, and the app reads
dates, numbers and words through Qt in the language chosen."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from iop_companion import i18n
from iop_companion.i18n import english_forms, languages, translations_dir
from iop_companion.language import words_for
from tests.language_words import SPANISH, banned_in
from tests.translation_scan import PACKAGE

ROOT = PACKAGE.parent
VALUES = re.compile(r"\{[a-z_]*\}")
COUNT = re.compile(r"%L?n")
BARE_ENDING = re.compile(r"\((\w+)\)")
MNEMONIC = re.compile(r"(?<!&)&(?![&\s])(?!\w+;)")  # "&Save", not "&&" or "&amp;"


def messages(language: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of each message in one catalogue."""
    tree = ET.parse(translations_dir() / f"iop_companion_{language}.ts")  # noqa: S314 (ours)
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            texts = forms or [translation.text or ""]
            finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            found.append((name, message.findtext("source") or "", texts, finished))
    return found


def test_the_catalogues_hold_what_the_source_says() -> None:
    """`make translations` has run since the last change to a sentence (and the .qm are built)."""
    result = subprocess.run(
        [sys.executable, "packaging/translations.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_context_object_is_named_as_its_context() -> None:
    """``progress = Context("progress")``: lupdate files ``progress.tr(...)`` under the name."""
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id == "Context"
            ):
                target = node.targets[0]
                name = node.value.args[0]
                if not (
                    isinstance(target, ast.Name)
                    and isinstance(name, ast.Constant)
                    and target.id == name.value
                ):
                    wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert wrong == []


def test_every_context_is_a_name_in_the_source() -> None:
    """lupdate can misread a call and file it under a context no code says ("w.summary")."""
    contexts = {context for context, _, _, _ in messages("es")}
    assert [name for name in contexts if not name.isidentifier()] == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_translations_keep_their_values_and_counts(language: str) -> None:
    """A translation says every {value} its source says, and no other; a count (%n) is said
    in its plural form at least (a singular may say "one" in words)."""
    wrong = []
    for context, source, texts, finished in messages(language):
        fields = sorted(set(VALUES.findall(source)))
        for text in texts if finished else []:
            if sorted(set(VALUES.findall(text))) != fields:
                wrong.append((context, source, text))
        if finished and COUNT.search(source) and not COUNT.search(texts[-1]):
            wrong.append((context, source, texts[-1]))
        keys = len(MNEMONIC.findall(source))
        for text in texts if finished else []:
            if len(MNEMONIC.findall(text)) != keys:
                wrong.append((context, source, text))
    assert wrong == []


def test_every_spanish_sentence_is_translated() -> None:
    """A sentence left unfinished would be shown in English in the middle of Spanish."""
    unfinished = [
        (context, source) for context, source, _, finished in messages("es") if not finished
    ]
    assert unfinished == []


def test_english_plurals_are_written() -> None:
    unfinished = [source for _, source, _, finished in messages("en") if not finished]
    assert unfinished == []


def test_english_plural_endings_are_spelled_to_be_read() -> None:
    """ "(s)" or "(es)" is added to the word; anything else is a choice, "entr(y|ies)", so that
    "entry(ies)" can't come out as "entryies"."""
    added = {ending for _, source, _, _ in messages("en") for ending in BARE_ENDING.findall(source)}
    assert added <= {"s", "es"}
    assert english_forms("%n entr(y|ies)") == ("%n entry", "%n entries")


def test_the_spanish_never_says_a_banned_word() -> None:
    said = [(source, text) for _, source, texts, _ in messages("es") for text in texts]
    assert [(s, t, banned_in(t)) for s, t in said if banned_in(t)] == []
    assert banned_in(f"Un día {SPANISH[0]} no cuenta") == [SPANISH[0]]  # the check can fail


def test_the_app_offers_english_and_spanish() -> None:
    assert languages()[:1] == ["en"]
    assert "es" in languages()


def test_spanish_dates_and_numbers_come_from_the_locale() -> None:
    spanish = words_for("es")
    assert spanish.code == "es"
    assert spanish.day(date(2026, 12, 3)) == "jueves, 3 de diciembre de 2026"
    assert spanish.weekday(0) == "lunes"
    assert spanish.number(2.5, 1) == "2,5"
    assert words_for("en").day(date(2026, 12, 3), i18n.DayForm.MONTH_YEAR) == "December 2026"


def test_a_language_the_app_is_not_written_in_reads_english() -> None:
    german = words_for("de")
    assert german.code == "en"
    assert german.day(date(2026, 12, 3), i18n.DayForm.MONTH) == "December"


def test_speaking_another_language_changes_only_what_is_said_inside(qapp: object) -> None:
    said = []
    with i18n.speaking(words_for("es")):
        said.append(i18n.say_weekday(0))
    said.append(i18n.say_weekday(0))
    assert said == ["lunes", "Monday"]


def test_the_wheel_carries_the_catalogues() -> None:
    """Package data: the .qm files sit in resources/, which the wheel and the bundle hold."""
    built = sorted(p.name for p in translations_dir().glob("*.qm"))
    assert built == [f"iop_companion_{code}.qm" for code in sorted(languages())]
    assert translations_dir().is_relative_to(Path(PACKAGE) / "resources")


def test_the_command_line_reads_the_terminal_language() -> None:
    available = ["en", "es"]
    assert i18n.language_from_environment(available, {"LANG": "es_MX.UTF-8"}) == "es"
    assert i18n.language_from_environment(available, {"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.language_from_environment(available, {"LANGUAGE": "fr:es", "LANG": "fr_FR"}) == "es"
    assert i18n.language_from_environment(available, {"LANGUAGE": "es", "LANG": "C"}) == "en"
    assert (
        i18n.language_from_environment(available, {"LC_ALL": "es_US.UTF-8", "LANG": "en"}) == "es"
    )
    assert i18n.language_from_environment(available, {}) == "en"


def test_english_without_qt_says_what_the_english_catalogue_says() -> None:
    """The command line's English (no Qt loaded) and the app's English read the same."""
    plain, qt = i18n.SourceWords(), words_for("en")
    for context, source, _, _ in messages("en"):
        for n in (0, 1, 2, 21, 1000, 123456):
            assert plain.translate(context, source, None, n) == qt.translate(
                context, source, None, n
            )
    days = [date(2026, 1, 1) + timedelta(days=d) for d in range(0, 400, 7)]
    for day in days:
        for form in i18n.DayForm:
            assert plain.day(day, form) == qt.day(day, form)
    for weekday in range(7):
        assert plain.weekday(weekday) == qt.weekday(weekday)
    for at in (time(0, 5), time(9, 30), time(12, 0), time(23, 59)):
        assert plain.time(at) == qt.time(at)
    for value, decimals in ((0, 0), (999, 0), (1234567, 0), (2.5, 1), (1234.567, 2)):
        assert plain.number(value, decimals) == qt.number(value, decimals)


def _marked_and_imported() -> tuple[
    dict[tuple[str, str], str], dict[str, dict[str, tuple[str, str]]]
]:
    """Where each ``NAME = QT_TRANSLATE_NOOP(context, ...)`` is marked (module and name: its
    context), and each module's ``from x import y`` and ``Y = X`` (name: module and name)."""
    marked: dict[tuple[str, str], str] = {}
    imported: dict[str, dict[str, tuple[str, str]]] = {}
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported[module] = {
            alias.asname or alias.name: (node.module, alias.name)
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
            for alias in node.names
        }
        for node in tree.body:
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            if isinstance(node, ast.Assign) and isinstance(value, ast.Name):  # TITLE = OTHER
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        imported[module][target.id] = imported[module].get(
                            value.id, (module, value.id)
                        )
            named = (
                node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            )
            if (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id == "QT_TRANSLATE_NOOP"
                and isinstance(value.args[0], ast.Constant)
            ):
                for name in named:
                    if isinstance(name, ast.Name):
                        marked[(module, name.id)] = str(value.args[0].value)
    return marked, imported


def test_a_marked_sentence_is_said_under_the_context_it_was_marked_in() -> None:
    """``translate("coping_model", CHECK_IN_TITLE)`` for a title marked under "vocabulary" finds
    no translation, and the title stays English in the middle of Spanish."""
    marked, imported = _marked_and_imported()

    def origin(module: str, name: str) -> tuple[str, str] | None:
        key: tuple[str, str] | None = (module, name)
        while key is not None and key not in marked:  # through re-exports
            key = imported.get(key[0], {}).get(key[1])
        return key

    wrong = []
    for module, names in imported.items():
        path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
        modules = {alias: f"{source}.{name}" for alias, (source, name) in names.items()}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[0], ast.Constant)
            ):
                continue
            said = node.args[1]
            key = None
            if isinstance(said, ast.Name):
                key = origin(module, said.id)
            elif isinstance(said, ast.Attribute) and isinstance(said.value, ast.Name):
                key = origin(modules.get(said.value.id, said.value.id), said.attr)
            if key is not None and marked[key] != node.args[0].value:
                wrong.append(f"{module}:{node.lineno} says {key[1]} under {node.args[0].value!s}")
    assert len(marked) > 200  # the scan reads the marks
    assert wrong == []
