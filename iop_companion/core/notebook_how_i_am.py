"""How I am, in words: a check-in without a score. Words from a short list or the person's own,
the HALT check (hungry, angry, lonely, tired) and one optional line, for a day.

It is context on the timeline, like a hard moment: it adds to the record and takes nothing away.
``how_i_am_list(since, until)`` gives a range of days, as the timeline reads them.

A part of ``NotebookService`` (``core/notebook.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from iop_companion.core.checks import MAX_NAME_CHARS, check_day, clean_text, notebook_text
from iop_companion.core.coping_model import (
    FEELING_WORDS,
    MAX_HOW_I_AM_LINE_CHARS,
    MAX_HOW_I_AM_WORDS,
    Halt,
    HowIAm,
    halt_in_order,
)
from iop_companion.core.entries import new_uid
from iop_companion.core.notebook_model import utc_text
from iop_companion.core.storage import (
    Service,
    day_where,
    delete_row,
    first_found,
    insert_row,
    restore_uid_row,
    update_row,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate
from iop_companion.vault.database import plain_errors

notebook_how_i_am = Context("notebook_how_i_am")

TABLE = "notebook_how_i_am"
_SELECT = f"SELECT id, uid, day, words, halt, line, created_at FROM {TABLE}"  # noqa: S608
_NEWEST_FIRST = "ORDER BY day DESC, created_at DESC, id DESC"
_NOTHING_YET = QT_TRANSLATE_NOOP(
    "notebook_how_i_am", "Pick a word, tick one of HALT, or write a line first. Any one is enough."
)


class HowIAmCheckIns(Service):
    def record_how_i_am(
        self,
        day: date,
        *,
        words: Iterable[str] = (),
        halt: Iterable[Halt | str] = (),
        line: str = "",
    ) -> HowIAm:
        """Keep how the person is on ``day`` (today or earlier): at least a word, a HALT tick
        or a line."""
        fields = _fields(words, halt, line)
        row = {
            "uid": new_uid(),
            "day": check_day(day, self.today).isoformat(),
            **fields,
            "created_at": utc_text(self._clock()),
        }
        with plain_errors(), self._db.atomic():
            item_id = insert_row(self._db, TABLE, row)
        return self.how_i_am(item_id)

    def how_i_am(self, item_id: int) -> HowIAm:
        return first_found(self._how_i_am("WHERE id = ?", [item_id]), NotInNotebook)

    def how_i_am_list(self, since: date | None = None, until: date | None = None) -> list[HowIAm]:
        """Every one from ``since`` to ``until`` (both included, either open), newest first."""
        where, params = day_where("day", since, until)
        return self._how_i_am(f"{where} {_NEWEST_FIRST}", params)

    def edit_how_i_am(
        self,
        item_id: int,
        *,
        day: date | None = None,
        words: Iterable[str] | None = None,
        halt: Iterable[Halt | str] | None = None,
        line: str | None = None,
    ) -> HowIAm:
        """Change the given fields (None leaves one as it is); something must stay in it."""
        before = self.how_i_am(item_id)
        fields = _fields(
            before.words if words is None else words,
            before.halt if halt is None else halt,
            before.line if line is None else line,
        )
        if day is not None:
            fields["day"] = check_day(day, self.today).isoformat()
        update_row(self._db, TABLE, item_id, fields)
        return self.how_i_am(item_id)

    def delete_how_i_am(self, item_id: int) -> None:
        """Remove one; keep the ``HowIAm`` to give it back with ``restore_how_i_am``."""
        delete_row(self._db, TABLE, item_id, NotInNotebook)

    def restore_how_i_am(self, item: HowIAm) -> HowIAm:
        """Bring a deleted one back as it was, id and uid too (for undo)."""
        row = {
            "id": item.id,
            "uid": item.uid,
            "day": item.day.isoformat(),
            "words": json.dumps(list(item.words), ensure_ascii=False),
            "halt": json.dumps([h.value for h in item.halt]),
            "line": item.line,
            "created_at": utc_text(item.created_at or self._clock()),
        }
        return self.how_i_am(restore_uid_row(self._db, TABLE, row))

    def _how_i_am(self, where: str, params: Sequence[Any]) -> list[HowIAm]:
        with plain_errors():
            rows = self._db.execute(f"{_SELECT} {where}", list(params)).fetchall()
        return [
            HowIAm(
                id=row[0],
                uid=row[1],
                day=date.fromisoformat(row[2]),
                words=tuple(json.loads(row[3])),
                halt=stored_halt(row[4]),
                line=row[5],
                created_at=datetime.fromisoformat(row[6]).astimezone(UTC),
            )
            for row in rows
        ]


def _fields(words: Iterable[str], halt: Iterable[Halt | str], line: str) -> dict[str, Any]:
    chosen, ticked, said = how_i_am_words(words), halt_in_order(list(halt)), how_i_am_line(line)
    if not (chosen or ticked or said):
        raise InvalidEntry(translate("notebook_how_i_am", _NOTHING_YET))
    return {
        "words": json.dumps(list(chosen), ensure_ascii=False),
        "halt": json.dumps([h.value for h in ticked]),
        "line": said,
    }


def how_i_am_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words, each once whatever its case, in the order given: a list word as the list
    writes it, the person's own with their spaces collapsed (checked like a tag)."""
    if isinstance(words, str):
        raise TypeError("words must be a list of words, not one string")
    listed = {word.casefold(): word for word in FEELING_WORDS}
    seen: dict[str, str] = {}
    for raw in words:
        if not isinstance(raw, str):
            raise TypeError("each word must be str")
        word = clean_text(
            " ".join(raw.split()),
            limit=MAX_NAME_CHARS,
            too_long=lambda: notebook_how_i_am.tr(
                "Keep each word under %Ln character(s).", None, MAX_NAME_CHARS
            ),
        )
        if word:
            seen.setdefault(word.casefold(), listed.get(word.casefold(), word))
    if len(seen) > MAX_HOW_I_AM_WORDS:
        raise InvalidEntry(
            notebook_how_i_am.tr(
                "Pick up to %Ln word(s). The line can say the rest.", None, MAX_HOW_I_AM_WORDS
            )
        )
    return tuple(seen.values())


def how_i_am_line(text: str) -> str:
    """One line: its line breaks and runs of spaces made one space."""
    return " ".join(
        notebook_text(
            text,
            limit=MAX_HOW_I_AM_LINE_CHARS,
            too_long=lambda: notebook_how_i_am.tr(
                "Keep the line under %Ln character(s). Your journal has room for more.",
                None,
                MAX_HOW_I_AM_LINE_CHARS,
            ),
        ).split()
    )


def stored_halt(text: str) -> tuple[Halt, ...]:
    """HALT ticks as kept (a JSON list of their values), in HALT's order; unknown ones skipped."""
    known = {h.value for h in Halt}
    return halt_in_order([value for value in json.loads(text) if value in known])
