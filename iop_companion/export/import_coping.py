"""Checking the coping tools' part of an import file's notebook (format version 3 on): check-ins,
how I am, picking up from here and the plan for hard times (``docs/export-format.md``).

Each record is checked as the app checks what a person types, and refused with one sentence
that names it ("Check-in 2", "How I am check-in 1", "Picking-up note 3", "Hard-times plan
version 1"), never quoting its words. ``export/importer.py`` calls ``CopingChecker.parts`` with
the rest of the notebook, so nothing is written until the whole file has passed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from iop_companion.core import barc10
from iop_companion.core.coping_model import (
    MAX_CHECK_IN_NOTE_CHARS,
    MAX_CONTACT_NAME_CHARS,
    MAX_CONTACT_NUMBER_CHARS,
    MAX_HOW_I_AM_LINE_CHARS,
    MAX_HOW_I_AM_WORDS,
    MAX_PICKING_UP_CHARS,
    MAX_PLAN_PEOPLE,
    MAX_PLAN_TEXT_CHARS,
    Contact,
    Halt,
    ImportedCheckIn,
    ImportedHowIAm,
    ImportedPickingUp,
    ImportedPlanVersion,
    halt_in_order,
)
from iop_companion.core.notebook_how_i_am import how_i_am_words
from iop_companion.export.import_fields import (
    checked_day,
    checked_list,
    checked_name,
    checked_text,
    checked_time,
    checked_uid,
    record_of,
    refused,
    saved_time,
)
from iop_companion.i18n import translate

# The coping tools' parts of the notebook object, as the file names them.
PARTS = ("check_ins", "how_i_am", "picking_up", "hard_times_plan")
_Record = TypeVar("_Record")


class CopingChecker:
    def __init__(self, today: date) -> None:
        self.today = today

    def parts(self, notebook: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
        """The four parts, checked, in the file's order, by their names in ``NotebookPlan``."""
        check_ins = self.each(
            notebook, "check_ins", translate("import_coping", "Check-in {number}"), self.check_in
        )
        how_i_am = self.each(
            notebook,
            "how_i_am",
            translate("import_coping", "How I am check-in {number}"),
            self.how_i_am,
        )
        picking_up = self.each(
            notebook,
            "picking_up",
            translate("import_coping", "Picking-up note {number}"),
            self.picking_up,
        )
        plan = self.each(
            notebook,
            "hard_times_plan",
            translate("import_coping", "Hard-times plan version {number}"),
            self.plan_version,
        )
        _one_each(
            check_ins,
            lambda c: c.uid,
            translate("import_coping", "Check-in {number} has the same uid as check-in {earlier}."),
        )
        _one_each(
            how_i_am,
            lambda h: h.uid,
            translate(
                "import_coping",
                "How I am check-in {number} has the same uid as how I am check-in {earlier}.",
            ),
        )
        _one_each(
            picking_up,
            lambda p: p.uid,
            translate(
                "import_coping",
                "Picking-up note {number} has the same uid as picking-up note {earlier}.",
            ),
        )
        _one_each(
            picking_up,
            lambda p: p.entry_uid,
            translate(
                "import_coping",
                "Picking-up note {number} has the same hard moment as picking-up note {earlier}.",
            ),
        )
        return {
            "check_ins": check_ins,
            "how_i_am": how_i_am,
            "picking_up": picking_up,
            "hard_times_plan": plan,
        }

    @staticmethod
    def each(
        notebook: dict[str, Any], key: str, name: str, check: Callable[[Any, str], _Record]
    ) -> tuple[_Record, ...]:
        value = notebook.get(key, [])
        if not isinstance(value, list):
            raise refused(
                translate("import_coping", 'The notebook\'s "{key}" should be a list.').format(
                    key=key
                )
            )
        # ``name`` is a sentence's name for each record, with its {number}
        return tuple(check(item, name.format(number=n)) for n, item in enumerate(value, 1))

    def day(self, record: dict[str, Any], where: str) -> date:
        day = checked_day(record.get("day"), where, '"day"', today=self.today, required=True)
        assert day is not None
        return day

    # -- the records --------------------------------------------------------------------------

    def check_in(self, item: Any, where: str) -> ImportedCheckIn:
        record = record_of(
            item, where, translate("import_coping", "a check-in (with a uid, day and answers)")
        )
        uid = checked_uid(record, "uid", where, required=True)
        assert uid is not None
        answers = record.get("answers")
        count = len(barc10.STATEMENTS)
        if (
            not isinstance(answers, list)
            or len(answers) != count
            or not all(_is_answer(answer) for answer in answers)
        ):
            raise refused(
                translate(
                    "import_coping",
                    '{where}\'s "answers" should be a list of {count} answers, each a whole '
                    "number from {lowest_answer} to {highest_answer} or null for a statement "
                    "skipped.",
                ).format(
                    where=where,
                    count=count,
                    lowest_answer=barc10.LOWEST_ANSWER,
                    highest_answer=barc10.HIGHEST_ANSWER,
                )
            )
        if all(answer is None for answer in answers):
            raise refused(
                translate(
                    "import_coping", "{where} has no answers: at least one statement needs one."
                ).format(where=where)
            )
        return ImportedCheckIn(
            uid=uid,
            day=self.day(record, where),
            answers=tuple(answers),
            note=checked_text(record, where, key="note", limit=MAX_CHECK_IN_NOTE_CHARS),
            created_at=checked_time(record, "created_at", where),
        )

    def how_i_am(self, item: Any, where: str) -> ImportedHowIAm:
        record = record_of(
            item, where, translate("import_coping", "a how I am check-in (with a uid and day)")
        )
        uid = checked_uid(record, "uid", where, required=True)
        assert uid is not None
        raw = checked_list(record, "words", where, translate("import_coping", "a list of words"))
        words = [checked_name(word, where, "word", nullable=False) or "" for word in raw]
        if len({word.casefold() for word in words if word}) > MAX_HOW_I_AM_WORDS:
            raise refused(
                translate(
                    "import_coping", "{where} has more than {max_how_i_am_words} words."
                ).format(where=where, max_how_i_am_words=MAX_HOW_I_AM_WORDS)
            )
        chosen = how_i_am_words(words)
        line = " ".join(
            checked_text(record, where, key="line", limit=MAX_HOW_I_AM_LINE_CHARS).split()
        )
        halt = _halt(record, where)
        if not (chosen or halt or line):
            raise refused(
                translate("import_coping", "{where} has no words, HALT ticks or line.").format(
                    where=where
                )
            )
        return ImportedHowIAm(
            uid=uid,
            day=self.day(record, where),
            words=chosen,
            halt=halt,
            line=line,
            created_at=checked_time(record, "created_at", where),
        )

    def picking_up(self, item: Any, where: str) -> ImportedPickingUp:
        record = record_of(
            item, where, translate("import_coping", "a picking-up note (with a uid)")
        )
        uid = checked_uid(record, "uid", where, required=True)
        assert uid is not None
        texts = {
            key: checked_text(record, where, key=key, limit=MAX_PICKING_UP_CHARS)
            for key in ("going_on", "did", "helped")
        }
        halt = _halt(record, where)
        if not (halt or any(texts.values())):
            raise refused(
                translate("import_coping", "{where} has nothing in it.").format(where=where)
            )
        return ImportedPickingUp(
            uid=uid,
            entry_uid=checked_uid(record, "entry_uid", where, required=False),
            halt=halt,
            written_at=checked_time(record, "written_at", where),
            **texts,
        )

    def plan_version(self, item: Any, where: str) -> ImportedPlanVersion:
        record = record_of(
            item, where, translate("import_coping", "a version of the plan (with its saved_at)")
        )
        texts = {
            key: checked_text(record, where, key=key, limit=MAX_PLAN_TEXT_CHARS)
            for key in ("signs", "on_my_own", "places", "remember")
        }
        people = checked_list(
            record, "people", where, translate("import_coping", "a list of people")
        )
        contacts = _people(
            [
                self.person(
                    p, translate("import_coping", "{where}'s person {n}").format(where=where, n=n)
                )
                for n, p in enumerate(people, 1)
            ]
        )
        if len(contacts) > MAX_PLAN_PEOPLE:
            raise refused(
                translate(
                    "import_coping", "{where} has more than {max_plan_people} people."
                ).format(where=where, max_plan_people=MAX_PLAN_PEOPLE)
            )
        return ImportedPlanVersion(
            saved_at=saved_time(record, "saved_at", where, self.today), people=contacts, **texts
        )

    @staticmethod
    def person(item: Any, where: str) -> Contact:
        record = record_of(
            item, where, translate("import_coping", "a person (with a name, a number or both)")
        )
        name = checked_text(record, where, key="name", limit=MAX_CONTACT_NAME_CHARS)
        number = checked_text(record, where, key="number", limit=MAX_CONTACT_NUMBER_CHARS)
        return Contact(" ".join(name.split()), " ".join(number.split()))


