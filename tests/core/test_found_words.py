"""What a search or the journal's filters found, in the one sentence the journal shows (and a
screen reader hears) above the entries."""

from __future__ import annotations

import pytest

from iop_companion.core.words import found_words


@pytest.mark.parametrize(
    ("entries", "more", "notes", "sentence"),
    [
        (0, False, 0, "No entries match."),
        (1, False, 0, "1 entry matches."),
        (3, False, 0, "3 entries match."),
        (100, True, 0, "100 entries or more match."),
        (2, False, 1, "2 entries match. 1 in your notebook too."),
        (0, False, 2, "No entries match. 2 in your notebook."),
    ],
)
def test_found_words(entries: int, more: bool, notes: int, sentence: str) -> None:
    assert found_words(entries, more=more, notes=notes) == sentence
