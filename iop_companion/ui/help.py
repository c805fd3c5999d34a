"""Help that works offline, one step from every screen (see the language note)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from iop_companion.ui.widgets import ems, scrolling

HELP_TITLE = "Help now"


LOCKED_PROGRAM_WORDS = (
    "Your own program's number, if you added it, shows here once your journal is open."
)


def help_html(program_phone: str | None = "") -> str:
    """``program_phone`` is the person's own entry, "" for none, None while the journal is locked
    (the number is kept inside it)."""
    if program_phone is None:
        program = f"<p>{LOCKED_PROGRAM_WORDS}</p>"
    elif program_phone:
        program = f"<p><b>Your program</b><br>{html.escape(program_phone)}</p>"
    else:
        program = ""
    return f"""
        <h2>You don't have to handle this alone</h2>
        <p>These work without the internet and are free.</p>
        <p><b>988 Suicide &amp; Crisis Lifeline</b> (US)<br>
        Call or text <b>988</b>, any time.</p>
        <p><b>SAMHSA National Helpline</b> (US)<br>
        <b>1-800-662-4357</b>: free, confidential, 24/7, in English and Spanish.</p>
        {program}
        <p>If you are in danger right now, call your local emergency number.</p>
    """


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, program_phone: str | None = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(HELP_TITLE)
        self.setMinimumWidth(ems(self, 73))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        layout = scrolling(outer)
        self.text = QLabel(help_html(program_phone))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(self.text.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
