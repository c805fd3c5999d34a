"""The one way the app's words reach a person in their language. Qt-free.

Every sentence a person can read is written in English in the source and passes through
``translate(context, source)`` (or ``Words.translate`` where the language is chosen per use, as
for the therapist summary). ``pyside6-lupdate`` finds those calls in the source and writes them to
the catalogues in ``iop_companion/translations/`` (``make translations``); the desktop and the
command line install a ``Words`` backed by Qt's ``QTranslator`` and ``QLocale``
(``iop_companion/language.py``), so core/, vault/ and export/ stay free of Qt.

Rules the catalogue test keeps:

- Counted words go through a module's ``Context``, named as its context, with ``%n`` (or ``%Ln``
  for grouped digits) and the count third: ``progress = Context("progress")`` then
  ``progress.tr("%Ln win(s)", None, count)``. (lupdate reads a count only in ``x.tr(...)``, and
  takes the context from the name before ``.tr``.) English plural forms come from the English
  catalogue, which ``make translations`` fills from the source's ``(s)`` or ``(y|ies)``.
- Values go in through named fields after translating, ``translate(...).format(name=...)``, never by
  gluing fragments: a translator can move them.
- A sentence kept in a constant is marked with ``QT_TRANSLATE_NOOP(context, source)`` (which returns
  it as it is) and translated where it is said, with the same context.
- The person's own words (entries, categories, tags, phrases they wrote) are never translated.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, time
from enum import Enum
from pathlib import Path
from typing import Protocol

from iop_companion.assets import resources_root

SOURCE_LANGUAGE = "en"
CATALOGUE = "iop_companion"  # resources/translations/iop_companion_<language>.qm


class DayForm(Enum):
    """How a day is written in a sentence, in the reader's language."""

    LONG = "long"  # Thursday, December 3, 2026
    SHORT = "short"  # 12/3/26
    MONTH_DAY = "month_day"  # December 3
    MONTH_YEAR = "month_year"  # December 2026
    MONTH = "month"  # December
    SHORT_MONTH = "short_month"  # Dec (a chart's axis)
    SHORT_MONTH_DAY = "short_month_day"  # Dec 3 (a chart's axis, a table's row)
    SHORT_WEEKDAY_DAY = "short_weekday_day"  # Thu, Dec 3
    SHORT_WEEKDAY_DAY_YEAR = "short_weekday_day_year"  # Thu, Dec 3, 2026


class Words(Protocol):
    """One language's words, numbers and dates."""

    @property
    def code(self) -> str:
        """The catalogue the words come from: ``en``, ``es``."""
        ...

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...

    def day(self, day: date, form: DayForm = DayForm.LONG) -> str: ...

    def time(self, at: time) -> str: ...

    def weekday(self, number: int) -> str:
        """Monday is 0, as in ``date.weekday()``."""
        ...

    def number(self, value: float, decimals: int = 0) -> str: ...


def translations_dir() -> Path:
    return resources_root() / "translations"


def languages() -> list[str]:
    """The languages the app can be read in, as catalogue names (``en``, ``es``), English first."""
    found = sorted(p.stem.removeprefix(f"{CATALOGUE}_") for p in translations_dir().glob("*.qm"))
    return [SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE)]


def language_from_environment(
    available: Iterable[str], environ: dict[str, str] | None = None
) -> str:
    """The terminal's language among ``available``, as gettext reads it: ``LANGUAGE`` (a list,
    unless the locale is "C"), then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; English if none."""
    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    wanted = [] if locale in {"", "C", "POSIX"} else env.get("LANGUAGE", "").split(":")
    choices = set(available)
    for name in [*wanted, locale]:
        tag = name.split(".")[0].split("@")[0]
        for code in (tag, tag.split("_")[0]):
            if code in choices:
                return code
    return SOURCE_LANGUAGE


