"""Rolling retention of the daily backups: the last 7 days, 4 weeks and 6 months that have one.

The promise is written out here on its own terms (calendar arithmetic, and a per-date reading of
the rule) and checked against ``kept`` every day of a simulated 400 days, pruning as the app does,
so a backup deleted one day is never one the promise needs on a later day.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from iop_companion.vault import Vault, backup, backup_file
from iop_companion.vault.layout import BACKUPS_DIR
from tests.backup.conftest import CURRENT, Scene
from tests.backup.support import Opener

START = date(2026, 1, 1)  # 400 days reach February 2027: a year end and ISO week 53 of 2026
DAYS = 400


def last_day_of_month(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def promised_when_used_every_day(today: date) -> set[date]:
    """The promise for a journal opened every day since ``START``, by the calendar."""
    days = {today - timedelta(days=n) for n in range(7)}
    sunday = today + timedelta(days=6 - today.weekday())
    weeks = {min(sunday - timedelta(weeks=n), today) for n in range(4)}
    months = set()
    year, month = today.year, today.month
    for _ in range(6):
        months.add(min(last_day_of_month(year, month), today))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return {d for d in days | weeks | months if d >= START}


def promised(history: set[date], today: date) -> set[date]:
    """The promise for any history, date by date: is this one of the last 7, or the newest of one
    of the last 4 weeks or 6 months that have a backup?"""
    past = sorted((d for d in history if d <= today), reverse=True)
    weeks = sorted({d.isocalendar()[:2] for d in past}, reverse=True)[:4]
    months = sorted({(d.year, d.month) for d in past}, reverse=True)[:6]
    keep = {d for d in history if d > today}
    for d in past:
        newest_in_week = max(x for x in past if x.isocalendar()[:2] == d.isocalendar()[:2])
        newest_in_month = max(x for x in past if (x.year, x.month) == (d.year, d.month))
        if (
            past.index(d) < 7
            or (d == newest_in_week and d.isocalendar()[:2] in weeks)
            or (d == newest_in_month and (d.year, d.month) in months)
        ):
            keep.add(d)
    return keep


def test_every_day_for_400_days_keeps_exactly_the_promise() -> None:
    kept_now: set[date] = set()
    for n in range(DAYS):
        today = START + timedelta(days=n)
        kept_now = backup.kept(kept_now | {today}, today)
        assert kept_now == promised_when_used_every_day(today), today
    # Written out for the last day, Thursday 4 February 2027: the last 7 days (Sunday 31 January
    # among them, the newest of last week, and of January), the Sundays of the two weeks before,
    # and the last days of the four months before January.
    assert today == date(2027, 2, 4)
    assert kept_now == {
        *(date(2027, 1, 29) + timedelta(days=n) for n in range(7)),
        date(2027, 1, 24),
        date(2027, 1, 17),
        date(2026, 12, 31),
        date(2026, 11, 30),
        date(2026, 10, 31),
        date(2026, 9, 30),
    }


def test_now_and_then_for_400_days_keeps_exactly_the_promise() -> None:
    chance = random.Random(8)
    history: set[date] = set()
    kept_now: set[date] = set()
    for n in range(DAYS):
        today = START + timedelta(days=n)
        if chance.random() < 0.3 or (60 < n < 75):  # a quiet spell, then a busy fortnight
            history.add(today)
            kept_now = backup.kept(kept_now | {today}, today)  # pruned when the app is used
            assert kept_now == promised(history, today), today
    assert len(kept_now) >= 7 + 3 + 5 - 3  # weeks and months overlap less when days are sparse


def test_a_rare_visitor_keeps_seven_backups() -> None:
    visits = [START + timedelta(days=40 * n) for n in range(10)]
    assert backup.kept(visits, visits[-1]) == set(visits[-7:])


def test_backups_from_a_clock_set_ahead_are_kept_and_not_counted() -> None:
    today = date(2026, 6, 15)
    ahead = {date(2031, 1, 1), date(2031, 1, 2)}
    days = {today - timedelta(days=n) for n in range(10)}
    keep = backup.kept(days | ahead, today)
    assert ahead <= keep
    assert {today - timedelta(days=n) for n in range(7)} <= keep


def test_daily_backups_on_disk_follow_the_rule(scene: Scene) -> None:
    """Real files over 45 days: one a day however often the journal opens, pruned as promised,
    and backups the person made are never touched."""
    vault = Opener().vault(scene.folder, CURRENT)
    chosen = backup.make_backup(vault)
    folder = scene.folder / BACKUPS_DIR
    made: set[date] = set()
    for n in range(45):
        today = date(2026, 5, 1) + timedelta(days=n)
        if n % 4 == 3:
            continue  # a day away
        for hour in (9, 21):
            now = datetime.combine(today, time(hour)).astimezone()
            result = backup.make_daily_backup(vault, now)
            assert (result is not None) == (hour == 9)
        made.add(today)
        on_disk = {backup_file.daily_date(p.name) for p in folder.glob("daily-*.backup")}
        assert on_disk == promised(made, today), today
    assert chosen.path.exists()
    newest = next(b for b in backup.list_backups(scene.folder) if b.kind == "daily")
    vault.lock()
    assert newest.id == "daily-2026-06-14"
    assert backup.preview(newest.path, CURRENT).wins > 0


def test_pruning_never_touches_other_backups(scene: Scene, tmp_path: Path) -> None:
    vault: Vault = Opener().vault(scene.folder, CURRENT)
    with vault:
        backup.make_backup(vault)
        for n in range(30):
            day = date(2026, 1, 1) + timedelta(days=n)
            backup.make_daily_backup(vault, datetime.combine(day, time(12)).astimezone())
    folder = scene.folder / BACKUPS_DIR
    (folder / "notes.txt").write_text("mine")
    removed = backup.prune_daily(scene.folder, date(2027, 1, 1))
    assert removed == []  # 2026-01-24..30 are the 7 newest
    assert (folder / "notes.txt").read_text() == "mine"
    assert len([b for b in backup.list_backups(scene.folder) if b.kind == "chosen"]) == 1
