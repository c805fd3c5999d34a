"""Every word on the summary's pages, as plain data for the template. Qt-free.

``summary_data`` turns a ``TherapistSummary`` into a dict of strings, lists and tables that
``summary.typ`` only lays out: the template holds no words of its own, and what the person wrote
reaches it as data (JSON in ``sys.inputs``), never as markup, so nothing they write can change the
document or run anything. A part the person left out is None and the template leaves no trace of
it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from iop_companion.core import barc10
from iop_companion.core.chart_text import running_sentence
from iop_companion.core.coping_model import HALT_TITLES, CapitalCheckIn, PickingUp, answer_words
from iop_companion.core.model import Entry, Kind
from iop_companion.core.words import (
    cut_at_word,
    date_words,
    entry_label,
    plural,
    short_day,
    times_words,
    weekday_words,
)
from iop_companion.export.summary import (
    Detail,
    Folded,
    SinceLastSession,
    TherapistSummary,
    Week,
    fold,
)

TITLE = "Summary"  # the document's title in its metadata: neutral, like the file name
HEADING = "What I've been doing"
PAGE_OF = "of"  # "2 of 3"
LANGUAGE = "en"
NOTHING_WRITTEN = "—"  # a table cell the person left empty
# The week-by-week view keeps the most repeated lines of each week; the fewer weeks, the more
# lines: about this many in all, so a year fits in a few pages. Never fewer than 3 a week.
WEEK_LINES_IN_ALL = 90
MIN_WEEK_LINES = 3
MAX_WEEK_LINES = 10
LINE_CHARS = 200  # more than a line of the week-by-week view holds: the template cuts to fit
HARD_MOMENTS_LISTED = 8  # the latest ones; the count and what helped most cover the rest
MAX_HELPED_CHARS = 60  # "what helped most often": a few words each
CHECK_INS_LISTED = 4  # page 1 lists the latest check-ins' totals; the answers follow page 1
ANSWER_COLUMNS = 4  # check-ins side by side in a table of answers
HOW_I_AM_WORDS_LISTED = 12  # the words chosen most often; the rest are counted
MAX_FEELING_CHARS = 30
MAX_NOTES_CHARS = 50  # each part of a hard moment's notes, on page 1

Data = dict[str, Any]
LONG_RUN = re.compile(r"\S{30}")  # letters without a space, more than a line's column holds
BREAK_HERE = "\u200b"  # zero width: a place a line may break, unseen and unsaid


ISOLATE, END_ISOLATE = "\u2068", "\u2069"  # first strong isolate … pop directional isolate


def own(words: str) -> str:
    """The person's words set apart for the bidirectional algorithm: right-to-left text, or a
    stray direction mark in it, keeps to itself and never reorders the app's words around it
    ("3 ×", a count, a label). Unseen, and unsaid by screen readers."""
    return f"{ISOLATE}{words}{END_ISOLATE}" if words else ""


def breakable(value: Any) -> Any:
    """``value`` with a place to break in every run of 30 letters without a space (a pasted
    link, a held-down key), so nothing runs off the page; the words themselves stay."""
    if isinstance(value, str):
        return LONG_RUN.sub(lambda run: run.group() + BREAK_HERE, value)
    if isinstance(value, list):
        return [breakable(item) for item in value]
    if isinstance(value, dict):
        return {key: breakable(item) for key, item in value.items()}
    return value


def folded_words(line: Folded, width: int = MAX_HELPED_CHARS) -> str:
    """E.g. "Went to group ×4", or the words alone when logged once; cut to ``width``."""
    text = line.text if len(line.text) <= width else line.text[: width - 1].rstrip() + "…"
    return own(text) if line.times == 1 else f"{own(text.rstrip('.'))} {times_mark(line)}"


def times_mark(line: Folded) -> str:
    """ "×4" for words logged 4 times; "" for words logged once."""
    return "" if line.times == 1 else f"×{line.times:,}"


def since_last_session_words(since: SinceLastSession) -> str:
    """E.g. "Since my last session on Friday, November 20: I logged 6 wins, had 1 hard moment
    and showed up twice." Only what the summary shares is counted."""
    said = []
    if since.wins:
        said.append(f"I logged {plural(since.wins, 'win')}")
    if since.hard_moments:
        said.append(f"had {plural(since.hard_moments, 'hard moment')}")
    shown_up = sum(n for _, n in since.showing_up or ())
    if shown_up:
        said.append(f"showed up {times_words(shown_up)}")
    start = f"Since my last session on {weekday_words(since.day)}"
    if not said:
        return f"{start}, nothing is logged yet."
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return f"{start}: {listed}."


