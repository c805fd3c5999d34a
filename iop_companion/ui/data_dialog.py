"""Export and import: a copy of the journal in a file the person keeps (every entry but the
private ones, and the notebook), and such a file read back.

The copy is the JSON or CSV export (``docs/export-format.md``), written on the session's worker
connection, whole or not at all, owner-only. An import is checked whole on the worker first; the
person sees what the file holds and says yes before anything is added, in one transaction. A
journal from another app (``docs/import-from-other-apps.md``) goes the same way.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iop_companion.errors import KnownError
from iop_companion.export.data import export_to_file, write_csv, write_json
from iop_companion.export.importer import (
    CheckedExport,
    file_words,
    read_export_file,
    result_words,
)
from iop_companion.export.other_apps import APPS, read_other_app
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import section_title
from iop_companion.ui.recent_files import ask_folder, ask_open_path, ask_save_path
from iop_companion.ui.task_dialog import TaskDialog
from iop_companion.ui.widgets import ems, labelled, muted, paragraph, scrolling

data_dialog = Context("data_dialog")  # counted words
FILTERS = {
    "json": QT_TRANSLATE_NOOP("data_dialog", "JSON (*.json)"),
    "csv": QT_TRANSLATE_NOOP("data_dialog", "CSV (*.csv)"),
}
# What each other app's export is called in the file dialog (Markdown notes are a folder).
OTHER_APP_FILTERS = {
    "daylio": QT_TRANSLATE_NOOP("data_dialog", "Daylio's CSV export (*.csv)"),
    "dayone": QT_TRANSLATE_NOOP("data_dialog", "Day One's JSON export (*.zip *.json)"),
    "jrnl": QT_TRANSLATE_NOOP("data_dialog", "jrnl's JSON export (*.json)"),
}
NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "data_dialog",
    "The file isn't encrypted: anyone who opens it can read it. Keep it somewhere only you can "
    "reach, and delete it when you no longer need it.",
)


class DataDialog(TaskDialog):
    """Save a copy of the journal to a file; import a copy made by this app."""

    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.setWindowTitle(translate("data_dialog", "Export and import"))
        self.setMinimumWidth(ems(self, 87))
        outer = QVBoxLayout(self)
        layout = scrolling(outer)
        layout.setSpacing(8)

        layout.addWidget(section_title(translate("data_dialog", "Save a copy")))
        layout.addWidget(
            paragraph(
                translate(
                    "data_dialog",
                    "Every entry except the private ones, and your notebook, in one file: to "
                    "keep, to move to another computer, or to open in another program.",
                )
            )
        )
        self.as_json = QRadioButton(
            translate("data_dialog", "JSON, which this app can import again")
        )
        self.as_csv = QRadioButton(
            translate("data_dialog", "CSV, for a spreadsheet (entries only)")
        )
        self.as_json.setChecked(True)
        self.formats = QButtonGroup(self)
        for choice in (self.as_json, self.as_csv):
            self.formats.addButton(choice)
            layout.addWidget(choice)
        layout.addWidget(muted(translate("data_dialog", NOT_ENCRYPTED)))
        self.export_button = QPushButton(translate("data_dialog", "Save a copy…"))
        layout.addLayout(_left(self.export_button))

        layout.addSpacing(10)
        layout.addWidget(section_title(translate("data_dialog", "Import a copy")))
        layout.addWidget(
            paragraph(
                translate(
                    "data_dialog",
                    "Adds the entries and notebook from a JSON file this app saved. The whole "
                    "file is checked first, and you see what it holds before anything is added. "
                    "What is already in your journal is never added twice.",
                )
            )
        )
        self.import_button = QPushButton(translate("data_dialog", "Choose a file to import…"))
        layout.addLayout(_left(self.import_button))

        layout.addSpacing(10)
        layout.addWidget(section_title(translate("data_dialog", "From another app")))
        layout.addWidget(
            paragraph(
                translate(
                    "data_dialog",
                    "Brings in a journal you kept in Daylio (its CSV export), Day One (its JSON "
                    "export, a zip file), jrnl (jrnl --export json) or as Markdown daily notes "
                    "(a folder of files named like 2026-03-14.md). You see what it holds first, "
                    "and nothing is added twice.",
                )
            )
        )
        self.other_app = QComboBox()
        for key, name in APPS.items():
            self.other_app.addItem(name, key)
        self.other_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.other_app)
        row.addWidget(self.other_button)
        row.addStretch(1)
        layout.addLayout(
            labelled(translate("data_dialog", "The app it comes from"), self.other_app, row)
        )
        self.other_app.currentIndexChanged.connect(self.show_other_app_choice)
        self.show_other_app_choice()

        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)

        for button in (self.export_button, self.import_button, self.other_button):
            button.setAutoDefault(False)
        self.export_button.clicked.connect(self.choose_export_target)
        self.import_button.clicked.connect(self.choose_import_file)
        self.other_button.clicked.connect(self.choose_other_app_file)
        self.task_buttons = (self.export_button, self.import_button, self.other_button)

    # -- export ----------------------------------------------------------------------------

    @property
    def file_kind(self) -> str:
        return "csv" if self.as_csv.isChecked() else "json"

    def choose_export_target(self) -> None:
        kind = self.file_kind
        # A suggested name, in the person's language, with the day kept ISO.
        name = translate("data_dialog", "export-{day}").format(
            day=self.live.journal.today.isoformat()
        )
        start = Path.home() / f"{name}.{kind}"
        try:
            path, _ = ask_save_path(
                self,
                translate("data_dialog", "Save a copy"),
                start,
                translate("data_dialog", FILTERS[kind]),
                journal=self.live.folder,
                suffix=kind,
            )
        except KnownError as error:
            self.say(error.sentence)
            return
        if path:
            self.export_to(path, kind)

    def export_to(self, target: Path, kind: str) -> None:
        journal, notebook = self.live.worker_journal, self.live.worker_notebook
        writer = functools.partial(write_json, notebook=notebook) if kind == "json" else write_csv
        self.say(translate("data_dialog", "Saving the copy…"))
        self.run(
            lambda: export_to_file(journal, target, writer),
            lambda count: self.say(
                data_dialog.tr(
                    "Saved %Ln entr(y|ies) in {file}. Private entries stayed out.", None, count
                ).format(file=target.name)
            ),
        )

    # -- import ----------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        try:
            path = ask_open_path(
                self,
                translate("data_dialog", "Import a copy"),
                ";;".join(
                    (
                        translate("data_dialog", FILTERS["json"]),
                        translate("data_dialog", "All files (*)"),
                    )
                ),
            )
        except KnownError as error:
            self.say(error.sentence)
            return
        if path:
            self.check_import(path)

    def check_import(self, source: Path) -> None:
        today = self.live.journal.today
        self.say(translate("data_dialog", "Checking the file…"))
        self.run(
            lambda: read_export_file(source, today=today),
            lambda checked: self.confirm_import(checked),
        )

    # -- from another app

    @property
    def chosen_app(self) -> str:
        return str(self.other_app.currentData())

    def show_other_app_choice(self) -> None:
        folder = self.chosen_app == "markdown"
        self.other_button.setText(
            translate("data_dialog", "Choose the folder…")
            if folder
            else translate("data_dialog", "Choose the file…")
        )

    def choose_other_app_file(self) -> None:
        app = self.chosen_app
        caption = translate("data_dialog", "Import from {app}").format(app=APPS[app])
        try:
            if app == "markdown":
                path = ask_folder(self, caption)
            else:
                path = ask_open_path(
                    self,
                    caption,
                    ";;".join(
                        (
                            translate("data_dialog", OTHER_APP_FILTERS[app]),
                            translate("data_dialog", "All files (*)"),
                        )
                    ),
                )
        except KnownError as error:
            self.say(error.sentence)
            return
        if path:
            self.check_other_app(app, path)

    def check_other_app(self, app: str, source: Path) -> None:
        """As ``check_import``, for a journal from ``app`` (a key of ``other_apps.APPS``)."""
        today = self.live.journal.today
        self.say(
            translate("data_dialog", "Checking the folder…")
            if app == "markdown"
            else translate("data_dialog", "Checking the file…")
        )
        self.run(
            lambda: read_other_app(app, source, today=today),
            lambda checked: self.confirm_import(checked),
        )

    def confirm_import(self, checked: CheckedExport) -> None:
        self.say(file_words(checked))
        answer = QMessageBox.question(
            self,
            translate("data_dialog", "Import this file?"),
            translate(
                "data_dialog", "{holds}\n\nWhat is already in your journal is skipped."
            ).format(holds=file_words(checked)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.import_checked(checked)

    def import_checked(self, checked: CheckedExport) -> None:
        """Add the file on the worker (a large one takes seconds), in one transaction."""
        self.say(translate("data_dialog", "Adding what the file holds…"))
        self.follow(
            self.live.import_file(checked.entries, checked.notebook),
            lambda done: self.say(result_words(done.result)),
        )


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
