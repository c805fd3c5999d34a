"""Each chart in words and as a table: its own numbers, said the way the language note asks."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from iop_companion.core import progress
from iop_companion.core.chart_text import (
    CALENDAR_HEADERS,
    HARD_MOMENT_HEADER,
    RUNNING_HEADERS,
    calendar_sentence,
    calendar_table,
    categories_sentence,
    categories_table,
    running_sentence,
    running_table,
    weeks_in,
)
from iop_companion.core.model import Kind
from iop_companion.core.progress_view import ProgressView, progress_view
from tests.language_words import banned_in

TODAY = date(2026, 11, 27)  # a Friday
WIN, HARD = Kind.WIN, Kind.HARD_MOMENT
NAMES: dict[int | None, str] = {1: "Showing up", 2: "Honesty"}


def days_of(*rows: tuple[int, Kind, int | None]) -> list[progress.DayCount]:
    """Rows of (days ago, kind, category), one entry each."""
    return progress.day_counts(
        (TODAY - timedelta(days=ago), kind, category, False, 1) for ago, kind, category in rows
    )


def view_of(days: list[progress.DayCount], back: int, *categories: int | None) -> ProgressView:
    return progress_view(days, TODAY - timedelta(days=back), TODAY, TODAY, categories)


SAMPLE = days_of(
    (200, WIN, 1),
    (40, WIN, 1),
    (20, HARD, None),
    (19, WIN, 2),
    (12, WIN, 1),
    (12, WIN, 1),
    (12, WIN, 2),
    (3, WIN, None),
    (2, HARD, None),
    (0, WIN, 1),
)


# -- Wins to date


def test_the_running_sentence_gives_the_range_the_wins_and_where_the_line_went() -> None:
    said = running_sentence(view_of(SAMPLE, 27))
    assert said == (
        "From October 31 to November 27, 2026, you logged 6 wins, so your wins to date rose "
        "from 2 to 8. It marks the 4 times you came back and 2 days with a hard moment."
    )


def test_the_running_sentence_follows_the_range() -> None:
    said = running_sentence(view_of(SAMPLE, 6))
    assert said.startswith("From November 21 to November 27, 2026, you logged 2 wins")
    assert "rose from 6 to 8" in said
    assert said.endswith("It marks the 2 times you came back and one day with a hard moment.")


def test_a_range_across_new_year_names_both_years() -> None:
    said = running_sentence(view_of(SAMPLE, 364))
    assert said.startswith("From November 28, 2025 to November 27, 2026, you logged 8 wins")


def test_hard_moments_leave_the_sentence_when_the_chart_hides_them() -> None:
    said = running_sentence(view_of(SAMPLE, 27), show_hard_moments=False)
    assert said.endswith("It marks the 4 times you came back.")
    assert "hard moment" not in said


def test_a_quiet_range_is_quiet_and_the_record_stays() -> None:
    days = days_of((60, WIN, 1), (50, WIN, 2))
    said = running_sentence(view_of(days, 27))
    assert said == (
        "From October 31 to November 27, 2026, your wins to date stayed at 2. "
        "These days were quiet."
    )


def test_a_range_before_the_first_win() -> None:
    view = progress_view(SAMPLE, TODAY - timedelta(days=400), TODAY - timedelta(days=300), TODAY)
    assert running_sentence(view) == (
        "From October 23, 2025 to January 31, 2026, the line is at 0: your first win came later."
    )


def test_a_new_journal_waits_for_the_first_win() -> None:
    assert running_sentence(view_of([], 27)) == (
        "No wins logged yet. Your first one will start this line."
    )


def test_the_running_sentence_names_the_chosen_category() -> None:
    said = running_sentence(view_of(SAMPLE, 27, 2), category="Honesty")
    assert said.startswith("From October 31 to November 27, 2026, you logged 2 wins in Honesty")
    assert "so your wins to date rose from 0 to 2" in said


def test_the_running_sentence_in_the_persons_own_voice() -> None:
    """The summary is written as the person speaks ("I showed up 10 times"): the same
    sentence, in the first person, for every kind of range."""
    said = running_sentence(view_of(SAMPLE, 27), first_person=True)
    assert said == (
        "From October 31 to November 27, 2026, I logged 6 wins, so my wins to date rose "
        "from 2 to 8. It marks the 4 times I came back and 2 days with a hard moment."
    )
    once = running_sentence(view_of(SAMPLE, 2), first_person=True)
    assert once == (
        "From November 25 to November 27, 2026, I logged 1 win, so my wins to date rose "
        "from 7 to 8. It marks the time I came back and one day with a hard moment."
    )
    narrowed = running_sentence(
        view_of(SAMPLE, 27, 2), category="Honesty", show_hard_moments=False, first_person=True
    )
    assert narrowed.startswith("From October 31 to November 27, 2026, I logged 2 wins in Honesty")
    assert "hard moment" not in narrowed
    quiet = view_of(days_of((60, WIN, 1), (50, WIN, 2)), 27)
    assert running_sentence(quiet, first_person=True) == (
        "From October 31 to November 27, 2026, my wins to date stayed at 2. These days were quiet."
    )
    before = progress_view(SAMPLE, TODAY - timedelta(days=400), TODAY - timedelta(days=300), TODAY)
    assert running_sentence(before, first_person=True) == (
        "From October 23, 2025 to January 31, 2026, the line is at 0: my first win came later."
    )
    assert running_sentence(view_of([], 27), first_person=True) == "No wins logged yet."


@given(st.integers(min_value=0, max_value=400), st.booleans())
def test_both_voices_say_the_same_numbers(back: int, hard: bool) -> None:
    """Only the voice changes: "I" and "my" put back as "you" and "your" give the app's own
    sentence."""
    view = view_of(SAMPLE, back)
    yours = running_sentence(view, show_hard_moments=hard)
    mine = running_sentence(view, show_hard_moments=hard, first_person=True)
    assert " you " not in f" {mine} " and " your " not in f" {mine} "
    assert mine.replace(" I ", " you ").replace(" my ", " your ") == yours


def test_the_running_table_has_a_row_a_week_with_the_same_totals() -> None:
    view = view_of(SAMPLE, 27)
    table = running_table(view)
    assert table.headers == (*RUNNING_HEADERS, HARD_MOMENT_HEADER)
    assert [row.label for row in table.rows] == [
        "November 1, 2026",  # Saturday and Sunday: the first week starts with the range
        "November 8, 2026",
        "November 15, 2026",
        "November 22, 2026",
        "November 27, 2026",  # today
    ]
    assert table.column("Wins that week") == [0, 1, 3, 0, 2]
    assert table.column("Wins to date") == [2, 3, 6, 6, 8]
    assert table.column("Came back") == [0, 1, 1, 0, 2]  # after a hard moment, or a week away
    assert table.column(HARD_MOMENT_HEADER) == [0, 1, 0, 0, 1]
    assert running_table(view, show_hard_moments=False).headers == RUNNING_HEADERS


# -- The last year


def test_the_calendar_sentence_counts_days_with_wins_and_the_fullest_day() -> None:
    assert calendar_sentence(view_of(SAMPLE, 27).calendar) == (
        "In the last year you logged wins on 6 days; your fullest day, November 15, 2026, had 3."
    )


def test_the_fullest_day_is_the_latest_of_equals() -> None:
    days = days_of((30, WIN, 1), (30, WIN, 1), (4, WIN, 2), (4, WIN, 2), (1, WIN, 1))
    assert "your fullest day, November 23, 2026, had 2" in calendar_sentence(
        view_of(days, 27).calendar
    )


def test_a_win_on_each_day() -> None:
    days = days_of((30, WIN, 1), (4, WIN, 2))
    said = calendar_sentence(view_of(days, 27, 2).calendar, category="Honesty")
    assert said == "In the last year you logged a win in Honesty on 1 day."


def test_a_quiet_year_is_just_quiet() -> None:
    assert calendar_sentence(view_of([], 27).calendar) == (
        "The last year is quiet so far. Each day you log a win is shaded here."
    )


def test_the_calendar_table_has_a_row_a_month_not_a_day() -> None:
    grid = view_of(SAMPLE, 27).calendar
    table = calendar_table(grid)
    assert table.headers == CALENDAR_HEADERS
    assert table.rows[0].label == "November 2025" and table.rows[-1].label == "November 2026"
    assert len(table.rows) == 13
    assert table.rows[-1].values == (6, 4)  # 6 wins on 4 days this November
    assert sum(table.column("Wins")) == sum(n or 0 for week in grid.weeks for n in week)


# -- Wins by kind, week by week


def test_the_category_sentence_lists_each_kind_biggest_first() -> None:
    assert categories_sentence(view_of(SAMPLE, 27), NAMES) == (
        "Over 5 weeks you logged 6 wins: 3 in Showing up, 2 in Honesty and 1 other win. "
        "Your fullest week, ending November 15, had 3."
    )


def test_one_kind_is_all_of_them() -> None:
    said = categories_sentence(view_of(SAMPLE, 27, 2), NAMES, category="Honesty")
    assert said == "Over 5 weeks you logged 2 wins, all in Honesty."  # one a week: none fuller


def test_wins_without_a_category_are_other_wins() -> None:
    days = days_of((3, WIN, None), (10, WIN, None), (10, WIN, None))
    assert categories_sentence(view_of(days, 27), NAMES) == (
        "Over 5 weeks you logged 3 other wins. Your fullest week, ending November 22, had 2."
    )
    assert categories_table(view_of(days, 27), NAMES).headers[1] == "Other win"


def test_quiet_weeks_and_a_new_journal() -> None:
    days = days_of((60, WIN, 1))
    assert categories_sentence(view_of(days, 27), NAMES) == "These 5 weeks were quiet."
    assert categories_sentence(view_of(days, 0), NAMES) == "This week was quiet."
    assert categories_sentence(view_of([], 27), {}) == "Wins you log show up here, week by week."


def test_the_category_table_has_a_column_a_kind_and_the_same_totals() -> None:
    view = view_of(SAMPLE, 27)
    table = categories_table(view, NAMES)
    assert table.headers == (
        "Week ending",
        "Showing up",
        "Honesty",
        "Other win",
        "Wins that week",
    )
    assert len(table.rows) == len(weeks_in(view.since, view.until)) == 5
    assert [sum(table.column(name)) for name in table.headers[1:]] == [3, 2, 1, 6]
    assert table.column("Wins that week") == running_table(view).column("Wins that week")


# -- any record


entries = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=500),
        st.sampled_from([WIN, WIN, HARD]),
        st.sampled_from([None, 1, 2]),
    ),
    max_size=40,
)


@given(entries, st.integers(min_value=0, max_value=500), st.sampled_from([(), (1,), (None,)]))
def test_for_any_record_the_words_and_tables_agree_with_the_chart(
    rows: list[tuple[int, Kind, int | None]], back: int, categories: tuple[int | None, ...]
) -> None:
    days = days_of(*[(ago, kind, None if kind is HARD else c) for ago, kind, c in rows])
    view = view_of(days, back, *categories)
    said = [
        running_sentence(view),
        calendar_sentence(view.calendar),
        categories_sentence(view, NAMES),
    ]
    assert [banned_in(words) for words in said] == [[], [], []]
    running = running_table(view)
    totals = running.column("Wins to date")
    assert totals == sorted(totals)  # the table, too, only rises
    assert totals[-1] == view.running[-1][1]
    assert sum(running.column("Wins that week")) == view.running[-1][1] - view.running[0][1]
    by_kind = categories_table(view, NAMES)
    assert by_kind.column("Wins that week") == running.column("Wins that week")
