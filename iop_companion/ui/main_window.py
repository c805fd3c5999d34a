"""The window: first run, unlock, recovery and the journal, with menus and shortcuts."""

from __future__ import annotations

import contextlib
import html
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, assert_never

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from iop_companion import __version__, i18n
from iop_companion.core import barc10, unlock_copy
from iop_companion.core.changes import Changes
from iop_companion.core.coping_model import CHECK_IN_TITLE
from iop_companion.core.journal import local_now
from iop_companion.core.model import Entry, Kind
from iop_companion.core.notebook_model import NotebookHit
from iop_companion.core.open_journal import KdfParams, Keychain, OpenJournal
from iop_companion.core.sync_folders import sync_warning, synced_by
from iop_companion.errors import OLD_KEY_FILE, STALE_JOURNAL, KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.background import Task
from iop_companion.ui.backups_dialog import BackupsDialog
from iop_companion.ui.bring_up_page import BringUpPage
from iop_companion.ui.capital_check_in import CapitalSection
from iop_companion.ui.check_ins_page import CheckInsPage
from iop_companion.ui.clipboard import ClipboardGuard
from iop_companion.ui.daily_backup import DailyBackup
from iop_companion.ui.discreet import Identity, icon_for, load_identity, save_identity
from iop_companion.ui.every_window import EveryWindow, FieldKeys, opened_by
from iop_companion.ui.hard_times_plan import DRAFT_NAME as PLAN_DRAFT
from iop_companion.ui.hard_times_plan import PlanDialog, UnlockCopy
from iop_companion.ui.help import HelpDialog
from iop_companion.ui.how_i_am_section import HowIAmSection
from iop_companion.ui.icons import on_tabs
from iop_companion.ui.journal_page import JournalPage
from iop_companion.ui.keep_in_step import KeepInStepDialog
from iop_companion.ui.know_now_page import KnowNowPage
from iop_companion.ui.live_journal import DONE_AGAIN, LiveJournal
from iop_companion.ui.lock_triggers import LockTriggers
from iop_companion.ui.log_dialog import DRAFT_NAME, LogDialog
from iop_companion.ui.manage import ManageDialog
from iop_companion.ui.menus import Menus, MenuSlots
from iop_companion.ui.new_key import ASK_BUTTON, NewKeyDialog
from iop_companion.ui.notebook_widgets import RESTORED_WORDS
from iop_companion.ui.phrases_page import PhrasesPage
from iop_companion.ui.picking_up import PickingUpDialog, PickingUpSection
from iop_companion.ui.preferences import BLUR_KEY, PreferencesDialog
from iop_companion.ui.progress_page import ProgressPage
from iop_companion.ui.quick_hide import (
    QUICK_HIDE_SHORTCUT,
    CoverWhenAway,
    app_windows,
    cover,
    uncover,
)
from iop_companion.ui.reminders import ReminderTray
from iop_companion.ui.setup import SetupPage
from iop_companion.ui.showing_up_page import ShowingUpPage
from iop_companion.ui.sync_schedule import DEBOUNCE_MS, POLL_MS, InStepStatus, SyncSchedule
from iop_companion.ui.unlock import RecoveryPage, UnlockPage
from iop_companion.ui.widgets import (
    SPACE,
    PageStack,
    PageTabs,
    fit_to_screen,
    replace_page,
    scroll_to_focus,
)

if TYPE_CHECKING:  # loaded when first opened: the summary's PDF and the import's checks
    from iop_companion.ui.data_dialog import DataDialog
    from iop_companion.ui.share_dialog import ShareDialog

DialogT = TypeVar("DialogT", bound=QDialog)
PAGES = (  # each tab's title (translated where shown) and icon (``ui/icons.py``), in order
    (QT_TRANSLATE_NOOP("main_window", "J&ournal"), "journal"),  # Alt+J is the Journal menu
    (QT_TRANSLATE_NOOP("main_window", "&Progress"), "progress"),
    (QT_TRANSLATE_NOOP("main_window", "&Showing up"), "showing up"),
    (
        QT_TRANSLATE_NOOP("main_window", "What I &know now"),
        "what I know now",  # words: not for translation (an icon's name)
    ),
    (QT_TRANSLATE_NOOP("main_window", "To &bring up"), "to bring up"),
    (QT_TRANSLATE_NOOP("main_window", "Ph&rases"), "phrases"),
    (QT_TRANSLATE_NOOP("main_window", "Check-&ins"), "check-ins"),
)
PAGE_TITLES = tuple(title for title, _ in PAGES)
PAGE_ICONS = tuple(icon for _, icon in PAGES)


# A page of the open journal: opened on unlock (``open``), emptied on lock (``close_journal``).
JournalView = (
    JournalPage
    | ProgressPage
    | ShowingUpPage
    | KnowNowPage
    | BringUpPage
    | PhrasesPage
    | CheckInsPage
)


# Said in the status line; each translated where it is said.
SAVED_WORDS = {
    "logged": QT_TRANSLATE_NOOP("main_window", "Saved. That counts."),
    "edited": QT_TRANSLATE_NOOP("main_window", "Changes saved."),
    "deleted": QT_TRANSLATE_NOOP("main_window", "Deleted."),
}
NOTED_WORDS = QT_TRANSLATE_NOOP("main_window", "Noted. Everything you've done still counts.")
LOCKED_WORDS = QT_TRANSLATE_NOOP("main_window", "Your journal is locked.")
OPENED_WORDS = QT_TRANSLATE_NOOP("main_window", "Your journal is open.")
SETTLE_MS = 500  # a changed screen's burst of accessibility events is over by then
STATUS_LINGER_MS = 8_000  # long enough to read twice, short enough not to go stale


