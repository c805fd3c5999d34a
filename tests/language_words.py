"""The one list of words and ideas the app never says (shared/design/language.md, "Rules for text"
and "In Spanish"). Every check of what the app says uses it: tests/test_language.py over every
string in the package, and the checks of what a page, a dialog, a chart, the command line or the
desktop files show. A person may write anything in their own notes; this is about the app."""

from __future__ import annotations

ENGLISH = (
    "streak",
    "best run",
    "in a row",  # "days in a row", "five in a row"
    "reset",
    "start over",
    "starting over",
    "back to day one",
    "fail",  # "failed", "failure", "you fail"
    "clean",  # "clean time", "days clean"
    "dirty",
    "sobriety",
    "days sober",
    "days without",
    "missed days",
    "you broke",
    "you missed",
    "don't give up",
    "addict",  # "addict", "addiction"
    "abuser",
    "relapse",  # the app says "hard moment", "slip" or "return to use"
)
# The same ideas in Spanish (language.md, "In Spanish"), checked against the Spanish catalogue.
SPANISH = (
    "racha",
    "días seguidos",
    "reiniciar",
    "empezar de cero",
    "empezando de cero",
    "fracas",  # "fracaso", "fracasaste", "fracasar"
    "fallaste",
    "limpio",
    "limpia",
    "sucio",
    "sucia",
    "perdiste",
    "adicto",
    "adicta",
    "drogadicto",
    "drogadicta",
    "abusador",
    "sobriedad",
    "días sin",
    "recaída",  # the app says "un momento difícil", "un desliz" or "volver a consumir"
    "recaida",
    "no te rindas",
)
BANNED = ENGLISH + SPANISH
# Sentences that use a banned word to say the opposite, as the language note itself does.
ALLOWED = ("You're not starting over.", "No estás empezando de cero.")


def banned_in(text: str) -> list[str]:
    """The banned words in ``text``, any case, once the allowed sentences are taken out."""
    for sentence in ALLOWED:
        text = text.replace(sentence, "")
    lowered = text.lower()
    return [word for word in BANNED if word in lowered]
