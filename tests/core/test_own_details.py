"""The person's own details kept inside the journal: the last session's day, for a summary."""

from __future__ import annotations

from datetime import date

from iop_companion.core.own_details import LAST_SESSION_DAY, OwnDetails
from iop_companion.vault import Vault


def test_the_last_session_day_is_remembered_until_forgotten(vault: Vault) -> None:
    own = OwnDetails(vault.db)
    assert own.last_session_day is None
    own.set_last_session_day(date(2026, 11, 20))
    assert OwnDetails(vault.db).last_session_day == date(2026, 11, 20)
    own.set_last_session_day(None)
    assert own.last_session_day is None
    row = vault.db.execute("SELECT 1 FROM settings WHERE key = ?", [LAST_SESSION_DAY]).fetchone()
    assert row is None  # forgotten, not kept empty


def test_a_last_session_day_that_isnt_a_day_reads_as_none(vault: Vault) -> None:
    vault.db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)", [LAST_SESSION_DAY, "not a day"]
    )
    assert OwnDetails(vault.db).last_session_day is None
