"""``make bench``: time what the person waits for, on journals of 1k, 10k and 100k entries.

Each size gets a vault built once (realistic rows put straight into ``entries`` in one
transaction, so the FTS triggers index them) and cached under ``bench/results/cache/``. Every run
works on a fresh copy of the cached vault, so saving wins never grows the cache. The result is a
Markdown table printed and written to ``bench/results/latest.md``.

    make bench ARGS="--sizes 1000,10000 --repeat 5"

The desktop timings (start-up, unlock to timeline, typing in the search box) come from
`bench/ui_bench.py`, which imports Qt; `--no-desktop` skips them. Keeping in step through a
folder (issue 19) is measured on the largest journal, with a second computer that joins from
the folder; `--only sync` measures that alone.

The command line with a real keychain (`--only keychain`: `log`, `search` and `export --format
json` of 10,000 entries, each in a fresh process, the journal opened by the key this computer
remembers) needs GNOME Keyring and a D-Bus daemon; on Debian or Ubuntu:

    sudo apt-get install gnome-keyring dbus-daemon

The bench starts its own of both, headless, and ends them when it is done: a D-Bus session bus
of its own (no desktop, no service it could start) and ``gnome-keyring-daemon --foreground
--unlock --components=secrets`` keeping a throwaway keyring in a temporary folder, so the
person's own keyring is never read or written. Where either program is missing (or on macOS
and Windows, whose keychains it doesn't touch), those rows are left out with one line saying
why. The same by hand, in a shell with no desktop (the keyring is kept in ``$T``):

    T=$(mktemp -d) && mkdir -m 700 $T/run && dbus-run-session -- env XDG_DATA_HOME=$T \\
      XDG_RUNTIME_DIR=$T/run sh -c 'printf pw | gnome-keyring-daemon --unlock \\
      --components=secrets >/dev/null; iop-companion remember-device; iop-companion list'
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from iop_companion import i18n
from iop_companion.core import progress
from iop_companion.core.journal import JournalService
from iop_companion.core.model import MOMENT_WORDS
from iop_companion.core.open_journal import OpenJournal
from iop_companion.core.sync import FolderSync
from iop_companion.errors import SyncStopped
from iop_companion.export.data import write_json
from iop_companion.export.importer import import_export
from iop_companion.vault import Vault, backup
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.keys import KdfParams

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
CACHE = RESULTS / "cache"
GENERATOR_VERSION = 3  # bump when the rows or the schema change, so cached vaults are rebuilt
PASSPHRASE = "bench passphrase, not a secret"  # noqa: S105
DEFAULT_SIZES = (1_000, 10_000, 100_000)
PROGRESS_SIZE = 18_250  # five years at ten a day, the progress view's budget
EXPORT_REPEAT = 5  # an export of 100k entries takes seconds
PROCESS_REPEAT = 5  # runs of measurements that start a fresh interpreter
SYNC_REPEAT = 5  # passes that send (and take in) 1,000 changes, each made before its pass
# One pass's 1,000 changes: wins logged, entries edited, entries deleted (each a row of its own).
SYNC_WINS, SYNC_EDITS, SYNC_DELETES = 700, 250, 50
PARTS = ("journal", "desktop", "sync", "batch", "startup", "keychain")  # what ``--only`` can choose
BATCH_LINES = 1_000  # ``log -``: wins from a script, one a line
KEYCHAIN_SIZE = 10_000  # the journal the keychain rows' commands open
KEYCHAIN_REPEAT = PROCESS_REPEAT * 3  # rounds of fresh processes, one of each command a round
KEYRING_PASSWORD = "bench keyring, thrown away"  # noqa: S105 (the throwaway keyring's)
YEARS = 5


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Words for entry text, most frequent first (picked with Zipf weights 1/rank).
VOCABULARY = words(
    """
    today went group called talked felt sponsor meeting honest said walked asked morning
    session came back told friend slept ate water night counselor shared listened breathe
    stayed home work sister brother mom dad kids dinner breakfast lunch shower cleaned room
    laundry bills phone text answered instead of ghosting showed up late early quiet long
    short hard easy good better tired calm angry sad proud small step one more day week
    therapist appointment kept promise wrote journal read book prayer meditation gym run
    outside park bus train drove car coffee tea cooked groceries money saved budget
    apologized forgave myself patient kind boundary no craving passed urge waited
    minutes hours noticed trigger left party line sober clean second
    chance again tried first time new old habit routine plan tomorrow
