"""Icons on the tabs and the main actions: shipped with their licence, drawn in the colour of
the text beside them in light and dark, and not drawn before the tabs are shown."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from iop_companion.assets import asset_path
from iop_companion.charts.palette import DARK, LIGHT
from iop_companion.ui.icons import ICONS, icon
from tests.ui.helpers import unlock
from tests.ui.test_theme import looked  # noqa: F401 (the fixture)


def inked(image: QImage) -> set[str]:
    """The colours of the pixels an icon draws at full strength."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_every_icon_and_its_licence_ship_as_package_data() -> None:
    for name, drawing in ICONS.items():
        assert asset_path(f"icons/lucide/{drawing}.svg").is_file(), name
    assert "ISC License" in asset_path("icons/lucide/LICENSE").read_text(encoding="utf-8")


def test_an_icon_is_drawn_in_the_colour_asked_for(qapp: QApplication) -> None:
    drawn = icon("journal", QColor("#123456")).pixmap(24, 24).toImage()
    assert inked(drawn) == {"#123456"}


def test_tabs_wear_icons_once_shown_in_the_scheme_s_text_colour(qtbot, looked, window) -> None:  # noqa: F811
    looked("light", "standard")
    assert window.tabs.tabIcon(0).isNull()  # the unlock screen shows no tab: none drawn yet
    unlock(qtbot, window)
    QApplication.processEvents()
    for index in range(window.tabs.count()):
        assert not window.tabs.tabIcon(index).isNull()
    light = inked(window.tabs.tabIcon(0).pixmap(24, 24).toImage())
    assert light == {QColor(LIGHT.text).name()}
    looked("dark", "standard")
    QApplication.processEvents()
    dark = inked(window.tabs.tabIcon(0).pixmap(24, 24).toImage())
    assert dark == {QColor(DARK.text).name()}


def test_the_main_action_s_icon_is_in_the_accent_s_text_colour(qtbot, looked, window) -> None:  # noqa: F811
    looked("dark", "standard")
    unlock(qtbot, window)
    QApplication.processEvents()
    log = window.journal_page.log_button.icon().pixmap(24, 24).toImage()
    assert inked(log) == {QColor(DARK.on_accent).name()}
