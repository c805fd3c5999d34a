"""Discreet mode: the name and icon the app shows to anyone glancing at the screen.

On by default: the window title, task bar, tray and reminders say only a neutral name the person
chooses ("Companion" unless they change it) and show a plain icon. Turned off, the app shows its
own name and icon. No mode ever puts entry text in a title or a reminder.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

from iop_companion.assets import icon_files
from iop_companion.i18n import translate

DISCREET_KEY, SHOWN_NAME_KEY = "privacy/discreet", "privacy/shown_name"
NEUTRAL_NAME = "Companion"
FULL_NAME = "IOP Companion"  # words: not for translation (the app's name)
MAX_NAME_CHARS = 40


@dataclass(frozen=True)
class Identity:
    """What the app calls itself on screen."""

    discreet: bool = True
    neutral_name: str = NEUTRAL_NAME

    @property
    def name(self) -> str:
        return self.neutral_name if self.discreet else FULL_NAME

    @property
    def reminder_text(self) -> str:
        if self.discreet:
            return translate("discreet", "A moment for your notes, if you want one.")
        return translate("discreet", "Anything you'd like to log today? Small things count.")


def clean_name(text: str) -> str:
    """A name fit for a title bar: one line, not empty, not too long."""
    return " ".join(text.split())[:MAX_NAME_CHARS] or NEUTRAL_NAME


def load_identity(settings: QSettings) -> Identity:
    discreet = settings.value(DISCREET_KEY, True, type=bool)
    name = settings.value(SHOWN_NAME_KEY, NEUTRAL_NAME, type=str)
    return Identity(bool(discreet), clean_name(str(name)))


def save_identity(settings: QSettings, identity: Identity) -> None:
    settings.setValue(DISCREET_KEY, identity.discreet)
    settings.setValue(SHOWN_NAME_KEY, identity.neutral_name)


def icon_for(identity: Identity) -> QIcon:
    """The plain icon in discreet mode, the app's own otherwise, at every size there is."""
    icon = QIcon()
    for path in icon_files(discreet=identity.discreet):
        icon.addFile(str(path))
    return icon