"""
)
COMMON_WORD = VOCABULARY[0]  # in about 95% of entries
RARE_WORD = "kayak"  # in one entry in a thousand
RARE_EVERY = 997
OCCASIONAL_WORDS = words("harmonica lighthouse origami pottery volunteering tandem marathon")
TAGS = words("family work group health money sleep friends outside")
NOTES = (
    "",
    "",
    "",
    "",
    "Hard to start, easier after.",
    "Worth remembering next time.",
    "Told my counselor about it.",
)


@dataclass(frozen=True)
class Stats:
    samples: tuple[float, ...]  # seconds

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]

    @property
    def max(self) -> float:
        return max(self.samples)


@dataclass(frozen=True)
class Row:
    key: str
    name: str
    budget: str
    spread: str  # "p95" or "max": how much of the spread to print beside the median


ROWS = (
    Row("save", "save one win, commit included (`log_win`)", "median < 10 ms", "max"),
    Row("rare", f"search, top 20 by rank, rare word ({RARE_WORD!r})", "< 30 ms", "p95"),
    Row("common", f"search, top 20 by rank, common word ({COMMON_WORD!r})", "< 30 ms", "p95"),
    Row("newest", f"search, newest 20, common word ({COMMON_WORD!r})", "< 30 ms", "p95"),
    Row(
        "totals",
        "chart totals (`day_counts` + 4 series, all history)",
        "< 10 ms (p95 < 20 ms)",
        "p95",
    ),
    Row("device", "open by device key, to first query", "< 150 ms", "p95"),
    Row("cold", "fresh process: start Python, import, open by device key, first query", "", "p95"),
    Row("passphrase", "open by passphrase (Argon2id floor), to first query", "reference", "p95"),
    Row("page", "newest page of 200 entries (`entries`)", "", "p95"),
    Row("count", "`count()`", "", "p95"),
    Row("export", "JSON export of all entries (`write_json`)", "< 3 s at 100k", "p95"),
    Row("backup", "backup to one checked, encrypted file (`make_backup`)", "< 3 s at 100k", "p95"),
    Row(
        "import",
        "import of the JSON export into an empty journal, checked whole, one transaction "
        "(`import_export`)",
        "< 2 s at 100k",
        "p95",
    ),
)


# -- building vaults ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Texts:
    """How entry text is made: words from ``vocabulary`` with Zipf weights (1/rank)."""

    name: str
    vocabulary: Sequence[str]
    min_words: int = 5
    max_words: int = 25

    def writer(self) -> Callable[[random.Random, int], str]:
        weights = [1 / rank for rank in range(1, len(self.vocabulary) + 1)]

        def text(rng: random.Random, index: int) -> str:
            words = rng.choices(
                self.vocabulary, weights=weights, k=rng.randint(self.min_words, self.max_words)
            )
            if index % RARE_EVERY == 0:
                words[rng.randrange(len(words))] = RARE_WORD
            elif rng.random() < 0.01:
                words[rng.randrange(len(words))] = rng.choice(OCCASIONAL_WORDS)
            joined = " ".join(words)
            return joined[0].upper() + joined[1:]

        return text


PLAIN = Texts("plain", VOCABULARY)


def _rows(
    size: int, today: date, texts: Texts
) -> tuple[list[tuple[object, ...]], list[tuple[int, int]]]:
    """``size`` entries over the last five years, oldest first, and their (entry, tag) pairs."""
    rng = random.Random(size)
    make_text = texts.writer()
    span = YEARS * 365
    days = sorted(today - timedelta(days=rng.randrange(span)) for _ in range(size))
    entries: list[tuple[object, ...]] = []
    entry_tags: list[tuple[int, int]] = []
    for index, day in enumerate(days, start=1):
        moment = datetime(day.year, day.month, day.day, 8, tzinfo=UTC) + timedelta(
            seconds=index % 43_200
        )
        stamp = moment.isoformat(timespec="microseconds")
        if rng.random() < 0.9:
            kind, word = "win", ""
            text = make_text(rng, index)
            category = rng.randint(1, 6) if rng.random() < 0.95 else None
            after = int(rng.random() < 0.05)
        else:
            kind, word = "hard_moment", rng.choice(MOMENT_WORDS)
            text = make_text(rng, index) if rng.random() < 0.5 else ""
            category, after = None, 0
        note = rng.choice(NOTES)
        private = int(rng.random() < 0.03)
        uid = uuid.UUID(int=rng.getrandbits(128)).hex
        row = (index, uid, kind, day.isoformat(), text, note, category, after, private, word)
        entries.append((*row, stamp, stamp))  # created_at, updated_at
        if rng.random() < 0.25:
            for tag_id in rng.sample(range(1, len(TAGS) + 1), rng.randint(1, 2)):
                entry_tags.append((index, tag_id))
    return entries, entry_tags


def build_vault(folder: Path, size: int, texts: Texts = PLAIN) -> None:
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=KdfParams())
    try:
        entries, entry_tags = _rows(size, date.today(), texts)
        conn = vault.db.conn
        conn.execute("PRAGMA synchronous = OFF")  # building a cache, not keeping a journal
        with conn:
            conn.executemany("INSERT INTO tags(id, name) VALUES (?, ?)", enumerate(TAGS, 1))
            conn.executemany(
                """INSERT INTO entries(id, uid, kind, day, text, note, category_id,
                    after_hard_moment, private, moment_word, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entries,
            )
            conn.executemany("INSERT INTO entry_tags(entry_id, tag_id) VALUES (?, ?)", entry_tags)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.lock()


