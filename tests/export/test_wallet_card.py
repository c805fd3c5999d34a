"""The plan for hard times as wallet cards: every part on a card, a long plan on more cards and
nothing off one, a tagged PDF, saved owner-only."""

from __future__ import annotations

import io
import os
import stat
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from iop_companion.core.coping_model import (
    MAX_PLAN_PEOPLE,
    MAX_PLAN_TEXT_CHARS,
    PLAN_TITLE,
    PLAN_TITLES,
    Contact,
    HardTimesPlan,
)
from iop_companion.export.files import check_save_path
from iop_companion.export.wallet_card import (
    HOW_TO,
    NothingToPrint,
    WalletCard,
    default_file_name,
    write_wallet_card,
)

SAVED = datetime(2026, 11, 27, 18, tzinfo=UTC)
PLAN = HardTimesPlan(
    1,
    SAVED,
    signs="I stop answering texts.\nI skip meals.",
    on_my_own="Walk around the block\nHot shower, then tea",
    people=(Contact("Sam", "555-0101"), Contact("Aunt Rosa", "555-0199")),
    places="The library on Main Street",
    remember="I've come back before, and I can again.",
)
PHONE = "Riverside IOP 555-0142"


def words(card: WalletCard) -> str:
    """The card's words as a reader extracts them, line breaks and break marks taken out."""
    text = " ".join(card.page_text(page) for page in range(card.pages))
    return " ".join(text.replace("\u200b", "").split())


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_part_and_the_programs_number_are_on_the_card(tmp_path: Path) -> None:
    card = WalletCard(PLAN, PHONE)
    found = words(card)
    assert card.pages == 1
    for title in PLAN_TITLES.values():
        assert title in found
    for part in (PLAN.signs, PLAN.on_my_own, PLAN.places, PLAN.remember, PHONE):
        assert all(flat(line) in found for line in part.splitlines())
    assert "Sam: 555-0101" in found and "Aunt Rosa: 555-0199" in found
    assert PLAN_TITLE in found and HOW_TO in found


def where_said(card: WalletCard, words: str) -> float:
    """How far from the page's left edge (points) the line starting with ``words`` is drawn."""
    found: list[float] = []

    def seen(text: str, cm: Any, _tm: Any, _font: Any, _size: Any) -> None:
        if text.startswith(words):
            found.append(float(cm[4]))

    PdfReader(io.BytesIO(card.pdf_bytes())).pages[0].extract_text(visitor_text=seen)
    assert found, words
    return found[0]


def test_the_people_to_call_are_on_the_cards_other_side() -> None:
    """Folded, the card has the plan on one side and who to call on the other."""
    card = WalletCard(PLAN, PHONE)
    face = 85.6 / 25.4 * 72  # points
    plan_side = where_said(card, PLAN_TITLES["signs"])
    for title in (PLAN_TITLES["people"], PLAN_TITLES["program"]):
        assert where_said(card, title) > plan_side + face * 0.9
    assert where_said(card, PLAN_TITLES["places"]) < plan_side + face * 0.5


def test_parts_left_empty_leave_no_heading() -> None:
    found = words(WalletCard(HardTimesPlan(1, SAVED, places="The park"), ""))
    assert PLAN_TITLES["places"] in found and "The park" in found
    assert PLAN_TITLES["signs"] not in found and PLAN_TITLES["program"] not in found


def test_the_programs_number_alone_makes_a_card() -> None:
    assert PHONE in words(WalletCard(None, PHONE))


def test_nothing_to_print_says_so() -> None:
    with pytest.raises(NothingToPrint):
        WalletCard(None, "")
    with pytest.raises(NothingToPrint):
        WalletCard(HardTimesPlan(1, SAVED), "  ")


def hostile() -> HardTimesPlan:
    """As long as the plan can be, and as awkward: long lines, a run without a space,
    right-to-left words, many short lines, twenty people with long names."""
    return HardTimesPlan(
        1,
        SAVED,
        signs=("I stop answering texts and sleep badly. " * 60)[:MAX_PLAN_TEXT_CHARS],
        on_my_own="x" * MAX_PLAN_TEXT_CHARS,
        people=tuple(
            Contact(f"Someone with a long name number {i:02}", "+1 (555) 0101 ext. 4242")
            for i in range(MAX_PLAN_PEOPLE)
        ),
        places="\n".join(["The library"] * 180)[:MAX_PLAN_TEXT_CHARS],
        remember=("שלום עולם " * 250)[:MAX_PLAN_TEXT_CHARS],
    )


def test_a_long_plan_goes_on_over_more_cards_with_nothing_lost() -> None:
    plan = hostile()
    card = WalletCard(plan, PHONE)
    assert 1 < card.pages <= 4  # four cards a page
    found = words(card).replace(" ", "")
    for part in (plan.signs, plan.on_my_own, plan.places, PHONE):
        assert flat(part).replace(" ", "") in found  # in order, whole: nothing cut
    assert all(person.words.replace(" ", "") in found for person in plan.people)
    assert "…" not in found


def test_nothing_runs_off_a_card() -> None:
    """Each face keeps what it holds inside its edge (a clip); drawn without that edge, the
    pages are the same: nothing ever needed it."""
    plan = hostile()
    kept = WalletCard(plan, PHONE).page_images(ppi=40)
    free = WalletCard(plan, PHONE, clip=False).page_images(ppi=40)
    assert len(kept) == len(free) > 1
    for with_edge, without in zip(kept, free, strict=True):
        # The same pixels, but for the edge's anti-aliasing (a grey level or two).
        assert np.abs(grey(with_edge) - grey(without)).max() <= 8


def grey(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("L")).astype(int)


def catalog(reader: PdfReader) -> Any:
    return reader.trailer["/Root"]


def test_it_is_tagged_pdf_ua_with_a_neutral_title() -> None:
    reader = PdfReader(io.BytesIO(WalletCard(PLAN, PHONE).pdf_bytes()))
    root = catalog(reader)
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "en"
    assert reader.metadata is not None and reader.metadata.title == "Card"
    xmp = reader.xmp_metadata
    assert xmp is not None and b"<pdfuaid:part>1</pdfuaid:part>" in xmp.stream.get_data()
    assert "/StructTreeRoot" in root


def test_it_is_saved_owner_only_where_it_may_be(tmp_path: Path, vault_folder: Path) -> None:
    target = check_save_path(tmp_path / default_file_name(date(2026, 11, 27)), vault_folder)
    saved = write_wallet_card(PLAN, PHONE, target)
    assert saved.name == "card-2026-11-27.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
