"""The progress view: a record that only grows.

matplotlib is heavy (about half a second to import), so nothing here imports it until the view
is first shown, and then on a worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iop_companion.charts.palette import DARK, LIGHT, Theme, chart_theme
from iop_companion.core.changes import Changes, Part
from iop_companion.core.chart_text import (
    ChartTable,
    calendar_sentence,
    calendar_table,
    categories_sentence,
    categories_table,
    running_sentence,
    running_table,
)
from iop_companion.core.progress import DayCount
from iop_companion.core.progress_view import RANGES, ProgressView, progress_view, range_start
from iop_companion.core.words import progress_sentence
from iop_companion.errors import KnownError
from iop_companion.export.files import check_save_path, with_ending, write_whole
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.background import Task
from iop_companion.ui.chart_table import ChartTableView
from iop_companion.ui.day_field import DayEdit
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.recent_files import ask_save_path
from iop_companion.ui.widgets import (
    SPACE,
    EnterButton,
    day_of,
    field_label,
    heading,
    muted,
    qdate,
)


def import_charts() -> tuple[Any, Any]:
    """matplotlib's Qt canvas and the chart builders (the slow import, about half a second)."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from iop_companion.charts import figures

    return FigureCanvasQTAgg, figures


if TYPE_CHECKING:
    from matplotlib.figure import Figure

CUSTOM = "custom dates"  # words: not for translation (a settings value; its label is below)
TABLE_KEY = "progress/as_table/{}"  # QSettings: this chart is shown as a table
# Each chart's key, title and words under it (translated where shown, context "progress_page").
CHARTS = (
    (
        "running",
        QT_TRANSLATE_NOOP("progress_page", "Wins to date"),
        QT_TRANSLATE_NOOP(
            "progress_page", "Every win adds to this line. Nothing takes away from it."
        ),
    ),
    (
        "calendar",
        QT_TRANSLATE_NOOP("progress_page", "The last year"),
        QT_TRANSLATE_NOOP(
            "progress_page", "Days with more wins stand out more. Quiet days are just quiet."
        ),
    ),
    ("categories", QT_TRANSLATE_NOOP("progress_page", "Wins by kind, week by week"), ""),
)
# What the range choice shows for each of the core's ranges (its data stays the core's name).
RANGE_LABELS = {
    "4 weeks": QT_TRANSLATE_NOOP("progress_page", "4 weeks"),
    "3 months": QT_TRANSLATE_NOOP("progress_page", "3 months"),
    "a year": QT_TRANSLATE_NOOP("progress_page", "A year"),
    "everything": QT_TRANSLATE_NOOP("progress_page", "Everything"),
    CUSTOM: QT_TRANSLATE_NOOP("progress_page", "Custom dates"),
}


def theme_from(palette: QPalette, font_size: float) -> Theme:
    """The charts' colours: the app's light or dark scheme, on the window's own background
    and text (which are the scheme's, unless the look wasn't applied)."""
    background = palette.color(QPalette.ColorRole.Window)
    scheme = chart_theme(DARK if background.lightness() < 128 else LIGHT, font_size)
    return replace(
        scheme,
        background=background.name(),
        text=palette.color(QPalette.ColorRole.WindowText).name(),
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
    )


