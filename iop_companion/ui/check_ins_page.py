"""Check-ins: three small, optional tools on one tab, one under another (issue 18).

- What I have going for me: the recovery capital check-in (``ui/capital_check_in.py``).
- How I am, in words: no score (``ui/how_i_am_section.py``).
- Picking up from here: what a person learned from a hard moment (``ui/picking_up.py``).

Each section is a ``NotebookPage`` of its own (its parts of the journal, its line that says what
happened, its drafts); this page only gives them one heading and passes the open journal, the
lock and the drafts on to each. The fourth tool, the plan for hard times, lives in Help now, one
step from every screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QFrame, QVBoxLayout, QWidget

from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import NotebookPage
from iop_companion.ui.widgets import heading, muted

TITLE = QT_TRANSLATE_NOOP("check_ins_page", "Check-ins")
INTRO = QT_TRANSLATE_NOOP(
    "check_ins_page",
    "Small check-ins, each one yours to use or leave. "
    "Each adds to your record and takes nothing away.",
)


class CheckInsPage(QWidget):
    def __init__(
        self,
        sections: Sequence[NotebookPage],
        open_window: Callable[[QDialog], object],
        parent: QWidget | None = None,
    ) -> None:
        """``open_window`` opens the sections' dialogs (the main window's ``_open``)."""
        super().__init__(parent)
        self.sections = tuple(sections)
        for section in self.sections:
            section.open_window = open_window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("check_ins_page", TITLE), 1.3))
        layout.addWidget(muted(translate("check_ins_page", INTRO)))
        for number, section in enumerate(self.sections):
            if number:
                layout.addSpacing(8)
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                layout.addWidget(line)
                layout.addSpacing(4)
            layout.addWidget(section)
        layout.addStretch(1)
        if self.sections:
            self.setFocusProxy(self.sections[0])

    def open(self, live: LiveJournal) -> None:
        for section in self.sections:
            section.open(live)

    def close_journal(self) -> None:
        for section in self.sections:
            section.close_journal()

    def keep_draft(self) -> None:
        for section in self.sections:
            section.keep_draft()
