"""The Brief Assessment of Recovery Capital (BARC-10), as published: ten statements, six answer
steps, its source and its licence. The app calls it "What I have going for me".

A validated instrument: its statements and answer labels are written here word for word and are
never reworded, shortened or translated by the app (``tests/core/test_check_ins.py`` pins every
character; each is marked so the catalogue leaves it out, and ``BARC10_ENGLISH_ONLY`` tells a
person reading another language why). The total runs from 10 to 60, higher meaning more
resources. The app shows it only as a number the person may look at over time: never a cut-off,
a band, a "risk" or advice (the research's cut-off is not in the app at all).
"""

from __future__ import annotations

from collections.abc import Sequence

from iop_companion.i18n import QT_TRANSLATE_NOOP

STATEMENTS: tuple[str, ...] = (
    "There are more important things to me in life than using "
    "substances.",  # words: not for translation (BARC-10)
    "In general I am happy with my life.",  # words: not for translation (BARC-10)
    "I have enough energy to complete the tasks I set "
    "myself.",  # words: not for translation (BARC-10)
    "I am proud of the community I live in and feel part of "
    "it.",  # words: not for translation (BARC-10)
    "I get lots of support from friends.",  # words: not for translation (BARC-10)
    "I regard my life as challenging and fulfilling without the "
    "need for using drugs or alcohol.",  # words: not for translation (BARC-10)
    "My living space has helped to drive my recovery "
    "journey.",  # words: not for translation (BARC-10)
    "I take full responsibility for my actions.",  # words: not for translation (BARC-10)
    "I am happy dealing with a range of professional "
    "people.",  # words: not for translation (BARC-10)
    "I am making good progress on my recovery journey.",  # words: not for translation (BARC-10)
)

# Answer n (1 to 6) is ANSWER_LABELS[n - 1].
ANSWER_LABELS: tuple[str, ...] = (
    "Strongly disagree",  # words: not for translation (BARC-10)
    "Disagree",  # words: not for translation (BARC-10)
    "Somewhat disagree",  # words: not for translation (BARC-10)
    "Somewhat agree",  # words: not for translation (BARC-10)
    "Agree",  # words: not for translation (BARC-10)
    "Strongly agree",  # words: not for translation (BARC-10)
)
LOWEST_ANSWER, HIGHEST_ANSWER = 1, len(ANSWER_LABELS)
LOWEST_TOTAL = LOWEST_ANSWER * len(STATEMENTS)  # 10
HIGHEST_TOTAL = HIGHEST_ANSWER * len(STATEMENTS)  # 60

# The instrument's own name and its citation stay as published.
NAME = "Brief Assessment of Recovery Capital (BARC-10)"  # words: not for translation (its name)
SOURCE = (
    "Vilsaint, C. L., Kelly, J. F., Bergman, B. G., Groshkova, T., Best, D., & White, W. (2017). "
    "Development and validation of a Brief Assessment of Recovery Capital (BARC-10) for alcohol "
    "and drug use disorder. Drug and Alcohol Dependence, 177, 71-76."  # words: not for translation
)
SHORT_SOURCE = (
    "Vilsaint et al., 2017, Drug and Alcohol Dependence 177: 71-76"  # words: not for translation
)
LICENCE = QT_TRANSLATE_NOOP(
    "barc10", "Free to use without permission, as the PhenX Toolkit publishes it."
)
# Shown beside the statements in a language other than English (translate("barc10", ...)).
BARC10_ENGLISH_ONLY = QT_TRANSLATE_NOOP(
    "barc10",
    "These questions are shown in English: they were tested in English, and no Spanish version "
    "has been tested yet.",
)

Answers = tuple[int | None, ...]


def answer_label(answer: int) -> str:
    """The words of an answer step: 1 is "Strongly disagree", 6 "Strongly agree"."""
    if not LOWEST_ANSWER <= answer <= HIGHEST_ANSWER:
        raise ValueError("an answer is a step from 1 to 6")
    return ANSWER_LABELS[answer - 1]


def total(answers: Sequence[int | None]) -> int | None:
    """The sum of the ten answers (10 to 60), or None while any statement is unanswered: a part
    total would read as a low one."""
    if len(answers) != len(STATEMENTS) or any(a is None for a in answers):
        return None
    return sum(a for a in answers if a is not None)
