"""The import contract, rule by rule: docs/export-format.md, line by line, as hypothesis input.

A file the app would write passes. Change one field of it into something the format doesn't
allow, any such thing, and the whole file is refused with one sentence that names the record
(and never quotes what a person wrote).
"""

from __future__ import annotations

import copy
import json
import string
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iop_companion.errors import ImportRefused
from iop_companion.export.importer import read_export_file
from tests.export.test_import_refused import MARKER, TODAY, sample

NOTHING = " Nothing was imported."
SESSION_KINDS = ("group", "individual", "intake_call", "program_call", "meeting")


def document() -> dict[str, Any]:
    """Every record the format has, with every field, as the app writes them: the refusal
    tests' sample (a win, a hard moment, another win) with a version 2 notebook."""
    doc = sample()
    doc["version"] = 3
    doc["notebook"] = {
        "notes": [
            {
                "section": "triggers",
                "text": f"{MARKER} payday",
                "saved_at": "2026-11-27T09:30:00.000000+00:00",
            }
        ],
        "bring_up": [
            {"text": f"{MARKER} zoom", "added_on": "2026-11-02", "brought_up_on": "2026-11-20"}
        ],
        "plan": [{"id": 1, "weekday": 1, "at": "18:00", "kind": "group", "note": "Tuesday"}],
        "sessions": [
            {
                "day": "2026-11-24",
                "kind": "group",
                "attendance": "attended",
                "at": "18:00",
                "note": f"{MARKER} session",
                "plan": 1,
                "entry_uid": "e1",
            }
        ],
        "phrases": [{"text": f"{MARKER} here now"}],
        "check_ins": [
            {
                "uid": "c1",
                "day": "2026-11-20",
                "answers": [6, 5, 4, 3, 2, 1, None, 6, 6, 6],
                "note": f"{MARKER} note",
                "created_at": "2026-11-20T10:00:00.000000+00:00",
            }
        ],
        "how_i_am": [
            {
                "uid": "h1",
                "day": "2026-11-20",
                "words": ["calm", f"{MARKER}"],
                "halt": ["hungry"],
                "line": f"{MARKER} line",
                "created_at": "2026-11-20T10:00:00.000000+00:00",
            }
        ],
        "picking_up": [
            {
                "uid": "p1",
                "entry_uid": "e2",
                "going_on": f"{MARKER} going on",
                "halt": ["tired"],
                "did": f"{MARKER} did",
                "helped": f"{MARKER} helped",
                "written_at": "2026-11-20T11:00:00.000000+00:00",
            }
        ],
        "hard_times_plan": [
            {
                "signs": f"{MARKER} signs",
                "on_my_own": f"{MARKER} alone",
                "people": [{"name": f"{MARKER} Sam", "number": "555-0101"}],
                "places": f"{MARKER} places",
                "remember": f"{MARKER} remember",
                "saved_at": "2026-11-20T12:00:00.000000+00:00",
            }
        ],
    }
    return doc


# -- values the format doesn't allow, by what it says a field is --------------------------------

WORDS = st.text(alphabet=string.ascii_letters + " ", min_size=1, max_size=12)
ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | WORDS,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(WORDS, inner, max_size=2),
    max_leaves=4,
)


def other_than(*kinds: type, null: bool = False) -> st.SearchStrategy[Any]:
    """JSON values of none of these types (null counts as allowed when ``null``)."""

    def wrong(value: Any) -> bool:
        if value is None:
            return not null
        if isinstance(value, bool):
            return bool not in kinds
        return not isinstance(value, kinds)

    return ANY_JSON.filter(wrong)


def longer_than(limit: int) -> st.SearchStrategy[str]:
    return st.integers(limit + 1, limit + 50).map(lambda n: f"{MARKER}{'x' * n}")


UNSAVEABLE = st.sampled_from([f"{MARKER}\x00", f"{MARKER}\ud800", "\udfff"])
BLANK = st.text(alphabet=" \t\n", max_size=3)


def not_text(limit: int) -> st.SearchStrategy[Any]:
    """For a string that may be missing (then "") but is never null."""
    return other_than(str) | longer_than(limit) | UNSAVEABLE


