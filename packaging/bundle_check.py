"""Check a built bundle: ``--version`` and ``--self-check`` inside it, its size and start-up time.

    python packaging/bundle_check.py dist/bundle/iop-companion      (make bundle-check)

Runs the frozen program from a temporary folder with a bare environment (no PYTHONPATH, no
virtual environment), so nothing from this checkout can stand in for what the bundle lacks.
Prints a short report and writes it to ``<bundle>/../bundle-check.txt``; exits 1 on a failure.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
# Files the app opens only when it needs them, so --version can't miss them and the self-check
# only might: each pattern (under the bundle, at any depth) and what is lost without it.
PARTS = {
    "iop_companion/export/summary.typ": "the summary PDF's Typst template",
    "iop_companion/export/wallet_card.typ": "the wallet card's Typst template",
    "typst/_typst.*": "Typst itself (typst's native module), which writes the summary PDF",
    "iop_companion/resources/translations/iop_companion_es.qm": "the app's Spanish words",
    "iop_companion/resources/translations/iop_companion_en.qm": "the app's English plurals",
    "PySide6/Qt/translations/qtbase_es.qm": "Qt's own Spanish words for its standard dialogs",
}


def program(bundle: Path) -> Path:
    for name in ("iop-companion-cli.exe", "iop-companion.exe", "iop-companion"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"No iop-companion program in {bundle}. Run make bundle first.")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def missing_parts(bundle: Path) -> list[str]:
    """What the bundle lacks of PARTS, in words: empty when every part is there."""
    return [
        f"{what} ({pattern})"
        for pattern, what in PARTS.items()
        if not any(p.is_file() for p in bundle.glob(f"**/{pattern}"))
    ]


def bare_environment(home: Path) -> dict[str, str]:
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "SYSTEMROOT", "TEMP", "TMP")
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"))
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    (home / "tmp").mkdir()
    env.update(TMPDIR=str(home / "tmp"), TEMP=str(home / "tmp"), TMP=str(home / "tmp"))
    return env


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - start
    if done.returncode != 0:
        print(done.stdout + done.stderr, file=sys.stderr)
        raise SystemExit(f"{' '.join(command[1:])} failed inside the bundle ({done.returncode}).")
    return took, done.stdout.strip()


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/bundle/iop-companion").resolve()
    exe = program(bundle)
    missing = missing_parts(bundle)
    if missing:
        lacks = "; ".join(missing)
        raise SystemExit(f"The bundle lacks {lacks}. Check packaging/iop-companion.spec.")
    with tempfile.TemporaryDirectory(prefix="companion-bundle-check-") as scratch:
        home = Path(scratch)
        env = bare_environment(home)
        version_times, check_times = [], []
        for _ in range(RUNS):
            took, version = timed([str(exe), "--version"], env, home)
            version_times.append(took)
            took, output = timed([str(exe), "--self-check"], env, home)
            check_times.append(took)
        leftovers = [p.name for p in (home / "tmp").iterdir()]  # the self-check's scratch
        written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    if not output.endswith("All checks passed."):
        raise SystemExit("The self-check did not end with 'All checks passed.'")
    report = [
        f"Bundle: {bundle} ({platform.system()} {platform.machine()})",
        f"Version: {version}",
        output,
        f"Size: {folder_size(bundle) / 2**20:.0f} MiB",
        f"Start to --version printed: {statistics.median(version_times):.2f} s",
        f"Start to self-check done: {statistics.median(check_times):.2f} s",
        f"(medians of {RUNS} runs)",
    ]
    if leftovers:
        raise SystemExit(f"The self-check left files in the temporary folder: {leftovers}")
    report.append(f"Files written to the (empty) home folder: {', '.join(written) or 'none'}")
    text = "\n".join(report)
    print(text)
    (bundle.parent / "bundle-check.txt").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
