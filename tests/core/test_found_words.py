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


def test_words_are_cut_at_a_word_with_a_mark() -> None:
    from iop_companion.core.words import cut_at_word

    assert cut_at_word("A long shift", 20) == "A long shift"
    assert cut_at_word("A long shift, and an empty evening", 16) == "A long shift\u2026"
    assert cut_at_word("x" * 30, 10) == "x" * 9 + "\u2026"  # one long word: cut inside it
