"""Preferences: privacy (locks, discreet mode, this computer), passphrase and recovery code,
the daily reminder and the program's number for Help now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSettings, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Done
from iop_companion.core.own_details import MAX_PHONE_CHARS
from iop_companion.core.sync_folders import sync_warning, synced_by
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, languages, translate
from iop_companion.language import (
    LANGUAGE_KEY,
    language_name,
    system_language,
    use_in_app,
)
from iop_companion.ui.accessible import Message
from iop_companion.ui.discreet import FULL_NAME, MAX_NAME_CHARS, Identity, clean_name
from iop_companion.ui.idle import IDLE_CHOICES, IDLE_KEY, IdleWatcher
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.quick_hide import QUICK_HIDE_SHORTCUT, CoverWhenAway
from iop_companion.ui.reminders import NO_TRAY, ReminderTray
from iop_companion.ui.screen_lock import ScreenLockWatcher
from iop_companion.ui.task_dialog import TaskDialog
from iop_companion.ui.theme import (
    SCHEME_KEY,
    SCHEMES,
    STANDARD,
    SYSTEM,
    TEXT_SIZE_KEY,
    TEXT_SIZES,
    apply_look,
)
from iop_companion.ui.widgets import (
    ScrollArea,
    code_field,
    ems,
    laid_out,
    muted,
    new_passphrase_problem,
    paragraph,
    secret_field,
    tab_in_order,
    take_typed,
)

PASSPHRASE_TAB = 1
LOOK_TAB = 3
NEW_CODE_WORDS = QT_TRANSLATE_NOOP(
    "preferences",
    "Here is your new recovery code, shown only now. Write it down or keep it somewhere only "
    "you can reach.",
)
BLUR_KEY = "privacy/blur_when_away"  # the cover, once a blur: the name kept for earlier settings
REMEMBER_WARNING = QT_TRANSLATE_NOOP(
    "preferences",
    "The journal opens without the passphrase on this computer. Anyone who can log in as you "
    "here could open it too.",
)


def _tab_page(tabs: QTabWidget, title: str) -> QVBoxLayout:
    """A tab whose content scrolls on a small screen or under large text."""
    page = QWidget()
    tabs.addTab(ScrollArea(page), title)
    return QVBoxLayout(page)


def _form(box: QGroupBox) -> QFormLayout:
    """A form whose labels sit right-aligned in one column, next to their fields."""
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def align_label_columns(page: QWidget) -> None:
    """Every form on ``page`` gets one label column as wide as its widest label, so all of
    its fields start at one x, whichever box they are in."""
    labels: list[QWidget] = []
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    for label in labels:
        label.setMinimumWidth(0)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class PreferencesDialog(TaskDialog):
    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.setWindowTitle(translate("preferences", "Preferences"))
        self.setMinimumWidth(ems(self, 87))
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        self.privacy_tab, self.keys_tab, self.reminders_tab, self.look_tab = (
            _tab_page(self.tabs, translate("preferences", "Privacy")),
            _tab_page(self.tabs, translate("preferences", "Passphrase and recovery")),
            _tab_page(self.tabs, translate("preferences", "Reminder and help")),
            _tab_page(self.tabs, translate("preferences", "Look")),
        )
        # Every tab's title in view, in any language (Spanish's four don't fit 87 characters).
        whole_bar = self.tabs.tabBar().sizeHint().width() + ems(self, 4)
        self.setMinimumWidth(max(self.minimumWidth(), whole_bar))
        layout = self.keys_tab  # the tab at PASSPHRASE_TAB

        device = QGroupBox(translate("preferences", "This computer"))
        device_layout = QVBoxLayout(device)
        self.remember = QCheckBox(translate("preferences", "Remember the key on this computer"))
        self.remember.setChecked(live.core.remembers_device(live.core.folder))
        self.remember.toggled.connect(self._remember_toggled)
        device_layout.addWidget(self.remember)
        device_layout.addWidget(muted(translate("preferences", REMEMBER_WARNING)))
        self.device_message = Message()
        device_layout.addWidget(self.device_message)
        self.privacy_tab.addWidget(device)

        passphrase = QGroupBox(translate("preferences", "Passphrase"))
        form = _form(passphrase)
        self.current = secret_field(translate("preferences", "Current passphrase"))
        self.new = secret_field(translate("preferences", "New passphrase"))
        self.confirm = secret_field(translate("preferences", "New passphrase again"))
        form.addRow(translate("preferences", "Current"), self.current)
        form.addRow(translate("preferences", "New"), self.new)
        form.addRow(translate("preferences", "Once more"), self.confirm)
        self.change_button = QPushButton(translate("preferences", "Change passphrase"))
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.change_passphrase)
        form.addRow("", self.change_button)
        form.addRow("", self.busy)
        form.addRow("", self.status)  # where the passphrase change is answered
        self.task_buttons = (self.change_button,)
        layout.addWidget(passphrase)

        recovery = QGroupBox(translate("preferences", "Recovery code"))
        recovery_layout = QVBoxLayout(recovery)
        recovery_layout.addWidget(
            muted(
                translate(
                    "preferences",
                    "Lost the paper with your recovery code? Make a new one. The old code stops "
                    "working, and the new one is shown once.",
                )
            )
        )
        self.new_code_button = QPushButton(translate("preferences", "Make a new recovery code"))
        self.new_code_button.setAutoDefault(False)
        self.new_code_button.clicked.connect(self.make_new_code)
        recovery_layout.addWidget(self.new_code_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.new_code_message = Message()
        recovery_layout.addWidget(self.new_code_message)
        self.new_code = code_field(translate("preferences", "Your new recovery code"))
        self.new_code.hide()
        recovery_layout.addWidget(self.new_code)
        layout.addWidget(recovery)
        self._add_program_phone()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for tab in (self.privacy_tab, self.keys_tab, self.reminders_tab, self.look_tab):
            tab.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        self.align_forms()
        self.tab_down_the_pages()
        super().showEvent(event)

    def tab_down_the_pages(self) -> None:
        """Tab goes down each page as it is shown, then to Close. (The boxes that add_privacy,
        add_discreet and add_reminder put above the ones made here joined after them.)"""
        pages = (self.privacy_tab, self.keys_tab, self.reminders_tab, self.look_tab)
        boxes = [box for page in pages for box in laid_out(page)]
        tab_in_order(self.tabs.tabBar(), *boxes, self.buttons)

    def align_forms(self) -> None:
        for index in range(self.tabs.count()):
            area = self.tabs.widget(index)
            assert isinstance(area, ScrollArea)
            align_label_columns(area.content)

    def add_look(self, settings: QSettings) -> None:
        """Light, dark or the system's colours, and a text size on top of the system's: kept
        in Qt's settings, applied to every window at once."""
        box = QGroupBox(translate("preferences", "Colours and text"))
        form = _form(box)
        self.scheme = QComboBox()
        for label, value in SCHEMES:
            self.scheme.addItem(translate("theme", label), value)
        self.text_size = QComboBox()
        for label, value in TEXT_SIZES:
            self.text_size.addItem(translate("theme", label), value)
        scheme = str(settings.value(SCHEME_KEY, SYSTEM))
        size = str(settings.value(TEXT_SIZE_KEY, STANDARD))
        self.scheme.setCurrentIndex(max(self.scheme.findData(scheme), 0))
        found = self.text_size.findData(size)
        self.text_size.setCurrentIndex(found if found >= 0 else self.text_size.findData(STANDARD))
        form.addRow(translate("preferences", "Colours"), self.scheme)
        form.addRow(translate("preferences", "Text size"), self.text_size)
        form.addRow(
            "",
            muted(
                translate(
                    "preferences",
                    "Small is your computer's own text size; the others are larger. "
                    "Changes show at once.",
                )
            ),
        )

        def chosen() -> None:
            scheme, size = self.scheme.currentData(), self.text_size.currentData()
            settings.setValue(SCHEME_KEY, scheme)
            settings.setValue(TEXT_SIZE_KEY, size)
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            apply_look(app, scheme, size)
            self.align_forms()

        self.scheme.currentIndexChanged.connect(chosen)
        self.text_size.currentIndexChanged.connect(chosen)
        self.look_tab.insertWidget(0, box)
        self._add_language(settings)

    def _add_language(self, settings: QSettings) -> None:
        """The app's language: the system's unless the person chooses one. Each language is
        named in its own words, so a person can find theirs whatever the app speaks now."""
        box = QGroupBox(translate("preferences", "Language"))
        form = _form(box)
        self.language = QComboBox()
        system = language_name(system_language())
        self.language.addItem(
            translate("preferences", "As this computer ({language})").format(language=system), ""
        )
        for code in languages():
            self.language.addItem(language_name(code), code)
        found = self.language.findData(str(settings.value(LANGUAGE_KEY, "") or ""))
        self.language.setCurrentIndex(max(found, 0))
        form.addRow(translate("preferences", "Language"), self.language)
        form.addRow(
            "",
            muted(
                translate(
                    "preferences",
                    "The app speaks it at once. Your own words stay as you wrote them, and "
                    "the help lines are always in English and Spanish.",
                )
            ),
        )

        def chosen() -> None:
            # Kept for the next start, and spoken at once: every window hears of it
            # (QEvent.LanguageChange) and says its words again; the main window opens this
            # dialog again in the new language (``take_from``).
            settings.setValue(LANGUAGE_KEY, self.language.currentData())
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            use_in_app(app, settings)

        self.language.currentIndexChanged.connect(chosen)
        self.look_tab.insertWidget(1, box)

    def _add_program_phone(self) -> None:
        box = QGroupBox(translate("preferences", "Help now"))
        form = _form(box)
        self.program_phone = QLineEdit(self.live.own.program_phone)
        self.program_phone.setAccessibleName(
            translate("preferences", "Your program's phone number")
        )
        self.program_phone.setPlaceholderText(
            translate("preferences", "For example: my program, 555-0142")
        )
        self.program_phone.setMaxLength(MAX_PHONE_CHARS)
        self.program_phone.editingFinished.connect(self._program_phone_edited)
        form.addRow(translate("preferences", "Your program's number"), self.program_phone)
        self.program_phone_message = Message(
            translate(
                "preferences",
                "It shows on the Help now page. It's kept inside the encrypted journal, so it "
                "shows there only while the journal is open, unless you keep your plan for hard "
                "times on the unlock screen.",
            ),
            stays=True,
            muted=True,
        )
        form.addRow("", self.program_phone_message)
        self.reminders_tab.addWidget(box)

    def _program_phone_edited(self) -> None:
        try:
            kept = self.live.apply(self.live.core.set_program_phone(self.program_phone.text()))
        except KnownError as error:
            self.program_phone_message.say(error.sentence)
            return
        self.program_phone.setText(kept)
        self.program_phone_message.say(
            translate("preferences", "Saved. It shows on the Help now page.")
            if kept
            else translate("preferences", "Removed. Help now shows the national lines only.")
        )

    def add_privacy(
        self,
        settings: QSettings,
        idle: IdleWatcher,
        screen_lock: ScreenLockWatcher,
        cover: CoverWhenAway,
    ) -> None:
        """Locks and what shows when the person looks away; saved in Qt's settings (they hold
        no entry text)."""
        box = QGroupBox(translate("preferences", "When you step away"))
        form = _form(box)
        self.idle = QComboBox()
        for label, minutes in IDLE_CHOICES:
            self.idle.addItem(translate("idle", label), minutes)
        self.idle.setCurrentIndex(max(self.idle.findData(idle.minutes), 0))

        def idle_chosen() -> None:
            minutes = self.idle.currentData()
            idle.set_minutes(minutes)
            settings.setValue(IDLE_KEY, minutes or 0)

        self.idle.currentIndexChanged.connect(idle_chosen)
        form.addRow(translate("preferences", "Lock after no use"), self.idle)
        form.addRow("", muted(screen_lock.how))
        self.cover = QCheckBox(
            translate("preferences", "Cover the journal when you switch to another window")
        )
        self.cover.setChecked(cover.enabled)

        def cover_chosen(on: bool) -> None:
            cover.set_enabled(on)
            settings.setValue(BLUR_KEY, on)

        self.cover.toggled.connect(cover_chosen)
        form.addRow("", self.cover)
        form.addRow(
            "",
            muted(
                translate("preferences", "{shortcut} locks and hides the window at once.").format(
                    shortcut=QUICK_HIDE_SHORTCUT
                )
            ),
        )
        synced = synced_by(self.live.folder)
        if synced:
            form.addRow("", paragraph(sync_warning(synced)))
        self.privacy_tab.insertWidget(0, box)

    def add_discreet(self, identity: Identity, chosen: Callable[[Identity], None]) -> None:
        """Discreet mode: the name and icon shown in the title, task bar, tray and reminders."""
        box = QGroupBox(translate("preferences", "Name and icon"))
        form = _form(box)
        self.discreet = QCheckBox(
            translate("preferences", "Discreet: a neutral name and a plain icon")
        )
        self.discreet.setChecked(identity.discreet)
        form.addRow("", self.discreet)
        self.shown_name = QLineEdit(identity.neutral_name)
        self.shown_name.setAccessibleName(translate("preferences", "Name to show"))
        self.shown_name.setMaxLength(MAX_NAME_CHARS)
        self.shown_name.setEnabled(identity.discreet)
        form.addRow(translate("preferences", "Name to show"), self.shown_name)
        form.addRow(
            "",
            muted(
                translate(
                    "preferences",
                    "Turned off, the window shows the app's own name, {name}, and its icon. "
                    "Window titles never show what you write.",
                ).format(name=FULL_NAME)
            ),
        )

        def changed() -> None:
            name = clean_name(self.shown_name.text())
            self.shown_name.setEnabled(self.discreet.isChecked())
            chosen(Identity(self.discreet.isChecked(), name))

        self.discreet.toggled.connect(changed)
        self.shown_name.editingFinished.connect(changed)
        self.privacy_tab.insertWidget(1, box)

    def add_reminder(self, tray: ReminderTray) -> None:
        """The optional daily reminder: off by default, its time, and where it can't show."""
        box = QGroupBox(translate("preferences", "A daily reminder"))
        form = _form(box)
        reminders = tray.reminders
        self.reminder = QCheckBox(translate("preferences", "Remind me once a day"))
        self.reminder.setChecked(reminders.enabled)
        self.reminder_time = QTimeEdit(QTime(reminders.at.hour, reminders.at.minute))
        self.reminder_time.setAccessibleName(translate("preferences", "Reminder time"))
        self.reminder_time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.reminder_time.setEnabled(reminders.enabled)
        form.addRow("", self.reminder)
        form.addRow(translate("preferences", "At"), self.reminder_time)
        form.addRow(
            "",
            muted(
                translate(
                    "preferences",
                    "It shows at most once a day, while the app is open (locked is fine), and "
                    "not on a day you've already opened your journal. Clicking it opens Log a "
                    "win.",
                )
            ),
        )
        if not tray.can_show():
            self.reminder.setEnabled(False)
            form.addRow("", paragraph(translate("reminders", NO_TRAY)))

        def toggled(on: bool) -> None:
            self.reminder_time.setEnabled(on)
            tray.set_enabled(on)

        self.reminder.toggled.connect(toggled)
        self.reminder_time.timeChanged.connect(lambda at: reminders.set_time(at.toPython()))
        self.reminders_tab.insertWidget(0, box)

    def take_from(self, earlier: PreferencesDialog) -> None:
        """Show what ``earlier`` showed (open as the language changed): the same tab, what is
        typed, a new recovery code shown only then and the passphrase's message (as it was
        said), with the focus on the language."""
        self.tabs.setCurrentIndex(earlier.tabs.currentIndex())
        take_typed(earlier, self, ("current", "new", "confirm", "program_phone", "shown_name"))
        if earlier.status.text():  # the passphrase's answer, or why a new one is needed
            self.say(earlier.status.text())  # as it was said
        if not earlier.new_code.isHidden():
            self.new_code.setText(earlier.new_code.text())
            self.new_code.show()
            self.new_code_message.say(translate("preferences", NEW_CODE_WORDS))
        if hasattr(self, "language"):
            self.language.setFocus()

    def make_new_code(self) -> None:
        try:
            code = self.live.apply(self.live.core.new_recovery_code())
        except KnownError as error:
            self.new_code.hide()
            self.new_code_message.say(error.sentence)
        else:
            self.new_code.setText(code)
            self.new_code.show()
            self.new_code_message.say(translate("preferences", NEW_CODE_WORDS))

    def _remember_toggled(self, on: bool) -> None:
        core = self.live.core
        try:
            if on:
                self.live.apply(core.remember_device())
                self._say_device(
                    translate("preferences", "This computer now opens the journal by itself.")
                )
            else:
                self.live.apply(core.forget_this_device())
                self._say_device(
                    translate("preferences", "This computer no longer opens the journal by itself.")
                )
        except KnownError as error:
            self.remember.blockSignals(True)
            self.remember.setChecked(not on)
            self.remember.blockSignals(False)
            self._say_device(error.sentence)

    def _say_device(self, text: str) -> None:
        self.device_message.say(text)

    def change_passphrase(self) -> None:
        current, new = self.current.text(), self.new.text()
        problem = new_passphrase_problem(new, self.confirm.text())
        if problem:
            self.say(problem)
            return
        core = self.live.core
        self.run(
            lambda: core.change_passphrase(current, new),
            self._changed,
            lambda _: self._current_again(),
        )

    def ask_for_new_passphrase(self, why: str) -> None:
        """Open on the passphrase change, saying ``why`` a new one is needed now."""
        self.tabs.setCurrentIndex(PASSPHRASE_TAB)
        self.say(why)
        self.current.setFocus()

    def _changed(self, done: Done[None]) -> None:
        self.live.apply(done)
        for field in (self.current, self.new, self.confirm):
            field.clear()
        self.say(
            translate("preferences", "Your passphrase is changed. Your recovery code still works.")
        )

    def _current_again(self) -> None:
        self.current.selectAll()
        self.current.setFocus()