def cached_vault(
    size: int, rebuild: bool, say: Callable[[str], None], texts: Texts = PLAIN
) -> Path:
    """The folder of a built vault of ``size`` entries, building it when missing."""
    prefix = "" if texts is PLAIN else f"{texts.name}-"
    folder = CACHE / f"{prefix}{size}-v{GENERATOR_VERSION}"
    if folder.exists() and not rebuild:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=CACHE)) / "journal"
    started = time.perf_counter()
    build_vault(building, size, texts)
    building.rename(folder)
    building.parent.rmdir()
    say(f"built {size:,} entries in {time.perf_counter() - started:.1f} s")
    return folder


# -- measuring ---------------------------------------------------------------------------------


def timed(action: Callable[[], object], repeat: int) -> Stats:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return Stats(tuple(samples))


def timed_open(opener: Callable[[], Vault], repeat: int) -> Stats:
    """Open (key, SQLCipher, migrations check) and run the first query; locking is not timed."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        vault = opener()
        JournalService(vault.db).last_entry_day()
        samples.append(time.perf_counter() - started)
        vault.lock()
    return Stats(tuple(samples))


def chart_totals(journal: JournalService) -> None:
    days = journal.day_counts()
    progress.running_total(days)
    progress.wins_per_week(days)
    progress.wins_per_category(days)
    progress.comebacks(days)


def export_json(journal: JournalService, target: Path) -> None:
    with target.open("w", encoding="utf-8") as out:
        write_json(journal, out)


def import_all(export: Path, work: Path, repeat: int) -> Stats:
    """Read and check the whole JSON export, then add it to an empty journal in one
    transaction; copying and opening the empty journal are not timed."""
    empty = work / "empty-journal"
    if not empty.exists():
        Vault.create(empty, PASSPHRASE, kdf=KdfParams())[0].lock()
    samples = []
    for run in range(repeat):
        folder = work / f"import-{run}"
        shutil.copytree(empty, folder)
        with Vault.unlock(folder, PASSPHRASE) as vault:
            journal = JournalService(vault.db)
            started = time.perf_counter()
            import_export(journal, export)
            samples.append(time.perf_counter() - started)
        shutil.rmtree(folder)
    return Stats(tuple(samples))


def measure_size(source: Path, repeat: int, saves: int, work: Path) -> dict[str, Stats]:
    """Every measurement but the import time, on a fresh copy of the vault in ``source``."""
    folder = work / source.name
    shutil.copytree(source, folder)
    keychain = MemoryKeychain()
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)

    results = {
        "cold": timed(lambda: cold_open(folder, keychain), PROCESS_REPEAT),
        "device": timed_open(lambda: Vault.unlock_with_device(folder, keychain), repeat),
        "passphrase": timed_open(lambda: Vault.unlock(folder, PASSPHRASE), repeat),
    }
    with Vault.unlock_with_device(folder, keychain) as vault:
        journal = JournalService(vault.db)
        journal.count()  # the first screen reads this anyway
        results |= {
            "rare": timed(lambda: journal.search(RARE_WORD, limit=20), repeat),
            "common": timed(lambda: journal.search(COMMON_WORD, limit=20), repeat),
            "newest": timed(lambda: journal.search(COMMON_WORD, limit=20, order="newest"), repeat),
            "totals": timed(lambda: chart_totals(journal), repeat),
            "page": timed(lambda: journal.entries(limit=200), repeat),
            "count": timed(journal.count, repeat),
            "export": timed(
                lambda: export_json(journal, work / "export.json"), min(repeat, EXPORT_REPEAT)
            ),
            "backup": timed(
                lambda: backup.make_backup(vault, work / "bench.backup"),
                min(repeat, EXPORT_REPEAT),
            ),
            # The file the export row wrote, every entry of it new here.
            "import": import_all(work / "export.json", work, min(repeat, EXPORT_REPEAT)),
        }
        # Last, because it changes the journal: many saves in a row, so FTS5 merges show up.
        rng = random.Random(saves)
        categories = [c.id for c in journal.categories()]
        results["save"] = timed(
            lambda: journal.log_win(
                "Showed up to group " + " ".join(rng.choices(VOCABULARY, k=rng.randint(3, 20))),
                category=rng.choice(categories),
            ),
            saves,
        )
    shutil.rmtree(folder)
    return results


# A fresh interpreter that opens the vault with the device key it reads from stdin.
COLD_OPEN = """
import json, sys
from pathlib import Path
from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault, backup
from iop_companion.vault.keychain import MemoryKeychain
keychain = MemoryKeychain()
keychain.secrets.update(json.load(sys.stdin))
vault = Vault.unlock_with_device(Path(sys.argv[1]), keychain)
JournalService(vault.db).last_entry_day()
"""


def cold_open(folder: Path, keychain: MemoryKeychain) -> None:
    """Start Python, import, open by device key and run the first query, as a launch would."""
    keys = json.dumps(keychain.secrets)
    subprocess.run(
        [sys.executable, "-c", COLD_OPEN, str(folder)], input=keys, text=True, check=True
    )


def run_from_byte_code(cache: Path) -> None:
    """Every process the bench starts runs as an installed app does: from byte code (pip
    compiles it on install), written into ``cache`` by its first run, even where
    PYTHONDONTWRITEBYTECODE is set (it is on some machines), which would compile every module
    from source in every process and measure that instead. A process measured first runs once
    untimed, or its median is of enough runs that one slow first run doesn't move it."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(cache)


