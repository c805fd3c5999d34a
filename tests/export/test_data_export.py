"""The JSON and CSV exports: private entries never leave; the columns are the documented ones."""

from __future__ import annotations

import csv
import io
import json

from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter
from iop_companion.export.data import CSV_COLUMNS, write_csv
from tests.export.helpers import PRIVATE_MARK, SHAREABLE, export_text


def csv_text(journal: JournalService) -> str:
    out = io.StringIO()
    assert write_csv(journal, out) == SHAREABLE
    return out.getvalue()


def test_private_entries_are_never_in_an_export(source: JournalService) -> None:
    private_uids = {e.uid for e in source.entries(limit=100) if e.private}
    assert len(private_uids) == 2
    for text in (export_text(source), csv_text(source)):
        assert PRIVATE_MARK.casefold() not in text.casefold()
        assert not [uid for uid in private_uids if uid in text]
        assert '"private"' not in text and ",private," not in text


def test_json_export_has_every_documented_field(source: JournalService) -> None:
    document = json.loads(export_text(source))
    assert list(document) == [
        "format",
        "version",
        "app_version",
        "exported_at",
        "categories",
        "entries",
    ]
    assert len(document["entries"]) == SHAREABLE
    assert all(list(entry) == list(CSV_COLUMNS) for entry in document["entries"])
    hidden = [c for c in document["categories"] if c["hidden"]]
    assert [c["name"] for c in hidden] == ["Old program"]
    days = [entry["day"] for entry in document["entries"]]
    assert days == sorted(days, reverse=True)  # newest first


def test_csv_has_one_row_per_entry_with_the_documented_columns(source: JournalService) -> None:
    rows = list(csv.reader(io.StringIO(csv_text(source))))
    assert (
        tuple(rows[0])
        == CSV_COLUMNS
        == (
            "uid",
            "kind",
            "day",
            "text",
            "note",
            "category",
            "after_hard_moment",
            "moment_word",
            "tags",
            "created_at",
            "updated_at",
        )
    )
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert len(records) == SHAREABLE == source.count(EntryFilter(include_private=False))
    by_text = {r["text"]: r for r in records}
    after = by_text["Showed up to group after a slip"]
    assert (after["category"], after["after_hard_moment"], after["tags"]) == (
        "Group work",
        "yes",
        "group, Tuesday",
    )
    assert by_text["Came back"]["after_hard_moment"] == ""
    slip = by_text["Rough night"]
    assert (slip["kind"], slip["moment_word"], slip["category"]) == ("hard_moment", "slip", "")
    # A win without a category is an "Other win" to read; in JSON it stays null, for import.
    assert by_text["Called instead of ghosting — ça compte 😊"]["category"] == "Other win"
    document = json.loads(export_text(source))
    [plain] = [e for e in document["entries"] if e["text"].startswith("Called instead")]
    assert plain["category"] is None


def test_json_export_is_the_same_in_every_language(source: JournalService) -> None:
    """A script reads the same field values whatever language the app speaks (issue 21)."""
    from iop_companion import i18n
    from iop_companion.language import words_for
    from tests.export.helpers import export_document, without_time

    english = without_time(export_document(source))
    with i18n.speaking(words_for("es")):
        spanish = without_time(export_document(source))
    assert spanish == english
