"""Fixed words and kinds the journal's records are named by: enums and words, no dataclasses.

Light on purpose: the command line's parser (``cli_parser.py``) names these in its help and
choices, and loads nothing heavier for ``--help``. Each is also importable from the module
that holds its records (``model``, ``coping_model``, ``notebook_model``).
"""

from __future__ import annotations

from enum import StrEnum

from iop_companion.i18n import QT_TRANSLATE_NOOP

# Words a person may choose for a hard moment; they may also write their own.
MOMENT_WORDS = (
    QT_TRANSLATE_NOOP("vocabulary", "hard moment"),
    QT_TRANSLATE_NOOP("vocabulary", "slip"),
    QT_TRANSLATE_NOOP("vocabulary", "return to use"),
)

# What I have going for me (BARC-10): the check-in's name and first words.
# Said with translate("vocabulary", ...) where shown.
CHECK_IN_TITLE = QT_TRANSLATE_NOOP("vocabulary", "What I have going for me")
CHECK_IN_INTRO = QT_TRANSLATE_NOOP(
    "vocabulary",
    "Ten statements about what supports you right now. It takes about three minutes, "
    "and you can skip any statement.",
)


# The HALT quick check.
class Halt(StrEnum):
    HUNGRY = "hungry"
    ANGRY = "angry"
    LONELY = "lonely"
    TIRED = "tired"


# How I am, in words: words offered; the person may add their own.
FEELING_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("vocabulary", "calm"),
    QT_TRANSLATE_NOOP("vocabulary", "tired"),
    QT_TRANSLATE_NOOP("vocabulary", "lonely"),
    QT_TRANSLATE_NOOP("vocabulary", "angry"),
    QT_TRANSLATE_NOOP("vocabulary", "hopeful"),
    QT_TRANSLATE_NOOP("vocabulary", "anxious"),
    QT_TRANSLATE_NOOP("vocabulary", "proud"),
    QT_TRANSLATE_NOOP("vocabulary", "numb"),
    QT_TRANSLATE_NOOP("vocabulary", "grateful"),
    QT_TRANSLATE_NOOP("vocabulary", "restless"),
)


# The parts of What I know now.
class NoteSection(StrEnum):
    WORKS = "works"
    DOESNT_WORK = "doesnt_work"
    LIMITS = "limits"
    TRIGGERS = "triggers"
    SUPPORT = "support"


# Showing up: kinds of session, and how being there went.
class SessionKind(StrEnum):
    GROUP = "group"
    INDIVIDUAL = "individual"
    INTAKE_CALL = "intake_call"
    PROGRAM_CALL = "program_call"
    MEETING = "meeting"


class Attendance(StrEnum):
    ATTENDED = "attended"
    LATE = "late"
    LEFT_EARLY = "left_early"
    MISSED = "missed"  # shown as "Didn't make it"; it adds nothing and takes nothing away

    @property
    def counts_as_showing_up(self) -> bool:
        """Every way of being there counts: late and leaving early too."""
        return self is not Attendance.MISSED
