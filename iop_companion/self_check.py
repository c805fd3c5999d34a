"""``iop-companion --self-check``: proves an installed copy (a wheel, a bundle) has what it needs.

Everything happens in a temporary folder that is deleted afterwards, with a journal made for the
check and a keychain that lives only in memory: the person's own journal, data folder and system
keychain are never touched, so nothing from a real journal can be printed. One plain line per
step; on a failure, the step and the error, and a nonzero exit code.
"""

from __future__ import annotations

import io
import os
import secrets
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from iop_companion.core.journal import JournalService
    from iop_companion.vault import Vault

CHECK_TEXT = "Self-check: came to group"
NATIVE_PLATFORM = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


@dataclass
class _State:
    folder: Path
    passphrase: str = field(default_factory=lambda: f"self check {secrets.token_hex(8)}")
    vault: Vault | None = None

    @property
    def journal(self) -> JournalService:
        from iop_companion.core.journal import JournalService

        assert self.vault is not None
        return JournalService(self.vault.db)


def _journal(state: _State) -> str:
    from iop_companion.vault import Vault
    from iop_companion.vault.keys import KdfParams

    # The lowest Argon2id settings the app accepts: real derivation, about a tenth of a second.
    state.vault, _ = Vault.create(state.folder / "journal", state.passphrase, kdf=KdfParams())
    version = state.vault.db.execute("PRAGMA cipher_version").fetchone()[0]
    return f"Made a temporary journal (SQLCipher {version})."


def _entry(state: _State) -> str:
    from iop_companion.vault import Vault

    assert state.vault is not None
    state.journal.log_win(CHECK_TEXT, category="Showing up", tags=["self-check"])
    state.vault.lock()
    state.vault = Vault.unlock(state.folder / "journal", state.passphrase)
    texts = [entry.text for entry in state.journal.entries()]
    found = [hit.entry.text for hit in state.journal.search("group")]
    if texts != [CHECK_TEXT] or found != [CHECK_TEXT]:
        raise AssertionError("the entry read back was not the one written")
    return "Wrote an entry, locked the journal, opened it again and found the entry."


def _device_key(state: _State) -> str:
    from iop_companion.vault import Vault
    from iop_companion.vault.keychain import MemoryKeychain

    assert state.vault is not None
    keychain = MemoryKeychain()  # never the system keychain
    state.vault.remember_device(keychain)
    state.vault.lock()
    state.vault = Vault.unlock_with_device(state.folder / "journal", keychain)
    return "Opened the journal with a device key (from a keychain that lives in memory)."


def _keychain_backends(state: _State) -> str:
    from importlib.metadata import entry_points

    # keyring finds its backends through entry points, which a bundle must carry. Loading the
    # classes proves they are there; none is asked for anything.
    points = entry_points(group="keyring.backends")
    names = sorted({point.name for point in points if point.load()})
    if not names:
        raise AssertionError("no keyring backends are installed")
    return f"Found the keychain backends ({', '.join(names)})."


def _strength(state: _State) -> str:
    from zxcvbn import zxcvbn

    weak, strong = zxcvbn("password1")["score"], zxcvbn(state.passphrase + " quiet river")["score"]
    if not weak < strong:
        raise AssertionError(f"strength scores {weak} and {strong} are in the wrong order")
    return "Rated two passphrases (zxcvbn)."


def _chart(state: _State) -> str:
    from iop_companion.charts import figures
    from iop_companion.charts.palette import Theme
    from iop_companion.core.progress_view import progress_view

    journal = state.journal
    today = journal.today
    view = progress_view(journal.day_counts(), today - timedelta(days=27), today, today)
    theme = Theme()
    figure = figures.running_total(figures.new_figure(theme), view, theme)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)  # matplotlib's Agg renderer, no screen
    if not buffer.getvalue().startswith(b"\x89PNG"):
        raise AssertionError("the chart is not a PNG")
    return f"Drew a chart ({len(buffer.getvalue()) // 1024} KB PNG)."


def _summary(state: _State) -> str:
    from pypdf import PdfReader

    from iop_companion.export.pdf import write_summary
    from iop_companion.export.summary import SummaryChoices, build_summary

    today: date = state.journal.today
    summary = build_summary(state.journal, SummaryChoices(today - timedelta(days=27), today))
    password = secrets.token_hex(8)
    target = write_summary(summary, state.folder / "summary.pdf", password=password)
    reader = PdfReader(str(target))
    reader.decrypt(password)
    text = " ".join(page.extract_text() for page in reader.pages)
    if CHECK_TEXT not in " ".join(text.split()):
        raise AssertionError("the summary PDF does not hold the entry")
    return f"Wrote a summary PDF with a password ({len(reader.pages)} pages), and read it back."


def _icons(state: _State) -> str:
    from PySide6.QtGui import QImage

    from iop_companion.assets import ICON_SIZES, icon_files

    for discreet in (False, True):
        for path in icon_files(discreet=discreet):
            if QImage(str(path)).isNull():  # an SVG needs Qt's SVG plugin
                raise AssertionError(f"Qt could not read {path.name}")
    return f"Loaded both icons, as SVG and in {len(ICON_SIZES)} PNG sizes."


def _display_plugins(state: _State) -> str:
    from PySide6.QtCore import QCoreApplication

    found: set[str] = set()
    for folder in QCoreApplication.libraryPaths():
        platforms = Path(folder) / "platforms"
        if platforms.is_dir():
            found |= {_plugin_name(file.name) for file in platforms.iterdir()}
    needed = {"offscreen", NATIVE_PLATFORM.get(sys.platform, "offscreen")}
    if missing := needed - found:
        raise AssertionError(f"Qt's display plugins {', '.join(sorted(missing))} are missing")
    return f"Found Qt's display plugins ({', '.join(sorted(found))})."


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem.removeprefix("lib").removeprefix("q")


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("making a journal", _journal),
    ("writing and reading an entry", _entry),
    ("opening with a device key", _device_key),
    ("loading the keychain backends", _keychain_backends),
    ("rating passphrases", _strength),
    ("drawing a chart", _chart),
    ("writing a summary PDF", _summary),
    ("loading the icons", _icons),
    ("finding Qt's display plugins", _display_plugins),
)


def run_self_check(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step; 0 when all pass, 1 at the first that doesn't."""
    out = out or sys.stdout
    err = err or sys.stderr
    if not os.environ.get("QT_QPA_PLATFORM"):  # no screen needed; set before Qt loads
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="companion-self-check-") as scratch:
        state = _State(Path(scratch))
        try:
            for title, step in STEPS:
                try:
                    print(step(state), file=out, flush=True)
                except Exception as error:
                    print(f"The self-check stopped at {title}: {error!r}", file=err)
                    traceback.print_exc(file=err)
                    return 1
        finally:
            if state.vault is not None:
                state.vault.lock()  # before the folder goes (Windows keeps open files)
    print("All checks passed.", file=out)
    return 0
