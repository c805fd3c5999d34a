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
from iop_companion.core.coping_model import (
    HALT_TITLES,
    CapitalCheckIn,
    Halt,
    PickingUp,
    answer_words,
)
from iop_companion.core.model import Entry, Kind
from iop_companion.core.words import cut_at_word, entry_label
from iop_companion.export.summary import (
    Detail,
    Folded,
    SinceLastSession,
    TherapistSummary,
    Week,
    day_words,
    fold,
    range_words,
)
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, DayForm, Words, current

# Every sentence here is said in the summary's own language (``words``, the language in use
# unless the person chose another for the summary), with the context "summary".
TITLE = QT_TRANSLATE_NOOP("summary", "Summary")  # the document's title: neutral, like the file
HEADING = QT_TRANSLATE_NOOP("summary", "What I've been doing")
PAGE_OF = QT_TRANSLATE_NOOP("summary", "of")  # "2 of 3"
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


def times_said(count: int, w: Words) -> str:
    """once, twice, 3 times"""
    summary_counts = Context("summary_counts", w)  # counted words, in w
    if count == 1:
        return w.translate("summary", "once")
    if count == 2:
        return w.translate("summary", "twice")
    said = summary_counts.tr("%Ln time(s)", None, count)  # (lupdate misreads a return here)
    return said


def times_mark(line: Folded) -> str:
    """ "×4" for words logged 4 times; "" for words logged once."""
    return "" if line.times == 1 else f"×{line.times:,}"


def since_last_session_words(since: SinceLastSession, words: Words | None = None) -> str:
    """E.g. "Since my last session on Friday, November 20: I logged 6 wins, had 1 hard moment
    and showed up twice." Only what the summary shares is counted."""
    w = words or current()
    summary_counts = Context("summary_counts", w)  # counted words, in w
    wins, hard = since.wins, since.hard_moments or 0
    shown_up = sum(n for _, n in since.showing_up or ())
    counted = {
        "day": w.day(since.day, DayForm.LONG),
        "wins": summary_counts.tr("%Ln win(s)", None, wins),
        "hard": summary_counts.tr("%Ln hard moment(s)", None, hard),
        "times": times_said(shown_up, w),
    }
    sentences = {  # whole sentences, one for each of what there is to say
        (False, False, False): w.translate(
            "summary", "Since my last session on {day}, nothing is logged yet."
        ),
        (True, False, False): w.translate(
            "summary", "Since my last session on {day}: I logged {wins}."
        ),
        (False, True, False): w.translate("summary", "Since my last session on {day}: had {hard}."),
        (False, False, True): w.translate(
            "summary", "Since my last session on {day}: showed up {times}."
        ),
        (True, True, False): w.translate(
            "summary", "Since my last session on {day}: I logged {wins} and had {hard}."
        ),
        (True, False, True): w.translate(
            "summary", "Since my last session on {day}: I logged {wins} and showed up {times}."
        ),
        (False, True, True): w.translate(
            "summary", "Since my last session on {day}: had {hard} and showed up {times}."
        ),
        (True, True, True): w.translate(
            "summary",
            "Since my last session on {day}: I logged {wins}, had {hard} and showed up {times}.",
        ),
    }
    return sentences[bool(wins), bool(hard), bool(shown_up)].format(**counted)


def week_span(week: Week, years: bool = False, words: Words | None = None) -> str:
    """November 2 to 8; October 27 to November 2; December 28, 2026 to January 3, 2027; with
    the year ("November 2 to 8, 2026") when the summary spans more than one."""
    w = words or current()
    start, end = week.since, week.until
    if start == end:
        return day_words(start, w) if years else w.day(start, DayForm.MONTH_DAY)
    if years and start.year == end.year:
        return w.translate("summary", "{days}, {year}").format(
            days=week_span(week, words=w), year=end.year
        )
    if start.year != end.year:
        first, last = day_words(start, w), day_words(end, w)
    elif start.month == end.month:
        return w.translate("summary", "{month} {first} to {last}").format(
            month=w.day(start, DayForm.MONTH), first=start.day, last=end.day
        )
    else:
        first, last = w.day(start, DayForm.MONTH_DAY), w.day(end, DayForm.MONTH_DAY)
    return w.translate("summary", "{first} to {last}").format(first=first, last=last)


