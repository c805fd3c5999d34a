"""The Brief Assessment of Recovery Capital (BARC-10), as published: ten statements, six answer
steps, its source and its licence. The app calls it "What I have going for me".

A validated instrument: its statements and answer labels are written here word for word and are
never reworded, shortened or translated by the app (``tests/core/test_check_ins.py`` pins every
character). The total runs from 10 to 60, higher meaning more resources. The app shows it only
as a number the person may look at over time: never a cut-off, a band, a "risk" or advice (the
research's cut-off is not in the app at all).
"""

from __future__ import annotations

from collections.abc import Sequence

STATEMENTS: tuple[str, ...] = (
    "There are more important things to me in life than using substances.",
    "In general I am happy with my life.",
    "I have enough energy to complete the tasks I set myself.",
    "I am proud of the community I live in and feel part of it.",
    "I get lots of support from friends.",
    "I regard my life as challenging and fulfilling without the need for using drugs or alcohol.",
    "My living space has helped to drive my recovery journey.",
    "I take full responsibility for my actions.",
    "I am happy dealing with a range of professional people.",
    "I am making good progress on my recovery journey.",
)

# Answer n (1 to 6) is ANSWER_LABELS[n - 1].
ANSWER_LABELS: tuple[str, ...] = (
    "Strongly disagree",
    "Disagree",
    "Somewhat disagree",
    "Somewhat agree",
    "Agree",
    "Strongly agree",
)
LOWEST_ANSWER, HIGHEST_ANSWER = 1, len(ANSWER_LABELS)
LOWEST_TOTAL = LOWEST_ANSWER * len(STATEMENTS)  # 10
HIGHEST_TOTAL = HIGHEST_ANSWER * len(STATEMENTS)  # 60

NAME = "Brief Assessment of Recovery Capital (BARC-10)"
SOURCE = (
    "Vilsaint, C. L., Kelly, J. F., Bergman, B. G., Groshkova, T., Best, D., & White, W. (2017). "
    "Development and validation of a Brief Assessment of Recovery Capital (BARC-10) for alcohol "
    "and drug use disorder. Drug and Alcohol Dependence, 177, 71-76."
)
SHORT_SOURCE = "Vilsaint et al., 2017, Drug and Alcohol Dependence 177: 71-76"
LICENCE = "Free to use without permission, as the PhenX Toolkit publishes it."

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
