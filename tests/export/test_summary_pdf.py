"""The therapist summary PDF: what is in it and, above all, what is not."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from iop_companion import i18n
from iop_companion.core.journal import JournalService
from iop_companion.errors import KnownError
from iop_companion.export.pdf import SummaryDocument, default_file_name, write_summary
from iop_companion.export.summary import Detail, SummaryChoices, build_summary
from iop_companion.language import words_for
from tests.export.test_summary_structure import catalog

TODAY = date(2026, 11, 27)


def pdf_text(path: Path, password: str = "") -> str:
    """The PDF's words in reading order, spaces evened out (and the unseen marks around and in
    the person's words, ``summary_words.own`` and ``BREAK_HERE``, taken out)."""
    reader = PdfReader(str(path))
    if password:
        reader.decrypt(password)
    text = " ".join(page.extract_text() for page in reader.pages)
    text = re.sub("[\u200b\u2068\u2069]", "", text)
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def filled(journal: JournalService) -> JournalService:
    journal.log_win("SHOWNWIN came to group", category="Showing up", day=TODAY - timedelta(days=3))
    journal.log_win("PRIVATEWIN told nobody", private=True, day=TODAY - timedelta(days=2))
    journal.log_hard_moment(word="slip", text="HARDTEXT evening", note="HELPEDNOTE", day=TODAY)
    journal.log_win("OLDWIN long ago", day=TODAY - timedelta(days=200))
    journal.log_win("Called my sister", category="Reaching out", day=TODAY, after_hard_moment=True)
    return journal


def choices(**changes: object) -> SummaryChoices:
    base = {"since": TODAY - timedelta(days=27), "until": TODAY}
    return SummaryChoices(**{**base, **changes})  # type: ignore[arg-type]


def test_page_one_has_the_range_the_counts_and_the_message(filled, tmp_path: Path) -> None:
    target = write_summary(
        build_summary(filled, choices(name="J.", message="I want more one-on-one time")),
        tmp_path / "summary.pdf",
    )
    text = pdf_text(target)
    assert "October 31, 2026 to November 27, 2026" in text
    assert "J." in text and "I want more one-on-one time" in text
    assert "2 wins logged" in text
    assert "Showing up" in text and "Reaching out" in text
    assert "SHOWNWIN" in text
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("detail", list(Detail))
def test_private_entries_never_appear_whatever_is_chosen(
    filled, tmp_path: Path, detail: Detail
) -> None:
    every = choices(include_hard_moments=True, detail=detail, include_charts=True)
    text = pdf_text(write_summary(build_summary(filled, every), tmp_path / "a.pdf"))
    assert "PRIVATEWIN" not in text
    assert "3 wins logged" not in text and "2 wins logged" in text


def test_hard_moments_appear_only_when_chosen(filled, tmp_path: Path) -> None:
    without = pdf_text(write_summary(build_summary(filled, choices()), tmp_path / "a.pdf"))
    assert "HARDTEXT" not in without and "HELPEDNOTE" not in without
    assert "came back" not in without.lower()
    chosen = choices(include_hard_moments=True)
    text = pdf_text(write_summary(build_summary(filled, chosen), tmp_path / "b.pdf"))
    assert "HARDTEXT" in text and "HELPEDNOTE" in text


def test_the_range_is_respected(filled, tmp_path: Path) -> None:
    text = pdf_text(write_summary(build_summary(filled, choices()), tmp_path / "a.pdf"))
    assert "OLDWIN" not in text
    wide = choices(since=TODAY - timedelta(days=365))
    assert "OLDWIN" in pdf_text(write_summary(build_summary(filled, wide), tmp_path / "b.pdf"))


def test_a_range_wider_than_the_journal_names_and_draws_the_same_days(filled) -> None:
    """From 0001-01-01 to 9999-12-31 the summary covers its first entry's day to today: its
    words and its chart say the same days. The first day is a shared entry's: a private win or
    a hard moment left out doesn't move it."""
    filled.log_hard_moment(word="slip", day=TODAY - timedelta(days=300))
    filled.log_win("PRIVATEWIN even older", private=True, day=TODAY - timedelta(days=400))
    summary = build_summary(filled, choices(since=date.min, until=date.max))
    first = TODAY - timedelta(days=200)  # OLDWIN
    assert (summary.choices.since, summary.choices.until) == (first, TODAY)
    assert (summary.view.since, summary.view.until) == (first, TODAY)
    assert summary.headline == "3 wins logged between May 11, 2026 and November 27, 2026."
    assert summary.range_text == "May 11, 2026 to November 27, 2026"
    with_hard = build_summary(
        filled, choices(since=date.min, until=date.max, include_hard_moments=True)
    )
    assert with_hard.choices.since == TODAY - timedelta(days=300)


