"""A win without a category has one name wherever a person meets it (issue 17): the journal's
list, the log dialog, the charts and their tables, the command line and the CSV export. The name
is written out here, not read from ``OTHER_WIN``, so a place that drifts to a name of its own (or
a change of the constant alone) fails."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from iop_companion import cli
from iop_companion.core.words import OTHER_WIN
from iop_companion.paths import DATA_DIR_ENV
from iop_companion.ui.main_window import MainWindow
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import FAST_KDF, PASSPHRASE, FixedClock
from tests.ui.helpers import unlock

NAME = "Other win"


def test_the_constant_is_the_name() -> None:
    assert OTHER_WIN == NAME


def test_the_app_says_one_name(
    qtbot, tmp_path: Path, vault_folder: Path, clock: FixedClock
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        vault_folder, MemoryKeychain(), settings=settings, kdf=FAST_KDF, clock=clock
    )
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    live = window.live
    assert live is not None
    came = live.log_win("Came to group").entry
    live.log_win("Said one honest sentence", category="Honesty")

    # The journal's list: the card's first line and what a screen reader hears.
    model = window.journal_page.model
    heard = [model.index(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(2)]
    plain = next(said for said in heard if "Came to group" in said)
    assert plain.split(". ")[1] == NAME

    # The log dialog's category list, a new win's and an edited one's.
    for dialog in (window.log_win(), window.edit_entry(came)):
        assert dialog is not None
        assert dialog.category.itemText(0) == NAME
        assert dialog.category.currentText() == NAME
        dialog.reject()

    # The chart of wins by kind: its legend, its table's columns, its sentence.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.progress_page
    box = page.boxes["categories"]
    qtbot.waitUntil(lambda: box.figure is not None)
    page.redraw()
    assert box.figure is not None
    legend = box.figure.axes[0].get_legend()
    assert legend is not None
    assert {text.get_text() for text in legend.get_texts()} == {"Honesty", NAME}
    table = box.table.model()
    headers = [
        table.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for column in range(table.columnCount())
    ]
    assert NAME in headers
    assert f"1 {NAME.lower()}" in box.sentence  # "... 1 in Honesty and 1 other win."
    window.close()


def test_the_command_line_and_the_csv_say_one_name(
    vault_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)

    def run(*argv: str) -> str:
        capsys.readouterr()
        code = cli.run(["--data-dir", str(vault_folder.parent), *argv], keychain=MemoryKeychain())
        assert code == 0
        return capsys.readouterr().out

    run("log", "Came to group")
    [line] = [line for line in run("list").splitlines() if "Came to group" in line]
    assert line.endswith(f"[{NAME}] Came to group")

    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv"))))
    [row] = [row for row in rows if row["text"] == "Came to group"]
    assert row["category"] == NAME