def not_needed_text(limit: int) -> st.SearchStrategy[Any]:
    """For a string that must have words."""
    return not_text(limit) | BLANK


def not_a_name(*, null: bool) -> st.SearchStrategy[Any]:
    return other_than(str, null=null) | longer_than(60) | UNSAVEABLE


NOT_A_DAY = (  # null is no day: allowed only where a day is optional
    other_than(str, null=True)
    | st.text(alphabet=string.ascii_letters + "-/. ", max_size=12)
    | st.sampled_from(["2026-02-30", "2026-13-01", "26-11-27", "2026-W48-5", "2026-11-27T10:00"])
    | st.dates(min_value=TODAY + timedelta(days=1)).map(date.isoformat)
    | st.dates(max_value=date(1899, 12, 31)).map(date.isoformat)
)
NOT_A_TIME = (
    other_than(str, null=True)
    | st.text(alphabet=string.ascii_letters + "-:. ", max_size=12)
    | st.dates().map(date.isoformat)  # a day alone has no time of day
    | st.sampled_from(["2026-11-27T25:00:00", "2026-11-27T10:00:00+99:00", "yesterday"])
)
NOT_A_CLOCK_TIME = other_than(str, null=True) | st.sampled_from(
    ["24:00", "7:30", "18:00:00", "1800", "18h00", ""]
)
NOT_A_UID = (
    other_than(str)
    | st.text(min_size=1, max_size=3).filter(
        lambda t: not all(c in string.ascii_letters + string.digits + "-_" for c in t)
    )
    | st.just("x" * 65)
)


def not_whole(low: int, high: int, *, null: bool = False) -> st.SearchStrategy[Any]:
    return (
        other_than(int, null=null)
        | st.integers(max_value=low - 1)
        | st.integers(min_value=high + 1)
        | st.floats(low, high).filter(lambda f: not f.is_integer())
    )


def none_of(*allowed: Any) -> st.SearchStrategy[Any]:
    return ANY_JSON.filter(lambda value: value not in allowed or isinstance(value, bool))


@dataclass(frozen=True)
class Rule:
    """One line of the format: a field of one record and the values it must not have."""

    place: str  # how the refusal names the record
    path: tuple[str | int, ...]  # where the record is in the document
    key: str
    bad: st.SearchStrategy[Any]

    def apply(self, doc: dict[str, Any], value: Any) -> dict[str, Any]:
        record: Any = doc
        for step in self.path:
            record = record[step]
        record[self.key] = value
        return doc


