"""My plan for hard times: one plan per journal, in the app's own words (not any published
form): what tells me a hard time is coming, what I can do on my own, people I can call or text,
places that help, what I want to remember, and my program's number.

Every saved version is kept, as What I know now keeps its sections: a plan changes as a person
learns, and what it said before is theirs too. ``hard_times_plan()`` is the latest. The
program's number is not copied into the plan: it is the one in the person's own details
(``core/own_details.py``), which Help now shows already.

A copy readable on the unlock screen is the person's choice, off by default; the choice is kept
in the encrypted journal. ``unlock_screen_text`` is the plain text for that copy ("" when the
choice is off or there is nothing to show). The vault has no unencrypted store of its own (only
the key file beside the database), so keeping that text where the locked app can read it, and
removing it when the choice is turned off, belongs to the desktop app.

A part of ``NotebookService`` (``core/notebook.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from iop_companion.core.checks import clean_text, notebook_text
from iop_companion.core.coping_model import (
    MAX_CONTACT_NAME_CHARS,
    MAX_CONTACT_NUMBER_CHARS,
    MAX_PLAN_PEOPLE,
    MAX_PLAN_TEXT_CHARS,
    PLAN_FIELDS,
    Contact,
    HardTimesPlan,
    plan_text,
)
from iop_companion.core.notebook_model import utc_text
from iop_companion.core.own_details import PROGRAM_PHONE
from iop_companion.core.storage import (
    Service,
    delete_row,
    first_found,
    insert_row,
    read_setting,
    write_setting,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.i18n import Context
from iop_companion.vault.database import plain_errors

notebook_hard_times = Context("notebook_hard_times")

TABLE = "notebook_hard_times_plan"
ON_UNLOCK_SCREEN = "hard_times_plan_on_unlock_screen"  # a setting: "1" when chosen
_SELECT = f"SELECT id, saved_at, signs, on_my_own, people, places, remember FROM {TABLE}"  # noqa: S608
_NEWEST_FIRST = "ORDER BY saved_at DESC, id DESC"


class HardTimes(Service):
    def hard_times_plan(self) -> HardTimesPlan | None:
        """The plan as last saved; None if it was never written, or was emptied."""
        latest = self._latest_hard_times()
        return latest if latest is not None and not latest.is_empty else None

    def hard_times_plan_history(self) -> list[HardTimesPlan]:
        """Every saved version, newest first (emptied versions too)."""
        return self._hard_times_versions(_NEWEST_FIRST, [])

    def save_hard_times_plan(
        self,
        *,
        signs: str | None = None,
        on_my_own: str | None = None,
        people: Sequence[Contact] | None = None,
        places: str | None = None,
        remember: str | None = None,
    ) -> HardTimesPlan | None:
        """Save a new version with the given parts (None keeps a part as it is); None when
        nothing changed. Saving every part empty keeps an emptied version: the older ones stay
        in the history."""
        with plain_errors(), self._db.atomic():
            latest = self._latest_hard_times()
            given: dict[str, Any] = {
                "signs": signs,
                "on_my_own": on_my_own,
                "people": people,
                "places": places,
                "remember": remember,
            }
            fields = {
                key: getattr(latest, key) if value is None and latest is not None else value
                for key, value in given.items()
            }
            row = {
                **{key: plan_part(fields[key] or "") for key in PLAN_FIELDS if key != "people"},
                "people": people_json(plan_people(fields["people"] or ())),
            }
            if row == (_row(latest) if latest is not None else _row(None)):
                return None
            now = self._clock().astimezone(UTC)
            if latest is not None:  # a clock set back never hides the newest version
                now = max(now, latest.saved_at)
            plan_id = insert_row(self._db, TABLE, {**row, "saved_at": utc_text(now)})
        return self._hard_times_version(plan_id)

    def take_back_hard_times_plan(self, version: HardTimesPlan) -> None:
        """Remove a version just saved (Undo). Only the latest can be taken back, so the
        history never loses one from the middle."""
        with plain_errors(), self._db.atomic():
            latest = self._latest_hard_times()
            if latest is None or latest.id != version.id:
                raise NotInNotebook()
            delete_row(self._db, TABLE, version.id, NotInNotebook)

    def hard_times_text(self) -> str:
        """The plan and the program's number as plain text ("" when there is neither)."""
        return plan_text(self.hard_times_plan(), read_setting(self._db, PROGRAM_PHONE))

    @property
    def plan_on_unlock_screen(self) -> bool:
        """Whether the person chose to keep a copy of the plan readable on the unlock screen."""
        return read_setting(self._db, ON_UNLOCK_SCREEN) == "1"

    def set_plan_on_unlock_screen(self, on: bool) -> bool:
        write_setting(self._db, ON_UNLOCK_SCREEN, "1" if on else "")
        return on

    def unlock_screen_text(self) -> str:
        """The text to keep outside the vault for the unlock screen: the plan's text while the
        person has chosen it, "" otherwise (then no copy should be kept)."""
        return self.hard_times_text() if self.plan_on_unlock_screen else ""

    def _latest_hard_times(self) -> HardTimesPlan | None:
        found = self._hard_times_versions(f"{_NEWEST_FIRST} LIMIT 1", [])
        return found[0] if found else None

    def _hard_times_version(self, plan_id: int) -> HardTimesPlan:
        return first_found(self._hard_times_versions("WHERE id = ?", [plan_id]), NotInNotebook)

    def _hard_times_versions(self, where: str, params: Sequence[Any]) -> list[HardTimesPlan]:
        with plain_errors():
            rows = self._db.execute(f"{_SELECT} {where}", list(params)).fetchall()
        return [
            HardTimesPlan(
                id=row[0],
                saved_at=datetime.fromisoformat(row[1]).astimezone(UTC),
                signs=row[2],
                on_my_own=row[3],
                people=stored_people(row[4]),
                places=row[5],
                remember=row[6],
            )
            for row in rows
        ]


