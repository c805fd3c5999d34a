"""How an import file's fields are checked, one kind of field at a time: text, names, days,
times, flags, choices and uids, each refused with one sentence that names the record
(``where``: "Entry 17", "Session 3") and never quotes what it holds.

Shared by the checks of the whole file (``export/importer.py``) and of the coping tools' part of
its notebook (``export/import_coping.py``). The format: ``docs/export-format.md``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

from iop_companion.core.checks import (
    MAX_NAME_CHARS,
    Sentence,
    check_day,
    clean_tags,
    clean_text,
    said,
)
from iop_companion.errors import ImportRefused
from iop_companion.export.data import CSV_COLUMNS
from iop_companion.i18n import translate

MAX_POSITION = 1_000_000

DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
CLOCK_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")
DAY_AND_TIME = re.compile(r"[0-9][T ][0-9]")  # a day alone has no time of day
UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_TIME_CHARS = 40
# Field names a message may quote. Anything else in a file could be a person's words.
FIELDS = frozenset(
    {
        "format",
        "version",
        "app_version",
        "exported_at",
        "categories",
        "entries",
        "name",
        "position",
        "hidden",
        "private",
        *CSV_COLUMNS,  # every entry field an export writes
        # the notebook's parts and fields
        "notebook",
        "notes",
        "bring_up",
        "plan",
        "sessions",
        "phrases",
        "section",
        "saved_at",
        "added_on",
        "brought_up_on",
        "id",
        "weekday",
        "at",
        "attendance",
        "entry_uid",
        # the coping tools' (version 3)
        "check_ins",
        "how_i_am",
        "picking_up",
        "hard_times_plan",
        "answers",
        "words",
        "halt",
        "line",
        "going_on",
        "did",
        "helped",
        "written_at",
        "signs",
        "on_my_own",
        "people",
        "places",
        "remember",
        "number",
    }
)


def refused(sentence: str) -> ImportRefused:
    """The file refused: ``sentence`` (already in the reader's language) says why."""
    return ImportRefused(
        translate("import_fields", "{problem} Nothing was imported.").format(problem=sentence)
    )


def field_name(key: str) -> str:
    return f'"{key}"' if key in FIELDS else "a field"


class Repeated(dict[str, Any]):
    """A JSON object that had a key twice (json keeps only the last, silently)."""

    def __init__(self, pairs: list[tuple[str, Any]], key: str) -> None:
        super().__init__(pairs)
        self.key = key


def json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads``'s ``object_pairs_hook``: a key twice makes a ``Repeated``."""
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            return Repeated(pairs, key)
        seen.add(key)
    raise AssertionError("unreachable")  # pragma: no cover


def record_of(item: Any, where: str, what: Sentence) -> dict[str, Any]:
    """``item`` as a record (a JSON object, no key twice), or refused as not ``what``."""
    if not isinstance(item, dict):
        raise refused(
            translate("import_fields", "{where} isn't written as {what}.").format(
                where=where, what=said(what)
            )
        )
    if isinstance(item, Repeated):
        raise refused(
            translate("import_fields", "{where} has {key} twice.").format(
                where=where, key=field_name(item.key)
            )
        )
    return item


def parsed_day(value: Any) -> date | None:
    if not isinstance(value, str) or not DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def checked_day(
    value: Any, where: str, what: str, *, today: date, required: bool = False
) -> date | None:
    """A day from 1900 to ``today``, written YYYY-MM-DD, that a sentence calls ``what``; None
    when there's none and none is ``required``."""
    if value is None:
        if required:
            raise refused(
                translate("import_fields", "{where} has no {what}.").format(where=where, what=what)
            )
        return None
    day = parsed_day(value)
    if day is None:
        raise refused(
            translate(
                "import_fields", "{where}'s {what} should be written YYYY-MM-DD, like 2026-03-14."
            ).format(where=where, what=what)
        )
    return check_day(
        day,
        today,
        not_yet=lambda: translate("import_fields", "{where}'s {what} hasn't come yet.").format(
            where=where, what=what
        ),
        too_early=lambda: translate("import_fields", "{where}'s {what} is before 1900.").format(
            where=where, what=what
        ),
        fail=refused,
    )


def flag(record: dict[str, Any], key: str, where: str) -> bool:
    value = record.get(key, False)
    if not isinstance(value, bool):
        raise refused(
            translate("import_fields", '{where}\'s "{key}" should be true or false.').format(
                where=where, key=key
            )
        )
    return value


def checked_name(
    value: Any, where: str, key: str, *, required: bool = False, nullable: bool = True
) -> str | None:
    """A category, word or tag, cleaned the way the journal cleans one it saves. None (a
    missing name, or null where ``nullable``) comes back as None."""
    if value is None:
        if required:
            raise refused(
                translate("import_fields", "{where} has no {key}.").format(where=where, key=key)
            )
        if not nullable:
            raise refused(
                translate("import_fields", '{where}\'s "{key}" should be text.').format(
                    where=where, key=key
                )
            )
        return None
    if not isinstance(value, str):
        raise refused(
            translate("import_fields", '{where}\'s "{key}" should be text.').format(
                where=where, key=key
            )
        )
    if value.isascii() and "\x00" not in value:  # the usual name, without a sentence made
        joined = " ".join(value.split())
        if not joined and not required:
            return None
        if joined and len(joined) <= MAX_NAME_CHARS:
            return joined
    name = clean_text(
        " ".join(value.split()),  # takes no NUL or lone surrogate away
        limit=MAX_NAME_CHARS,
        empty=(
            lambda: translate("import_fields", "{where} has no {key}.").format(where=where, key=key)
        )
        if required
        else None,
        too_long=lambda: translate(
            "import_fields", "{where}'s {key} is longer than {max_name_chars} characters."
        ).format(where=where, key=key, max_name_chars=MAX_NAME_CHARS),
        unsaveable=lambda: unsaveable_sentence(where, key),
        fail=refused,
    )
    return name or None


def checked_tags(value: Any, where: str) -> tuple[str, ...]:
    if type(value) is list and not value:  # most entries have none
        return ()
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise refused(
            translate("import_fields", '{where}\'s "tags" should be a list of words.').format(
                where=where
            )
        )
    return clean_tags(value, lambda bare: checked_name(bare, where, "tag"))


def checked_time(record: dict[str, Any], key: str, where: str) -> datetime | None:
    """A date and time (a day alone is not one), in UTC when it has an offset."""
    value = record.get(key)
    if value is None:
        return None
    if (
        isinstance(value, str)
        and len(value) <= MAX_TIME_CHARS
        and value.isascii()
        and DAY_AND_TIME.search(value)
    ):
        try:
            moment = datetime.fromisoformat(value)
            return moment.astimezone(UTC) if moment.tzinfo else moment
        except (ValueError, OverflowError):
            pass
    raise refused(
        translate(
            "import_fields",
            '{where}\'s "{key}" should be a date and time like 2026-03-14T18:00:00+00:00.',
        ).format(where=where, key=key)
    )


def saved_time(record: dict[str, Any], key: str, where: str, today: date) -> datetime:
    """When a version was saved: required, with its offset, not after ``today``."""
    if record.get(key) is None:
        raise refused(
            translate("import_fields", '{where} has no "{key}".').format(where=where, key=key)
        )
    moment = checked_time(record, key, where)
    if moment is None or moment.tzinfo is None:
        raise refused(
            translate(
                "import_fields",
                '{where}\'s "{key}" should be a date and time with its offset, '
                "like 2026-03-14T18:00:00+00:00.",
            ).format(where=where, key=key)
        )
    if moment.astimezone().date() > today:
        raise refused(
            translate("import_fields", "{where}'s \"{key}\" hasn't come yet.").format(
                where=where, key=key
            )
        )
    return moment


def checked_uid(record: dict[str, Any], key: str, where: str, *, required: bool) -> str | None:
    """An entry's or a record's uid: 1 to 64 letters, digits, "-" or "_"."""
    uid = record.get(key)
    if uid is None:
        if required:
            raise refused(
                translate("import_fields", "{where} has no {key}.").format(where=where, key=key)
            )
        return None
    if not isinstance(uid, str) or not UID.fullmatch(uid):
        raise refused(
            translate(
                "import_fields", '{where}\'s {key} should be 1 to 64 letters, digits, "-" or "_".'
            ).format(where=where, key=field_name(key))
        )
    return uid


Choice = TypeVar("Choice", bound=StrEnum)


def checked_choice(record: dict[str, Any], key: str, where: str, choices: type[Choice]) -> Choice:
    value = record.get(key)
    if value is None:
        raise refused(
            translate("import_fields", '{where} has no "{key}".').format(where=where, key=key)
        )
    known = [choice.value for choice in choices]
    if value not in known:
        names = ", ".join(f'"{name}"' for name in known)
        raise refused(
            translate("import_fields", '{where}\'s "{key}" should be one of {names}.').format(
                where=where, key=key, names=names
            )
        )
    return choices(value)


def checked_text(
    record: dict[str, Any],
    where: str,
    *,
    key: str = "text",
    limit: int,
    required: bool = False,
    empty: Sentence | None = None,
    too_long: Sentence | None = None,
) -> str:
    """A text field: missing is "" (and so is null where it is required: then it has none);
    trimmed, not over ``limit``, no NUL or lone surrogate."""
    value = record.get(key)
    if value is None and (required or key not in record):
        value = ""
    if not isinstance(value, str):
        raise refused(
            translate("import_fields", '{where}\'s "{key}" should be text.').format(
                where=where, key=key
            )
        )
    if value.isascii() and "\x00" not in value:  # the usual text, without a sentence made
        trimmed = value.strip()
        if (trimmed or not required) and len(trimmed) <= limit:
            return trimmed
    return clean_text(
        value,
        limit=limit,
        empty=(
            empty
            or (
                lambda: translate("import_fields", "{where} has no {key}.").format(
                    where=where, key=key
                )
            )
        )
        if required
        else None,
        too_long=too_long
        or (
            lambda: translate(
                "import_fields", "{where}'s {key} is longer than {limit:,} characters."
            ).format(where=where, key=key, limit=limit)
        ),
        unsaveable=lambda: unsaveable_sentence(where, key),
        fail=refused,
    )


def unsaveable_sentence(where: str, key: str) -> str:
    """What's said of text with a NUL or a lone surrogate (JSON's "\\ud800" escapes make them)."""
    return translate("import_fields", "{where}'s {key} has characters that can't be saved.").format(
        where=where, key=key
    )


def checked_clock_time(record: dict[str, Any], where: str) -> time | None:
    value = record.get("at")
    if value is None:
        return None
    if isinstance(value, str) and CLOCK_TIME.fullmatch(value):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise refused(
        translate("import_fields", '{where}\'s "at" should be a time like 18:30, or null.').format(
            where=where
        )
    )


def checked_list(record: dict[str, Any], key: str, where: str, what: str = "a list") -> list[Any]:
    """A list field; missing is an empty list, null (or anything else) is refused."""
    value = record.get(key, [])
    if not isinstance(value, list):
        raise refused(
            translate("import_fields", '{where}\'s "{key}" should be {what}.').format(
                where=where, key=key, what=what
            )
        )
    return value
