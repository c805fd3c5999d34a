"""Sentences the app says about progress, shared by the desktop app, the CLI and exports."""

from __future__ import annotations

from datetime import date

from iop_companion.core.model import Entry, Kind
from iop_companion.core.progress import Summary

OTHER_WIN = "Other win"  # the one name for a win without a category, everywhere


def plural(count: int, one: str, many: str | None = None) -> str:
    """E.g. "1 win", "3,639 wins" (thousands grouped, as people read them)."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def times_words(count: int) -> str:
    """once, twice, 3 times"""
    return {1: "once", 2: "twice"}.get(count, f"{count:,} times")


def progress_sentence(summary: Summary) -> str:
    """E.g. "You've logged 42 wins since March. 7 this week. You came back 3 times."

    Only things that grow are counted; nothing here can go down because of a hard moment.
    """
    if not summary.total_wins:
        return "Your first small win will show up here. Every one counts."
    since = ""
    if summary.first_day is not None:
        since = f" since {summary.first_day.strftime('%B %Y')}"
    parts = [f"You've logged {plural(summary.total_wins, 'win')}{since}."]
    if summary.wins_this_week:
        parts.append(f"{summary.wins_this_week} this week.")
    if summary.comebacks:
        parts.append(f"You came back {plural(summary.comebacks, 'time')}.")
    return " ".join(parts)


def found_words(entries: int, *, more: bool, notes: int) -> str:
    """What a search or filter found, in one sentence ("3 entries match. 1 in your notebook
    too."); ``more``: there may be more than the ``entries`` read so far."""
    if more:
        sentence = f"{plural(entries, 'entry', 'entries')} or more match."
    elif entries:
        sentence = (
            f"{plural(entries, 'entry', 'entries')} {'matches' if entries == 1 else 'match'}."
        )
    else:
        sentence = "No entries match."
    if notes:
        sentence += f" {notes} in your notebook{' too' if entries else ''}."
    return sentence


def first_upper(word: str) -> str:
    """The person's own word with only its first letter raised ("NA meeting" stays so)."""
    return word[:1].upper() + word[1:]


def entry_label(entry: Entry) -> str:
    """What an entry is, in a few words: its category (``OTHER_WIN`` without one), or the
    person's word for a hard moment."""
    if entry.kind is Kind.HARD_MOMENT:
        return first_upper(entry.moment_word or "hard moment")
    return entry.category or OTHER_WIN


# Day formats without the platform-specific "%-d" (it fails on Windows).
def date_words(day: date) -> str:
    """November 27, 2026"""
    return f"{day:%B} {day.day}, {day.year}"


def weekday_words(day: date, *, year: bool = True) -> str:
    """Friday, November 27, 2026 (or without the year)"""
    return f"{day:%A, %B} {day.day}" + (f", {day.year}" if year else "")


def short_day(day: date) -> str:
    """Nov 27"""
    return f"{day:%b} {day.day}"


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