def week_totals(week: Week, words: Words | None = None) -> str:
    """E.g. "5 wins, 1 hard moment" """
    w = words or current()
    summary_counts = Context("summary_counts", w)  # counted words, in w
    wins, hard = week.wins, week.hard_moments
    if wins and hard:
        return w.translate("summary", "{wins}, {hard}").format(
            wins=summary_counts.tr("%Ln win(s)", None, wins),
            hard=summary_counts.tr("%Ln hard moment(s)", None, hard),
        )
    if wins:
        return summary_counts.tr("%Ln win(s)", None, wins)
    if hard:
        return summary_counts.tr("%Ln hard moment(s)", None, hard)
    return ""


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


def week_more(week: Week, keep: int, words: Words | None = None) -> str:
    """How many more lines the week had than it shows: "and 4 more", or ""."""
    w = words or current()
    summary_counts = Context("summary_counts", w)  # counted words, in w
    more = len(week.lines) - keep
    return summary_counts.tr("and %Ln more", None, more) if more > 0 else ""


def lines_per_week(weeks: int) -> int:
    return max(MIN_WEEK_LINES, min(MAX_WEEK_LINES, WEEK_LINES_IN_ALL // max(weeks, 1)))


def _short_day(day: date, year: bool, w: Words) -> str:
    """Wed, Sep 2 (with the year when the summary spans more than one)"""
    return w.day(day, DayForm.SHORT_WEEKDAY_DAY_YEAR if year else DayForm.SHORT_WEEKDAY_DAY)


def _entry(entry: Entry, w: Words) -> Data:
    extra = own(entry.note)
    if entry.kind is Kind.HARD_MOMENT and entry.note:
        extra = w.translate("summary", "What helped: {note}").format(note=extra)
    return {"label": own(entry_label(entry)), "text": own(entry.text), "extra": extra}


def _full_log(entries: tuple[Entry, ...], w: Words) -> list[Data]:
    days: list[Data] = []
    shown_day: date | None = None
    for entry in entries:
        if entry.day != shown_day:
            shown_day = entry.day
            days.append({"day": w.day(entry.day, DayForm.LONG), "entries": []})
        days[-1]["entries"].append(_entry(entry, w))
    return days


def _detail(summary: TherapistSummary, w: Words) -> Data | None:
    detail = summary.choices.detail
    if detail is Detail.CONDENSED and summary.weeks:
        keep = lines_per_week(len(summary.weeks))
        years = summary.choices.since.year != summary.choices.until.year
        return {
            "kind": "weeks",
            "heading": w.translate("summary", "Week by week"),
            "columns": [
                w.translate("summary", "Week"),
                w.translate("summary", "What I logged, in my words"),
            ],
            "rows": [
                {
                    "week": week_span(week, years, w),
                    "totals": week_totals(week, w),
                    "kinds": week_kinds(week),
                    "lines": week_lines(week, keep),
                    "more": week_more(week, keep, w),
                }
                for week in summary.weeks
            ],
        }
    if detail is Detail.FULL and summary.entries:
        return {
            "kind": "days",
            "heading": w.translate("summary", "Everything I logged"),
            "days": _full_log(summary.entries, w),
        }
    return None


def _hard_moments(summary: TherapistSummary, w: Words) -> Data | None:
    """How many, what helped most often when there are many, and the latest few listed."""
    summary_counts = Context("summary_counts", w)  # counted words, in w
    if not summary.choices.include_hard_moments:
        return None
    moments = summary.hard_moments
    years = summary.choices.since.year != summary.choices.until.year
    heading = w.translate("summary", "Hard moments")
    if not moments:
        return {
            "heading": heading,
            "text": w.translate("summary", "No hard moments logged in this period."),
        }
    count = len(moments)
    noted = sum(e.id in _notes_of(summary) for e in moments)
    if noted:
        text = summary_counts.tr(
            "I logged %Ln hard moment(s) in this period, {noted} with notes on picking up from "
            "here.",
            None,
            count,
        ).format(noted=w.number(noted))
    else:
        text = summary_counts.tr("I logged %Ln hard moment(s) in this period.", None, count)
    listed = moments[-HARD_MOMENTS_LISTED:]
    if len(listed) < len(moments):
        helped = [folded_words(line) for line in fold(e.note for e in moments if e.note)[:3]]
        if helped:
            most = w.translate("summary", "What helped most often: {helped}.")
            text += " " + most.format(helped="; ".join(helped))
        latest = len(listed)
        text += " " + summary_counts.tr("The latest %Ln:", None, latest)
    notes = _notes_of(summary)
    return {
        "heading": heading,
        "text": text,
        "columns": [
            w.translate("summary", "Day"),
            w.translate("summary", "My word"),
            w.translate("summary", "What helped"),
        ],
        "notes_label": w.translate("summary", NOTES_LABEL),
        "rows": [
            [
                _short_day(e.day, years, w),
                own(entry_label(e)),
                own(e.note.strip()) or NOTHING_WRITTEN,
            ]
            for e in listed
        ],
        # beside each row: its notes from picking up from here, or ""
        "notes": [picking_up_words(notes[e.id], w) if e.id in notes else "" for e in listed],
    }


def _bring_up(summary: TherapistSummary, w: Words) -> Data | None:
    if not summary.bring_up:
        return None
    items = []
    for item in summary.bring_up:
        said = item.brought_up_on
        brought_up = w.translate("summary", "Brought up on {day}")
        when = "" if said is None else brought_up.format(day=day_words(said, w))
        items.append({"text": own(item.text), "when": when})
    return {"heading": w.translate("summary", "Things I want to bring up"), "items": items}


def barc10_named(w: Words) -> str:
    """The instrument's name and where it is from (both in English, as published)."""
    return w.translate("summary", "{instrument}, from {source}").format(
        instrument=barc10.NAME, source=barc10.SHORT_SOURCE
    )


def check_in_total(check_in: CapitalCheckIn, words: Words | None = None) -> str:
    """ "41", or "7 of 10 answered" while a statement is skipped (no total then: a part total
    would read as a low one)."""
    if check_in.total is not None:
        return f"{check_in.total}"
    w = words or current()
    return w.translate("summary", "{answered} of {statements} answered").format(
        answered=check_in.answered, statements=len(barc10.STATEMENTS)
    )


def _check_ins(summary: TherapistSummary, w: Words) -> Data | None:
    """Each check-in's total, the latest few: the numbers as they are, nothing said about them."""
    summary_counts = Context("summary_counts", w)  # counted words, in w
    if not summary.choices.include_check_ins:
        return None
    check_ins = summary.check_ins
    part: Data = {"heading": w.translate("summary", "What I have going for me")}
    if not check_ins:
        part["text"] = w.translate("summary", "No recovery capital check-ins in this period.")
        return part
    years = summary.choices.since.year != summary.choices.until.year
    listed = check_ins[-CHECK_INS_LISTED:]
    count, latest = len(check_ins), len(listed)
    if latest < count:
        text = summary_counts.tr(
            "%Ln check-in(s) with the {instrument}. The total runs from {lowest} to {highest}; "
            "the latest {latest}:",
            None,
            count,
        )
    else:
        text = summary_counts.tr(
            "%Ln check-in(s) with the {instrument}. The total runs from {lowest} to {highest}:",
            None,
            count,
        )
    part["text"] = text.format(
        instrument=barc10_named(w),
        lowest=barc10.LOWEST_TOTAL,
        highest=barc10.HIGHEST_TOTAL,
        latest=latest,
    )
    part["columns"] = [w.translate("summary", "Day"), w.translate("summary", "Total")]
    part["rows"] = [[_short_day(c.day, years, w), check_in_total(c, w)] for c in listed]
    return part


def _check_in_answers(summary: TherapistSummary, w: Words) -> Data | None:
    """Every statement word for word and each check-in's answer, a few check-ins a table."""
    if not (summary.choices.include_check_in_answers and summary.check_ins):
        return None
    years = summary.choices.since.year != summary.choices.until.year
    tables = []
    check_ins = summary.check_ins
    for start in range(0, len(check_ins), ANSWER_COLUMNS):
        some = check_ins[start : start + ANSWER_COLUMNS]
        # The statements and answers of a validated instrument stay as published (English).
        rows = [
            [statement] + [answer_words(c.answers[n]) for c in some]
            for n, statement in enumerate(barc10.STATEMENTS)
        ]
        rows.append([w.translate("summary", "Total")] + [check_in_total(c, w) for c in some])
        days = [_short_day(c.day, years, w) for c in some]
        tables.append({"columns": [w.translate("summary", "Statement"), *days], "rows": rows})
    return {
        "heading": w.translate("summary", "What I have going for me, each answer"),
        "text": w.translate(
            "summary", "The {instrument}: each statement as it is asked, and my answer."
        ).format(instrument=barc10_named(w)),
        "tables": tables,
    }


def _how_i_am(summary: TherapistSummary, w: Words) -> Data | None:
    """Which words, how often; and the HALT ticks. The words are the person's: set apart."""
    summary_counts = Context("summary_counts", w)  # counted words, in w
    how = summary.how_i_am
    if not summary.choices.include_how_i_am or how is None:
        return None
    part: Data = {"heading": w.translate("summary", "How I am, in words")}
    if not how.times:
        part["text"] = w.translate("summary", "Nothing noted in this period.")
        return part
    text = w.translate("summary", "I noted how I am {times}.").format(
        times=times_said(how.times, w)
    )
    if how.words:
        listed = how.words[:HOW_I_AM_WORDS_LISTED]
        shown = ", ".join(folded_words(word, MAX_FEELING_CHARS) for word in listed)
        more = len(how.words) - len(listed)
        if more > 0:
            chose = summary_counts.tr("The words I chose: {words} and %Ln other(s).", None, more)
        else:
            chose = w.translate("summary", "The words I chose: {words}.")
        text += " " + chose.format(words=shown)
    if how.halt:
        ticks = ", ".join(
            _halt(tick, w) if n == 1 else f"{_halt(tick, w)} ×{n:,}" for tick, n in how.halt
        )
        text += " " + w.translate("summary", "HALT: {ticks}.").format(ticks=ticks)
    part["text"] = text
    return part


def _halt(tick: Halt, w: Words) -> str:
    """A HALT tick's name (Hungry, Angry, Lonely, Tired), as the check-in calls it."""
    return w.translate("coping_model", HALT_TITLES[tick])


PICKING_UP_PARTS = (  # each part's key, and its label (translated where said)
    ("going_on", QT_TRANSLATE_NOOP("summary", "Going on")),
    ("halt", QT_TRANSLATE_NOOP("summary", "I felt")),
    ("did", QT_TRANSLATE_NOOP("summary", "I did")),
    ("helped", QT_TRANSLATE_NOOP("summary", "Helped or might help")),
)
NOTES_LABEL = QT_TRANSLATE_NOOP("summary", "Picking up from here:")


def picking_up_words(notes: PickingUp, words: Words | None = None) -> str:
    """A hard moment's notes in a line or two: "Going on: … · I felt: Angry, Tired · …", each
    part cut to a few words (the person's words set apart)."""
    w = words or current()
    said = []
    for key, label in PICKING_UP_PARTS:
        if key == "halt":
            part = ", ".join(_halt(tick, w) for tick in notes.halt)
        else:
            text = " ".join(str(getattr(notes, key)).split())
            part = own(cut_at_word(text, MAX_NOTES_CHARS))
        if part:
            said.append(
                w.translate("summary", "{label}: {words}").format(
                    label=w.translate("summary", label), words=part
                )
            )
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


def summary_data(summary: TherapistSummary, words: Words | None = None) -> Data:
    """The summary's words in ``words``' language (the language in use when not given)."""
    w = words or current()
    choices = summary.choices
    headline = summary.headline
    if summary.comebacks:
        came_back = w.translate("summary", "I came back {times}.")
        headline += " " + came_back.format(times=times_said(summary.comebacks, w))
    since = summary.since_last_session
    message = choices.message.strip()
    note = {"heading": w.translate("summary", "A note from me"), "text": own(message)}
    data: Data = {
        "lang": w.code,
        "title": w.translate("summary", TITLE),
        "page_of": w.translate("summary", PAGE_OF),
        "heading": w.translate("summary", HEADING),
        "period": range_words(choices.since, choices.until, w),
        "name": own(" ".join(choices.name.split())),
        "since_last": since_last_session_words(since, w) if since else "",
        "message": note if message else None,
        "headline": headline,
        "wins": None,
        "bring_up": _bring_up(summary, w),
        "showing_up": None,
        "check_ins": _check_ins(summary, w),
        "how_i_am": _how_i_am(summary, w),
        "hard": _hard_moments(summary, w),
        "notes": None,
        "detail": _detail(summary, w),
        "answers": _check_in_answers(summary, w),
    }
    if choices.include_charts:
        kinds = None
        if summary.wins_by_category:
            rows = [[own(name), w.number(n)] for name, n in summary.wins_by_category]
            kinds = {
                "columns": [w.translate("summary", "Kind"), w.translate("summary", "Wins")],
                "rows": rows,
            }
        data["wins"] = {
            "heading": w.translate("summary", "Wins by kind"),
            "kinds": kinds,
            "alt": chart_alt(summary),
        }
    if summary.showing_up:
        data["showing_up"] = {
            "heading": w.translate("summary", "Showing up"),
            "text": summary.showing_up_text,
        }
    if summary.notes:
        data["notes"] = {
            "heading": w.translate("summary", "What I know now"),
            "sections": [{"title": n.title, "text": own(n.text)} for n in summary.notes],
        }
    shown: Data = breakable(data)
    return shown
