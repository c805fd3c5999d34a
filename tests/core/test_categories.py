"""JournalService's categories and quick-win templates (``core/categories.py``), on a real
encrypted vault."""

from __future__ import annotations

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter
from iop_companion.errors import InvalidEntry
from iop_companion.vault.schema import DEFAULT_CATEGORIES, DEFAULT_TEMPLATES
from tests.core.helpers import category_id

# -- categories ---------------------------------------------------------------------------------


def test_new_vault_has_the_shipped_categories_and_quick_wins(journal: JournalService) -> None:
    names = [c.name for c in journal.categories()]
    assert names == [
        "Showing up",
        "Honesty",
        "Reaching out",
        "Coming back",
        "Asking for what I need",
        "Self-care",
    ]
    assert names == list(DEFAULT_CATEGORIES)
    templates = journal.templates()
    assert len(templates) == 9
    by_id = {c.id: c.name for c in journal.categories()}
    assert [(t.text, by_id[t.category_id]) for t in templates if t.category_id is not None] == (
        list(DEFAULT_TEMPLATES)
    )
    texts = {t.text for t in templates}
    for example in (
        "Showed up to group after a slip",
        "Said one honest sentence",
        "Called instead of ghosting",
        "Sat in group without saying a word",
        "Came to one session",
        "Told someone about a slip",
    ):
        assert example in texts
    assert not any(t.hidden for t in templates)
    assert journal.tags() == []
    assert journal.count() == 0


def test_add_category_goes_last(journal: JournalService) -> None:
    added = journal.add_category("  Boundaries   kept ")
    assert added.name == "Boundaries kept"
    assert journal.categories()[-1] == added
    assert journal.log_win("Said no", category="boundaries KEPT").entry.category_id == added.id


@pytest.mark.parametrize("name", ["Honesty", "honesty", "  HONESTY  ", "self-care"])
def test_duplicate_category_name_is_refused(journal: JournalService, name: str) -> None:
    with pytest.raises(InvalidEntry, match="already a category"):
        journal.add_category(name)
    assert len(journal.categories(include_hidden=True)) == 6


def test_category_names_need_words_and_stay_short(journal: JournalService) -> None:
    with pytest.raises(InvalidEntry):
        journal.add_category("   ")
    with pytest.raises(InvalidEntry):
        journal.add_category("x" * 61)


def test_rename_category(journal: JournalService) -> None:
    honesty = category_id(journal, "Honesty")
    entry = journal.log_win("Told the truth", category=honesty).entry
    renamed = journal.rename_category(honesty, "Telling the truth")
    assert renamed.name == "Telling the truth" and renamed.id == honesty
    assert journal.get(entry.id).category == "Telling the truth"
    # Its own name in another case is fine; another category's name is not.
    assert journal.rename_category(honesty, "telling the TRUTH").name == "telling the TRUTH"
    with pytest.raises(InvalidEntry, match="already a category"):
        journal.rename_category(honesty, "showing UP")
    with pytest.raises(InvalidEntry):
        journal.rename_category(99_999, "Whatever")


def test_hidden_category_leaves_the_list_but_stays_on_entries(journal: JournalService) -> None:
    self_care = category_id(journal, "Self-care")
    entry = journal.log_win("Slept eight hours", category=self_care).entry
    hidden = journal.set_category_hidden(self_care, True)
    assert hidden.hidden is True
    assert "Self-care" not in [c.name for c in journal.categories()]
    assert "Self-care" in [c.name for c in journal.categories(include_hidden=True)]
    assert journal.get(entry.id).category == "Self-care"
    assert journal.count(EntryFilter(category_ids=frozenset({self_care}))) == 1
    assert journal.set_category_hidden(self_care, False).hidden is False
    assert "Self-care" in [c.name for c in journal.categories()]
    with pytest.raises(InvalidEntry):
        journal.set_category_hidden(99_999, True)


def test_move_category_reorders_positions(journal: JournalService) -> None:
    self_care = category_id(journal, "Self-care")
    order = journal.move_category(self_care, 0)
    assert [c.name for c in order] == [
        "Self-care",
        "Showing up",
        "Honesty",
        "Reaching out",
        "Coming back",
        "Asking for what I need",
    ]
    assert [c.position for c in order] == list(range(6))
    assert [c.name for c in journal.categories()] == [c.name for c in order]
    # Past the end means last; negative means first.
    assert journal.move_category(self_care, 100)[-1].name == "Self-care"
    assert journal.move_category(category_id(journal, "Honesty"), -3)[0].name == "Honesty"
    with pytest.raises(InvalidEntry):
        journal.move_category(99_999, 0)


# -- templates ----------------------------------------------------------------------------------


def test_add_and_edit_template(journal: JournalService) -> None:
    added = journal.add_template("Went for a walk", "self-care")
    assert added.text == "Went for a walk"
    assert added.category_id == category_id(journal, "Self-care")
    assert journal.templates()[-1] == added
    edited = journal.edit_template(added.id, text="Went for a long walk")
    assert edited.text == "Went for a long walk"
    assert edited.category_id == added.category_id
    recategorised = journal.edit_template(added.id, category="Showing up")
    assert recategorised.category_id == category_id(journal, "Showing up")
    assert recategorised.text == "Went for a long walk"
    assert journal.add_template("No category").category_id is None
    with pytest.raises(InvalidEntry):
        journal.add_template("   ")
    with pytest.raises(InvalidEntry):
        journal.edit_template(added.id, text="x" * 201)
    with pytest.raises(InvalidEntry):
        journal.edit_template(99_999, text="Nowhere")


def test_hide_template(journal: JournalService) -> None:
    first = journal.templates()[0]
    assert journal.set_template_hidden(first.id, True).hidden is True
    assert first.id not in [t.id for t in journal.templates()]
    assert first.id in [t.id for t in journal.templates(include_hidden=True)]
    assert journal.set_template_hidden(first.id, False).hidden is False
    assert journal.templates()[0].id == first.id
    with pytest.raises(InvalidEntry):
        journal.set_template_hidden(99_999, True)


def test_move_template(journal: JournalService) -> None:
    before = journal.templates()
    last = before[-1]
    after = journal.move_template(last.id, 1)
    assert [t.id for t in after] == [before[0].id, last.id, *[t.id for t in before[1:-1]]]
    assert [t.position for t in after] == list(range(len(before)))
    assert [t.id for t in journal.templates()] == [t.id for t in after]
