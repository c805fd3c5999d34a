"""What a person's words and days must be before the journal keeps them, checked once.

The journal, the notebook and the import all check text the same way: no NUL and no lone
surrogates (what a non-UTF-8 argument or a JSON ``"\\ud800"`` escape turns into), trimmed, not
empty where words are needed, not over a limit; names (categories, tags, the word for a hard
moment) also have their spaces collapsed. Days lie between 1900 and today. Each caller gives its
own sentences and, through ``fail``, its own kind of error (``InvalidEntry`` by default; the
import's refusal). No sentence ever quotes the text, and no check uses try/except, so no chained
exception carries the text along.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Literal

from iop_companion.core.model import EARLIEST_DAY
from iop_companion.errors import InvalidEntry
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate

checks = Context("checks")

MAX_TEXT_CHARS = 20_000  # an entry's text or note
MAX_NAME_CHARS = 60  # a category, a tag, the word for a hard moment
MAX_TEMPLATE_CHARS = 200  # a quick win

UNSAVEABLE = QT_TRANSLATE_NOOP(
    "checks", "Some characters in that text can't be saved. Try typing it again."
)
NOT_YET = QT_TRANSLATE_NOOP("checks", "That day hasn't come yet. Pick today or an earlier day.")
TOO_EARLY = QT_TRANSLATE_NOOP("checks", "That day is too far back. Pick a day from 1900 on.")

Fail = Callable[[str], Exception]
# A caller's sentence, already in the reader's language, or a function that says it: called
# only when the check fails, so a check that passes says nothing (and loads no language).
Sentence = str | Callable[[], str]


def said(sentence: Sentence) -> str:
    return sentence if isinstance(sentence, str) else sentence()


def saveable(text: str) -> bool:
    """No NUL and no lone surrogates."""
    if "\x00" in text:
        return False
    # ASCII text (most of it) has no surrogates, and CPython knows it is ASCII without a look.
    return text.isascii() or text.encode("utf-8", "replace").decode("utf-8") == text


def clean_text(
    text: str,
    *,
    limit: int,
    too_long: Sentence,
    empty: Sentence | None = None,
    unsaveable: Sentence | None = None,
    fail: Fail = InvalidEntry,
) -> str:
    """Trimmed text, or ``fail`` with the caller's sentence.

    ``empty`` is the sentence for blank text where words are needed (None: blank is fine);
    ``unsaveable`` by default ``UNSAVEABLE``.
    """
    if not saveable(text):
        raise fail(said(unsaveable) if unsaveable is not None else translate("checks", UNSAVEABLE))
    text = text.strip()
    if empty is not None and not text:
        raise fail(said(empty))
    if len(text) > limit:
        raise fail(said(too_long))
    return text


def clean_tags(tags: Iterable[str], clean: Callable[[str], str | None]) -> tuple[str, ...]:
    """Tags without their "#", each cleaned by ``clean``, once each whatever their case (the
    first spelling wins); blank ones are left out."""
    seen: dict[str, str] = {}
    for raw in tags:
        bare = raw.strip().lstrip("#")
        name = clean(bare) if bare else ""
        if name:
            seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def check_day(
    day: date,
    today: date,
    *,
    not_yet: Sentence | None = None,
    too_early: Sentence | None = None,
    fail: Fail = InvalidEntry,
) -> date:
    """``day``, if it lies from ``EARLIEST_DAY`` to ``today`` (else ``fail`` with the caller's
    sentence, by default ``NOT_YET`` or ``TOO_EARLY``)."""
    if day > today:
        raise fail(said(not_yet) if not_yet is not None else translate("checks", NOT_YET))
    if day < EARLIEST_DAY:
        raise fail(said(too_early) if too_early is not None else translate("checks", TOO_EARLY))
    return day


# -- the journal's own words ------------------------------------------------------------------


def entry_text(text: str, *, required: bool = False, limit: int = MAX_TEXT_CHARS) -> str:
    """An entry's text or note (or a quick win's, with its ``limit``)."""
    if not isinstance(text, str):
        raise TypeError("entry text must be str")
    return clean_text(
        text,
        limit=limit,
        empty=_write_a_few_words if required else None,
        too_long=lambda: checks.tr(
            "That's more than one entry can hold (%Ln character(s)). "
            "Try splitting it into a few entries.",
            None,
            limit,
        ),
    )


def _write_a_few_words() -> str:
    return translate("checks", "Write a few words about it. One is enough.")


Named = Literal["category", "tag", "word"]


def entry_name(name: str, what: Named) -> str:
    """A category's name, a tag or the word for a hard moment (``what`` names which)."""
    return clean_text(
        " ".join(entry_text(name).split()),
        limit=MAX_NAME_CHARS,
        empty=lambda: _unnamed(what),
        too_long=lambda: _name_too_long(what),
    )


def _unnamed(what: Named) -> str:
    if what == "category":
        return translate("checks", "Give the category a name.")
    if what == "tag":
        return translate("checks", "Give the tag a name.")
    return translate("checks", "Give the word a name.")


def _name_too_long(what: Named) -> str:
    if what == "category":
        return checks.tr("Keep the category under %Ln character(s).", None, MAX_NAME_CHARS)
    if what == "tag":
        return checks.tr("Keep the tag under %Ln character(s).", None, MAX_NAME_CHARS)
    return checks.tr("Keep the word under %Ln character(s).", None, MAX_NAME_CHARS)


def entry_tags(tags: Iterable[str]) -> tuple[str, ...]:
    return clean_tags(tags, lambda bare: entry_name(bare, "tag"))


def clean_moment_word(word: str) -> str:
    """The person's own word for a hard moment; blank means "hard moment"."""
    return entry_name(word if word.strip() else "hard moment", "word")


# -- the notebook's ---------------------------------------------------------------------------


def notebook_text(
    text: str, *, limit: int, too_long: Sentence, empty: Sentence | None = None
) -> str:
    """A notebook item's text, checked as ``clean_text`` says."""
    if not isinstance(text, str):
        raise TypeError("notebook text must be str")
    return clean_text(text, limit=limit, too_long=too_long, empty=empty)
