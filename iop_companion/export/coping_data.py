"""The coping tools in the JSON export: the "check_ins", "how_i_am", "picking_up" and
"hard_times_plan" parts of its "notebook" object (format version 3, ``docs/export-format.md``).

Notes after a hard moment marked private stay out, like the hard moment itself: an export never
holds a private entry, nor a sign that one exists. The nudge and unlock-screen choices are
preferences, which exports never hold.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from iop_companion.core.coping_model import Contact
from iop_companion.core.notebook import NotebookService
from iop_companion.core.notebook_model import utc_text


def coping_json(notebook: NotebookService) -> dict[str, list[dict[str, Any]]]:
    return {
        "check_ins": [
            {
                "uid": check_in.uid,
                "day": check_in.day.isoformat(),
                "answers": list(check_in.answers),
                "note": check_in.note,
                "created_at": _moment(check_in.created_at),
            }
            for check_in in notebook.check_ins()
        ],
        "how_i_am": [
            {
                "uid": how.uid,
                "day": how.day.isoformat(),
                "words": list(how.words),
                "halt": [tick.value for tick in how.halt],
                "line": how.line,
                "created_at": _moment(how.created_at),
            }
            for how in notebook.how_i_am_list()
        ],
        "picking_up": [
            {
                "uid": notes.uid,
                "entry_uid": notes.entry_uid if notes.entry_id is not None else None,
                "going_on": notes.going_on,
                "halt": [tick.value for tick in notes.halt],
                "did": notes.did,
                "helped": notes.helped,
                "written_at": utc_text(notes.written_at),
            }
            for notes in notebook.picking_up_list()
            if not notes.private
        ],
        "hard_times_plan": [
            {
                "signs": version.signs,
                "on_my_own": version.on_my_own,
                "people": [_person(person) for person in version.people],
                "places": version.places,
                "remember": version.remember,
                "saved_at": utc_text(version.saved_at),
            }
            for version in reversed(notebook.hard_times_plan_history())
        ],
    }


def _person(person: Contact) -> dict[str, str]:
    return {"name": person.name, "number": person.number}


def _moment(moment: datetime | None) -> str | None:
    return utc_text(moment) if moment is not None else None