def _is_answer(value: Any) -> bool:
    return value is None or (
        type(value) is int and barc10.LOWEST_ANSWER <= value <= barc10.HIGHEST_ANSWER
    )


def _halt(record: dict[str, Any], where: str) -> tuple[Halt, ...]:
    ticks = checked_list(record, "halt", where, "a list")
    known = [h.value for h in Halt]
    if not all(isinstance(tick, str) and tick in known for tick in ticks):
        names = ", ".join(f'"{name}"' for name in known)
        raise refused(
            translate("import_coping", '{where}\'s "halt" should list any of {names}.').format(
                where=where, names=names
            )
        )
    return halt_in_order(ticks)


def _people(people: Sequence[Contact]) -> tuple[Contact, ...]:
    """As when typed: a person with neither a name nor a number is left out."""
    return tuple(person for person in people if person.name or person.number)


def _one_each(
    records: Sequence[_Record], key: Callable[[_Record], str | None], sentence: str
) -> None:
    """Refuse a second record with the same ``key`` (None keys never clash), in ``sentence``
    (with the record's {number} and the {earlier} one's)."""
    first_with: dict[str, int] = {}
    for number, record in enumerate(records, 1):
        value = key(record)
        if value is None:
            continue
        if value in first_with:
            raise refused(sentence.format(number=number, earlier=first_with[value]))
        first_with[value] = number
