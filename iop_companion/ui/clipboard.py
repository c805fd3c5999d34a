"""Copying from the journal without leaving the words on the clipboard.

``ClipboardGuard.copy`` puts text on the clipboard and takes it off again after 30 seconds, but only
if the clipboard still holds exactly that text: something the person copied since is theirs and
stays. ``clear_now`` does the same at once, for locking. ``watch_app_copies`` extends this to
what the person copies inside the app with Ctrl+C.

The copy also carries the hints clipboard managers honour for passwords, so KDE's Klipper and
Windows' clipboard history and cloud clipboard don't keep a copy of their own (which clearing the
clipboard could not reach). macOS has no such hint that Qt can set.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
# Formats that ask clipboard managers to leave this copy out of their history.
KDE_MANAGER_HINT = "x-kde-passwordManagerHint"
WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'
NO_HISTORY_HINTS: dict[str, bytes] = {
    KDE_MANAGER_HINT: b"secret",
    WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"): b"\x00",
    WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"): b"\x00\x00\x00\x00",  # DWORD 0
    WINDOWS_FORMAT.format("CanUploadToCloudClipboard"): b"\x00\x00\x00\x00",  # DWORD 0
}


# Platforms whose clipboard says whether this app put the data there. (Qt's macOS clipboard
# always answers "not ours", so macOS is not one of them.)
PLATFORMS_THAT_TELL_THE_OWNER = ("xcb", "wayland", "windows")


def _copied_here(clipboard: QClipboard) -> bool:
    """Whether the clipboard's new contents were copied inside this app. Where the platform
    doesn't say, a change while one of the app's windows has the focus counts as the app's."""
    if QGuiApplication.platformName().startswith(PLATFORMS_THAT_TELL_THE_OWNER):
        return clipboard.ownsClipboard()
    return QGuiApplication.focusWindow() is not None


class ClipboardGuard(QObject):
    """Copies text for a short while. One guard per window is enough."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._copying = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_still_ours)

    def watch_app_copies(self) -> None:
        """Take charge of every copy made inside the app too (Ctrl+C in a field or a list), so
        those words also leave the clipboard after 30 seconds. A copy made in another program
        is the person's own business and is left alone."""
        self._clipboard().dataChanged.connect(self._clipboard_changed)

    @Slot()
    def _clipboard_changed(self) -> None:
        if self._copying:
            return  # this guard's own copy
        clipboard = self._clipboard()
        data = clipboard.mimeData()
        if data is None or data.hasFormat(KDE_MANAGER_HINT) or not _copied_here(clipboard):
            return  # already with the hints, or another program's copy
        if text := clipboard.text():
            self.copy(text)  # again, with the hints that keep it out of clipboard histories

    @staticmethod
    def _clipboard() -> QClipboard:
        clipboard = QGuiApplication.clipboard()
        assert clipboard is not None  # a QGuiApplication exists whenever the window does
        return clipboard

    @property
    def holding(self) -> bool:
        """Whether something this guard copied may still be on the clipboard."""
        return self._ours is not None

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, to be taken off again in 30 seconds."""
        data = QMimeData()
        data.setText(text)
        for mime_type, value in NO_HISTORY_HINTS.items():
            data.setData(mime_type, value)
        self._ours = text
        self._copying = True  # setting the clipboard tells _clipboard_changed at once
        try:
            self._clipboard().setMimeData(data)
        finally:
            self._copying = False
        self.timer.start()  # a second copy restarts the wait

    @Slot()
    def clear_if_still_ours(self) -> None:
        """Empty the clipboard if it still holds exactly what this guard put there."""
        self.timer.stop()
        ours, self._ours = self._ours, None
        if ours is None:
            return
        clipboard = self._clipboard()
        if clipboard.text() == ours:
            clipboard.clear()

    @Slot()
    def clear_now(self) -> None:
        """For locking: take the journal's words off the clipboard now, and leave anything else.

        On Linux, text selected in the app is also the "primary selection" (middle-click pastes
        it anywhere): if the app still owns it, it goes too."""
        self.clear_if_still_ours()
        clipboard = self._clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