def import_time(runs: int = PROCESS_REPEAT) -> tuple[float, float]:
    """Median seconds for a fresh interpreter to import the vault and journal, and for ``pass``."""

    def median_run(code: str) -> float:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    return median_run("import iop_companion.vault, iop_companion.core.journal"), median_run("pass")


def log_batch(work: Path, runs: int = PROCESS_REPEAT) -> tuple[Stats, float]:
    """``iop-companion log -`` of ``BATCH_LINES`` lines in a fresh process, opened with the
    passphrase (one Argon2id, calibrated as a new journal's is, about half a second), each run
    on a fresh copy of an empty journal; and the median of ``python -c pass`` in the same run."""
    made = work / "batch-journal"
    vault, _code = Vault.create(made, PASSPHRASE)  # calibrated, as ``init`` makes one
    vault.lock()
    lines = "".join(f"Small win number {n} from a script\n" for n in range(BATCH_LINES))
    env = {**os.environ, "IOP_COMPANION_PASSPHRASE": PASSPHRASE}
    env.pop("IOP_COMPANION_DATA_DIR", None)
    samples, plain = [], []
    for run in range(runs):
        data_dir = work / f"batch-{run}"
        shutil.copytree(made, data_dir / "journal")
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "iop_companion", "--data-dir", str(data_dir), "log", "-"],
            input=lines,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        samples.append(time.perf_counter() - started)
        if not done.stdout.startswith(f"Saved {BATCH_LINES:,} wins."):
            raise RuntimeError(f"log - said {done.stdout!r} {done.stderr!r}")
        shutil.rmtree(data_dir)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        plain.append(time.perf_counter() - started)
    return Stats(tuple(samples)), statistics.median(plain)


def version_process(runs: int = PROCESS_REPEAT * 3) -> tuple[Stats, float]:
    """``iop-companion --version`` in a fresh process (the cost of starting the command line
    before any command), and the median of ``python -c pass`` run beside it, one of each in
    turn."""
    samples, plain = [], []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "iop_companion", "--version"],
            capture_output=True,
            text=True,
            check=True,
        )
        samples.append(time.perf_counter() - started)
        if not done.stdout.startswith("iop-companion "):
            raise RuntimeError(f"--version said {done.stdout!r} {done.stderr!r}")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        plain.append(time.perf_counter() - started)
    return Stats(tuple(samples)), statistics.median(plain)


# -- the command line with a real keychain (issue 20) --------------------------------------------


class NoKeychain(Exception):
    """No real keychain to measure with here; the message says why and how to get one."""


GET_ONE = (
    "on Debian or Ubuntu, `sudo apt-get install gnome-keyring dbus-daemon` and run the bench "
    "again (it starts both itself, with a throwaway keyring)"
)

# A session bus that starts nothing of its own (no service files), listening in ``{folder}``.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
SECRETS_NAME = "org.freedesktop.secrets"