def week_span(week: Week, years: bool = False) -> str:
    """November 2 to 8; October 27 to November 2; December 28, 2026 to January 3, 2027; with
    the year ("November 2 to 8, 2026") when the summary spans more than one."""
    start, end = week.since, week.until
    if start == end:
        return date_words(start) if years else f"{start:%B} {start.day}"
    if years and start.year == end.year:
        return f"{week_span(week)}, {end.year}"
    if start.year != end.year:
        return f"{date_words(start)} to {date_words(end)}"
    if start.month == end.month:
        return f"{start:%B} {start.day} to {end.day}"
    return f"{start:%B} {start.day} to {end:%B} {end.day}"


def week_totals(week: Week) -> str:
    """E.g. "5 wins, 1 hard moment" """
    counts = [plural(week.wins, "win")] if week.wins else []
    if week.hard_moments:
        counts.append(plural(week.hard_moments, "hard moment"))
    return ", ".join(counts)


def week_kinds(week: Week) -> str:
    """E.g. "Showing up 3 · Other win 2": each kind, then its count"""
    return " · ".join(f"{own(name)} {n:,}" for name, n in week.wins_by_category)


def week_lines(week: Week, keep: int) -> list[Data]:
    """The week's folded lines, the ``keep`` most repeated: their words and how often. The
    template puts each on one line, cut to fit (every entry is whole in the full log)."""
    return [
        {"words": line.text[:LINE_CHARS].rstrip("."), "times": times_mark(line)}
        for line in week.lines[:keep]
    ]


def week_more(week: Week, keep: int) -> str:
    """How many more lines the week had than it shows: "and 4 more", or ""."""
    more = len(week.lines) - keep
    return f"and {more:,} more" if more > 0 else ""


