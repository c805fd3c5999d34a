"""Experiment: which FTS5 merge settings tame the occasional slow save at 100k entries?

Each trial copies the cached vault that ``bench.py`` built, applies FTS5 settings, saves wins one
at a time through ``JournalService.log_win`` (commit included, synchronous=FULL) and then times
searches. Run ``bench/bench.py`` once first so the cached vault exists.

    .venv/bin/python bench/fts_merge.py --saves 2000 --size 100000
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import sqlcipher3
import sqlite_utils

import bench
from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault


def pseudo_words(count: int) -> tuple[str, ...]:
    """``count`` different made-up words, for text with a journal-sized vocabulary."""
    rng = random.Random(7)
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
    found: dict[str, None] = {}
    while len(found) < count:
        found["".join(rng.choices(syllables, k=rng.randint(1, 4)))] = None
    return tuple(found)


# A larger vocabulary and longer entries than bench.py's: many more distinct terms, bigger merges.
RICH = bench.Texts("rich", bench.VOCABULARY + pseudo_words(20_000), min_words=5, max_words=60)


@dataclass(frozen=True)
class Trial:
    name: str
    settings: tuple[tuple[str, int], ...] = ()  # ('automerge', 8) ... stored in entries_fts_config
    idle_merge: int = 0  # pages for INSERT INTO entries_fts(entries_fts, rank) VALUES('merge', N)
    sql: tuple[str, ...] = field(default=())  # anything else to run first (experiments only)
    idle_checkpoint: bool = False  # PRAGMA wal_checkpoint(PASSIVE) after the idle merge


TRIALS = {
    t.name: t
    for t in (
        Trial("default (automerge 4, crisismerge 16)"),
        Trial("no FTS triggers (floor, not an option)", sql=("DROP TRIGGER entries_ai",)),
        Trial("automerge 2", (("automerge", 2),)),
        Trial("automerge 8", (("automerge", 8),)),
        Trial("automerge 16", (("automerge", 16),)),
        Trial("crisismerge 8", (("crisismerge", 8),)),
        Trial("crisismerge 64", (("crisismerge", 64),)),
        Trial("automerge 8, crisismerge 64", (("automerge", 8), ("crisismerge", 64))),
        Trial("automerge 0 (crisis merges only)", (("automerge", 0),)),
        Trial("automerge 0, crisismerge 64", (("automerge", 0), ("crisismerge", 64))),
        Trial("automerge 0 + idle merge 64", (("automerge", 0),), idle_merge=64),
        Trial(
            "automerge 0, usermerge 2 + idle merge 64",
            (("automerge", 0), ("usermerge", 2)),
            idle_merge=64,
        ),
        Trial("default + idle merge 64", idle_merge=64),
        Trial("automerge 0 + idle merge -64", (("automerge", 0),), idle_merge=-64),
        Trial("wal_autocheckpoint off (isolates merges)", sql=("PRAGMA wal_autocheckpoint = 0",)),
        Trial("default + idle merge 64 + idle checkpoint", idle_merge=64, idle_checkpoint=True),
        Trial("cache_size 8 MiB (SQLite's default)", sql=("PRAGMA cache_size = -8000",)),
    )
}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def p(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[max(int(q * len(ordered) + 0.5) - 1, 0)]


def segments(db: sqlite_utils.Database) -> int:
    """Segments in the FTS5 index: the structure record's second varint (after the cookie)."""
    block: bytes = db.execute("SELECT block FROM entries_fts_data WHERE id = 10").fetchone()[0]
    at = 8 if block[4:8] == b"\xff\x00\x00\x01" else 4
    values: list[int] = []
    while len(values) < 2:
        value = 0
        while True:
            byte = block[at]
            at += 1
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values[1]


def median_time(action: Callable[[], object], repeat: int = 15) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


@dataclass
class Samples:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # rows the statement(s) wrote: a noise-free cost

    def time(self, db: sqlite_utils.Database, action: Callable[[], object]) -> None:
        changes, cpu, wall = db.conn.total_changes, time.process_time(), time.perf_counter()
        action()
        self.wall.append(time.perf_counter() - wall)
        self.cpu.append(time.process_time() - cpu)
        self.rows.append(db.conn.total_changes - changes)


def run_trial(
    source: Path, trial: Trial, texts: bench.Texts, saves: int, synchronous: str, work: Path
) -> str:
    folder = work / "trial"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, folder)
    failed = ""
    with Vault.unlock(folder, bench.PASSPHRASE) as vault:
        db = vault.db
        db.execute(f"PRAGMA synchronous = {synchronous}")
        with db.conn:
            for setting in trial.settings:
                db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES (?, ?)", setting)
        for statement in trial.sql:
            db.execute(statement)
        journal = JournalService(db)
        rng = random.Random(1)
        make_text = texts.writer()
        save, merge = Samples(), Samples()

        def idle_merge() -> None:
            with db.conn:
                db.execute(
                    "INSERT INTO entries_fts(entries_fts, rank) VALUES ('merge', ?)",
                    [trial.idle_merge],
                )
            if trial.idle_checkpoint:
                db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

        for index in range(saves):
            text = make_text(rng, index + 1)
            save.time(db, partial(journal.log_win, text, category=rng.randint(1, 6)))
            if trial.idle_merge:
                try:
                    merge.time(db, idle_merge)
                except sqlcipher3.DatabaseError as exc:
                    failed = f"'merge' failed after {index + 1} saves: {exc}"
                    break
        common = median_time(lambda: journal.search(bench.COMMON_WORD, limit=20))
        rare = median_time(lambda: journal.search(bench.RARE_WORD, limit=20))
        segs = segments(db)
    over = sum(t > 0.010 for t in save.wall)
    merges = ""
    if merge.wall:
        merges = f"{ms(p(merge.wall, 0.99))}/{ms(max(merge.wall))}, {max(merge.rows)} rows"
    return (
        f"| {trial.name} | {ms(statistics.median(save.wall))} | {ms(p(save.wall, 0.95))} "
        f"| {ms(max(save.wall))} | {over} | {ms(p(save.cpu, 0.99))} / {ms(max(save.cpu))} "
        f"| {p(save.rows, 0.5)} / {p(save.rows, 0.99)} / {max(save.rows)} | {merges} "
        f"| {ms(rare)} | {ms(common)} | {segs} | {failed}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=2000)
    parser.add_argument("--texts", choices=("plain", "rich"), default="plain")
    parser.add_argument("--synchronous", default="FULL", help="OFF for long runs of rows counts")
    parser.add_argument("--trials", help="comma-separated trial numbers (1-based); default all")
    args = parser.parse_args(argv)
    names = list(TRIALS)
    if args.trials:
        names = [names[int(n) - 1] for n in args.trials.split(",")]
    texts = RICH if args.texts == "rich" else bench.PLAIN
    source = bench.cached_vault(args.size, False, lambda m: print(m, file=sys.stderr), texts)
    print(
        f"{args.size:,} entries ({texts.name} text), {args.saves} saves per trial, "
        f"synchronous={args.synchronous}; times in ms\n"
    )
    print(
        "| setting | save median | p95 | max | saves > 10 ms | CPU p99 / max "
        "| rows written median / p99 / max | idle merge p99/max | search rare | search common "
        "| segments after | |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="iop-fts-") as work:
        for name in names:
            row = run_trial(source, TRIALS[name], texts, args.saves, args.synchronous, Path(work))
            print(row, flush=True)


if __name__ == "__main__":
    main()
