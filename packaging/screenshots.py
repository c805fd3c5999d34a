"""Render the main screens to PNG (offscreen), for the README and for looking at changes.

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [OUT_DIR]
    [--scheme light|dark] [--text-size small|standard|large|larger] [--language en|es]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from iop_companion.core.coping_model import Contact
from iop_companion.core.model import EntryFilter, Kind
from iop_companion.core.notebook import NotebookService
from iop_companion.core.notebook_model import Attendance, NoteSection, SessionKind
from iop_companion.core.open_journal import OpenJournal
from iop_companion.export.wallet_card import WalletCard
from iop_companion.i18n import languages, translate
from iop_companion.language import LANGUAGE_KEY, use_in_app
from iop_companion.ui.app import make_application
from iop_companion.ui.help import HelpDialog
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.new_key import NewKeyDialog
from iop_companion.ui.preferences import LOOK_TAB
from iop_companion.ui.quick_hide import cover, uncover
from iop_companion.ui.theme import SCHEMES, STANDARD, TEXT_SIZES, apply_look
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.keys import KdfParams

PASSPHRASE = "lamp orchard tuesday violin"  # noqa: S105 (sample data for screenshots)
NEW_PASSPHRASE = "kettle harbor winter maple"  # noqa: S105 (chosen on the other computer)
SHOWN_SYNC_DIR = "/home/sam/Sync/journal"  # where the sample's folder is said to be
TODAY = datetime(2026, 11, 27, 18, 0).astimezone()


def fill(folder: Path) -> None:
    from iop_companion.core.journal import JournalService

    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams())
    journal = JournalService(vault.db, clock=lambda: TODAY)
    day = TODAY.date()
    samples = [
        (9, "Talked to intake, without committing yet", "Coming back", [], False),
        (8, "Came to one session", "Showing up", ["group"], False),
        (6, "Sat in group without saying a word", "Showing up", ["group"], False),
        (5, "Called my sister instead of ghosting her", "Reaching out", ["family"], False),
        (2, "Said one honest sentence: I'm not ready to talk yet", "Honesty", ["group"], False),
        (1, "Showed up to group after the slip", "Showing up", ["group"], True),
        (0, "Asked for more one-on-one time", "Asking for what I need", [], False),
        (0, "Went for a walk instead of staying in bed", "Self-care", [], False),
    ]
    for back, text, category, tags, after in samples:
        journal.log_win(
            text,
            category=translate("schema", category),  # made in the language in use
            day=day - timedelta(days=back),
            tags=tags,
            after_hard_moment=after,
        )
    moment = journal.log_hard_moment(
        word="slip", note="Texted my counselor the next morning.", day=day - timedelta(days=2)
    ).entry
    notebook = NotebookService(vault.db, journal, lambda: TODAY)
    fill_notebook(notebook)
    fill_check_ins(notebook, moment.id)
    vault.lock()


def fill_notebook(notebook: NotebookService) -> None:
    day = TODAY.date()
    notebook.save_note(
        NoteSection.WORKS, "Going to group in the morning, before the day gets loud."
    )
    notebook.save_note(
        NoteSection.WORKS,
        "Going to group in the morning, before the day gets loud.\n"
        "Texting Sam when I want to skip. Sitting near the door.",
    )
    notebook.save_note(NoteSection.SUPPORT, "A smaller group. More one-on-one time.")
    notebook.add_bring_up("I hate being on Zoom.")
    notebook.add_bring_up("A smaller group would help.")
    told = notebook.add_bring_up("I need more one-on-one time.")
    notebook.mark_brought_up(told.id, day - timedelta(days=1))
    notebook.add_plan_item(day.weekday(), time(18, 0), SessionKind.GROUP, "Friday group")
    notebook.add_plan_item(1, time(10, 30), SessionKind.INDIVIDUAL)
    for back, kind, attendance, note in (
        (8, SessionKind.INTAKE_CALL, Attendance.ATTENDED, "Didn't commit yet, and that's fine"),
        (6, SessionKind.GROUP, Attendance.LATE, ""),
        (3, SessionKind.GROUP, Attendance.MISSED, ""),
        (1, SessionKind.INDIVIDUAL, Attendance.ATTENDED, "Talked about the slip"),
    ):
        notebook.record_session(day - timedelta(days=back), kind, attendance, note)


def fill_check_ins(notebook: NotebookService, hard_moment: int) -> None:
    """The coping tools: two check-ins a month apart, a few of How I am, notes after the slip,
    and a plan for hard times."""
    day = TODAY.date()
    notebook.record_check_in(day - timedelta(days=34), [4, 3, 3, 4, 2, 4, 3, 5, 4, 3])
    notebook.record_check_in(
        day - timedelta(days=1), [5, 4, 4, 4, 3, 5, 4, 5, 4, 4], "After talking to Sam."
    )
    notebook.record_how_i_am(
        day - timedelta(days=2), words=["tired", "lonely"], halt=["tired", "lonely"]
    )
    notebook.record_how_i_am(
        day, words=["hopeful", "calm", "rested"], line="Slept well. Group is at six."
    )
    notebook.record_picking_up(
        hard_moment,
        going_on="A long shift, and an empty evening.",
        halt=["tired", "lonely"],
        did="Stayed home and didn't call anyone.",
        helped="Texting Sam before the evening starts.",
    )
    notebook.save_hard_times_plan(
        signs="I stop answering texts. I skip meals.",
        on_my_own="Walk around the block. Shower. Put on the playlist from group.",
        people=(Contact("Sam", "555-0101"), Contact("My sister", "555-0123")),
        places="The library on Main Street. The 7 pm meeting at St. Mark's.",
        remember="I got through the last one. Calling is a win.",
    )


def kept_in_step(tmp: Path) -> tuple[Path, str]:
    """A folder that keeps a journal in step (as the first computer leaves it), and the
    journal's recovery code."""
    sync_dir = tmp / "Sync" / "journal"
    sync_dir.mkdir(parents=True)
    first, code = OpenJournal.create(tmp / "first computer", PASSPHRASE, MemoryKeychain())
    with first:
        first.keep_in_step_through(sync_dir)
    return sync_dir, code


