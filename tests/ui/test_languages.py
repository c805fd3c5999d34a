"""Choosing the app's language (issue 21): Preferences keeps the choice for the next start, the
app then speaks it (Qt's own dialogs too), and a summary can be made in another language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QTextDocument

from iop_companion import i18n
from iop_companion.i18n import translate
from iop_companion.language import LANGUAGE_KEY, use_in_app, words_for
from iop_companion.ui.help import (
    LIFELINE_HOW,
    LIFELINE_SPANISH,
    SAMHSA_HOW,
    SAMHSA_SPANISH,
    help_html,
)
from iop_companion.ui.preferences import PreferencesDialog
from iop_companion.ui.share_dialog import ShareDialog
from tests.ui.helpers import unlock


def test_preferences_keeps_the_chosen_language_for_the_next_start(qtbot, window) -> None:
    unlock(qtbot, window)
    window.menus.preferences.trigger()
    dialog = next(d for d in window.findChildren(PreferencesDialog) if d.isVisible())
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[0].startswith("As this computer (")
    assert "English" in names
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert window.settings.value(LANGUAGE_KEY) == "es"
    assert i18n.current().code == "en"  # the open windows keep their words until then
    dialog.language.setCurrentIndex(0)
    assert window.settings.value(LANGUAGE_KEY) == ""


def test_the_app_speaks_the_language_chosen(qapp, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "es")
    try:
        words = use_in_app(qapp, settings)
        assert words.code == "es"
        assert i18n.current().code == "es"
        # Qt's own words for its standard buttons come from qtbase_es.qm.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        settings.setValue(LANGUAGE_KEY, "en")
        use_in_app(qapp, settings)
    assert i18n.current().code == "en"


def test_share_offers_the_summary_in_another_language(qtbot, window) -> None:
    unlock(qtbot, window)
    window.menus.share.trigger()
    dialog = next(d for d in window.findChildren(ShareDialog) if d.isVisible())
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    with dialog.in_summary_language() as words:
        assert words is words_for("es")
        assert i18n.say_weekday(0) == "lunes"
    assert i18n.say_weekday(0) == "Monday"


def help_words() -> str:
    document = QTextDocument()
    document.setHtml(help_html())
    return document.toPlainText()


def test_help_now_says_how_to_reach_each_line_in_english_and_spanish_once(qapp) -> None:
    english = help_words()
    assert LIFELINE_HOW in english and LIFELINE_SPANISH in english
    assert SAMHSA_HOW in english and SAMHSA_SPANISH in english


def test_help_now_in_spanish_says_spanish_first_then_english(qtbot, in_spanish) -> None:
    spanish = help_words()
    translated = translate("help", LIFELINE_HOW)
    assert "AYUDA" in translated and translated != LIFELINE_HOW
    assert spanish.index(translated) < spanish.index(LIFELINE_HOW)  # then English
    assert translate("help", SAMHSA_HOW) in spanish and SAMHSA_HOW in spanish
    assert LIFELINE_SPANISH not in spanish and SAMHSA_SPANISH not in spanish  # not twice