def lines_per_week(weeks: int) -> int:
    return max(MIN_WEEK_LINES, min(MAX_WEEK_LINES, WEEK_LINES_IN_ALL // max(weeks, 1)))


def _short_day(day: date, year: bool) -> str:
    """Wed, Sep 2 (with the year when the summary spans more than one)"""
    return f"{day:%a}, {short_day(day)}" + (f", {day.year}" if year else "")


def _entry(entry: Entry) -> Data:
    extra = own(entry.note)
    if entry.kind is Kind.HARD_MOMENT and entry.note:
        extra = f"What helped: {extra}"
    return {"label": own(entry_label(entry)), "text": own(entry.text), "extra": extra}


def _full_log(entries: tuple[Entry, ...]) -> list[Data]:
    days: list[Data] = []
    current: date | None = None
    for entry in entries:
        if entry.day != current:
            current = entry.day
            days.append({"day": weekday_words(entry.day), "entries": []})
        days[-1]["entries"].append(_entry(entry))
    return days


def _detail(summary: TherapistSummary) -> Data | None:
    detail = summary.choices.detail
    if detail is Detail.CONDENSED and summary.weeks:
        keep = lines_per_week(len(summary.weeks))
        years = summary.choices.since.year != summary.choices.until.year
        return {
            "kind": "weeks",
            "heading": "Week by week",
            "columns": ["Week", "What I logged, in my words"],
            "rows": [
                {
                    "week": week_span(week, years),
                    "totals": week_totals(week),
                    "kinds": week_kinds(week),
                    "lines": week_lines(week, keep),
                    "more": week_more(week, keep),
                }
                for week in summary.weeks
            ],
        }
    if detail is Detail.FULL and summary.entries:
        return {
            "kind": "days",
            "heading": "Everything I logged",
            "days": _full_log(summary.entries),
        }
    return None


def _hard_moments(summary: TherapistSummary) -> Data | None:
    """How many, what helped most often when there are many, and the latest few listed."""
    if not summary.choices.include_hard_moments:
        return None
    moments = summary.hard_moments
    years = summary.choices.since.year != summary.choices.until.year
    if not moments:
        return {"heading": "Hard moments", "text": "No hard moments logged in this period."}
    text = f"I logged {plural(len(moments), 'hard moment')} in this period."
    noted = sum(e.id in _notes_of(summary) for e in moments)
    if noted:
        text = text.removesuffix(".") + f", {noted:,} with notes on picking up from here."
    listed = moments[-HARD_MOMENTS_LISTED:]
    if len(listed) < len(moments):
        helped = [folded_words(line) for line in fold(e.note for e in moments if e.note)[:3]]
        if helped:
            text += f" What helped most often: {'; '.join(helped)}."
        text += f" The latest {len(listed)}:"
    notes = _notes_of(summary)
    return {
        "heading": "Hard moments",
        "text": text,
        "columns": ["Day", "My word", "What helped"],
        "notes_label": NOTES_LABEL,
        "rows": [
            [_short_day(e.day, years), own(entry_label(e)), own(e.note.strip()) or NOTHING_WRITTEN]
            for e in listed
        ],
        # beside each row: its notes from picking up from here, or ""
        "notes": [picking_up_words(notes[e.id]) if e.id in notes else "" for e in listed],
    }


def _bring_up(summary: TherapistSummary) -> Data | None:
    if not summary.bring_up:
        return None
    items = []
    for item in summary.bring_up:
        said = item.brought_up_on
        when = "" if said is None else f"Brought up on {date_words(said)}"
        items.append({"text": own(item.text), "when": when})
    return {"heading": "Things I want to bring up", "items": items}


BARC10_NAMED = f"{barc10.NAME}, from {barc10.SHORT_SOURCE}"


def check_in_total(check_in: CapitalCheckIn) -> str:
    """ "41", or "7 of 10 answered" while a statement is skipped (no total then: a part total
    would read as a low one)."""
    if check_in.total is not None:
        return f"{check_in.total}"
    return f"{check_in.answered} of {len(barc10.STATEMENTS)} answered"


def _check_ins(summary: TherapistSummary) -> Data | None:
    """Each check-in's total, the latest few: the numbers as they are, nothing said about them."""
    if not summary.choices.include_check_ins:
        return None
    check_ins = summary.check_ins
    part: Data = {"heading": "What I have going for me"}
    if not check_ins:
        part["text"] = "No recovery capital check-ins in this period."
        return part
    years = summary.choices.since.year != summary.choices.until.year
    listed = check_ins[-CHECK_INS_LISTED:]
    text = (
        f"{plural(len(check_ins), 'check-in')} with the {BARC10_NAMED}. "
        f"The total runs from {barc10.LOWEST_TOTAL} to {barc10.HIGHEST_TOTAL}"
    )
    text += f"; the latest {len(listed)}:" if len(listed) < len(check_ins) else ":"
    part["text"] = text
    part["columns"] = ["Day", "Total"]
    part["rows"] = [[_short_day(c.day, years), check_in_total(c)] for c in listed]
    return part


def _check_in_answers(summary: TherapistSummary) -> Data | None:
    """Every statement word for word and each check-in's answer, a few check-ins a table."""
    if not (summary.choices.include_check_in_answers and summary.check_ins):
        return None
    years = summary.choices.since.year != summary.choices.until.year
    tables = []
    check_ins = summary.check_ins
    for start in range(0, len(check_ins), ANSWER_COLUMNS):
        some = check_ins[start : start + ANSWER_COLUMNS]
        rows = [
            [statement] + [answer_words(c.answers[n]) for c in some]
            for n, statement in enumerate(barc10.STATEMENTS)
        ]
        rows.append(["Total"] + [check_in_total(c) for c in some])
        tables.append(
            {"columns": ["Statement", *(_short_day(c.day, years) for c in some)], "rows": rows}
        )
    return {
        "heading": "What I have going for me, each answer",
        "text": f"The {BARC10_NAMED}: each statement as it is asked, and my answer.",
        "tables": tables,
    }


def _how_i_am(summary: TherapistSummary) -> Data | None:
    """Which words, how often; and the HALT ticks. The words are the person's: set apart."""
    how = summary.how_i_am
    if not summary.choices.include_how_i_am or how is None:
        return None
    part: Data = {"heading": "How I am, in words"}
    if not how.times:
        part["text"] = "Nothing noted in this period."
        return part
    text = f"I noted how I am {times_words(how.times)}."
    if how.words:
        shown = [folded_words(w, MAX_FEELING_CHARS) for w in how.words[:HOW_I_AM_WORDS_LISTED]]
        more = len(how.words) - len(shown)
        text += f" The words I chose: {', '.join(shown)}"
        text += f" and {plural(more, 'other')}." if more > 0 else "."
    if how.halt:
        ticks = ", ".join(
            HALT_TITLES[tick] if n == 1 else f"{HALT_TITLES[tick]} ×{n:,}" for tick, n in how.halt
        )
        text += f" HALT: {ticks}."
    part["text"] = text
    return part


PICKING_UP_PARTS = (
    ("going_on", "Going on"),
    ("halt", "I felt"),
    ("did", "I did"),
    ("helped", "Helped or might help"),
)
NOTES_LABEL = "Picking up from here:"


def picking_up_words(notes: PickingUp) -> str:
    """A hard moment's notes in a line or two: "Going on: … · I felt: Angry, Tired · …", each
    part cut to a few words (the person's words set apart)."""
    said = []
    for key, label in PICKING_UP_PARTS:
        if key == "halt":
            words = ", ".join(HALT_TITLES[tick] for tick in notes.halt)
        else:
            text = " ".join(str(getattr(notes, key)).split())
            words = own(cut_at_word(text, MAX_NOTES_CHARS))
        if words:
            said.append(f"{label}: {words}")
    return " · ".join(said)


def _notes_of(summary: TherapistSummary) -> dict[int, PickingUp]:
    """The notes after the hard moments shown, by hard moment: none unless ticked."""
    choices = summary.choices
    if not (choices.include_hard_moments and choices.include_picking_up):
        return {}
    return {moment.id: notes for moment, notes in summary.picking_up}


def chart_alt(summary: TherapistSummary) -> str:
    """The chart's text alternative: what it shows, with its numbers, in the person's voice."""
    return running_sentence(
        summary.view,
        show_hard_moments=summary.choices.include_hard_moments,
        first_person=True,
    )


def summary_data(summary: TherapistSummary) -> Data:
    choices = summary.choices
    headline = summary.headline
    if summary.comebacks:
        headline += f" I came back {times_words(summary.comebacks)}."
    since = summary.since_last_session
    message = choices.message.strip()
    data: Data = {
        "lang": LANGUAGE,
        "title": TITLE,
        "page_of": PAGE_OF,
        "heading": HEADING,
        "period": summary.range_text,
        "name": own(" ".join(choices.name.split())),
        "since_last": since_last_session_words(since) if since else "",
        "message": {"heading": "A note from me", "text": own(message)} if message else None,
        "headline": headline,
        "wins": None,
        "bring_up": _bring_up(summary),
        "showing_up": None,
        "check_ins": _check_ins(summary),
        "how_i_am": _how_i_am(summary),
        "hard": _hard_moments(summary),
        "notes": None,
        "detail": _detail(summary),
        "answers": _check_in_answers(summary),
    }
    if choices.include_charts:
        kinds = None
        if summary.wins_by_category:
            rows = [[own(name), f"{n:,}"] for name, n in summary.wins_by_category]
            kinds = {"columns": ["Kind", "Wins"], "rows": rows}
        data["wins"] = {"heading": "Wins by kind", "kinds": kinds, "alt": chart_alt(summary)}
    if summary.showing_up:
        data["showing_up"] = {"heading": "Showing up", "text": summary.showing_up_text}
    if summary.notes:
        data["notes"] = {
            "heading": "What I know now",
            "sections": [{"title": n.title, "text": own(n.text)} for n in summary.notes],
        }
    shown: Data = breakable(data)
    return shown