class StatusLine(QObject):
    """What the status line says: one sentence about what just happened, gone again after a few
    seconds, and at once when the person moves to another tab, so it never speaks of another
    page. A ``warning`` (something went wrong, or stays true: a synced folder) stays, through
    tab changes too, until the next sentence."""

    def __init__(self, label: Message, linger_ms: int = STATUS_LINGER_MS) -> None:
        super().__init__(label)
        self.label = label
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(linger_ms)
        self.timer.timeout.connect(self.clear)
        self.warning = False
        self.passing = ""  # the last ``say_in_passing`` sentence
        self.again: Callable[[], str] | None = None  # says it again in another language

    def say(
        self, sentence: str, *, warning: bool = False, again: Callable[[], str] | None = None
    ) -> None:
        """Say ``sentence``; ``again`` says it afresh when the app's language changes."""
        self.label.say(sentence)
        self.warning = warning
        self.again = again if sentence else None
        if sentence and not warning:
            self.timer.start()
        else:
            self.timer.stop()

    def say_in_passing(self, sentence: str) -> None:
        """What a search found: never over a warning, and taken back (``sentence`` empty) when
        the search is cleared, unless something else was said since."""
        if self.warning:
            return
        if sentence:
            self.say(sentence)
            self.passing = sentence
        elif self.passing and self.label.text() == self.passing:
            self.clear()

    def page_changed(self) -> None:
        if not self.warning:
            self.clear()

    def say_again(self) -> None:
        """The app's language changed: the sentence in the new language where it can be said
        again. Else a passing one goes (it spoke of what had just happened) and a warning
        stays as it was said: it must not go unread."""
        if self.again is not None:
            self.say(self.again(), warning=self.warning, again=self.again)
        elif not self.warning:
            self.clear()

    def clear(self) -> None:
        self.timer.stop()
        self.warning = False
        self.again = None
        self.label.clear()