class ChartBox(QWidget):
    """A titled chart with its own words, a "Show as a table" button and a Save button. The
    canvas arrives once matplotlib has loaded; the table and the words don't wait for it."""

    def __init__(
        self, key: str, title: str, caption: str, height: float, settings: QSettings
    ) -> None:
        super().__init__()
        self.key, self.title = key, title
        self.height_inches = height
        self.settings = settings
        self.canvas: Any = None
        self.figure: Figure | None = None
        self.sentence = ""  # what the chart shows, in words: its text alternative
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 24)  # the words under a chart stay with it
        top = QHBoxLayout()
        top.addWidget(heading(title, 1.1), 1)
        self.table_button = EnterButton()
        self.save_button = EnterButton(translate("progress_page", "Save chart…"))
        self.save_button.setAccessibleName(
            translate("progress_page", "Save chart: {title}").format(title=title)
        )
        self.save_button.setEnabled(False)
        top.addWidget(self.table_button)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        if caption:
            layout.addWidget(muted(caption))
        self.message = Message()  # how saving the chart went, said aloud too
        layout.addWidget(self.message)
        self.placeholder = muted(translate("progress_page", "Drawing…"))
        layout.addWidget(self.placeholder)
        self.table = ChartTableView(title)
        layout.addWidget(self.table)
        self.words = muted()  # the sentence, for everyone
        layout.addWidget(self.words)
        self._layout = layout
        self.as_table = False
        self.table_button.clicked.connect(lambda _=False: self.show_table(not self.as_table))
        self.show_table(bool(settings.value(TABLE_KEY.format(key), False, type=bool)), keep=False)

    def say(self, text: str) -> None:
        self.message.say(text)

    def show_table(self, on: bool, *, keep: bool = True) -> None:
        """The table (``on``) or the chart, and the button for going back; ``keep`` remembers
        the choice for this chart."""
        self.as_table = on
        self.table.setVisible(on)
        (self.canvas or self.placeholder).setVisible(not on)
        if on:
            self.table_button.setText(translate("progress_page", "Show as a chart"))
            name = translate("progress_page", "Show as a chart: {title}")
        else:
            self.table_button.setText(translate("progress_page", "Show as a table"))
            name = translate("progress_page", "Show as a table: {title}")
        self.table_button.setAccessibleName(name.format(title=self.title))
        if keep:
            self.settings.setValue(TABLE_KEY.format(self.key), on)

    def describe(self, sentence: str, table: ChartTable) -> None:
        """The chart's words and rows, for what it draws now."""
        self.sentence = sentence
        self.words.setText(sentence)
        self.table.show_table(table)
        self.table.setAccessibleDescription(sentence)
        self.table_button.setAccessibleDescription(sentence)  # heard on the way to the chart
        if self.canvas is not None:
            self.canvas.setAccessibleDescription(sentence)

    def clear(self) -> None:
        """Nothing of the journal stays: the words, the rows, the drawing, the saved file's name."""
        self.describe("", ChartTable((), ()))
        self.message.clear()  # "Saved as …" names a file: not for the next one to see
        if self.figure is not None:
            self.figure.clear()
            self.canvas.draw_idle()

    def attach(self, canvas: Any, figure: Figure) -> None:
        self.canvas, self.figure = canvas, figure
        canvas.setAccessibleName(self.title)
        canvas.setAccessibleDescription(self.sentence)
        canvas.setMinimumHeight(int(self.height_inches * 96))
        self._layout.replaceWidget(self.placeholder, canvas)
        self.placeholder.deleteLater()
        self.show_table(self.as_table, keep=False)
        self.save_button.setEnabled(True)


