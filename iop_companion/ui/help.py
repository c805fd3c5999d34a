"""Help that works offline, one step from every screen (see the language note).

While the journal is open, the person's plan for hard times comes first (its parts, and the
people with numbers that can be selected and copied), with a button to write or change it;
then the crisis lines and the program's number. While it is locked, the plan shows only if the
person chose to keep a copy on the unlock screen (``core/unlock_copy``): that copy, as it is.
"""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Changes, Part
from iop_companion.core.coping_model import PLAN_TITLE, PLAN_TITLES, HardTimesPlan, plan_parts
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, current, translate
from iop_companion.language import words_for
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.widgets import SPACE, ems, scrolling

# Translated where shown (context "help").
HELP_TITLE = QT_TRANSLATE_NOOP("help", "Help now")
LOCKED_PROGRAM_WORDS = QT_TRANSLATE_NOOP(
    "help", "Your own program's number, if you added it, shows here once your journal is open."
)
NO_PLAN_WORDS = QT_TRANSLATE_NOOP(
    "help",
    "You can write a plan for hard times here: what you notice first, what helps, who to "
    "call, where to go. It shows at the top of this page.",
)
COPY_WORDS = QT_TRANSLATE_NOOP(
    "help", "You chose to keep this copy of your plan on the unlock screen. It isn't encrypted."
)
WRITE_PLAN = QT_TRANSLATE_NOOP("help", "&Write my plan")
CHANGE_PLAN = QT_TRANSLATE_NOOP("help", "C&hange my plan")
LIFELINE_HOW = QT_TRANSLATE_NOOP("help", "Call or text 988, any time.")
SAMHSA_HOW = QT_TRANSLATE_NOOP(
    "help", "1-800-662-4357: free, confidential, 24/7, in English and Spanish."
)
# How to reach the crisis lines is said in English and in Spanish too, whatever the app's
# language: a person in crisis may read one better than the language the app was set to, and
# both lines answer in both.
ALWAYS_SAID = ("en", "es")


SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def help_html(program_phone: str | None = "", *, copy_shown: bool = False) -> str:
    """``program_phone`` is the person's own entry, "" for none, None while the journal is locked
    (the number is kept inside it; the unlock screen's copy has it, when ``copy_shown``)."""
    if program_phone is None:
        program = "" if copy_shown else f"<p>{escape(translate('help', LOCKED_PROGRAM_WORDS))}</p>"
    elif program_phone:
        your_program = escape(translate("help", "Your program"))
        program = f"<p><b>{your_program}</b><br>{html.escape(program_phone)}</p>"
    else:
        program = ""
    not_alone = translate("help", "You don't have to handle this alone")
    offline = translate("help", "These work without the internet and are free.")
    lifeline = translate("help", "988 Suicide & Crisis Lifeline (US)")
    samhsa = translate("help", "SAMHSA National Helpline (US)")
    # The language in use first, then English and Spanish where it is neither.
    in_use = current()
    said = [
        (words.code, words.translate("help", LIFELINE_HOW), words.translate("help", SAMHSA_HOW))
        for words in [in_use, *(words_for(code) for code in ALWAYS_SAID if code != in_use.code)]
    ]
    lifeline_how = "<br>".join(_in(code, _bold_number(how, "988")) for code, how, _ in said)
    samhsa_how = "<br>".join(
        _in(code, _bold_number(how, "1-800-662-4357")) for code, _, how in said
    )
    danger = translate("help", "If you are in danger right now, call your local emergency number.")
    return f"""
        <h2>{escape(not_alone)}</h2>
        <p>{escape(offline)}</p>
        <p><b>{escape(lifeline)}</b><br>
        {lifeline_how}</p>
        <p><b>{escape(samhsa)}</b><br>
        {samhsa_how}</p>
        {program}
        <p>{escape(danger)}</p>
    """


def _in(code: str, rich_text: str) -> str:
    return f'<span lang="{code}">{rich_text}</span>'


def _bold_number(sentence: str, number: str) -> str:
    """``sentence`` as rich text, its phone ``number`` in bold (wherever the translation put
    it)."""
    return escape(sentence).replace(number, f"<b>{number}</b>", 1)


def escape(text: str) -> str:
    """Words to show as rich text (``<``, ``>`` and ``&``), quotes left as they are."""
    return html.escape(text, quote=False)


