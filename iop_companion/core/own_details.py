"""The person's own details that belong inside the encrypted vault, such as their program's
phone number: a family member who sees it would learn what the journal is for, or the day of
their last session, for a summary's "since my last session". And one thing the journal must
remember about its own setup: whether its recovery code was kept."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from iop_companion.core.storage import read_setting, write_setting
from iop_companion.errors import InvalidEntry
from iop_companion.i18n import Context

own_details = Context("own_details")

if TYPE_CHECKING:
    from sqlite_utils import Database

PROGRAM_PHONE = "program_phone"
CODE_NOT_KEPT = "recovery_code_not_kept"
LAST_SESSION_DAY = "last_session_day"
MAX_PHONE_CHARS = 80


class OwnDetails:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def program_phone(self) -> str:
        return self._get(PROGRAM_PHONE)

    def set_program_phone(self, text: str) -> str:
        """Keep the program's number (and a name, if the person adds one); "" removes it."""
        text = " ".join(text.split())
        if len(text) > MAX_PHONE_CHARS:
            raise InvalidEntry(
                own_details.tr(
                    "That's a long number. Keep it under %Ln character(s).", None, MAX_PHONE_CHARS
                )
            )
        self._set(PROGRAM_PHONE, text)
        return text

    @property
    def last_session_day(self) -> date | None:
        """The day the person last said was their last session (in a summary), if any. A value
        that isn't a day (from a damaged or hand-edited file) reads as none."""
        text = self._get(LAST_SESSION_DAY)
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            return None

    def set_last_session_day(self, day: date | None) -> None:
        """Remember ``day`` for the next summary; None forgets it."""
        self._set(LAST_SESSION_DAY, day.isoformat() if day is not None else "")

    @property
    def recovery_code_kept(self) -> bool:
        """False from the moment the desktop's setup shows a recovery code until the person
        keeps it (types a group back, or saves it to a file): a setup left there is finished
        at the next unlock, with a new code."""
        return not self._get(CODE_NOT_KEPT)

    def set_recovery_code_kept(self, kept: bool) -> None:
        self._set(CODE_NOT_KEPT, "" if kept else "1")

    def _get(self, key: str) -> str:
        return read_setting(self._db, key)

    def _set(self, key: str, value: str) -> None:
        write_setting(self._db, key, value)
