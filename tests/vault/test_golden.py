"""The golden vaults: what each key-file format's first version wrote must open, with the same
entries, in every later version.

``tests/fixtures/golden-v1`` (0.1.0) and ``golden-v2`` were each made once by
``tests/fixtures/make_golden.py``. Tests only ever open a copy.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.model import Entry, EntryFilter, Kind
from iop_companion.errors import WrongPassphrase, WrongRecoveryCode
from iop_companion.vault import Vault
from iop_companion.vault.schema import schema_version
from iop_companion.vault.vault import DB_NAME, SLOTS_NAME
from tests.vault.helpers import SQLITE_HEADER, fingerprint

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLDENS = sorted(FIXTURES.glob("golden-v*"))  # every golden vault, a later one too
PASSPHRASE = "golden vault passphrase"


@pytest.fixture(params=GOLDENS, ids=lambda path: path.name)
def golden(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    source: Path = request.param
    before = fingerprint(source)
    folder = tmp_path / "golden"
    shutil.copytree(source, folder)
    yield folder
    assert fingerprint(source) == before, "a test changed the golden vault itself"


def test_every_golden_vault_is_read() -> None:
    assert [path.name for path in GOLDENS][:2] == ["golden-v1", "golden-v2"]


def code(golden: Path) -> str:
    return (golden / "RECOVERY_CODE.txt").read_text().strip()


@pytest.mark.parametrize("source", GOLDENS, ids=lambda path: path.name)
def test_fixture_is_whole_and_checkpointed(source: Path) -> None:
    names = sorted(p.name for p in source.iterdir())
    assert names == ["RECOVERY_CODE.txt", DB_NAME, SLOTS_NAME]
    assert not (source / DB_NAME).read_bytes().startswith(SQLITE_HEADER)


def by_day(entries: list[Entry]) -> dict[date, Entry]:
    return {entry.day: entry for entry in entries}


def check_entries(vault: Vault) -> None:
    journal = JournalService(vault.db)
    entries = by_day(journal.entries())
    assert sorted(entries) == [date(2026, 11, d) for d in (19, 20, 21, 24)]

    moment = entries[date(2026, 11, 19)]
    assert moment.kind is Kind.HARD_MOMENT
    assert moment.moment_word == "slip"
    assert moment.text == "Rough evening after work"
    assert moment.note == "I called Sam afterwards."
    assert moment.category is None
    assert moment.tags == ("evening",)

    back = entries[date(2026, 11, 20)]
    assert back.kind is Kind.WIN
    assert back.text == "Showed up to group after a slip"
    assert back.category == "Showing up"
    assert back.after_hard_moment is True
    assert back.private is False
    assert sorted(back.tags, key=str.lower) == ["group", "Monday"]

    private = entries[date(2026, 11, 21)]
    assert private.text == "Told my sister the truth"
    assert private.note == "She listened. Café after."
    assert private.category == "Honesty"
    assert private.private is True
    assert private.tags == ()

    quiet = entries[date(2026, 11, 24)]
    assert (quiet.kind, quiet.text, quiet.category, quiet.private) == (
        Kind.WIN,
        "Sat in group without saying a word",
        None,
        False,
    )

    assert all(e.uid and e.created_at is not None for e in entries.values())
    assert journal.count(EntryFilter(include_private=False)) == 3
    assert [hit.entry.day for hit in journal.search("sister")] == [date(2026, 11, 21)]
    assert vault.check() == []


def test_golden_vault_opens_with_its_passphrase(golden: Path) -> None:
    with Vault.unlock(golden, PASSPHRASE) as vault:
        assert schema_version(vault.db) >= 1
        check_entries(vault)


def test_golden_vault_opens_with_its_recovery_code(golden: Path) -> None:
    new_passphrase = "a passphrase chosen later"
    vault, new_code = Vault.unlock_with_recovery_code(golden, code(golden), new_passphrase)
    with vault:
        check_entries(vault)
    assert new_code != code(golden)
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(golden, code(golden), "and another passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(golden, PASSPHRASE)
    with Vault.unlock(golden, new_passphrase) as vault:
        check_entries(vault)


def test_wrong_passphrase_on_golden_vault_changes_nothing(golden: Path) -> None:
    before = fingerprint(golden)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(golden, "golden vault passphrase ")
    assert fingerprint(golden) == before


def test_golden_vault_upgrades_to_the_notebook(golden: Path) -> None:
    """Version 1's journal gets every later migration, keeps its entries, and the notebook
    works: the program's phrases are there, and notes and sessions save and are found."""
    from iop_companion.core.notebook import Attendance, NotebookService, NoteSection, SessionKind
    from iop_companion.vault.schema import DEFAULT_PHRASES, migrations
    from tests.conftest import FixedClock

    with Vault.unlock(golden, PASSPHRASE) as vault:
        assert migrations.pending(vault.db) == []
        applied = [m.name for m in migrations.applied(vault.db)]
        assert applied[0] == "m001_journal" and "m003_notebook" in applied
        check_entries(vault)
        clock = FixedClock(datetime(2026, 11, 27, 10, 30).astimezone())
        journal = JournalService(vault.db, clock=clock)
        notebook = NotebookService(vault.db, journal, clock=clock)
        assert [p.text for p in notebook.phrases()] == list(DEFAULT_PHRASES)
        assert notebook.latest_notes() == {} and notebook.sessions() == []
        saved = notebook.save_note(NoteSection.SUPPORT, "A call from my sponsor on Sundays")
        assert saved is not None and notebook.note(NoteSection.SUPPORT) == saved
        recorded = notebook.record_session(
            date(2026, 11, 25), SessionKind.GROUP, Attendance.ATTENDED, note="Sat near the door"
        )
        assert recorded.win is not None
        assert recorded.win.entry.category == "Showing up"
        assert [h.part for h in notebook.search("sponsor")] == ["note"]
        assert [h.item_id for h in notebook.search("door")] == [recorded.session.id]
        assert journal.count() == 5
        assert [hit.entry.day for hit in journal.search("sister")] == [date(2026, 11, 21)]
        assert vault.check() == []
    with Vault.unlock(golden, PASSPHRASE) as vault:  # and it opens again, as it was left
        assert NotebookService(vault.db, JournalService(vault.db)).note(NoteSection.SUPPORT)


