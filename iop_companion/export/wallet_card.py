"""My plan for hard times as wallet cards: a PDF of Letter pages, each holding up to four cards
of wallet size (85.6 x 54 mm), each card two faces side by side, to cut out and fold.

The template (``wallet_card.typ``) lays out the words this module gives it and holds none of
its own; the person's words reach it as JSON data, never as markup. The plan flows from face to
face, so a long plan makes more cards and nothing runs off one. It is made with the summary's
compiler (``export/pdf.py``: DejaVu Sans, no network, tagged PDF/UA-1), and saved owner-only,
whole or not at all (``export/files.write_whole``). Qt-free.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iop_companion.core.coping_model import PLAN_TITLE, PLAN_TITLES, HardTimesPlan, plan_parts
from iop_companion.errors import KnownError
from iop_companion.export.pdf import TypstDocument, save
from iop_companion.export.summary_words import breakable
from iop_companion.i18n import QT_TRANSLATE_NOOP, current, translate

if TYPE_CHECKING:
    pass

TEMPLATE = Path(__file__).with_name("wallet_card.typ")
CARD_SIZE_MM = (85.6, 54.0)  # ISO/IEC 7810 ID-1, a bank card's size
# In the file's metadata, which a viewer shows: neutral, as the name is.
DOCUMENT_TITLE = QT_TRANSLATE_NOOP("wallet_card", "Card")
HOW_TO = QT_TRANSLATE_NOOP(
    "wallet_card", "Cut out each card along its outline, then fold it on the dashed line."
)


class NothingToPrint(KnownError):
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "There's nothing in your plan yet. Write a part of it first, then print the card.",
    )


class CardFailed(KnownError):
    message = QT_TRANSLATE_NOOP(
        "KnownError", "The card couldn't be made. Nothing was saved. Try again."
    )


def default_file_name(today: date) -> str:
    """Neutral: no word about what the card is for; in the reader's language."""
    return translate("wallet_card", "card-{day}.pdf").format(day=today.isoformat())


TO_CALL = ("people", "program")  # on a face of their own: the card's other side, to call from


def card_items(plan: HardTimesPlan | None, program_phone: str = "") -> list[dict[str, str]]:
    """The card's words in order: the title, then each part that has something in it, its
    heading and its lines (as the person wrote them, with a place to break in a long run of
    letters, ``summary_words.breakable``). The people to call or text and the program's
    number start a face of their own (a "turn"), so the folded card has the plan on one side
    and who to call on the other."""
    parts = [
        (key, [line for line in value.splitlines() if line.strip()])
        for key, value in plan_parts(plan)
    ]
    if program_phone.strip():
        parts.append(("program", [program_phone.strip()]))
    if not parts:
        return []
    front = [part for part in parts if part[0] not in TO_CALL]
    back = [part for part in parts if part[0] in TO_CALL]
    items = [{"kind": "title", "text": translate("coping_model", PLAN_TITLE)}, *_part_items(front)]
    if front and back:
        items.append({"kind": "turn", "text": ""})
    return items + _part_items(back)


def _part_items(parts: list[tuple[str, list[str]]]) -> list[dict[str, str]]:
    items = []
    for key, lines in parts:
        items.append({"kind": "heading", "text": translate("coping_model", PLAN_TITLES[key])})
        items += [{"kind": "line", "text": breakable(line)} for line in lines]
    return items


def card_data(plan: HardTimesPlan | None, program_phone: str = "") -> dict[str, Any]:
    items = card_items(plan, program_phone)
    if not items:
        raise NothingToPrint()
    return {
        "title": translate("wallet_card", DOCUMENT_TITLE),
        "lang": current().code,
        "how": translate("wallet_card", HOW_TO),
        "items": items,
    }


class WalletCard(TypstDocument):
    """The cards, laid out once: the PDF, its pages as pictures and as words."""

    template = TEMPLATE
    failed = CardFailed

    def __init__(
        self, plan: HardTimesPlan | None, program_phone: str = "", *, clip: bool = True
    ) -> None:
        """``clip=False`` only for a test: the faces drawn without the edge that keeps
        anything from spilling over, to show that it never has anything to keep in."""
        super().__init__(card_data(plan, program_phone), clip="yes" if clip else "no")


def write_wallet_card(plan: HardTimesPlan | None, program_phone: str, target: Path) -> Path:
    """Save the cards at ``target`` (a path already checked with ``check_save_path``),
    owner-only, whole or not at all."""
    return save(WalletCard(plan, program_phone).pdf_bytes(), target)
