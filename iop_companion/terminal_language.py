"""The command line's words: the terminal's language, as command-line tools read it.

English comes straight from the source (``i18n.SourceWords``, no Qt); another language through
its catalogue (``language.py``), which loads QtCore (about 130 ms) on the first sentence said.
"""

from __future__ import annotations

from iop_companion import i18n


def terminal_words() -> i18n.Words:
    code = i18n.language_from_environment(i18n.languages())
    if code == i18n.SOURCE_LANGUAGE:
        return i18n.SourceWords()
    from iop_companion.language import words_for

    return words_for(code)
