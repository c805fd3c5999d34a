"""A "More details" button that shows and hides the less-used part of a form, and tells a
screen reader whether that part is open (expanded) or closed (collapsed)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolButton

from iop_companion.ui.accessible import disclosing


class Disclosure(QToolButton):
    """Checked when what it discloses is shown. With ``settings`` and ``key`` it remembers the
    person's own choice: opened once, it opens again next time, until they close it."""

    discloses = True  # expanded or collapsed to a screen reader (``ui/accessible.py``)

    def __init__(
        self, text: str, settings: QSettings | None = None, key: str = "", shown: bool = False
    ) -> None:
        super().__init__()
        self.setText(text)
        disclosing(self)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a tool button takes no Tab stop
        self.toggled.connect(self._arrow)
        if settings is not None and key:
            shown = bool(settings.value(key, shown, type=bool))
            self.clicked.connect(lambda on: settings.setValue(key, on))  # the person's choice
        self.setChecked(shown)
        self._arrow(shown)

    def _arrow(self, shown: bool) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
