"""What I know now: five sections the person writes and revises; every saved version is kept.

Pick a section on the left, write on the right. Saving (the button, Ctrl+S, or moving to another
section) keeps a new dated version; earlier ones are listed below and open read-only, so what
the person knew in March is still there. Unsaved words survive a lock as an encrypted draft.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Part
from iop_companion.core.notebook_model import (
    SECTION_PROMPTS,
    SECTION_TITLES,
    NoteSection,
    NoteVersion,
)
from iop_companion.core.words import date_words
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import DETAIL_ROLE, RESTORED_WORDS, NotebookPage, RowDelegate
from iop_companion.ui.widgets import heading, muted, time_words

INTRO = QT_TRANSLATE_NOOP(
    "know_now_page",
    "You're not starting over. You're picking up from here, with what you've learned. "
    "Write as much or as little as you like, and change it whenever you learn more.",
)
DRAFT_PREFIX = "note:"
SECTIONS = tuple(NoteSection)
VERSION_ROLE = Qt.ItemDataRole.UserRole
# the quiet second line of a section that has words in it
WRITTEN = QT_TRANSLATE_NOOP("know_now_page", "Written")


def saved_words(version: NoteVersion) -> str:
    return translate("know_now_page", "{day}, {time}").format(
        day=date_words(version.day), time=time_words(version.saved_at.time())
    )


def section_title(section: NoteSection) -> str:
    """A section's title in the reader's language (marked where it is defined)."""
    return translate("notebook_model", SECTION_TITLES[section])


class KnowNowPage(NotebookPage):
    PARTS = frozenset({Part.NOTES})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = SECTIONS[0]
        self.saved_text = ""  # what the editor held when last saved or loaded
        self.draft_kept = False
        outer = self.wide_layout(
            translate("know_now_page", "What I know now"), translate("know_now_page", INTRO)
        )
        row = QHBoxLayout()
        row.setSpacing(16)
        outer.addLayout(row, 1)

        self.sections = QListWidget()
        self.sections.setAccessibleName(translate("know_now_page", "Sections"))
        for section in SECTIONS:
            self.sections.addItem(section_title(section))
        self.sections.setMaximumWidth(220)
        self.sections.setSpacing(4)
        self.sections.setWordWrap(True)
        self.sections.setItemDelegate(RowDelegate(self.sections))  # room, and a quiet "Written"
        self.sections.currentRowChanged.connect(self._section_chosen)
        row.addWidget(self.sections)

        right = QVBoxLayout()
        row.addLayout(right, 1)
        self.title = heading(section_title(self.section), 1.1)
        right.addWidget(self.title)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(translate("know_now_page", "What you know now"))
        self.editor.setTabChangesFocus(True)
        right.addWidget(self.editor, 3)
        save_row = QHBoxLayout()
        self.saved_label = muted("")
        self.save_button = QPushButton(translate("know_now_page", "Save"))
        self.save_button.setToolTip(translate("know_now_page", "Save a new version (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        right.addWidget(self.message)

        right.addWidget(heading(translate("know_now_page", "Earlier versions"), 1.0))
        self.versions = QListWidget()
        self.versions.setAccessibleName(translate("know_now_page", "Earlier versions"))
        self.versions.currentItemChanged.connect(self._version_chosen)
        right.addWidget(self.versions, 1)
        self.old_label = muted("")
        self.old_label.hide()
        right.addWidget(self.old_label)
        self.old_text = QPlainTextEdit()
        self.old_text.setReadOnly(True)
        self.old_text.setAccessibleName(translate("know_now_page", "An earlier version"))
        self.old_text.setTabChangesFocus(True)
        self.old_text.hide()
        right.addWidget(self.old_text, 2)
        self.no_versions = muted(
            translate("know_now_page", "Each time you save, the version before stays here.")
        )
        right.addWidget(self.no_versions)

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.listen(live)
        self.draft_kept = False
        self.sections.setCurrentRow(0)
        self._load(SECTIONS[0])
        self._mark_written()
        self._offer_draft()

    def close_journal(self) -> None:
        """On lock (after ``keep_draft``): nothing the person wrote stays in a widget."""
        self.stop_listening()
        self.editor.clear()
        self.old_text.clear()
        self.versions.clear()
        self.saved_label.clear()
        self.say("")
        self.saved_text = ""
        self._mark_written()  # no journal: nothing is marked

    def refresh(self) -> None:
        if self.editor.toPlainText() == self.saved_text:  # never overwrite unsaved words
            self._load(self.section)
        self._mark_written()

    def _mark_written(self) -> None:
        """Each section that has words in it says so, quietly, to the eye and to a screen reader."""
        written = set(self.live.notebook.latest_notes()) if self.live is not None else set()
        for row, section in enumerate(SECTIONS):
            item = self.sections.item(row)
            title, has_words = section_title(section), section in written
            item.setData(DETAIL_ROLE, translate("know_now_page", WRITTEN) if has_words else None)
            if has_words:
                said = translate("know_now_page", "{title}, written").format(title=title)
                state = translate("know_now_page", WRITTEN)
            else:
                said = translate("know_now_page", "{title}, not written yet").format(title=title)
                state = translate("know_now_page", "Not written yet")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)

    # -- sections and versions -------------------------------------------------------------

    def show_title(self, title: str) -> None:
        """Go to the section called ``title`` (as a search result names it)."""
        for row, section in enumerate(SECTIONS):
            if SECTION_TITLES[section] == title:
                self.sections.setCurrentRow(row)
        self.editor.setFocus()

    def _section_chosen(self, row: int) -> None:
        if self.live is None or row < 0 or SECTIONS[row] == self.section:
            return
        if not self.save():  # moving on saves; a problem keeps the person where they are
            self.sections.blockSignals(True)
            self.sections.setCurrentRow(SECTIONS.index(self.section))
            self.sections.blockSignals(False)
            return
        self._load(SECTIONS[row])

    def _load(self, section: NoteSection) -> None:
        assert self.live is not None
        self.section = section
        self.title.setText(section_title(section))
        self.editor.setPlaceholderText(translate("notebook_model", SECTION_PROMPTS[section]))
        history = self.live.notebook.note_history(section)
        latest = history[0] if history else None
        self.saved_text = latest.text if latest is not None else ""
        self.editor.setPlainText(self.saved_text)
        self.saved_label.setText(
            translate("know_now_page", "Saved {when}").format(when=saved_words(latest))
            if latest
            else translate("know_now_page", "Not written yet")
        )
        self.versions.clear()
        self.old_text.hide()
        self.old_label.hide()
        for version in history[1:]:
            label = saved_words(version)
            if not version.text:
                label = translate("know_now_page", "{when} (emptied)").format(when=label)
            item = QListWidgetItem(label)
            item.setData(VERSION_ROLE, version)
            self.versions.addItem(item)
        self.no_versions.setVisible(len(history) < 2)
        self.versions.setVisible(len(history) >= 2)

    def _version_chosen(self, item: QListWidgetItem | None) -> None:
        version = item.data(VERSION_ROLE) if item is not None else None
        if not isinstance(version, NoteVersion):
            self.old_text.hide()
            self.old_label.hide()
            return
        self.old_label.setText(
            translate("know_now_page", "What you wrote on {when}:").format(
                when=saved_words(version)
            )
        )
        self.old_label.show()
        self.old_text.setPlainText(version.text)
        self.old_text.show()

    def save(self) -> bool:
        """Keep what the editor holds as a new version, if it changed. False on a problem."""
        if self.live is None:
            return False
        text = self.editor.toPlainText()
        if text == self.saved_text:
            return True
        live, section = self.live, self.section
        try:
            live.apply(live.core.save_note(section, text))
        except KnownError as error:
            self.say(error.sentence)
            return False
        self.say("")
        self._discard_draft(section)
        self._load(section)
        return True

    # -- drafts ----------------------------------------------------------------------------

    def keep_draft(self) -> None:
        """Before a lock: unsaved words stay, encrypted in the vault, for the next unlock."""
        if self.live is None or self.editor.toPlainText() == self.saved_text:
            return
        body: dict[str, Any] = {"text": self.editor.toPlainText()}
        self.live.apply(self.live.core.keep_draft(DRAFT_PREFIX + self.section.value, body))

    def _offer_draft(self) -> None:
        assert self.live is not None
        drafts = self.live.drafts
        with contextlib.suppress(KnownError):
            for name in drafts.names():
                sections = {s.value: s for s in SECTIONS}
                section = sections.get(name.removeprefix(DRAFT_PREFIX))
                if not name.startswith(DRAFT_PREFIX) or section is None:
                    continue
                draft = drafts.get(name)
                if draft is None:
                    continue
                self.sections.blockSignals(True)
                self.sections.setCurrentRow(SECTIONS.index(section))
                self.sections.blockSignals(False)
                self._load(section)
                self.editor.setPlainText(str(draft.get("text", "")))
                self.say(translate("notebook_widgets", RESTORED_WORDS))
                return

    def _discard_draft(self, section: NoteSection) -> None:
        assert self.live is not None
        with contextlib.suppress(KnownError):
            self.live.apply(self.live.core.drop_draft(DRAFT_PREFIX + section.value))
