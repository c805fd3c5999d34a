"""The therapist summary as a PDF: a tagged PDF/UA-1 from Typst, the chart from matplotlib.

The template (``summary.typ``) lays out the words ``summary_words`` gives it; the person's words
go in as JSON data, never as markup. One compile gives the PDF a screen reader can follow
(headings, real tables with header cells, the chart's alt text, the title and language); the
preview and the printer get the same pages rendered as pictures, so what the person sees is
exactly what is written. Only a finished file reaches the disk (a temp file in the target
folder, renamed into place). An optional password encrypts the PDF with AES-256 through pypdf.

The font is matplotlib's own DejaVu Sans, so the pages look the same on every computer; the
system's fonts are only a fallback for what it lacks (emoji, most often). The template imports
no package, so making a summary never touches the network.
"""

from __future__ import annotations

import io
import json
import re
import threading
from datetime import date
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import typst

from iop_companion.core.progress_view import ProgressView, progress_view
from iop_companion.errors import KnownError
from iop_companion.export.files import write_whole
from iop_companion.export.summary import TherapistSummary
from iop_companion.export.summary_words import summary_data
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pypdf import PdfReader

TEMPLATE = Path(__file__).with_name("summary.typ")
PDF_STANDARD: Literal["ua-1"] = "ua-1"  # PDF/UA-1: tagged, for screen readers
PREVIEW_PPI = 96.0  # a page at its size on a screen, as other apps show one at 100%
PAGE_SIZE = (612.0, 792.0)  # US Letter, in points, as summary.typ sets it
CHART_SIZE = (4.6, 2.1)  # inches: its place beside the wins by kind, at its real size
CHART_FONT = 10


class SummaryFailed(KnownError):
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The summary couldn't be made. Nothing was saved. Try again, or with fewer parts.",
    )


@cache
def _fonts_folder() -> str:
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf")


_compiler_lock = threading.Lock()  # get_ready may be making it on another thread
_made: list[typst.Compiler] = []  # the one compiler, while the share window is open


def _compiler() -> typst.Compiler:
    """One compiler while the share window is open: its fonts are read once, its layout kept
    (``forget`` lets it go). The system's fonts are only a fallback, for what DejaVu Sans
    lacks (emoji, most often)."""
    with _compiler_lock:
        if not _made:
            _made.append(
                typst.Compiler(
                    str(TEMPLATE), font_paths=[_fonts_folder()], ignore_system_fonts=False
                )
            )
        return _made[0]


def get_ready() -> None:
    """Load what a first summary waits for, off the UI thread while the person chooses: the
    compiler and its fonts, and matplotlib. Safe on any thread, and more than once."""
    _compiler()
    from iop_companion.charts import figures  # noqa: F401 (imported for its cost)


def warm_up_chart() -> None:
    """Draw a small chart once, on the UI thread (matplotlib's font caches are not for two
    threads at once), so the first summary's chart doesn't pay for its first drawing."""
    today = date.today()
    _chart_svg.__wrapped__(progress_view([], today, today, today), False)


def forget() -> None:
    """Let go of the last summary: the compiler (it holds the last words it laid out) and the
    last chart. For when the share window closes, and so when the journal locks."""
    with _compiler_lock:
        _made.clear()
    _chart_svg.cache_clear()


def default_file_name(today: date) -> str:
    """Neutral: no word about treatment in it unless the person types one; in the reader's
    language, the day kept ISO."""
    return translate("pdf", "summary-{day}.pdf").format(day=today.isoformat())


def chart_svg(summary: TherapistSummary) -> str:
    return _chart_svg(summary.view, summary.choices.include_hard_moments)


@lru_cache(maxsize=1)  # the last one: a summary made again with other ticks draws it once
def _chart_svg(view: ProgressView, hard_moments: bool) -> str:
    """Wins to date as SVG: only counts and days, nothing a person wrote."""
    from iop_companion.charts import figures
    from iop_companion.charts.palette import Theme

    theme = Theme(font_size=CHART_FONT)
    figure = figures.new_figure(theme, *CHART_SIZE)
    figures.running_total(
        figure,
        view,
        theme,
        label="",  # its heading, "Wins by kind", says what it counts
        show_hard_moments=hard_moments,
    )
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", facecolor=theme.background, metadata={"Date": None})
    return buffer.getvalue()


