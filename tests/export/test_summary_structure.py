"""The summary PDF is one a screen reader can follow: tagged PDF/UA-1 with its title and
language, headings, real tables with header cells, the chart's words as its alt text, and a
password that keeps all of that."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject

from iop_companion.core.journal import JournalService
from iop_companion.export.pdf import SummaryDocument, encrypt
from iop_companion.export.summary import Detail, SummaryChoices, build_summary
from iop_companion.export.summary_words import chart_alt

TODAY = date(2026, 11, 27)


@pytest.fixture
def summary_pdf(journal: JournalService) -> tuple[PdfReader, SummaryDocument]:
    journal.log_win("Went to group", category="Showing up", day=TODAY - timedelta(days=3))
    journal.log_win("Called my sister", category="Reaching out", day=TODAY)
    journal.log_hard_moment(word="slip", note="A long walk", day=TODAY - timedelta(days=1))
    chosen = SummaryChoices(
        since=TODAY - timedelta(days=27), until=TODAY, include_hard_moments=True
    )
    document = SummaryDocument(build_summary(journal, chosen))
    return PdfReader(io.BytesIO(document.pdf_bytes())), document


def catalog(reader: PdfReader) -> Any:
    """The document's catalog (pypdf types it loosely; the tests read it as a mapping)."""
    return reader.trailer["/Root"]


def elements(node: Any) -> Iterator[Any]:
    """The structure tree's elements, in reading order."""
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, ArrayObject):
        for kid in node:
            yield from elements(kid)
    elif isinstance(node, DictionaryObject) and "/S" in node:
        yield node
        if "/K" in node:
            yield from elements(node["/K"])


def tags(reader: PdfReader) -> list[str]:
    root = catalog(reader)
    return [str(e["/S"]) for e in elements(root["/StructTreeRoot"]["/K"])]


def test_it_is_tagged_with_its_title_and_language(summary_pdf) -> None:
    reader, _ = summary_pdf
    root = catalog(reader)
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "en"
    assert reader.metadata is not None and reader.metadata.title == "Summary"
    assert root["/ViewerPreferences"][
        "/DisplayDocTitle"
    ]  # a reader shows the title, not a file name
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert b"<pdfuaid:part>1</pdfuaid:part>" in xmp.stream.get_data()  # PDF/UA-1


def test_headings_tables_and_the_chart_are_real_structure(summary_pdf) -> None:
    reader, _ = summary_pdf
    found = tags(reader)
    assert found.count("/H1") == 1
    assert found.index("/H1") < found.index("/H2")
    assert "/Table" in found and "/TH" in found and "/TD" in found
    assert found.count("/Table") == 3  # wins by kind, the hard moments, week by week
    assert "/Figure" in found


def test_the_chart_has_its_sentence_as_alt_text(summary_pdf, journal: JournalService) -> None:
    reader, _ = summary_pdf
    figures = [
        e for e in elements(catalog(reader)["/StructTreeRoot"]["/K"]) if e["/S"] == "/Figure"
    ]
    assert len(figures) == 1
    alt = str(figures[0]["/Alt"])
    assert alt.startswith("From October 31 to November 27, 2026, I logged 2 wins")
    assert "you" not in alt.lower().split()  # the person's own voice, as the rest of the page


def test_the_table_headers_are_the_columns_names(summary_pdf) -> None:
    reader, _ = summary_pdf
    root = catalog(reader)["/StructTreeRoot"]["/K"]
    headers = [e for e in elements(root) if e["/S"] == "/TH"]
    # Kind, Wins; Day, My word, What helped; Week, What I logged: each a column's header.
    assert len(headers) == 2 + 3 + 2
    assert all(a["/Scope"] == "/Column" for e in headers for a in e["/A"] if "/Scope" in a)


def test_a_password_keeps_the_tags(summary_pdf) -> None:
    reader, document = summary_pdf
    locked = PdfReader(io.BytesIO(encrypt(document.pdf_bytes(), "travel safely")))
    assert locked.is_encrypted
    locked.decrypt("travel safely")
    assert tags(locked) == tags(reader)
    assert catalog(locked)["/Lang"] == "en"


def test_the_reading_order_matches_the_page(journal: JournalService) -> None:
    journal.log_win("FIRSTWIN", day=TODAY - timedelta(days=2))
    journal.log_win("SECONDWIN", day=TODAY)
    chosen = SummaryChoices(since=TODAY - timedelta(days=6), until=TODAY, detail=Detail.FULL)
    document = SummaryDocument(build_summary(journal, chosen))
    text = document.page_text(0)
    places = [
        text.find(w) for w in ("What I've been doing", "Wins by kind", "FIRSTWIN", "SECONDWIN")
    ]
    assert -1 not in places and places == sorted(places)


def test_the_alt_text_is_the_charts_sentence(journal: JournalService) -> None:
    journal.log_win("Went to group", day=TODAY)
    summary = build_summary(journal, SummaryChoices(since=TODAY - timedelta(days=6), until=TODAY))
    reader = PdfReader(io.BytesIO(SummaryDocument(summary).pdf_bytes()))
    figure = next(
        e for e in elements(catalog(reader)["/StructTreeRoot"]["/K"]) if e["/S"] == "/Figure"
    )
    assert str(figure["/Alt"]) == chart_alt(summary)


def test_page_numbers_are_page_furniture_not_words_to_read(summary_pdf) -> None:
    """A screen reader reading the document skips "1 of 1": it is marked as the page's
    footer (an artifact of the pagination kind), outside the structure tree."""
    reader, _ = summary_pdf
    for page in reader.pages:
        operations = ContentStream(page.get_contents(), reader).operations
        marks = [args for args, op in operations if op == b"BDC" and args[0] == "/Artifact"]
        kinds = [(str(a[1].get("/Type")), str(a[1].get("/Subtype"))) for a in marks]
        assert ("/Pagination", "/Footer") in kinds