def in_step_with_another(window: MainWindow, tmp: Path) -> None:
    """The window's journal kept in step through a folder, with a second computer that opened
    it from there and logged a win."""
    assert window.live is not None and window.sync_schedule is not None
    sync_dir = tmp / "Sync" / "sample"
    sync_dir.mkdir(parents=True)
    window.live.core.keep_in_step_through(sync_dir)
    other, _ = OpenJournal.join_from_folder(
        sync_dir, tmp / "laptop", PASSPHRASE, MemoryKeychain(), clock=lambda: TODAY
    )
    with other:
        other.log_win("Went to group from the library")
        other.sync_pass()
    window.live.took_in(window.live.core.sync_pass())
    window.sync_schedule.refresh()


def new_keys_elsewhere(window: MainWindow, tmp: Path) -> tuple[NewKeyDialog, str]:
    """The second computer (see ``in_step_with_another``) gives the journal new keys; the
    window's next pass finds it and asks for them. The recovery code shown there, too."""
    assert window.sync_schedule is not None
    laptop = OpenJournal.open_with_passphrase(tmp / "laptop", PASSPHRASE, MemoryKeychain())
    with laptop:
        code = laptop.rotate_key(NEW_PASSPHRASE, kdf=KdfParams()).result.recovery_code
    window.sync_schedule.request()
    while not (asking := [d for d in window.findChildren(NewKeyDialog) if d.isVisible()]):
        QApplication.processEvents()
    return asking[0], code