def test_golden_vault_upgrades_to_the_coping_tools(golden: Path) -> None:
    """Every golden vault gets the coping tools' tables (issue 18), empty, and each works: a
    check-in, how I am, notes after its hard moment, the plan; each is found by search."""
    from iop_companion.core.coping_model import Contact, Halt
    from iop_companion.core.notebook import NotebookService, NoteSection
    from iop_companion.vault.schema import migrations
    from tests.conftest import FixedClock

    tables = (
        "notebook_check_ins",
        "notebook_how_i_am",
        "notebook_picking_up",
        "notebook_hard_times_plan",
    )
    with Vault.unlock(golden, PASSPHRASE) as vault:
        assert migrations.pending(vault.db) == []
        applied = [m.name for m in migrations.applied(vault.db)]
        assert "m005_coping_tools" in applied and "m006_picking_up_private" in applied
        assert all(vault.db.table(t).count == 0 for t in tables)
        clock = FixedClock(datetime(2026, 11, 27, 10, 30).astimezone())
        journal = JournalService(vault.db, clock=clock)
        notebook = NotebookService(vault.db, journal, clock=clock)
        assert notebook.check_ins() == [] and notebook.how_i_am_list() == []
        assert notebook.picking_up_list() == [] and notebook.hard_times_plan() is None
        assert notebook.nudge_months == 0 and not notebook.plan_on_unlock_screen
        check_in = notebook.record_check_in(date(2026, 11, 26), [5] * 10, note="Steadier")
        how = notebook.record_how_i_am(date(2026, 11, 26), words=["hopeful"], halt=[Halt.TIRED])
        (slip,) = [e for e in journal.entries() if e.moment_word == "slip"]
        notes = notebook.record_picking_up(slip.id, going_on="Rough evening", helped="Sam")
        assert notes.moment_day == date(2026, 11, 19)
        notebook.add_to_what_i_know_now(NoteSection.WORKS, "Calling Sam afterwards")
        plan = notebook.save_hard_times_plan(people=[Contact("Sam", "555-0101")])
        assert plan is not None
        assert [h.item_id for h in notebook.search("steadier")] == [check_in.id]
        assert [h.item_id for h in notebook.search("hopeful")] == [how.id]
        assert {h.part for h in notebook.search("sam")} == {"picking_up", "hard_times_plan", "note"}
        assert check_in.total == 50
        check_entries_after_notes(vault)
    with Vault.unlock(golden, PASSPHRASE) as vault:  # and it opens again, as it was left
        reopened = NotebookService(vault.db, JournalService(vault.db))
        assert [c.uid for c in reopened.check_ins()] == [check_in.uid]
        assert reopened.picking_up_list()[0].entry_id == slip.id


