"""Choosing the app's language (issue 21): Preferences keeps the choice and the app speaks it at
once, losing nothing on screen (Qt's own dialogs too), and a summary can be made in another
language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QTextDocument

from iop_companion import i18n
from iop_companion.i18n import translate
from iop_companion.language import LANGUAGE_KEY, use_in_app, words_for
from iop_companion.ui.help import (
    LIFELINE_HOW,
    SAMHSA_HOW,
    help_html,
)
from iop_companion.ui.preferences import LOOK_TAB, PASSPHRASE_TAB, PreferencesDialog
from iop_companion.ui.share_dialog import ShareDialog
from tests.conftest import PASSPHRASE
from tests.ui.helpers import unlock


def _preferences(window) -> PreferencesDialog:
    return next(d for d in window.findChildren(PreferencesDialog) if d.isVisible())


def _choose(qtbot, window, code: str, journal_menu: str) -> PreferencesDialog:
    """Choose ``code`` in the open Preferences; wait for the window to speak it."""
    dialog = _preferences(window)
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == journal_menu)
    qtbot.waitUntil(lambda: _preferences(window) is not dialog)
    return _preferences(window)


def _speak_english(qapp, settings: QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, "en")
    use_in_app(qapp, settings)
    settings.remove(LANGUAGE_KEY)


def test_a_language_chosen_in_preferences_is_spoken_at_once_and_nothing_is_lost(
    qtbot, qapp, window
) -> None:
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.status_text.text() == "Your journal is open.")
    window.journal_page.search.setText("walk")
    qtbot.waitUntil(lambda: window.status_text.text() != "Your journal is open.")  # found: none
    window.tabs.setCurrentWidget(window.know_now_page)  # the status line speaks of the page
    window.know_now_page.editor.setPlainText("Half a thought")
    window.menus.preferences.trigger()
    _preferences(window).tabs.setCurrentIndex(LOOK_TAB)
    language = _preferences(window).language
    names = [language.itemText(i) for i in range(language.count())]
    assert names[0].startswith("As this computer (") and "English" in names
    try:
        dialog = _choose(qtbot, window, "es", "&Diario")
        assert window.settings.value(LANGUAGE_KEY) == "es"  # kept for the next start too
        assert i18n.current().code == "es"
        assert [window.tabs.tabText(i) for i in (0, 3)] == ["Diari&o", "&Lo que sé ahora"]
        assert window.menus.preferences.text() == "&Preferencias…"
        assert window.status_text.text() == ""  # what the search found is not said here
        assert window.journal_page.search.placeholderText() == "Buscar en tu diario"
        # Still open, on the same page, with what was typed.
        assert window.live is not None and window.pages.currentWidget() is window.tabs
        assert window.tabs.currentWidget() is window.know_now_page
        assert window.know_now_page.editor.toPlainText() == "Half a thought"
        assert window.know_now_page.message.text() == ""  # nothing "restored" to speak of
        assert window.journal_page.search.text() == "walk"
        # Preferences itself is open again in Spanish, on the tab it was on.
        assert dialog.windowTitle() == "Preferencias"
        assert dialog.tabs.currentIndex() == LOOK_TAB
        assert dialog.language.currentData() == "es"

        dialog = _choose(qtbot, window, "en", "&Journal")
        assert [window.tabs.tabText(i) for i in (0, 3)] == ["J&ournal", "What I &know now"]
        assert window.status_text.text() == ""
        assert window.tabs.currentWidget() is window.know_now_page
        assert window.know_now_page.editor.toPlainText() == "Half a thought"
        assert window.journal_page.search.text() == "walk"
        assert window.live is not None
        assert dialog.windowTitle() == "Preferences" and dialog.tabs.currentIndex() == LOOK_TAB
        # The pages made afresh still do their work: the search finds the notebook's words.
        window.tabs.setCurrentWidget(window.journal_page)
        window.menus.lock.trigger()
        assert window.journal_page.search.text() == ""
        unlock(qtbot, window)
        window.tabs.setCurrentWidget(window.know_now_page)
        assert window.know_now_page.editor.toPlainText() == "Half a thought"  # a draft again
    finally:
        _speak_english(qapp, window.settings)


def test_a_new_recovery_code_shown_in_preferences_stays_through_a_change_of_language(
    qtbot, qapp, window
) -> None:
    unlock(qtbot, window)
    window.menus.preferences.trigger()
    earlier = _preferences(window)
    earlier.tabs.setCurrentIndex(PASSPHRASE_TAB)
    earlier.new_code_button.click()
    code = earlier.new_code.text()
    assert code
    try:
        dialog = _choose(qtbot, window, "es", "&Diario")
        assert dialog.tabs.currentIndex() == PASSPHRASE_TAB
        assert dialog.new_code.text() == code and not dialog.new_code.isHidden()
        assert dialog.new_code_message.text().startswith("Aquí está tu nuevo código")
    finally:
        _speak_english(qapp, window.settings)


def test_the_unlock_screen_keeps_a_half_typed_passphrase_through_a_change_of_language(
    qtbot, qapp, window
) -> None:
    unlock(qtbot, window)
    window.menus.lock.trigger()
    qtbot.waitUntil(lambda: window.status_text.text() == "Your journal is locked.")
    window.unlock_page.passphrase.setText(PASSPHRASE[:5])
    window.unlock_page.passphrase.setFocus()
    window.settings.setValue(LANGUAGE_KEY, "es")
    try:
        use_in_app(qapp, window.settings)
        qtbot.waitUntil(lambda: window.unlock_page.unlock_button.text() == "Desbloquear")
        assert window.menuBar().actions()[0].text() == "&Diario"
        assert window.pages.currentWidget() is window.unlock_page
        assert window.unlock_page.passphrase.text() == PASSPHRASE[:5]
        assert window.focusWidget() is window.unlock_page.passphrase
        assert window.status_text.text() == "Tu diario está bloqueado."
        _speak_english(qapp, window.settings)
        qtbot.waitUntil(lambda: window.unlock_page.unlock_button.text() == "Unlock")
        assert window.unlock_page.passphrase.text() == PASSPHRASE[:5]
        assert window.status_text.text() == "Your journal is locked."
        unlock(qtbot, window)  # the screen made afresh opens the journal
        assert window.live is not None
    finally:
        _speak_english(qapp, window.settings)


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
    spanish = words_for("es")
    assert LIFELINE_HOW in english and spanish.translate("help", LIFELINE_HOW) in english
    assert SAMHSA_HOW in english and spanish.translate("help", SAMHSA_HOW) in english
    assert english.index(LIFELINE_HOW) < english.index(spanish.translate("help", LIFELINE_HOW))


def test_help_now_in_spanish_says_spanish_first_then_english(qtbot, in_spanish) -> None:
    spanish = help_words()
    translated = translate("help", LIFELINE_HOW)
    assert "AYUDA" in translated and translated != LIFELINE_HOW
    assert spanish.index(translated) < spanish.index(LIFELINE_HOW)  # then English
    assert translate("help", SAMHSA_HOW) in spanish and SAMHSA_HOW in spanish
    assert spanish.count(translated) == 1 and spanish.count(LIFELINE_HOW) == 1  # not twice
