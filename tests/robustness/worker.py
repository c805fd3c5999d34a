"""A child process for the robustness tests: opens a journal and does one job with it.

    python worker.py loop FOLDER SIZE          log wins of SIZE characters until stopped
    python worker.py fill FOLDER SIZE MARGIN   the same, with files capped at MARGIN bytes more
                                               than the biggest one in FOLDER once it is open
    python worker.py marker FOLDER MARKER      use the journal with MARKER in every field, then
                                               wait for a line on stdin before locking
    python worker.py log FOLDER COUNT LABEL    print "ready" once open, wait for a line on stdin,
                                               then log COUNT wins ("LABEL win <n>") and lock

After each save returns, ``loop`` and ``fill`` print "<entry id> <n>" and flush, so every id the
parent reads was saved. The passphrase comes in ``IOP_TEST_PASSPHRASE``. A ``KnownError`` prints
its sentence on stderr and exits with its exit code, as the CLI does.
"""

from __future__ import annotations

import io
import os
import resource
import signal
import sys
from pathlib import Path

from iop_companion.core.journal import JournalService
from iop_companion.errors import KnownError
from iop_companion.export.data import write_csv, write_json
from iop_companion.vault import Vault


def win_text(n: int, size: int) -> str:
    """A different text for every ``n``, about ``size`` characters long."""
    head = f"Win {n}: showed up and said one honest sentence."
    words = " ".join(f"w{n}x{i}" for i in range(size // 8))
    return f"{head} {words}"[: max(size, len(head))]


def log_forever(journal: JournalService, size: int) -> None:
    n = 0
    while True:
        change = journal.log_win(win_text(n, size))
        print(change.entry.id, n, flush=True)
        n += 1


def cap_file_sizes(folder: Path, margin: int) -> None:
    """No file may grow past the biggest one here plus ``margin`` bytes (RLIMIT_FSIZE)."""
    biggest = max(path.stat().st_size for path in folder.iterdir())
    limit = biggest + margin
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def use_with_marker(journal: JournalService, marker: str) -> None:
    """Everything a person does with entries, with ``marker`` in text, notes and tags."""
    ids = []
    for n in range(6):
        change = journal.log_win(
            f"Told my counselor about {marker} number {n}",
            note=f"What helped: {marker}",
            tags=[marker, "group"],
        )
        ids.append(change.entry.id)
    journal.log_hard_moment(word="slip", text=f"{marker} hard day", note=marker, tags=[marker])
    assert journal.search(marker), "the marker should be found"
    assert journal.search(marker.split("-")[-1]), "the marker's last word should be found"
    journal.edit(ids[0], text=f"Changed: {marker} and more", note=f"edited {marker}")
    undone = journal.edit(ids[1], tags=["other"])
    journal.undo(undone)
    for entry_id in ids[2:4]:
        journal.delete(entry_id)
    journal.undo(journal.delete(ids[4]))
    write_json(journal, io.StringIO())  # an export held in memory only
    write_csv(journal, io.StringIO())
    journal.entries(limit=-1)
    journal.day_counts()


def main(argv: list[str]) -> int:
    job, folder = argv[1], Path(argv[2])
    try:
        with Vault.unlock(folder, os.environ["IOP_TEST_PASSPHRASE"]) as vault:
            journal = JournalService(vault.db)
            if job == "loop":
                log_forever(journal, int(argv[3]))
            elif job == "fill":
                cap_file_sizes(folder, int(argv[4]))
                log_forever(journal, int(argv[3]))
            elif job == "log":
                print("ready", flush=True)
                sys.stdin.readline()  # the parent starts every writer at once
                for n in range(int(argv[3])):
                    change = journal.log_win(f"{argv[4]} win {n}")
                    print(change.entry.id, n, flush=True)
            elif job == "marker":
                use_with_marker(journal, argv[3])
                print("in use", flush=True)
                sys.stdin.readline()  # the parent looks at the files while the journal is open
            else:
                raise SystemExit(f"unknown job {job!r}")
    except KnownError as error:
        print(type(error).__name__, flush=True)
        print(error.sentence, file=sys.stderr, flush=True)
        return error.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