def _secrets_served(address: str) -> bool:
    """Whether a Secret Service has taken its name on the bus at ``address``."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    with open_dbus_connection(bus=address) as conn:
        reply = conn.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", (SECRETS_NAME,)), timeout=5
        )
    return bool(reply.body[0])


def _served(address: str) -> bool:
    try:
        return _secrets_served(address)
    except Exception:  # the bus not answering yet, or at all: the caller's timeout decides
        return False


@contextlib.contextmanager
def throwaway_keychain(work: Path) -> Iterator[dict[str, str]]:
    """The environment for a command that finds a real keychain (GNOME Keyring's Secret
    Service) on a D-Bus session bus of its own, keeping a throwaway keyring under ``work``;
    both daemons are started here and ended on the way out. Raises ``NoKeychain``."""
    if sys.platform != "linux":
        raise NoKeychain(f"the bench makes a throwaway keychain only on Linux, not {sys.platform}")
    bus_daemon, keyring_daemon = shutil.which("dbus-daemon"), shutil.which("gnome-keyring-daemon")
    if bus_daemon is None or keyring_daemon is None:
        missing = "dbus-daemon" if bus_daemon is None else "gnome-keyring-daemon"
        raise NoKeychain(f"{missing} isn't installed")
    try:
        import jeepney  # noqa: F401 (keyring's Secret Service backend talks D-Bus through it)
    except ImportError:
        raise NoKeychain("jeepney (keyring's D-Bus library) isn't installed") from None
    home = work / "keychain"
    runtime = home / "run"
    runtime.mkdir(parents=True, mode=0o700)
    config = home / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=runtime), encoding="utf-8")
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),  # where the throwaway keyring is kept
        "XDG_CONFIG_HOME": str(home / "config"),  # no keyringrc.cfg of the person's
        "XDG_RUNTIME_DIR": str(runtime),
    }
    # No backend the person chose, no KDE session (keyring would choose KWallet), no passphrase.
    for chosen in (
        "PYTHON_KEYRING_BACKEND",
        "XDG_CURRENT_DESKTOP",
        "IOP_COMPANION_PASSPHRASE",
        "IOP_COMPANION_DATA_DIR",
    ):
        env.pop(chosen, None)
    with contextlib.ExitStack() as stack:
        bus = subprocess.Popen(
            [bus_daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # a warning about its file limit where it can't raise it
            text=True,
            env=env,
        )
        stack.callback(_end, bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        if not address:
            raise NoKeychain("dbus-daemon didn't start a session bus")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring = subprocess.Popen(
            [keyring_daemon, "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        stack.callback(_end, keyring)
        assert keyring.stdin is not None
        keyring.stdin.write(KEYRING_PASSWORD)  # the new keyring's password, read to the end
        keyring.stdin.close()
        waited = time.monotonic()
        while not _served(address):
            if keyring.poll() is not None or time.monotonic() - waited > 10:
                raise NoKeychain("gnome-keyring-daemon didn't start its Secret Service")
            time.sleep(0.05)
        yield env


def _end(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def keychain_commands(
    source: Path, work: Path, env: dict[str, str], runs: int = KEYCHAIN_REPEAT
) -> tuple[dict[str, Stats], float]:
    """``log``, ``search`` and ``export --format json`` in fresh processes, the journal in
    ``source`` (a copy of it) opened by the key this computer remembers in the keychain that
    ``env`` finds; one untimed round first, then ``runs`` rounds of one of each in turn with
    ``python -c pass``. No passphrase is there to fall back on: a command that didn't open by
    the keychain stops the bench. Python runs from byte code, as installed."""
    data_dir = work / "keychain-data"
    shutil.copytree(source, data_dir / "journal")
    cli = [sys.executable, "-m", "iop_companion", "--data-dir", str(data_dir)]
    remembered = subprocess.run(
        [*cli, "remember-device"],
        env={**env, "IOP_COMPANION_PASSPHRASE": PASSPHRASE},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    if remembered.returncode != 0:
        raise NoKeychain(f"remember-device said {remembered.stdout + remembered.stderr!r}")
    target = work / "keychain-export.json"
    commands = {
        "log": ([*cli, "log", "Showed up to group, from the bench"], "Saved. That counts."),
        "search": ([*cli, "search", COMMON_WORD], ""),
        "export": ([*cli, "export", "--format", "json", "--out", str(target)], "Exported "),
    }
    samples: dict[str, list[float]] = {name: [] for name in commands}
    plain = []
    for run in range(runs + 1):
        for name, (command, said) in commands.items():
            started = time.perf_counter()
            done = subprocess.run(
                command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True
            )
            seconds = time.perf_counter() - started
            if done.returncode != 0 or done.stderr or not done.stdout.startswith(said):
                raise RuntimeError(f"{name} said {done.stdout[:200]!r} {done.stderr!r}")
            if run:
                samples[name].append(seconds)
            target.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        if run:
            plain.append(time.perf_counter() - started)
    return {name: Stats(tuple(taken)) for name, taken in samples.items()}, statistics.median(plain)


def keychain_rows(results: dict[str, Stats]) -> list[tuple[str, str, str]]:
    return [
        (
            '`log "..."`: one win, opened by this computer\'s keychain',
            "< 200 ms",
            cell(results["log"], "p95"),
        ),
        (
            f"`search {COMMON_WORD}`: the top 20 (journal and notebook), opened the same way",
            "< 200 ms",
            cell(results["search"], "p95"),
        ),
        (
            f"`export --format json --out FILE` of {KEYCHAIN_SIZE:,} entries, opened the same way",
            "< 450 ms",
            cell(results["export"], "p95"),
        ),
    ]


# -- keeping in step through a folder (issue 19) -------------------------------------------------


@dataclass(frozen=True)
class SyncResults:
    size: int
    start: float  # seconds to write everything into an empty folder
    files: int  # what the folder holds then
    folder_bytes: int
    quiet: Stats  # a pass with nothing new
    quiet_after_unlock: Stats  # ... the first one of a new FolderSync, as after unlocking
    send: Stats  # a pass that sends 1,000 changes
    take_in: Stats  # a pass that takes in 1,000 changes from the other computer
    join: float  # a new computer builds the journal from the folder
    join_progress: int  # how often the join's progress callback was called
    stop: float  # a join stopped half-way: from Stop to nothing left of the new journal


def make_changes(journal: JournalService, vault: Vault, rng: random.Random) -> None:
    """``SYNC_WINS`` wins logged, ``SYNC_EDITS`` other entries edited and ``SYNC_DELETES``
    deleted: one change each, for the next pass to send."""
    categories = [c.id for c in journal.categories()]
    ids = [row[0] for row in vault.db.execute("SELECT id FROM entries WHERE kind = 'win'")]
    chosen = rng.sample(ids, SYNC_EDITS + SYNC_DELETES)
    for _ in range(SYNC_WINS):
        tags = [rng.choice(TAGS)] if rng.random() < 0.25 else []
        text = " ".join(rng.choices(VOCABULARY, k=rng.randint(3, 20)))
        journal.log_win(f"Showed up {text}", category=rng.choice(categories), tags=tags)
    for entry_id in chosen[:SYNC_EDITS]:
        journal.edit(entry_id, text=f"Went back to it: {rng.choice(VOCABULARY)}")
    for entry_id in chosen[SYNC_EDITS:]:
        journal.delete(entry_id)


def timed_pass(sync: FolderSync, sent: int = 0, received: int = 0) -> float:
    """Seconds for one pass, checked to have sent and taken in what it should."""
    started = time.perf_counter()
    result = sync.sync_pass()
    seconds = time.perf_counter() - started
    if (result.sent, result.received) != (sent, received):
        raise RuntimeError(f"a pass sent {result.sent} and took in {result.received} changes")
    return seconds


def stopped_join(shared: Path, folder: Path) -> float:
    """Seconds from Stop, pressed half-way through a join, to the join gone with nothing left."""
    pressed: list[float] = []

    def progress(read: int, total: int) -> None:
        if not pressed and read >= total // 2:
            pressed.append(time.perf_counter())

    try:
        OpenJournal.join_from_folder(
            shared,
            folder,
            PASSPHRASE,
            MemoryKeychain(),
            progress=progress,
            stopped=lambda: bool(pressed),
        )
    except SyncStopped:
        seconds = time.perf_counter() - pressed[0]
    else:
        raise RuntimeError("a join that was stopped went on to the end")
    if OpenJournal.exists(folder):
        raise RuntimeError("a join that was stopped left a journal behind")
    return seconds


def measure_sync(source: Path, repeat: int, work: Path) -> SyncResults:
    """Keeping the journal in ``source`` in step through an empty folder (the setup, timed
    too), and a second computer that joins from the folder: its passes take in the first
    computer's changes."""
    shared = work / "in-step"
    shared.mkdir()
    shutil.copytree(source, work / "first")
    with Vault.unlock(work / "first", PASSPHRASE) as vault:
        size = JournalService(vault.db).count()
        first = FolderSync(vault)
        started = time.perf_counter()
        first.start(shared)
        start = time.perf_counter() - started
        sizes = [path.stat().st_size for path in shared.iterdir()]

        stop = stopped_join(shared, work / "stopped")
        calls: list[tuple[int, int]] = []
        started = time.perf_counter()
        second, _ = OpenJournal.join_from_folder(
            shared,
            work / "second",
            PASSPHRASE,
            MemoryKeychain(),
            progress=lambda read, total: calls.append((read, total)),
        )
        join = time.perf_counter() - started
        if not calls or calls[-1][0] != calls[-1][1]:
            raise RuntimeError(f"the join's progress was not called to the end: {calls[-1:]}")

        with second:
            first.sync_pass()  # hears of the second computer
            quiet = timed(first.sync_pass, repeat)
            after_unlock = []
            for _ in range(repeat):  # each one's connection is closed with the vault
                after_unlock.append(timed_pass(FolderSync(vault)))
            journal = JournalService(vault.db)
            rng = random.Random(len(sizes))
            sends, takes = [], []
            changes = SYNC_WINS + SYNC_EDITS + SYNC_DELETES
            for _ in range(SYNC_REPEAT):
                make_changes(journal, vault, rng)
                sends.append(timed_pass(first, sent=changes))
                takes.append(timed_pass(second.folder_sync, received=changes))
            if second.journal.count() != journal.count():
                raise RuntimeError("the two computers' journals hold different entries")
    return SyncResults(
        size=size,
        start=start,
        files=len(sizes),
        folder_bytes=sum(sizes),
        quiet=quiet,
        quiet_after_unlock=Stats(tuple(after_unlock)),
        send=Stats(tuple(sends)),
        take_in=Stats(tuple(takes)),
        join=join,
        join_progress=len(calls),
        stop=stop,
    )