class MainWindow(QMainWindow):
    def __init__(
        self,
        folder: Path,
        keychain: Keychain,
        *,
        settings: QSettings | None = None,
        kdf: KdfParams | None = None,
        clock: Callable[[], datetime] = local_now,
        idle_clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.keychain = keychain
        self.kdf = kdf
        self.clock = clock
        self._language = i18n.current().code  # what the window's words are said in
        self.settings = settings or QSettings()
        self.live: LiveJournal | None = None
        self.sync_schedule: SyncSchedule | None = None  # while the journal is open
        self.sync_timing = (DEBOUNCE_MS, POLL_MS)  # after a change, and the poll (tests: quicker)
        self.unlock_copy: UnlockCopy | None = None  # while the journal is open
        self._open_dialogs: set[QDialog] = set()  # held while open (``_open``)
        # Safe from the people nearby: idle lock, screen lock, quick hide, cover, clipboard.
        self.clipboard_guard = ClipboardGuard(self)
        self.clipboard_guard.watch_app_copies()
        self.lock_triggers = LockTriggers(
            self._lock_if_open,
            self.settings,
            self,
            window_id=int(self.winId()) if sys.platform == "win32" else None,
            idle_clock=idle_clock,
        )
        self.reminder_tray = ReminderTray(self.settings, clock, self)
        self.reminder_tray.log_wanted.connect(self.log_from_reminder)
        self.reminder_tray.show_wanted.connect(self.bring_to_front)
        self.reminder_tray.quit_wanted.connect(self.close)
        self._log_after_unlock = False
        self.daily_backup = DailyBackup(lambda: self.live, self.clock, self._say, self)
        self.set_identity(load_identity(self.settings))
        self.resize(880, 680)

        self.status_text = Message(stays=True)
        self.status_text.setWordWrap(False)  # one line, beside the buttons
        self.status_text.setIndent(SPACE * 2)  # in line with the pages
        self.status = StatusLine(self.status_text)

        self.pages = PageStack()
        self.setup_page = self._new_setup_page()
        self.unlock_page = self._new_unlock_page()
        self.recovery_page = self._new_recovery_page()
        self._new_journal_pages()
        # On a small screen or under large text each screen scrolls; the menus, the tabs and
        # the status line, with Hide now and Help now, stay in view.
        self.tabs = PageTabs()
        self.tabs.setDocumentMode(True)
        for page, title in zip(self.journal_pages, PAGE_TITLES, strict=True):
            self.tabs.add_page(page, translate("main_window", title))
        on_tabs(self.tabs, PAGE_ICONS)
        for screen in (self.setup_page, self.unlock_page, self.recovery_page):
            self.pages.add_page(screen)
        self.pages.add_page(self.tabs, scroll=False)  # its pages scroll, each on its own
        self.setCentralWidget(self.pages)
        cover_on = self.settings.value(BLUR_KEY, False, type=bool)
        self.cover_away = CoverWhenAway(lambda: self.identity.name, self, enabled=bool(cover_on))

        self.tabs.currentChanged.connect(self.status.page_changed)
        self.help_button = QPushButton()
        self.help_button.setObjectName("helpNow")
        self.help_button.setFlat(True)
        self.help_button.clicked.connect(self.show_help)
        self.undo_button = QPushButton()
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo)
        self.statusBar().addWidget(self.status_text, 1)
        self.in_step_status = InStepStatus()  # nothing, unless the journal is kept in step
        self.statusBar().addPermanentWidget(self.in_step_status)
        # Back to the new key's dialog, after Not now (there only until the key is typed).
        self.new_key_button = QPushButton()
        self.new_key_button.setFlat(True)
        self.new_key_button.clicked.connect(lambda: self.ask_for_new_key())
        self.new_key_button.hide()
        self.statusBar().addPermanentWidget(self.new_key_button)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.hide_button = QPushButton()
        self.hide_button.setFlat(True)
        # A click leaves the focus where it was, so an edit still open is kept as a draft.
        self.hide_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hide_button.clicked.connect(self.quick_hide)
        self.statusBar().addPermanentWidget(self.hide_button)
        self.statusBar().addPermanentWidget(self.help_button)  # one step away on every screen
        self.undo_button.hide()
        self._say_status_bar_words()

        self._build_menus()
        self._restore_geometry()
        synced = synced_by(folder)
        if synced:
            self.status.say(sync_warning(synced), warning=True, again=lambda: sync_warning(synced))
        self.start()

    # -- what the window is made of (made again in another language) ------------------------

    def _new_setup_page(self) -> SetupPage:
        page = SetupPage(self.folder, self.keychain, self.kdf, self.clock)
        page.finished.connect(self.open_journal)
        page.help_wanted.connect(self.show_help)
        page.journal_made.connect(self._setup_can_lock)
        return page

    def _new_unlock_page(self) -> UnlockPage:
        folder, keychain, clock = self.folder, self.keychain, self.clock
        page = UnlockPage(
            lambda passphrase: OpenJournal.open_with_passphrase(folder, passphrase, keychain, clock)
        )
        page.unlocked.connect(self.open_journal)
        page.help_wanted.connect(self.show_help)
        page.plan_wanted.connect(self.show_help)  # the plan's copy is at its top
        page.recovery_wanted.connect(self.show_recovery)
        return page

    def _new_recovery_page(self) -> RecoveryPage:
        folder, keychain, kdf, clock = self.folder, self.keychain, self.kdf, self.clock
        page = RecoveryPage(
            lambda code, new: OpenJournal.open_with_recovery_code(
                folder, code, new, keychain, kdf=kdf, clock=clock
            )
        )
        page.recovered.connect(self._recovered)
        page.cancelled.connect(self.show_unlock)
        return page

    def _new_journal_pages(self) -> None:
        """The pages that show the open journal, each joined to the window."""
        self.journal_page = JournalPage(self.settings)
        self.progress_page = ProgressPage(self.settings)
        self.showing_up_page = ShowingUpPage()
        self.know_now_page = KnowNowPage()
        self.bring_up_page = BringUpPage()
        self.phrases_page = PhrasesPage(self.clipboard_guard)
        self.capital_section = CapitalSection(self.settings)
        self.how_i_am_section = HowIAmSection()
        self.picking_up_section = PickingUpSection()
        self.check_ins_page = CheckInsPage(
            (self.capital_section, self.how_i_am_section, self.picking_up_section), self._open
        )
        # Every page that shows the open journal: opened on unlock, emptied on lock.
        self.journal_pages: tuple[JournalView, ...] = (
            self.journal_page,
            self.progress_page,
            self.showing_up_page,
            self.know_now_page,
            self.bring_up_page,
            self.phrases_page,
            self.check_ins_page,
        )
        self.journal_page.log_wanted.connect(self.log_win)
        self.journal_page.edit_wanted.connect(self.edit_entry)
        self.journal_page.delete_wanted.connect(self.delete_entry)
        self.journal_page.notebook_hit_chosen.connect(self.show_notebook_hit)
        self.journal_page.how_i_am_wanted.connect(self.show_how_i_am)
        self.journal_page.how_i_am_delete_wanted.connect(self.delete_how_i_am)
        self.journal_page.found.connect(self.status.say_in_passing)

    def _say_status_bar_words(self) -> None:
        self.help_button.setText(translate("main_window", "Help now"))
        self.help_button.setToolTip(
            translate("main_window", "Phone numbers for help, any time (F1)")
        )
        self.undo_button.setText(translate("main_window", "Undo"))
        self.new_key_button.setText(translate("new_key", ASK_BUTTON))
        self.hide_button.setText(translate("main_window", "Hide now"))
        self.hide_button.setToolTip(
            translate("main_window", "Lock and hide the window at once ({keys})").format(
                keys=QUICK_HIDE_SHORTCUT
            )
        )

    # -- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.menus = Menus(
            self.menuBar(),
            self,
            MenuSlots(
                log_win=self.log_win,
                log_hard_moment=self.log_hard_moment,
                hard_times_plan=self.hard_times_plan,
                share=self.share,
                backups=self.backups,
                keep_in_step=self.keep_in_step,
                export_and_import=self.export_and_import,
                quick_hide=self.quick_hide,
                lock=self.lock,
                quit=self.close,
                undo=self.undo,
                redo=self.redo,
                edit_entry=self._edit_selected,
                delete_entry=self._delete_selected,
                find=self._focus_search,
                manage=self.manage,
                preferences=self.preferences,
                show_page=self.tabs.setCurrentIndex,
                show_help=self.show_help,
                about=self.show_about,
            ),
            tuple(translate("main_window", title) for title in PAGE_TITLES),
            (self.journal_page.look_back_action,),
        )
        self.every_window = EveryWindow(self.menus.everywhere, self)
        self.every_window.adopt(self, natural=False)  # the size the person left it at
        self.field_keys = FieldKeys(self.menus.from_any_field, self)  # Ctrl+E from the search
        self.field_keys.watch(self)
        scroll_to_focus()  # keyboard focus is never left out of sight in a scrolled page

    def _set_unlocked(self, unlocked: bool) -> None:
        self.menus.set_unlocked(unlocked)
        self._history_changed()

    # -- a change of language --------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """The app's language changed (Preferences, ``language.use_in_app``): Qt tells every
        window. Told more than once for one change, the window says its words again once."""
        if event.type() == QEvent.Type.LanguageChange and i18n.current().code != self._language:
            self._language = i18n.current().code
            self._say_again()
        super().changeEvent(event)

    def _say_again(self) -> None:
        """Every word of the window in the language now in use, and nothing on screen lost.

        Each screen and page sets its words once, as it is made, so they are made afresh and
        shown as they were: the same screen and tab, scrolled where it was, what is typed on
        the unlock and recovery screens and on the notebook pages (through their drafts, as a
        lock keeps them), the search and its filters. The journal stays open; the menus, tab
        titles, status bar and tray say their words again; Preferences opens again on its tab.

        Other open dialogs keep their earlier words until they close: made again, they would
        lose what is typed in them. So does first-run setup while it is on screen (it holds a
        journal half made), and a page opening the journal just then; neither has Preferences
        open. What was said in a message stays as it was said, unless it can be said again."""
        self._say_status_bar_words()
        self._make_screens_again()
        if self.live is not None:
            self._keep_page_drafts()
        earlier_pages, view = self.journal_pages, self.journal_page.view_now()
        focus = self.focusWidget()
        focused = next(
            (
                index
                for index, page in enumerate(earlier_pages)
                if focus is not None and page.isAncestorOf(focus)
            ),
            None,
        )
        for page in earlier_pages:
            page.close_journal()
        self._new_journal_pages()
        self.tabs.blockSignals(True)  # the same tab: the status line stays
        for earlier, page in zip(earlier_pages, self.journal_pages, strict=True):
            replace_page(self.tabs, earlier, page)
            self.field_keys.watch(page)
            self.every_window.field_keys.watch(page)
        self.tabs.blockSignals(False)
        for index, title in enumerate(PAGE_TITLES):
            self.tabs.setTabText(index, translate("main_window", title))
        if self.live is not None:
            for page in self.journal_pages:
                page.open(self.live)
            in_view = self.tabs.currentWidget() is self.journal_page
            self.journal_page.show_view(view, say_found=in_view)
            # The words put back are the ones just on screen: nothing to say about them.
            restored = translate("notebook_widgets", RESTORED_WORDS)
            for page in self.journal_pages:
                message = getattr(page, "message", None)
                if isinstance(message, Message) and message.text() == restored:
                    message.clear()
        if focused is not None:
            self.journal_pages[focused].setFocus()
        titles = tuple(translate("main_window", title) for title in PAGE_TITLES)
        self.menus.say_again(titles, (self.journal_page.look_back_action,))
        self._history_changed()
        self.set_identity(self.identity)  # the reminder's words, the tray's
        self.reminder_tray.say_again()
        self.in_step_status.show_state(aloud=False)
        self.status.say_again()
        for dialog in self.findChildren(PreferencesDialog):
            if dialog.isVisible() and not dialog.working:  # a change in flight answers there
                self._open_preferences_again(dialog)

    def _make_screens_again(self) -> None:
        """Setup, unlock and recovery made afresh, each showing what it showed; not one busy
        opening the journal (it finishes there), nor setup while it is on screen."""
        focus = self.focusWidget()
        if self.pages.currentWidget() is not self.setup_page and self.setup_page.opened is None:
            earlier_setup, self.setup_page = self.setup_page, self._new_setup_page()
            replace_page(self.pages, earlier_setup, self.setup_page)
        if not self.unlock_page.busy_now:
            earlier_unlock, self.unlock_page = self.unlock_page, self._new_unlock_page()
            replace_page(self.pages, earlier_unlock, self.unlock_page)
            self.unlock_page.take_from(earlier_unlock, focus)
        if not self.recovery_page.busy_now:
            earlier_recovery, self.recovery_page = self.recovery_page, self._new_recovery_page()
            replace_page(self.pages, earlier_recovery, self.recovery_page)
            self.recovery_page.take_from(earlier_recovery, focus)
        for page in (self.setup_page, self.unlock_page, self.recovery_page):
            self.field_keys.watch(page)
            self.every_window.field_keys.watch(page)

    def _open_preferences_again(self, earlier: PreferencesDialog) -> None:
        """Preferences, open as the language changed (there, as a rule): opened again in the
        new language on the same tab, with what was typed and a new recovery code shown."""
        dialog = self.preferences()
        if dialog is None:
            return
        dialog.take_from(earlier)
        earlier.close()

    # -- screens ----------------------------------------------------------------------------

    def start(self) -> None:
        """First run, or the unlock screen; straight in when this computer remembers the key."""
        if not OpenJournal.exists(self.folder):
            self.pages.setCurrentWidget(self.setup_page)
            return
        try:
            remembered = OpenJournal.open_remembered(self.folder, self.keychain, self.clock)
        except KnownError as error:
            self.unlock_page.show_message(error.sentence)
            remembered = None
        if remembered is not None:
            self.open_journal(remembered)
            return
        self.show_unlock(keep_message=True)

    def show_unlock(self, keep_message: bool = False) -> None:
        if not keep_message:
            self.unlock_page.reset()
        self.unlock_page.show_plan_button(bool(unlock_copy.read(self.folder)))
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()

    def show_recovery(self) -> None:
        self.recovery_page.reset()
        self.pages.setCurrentWidget(self.recovery_page)
        self.recovery_page.code.setFocus()

    def _recovered(self, core: OpenJournal, new_code: str) -> None:
        if self._finish_setup_first(core, new_code):
            return  # setup's own step keeps the new code (typed back or saved), then opens
        self.open_journal(core)
        self._show_new_code(
            translate(
                "main_window",
                "Your new passphrase is set, and the old recovery code no longer works. "
                "Here is your new recovery code. It is shown only now:",
            ),
            new_code,
        )

    def _show_new_code(self, words: str, code: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(translate("main_window", "Your new recovery code"))
        box.setText(words)
        box.setInformativeText(code)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._open(box)

    def open_journal(self, core: OpenJournal) -> None:
        if self._finish_setup_first(core):
            return
        try:
            self.live = LiveJournal(core, self)
        except KnownError as error:
            core.lock()
            self.show_unlock()
            self.unlock_page.show_message(error.sentence)
            return
        self.live.changed.connect(self._show_change)
        self.live.history_changed.connect(self._history_changed)
        self.live.notice.connect(self.status.say)
        # The unlock screen's copy of the plan, when chosen: caught up now, then kept in step.
        self.unlock_copy = UnlockCopy(self.live, lambda words: self.status.say(words, warning=True))
        debounce_ms, poll_ms = self.sync_timing
        self.sync_schedule = SyncSchedule(self.live, self, debounce_ms=debounce_ms, poll_ms=poll_ms)
        self.in_step_status.follow(self.sync_schedule)
        self.sync_schedule.new_key_needed.connect(self._new_key_found)
        self.sync_schedule.changed.connect(self._offer_new_key)
        for page in self.journal_pages:
            page.open(self.live)
        self.tabs.setCurrentWidget(self.journal_page)
        self.pages.setCurrentWidget(self.tabs)
        self._set_unlocked(True)
        self.journal_page.search.setFocus()
        self._say_when_settled(OPENED_WORDS)
        self.daily_backup.journal_opened(due=not core.stale)  # an older file put back: not now
        self.lock_triggers.journal_opened()
        self.reminder_tray.reminders.journal_opened()
        self.sync_schedule.start()  # a first pass, if the journal is kept in step
        if self._say_what_opening_found(core):
            pass  # what the journal needs comes first; drafts open at the next unlock
        elif not self._offer_drafts() and self._log_after_unlock:
            self.log_win()
        self._log_after_unlock = False

    def _say_when_settled(self, words: str) -> None:
        """Say that the journal opened or locked (``words``, untranslated) once the new screen
        has settled: a screen reader drops what comes in the burst of events a change of
        screen makes (Orca's flood guard). Not if it has changed again, or something else was
        said meanwhile."""
        opened = self.live is not None

        def say() -> None:
            if (self.live is not None) == opened and not self.status_text.text():
                self._say_words(words)

        QTimer.singleShot(SETTLE_MS, self, say)

    def _say_what_opening_found(self, core: OpenJournal) -> bool:
        """What opening noticed, said where the person can act on it: an older journal file
        put back, or a key file opened from its kept copy (a new passphrase now). True if
        anything was said."""
        if core.opened_from_copy:
            preferences = self.preferences()
            assert preferences is not None
            preferences.ask_for_new_passphrase(translate("KnownError", OLD_KEY_FILE))
        if core.stale:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("main_window", "An older journal file"),
                translate("KnownError", STALE_JOURNAL),
                parent=self,
            )
            self._open(box)
        return core.opened_from_copy or core.stale

    def _setup_can_lock(self) -> None:
        """While setup holds an open journal (its recovery code on screen), Lock and the idle
        lock close it, as they would the journal itself."""
        self.menus.lock.setEnabled(True)
        self.lock_triggers.journal_opened()

    def _finish_setup_first(self, core: OpenJournal, new_code: str | None = None) -> bool:
        """A setup that ended before the recovery code was kept is finished first: a new code
        (``new_code`` when recovering just made one; the one shown then may be lost), kept,
        then the rest of setup. True if it must be."""
        try:
            if core.own.recovery_code_kept:
                return False
            code = new_code or core.new_recovery_code().result
        except KnownError as error:
            core.lock()
            self.show_unlock()
            self.unlock_page.show_message(error.sentence)
            return True
        self.setup_page.resume(core, code)
        self.pages.setCurrentWidget(self.setup_page)
        return True

    def _offer_drafts(self) -> bool:
        """Open again what was being typed when the journal last locked. True if anything was."""
        assert self.live is not None
        try:
            draft = self.live.drafts.get(DRAFT_NAME)
            plan_draft = self.live.drafts.get(PLAN_DRAFT)
        except KnownError:
            return False
        if plan_draft is not None:
            plan = self.hard_times_plan()
            if plan is not None:
                plan.restore_draft(dict(plan_draft))
        if draft is None:
            return plan_draft is not None
        entry = None
        entry_id = draft.get("entry_id")
        if isinstance(entry_id, int):
            with contextlib.suppress(KnownError):  # the entry is gone: it opens as a new one
                entry = self.live.journal.get(entry_id)
        dialog = self._open(LogDialog(self.live, self, entry, settings=self.settings))
        dialog.picking_up_wanted.connect(self.open_picking_up)
        dialog.restore_draft(draft)
        return True

    def _keep_drafts(self) -> None:
        """Before the vault closes: what's typed in any open editor stays, encrypted."""
        editors: list[LogDialog | PlanDialog] = [
            *self.findChildren(LogDialog),
            *self.findChildren(PlanDialog),
        ]
        for dialog in editors:
            if not dialog.isVisible():  # closed already, waiting to be deleted
                continue
            with contextlib.suppress(KnownError):  # can't be kept (disk full): locking matters more
                dialog.keep_draft()
        self._keep_page_drafts()

    def _keep_page_drafts(self) -> None:
        """What's typed on the notebook pages stays, encrypted, for the pages opened next."""
        for page in (
            self.know_now_page,
            self.showing_up_page,
            self.bring_up_page,
            self.phrases_page,
            self.check_ins_page,
        ):
            with contextlib.suppress(KnownError):
                page.keep_draft()

    def _out_of_sight(self) -> None:
        """Every window covered, painted now. Under the cover the widgets keep their words and
        an edit stays open, for the drafts."""
        for window in app_windows():
            cover(window, self.identity.name)
            window.repaint()

    def _lock_if_open(self) -> None:
        """For the idle timer and the screen lock: locks an open journal, leaves a locked one be
        (so a half-typed passphrase on the unlock screen stays)."""
        if self.live is not None or self.setup_page.opened is not None:
            self.lock()

    def quick_hide(self) -> None:
        """Lock and get out of sight at once."""
        self.showMinimized()  # first: out of sight even while the lock waits for work in flight
        self._lock_if_open()

    def lock(self) -> None:
        """Close the vault, drop the key, and clear every widget that showed entry text."""
        self.lock_triggers.journal_closed()
        self.daily_backup.journal_closed()
        self.clipboard_guard.clear_now()
        if self.live is not None:
            # Out of sight first: keeping the drafts writes, and a write may wait for another
            # writer; nothing of the journal stays readable meanwhile.
            self._out_of_sight()
            self._stop_keeping_in_step_here()  # a pass in flight finishes; lock makes the last
            self.live.pool.waitForDone()  # work in flight (an import) finishes first
            self._keep_drafts()
        for dialog in self.findChildren(QDialog):
            for field in dialog.findChildren(QLineEdit):
                field.blockSignals(True)  # emptied by the lock, not by the person: save nothing
            wipe(dialog)
            dialog.reject()
        wipe(self.recovery_page)
        self.setup_page.abandon()
        for page in self.journal_pages:
            page.close_journal()
        if self.live is not None:
            self.live.lock()
            self.live.deleteLater()
            self.live = None
            self.unlock_copy = None
        self.undo_button.hide()
        self._set_unlocked(False)
        self.show_unlock()
        self.status.clear()
        self._say_when_settled(LOCKED_WORDS)
        if not self.cover_away.covering():
            uncover(self)

    def _stop_keeping_in_step_here(self) -> None:
        if self.sync_schedule is not None:
            self.sync_schedule.stop()
            self.in_step_status.follow(None)
            self.new_key_button.hide()
            self.sync_schedule.deleteLater()
            self.sync_schedule = None

    def _open(self, dialog: DialogT) -> DialogT:
        """Open a window-modal dialog that still answers Lock, Hide now and Help (the window
        can't while the dialog is open), whole on its screen.

        The window holds the dialog's Python object until Qt deletes the dialog. Without a
        holder, a dialog whose buttons call its own methods is a reference cycle only Python
        knows of, and a garbage collection while it is open took it (and its window) away:
        seen with the summary preview, whose reading of its pages' words allocates a lot."""
        self._open_dialogs.add(dialog)
        dialog.destroyed.connect(lambda: self._open_dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.every_window.adopt(dialog)
        return dialog

    # -- journal actions --------------------------------------------------------------------

    def log_win(self) -> LogDialog | None:
        if self.live is None:
            return None
        dialog = self._open(LogDialog(self.live, self, settings=self.settings))
        dialog.picking_up_wanted.connect(self.open_picking_up)
        return dialog

    def log_hard_moment(self) -> LogDialog | None:
        dialog = self.log_win()
        if dialog is not None:
            dialog.show_hard_moment()
        return dialog

    def edit_entry(self, entry: Entry) -> LogDialog | None:
        if self.live is None or entry is None:
            return None
        dialog = self._open(LogDialog(self.live, self, entry, settings=self.settings))
        dialog.picking_up_wanted.connect(self.open_picking_up)
        return dialog

    def open_picking_up(self, entry_id: int) -> PickingUpDialog | None:
        """Picking up from here, after a hard moment (offered as it is saved, or edited)."""
        if self.live is None:
            return None
        return self.picking_up_section.open_flow(entry_id)

    def delete_entry(self, entry: Entry) -> None:
        if self.live is not None and entry is not None:
            try:
                self.live.delete(entry.id)
            except KnownError as error:
                self._say(error)

    def _edit_selected(self) -> None:
        entry = self.journal_page.selected_entry()
        if entry is not None:
            self.edit_entry(entry)

    def _delete_selected(self) -> None:
        entry = self.journal_page.selected_entry()
        if entry is not None:
            self.delete_entry(entry)

    def show_notebook_hit(self, hit: NotebookHit) -> None:
        """A search found this in the notebook: go to its page."""
        if hit.part == "note":
            self.tabs.setCurrentWidget(self.know_now_page)
            self.know_now_page.show_title(hit.title)
        elif hit.part == "session":
            self.tabs.setCurrentWidget(self.showing_up_page)
        elif hit.part == "bring_up":
            self.tabs.setCurrentWidget(self.bring_up_page)
            self.bring_up_page.select(hit.item_id)
        elif hit.part == "phrase":
            self.tabs.setCurrentWidget(self.phrases_page)
            self.phrases_page.phrase_list.select_id(hit.item_id)
        elif hit.part == "check_in":
            self.tabs.setCurrentWidget(self.check_ins_page)
            self.capital_section.select(hit.item_id)
        elif hit.part == "how_i_am":
            self.tabs.setCurrentWidget(self.check_ins_page)
            self.how_i_am_section.select(hit.item_id)
        elif hit.part == "picking_up":
            self.tabs.setCurrentWidget(self.check_ins_page)
            self.picking_up_section.select(hit.item_id)
        elif hit.part == "hard_times_plan":
            self.hard_times_plan()
        else:  # every part has a place to go: a new one is a type error here
            assert_never(hit.part)

    def delete_how_i_am(self, item_id: int) -> None:
        """Delete on a How I am row of the timeline: gone at once, as an entry is (Undo)."""
        if self.live is None:
            return
        try:
            self.live.apply(self.live.core.delete_how_i_am(item_id))
        except KnownError as error:
            self._say(error)
        else:
            self._say_words(SAVED_WORDS["deleted"])

    def show_how_i_am(self, item_id: int) -> None:
        """Enter on a How I am row of the timeline: open it to change, on the Check-ins tab."""
        self.tabs.setCurrentWidget(self.check_ins_page)
        self.how_i_am_section.change(item_id)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.journal_page)
        self.journal_page.search.setFocus()
        self.journal_page.search.selectAll()

    def undo(self) -> None:
        self._step(LiveJournal.undo, translate("main_window", "Undone."))

    def redo(self) -> None:
        self._step(LiveJournal.redo, translate("live_journal", DONE_AGAIN))

    def _step(self, move: Callable[[LiveJournal], str], words: str) -> None:
        if self.live is None:
            return
        try:
            if move(self.live):
                self.status.say(words)
        except KnownError as error:
            self._say(error)

    def hard_times_plan(self, parent: QWidget | None = None) -> PlanDialog | None:
        """Write or change the plan (over Help now, when it asks)."""
        if self.live is None:
            return None
        dialog = self._open(PlanDialog(self.live, parent or self))
        dialog.saved.connect(self._plan_saved)
        return dialog

    def _plan_saved(self, words: str) -> None:
        """What Save did; but if the unlock screen's copy couldn't follow, that, and it stays."""
        problem = self.unlock_copy.problem if self.unlock_copy is not None else ""
        self.status.say(problem or words, warning=bool(problem))

    def manage(self) -> ManageDialog | None:
        if self.live is None:
            return None
        return self._open(ManageDialog(self.live, self))

    def share(self) -> ShareDialog | None:
        if self.live is None:
            return None
        from iop_companion.ui.share_dialog import ShareDialog

        return self._open(ShareDialog(self.live, self))

    def export_and_import(self) -> DataDialog | None:
        if self.live is None:
            return None
        from iop_companion.ui.data_dialog import DataDialog

        return self._open(DataDialog(self.live, self))

    def backups(self) -> BackupsDialog | None:
        if self.live is None:
            return None
        dialog = BackupsDialog(self.live, self)
        dialog.restore_chosen.connect(self.restore_backup)
        dialog.rotated.connect(self._rotated)
        return self._open(dialog)

    def keep_in_step(self) -> KeepInStepDialog | None:
        """Use this journal on another computer: the folder that keeps it in step."""
        if self.live is None or self.sync_schedule is None:
            return None
        dialog = self._open(KeepInStepDialog(self.sync_schedule, self))
        dialog.new_key_wanted.connect(lambda: self.ask_for_new_key(dialog))
        return dialog

    def _new_key_found(self) -> None:
        """A pass found that another computer changed the key: ask, but not over a dialog the
        person may be typing in (the words would go into the passphrase field, unseen). Then
        it asks as that one closes, and the status bar has the way in meanwhile."""
        schedule = self.sync_schedule
        if schedule is None or not schedule.state.needs_key:
            return
        busy = QApplication.activeModalWidget()
        if isinstance(busy, QDialog) and not isinstance(busy, NewKeyDialog):
            busy.finished.connect(self._new_key_found, Qt.ConnectionType.SingleShotConnection)
            return
        self.ask_for_new_key()

    def ask_for_new_key(self, parent: QWidget | None = None) -> NewKeyDialog | None:
        """Another computer changed the journal's key: the passphrase chosen there, or the
        recovery code. Opened once by the pass that found it (passes wait meanwhile), and
        again when the person asks (the status bar's button, Keep in step)."""
        if self.live is None or self.sync_schedule is None:
            return None
        for shown in self.findChildren(NewKeyDialog):
            if shown.isVisible():  # one is open: in front, not a second
                shown.raise_()
                shown.activateWindow()
                return shown
        from_button = self.new_key_button.hasFocus()  # it hides while the dialog is open
        dialog = self._open(NewKeyDialog(self.sync_schedule, parent or self))
        dialog.taken.connect(self.status.say)
        dialog.finished.connect(lambda: self._offer_new_key(focus=from_button))
        self._offer_new_key()
        return dialog

    def _offer_new_key(self, *, focus: bool = False) -> None:
        """The status bar's way back to the new key's dialog: while the key is unknown and
        the dialog isn't open; with the ``focus`` back on it after Not now, when it was asked
        from there (not on Hide now, where the focus went as it hid)."""
        schedule = self.sync_schedule
        asking = any(d.isVisible() for d in self.findChildren(NewKeyDialog))
        self.new_key_button.setVisible(
            schedule is not None and schedule.state.needs_key and not asking
        )
        if focus and self.new_key_button.isVisible():
            self.new_key_button.setFocus()

    def restore_backup(self, source: Path, secret: str) -> Task:
        """Lock (a restore needs the journal closed), then swap the backup in, off the UI."""
        self.lock()
        self.unlock_page.show_message(translate("main_window", "Restoring the backup…"))
        task = Task(lambda: OpenJournal.restore(self.folder, source, secret), self)
        task.done.connect(
            lambda _: self.unlock_page.show_message(
                translate(
                    "main_window",
                    "Restored. It opens with the passphrase it had when the backup was made. "
                    "The journal as it was is kept among the backups.",
                )
            )
        )
        task.failed.connect(self._restore_failed)
        task.start()
        return task

    def _restore_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error
        self.unlock_page.show_message(error.sentence)

    def _rotated(self, recovery_code: str) -> None:
        self.lock()  # the journal's connections belong to the old key: open it afresh
        self.unlock_page.show_message(
            translate("main_window", "The journal has new keys. Open it with your new passphrase.")
        )
        self._show_new_code(
            translate(
                "main_window",
                "The journal has new keys. Here is your new recovery code, shown only now:",
            ),
            recovery_code,
        )

    def preferences(self) -> PreferencesDialog | None:
        if self.live is None:
            return None
        dialog = PreferencesDialog(self.live, self)
        triggers = self.lock_triggers
        dialog.add_privacy(self.settings, triggers.idle, triggers.screen, self.cover_away)
        dialog.add_discreet(self.identity, self.set_identity)
        dialog.add_reminder(self.reminder_tray)
        dialog.add_look(self.settings)
        return self._open(dialog)

    def _show_change(self, changes: Changes) -> None:
        self.daily_backup.heard(changes)
        if not changes.entry_changes or changes.reload:
            return
        change = changes.entry_changes[-1]
        hard = change.what == "logged" and change.entry.kind is Kind.HARD_MOMENT
        self._say_words(NOTED_WORDS if hard else SAVED_WORDS[change.what])

    def _say_words(self, words: str) -> None:
        """Say one of this module's sentences (``words`` untranslated), in the language in use
        now and again after a change of language."""
        self.status.say(
            translate("main_window", words), again=lambda: translate("main_window", words)
        )

    def _say(self, error: KnownError) -> None:
        """A known failure, in its one plain sentence, where the person is looking (said again
        in another language when it is its kind's own sentence, with no values in it)."""
        own = type(error).message
        said_again = error.sentence == translate("KnownError", own)
        again = (lambda: translate("KnownError", own)) if said_again else None
        self.status.say(error.sentence, warning=True, again=again)

    def _history_changed(self) -> None:
        """Undo and Redo say what they would do, and are there only when they can."""
        undo = self.live.undo_description if self.live is not None else ""
        redo = self.live.redo_description if self.live is not None else ""
        self.undo_button.setVisible(bool(undo))
        self.undo_button.setToolTip(
            translate("main_window", "Undo {what} (Ctrl+Z)").format(what=undo) if undo else ""
        )
        self.menus.set_history(undo, redo)

    # -- help and about ---------------------------------------------------------------------

    def show_help(self) -> HelpDialog:
        """Help now: the plan at the top while the journal is open; while it is locked, the
        plan's copy only if the person chose to keep one on the unlock screen."""
        # Over whatever window is in front (a file dialog, the preview), not behind it.
        front = QApplication.activeWindow()
        parent = front if isinstance(front, QDialog) and opened_by(self, front) else self
        if self.live is not None:
            help_dialog = HelpDialog(parent, "", live=self.live)
            help_dialog.plan_wanted.connect(lambda: self.hard_times_plan(help_dialog))
        else:  # the number is kept inside the encrypted journal: unknown while locked
            help_dialog = HelpDialog(parent, None, locked_plan=unlock_copy.read(self.folder))
        help_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        help_dialog.open()
        self.every_window.adopt(help_dialog)
        return help_dialog

    def show_about(self) -> QMessageBox:
        name = html.escape(self.identity.name)
        title = translate("main_window", "About {name}").format(name=self.identity.name)
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, "", parent=self)
        about_check_in = translate("main_window", "{title} is the {instrument}: {source} {licence}")
        about_check_in = about_check_in.format(
            title=translate("vocabulary", CHECK_IN_TITLE),
            instrument=barc10.NAME,
            source=barc10.SOURCE,
            licence=barc10.LICENCE,
        )
        box.setText(
            f"<p><b>{name}</b> {__version__}</p><p>"
            + translate(
                "main_window",
                "A private journal of small wins. Everything stays encrypted on this computer, "
                "and the app never goes online.",
            )
            + "</p><p>"
            + translate(
                "main_window",
                "Free software under the GNU General Public License, version 3 or later.",
            )
            + f"</p><p>{html.escape(about_check_in)}</p>"
        )
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        return self._open(box)

    # -- discreet mode and reminders --------------------------------------------------------

    def set_identity(self, identity: Identity) -> None:
        """Show ``identity``'s name and icon in the title, task bar and tray, and keep it."""
        self.identity = identity
        save_identity(self.settings, identity)
        icon = icon_for(identity)
        self.setWindowTitle(identity.name)
        self.setWindowIcon(icon)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setApplicationDisplayName(identity.name)
            app.setWindowIcon(icon)
        self.reminder_tray.set_identity(identity.name, identity.reminder_text, icon)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def log_from_reminder(self) -> None:
        """From the reminder: "Log a win", straight away or right after unlocking."""
        self.bring_to_front()
        if self.live is not None:
            self.log_win()
        else:
            self._log_after_unlock = True

    # -- window state -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)  # a size kept from a larger screen, or grown under large text

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.clipboard_guard.clear_now()  # locked too: a recovery code copied at first run
        self._lock_if_open()  # drafts kept, every widget emptied, the vault closed
        self.lock_triggers.stop()
        super().closeEvent(event)


def wipe(root: QWidget) -> None:
    """Empty every text field under ``root``, so no typed words outlive a lock."""
    for field in root.findChildren(QLineEdit):
        field.setText("")  # unlike clear(), keeps nothing in the field's undo history
    for editor in root.findChildren(QPlainTextEdit):
        editor.clear()
