"""What I have going for me: recovery capital check-ins (BARC-10, ``core/barc10.py``), each kept
as it was, beside the others; and the gentle nudge the person may turn on.

Recording a check-in adds one; none replaces, changes or hides another, and there is no editing
one afterwards (a check-in is how things looked that day). Deleting one is the person's choice
and can be undone (``restore_check_in``). A statement may be skipped; at least one needs an
answer, and the total is there only once all ten have one (``CapitalCheckIn.total``).

The nudge's choice and days are kept in the encrypted journal's settings, like the program's
number; whether one is due is ``core/check_in_nudge.nudge_due``.

A part of ``NotebookService`` (``core/notebook.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from iop_companion.core import barc10
from iop_companion.core.check_in_nudge import NUDGE_PERIODS, nudge_due
from iop_companion.core.checks import check_day, notebook_text
from iop_companion.core.coping_model import MAX_CHECK_IN_NOTE_CHARS, CapitalCheckIn
from iop_companion.core.entries import new_uid
from iop_companion.core.notebook_model import utc_text
from iop_companion.core.storage import (
    Service,
    day_where,
    delete_row,
    first_found,
    insert_row,
    read_setting,
    restore_uid_row,
    write_setting,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.i18n import Context, translate
from iop_companion.vault.database import plain_errors

notebook_check_ins = Context("notebook_check_ins")

TABLE = "notebook_check_ins"
ANSWER_COLUMNS = tuple(f"answer_{n}" for n in range(1, len(barc10.STATEMENTS) + 1))
_SELECT = f"SELECT id, uid, day, {', '.join(ANSWER_COLUMNS)}, note, created_at FROM {TABLE}"  # noqa: S608
_NEWEST_FIRST = "ORDER BY day DESC, created_at DESC, id DESC"

# Settings (the journal's encrypted ``settings`` table): the nudge's period in months ("" off),
# the day it was chosen, the last day a nudge was shown.
NUDGE_MONTHS, NUDGE_CHOSEN_ON, NUDGE_SHOWN_ON = (
    "check_in_nudge_months",
    "check_in_nudge_chosen_on",
    "check_in_nudge_shown_on",
)


class CheckIns(Service):
    def record_check_in(
        self, day: date, answers: Sequence[int | None], note: str = ""
    ) -> CapitalCheckIn:
        """Keep a new check-in for ``day`` (today or earlier): ten answers, 1 ("Strongly
        disagree") to 6 ("Strongly agree"), None for a skipped statement."""
        checked = check_answers(answers)
        day = check_day(day, self.today)
        row: dict[str, Any] = {
            "uid": new_uid(),
            "day": day.isoformat(),
            **dict(zip(ANSWER_COLUMNS, checked, strict=True)),
            "note": check_in_note(note),
            "created_at": utc_text(self._clock()),
        }
        with plain_errors(), self._db.atomic():
            check_in_id = insert_row(self._db, TABLE, row)
        return self.check_in(check_in_id)

    def check_in(self, check_in_id: int) -> CapitalCheckIn:
        return first_found(self._check_ins("WHERE id = ?", [check_in_id]), NotInNotebook)

    def check_ins(
        self, since: date | None = None, until: date | None = None
    ) -> list[CapitalCheckIn]:
        """Every check-in from ``since`` to ``until`` (both included, either open), newest
        first."""
        where, params = day_where("day", since, until)
        return self._check_ins(f"{where} {_NEWEST_FIRST}", params)

    def delete_check_in(self, check_in_id: int) -> None:
        """Remove a check-in; keep the ``CapitalCheckIn`` to give it back with
        ``restore_check_in``."""
        delete_row(self._db, TABLE, check_in_id, NotInNotebook)

    def restore_check_in(self, check_in: CapitalCheckIn) -> CapitalCheckIn:
        """Bring a deleted check-in back as it was, id and uid too (for undo)."""
        row: dict[str, Any] = {
            "id": check_in.id,
            "uid": check_in.uid,
            "day": check_in.day.isoformat(),
            **dict(zip(ANSWER_COLUMNS, check_in.answers, strict=True)),
            "note": check_in.note,
            "created_at": utc_text(check_in.created_at or self._clock()),
        }
        return self.check_in(restore_uid_row(self._db, TABLE, row))

    # -- the gentle nudge ---------------------------------------------------------------------

    @property
    def nudge_months(self) -> int:
        """Every how many months the person wants a gentle nudge; 0 (the default) for never."""
        value = read_setting(self._db, NUDGE_MONTHS)
        return int(value) if value.isdigit() and int(value) in NUDGE_PERIODS else 0

    def set_nudge_months(self, months: int) -> int:
        """Choose the nudge's period (0 turns it off); a new choice counts from today."""
        if isinstance(months, bool) or months not in NUDGE_PERIODS:
            raise InvalidEntry(
                translate("notebook_check_ins", "Choose every 1, 2 or 3 months, or no reminder.")
            )
        if months != self.nudge_months:
            with plain_errors(), self._db.atomic():
                write_setting(self._db, NUDGE_MONTHS, str(months) if months else "")
                write_setting(self._db, NUDGE_CHOSEN_ON, self.today.isoformat() if months else "")
        return months

    def nudge_due(self, day: date | None = None) -> bool:
        """Whether to show the nudge on ``day`` (today): never when it is off, at most once a
        period (``check_in_nudge.nudge_due``)."""
        latest = self._check_ins(f"{_NEWEST_FIRST} LIMIT 1", [])
        return nudge_due(
            day or self.today,
            months=self.nudge_months,
            chosen_on=_day_or_none(read_setting(self._db, NUDGE_CHOSEN_ON)),
            last_check_in=latest[0].day if latest else None,
            last_shown=_day_or_none(read_setting(self._db, NUDGE_SHOWN_ON)),
        )

    def note_nudge_shown(self, day: date | None = None) -> None:
        """The nudge was shown on ``day`` (today): the next one waits a whole period."""
        with plain_errors(), self._db.atomic():
            write_setting(self._db, NUDGE_SHOWN_ON, (day or self.today).isoformat())

    # -- rows ---------------------------------------------------------------------------------

    def _check_ins(self, where: str, params: Sequence[Any]) -> list[CapitalCheckIn]:
        with plain_errors():
            rows = self._db.execute(f"{_SELECT} {where}", list(params)).fetchall()
        count = len(ANSWER_COLUMNS)
        return [
            CapitalCheckIn(
                id=row[0],
                uid=row[1],
                day=date.fromisoformat(row[2]),
                answers=tuple(row[3 : 3 + count]),
                note=row[3 + count],
                created_at=datetime.fromisoformat(row[4 + count]).astimezone(UTC),
            )
            for row in rows
        ]


def check_answers(answers: Sequence[int | None]) -> barc10.Answers:
    """Ten answers, each a whole number from 1 to 6 or None; at least one answered."""
    if isinstance(answers, str | bytes) or len(answers) != len(barc10.STATEMENTS):
        raise InvalidEntry(
            translate(
                "notebook_check_ins",
                "A check-in has ten statements: give an answer, or none, for each.",
            )
        )
    for answer in answers:
        if answer is not None and (
            isinstance(answer, bool)
            or not isinstance(answer, int)
            or not barc10.LOWEST_ANSWER <= answer <= barc10.HIGHEST_ANSWER
        ):
            raise InvalidEntry(
                translate(
                    "notebook_check_ins",
                    "Each answer is a step from 1 ({lowest}) to 6 ({highest}).",
                ).format(
                    lowest=barc10.answer_label(barc10.LOWEST_ANSWER),
                    highest=barc10.answer_label(barc10.HIGHEST_ANSWER),
                )
            )
    if all(answer is None for answer in answers):
        raise InvalidEntry(
            translate(
                "notebook_check_ins",
                "Answer at least one statement. You can skip any of the others.",
            )
        )
    return tuple(answers)


def check_in_note(text: str) -> str:
    return notebook_text(
        text,
        limit=MAX_CHECK_IN_NOTE_CHARS,
        too_long=lambda: notebook_check_ins.tr(
            "A check-in's note holds up to %Ln character(s). The rest could go in your journal.",
            None,
            MAX_CHECK_IN_NOTE_CHARS,
        ),
    )


def _day_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