def plan_part(text: str) -> str:
    return notebook_text(
        text,
        limit=MAX_PLAN_TEXT_CHARS,
        too_long=lambda: notebook_hard_times.tr(
            "Each part of the plan holds up to %Ln character(s). "
            "A short plan is easier to reach for.",
            None,
            MAX_PLAN_TEXT_CHARS,
        ),
    )


def plan_people(people: Sequence[Contact]) -> tuple[Contact, ...]:
    """Each person with their name and number cleaned (spaces collapsed); a person with
    neither is left out."""
    kept: list[Contact] = []
    for person in people:
        if not isinstance(person, Contact):
            raise TypeError("people must be Contacts")
        name = clean_text(
            " ".join(person.name.split()),
            limit=MAX_CONTACT_NAME_CHARS,
            too_long=lambda: notebook_hard_times.tr(
                "Keep each name under %Ln character(s).", None, MAX_CONTACT_NAME_CHARS
            ),
        )
        number = clean_text(
            " ".join(person.number.split()),
            limit=MAX_CONTACT_NUMBER_CHARS,
            too_long=lambda: notebook_hard_times.tr(
                "That's a long number. Keep it under %Ln character(s).",
                None,
                MAX_CONTACT_NUMBER_CHARS,
            ),
        )
        if name or number:
            kept.append(Contact(name, number))
    if len(kept) > MAX_PLAN_PEOPLE:
        raise InvalidEntry(
            notebook_hard_times.tr(
                "The plan holds up to %Ln (person|people).", None, MAX_PLAN_PEOPLE
            )
        )
    return tuple(kept)


def people_json(people: Sequence[Contact]) -> str:
    return json.dumps([{"name": p.name, "number": p.number} for p in people], ensure_ascii=False)


def stored_people(text: str) -> tuple[Contact, ...]:
    return tuple(Contact(p.get("name", ""), p.get("number", "")) for p in json.loads(text))


def _row(plan: HardTimesPlan | None) -> dict[str, str]:
    """A version's parts as they are stored (an empty plan's, for none)."""
    if plan is None:
        return {key: "" for key in PLAN_FIELDS} | {"people": people_json(())}
    return {
        "signs": plan.signs,
        "on_my_own": plan.on_my_own,
        "places": plan.places,
        "remember": plan.remember,
        "people": people_json(plan.people),
    }
