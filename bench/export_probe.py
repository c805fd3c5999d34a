"""A fresh process that exports a whole journal to JSON and reports its memory growth.

    export_probe.py FOLDER PASSPHRASE TARGET

Prints "<seconds> <peak RSS growth in MiB>" (Linux reports ru_maxrss in KiB).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from iop_companion.core.journal import JournalService
from iop_companion.export.data import write_json
from iop_companion.vault import Vault


def main() -> None:
    folder, passphrase, target = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    with Vault.unlock(folder, passphrase) as vault:
        journal = JournalService(vault.db)
        journal.count()  # the connection and caches are warm before the baseline
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        with target.open("w", encoding="utf-8") as out:
            write_json(journal, out)
        elapsed = time.perf_counter() - started
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(f"{elapsed:.3f} {grown:.1f}")


if __name__ == "__main__":
    main()