class ProgressPage(QWidget):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.live: LiveJournal | None = None
        self._figures_module: Any = None
        self._loading = False
        self._calendar_drawn: tuple[Any, Theme] | None = None
        self.view: ProgressView | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        self.summary = heading("", 1.2)
        outer.addWidget(self.summary)

        controls = QHBoxLayout()
        self.range = QComboBox()
        for range_name in (*RANGES, CUSTOM):
            label = RANGE_LABELS.get(range_name)
            shown = range_name.capitalize() if label is None else translate("progress_page", label)
            self.range.addItem(shown, range_name)
        self.range.setCurrentIndex(1)  # 3 months
        self.since = DayEdit()
        self.until = DayEdit()
        for edit, name in (
            (self.since, translate("progress_page", "From day")),
            (self.until, translate("progress_page", "To day")),
        ):
            edit.setAccessibleName(name)
            # Qt's letters for a short day (month, day, year), in the reader's order.
            edit.setDisplayFormat(translate("progress_page", "MMM d, yyyy", "a Qt date pattern"))
            edit.hide()
        self.category = QComboBox()
        self.show_hard = QCheckBox(translate("progress_page", "Show hard moments"))
        self.show_hard.setChecked(True)
        controls.addWidget(field_label(translate("progress_page", "Show"), self.range))
        controls.addWidget(self.range)
        controls.addWidget(self.since)
        controls.addWidget(self.until)
        controls.addSpacing(SPACE)
        controls.addWidget(field_label(translate("progress_page", "Category"), self.category))
        controls.addWidget(self.category)
        controls.addWidget(self.show_hard)
        controls.addStretch(1)
        outer.addLayout(controls)

        self.boxes = {
            key: ChartBox(
                key,
                translate("progress_page", title),
                translate("progress_page", caption) if caption else "",
                1.9 if key == "calendar" else 3.0,
                self.settings,
            )
            for key, title, caption in CHARTS
        }
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 8, 0)
        for box in self.boxes.values():
            charts_layout.addWidget(box)
            box.save_button.clicked.connect(lambda _=False, b=box: self.save_chart(b))
        charts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(charts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the Save buttons inside
        outer.addWidget(scroll, 1)

        self.range.currentIndexChanged.connect(self._range_changed)
        self.since.dateChanged.connect(self.redraw)
        self.until.dateChanged.connect(self.redraw)
        self.category.currentIndexChanged.connect(self.redraw)
        self.show_hard.toggled.connect(self.redraw)

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.live = live
        live.changed.connect(self._changed)
        self._fill_categories()
        today = live.journal.today
        first = live.journal.first_entry_day()
        young = first is None or (today - first).days < 28
        self.range.setCurrentIndex(self.range.findData("4 weeks" if young else "3 months"))
        self.until.setDate(qdate(today))
        self.since.setDate(qdate(today).addMonths(-3))
        if self.isVisible():
            self.redraw()

    def close_journal(self) -> None:
        if self.live is not None:
            self.live.changed.disconnect(self._changed)
        self.live, self.view = None, None
        self._calendar_drawn = None
        self.summary.clear()
        self.category.clear()
        self.show_hard.blockSignals(True)
        self.show_hard.setChecked(True)  # the next unlock opens on the usual view
        self.show_hard.blockSignals(False)
        for box in self.boxes.values():
            box.clear()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Part.ENTRIES, Part.CATEGORIES):
            self.refresh(changes)

    def refresh(self, changes: Changes) -> None:
        """Read again what ``changes`` touched (the charts only while they're on screen)."""
        if changes.touches(Part.CATEGORIES) or changes.reload:
            self._fill_categories()
        if self.isVisible():
            self.redraw()

    def _fill_categories(self) -> None:
        assert self.live is not None
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(translate("progress_page", "All categories"), None)
        for category in self.live.journal.categories(include_hidden=True):
            self.category.addItem(category.name, category.id)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)

    # -- drawing ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.redraw()  # light or dark, or a new text size: the charts follow at once

    def _range_changed(self) -> None:
        custom = self.range.currentData() == CUSTOM
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self.redraw()

    def current_range(self, days: list[DayCount], today: date) -> tuple[date, date]:
        name = self.range.currentData()
        if name == CUSTOM:
            first, last = day_of(self.since), day_of(self.until)
            return min(first, last), max(first, last)
        return range_start(name, days, today), today

    def compute(self) -> ProgressView | None:
        """The numbers for the current range and category, from the record read once."""
        if self.live is None:
            return None
        days = self.live.day_counts()
        today = self.live.journal.today
        since, until = self.current_range(days, today)
        category = self.category.currentData()
        chosen = () if category is None else (category,)
        return progress_view(days, since, until, today, chosen)

    def redraw(self) -> None:
        if not self.isVisible():  # showEvent draws when the view is opened: nothing loads before
            return
        view = self.compute()
        if view is None:
            return
        self.view = view
        sentence = progress_sentence(view.summary)
        self.summary.setText(sentence)
        assert self.live is not None
        names: dict[int | None, str] = {
            c.id: c.name for c in self.live.journal.categories(include_hidden=True)
        }
        self._describe(view, names)
        if self._figures_module is None:
            self._load_matplotlib()
            return
        self._draw(view, names)

    def _describe(self, view: ProgressView, names: dict[int | None, str]) -> None:
        """Each chart's own words and table, for the range, category and hard moments shown."""
        category = self.category.currentText() if self.category.currentData() is not None else None
        hard = self.show_hard.isChecked()
        self.boxes["running"].describe(
            running_sentence(view, category=category, show_hard_moments=hard),
            running_table(view, show_hard_moments=hard),
        )
        self.boxes["calendar"].describe(
            calendar_sentence(view.calendar, category=category), calendar_table(view.calendar)
        )
        self.boxes["categories"].describe(
            categories_sentence(view, names, category=category), categories_table(view, names)
        )

    def _load_matplotlib(self) -> None:
        """Import matplotlib on a worker thread; the charts appear when it has loaded, and the
        window answers meanwhile. (Under PySide6 6.12.0 this crashed the interpreter: that
        release loses references to None, see tests/ui/test_qt_binding.py. It is excluded.)"""
        if self._loading:
            return
        self._loading = True
        task = Task(import_charts, self)
        task.done.connect(self._loaded)
        task.failed.connect(self._load_failed)
        task.start()

    def _load_failed(self, error: BaseException) -> None:
        raise error  # a broken install: a bug to see, not something to word for the person

    def _loaded(self, modules: tuple[Any, Any]) -> None:
        canvas_class, figures = modules
        self._figures_module = figures
        theme = self.theme()
        for box in self.boxes.values():
            figure = figures.new_figure(theme, 8.0, box.height_inches)
            box.attach(canvas_class(figure), figure)
        self.redraw()

    def theme(self) -> Theme:
        font = QApplication.font()
        return theme_from(self.palette(), font.pointSizeF() if font.pointSizeF() > 0 else 10.0)

    def _draw(self, view: ProgressView, names: dict[int | None, str]) -> None:
        assert self._figures_module is not None
        figures = self._figures_module
        theme = self.theme()
        running, calendar, categories = (self.boxes[key] for key, _, _ in CHARTS)
        figures.running_total(
            running.figure, view, theme, show_hard_moments=self.show_hard.isChecked()
        )
        figures.category_weeks(categories.figure, view, names, theme)
        changed = [running, categories]
        if self._calendar_drawn != (view.calendar, theme):  # the last year, whatever the range
            figures.calendar(calendar.figure, view.calendar, theme)
            self._calendar_drawn = (view.calendar, theme)
            changed.append(calendar)
        for box in changed:
            box.canvas.draw_idle()

    # -- saving ----------------------------------------------------------------------------

    def save_chart(self, box: ChartBox) -> None:
        assert self.live is not None
        journal = self.live.folder
        try:
            path, chosen = ask_save_path(
                self,
                translate("progress_page", "Save chart"),
                Path.home() / translate("progress_page", "chart.png"),
                translate("progress_page", "PNG image (*.png);;SVG image (*.svg)"),
                journal=journal,
            )
            if path:
                kind = "svg" if "svg" in chosen.lower() else "png"
                saved = self.save_chart_to(
                    box, check_save_path(with_ending(path, kind), journal), kind
                )
                box.say(
                    translate(
                        "progress_page",
                        "Saved as {file}. Only you can open the file on this computer.",
                    ).format(file=saved.name)
                )
        except KnownError as error:
            box.say(error.sentence)

    def save_chart_to(self, box: ChartBox, path: Path, kind: str) -> Path:
        """The chart as ``kind`` (png or svg) at ``path`` (given that ending if it lacks it),
        owner-only from its first byte, whole or not at all."""
        assert box.figure is not None
        figure, path = box.figure, with_ending(path, kind)
        write_whole(
            path, lambda out: figure.savefig(out, format=kind, facecolor=figure.get_facecolor())
        )
        return path
