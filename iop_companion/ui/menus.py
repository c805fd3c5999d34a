"""The window's menus and keys. What each item does comes in as a callable (``MenuSlots``), so
this module knows nothing of the window; which items need an open journal is said here once.

Lock, Hide now and Help now are application-wide shortcuts (``every_window`` carries them into
every window the app opens). Redo answers Ctrl+Shift+Z and Ctrl+Y on every platform.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.quick_hide import QUICK_HIDE_SHORTCUT

Slot = Callable[[], object]


@dataclass(frozen=True)
class MenuSlots:
    log_win: Slot
    log_hard_moment: Slot
    hard_times_plan: Slot
    share: Slot
    backups: Slot
    keep_in_step: Slot
    export_and_import: Slot
    quick_hide: Slot
    lock: Slot
    quit: Slot
    undo: Slot
    redo: Slot
    edit_entry: Slot
    delete_entry: Slot
    find: Slot
    manage: Slot
    preferences: Slot
    show_page: Callable[[int], object]
    show_help: Slot
    about: Slot


class Menus:
    def __init__(
        self,
        bar: QMenuBar,
        owner: QWidget,
        do: MenuSlots,
        page_titles: Sequence[str],
        view_choices: Sequence[QAction] = (),
    ) -> None:
        self._owner = owner
        self._words: list[tuple[QAction, str]] = []  # each item and its English, said again

        journal = self._menu(bar, QT_TRANSLATE_NOOP("menus", "&Journal"))
        self.log = self._action(QT_TRANSLATE_NOOP("menus", "Log a &win…"), do.log_win, "Ctrl+N")
        self.hard_moment = self._action(
            QT_TRANSLATE_NOOP("menus", "Note a &hard moment…"), do.log_hard_moment, "Ctrl+Shift+N"
        )
        self.plan = self._action(
            QT_TRANSLATE_NOOP("menus", "My &plan for hard times…"), do.hard_times_plan
        )
        self.share = self._action(
            QT_TRANSLATE_NOOP("menus", "&Share a summary…"), do.share, "Ctrl+E"
        )
        self.backups = self._action(QT_TRANSLATE_NOOP("menus", "&Backups…"), do.backups)
        self.data = self._action(
            QT_TRANSLATE_NOOP("menus", "&Export and import…"), do.export_and_import
        )
        self.keep_in_step = self._action(
            QT_TRANSLATE_NOOP("menus", "&Use this journal on another computer…"), do.keep_in_step
        )
        self.hide = self._action(
            QT_TRANSLATE_NOOP("menus", "Hide &now"), do.quick_hide, QUICK_HIDE_SHORTCUT
        )
        self.lock = self._action(QT_TRANSLATE_NOOP("menus", "&Lock"), do.lock, "Ctrl+L")
        self.quit = self._action(
            QT_TRANSLATE_NOOP("menus", "&Quit"), do.quit, QKeySequence.StandardKey.Quit
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        _fill(
            journal,
            (self.log, self.hard_moment, self.plan),
            (self.share, self.backups, self.data, self.keep_in_step),
        )
        _fill(journal, (self.hide, self.lock, self.quit), separated=True)

        edit = self._menu(bar, QT_TRANSLATE_NOOP("menus", "&Edit"))
        self.undo = self._action(
            QT_TRANSLATE_NOOP("menus", "&Undo"), do.undo, QKeySequence.StandardKey.Undo
        )
        self.redo = self._action(QT_TRANSLATE_NOOP("menus", "&Redo"), do.redo)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_entry = self._action(QT_TRANSLATE_NOOP("menus", "&Edit entry…"), do.edit_entry)
        self.delete_entry = self._action(
            QT_TRANSLATE_NOOP("menus", "&Delete entry"), do.delete_entry
        )
        self.find = self._action(
            QT_TRANSLATE_NOOP("menus", "&Find"), do.find, QKeySequence.StandardKey.Find
        )
        self.manage = self._action(
            QT_TRANSLATE_NOOP("menus", "&Categories and quick wins…"), do.manage
        )
        self.preferences = self._action(QT_TRANSLATE_NOOP("menus", "&Preferences…"), do.preferences)
        # The system's key where it has one (Cmd+, on macOS); Ctrl+, where it has none (Linux).
        standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences.setShortcuts(standard or [QKeySequence("Ctrl+,")])
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        _fill(
            edit,
            (self.undo, self.redo, self.edit_entry, self.delete_entry, self.find),
            (self.manage, self.preferences),
        )

        view = self._menu(bar, QT_TRANSLATE_NOOP("menus", "&View"))
        self.show_pages = [
            self._page_action(title, functools.partial(do.show_page, i), f"Ctrl+{i + 1}")
            for i, title in enumerate(page_titles)
        ]
        _fill(view, self.show_pages)
        self._view, self._view_choices = view, tuple(view_choices)
        if view_choices:  # checkable choices, each kept by the page it belongs to
            _fill(view, view_choices, separated=True)

        help_menu = self._menu(bar, QT_TRANSLATE_NOOP("menus", "&Help"))
        self.help = self._action(
            QT_TRANSLATE_NOOP("menus", "&Help now"),
            do.show_help,
            QKeySequence.StandardKey.HelpContents,
        )
        self.about = self._action(QT_TRANSLATE_NOOP("menus", "&About"), do.about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        _fill(help_menu, (self.help, self.about))

        # One step away from any window of the app, dialogs included.
        for action in self.everywhere:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        # What needs an open journal (Undo and Redo also wait for something to take back).
        self._need_journal = (
            self.log,
            self.hard_moment,
            self.plan,
            self.lock,
            self.edit_entry,
            self.delete_entry,
            self.find,
            self.manage,
            self.preferences,
            self.share,
            self.backups,
            self.data,
            self.keep_in_step,
            *self.show_pages,
        )
        self.set_unlocked(False)

    @property
    def from_any_field(self) -> tuple[QAction, ...]:
        """What a key starts from inside a text field too (none of them edits text)."""
        return (
            self.log,
            self.hard_moment,
            self.share,
            self.preferences,
            *self.everywhere,
            *self.show_pages,
        )

    @property
    def everywhere(self) -> tuple[QAction, ...]:
        """Lock, Hide now and Help now: they answer in every window."""
        return self.lock, self.hide, self.help

    def set_unlocked(self, unlocked: bool) -> None:
        for action in self._need_journal:
            action.setEnabled(unlocked)
        if not unlocked:
            self.set_history("", "")

    def set_history(self, undo: str, redo: str) -> None:
        """Undo and Redo say what they would do, and are there only when they can."""
        self.undo.setEnabled(bool(undo))
        self.undo.setText(
            translate("menus", "&Undo {what}").format(what=undo)
            if undo
            else translate("menus", "&Undo")
        )
        self.redo.setEnabled(bool(redo))
        self.redo.setText(
            translate("menus", "&Redo {what}").format(what=redo)
            if redo
            else translate("menus", "&Redo")
        )

    def say_again(self, page_titles: Sequence[str], view_choices: Sequence[QAction]) -> None:
        """Every item in the language now in use (the app's language changed), with the
        pages' ``view_choices`` of the pages made for it in place of the earlier ones."""
        for item, source in self._words:
            item.setText(translate("menus", source))
        for action, title in zip(self.show_pages, page_titles, strict=True):
            action.setText(title)
        for action in self._view_choices:
            self._view.removeAction(action)
        self._view.addActions(list(view_choices))
        self._view_choices = tuple(view_choices)

    def _menu(self, bar: QMenuBar, source: str) -> QMenu:
        menu = bar.addMenu(translate("menus", source))
        self._words.append((menu.menuAction(), source))
        return menu

    def _action(self, source: str, slot: Slot, shortcut: object = None) -> QAction:
        action = self._page_action(translate("menus", source), slot, shortcut)
        self._words.append((action, source))
        return action

    def _page_action(self, text: str, slot: Slot, shortcut: object = None) -> QAction:
        action = QAction(text, self._owner)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(lambda _checked=False: slot())
        self._owner.addAction(action)
        return action


def _fill(menu: QMenu, *groups: Sequence[QAction], separated: bool = False) -> None:
    """Add ``groups`` of actions to ``menu``, a line between groups (and before the first,
    when ``separated``)."""
    for i, group in enumerate(groups):
        if i or separated:
            menu.addSeparator()
        for action in group:
            menu.addAction(action)