def test_golden_vault_upgrades_with_its_day_tallies(golden: Path) -> None:
    """Every golden vault gets the per-day tallies (m009), counted from its entries, the
    private one too, and they follow the changes made after."""
    from iop_companion.core import progress
    from iop_companion.vault.schema import migrations
    from tests.conftest import FixedClock

    with Vault.unlock(golden, PASSPHRASE) as vault:
        assert "m009_day_tallies" in [m.name for m in migrations.applied(vault.db)]
        clock = FixedClock(datetime(2026, 11, 27, 10, 30).astimezone())
        journal = JournalService(vault.db, clock=clock)
        showing_up, honesty = (journal.find_category(n) for n in ("Showing up", "Honesty"))
        assert showing_up is not None and honesty is not None
        days = journal.day_counts()
        assert [
            (d.day, d.wins, d.hard_moments, d.wins_after_hard_moment, d.wins_by_category)
            for d in days
        ] == [
            (date(2026, 11, 19), 0, 1, 0, ()),
            (date(2026, 11, 20), 1, 0, 1, ((showing_up.id, 1),)),
            (date(2026, 11, 21), 1, 0, 0, ((honesty.id, 1),)),
            (date(2026, 11, 24), 1, 0, 0, ((None, 1),)),
        ]
        assert [c.day for c in progress.comebacks(days)] == [date(2026, 11, 20)]
        assert journal.tallies_match()
        quiet = by_day(journal.entries())[date(2026, 11, 24)]
        journal.edit(quiet.id, day=date(2026, 11, 19), category="Honesty")
        journal.log_win("Called Sam", day=date(2026, 11, 26))
        days = journal.day_counts()
        assert [(d.day, d.wins, d.hard_moments) for d in days] == [
            (date(2026, 11, 19), 1, 1),
            (date(2026, 11, 20), 1, 0),
            (date(2026, 11, 21), 1, 0),
            (date(2026, 11, 26), 1, 0),
        ]
        assert days[0].wins_by_category == ((honesty.id, 1),)
        assert journal.tallies_match()


def check_entries_after_notes(vault: Vault) -> None:
    """The golden entries, unchanged by the notebook's use (nothing is an entry)."""
    journal = JournalService(vault.db)
    assert journal.count() == 4
    assert [hit.entry.day for hit in journal.search("sister")] == [date(2026, 11, 21)]
    assert vault.check() == []


def test_the_notebook_index_is_built_again_with_what_was_in_it(
    golden: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal that had notebook words before the coping tools came is searched as before
    once its index is rebuilt (m005): every part, and only each note's latest version."""
    from sqlite_utils import Database, Migrations

    import iop_companion.vault.schema as schema_module
    from iop_companion.core.notebook import Attendance, NotebookService, NoteSection, SessionKind
    from tests.conftest import FixedClock

    earlier = Migrations(schema_module.migrations.name)
    for migration in schema_module.migrations.pending(Database(memory=True)):
        if migration.name == "m005_coping_tools":
            break
        earlier(name=migration.name)(migration.fn)
    clock = FixedClock(datetime(2026, 11, 27, 10, 30).astimezone())
    monkeypatch.setattr(schema_module, "migrations", earlier)
    with Vault.unlock(golden, PASSPHRASE) as vault:
        assert "notebook_check_ins" not in vault.db.table_names()
        # Written as the version before m005 wrote them (today's services need today's schema).
        db = vault.db
        with db.conn:
            for text, saved_at in [("Payday harbour", "10:00"), ("Payday, and Sundays", "10:05")]:
                db.execute(
                    "INSERT INTO notebook_notes(section, text, saved_at) VALUES (?, ?, ?)",
                    [NoteSection.TRIGGERS.value, text, f"2026-11-27T{saved_at}:00.000000+00:00"],
                )
            old_id, new_id = (r[0] for r in db.execute("SELECT id FROM notebook_notes ORDER BY id"))
            item_id = db.execute(
                "INSERT INTO notebook_bring_up(text, added_on, position) "
                "VALUES ('Zoom is hard', '2026-11-27', 0)"
            ).lastrowid
            session_id = db.execute(
                "INSERT INTO notebook_sessions(day, kind, attendance, note) VALUES (?, ?, ?, ?)",
                ["2026-11-25", SessionKind.GROUP.value, Attendance.ATTENDED.value, "Zoom froze"],
            ).lastrowid
            phrase_id = db.execute(
                "INSERT INTO notebook_phrases(text, position) VALUES (?, 100)",
                ["Zoom or not, I'm here"],
            ).lastrowid
        assert item_id is not None and phrase_id is not None
    monkeypatch.undo()
    with Vault.unlock(golden, PASSPHRASE) as vault:  # m005 runs here, on the encrypted file
        notebook = NotebookService(vault.db, JournalService(vault.db, clock=clock), clock=clock)
        found = {(h.part, h.item_id) for h in notebook.search("zoom")}
        assert found == {("bring_up", item_id), ("session", session_id), ("phrase", phrase_id)}
        assert [h.item_id for h in notebook.search("payday")] == [new_id]
        assert notebook.search("harbour") == []  # an older version stays in the history only
        history = notebook.note_history(NoteSection.TRIGGERS)
        assert [(n.id, n.text) for n in history] == [
            (new_id, "Payday, and Sundays"),
            (old_id, "Payday harbour"),
        ]
        notebook.edit_bring_up(item_id, "In person, please")
        assert {h.part for h in notebook.search("zoom")} == {"session", "phrase"}
        notebook.delete_phrase(phrase_id)
        assert {h.part for h in notebook.search("zoom")} == {"session"}
        assert vault.check() == []
