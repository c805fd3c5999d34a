"""The app's languages, through Qt: catalogues (``QTranslator``), numbers and dates (``QLocale``).

The catalogues are ``resources/translations/iop_companion_<language>.qm``, built by
``make translations`` from the ``.ts`` files beside them (``pyside6-lupdate`` writes those from
the source; translators fill them in with Qt Linguist or a text editor). English is the source
language: its catalogue only holds plural forms. Qt's own words for standard dialogs come from its
``qtbase_<language>.qm``.

The desktop calls ``use_in_app`` before the first window. Its language follows the system unless
the person chose one in Preferences (kept in QSettings under ``LANGUAGE_KEY``; an empty value
means "as the system"). The command line speaks the terminal's language, as command-line tools
do (``terminal_language.py``), and loads this module only for a language other than English.
"""

from __future__ import annotations

from datetime import date, time
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from iop_companion import i18n
from iop_companion.i18n import CATALOGUE, SOURCE_LANGUAGE, DayForm, translations_dir

LANGUAGE_KEY = "language"  # QSettings: "" for the system's language, else a tag such as "es"
# Patterns a translator may reorder (QLocale has no month-and-day or month-and-year format).
DAY_PATTERNS = {
    DayForm.MONTH_DAY: i18n.QT_TRANSLATE_NOOP("dates", "MMMM d"),
    DayForm.MONTH_YEAR: i18n.QT_TRANSLATE_NOOP("dates", "MMMM yyyy"),
    DayForm.SHORT_MONTH_DAY: i18n.QT_TRANSLATE_NOOP("dates", "MMM d"),
    DayForm.SHORT_WEEKDAY_DAY: i18n.QT_TRANSLATE_NOOP("dates", "ddd, MMM d"),
    DayForm.SHORT_WEEKDAY_DAY_YEAR: i18n.QT_TRANSLATE_NOOP("dates", "ddd, MMM d, yyyy"),
}


def language_name(code: str) -> str:
    """The language's own name for itself, from its own catalogue ("Español"), so a person can
    find theirs whatever language the app speaks now."""
    #: The name of the language you are translating into, written in that language: "Español".
    return words_for(code).translate("language", "English")


def system_language() -> str:
    """The language the app speaks when it follows the system (English where it has no
    catalogue for the system's)."""
    return QtWords(QLocale.system()).code


def chosen_locale(settings: QSettings) -> QLocale:
    """The language chosen in Preferences, or the system's."""
    code = str(settings.value(LANGUAGE_KEY, "") or "")
    return QLocale(code) if code else QLocale.system()


class QtWords:
    """One language's words (``i18n.Words``), read from its catalogue with Qt."""

    def __init__(self, locale: QLocale) -> None:
        self.translator = QTranslator()
        if not self.translator.load(locale, CATALOGUE, "_", str(translations_dir())):
            # A language the app isn't written in yet (or the "C" locale): English, in full, so
            # its dates sit well in English sentences; the country's conventions stay.
            self.translator.load(f"{CATALOGUE}_{SOURCE_LANGUAGE}", str(translations_dir()))
            locale = QLocale(QLocale.Language.English, locale.territory())
        self.locale = locale
        self.qt_translator = QTranslator()  # Qt's own buttons and standard dialogs
        self.qt_translator.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        )

    @property
    def code(self) -> str:
        return Path(self.translator.filePath()).stem.removeprefix(f"{CATALOGUE}_")

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        said = self.translator.translate(context, source, disambiguation, n) or source
        if n >= 0:  # as QCoreApplication.translate does: %n plain, %Ln in the locale's digits
            said = said.replace("%Ln", self.locale.toString(n)).replace("%n", str(n))
        return said

    def day(self, day: date, form: DayForm = DayForm.LONG) -> str:
        qdate = QDate(day.year, day.month, day.day)
        if form is DayForm.LONG:
            return self.locale.toString(qdate, QLocale.FormatType.LongFormat)
        if form is DayForm.SHORT:
            return self.locale.toString(qdate, QLocale.FormatType.ShortFormat)
        if form is DayForm.MONTH:
            return self.locale.standaloneMonthName(day.month)
        if form is DayForm.SHORT_MONTH:
            return self.locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
        return self.locale.toString(qdate, self.translate("dates", DAY_PATTERNS[form]))

    def time(self, at: time) -> str:
        return self.locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)

    def weekday(self, number: int) -> str:
        return self.locale.standaloneDayName(number + 1)  # Qt counts Monday as 1

    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0:
            return self.locale.toString(round(value))
        return self.locale.toString(float(value), "f", decimals)


@cache
def words_for(code: str) -> QtWords:
    """The words of one language by its tag (``en``, ``es``), kept once loaded."""
    return QtWords(QLocale(code))


def use_in_app(app: QCoreApplication, settings: QSettings) -> QtWords:
    """Say the app's words in the chosen language: Qt's ``tr`` calls, the core's ``translate``
    and standard dialogs. Called again on a change of language; Qt then sends every window a
    ``LanguageChange`` event."""
    words = QtWords(chosen_locale(settings))
    previous = getattr(app, "_iop_words", None)
    if previous is not None:
        app.removeTranslator(previous.translator)
        app.removeTranslator(previous.qt_translator)
    app.installTranslator(words.qt_translator)
    app.installTranslator(words.translator)
    app._iop_words = words  # type: ignore[attr-defined]  # keeps the translators alive
    QLocale.setDefault(words.locale)
    i18n.use(words)
    return words