# -- reporting ---------------------------------------------------------------------------------


def ms(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    digits = 2 if seconds < 0.001 else 1 if seconds < 0.1 else 0
    return f"{seconds * 1000:.{digits}f} ms"


def cell(stats: Stats, spread: str) -> str:
    if spread == "max":
        return f"{ms(stats.median)} (p95 {ms(stats.p95)}, max {ms(stats.max)})"
    return f"{ms(stats.median)} (p95 {ms(stats.p95)})"


def machine() -> str:
    import sqlcipher3

    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    return (
        f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, "
        f"SQLCipher {cipher} (SQLite {sqlite}), {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}"
    )


def sync_rows(sync: SyncResults) -> list[tuple[str, str, str]]:
    changes = f"{SYNC_WINS} wins logged, {SYNC_EDITS} entries edited, {SYNC_DELETES} deleted"
    return [
        (
            f"start keeping in step: all {sync.size:,} entries written into an empty folder "
            "(`FolderSync.start`, the setup)",
            "",
            f"{ms(sync.start)} ({sync.files} files, {sync.folder_bytes / 2**20:.1f} MiB)",
        ),
        ("a pass with nothing new (`sync_pass`)", "< 20 ms", cell(sync.quiet, "p95")),
        (
            "... the first pass after unlocking (a new `FolderSync`: the folder read again)",
            "< 20 ms",
            cell(sync.quiet_after_unlock, "p95"),
        ),
        (f"a pass that sends 1,000 changes ({changes})", "< 1 s", cell(sync.send, "p95")),
        (
            "a pass that takes in those 1,000 changes from another computer",
            "< 1 s",
            cell(sync.take_in, "p95"),
        ),
        (
            f"join: a new computer builds the {sync.size:,}-entry journal from the folder "
            f"(`join_from_folder`, the passphrase included; progress called "
            f"{sync.join_progress} times)",
            "< 30 s",
            ms(sync.join),
        ),
        (
            "... a join stopped half-way: from Stop to nothing left of the new journal",
            "",
            ms(sync.stop),
        ),
    ]


def markdown(
    results: dict[int, dict[str, Stats]],
    repeat: int,
    saves: int,
    imports: tuple[float, float] | None,
    desktop: list[tuple[str, str, str]],
    desktop_size: int,
    sync: SyncResults | None = None,
    batch: tuple[Stats, float] | None = None,
    startup: tuple[Stats, float] | None = None,
    keychain: tuple[dict[str, Stats], float] | str | None = None,
) -> str:
    lines = [f"Machine: {machine()}"]
    if results:
        sizes = sorted(results)
        head = ["measurement", "budget", *(f"{size:,} entries" for size in sizes)]
        lines += [
            "",
            f"Median (p95) of {repeat} runs each ({min(repeat, EXPORT_REPEAT)} for the export, "
            f"{PROCESS_REPEAT} for fresh processes); "
            f"saving a win: {saves} saves in a row, so the rare slow one (FTS5 merge, WAL "
            "checkpoint) shows in p95 and max.",
            "",
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
        ]
        for row in ROWS:
            cells = [cell(results[size][row.key], row.spread) for size in sizes]
            lines.append("| " + " | ".join([row.name, row.budget, *cells]) + " |")
    if imports:
        lines += [
            "",
            f"Process: `import iop_companion.vault, iop_companion.core.journal` "
            f"{ms(imports[0])} (`python -c pass` {ms(imports[1])}), median of "
            f"{PROCESS_REPEAT} fresh interpreters.",
        ]
    if desktop:
        lines += [
            "",
            f"Desktop app, offscreen, journal of {desktop_size:,} entries:",
            "",
            *table(desktop),
        ]
    if sync:
        lines += [
            "",
            f"Keeping in step through a folder, journal of {sync.size:,} entries, with a second "
            f"computer that joined from the folder; median (p95) of {repeat} passes with "
            f"nothing new and of {SYNC_REPEAT} with 1,000 changes, one join:",
            "",
            *table(sync_rows(sync)),
        ]
    if startup:
        stats, plain = startup
        lines += [
            "",
            f"Command line start-up, median (p95) of {len(stats.samples)} fresh processes "
            f"(`python -c pass` {ms(plain)} in the same run, one of each in turn):",
            "",
            *table([("`--version`, fresh process", "< 80 ms", cell(stats, "p95"))]),
        ]
    if batch:
        stats, plain = batch
        lines += [
            "",
            f"Command line, fresh processes, median (p95) of {len(stats.samples)} runs "
            f"(`python -c pass` {ms(plain)} in the same run):",
            "",
            *table(
                [
                    (
                        f"`log -` of {BATCH_LINES:,} lines, opened with the passphrase (one "
                        "Argon2id, calibrated), all in one transaction",
                        "< 1.5 s",
                        cell(stats, "p95"),
                    )
                ]
            ),
        ]
    if isinstance(keychain, str):
        lines += ["", f"The keychain rows are left out: {keychain}; {GET_ONE}."]
    elif keychain:
        commands, plain = keychain
        runs = len(commands["log"].samples)
        lines += [
            "",
            f"Command line with a real keychain (GNOME Keyring's Secret Service, a throwaway "
            f"keyring), journal of {KEYCHAIN_SIZE:,} entries, each command a fresh process; "
            f"median (p95) of {runs} rounds of one of each in turn, after one untimed round that "
            "wrote the byte code "
            f"(`python -c pass` {ms(plain)} in the same run):",
            "",
            *table(keychain_rows(commands)),
        ]
    return "\n".join(lines) + "\n"


def table(rows: list[tuple[str, str, str]]) -> list[str]:
    return [
        "| measurement | budget | result |",
        "|---|---|---|",
        *(f"| {name} | {budget} | {result} |" for name, budget, result in rows),
    ]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--repeat", type=int, default=15, help="runs per measurement")
    parser.add_argument("--saves", type=int, default=300, help="wins saved in a row per size")
    parser.add_argument("--rebuild", action="store_true", help="build the cached vaults again")
    parser.add_argument("--markdown-only", action="store_true", help="print only the table")
    parser.add_argument("--no-desktop", action="store_true", help="skip the Qt measurements")
    parser.add_argument(
        "--only",
        choices=PARTS,
        help="measure one part: the journal's rows per size, the desktop app, keeping in "
        "step through a folder (on the largest size), the command line's log - of "
        f"{BATCH_LINES:,} lines, its start-up (--version), or its log, search and export "
        "opened by a real keychain (GNOME Keyring, started by the bench: see the top of "
        "bench/bench.py)",
    )
    args = parser.parse_args(argv)
    # A new journal's categories and phrases are written in the language in use (m001, m003):
    # here the source's English, as the command line says it; the desktop part sets its own.
    i18n.use(i18n.SourceWords())
    byte_code = tempfile.TemporaryDirectory(prefix="iop-bench-pycache-")
    run_from_byte_code(Path(byte_code.name))
    sizes = [int(size) for size in args.sizes.split(",")]
    parts = {args.only} if args.only else set(PARTS) - ({"desktop"} if args.no_desktop else set())

    def say(message: str) -> None:
        if not args.markdown_only:
            print(message, file=sys.stderr, flush=True)

    results: dict[int, dict[str, Stats]] = {}
    imports = None
    if "journal" in parts:
        with tempfile.TemporaryDirectory(prefix="iop-bench-") as work:
            for size in sizes:
                source = cached_vault(size, args.rebuild, say)
                say(f"measuring {size:,} entries")
                results[size] = measure_size(source, args.repeat, args.saves, Path(work))
        imports = import_time()
    sync = None
    if "sync" in parts:
        source = cached_vault(max(sizes), args.rebuild and "journal" not in parts, say)
        say(f"measuring keeping {max(sizes):,} entries in step through a folder")
        with tempfile.TemporaryDirectory(prefix="iop-bench-") as work:
            sync = measure_sync(source, args.repeat, Path(work))
    batch = None
    if "batch" in parts:
        say(f"measuring log - of {BATCH_LINES:,} lines in fresh processes")
        with tempfile.TemporaryDirectory(prefix="iop-bench-") as work:
            batch = log_batch(Path(work))
    startup = None
    if "startup" in parts:
        say("measuring --version in fresh processes")
        startup = version_process()
    keychain: tuple[dict[str, Stats], float] | str | None = None
    if "keychain" in parts:
        rebuild = args.rebuild and ("journal" not in parts or KEYCHAIN_SIZE not in sizes)
        source = cached_vault(KEYCHAIN_SIZE, rebuild, say)
        say(f"measuring log, search and export of {KEYCHAIN_SIZE:,} entries with a keychain")
        with tempfile.TemporaryDirectory(prefix="iop-bench-") as work:
            try:
                with throwaway_keychain(Path(work)) as env:
                    keychain = keychain_commands(source, Path(work), env)
            except NoKeychain as missing:
                keychain = str(missing)
    desktop: list[tuple[str, str, str]] = []
    if "desktop" in parts:
        say("measuring the desktop app")
        from bench import ui_bench  # Qt is imported only here

        desktop = ui_bench.measure(cached_vault(max(sizes), False, say), PASSPHRASE)
        say("measuring the progress view")
        five_years = cached_vault(PROGRESS_SIZE, False, say)
        with tempfile.TemporaryDirectory(prefix="iop-bench-") as work:
            folder = Path(work) / "journal"
            shutil.copytree(five_years, folder)
            numbers, redraw, first = ui_bench.progress_view_timings(folder, PASSPHRASE, 9)
            pdf = ui_bench.summary_pdf_seconds(folder, PASSPHRASE, 5)
            full_pdf = ui_bench.summary_pdf_seconds(folder, PASSPHRASE, 3, detail="full")
            preview_first, preview = ui_bench.summary_preview_seconds(folder, PASSPHRASE, 5)
            _, preview_month = ui_bench.summary_preview_seconds(folder, PASSPHRASE, 5, days=28)
        with tempfile.TemporaryDirectory(prefix="iop-bench-") as work:
            folder = Path(work) / "journal"
            shutil.copytree(cached_vault(max(sizes), False, say), folder)
            export_seconds, export_mib = ui_bench.json_export(folder, PASSPHRASE)
        desktop += [
            (
                f"progress view ({PROGRESS_SIZE:,} entries): the numbers",
                "< 25 ms",
                ms(numbers / 1000),
            ),
            ("... redraw after a range change", "< 250 ms", ms(redraw / 1000)),
            ("... first opening, matplotlib import included", "< 1.5 s", ms(first / 1000)),
            (
                "therapist summary PDF, one year (3,650 entries, every section, week by week)",
                "< 0.5 s, and not slower than before (804 ms)",
                ms(pdf),
            ),
            ("... with every entry (the full log, about 200 pages)", "< 2 s", ms(full_pdf)),
            (
                "... the preview's page 1 on screen after Preview: again / the first time",
                "< 300 ms",
                f"{ms(preview)} / {ms(preview_first)}",
            ),
            ("... the same for the dialog's 4 weeks (280 entries)", "< 300 ms", ms(preview_month)),
            (
                f"JSON export of {max(sizes):,} entries, fresh process: time / memory growth",
                "< 3 s / < 200 MB",
                f"{ms(export_seconds)} / {export_mib:.0f} MiB",
            ),
        ]
    text = markdown(
        results,
        args.repeat,
        args.saves,
        imports,
        desktop,
        max(sizes),
        sync,
        batch,
        startup,
        keychain,
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.md").write_text(text, encoding="utf-8")
    print(text, end="")


if __name__ == "__main__":
    main()