# English plurals are written in the source as "%n win(s)", "%n entr(y|ies)", or whole phrases
# "(the entry was|all %Ln entries were)": the two forms.
ENGLISH_FORMS = re.compile(r"\(([^()|]*)\|([^()|]*)\)|\((\w+)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of an English source: "(s)" is dropped or kept, "(y|ies)" picks."""

    def form(plural: bool) -> str:
        def pick(match: re.Match[str]) -> str:
            if match.group(3) is not None:
                return match.group(3) if plural else ""
            return match.group(2) if plural else match.group(1)

        return ENGLISH_FORMS.sub(pick, source)

    return form(False), form(True)


class SourceWords:
    """English read straight from the source, without Qt: what the command line says in an
    English terminal, so a command pays nothing to load a catalogue. A test holds it to what
    the English catalogue and ``QLocale("en_US")`` say."""

    code = SOURCE_LANGUAGE

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation
        if n < 0:
            return source
        said = english_forms(source)[n != 1]
        return said.replace("%Ln", f"{n:,}").replace("%n", str(n))

    def day(self, day: date, form: DayForm = DayForm.LONG) -> str:
        month = f"{day:%B}"
        if form is DayForm.LONG:
            return f"{day:%A}, {month} {day.day}, {day.year}"
        if form is DayForm.SHORT:
            return f"{day.month}/{day.day}/{day:%y}"
        if form is DayForm.MONTH_DAY:
            return f"{month} {day.day}"
        if form is DayForm.MONTH_YEAR:
            return f"{month} {day.year}"
        if form is DayForm.SHORT_MONTH:
            return f"{day:%b}"
        if form is DayForm.SHORT_MONTH_DAY:
            return f"{day:%b} {day.day}"
        if form is DayForm.SHORT_WEEKDAY_DAY:
            return f"{day:%a}, {day:%b} {day.day}"
        if form is DayForm.SHORT_WEEKDAY_DAY_YEAR:
            return f"{day:%a}, {day:%b} {day.day}, {day.year}"
        return month

    def time(self, at: time) -> str:
        return f"{at.hour % 12 or 12}:{at.minute:02d}\u202f{'AM' if at.hour < 12 else 'PM'}"

    def weekday(self, number: int) -> str:
        return f"{date(2024, 1, 1 + number):%A}"  # 2024-01-01 was a Monday

    def number(self, value: float, decimals: int = 0) -> str:
        return f"{round(value):,}" if decimals == 0 else f"{value:,.{decimals}f}"


# Until a language is chosen (a script, a child process, the bench), words are the source's
# English: the desktop and the command line choose one before they say anything.
_words: Words | None = None
_load: Callable[[], Words] = SourceWords
_speaking: ContextVar[Words | None] = ContextVar("speaking", default=None)


def use(words: Words) -> None:
    """Say everything from now on in ``words`` (the desktop at start-up and on a change of
    language, the command line once it knows the language)."""
    global _words
    _words = words


def use_when_needed(load: Callable[[], Words]) -> None:
    """Load the words on the first sentence said, so a command that says nothing pays nothing."""
    global _words, _load
    _words, _load = None, load


@contextmanager
def speaking(words: Words) -> Iterator[Words]:
    """Say what this thread says in ``words`` for a while (a summary for a therapist who reads
    another language); the app's own language is unchanged, on every other thread too."""
    token = _speaking.set(words)
    try:
        yield words
    finally:
        _speaking.reset(token)


def current() -> Words:
    """The words everything is said in now."""
    global _words
    chosen = _speaking.get()
    if chosen is not None:
        return chosen
    if _words is None:
        _words = _load()
    return _words


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language in use (``%n`` replaced by ``n`` where given)."""
    return current().translate(context, source, disambiguation, n)


class Context:
    """A module's words under one context, for counted words: ``progress = Context("progress")``,
    then ``progress.tr("%Ln win(s)", None, count)``. The name it is kept under must be its
    context (lupdate reads the context from the name; a test checks they agree). Given
    ``words``, it says them in those (a summary in the language chosen for it)."""

    def __init__(self, name: str, words: Words | None = None) -> None:
        self.name = name
        self.words = words  # None: the words in use (``current()``) when it is said

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return (self.words or current()).translate(self.name, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue where it is kept; translate it where it is said."""
    del context
    return source


def say_day(day: date, form: DayForm = DayForm.LONG) -> str:
    return current().day(day, form)


def say_time(at: time) -> str:
    return current().time(at)


def say_weekday(number: int) -> str:
    return current().weekday(number)


def say_number(value: float, decimals: int = 0) -> str:
    return current().number(value, decimals)