def grab(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def laptop_screen() -> list[str]:
    """Offscreen, a 1366x768 laptop's screen, as the tests see it (Qt's own offscreen screen is
    800x600, which squeezes dialogs that fit the smallest laptop)."""
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return sys.argv[:1]
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return [sys.argv[0], "-platform", f"offscreen:configfile={config}"]


def main() -> None:
    parser = argparse.ArgumentParser(description="Render the main screens to PNG.")
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--scheme", default="light", choices=[v for _, v in SCHEMES])
    parser.add_argument("--text-size", default=STANDARD, choices=[v for _, v in TEXT_SIZES])
    parser.add_argument("--language", default="en", choices=languages())
    chosen = parser.parse_args()
    out: Path = chosen.out
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(laptop_screen())
    apply_look(app, chosen.scheme, chosen.text_size)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, chosen.language)
    use_in_app(app, settings)
    with tempfile.TemporaryDirectory() as tmp:
        first = MainWindow(Path(tmp) / "new", MemoryKeychain(), settings=settings, kdf=KdfParams())
        first.resize(880, 640)
        first.show()
        grab(first, out, "first-run")
        first.setup_page.steps.setCurrentIndex(1)
        first.setup_page.passphrase.setText(PASSPHRASE)
        first.setup_page.confirm.setText(PASSPHRASE)
        grab(first, out, "first-run-passphrase")
        first.setup_page.passphrase.clear()
        first.setup_page.confirm.clear()
        sync_dir, code = kept_in_step(Path(tmp))
        from_folder = first.setup_page.from_folder
        first.setup_page.steps.setCurrentWidget(from_folder)
        from_folder.sync_dir.setText(SHOWN_SYNC_DIR)
        from_folder.secret.setText(PASSPHRASE)
        grab(first, out, "open-from-folder")
        from_folder.sync_dir.setText(str(sync_dir))
        from_folder.secret.setText(code)
        # Typed before they show, so the words on its strength are laid out with them (offscreen,
        # a line that appears later doesn't grow what holds it, and the last field is cut off).
        from_folder.new_passphrase.setText(PASSPHRASE)
        from_folder.confirm.setText(PASSPHRASE)
        from_folder.submit()  # the recovery code: a passphrase for this computer is asked for
        while not from_folder.new_part.isVisible():
            QApplication.processEvents()
        from_folder.sync_dir.setText(SHOWN_SYNC_DIR)
        grab(first, out, "open-from-folder-new-passphrase")
        from_folder.start_over()
        first.close()

        folder = Path(tmp) / "journal"
        fill(folder)
        window = MainWindow(
            folder, MemoryKeychain(), settings=settings, kdf=KdfParams(), clock=lambda: TODAY
        )
        window.resize(880, 640)
        window.show()
        grab(window, out, "unlock")
        window.open_journal(
            OpenJournal.open_with_passphrase(folder, PASSPHRASE, MemoryKeychain(), lambda: TODAY)
        )
        grab(window, out, "journal")
        window.journal_page.filter_button.click()  # the filters, opened
        grab(window, out, "journal-filters")
        window.journal_page.filter_button.click()
        cover(window, window.identity.name)  # as when another program is in front
        grab(window, out, "covered")
        uncover(window)
        dialog = window.log_win()
        assert dialog is not None
        dialog.text.setText("Said one honest sentence")
        grab(dialog, out, "log-a-win")
        dialog.show_hard_moment()
        grab(dialog, out, "hard-moment")
        dialog.reject()
        share = window.share()
        assert share is not None
        share.message.setPlainText("Can we talk about a smaller group?")
        grab(share, out, "share")
        preview = share.preview()
        preview.resize(preview.width(), 900)  # as wide as a page, as it opens
        QApplication.processEvents()  # page 1 shows from its top once it has the focus
        grab(preview, out, "share-preview")
        preview.reject()
        share.reject()
        backups = window.backups()
        assert backups is not None
        grab(backups, out, "backups")
        backups.reject()
        keep = window.keep_in_step()  # Use this journal on another computer
        assert keep is not None
        keep.folder_field.setText(SHOWN_SYNC_DIR)
        grab(keep, out, "keep-in-step")
        keep.reject()
        in_step_with_another(window, Path(tmp))
        grab(window, out, "journal-in-step")
        keep = window.keep_in_step()
        assert keep is not None
        keep.show_folder(SHOWN_SYNC_DIR)
        grab(keep, out, "keep-in-step-with-another")
        keep.reject()
        data = window.export_and_import()
        assert data is not None
        data.say("Saved 214 entries in export-2026-11-27.json. Private entries stayed out.")
        grab(data, out, "export-and-import")
        data.reject()
        preferences = window.preferences()
        assert preferences is not None
        grab(preferences, out, "preferences-privacy")
        preferences.tabs.setCurrentIndex(2)  # Reminder and help
        preferences.program_phone.setText("Riverside IOP, 555-0142")
        preferences.program_phone.editingFinished.emit()
        grab(preferences, out, "preferences-reminder-and-help")
        preferences.tabs.setCurrentIndex(LOOK_TAB)
        grab(preferences, out, "preferences-look")
        preferences.reject()
        window.show_help()
        help_now = window.findChildren(HelpDialog)[-1]
        grab(help_now, out, "help-now")
        help_now.close()  # a dialog left open holds back the new-key dialog, as it would
        window.tabs.setCurrentWidget(window.showing_up_page)
        grab(window, out, "showing-up")
        window.tabs.setCurrentWidget(window.know_now_page)
        window.know_now_page.versions.setCurrentRow(0)
        grab(window, out, "what-i-know-now")
        window.tabs.setCurrentWidget(window.bring_up_page)
        grab(window, out, "to-bring-up")
        window.tabs.setCurrentWidget(window.phrases_page)
        grab(window, out, "phrases")
        check_in = window.capital_section.start_check_in()
        assert check_in is not None
        for choice, answer in zip(check_in.choices[:4], (5, 4, 4, 5), strict=True):
            choice.set_answer(answer)
        grab(check_in, out, "check-in")
        check_in.reject()
        plan = window.hard_times_plan()
        assert plan is not None
        grab(plan, out, "plan-for-hard-times")
        plan.reject()
        assert window.live is not None
        card = WalletCard(window.live.notebook.hard_times_plan(), "Riverside IOP, 555-0142")
        (out / "wallet-card.png").write_bytes(card.page_images(110)[0])
        [moment] = window.live.journal.entries(EntryFilter(kinds=frozenset({Kind.HARD_MOMENT})))
        flow = window.open_picking_up(moment.id)
        assert flow is not None
        grab(flow, out, "picking-up")
        flow.reject()
        window.tabs.setCurrentWidget(window.check_ins_page)
        window.capital_section.show_totals.setChecked(True)
        window.resize(880, 1400)  # the whole tab, top to bottom
        grab(window, out, "check-ins")
        window.resize(880, 640)
        window.tabs.setCurrentWidget(window.progress_page)
        page = window.progress_page
        while any(box.canvas is None for box in page.boxes.values()):
            QApplication.processEvents()  # matplotlib loads on first opening
        window.resize(880, 900)
        QApplication.processEvents()  # the new size reaches the canvases
        for box in page.boxes.values():
            box.canvas.draw()  # at their size now, not the one they were first drawn at
        grab(window, out, "progress")
        running = page.boxes["running"]
        running.show_table(True)  # "Show as a table", with the keyboard in it
        window.activateWindow()
        running.table.setFocus()
        grab(window, out, "progress-table")
        running.show_table(False)
        window.resize(880, 640)
        window.tabs.setCurrentWidget(window.journal_page)
        window.journal_page.search.setText("group")
        window.journal_page.apply_view()
        assert window.live is not None
        window.live.pool.waitForDone()  # the search runs off the UI thread
        grab(window, out, "search")
        window.journal_page.search.clear()
        window.journal_page.apply_view()
        window.live.pool.waitForDone()
        new_key, new_code = new_keys_elsewhere(window, Path(tmp))
        new_key.passphrase.setText(NEW_PASSPHRASE)
        grab(new_key, out, "new-key")
        new_key.new_fields.passphrase.setText(PASSPHRASE)  # before they show, as above
        new_key.new_fields.confirm.setText(PASSPHRASE)
        new_key.use_code()  # Use the recovery code instead
        new_key.code.setText(new_code)
        grab(new_key, out, "new-key-recovery-code")
        new_key.reject()  # Not now: the status bar keeps a way back
        grab(window, out, "journal-not-in-step")
        window.close()
    app.quit()


if __name__ == "__main__":
    main()
