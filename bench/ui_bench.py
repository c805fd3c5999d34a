"""Desktop timings for ``make bench``: start-up, unlock to timeline, typing in the search box.

Each start-up is a fresh interpreter (``bench/ui_probe.py``), so imports are counted the way a
person waits for them. The search measurement replays typing a common word, one key at a time,
on a 100,000-entry journal, and reports the slowest keystroke's work on the UI thread.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QWidget

from iop_companion.core.open_journal import OpenJournal
from iop_companion.ui.app import make_application
from iop_companion.ui.main_window import MainWindow
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain

HERE = Path(__file__).resolve().parent
PROBE = HERE / "ui_probe.py"


MedianMax = tuple[float, float]  # ms (bench.Stats keeps every sample; this, two numbers)


def startup(folder: Path, runs: int, languages: Sequence[str] = ("en",)) -> list[MedianMax]:
    """Median and max wall time (ms) from process start to the first screen painted, for each
    language, their runs taken in turn so a busy moment of the machine weighs on each alike."""
    samples: dict[str, list[float]] = {language: [] for language in languages}
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for run in range(-1, runs):  # -1: untimed, for the byte code (bench.run_from_byte_code)
        for language in languages:
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, str(PROBE), str(folder), language],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout
            elapsed = (time.perf_counter() - started) * 1000
            if "painted" not in out:
                raise RuntimeError(f"the probe did not paint: {out!r}")
            if run >= 0:
                samples[language].append(elapsed)
    return [(statistics.median(s), max(s)) for s in samples.values()]


class FirstPaint(QObject):
    def __init__(self, target: QWidget) -> None:
        super().__init__()
        self.target = target
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def open_and_search(
    folder: Path, passphrase: str, word: str, runs: int
) -> tuple[float, list[tuple[float, float, float]]]:
    """Device-key unlock to the timeline painted (ms, median), and per-keystroke search work."""
    app = make_application([])
    settings = QSettings(str(folder.parent / "settings.ini"), QSettings.Format.IniFormat)
    keychain = MemoryKeychain()
    with Vault.unlock(folder, passphrase) as vault:
        vault.remember_device(keychain)
    opens = []
    for _ in range(runs):
        window = MainWindow(folder, keychain, settings=settings)
        viewport = window.journal_page.view.viewport()
        started = time.perf_counter()
        window.start()  # straight in with the device key
        watcher = FirstPaint(viewport)
        viewport.installEventFilter(watcher)
        window.show()
        while watcher.at is None:
            app.processEvents()
        opens.append((watcher.at - started) * 1000)
        window.close()
        window.deleteLater()
    window = MainWindow(folder, keychain, settings=settings)
    window.show()
    app.processEvents()
    page = window.journal_page
    keys = []
    for end in range(1, len(word) + 1):
        page.search.setText(word[:end])
        started = time.perf_counter()
        page.apply_view()  # what the search timer runs once typing pauses: starts the search
        asked = time.perf_counter()
        assert window.live is not None
        window.live.pool.waitForDone()
        arrived = time.perf_counter()
        app.processEvents()  # the result is shown: model reset and layout
        page.view.viewport().repaint()
        shown = time.perf_counter()
        keys.append(
            ((asked - started) * 1000, (shown - arrived) * 1000, (arrived - started) * 1000)
        )
    window.close()
    return statistics.median(opens), keys


def progress_view_timings(folder: Path, passphrase: str, runs: int) -> tuple[float, float, float]:
    """Medians (ms): the numbers for the view, a redraw after a range change, first opening."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    first = statistics.median(
        float(
            subprocess.run(
                [sys.executable, str(HERE / "progress_probe.py"), str(folder), passphrase],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout.split()[-1]
        )
        for _ in range(max(3, runs // 2))
    )
    app = make_application([])
    settings = QSettings(str(folder.parent / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(folder, MemoryKeychain(), settings=settings)
    window.show()
    window.open_journal(OpenJournal.open_with_passphrase(folder, passphrase, MemoryKeychain()))
    page = window.progress_page
    window.tabs.setCurrentWidget(page)
    while any(box.canvas is None for box in page.boxes.values()):
        app.processEvents()
    numbers, redraws = [], []
    for run in range(runs):
        assert window.live is not None
        window.live.core._days = None  # read the whole record again, as on unlock
        started = time.perf_counter()
        page.compute()
        numbers.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        page.range.setCurrentIndex(run % 4)  # redraws
        for box in page.boxes.values():
            # what the range change touched (the year calendar isn't)
            if box.figure is not None and box.figure.stale:
                box.canvas.draw()
        redraws.append((time.perf_counter() - started) * 1000)
    window.close()
    return statistics.median(numbers), statistics.median(redraws), first


def summary_pdf_seconds(
    folder: Path, passphrase: str, runs: int, detail: str = "condensed"
) -> float:
    """A one-year therapist summary with every section, written to a PDF (median seconds)."""
    from dataclasses import replace
    from datetime import timedelta

    from iop_companion.core.journal import JournalService
    from iop_companion.core.notebook import NotebookService, NoteSection
    from iop_companion.export.pdf import write_summary
    from iop_companion.export.summary import Detail, SummaryChoices, build_summary

    samples = []
    with Vault.unlock(folder, passphrase) as vault:
        journal = JournalService(vault.db)
        notebook = NotebookService(vault.db, journal)
        today = journal.today
        choices = SummaryChoices(
            since=today - timedelta(days=364),
            until=today,
            name="J.",
            message="A few words for my therapist.",
            last_session=today - timedelta(days=7),
            detail=Detail(detail),
            include_hard_moments=True,
            note_sections=frozenset(NoteSection),
            include_bring_up=True,
            include_sessions=True,
        )
        for run in range(runs):  # a new note each time: nothing is laid out from a cache
            chosen = replace(choices, message=f"A few words for my therapist, take {run}.")
            started = time.perf_counter()
            summary = build_summary(journal, chosen, notebook=notebook)
            write_summary(summary, folder.parent / "summary.pdf")
            samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def summary_preview_seconds(
    folder: Path, passphrase: str, runs: int, days: int = 365
) -> tuple[float, float]:
    """From Preview pressed on a summary of ``days`` (every section, week by week) to page 1
    painted: the first time in the process (once the dialog has loaded matplotlib and Typst's
    fonts in the background) and the median of the times after, each a new summary (another
    message) with the chart drawn once (seconds)."""
    from datetime import timedelta

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from iop_companion.ui.live_journal import LiveJournal
    from iop_companion.ui.share_dialog import ShareDialog
    from iop_companion.ui.widgets import qdate

    make_application([])
    core = OpenJournal.open_with_passphrase(folder, passphrase, MemoryKeychain())
    try:
        dialog = ShareDialog(LiveJournal(core))
        dialog.show()
        dialog.since.setDate(qdate(core.journal.today - timedelta(days=days - 1)))
        for box in (dialog.include_hard, dialog.include_sessions, dialog.include_bring_up):
            box.setChecked(True)
        for box in dialog.note_boxes.values():
            box.setChecked(True)
        QThreadPool.globalInstance().waitForDone()  # the dialog's warm-up, done as one chooses
        samples = []
        for run in range(runs + 1):
            dialog.message.setPlainText(f"A few words, take {run}.")  # a new summary each time
            started = time.perf_counter()
            preview = dialog.preview()
            painted = FirstPaint(preview.page_labels[0])
            preview.page_labels[0].installEventFilter(painted)
            while painted.at is None:
                QApplication.processEvents()
            samples.append(painted.at - started)
            while None in preview.texts:  # its words are read after the paint: not the next's
                QApplication.processEvents()
            preview.close()
            preview.deleteLater()
            QApplication.processEvents()
        dialog.close()
    finally:
        core.lock()
    return samples[0], statistics.median(samples[1:])


def json_export(folder: Path, passphrase: str) -> tuple[float, float]:
    """Seconds and peak memory growth (MiB) of a JSON export in a fresh process."""
    out = subprocess.run(
        [
            sys.executable,
            str(HERE / "export_probe.py"),
            str(folder),
            passphrase,
            str(folder.parent / "export.json"),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def measure(source: Path, passphrase: str, runs: int = 7) -> list[tuple[str, str, str]]:
    """Rows of (measurement, budget, result) for the bench table."""
    work = Path(tempfile.mkdtemp(prefix="ui-bench-"))
    try:
        (work / "empty").mkdir()
        (start_median, start_max), (spanish_median, spanish_max) = startup(
            work / "empty" / "journal", runs, ("en", "es")
        )
        journal = work / "journal"
        shutil.copytree(source, journal)
        open_median, keys = open_and_search(journal, passphrase, "today", runs)
        return [
            (
                "process start to the unlock screen painted",
                "median < 700 ms",
                f"{start_median:.0f} ms (max {start_max:.0f} ms)",
            ),
            (
                "the same, in Spanish (runs taken in turn with English)",
                "within 5% of English",
                f"{spanish_median:.0f} ms (max {spanish_max:.0f} ms), "
                f"{(spanish_median / start_median - 1) * 100:+.1f}%",
            ),
            (
                "device-key unlock to the timeline painted",
                "< 400 ms",
                f"{open_median:.0f} ms",
            ),
            (
                "search box, typing 'today': UI-thread work to start each search",
                "one frame (16 ms)",
                f"max {max(k[0] for k in keys):.1f} ms",
            ),
            (
                "... and to show its result (model reset, layout, paint)",
                "one frame (16 ms)",
                f"max {max(k[1] for k in keys):.1f} ms",
            ),
            (
                "... the search itself, on its own thread (UI free meanwhile)",
                "",
                " / ".join(f"{k[2]:.0f}" for k in keys) + " ms",
            ),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)
