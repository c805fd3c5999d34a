"""Sentences the app says about progress, shared by the desktop app, the CLI and exports."""

from __future__ import annotations

from datetime import date

from iop_companion.core.model import Entry, Kind
from iop_companion.core.progress import Summary
from iop_companion.i18n import (
    QT_TRANSLATE_NOOP,
    Context,
    DayForm,
    say_day,
    say_weekday,
    translate,
)

words = Context("words")

# The one name for a win without a category, everywhere: said with translate("words", OTHER_WIN).
OTHER_WIN = QT_TRANSLATE_NOOP("words", "Other win")
HARD_MOMENT = QT_TRANSLATE_NOOP("words", "hard moment")  # a hard moment without the person's word


def plural(count: int, one: str, many: str | None = None) -> str:
    """E.g. "1 win", "3,639 wins" (thousands grouped, as people read them). English only:
    a sentence with a count says it with ``Context.tr("%Ln win(s)", None, count)``."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def times_words(count: int) -> str:
    """once, twice, 3 times (in the reader's language)"""
    if count == 1:
        return translate("words", "once")
    if count == 2:
        return translate("words", "twice")
    return words.tr("%Ln time(s)", None, count)


def progress_sentence(summary: Summary) -> str:
    """E.g. "You've logged 42 wins since March. 7 this week. You came back 3 times."

    Only things that grow are counted; nothing here can go down because of a hard moment.
    """
    if not summary.total_wins:
        return translate("words", "Your first small win will show up here. Every one counts.")
    if summary.first_day is None:
        parts = [words.tr("You've logged %Ln win(s).", None, summary.total_wins)]
    else:
        parts = [
            words.tr("You've logged %Ln win(s) since {month}.", None, summary.total_wins).format(
                month=say_day(summary.first_day, DayForm.MONTH_YEAR)
            )
        ]
    if summary.wins_this_week:
        parts.append(words.tr("%Ln this week.", None, summary.wins_this_week))
    if summary.comebacks:
        parts.append(words.tr("You came back %Ln time(s).", None, summary.comebacks))
    return " ".join(parts)


def found_words(entries: int, *, more: bool, notes: int) -> str:
    """What a search or filter found, in one sentence ("3 entries match. 1 in your notebook
    too."); ``more``: there may be more than the ``entries`` read so far."""
    if more:
        sentence = words.tr("%Ln entr(y|ies) or more match.", None, entries)
    elif entries:
        sentence = words.tr("%Ln entr(y|ies) match(es|).", None, entries)
    else:
        sentence = translate("words", "No entries match.")
    if notes and entries:
        sentence += " " + words.tr("%Ln in your notebook too.", None, notes)
    elif notes:
        sentence += " " + words.tr("%Ln in your notebook.", None, notes)
    return sentence


def first_upper(word: str) -> str:
    """The person's own word with only its first letter raised ("NA meeting" stays so)."""
    return word[:1].upper() + word[1:]


def entry_label(entry: Entry) -> str:
    """What an entry is, in a few words: its category (``OTHER_WIN`` without one), or the
    person's word for a hard moment."""
    if entry.kind is Kind.HARD_MOMENT:
        return first_upper(entry.moment_word or translate("words", HARD_MOMENT))
    return entry.category or translate("words", OTHER_WIN)


# Days in the reader's language, from the locale (i18n.say_day), never from strftime's names.
def date_words(day: date) -> str:
    """November 27, 2026"""
    return translate("words", "{month_day}, {year}").format(
        month_day=say_day(day, DayForm.MONTH_DAY), year=day.year
    )


def weekday_words(day: date, *, year: bool = True) -> str:
    """Friday, November 27, 2026 (or without the year)"""
    if year:
        return say_day(day, DayForm.LONG)
    return translate("words", "{weekday}, {month_day}").format(
        weekday=say_weekday(day.weekday()), month_day=say_day(day, DayForm.MONTH_DAY)
    )


def cut_at_word(text: str, width: int) -> str:
    """``text`` if it fits ``width`` characters; else cut at the last space that fits (or
    mid-word, for one long word), then "…"."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut.strip():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "\u2026"


def first_sentence(sentence: str) -> str:
    """A KnownError's first sentence: what happened (what to do comes after it, at a prompt or
    in a dialog)."""
    head, dot, rest = sentence.partition(". ")
    return f"{head}." if dot and rest else sentence