# What a PDF may not hold, though a paste or an imported file may bring it: control characters
# other than a line break or a tab, and Unicode's non-characters (PDF/UA refuses them, and
# then no PDF can be made from those words at all).
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
    )
    + "]"
)


def printable(data: Any) -> Any:
    """``data`` (JSON-like) with each unprintable character in its words shown as U+FFFD, the
    mark for a character that can't be shown, so odd words never stop a PDF being made."""
    if isinstance(data, str):
        return _UNPRINTABLE.sub("\ufffd", data)
    if isinstance(data, dict):
        return {key: printable(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [printable(value) for value in data]
    return data


class TypstDocument:
    """A document laid out once from ``template`` and ``inputs`` (the words as JSON data,
    never markup): the PDF, and its pages as pictures and as words. Each is made when first
    asked for (the preview needs page 1's picture first, the PDF later). One compiler serves
    every template; each compile names its own."""

    template = TEMPLATE
    failed: type[KnownError]

    def __init__(self, data: dict[str, Any], **more: str) -> None:
        self.inputs = {"data": json.dumps(printable(data), ensure_ascii=False), **more}
        self._images: dict[float, list[bytes]] = {}
        self._pdf: bytes | None = None

    @property
    def pages(self) -> int:
        if self._images:
            return len(next(iter(self._images.values())))
        return len(self._reader.pages)

    @cached_property
    def _reader(self) -> PdfReader:  # for the page count and the words
        from pypdf import PdfReader

        return PdfReader(io.BytesIO(self.pdf_bytes()))

    def _compile(self, form: str, ppi: float | None = None) -> bytes | list[bytes]:
        template = str(self.template)
        try:
            if form == "pdf":
                made = _compiler().compile(
                    input=template,
                    format="pdf",
                    sys_inputs=self.inputs,
                    pdf_standards=[PDF_STANDARD],
                )
            else:
                made = _compiler().compile(
                    input=template, format="png", ppi=ppi, sys_inputs=self.inputs
                )
        except typst.TypstError as error:  # the template's fault: the words are printable
            raise self.failed() from error
        assert made is not None
        return made

    def pdf_bytes(self) -> bytes:
        if self._pdf is None:
            pdf = self._compile("pdf")
            assert isinstance(pdf, bytes)
            self._pdf = pdf
        return self._pdf

    def page_images(self, ppi: float = PREVIEW_PPI) -> list[bytes]:
        """Every page as a PNG, from the same layout as the PDF."""
        if ppi not in self._images:
            made = self._compile("png", ppi)
            self._images[ppi] = [made] if isinstance(made, bytes) else list(made)
        return self._images[ppi]

    def page_text(self, page: int) -> str:
        """The words on page ``page`` (from 0), in reading order: what a screen reader reads
        for the preview's picture of that page."""
        return self._reader.pages[page].extract_text()


class SummaryDocument(TypstDocument):
    """The therapist summary, its chart beside its words."""

    failed = SummaryFailed
    page_size = PAGE_SIZE

    def __init__(self, summary: TherapistSummary) -> None:
        chart = chart_svg(summary) if summary.choices.include_charts else ""
        super().__init__(summary_data(summary), chart=chart)


def encrypt(pdf: bytes, password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def save(data: bytes, target: Path) -> Path:
    """Write ``data`` to ``target`` owner-only, whole or not at all."""
    write_whole(target, lambda handle: handle.write(data))
    return target


def write_summary(summary: TherapistSummary, target: Path, *, password: str = "") -> Path:
    pdf = SummaryDocument(summary).pdf_bytes()
    if password:
        pdf = encrypt(pdf, password)
    return save(pdf, target)