def test_unticked_entries_stay_out(filled, tmp_path: Path) -> None:
    shown = next(e for e in filled.entries() if e.text.startswith("SHOWNWIN"))
    summary = build_summary(filled, choices(left_out=frozenset({shown.id})))
    assert "SHOWNWIN" not in pdf_text(write_summary(summary, tmp_path / "a.pdf"))


def test_a_password_encrypts_the_pdf(filled, tmp_path: Path) -> None:
    target = write_summary(
        build_summary(filled, choices()), tmp_path / "a.pdf", password="travel safely"
    )
    reader = PdfReader(str(target))
    assert reader.is_encrypted
    assert "SHOWNWIN" in pdf_text(target, "travel safely")
    assert b"SHOWNWIN" not in target.read_bytes()


def test_a_failed_write_leaves_no_file(filled, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    summary = build_summary(filled, choices())

    def fails(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", fails)
    with pytest.raises(KnownError):
        write_summary(summary, folder / "a.pdf")
    assert list(folder.iterdir()) == []


def test_the_preview_shows_the_pages_the_pdf_holds(filled, tmp_path: Path) -> None:
    """The preview's pictures come from the same compile: as many, the same size."""
    summary = build_summary(filled, choices(include_hard_moments=True, detail=Detail.FULL))
    document = SummaryDocument(summary)
    target = write_summary(summary, tmp_path / "a.pdf")
    reader = PdfReader(str(target))
    images = document.page_images(72)
    assert len(reader.pages) == document.pages == len(images) >= 1
    for page, png in zip(reader.pages, images, strict=True):
        picture = QImage.fromData(png)
        assert (picture.width(), picture.height()) == (612, 792)  # Letter at 72 ppi
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
    assert document.page_size == (612, 792)


def test_default_file_name_is_neutral() -> None:
    assert default_file_name(TODAY) == "summary-2026-11-27.pdf"
    with i18n.speaking(words_for("es")):  # in the reader's language, still neutral
        assert default_file_name(TODAY) == "resumen-2026-11-27.pdf"


def test_each_preview_page_carries_the_words_on_that_page(filled, tmp_path: Path) -> None:
    """A screen reader reads the preview's pictures of pages by these words."""
    summary = build_summary(filled, choices(include_hard_moments=True))
    document = SummaryDocument(summary)
    reader = PdfReader(str(write_summary(summary, tmp_path / "a.pdf")))
    for number, page in enumerate(reader.pages):
        words = document.page_text(number)
        printed = " ".join(page.extract_text().split())
        assert words
        for line in words.splitlines()[:4] + words.splitlines()[-4:]:
            for part in line.split(", "):  # a table's row: its cells, in order
                assert " ".join(part.split()) in printed, (number, line)
    first = document.page_text(0).splitlines()
    assert "Showing up 1" in first  # a table row reads as one line: the kind, its count


def test_a_summary_in_spanish_reads_back_in_spanish(filled, tmp_path: Path) -> None:
    """For a Spanish-speaking person's therapist: the summary's own words, dates and counts are
    Spanish, its language tag says so, and the person's words and categories stay as written."""
    filled.log_win("UNFILED walked to the meeting", day=TODAY)  # a win without a category
    with i18n.speaking(words_for("es")):
        summary = build_summary(filled, choices(name="J.", message="Quiero más tiempo a solas"))
        target = write_summary(summary, tmp_path / "resumen.pdf")
    text = pdf_text(target)
    assert "Del 31 de octubre de 2026 al 27 de noviembre de 2026" in text
    assert "3 logros anotados" in text and "Quiero más tiempo a solas" in text
    assert "Otro logro" in text and "Other win" not in text
    assert "SHOWNWIN came to group" in text and "Showing up" in text  # never translated
    assert "wins" not in text and "October" not in text
    reader = PdfReader(str(target))
    assert catalog(reader)["/Lang"] == "es"
    assert reader.metadata is not None and reader.metadata.title == "Resumen"