def _lines(text: str) -> str:
    """What a person wrote, escaped, line by line as they wrote it."""
    return "<br>".join(escape(line) for line in text.splitlines())


def plan_html(plan: HardTimesPlan | None) -> str:
    """The plan's parts with something in them, each under its heading ("" for none)."""
    parts = [
        f"<p><b>{escape(translate('coping_model', PLAN_TITLES[key]))}</b><br>{_lines(value)}</p>"
        for key, value in plan_parts(plan)
    ]
    title = translate("coping_model", PLAN_TITLE)
    return f"<h2>{escape(title)}</h2>{''.join(parts)}" if parts else ""


def copy_html(text: str) -> str:
    """The unlock screen's copy, as kept (``coping_model.plan_text``): its first line is the
    plan's title, then each part, its heading on its first line. A blank line a person left
    inside a part stays in that part."""
    # The copy was kept in the language the app was in then: its headings in English or in
    # the language now.
    titles = set(PLAN_TITLES.values()) | {
        translate("coping_model", title) for title in PLAN_TITLES.values()
    }
    first, *blocks = text.strip().split("\n\n")
    parts: list[tuple[str, list[str]]] = []
    for block in blocks:
        heading, _, rest = block.partition("\n")
        if heading in titles or not parts:
            parts.append((heading, [rest]) if heading in titles else ("", [block]))
        else:
            parts[-1][1].append(block)
    shown = "".join(
        f"<p><b>{escape(heading)}</b><br>{'<br><br>'.join(_lines(b) for b in bodies)}</p>"
        if heading
        else f"<p>{'<br><br>'.join(_lines(b) for b in bodies)}</p>"
        for heading, bodies in parts
    )
    copy_words = translate("help", COPY_WORDS)
    return f"<h2>{escape(first)}</h2>{shown}<p><i>{escape(copy_words)}</i></p>"


class HelpDialog(QDialog):
    """``live`` while the journal is open (the plan at the top, kept up to date, and the button
    that asks for ``plan_wanted``); ``locked_plan`` the unlock screen's copy while it is locked
    ("" when the person didn't choose one)."""

    plan_wanted = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        program_phone: str | None = "",
        *,
        live: LiveJournal | None = None,
        locked_plan: str = "",
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.setWindowTitle(translate("help", HELP_TITLE))
        self.setMinimumWidth(ems(self, 73))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        layout = scrolling(outer)
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setTextInteractionFlags(SELECTABLE)
        layout.addWidget(self.plan)
        self.plan_button = QPushButton(translate("help", WRITE_PLAN))
        self.plan_button.setAutoDefault(False)
        self.plan_button.clicked.connect(lambda _checked=False: self.plan_wanted.emit())
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(SPACE)  # the plan, then the lines for help: two things, apart
        shown_copy = locked_plan.strip() if live is None and program_phone is None else ""
        self.text = QLabel(help_html(program_phone, copy_shown=bool(shown_copy)))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(self.text.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if live is not None:
            live.changed.connect(self._heard)
            self.show_plan()
        else:
            self.plan_button.hide()
            self.plan.setText(copy_html(shown_copy) if shown_copy else "")
            self.plan.setVisible(bool(shown_copy))

    def _heard(self, changes: Changes) -> None:
        if changes.reload or changes.touches(Part.HARD_TIMES_PLAN, Part.OWN_DETAILS):
            self.show_plan()

    def show_plan(self) -> None:
        """The plan as saved now (or a line about writing one), and the button's words."""
        if self.live is None:
            return
        try:
            plan = self.live.notebook.hard_times_plan()
            phone = self.live.own.program_phone
        except KnownError:  # the journal can't be read just now: the help lines still can
            plan, phone = None, ""
        shown = plan_html(plan)
        self.plan.setText(shown or f"<p>{escape(translate('help', NO_PLAN_WORDS))}</p>")
        self.plan_button.setText(translate("help", CHANGE_PLAN if shown else WRITE_PLAN))
        self.text.setText(help_html(phone))

    def done(self, result: int) -> None:
        """Closed (by the person, or by Lock): none of the plan stays in the window."""
        if self.live is not None:
            with contextlib.suppress(RuntimeError):  # the journal's object is gone already
                self.live.changed.disconnect(self._heard)
            self.live = None
        self.plan.clear()
        super().done(result)