WIN, HARD = ("entries", 0), ("entries", 1)
SESSIONS = ("notebook", "sessions", 0)
CHECK_IN, HOW_I_AM = ("notebook", "check_ins", 0), ("notebook", "how_i_am", 0)
PICKING_UP, PLAN = ("notebook", "picking_up", 0), ("notebook", "hard_times_plan", 0)
PERSON = (*PLAN, "people", 0)
PICKING_UP_TEXT, PLAN_TEXT = ("going_on", "did", "helped"), ("signs", "on_my_own", "places")
NOT_AN_ANSWER = (
    other_than(int, null=True) | st.booleans() | st.integers(max_value=0) | st.integers(min_value=7)
)
NOT_ANSWERS = (
    other_than(list)
    | st.lists(st.integers(1, 6) | st.none(), max_size=9)  # too few
    | st.lists(st.integers(1, 6) | st.none(), min_size=11, max_size=14)  # too many
    | st.just([None] * 10)  # none answered
    | st.tuples(st.integers(0, 9), NOT_AN_ANSWER).map(
        lambda bad: [bad[1] if n == bad[0] else 4 for n in range(10)]
    )
)
NOT_WORDS = (
    other_than(list)
    | st.lists(other_than(str), min_size=1, max_size=2)
    | st.lists(longer_than(60), min_size=1, max_size=1)
    | st.just([f"{MARKER} {n}" for n in range(21)])
)
NOT_HALT = other_than(list) | st.lists(
    ANY_JSON.filter(lambda v: v not in ("hungry", "angry", "lonely", "tired")),
    min_size=1,
    max_size=2,
)
RULES = [
    # An entry: both kinds
    *(
        rule
        for place, path in (("Entry 1", WIN), ("Entry 2", HARD))
        for rule in (
            Rule(place, path, "uid", NOT_A_UID),
            Rule(place, path, "kind", none_of("win", "hard_moment")),
            Rule(place, path, "day", NOT_A_DAY | st.none()),
            Rule(place, path, "note", not_text(20_000)),
            Rule(place, path, "after_hard_moment", other_than(bool)),
            Rule(place, path, "tags", other_than(list)),
            Rule(place, path, "tags", st.lists(other_than(str), min_size=1, max_size=2)),
            Rule(place, path, "tags", st.lists(longer_than(60), min_size=1, max_size=1)),
            Rule(place, path, "created_at", NOT_A_TIME),
            Rule(place, path, "updated_at", NOT_A_TIME),
            Rule(place, path, "private", st.just(True)),
        )
    ),
    # A win
    Rule("Entry 1", WIN, "text", not_needed_text(20_000)),
    Rule("Entry 1", WIN, "category", not_a_name(null=True)),
    Rule("Entry 1", WIN, "moment_word", other_than(str) | WORDS.filter(str.strip)),
    # A hard moment
    Rule("Entry 2", HARD, "text", not_text(20_000)),
    Rule("Entry 2", HARD, "category", other_than(str, null=True) | WORDS.filter(str.strip)),
    Rule("Entry 2", HARD, "after_hard_moment", st.just(True)),
    Rule("Entry 2", HARD, "moment_word", not_a_name(null=False)),
    # A category
    Rule("Category 1", ("categories", 0), "name", not_a_name(null=True) | BLANK),
    Rule("Category 1", ("categories", 0), "position", not_whole(0, 1_000_000)),
    Rule("Category 1", ("categories", 0), "hidden", other_than(bool)),
    # The notebook and its parts
    Rule('The "notebook"', (), "notebook", other_than(dict)),
    *(
        Rule("The notebook's \"" + part + '"', ("notebook",), part, other_than(list))
        for part in ("notes", "bring_up", "plan", "sessions", "phrases")
    ),
    Rule(
        "Notebook note 1",
        ("notebook", "notes", 0),
        "section",
        none_of("works", "doesnt_work", "limits", "triggers", "support"),
    ),
    Rule("Notebook note 1", ("notebook", "notes", 0), "text", not_text(20_000)),
    Rule(
        "Notebook note 1",
        ("notebook", "notes", 0),
        "saved_at",
        NOT_A_TIME
        | st.none()
        | st.just("2026-11-27T09:30:00")  # no offset
        | st.just("2026-11-29T09:30:00+00:00"),  # hasn't come yet
    ),
    Rule("Bring-up item 1", ("notebook", "bring_up", 0), "text", not_needed_text(1_000)),
    Rule("Bring-up item 1", ("notebook", "bring_up", 0), "added_on", NOT_A_DAY | st.none()),
    Rule("Bring-up item 1", ("notebook", "bring_up", 0), "brought_up_on", NOT_A_DAY),
    Rule("Plan item 1", ("notebook", "plan", 0), "id", not_whole(1, 1_000_000, null=True)),
    Rule("Plan item 1", ("notebook", "plan", 0), "weekday", not_whole(0, 6, null=True)),
    Rule("Plan item 1", ("notebook", "plan", 0), "at", NOT_A_CLOCK_TIME),
    Rule("Plan item 1", ("notebook", "plan", 0), "kind", none_of(*SESSION_KINDS)),
    Rule("Plan item 1", ("notebook", "plan", 0), "note", not_text(60)),
    Rule("Session 1", SESSIONS, "day", NOT_A_DAY | st.none()),
    Rule("Session 1", SESSIONS, "kind", none_of(*SESSION_KINDS)),
    Rule("Session 1", SESSIONS, "attendance", none_of("attended", "late", "left_early", "missed")),
    Rule("Session 1", SESSIONS, "at", NOT_A_CLOCK_TIME),
    Rule("Session 1", SESSIONS, "note", not_text(2_000)),
    Rule("Session 1", SESSIONS, "plan", none_of(None, 1)),
    Rule("Session 1", SESSIONS, "entry_uid", NOT_A_UID.filter(lambda v: v is not None)),
    Rule("Phrase 1", ("notebook", "phrases", 0), "text", not_needed_text(300)),
    # The coping tools (version 3)
    *(
        Rule("The notebook's \"" + part + '"', ("notebook",), part, other_than(list))
        for part in ("check_ins", "how_i_am", "picking_up", "hard_times_plan")
    ),
    Rule("Check-in 1", CHECK_IN, "uid", NOT_A_UID | st.none()),
    Rule("Check-in 1", CHECK_IN, "day", NOT_A_DAY | st.none()),
    Rule("Check-in 1", CHECK_IN, "answers", NOT_ANSWERS),
    Rule("Check-in 1", CHECK_IN, "note", not_text(2_000)),
    Rule("Check-in 1", CHECK_IN, "created_at", NOT_A_TIME),
    Rule("How I am check-in 1", HOW_I_AM, "uid", NOT_A_UID | st.none()),
    Rule("How I am check-in 1", HOW_I_AM, "day", NOT_A_DAY | st.none()),
    Rule("How I am check-in 1", HOW_I_AM, "words", NOT_WORDS),
    Rule("How I am check-in 1", HOW_I_AM, "halt", NOT_HALT),
    Rule("How I am check-in 1", HOW_I_AM, "line", not_text(300)),
    Rule("How I am check-in 1", HOW_I_AM, "created_at", NOT_A_TIME),
    Rule("Picking-up note 1", PICKING_UP, "uid", NOT_A_UID | st.none()),
    Rule("Picking-up note 1", PICKING_UP, "entry_uid", NOT_A_UID.filter(lambda v: v is not None)),
    *(Rule("Picking-up note 1", PICKING_UP, key, not_text(2_000)) for key in PICKING_UP_TEXT),
    Rule("Picking-up note 1", PICKING_UP, "halt", NOT_HALT),
    Rule("Picking-up note 1", PICKING_UP, "written_at", NOT_A_TIME),
    *(Rule("Hard-times plan version 1", PLAN, key, not_text(2_000)) for key in PLAN_TEXT),
    Rule("Hard-times plan version 1", PLAN, "people", other_than(list)),
    Rule("Hard-times plan version 1", PLAN, "people", st.lists(other_than(dict), min_size=1)),
    Rule("Hard-times plan version 1", PERSON, "name", not_text(60)),
    Rule("Hard-times plan version 1", PERSON, "number", not_text(80)),
    Rule(
        "Hard-times plan version 1",
        PLAN,
        "saved_at",
        NOT_A_TIME
        | st.none()
        | st.just("2026-11-20T09:30:00")  # no offset
        | st.just("2026-11-29T09:30:00+00:00"),  # hasn't come yet
    ),
]


def read(doc: dict[str, Any]) -> Any:
    return read_export_file(json.dumps(doc).encode("utf-8"), today=TODAY)


def test_the_file_as_the_app_writes_it_passes() -> None:
    checked = read(document())
    assert len(checked.entries.entries) == 3 and checked.notebook is not None


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.place}: {r.key}" for r in RULES])
@settings(max_examples=30)
@given(data=st.data())
def test_a_file_breaking_any_one_rule_is_refused_and_the_record_named(
    rule: Rule, data: st.DataObject
) -> None:
    value = data.draw(rule.bad, label=f"{rule.place}'s {rule.key}")
    try:
        read(rule.apply(copy.deepcopy(document()), value))
    except ImportRefused as error:
        sentence = error.sentence
        assert error.exit_code == 2
    else:
        raise AssertionError(f"{rule.place}'s {rule.key} = {value!r} was accepted")
    assert sentence.startswith(rule.place), sentence
    assert sentence.endswith(NOTHING)
    assert MARKER.casefold() not in sentence.casefold()
