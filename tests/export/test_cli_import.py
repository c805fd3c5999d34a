"""``iop-companion import FILE`` from a terminal: what a person sees, and the exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from iop_companion import cli
from iop_companion.core.journal import JournalService
from iop_companion.paths import DATA_DIR_ENV
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import PASSPHRASE
from tests.export.helpers import SHAREABLE, export_text


def run(folder: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.run(["--data-dir", str(folder.parent), *argv], keychain=MemoryKeychain())
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def exported(source: JournalService, tmp_path: Path) -> Path:
    path = tmp_path / "export.json"
    path.write_text(export_text(source), encoding="utf-8")
    return path


@pytest.fixture
def folder(
    tmp_path: Path, _template_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """An empty journal the terminal opens, passphrase in the environment."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    target = tmp_path / "cli" / "journal"
    shutil.copytree(_template_vault[0], target)
    return target


def test_import_says_how_many_came_in_and_never_adds_twice(
    exported: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(folder, capsys, "import", str(exported)) == (
        0,
        f"Imported {SHAREABLE} entries.\n",
        "",
    )
    assert run(folder, capsys, "import", str(exported)) == (
        0,
        f"Nothing new to add: all {SHAREABLE} entries were already in the journal.\n",
        "",
    )
    code, out, _ = run(folder, capsys, "list", "-n", "100")
    assert code == 0 and len(out.splitlines()) == SHAREABLE
    assert "Showed up to group after a slip" in out


def test_one_new_entry_and_one_already_there(
    folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document: dict[str, Any] = {
        "format": "iop-companion-export",
        "version": 1,
        "entries": [{"uid": "u1", "kind": "win", "day": "2026-01-02", "text": "Came back"}],
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run(folder, capsys, "import", str(path))[1] == "Imported 1 entry.\n"
    document["entries"].append(
        {"uid": "u2", "kind": "hard_moment", "day": "2026-01-03", "moment_word": "slip"}
    )
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run(folder, capsys, "import", str(path))[1] == (
        "Imported 1 entry. 1 was already in the journal.\n"
    )


def test_a_bad_file_exits_2_with_one_sentence_and_nothing_imported(
    exported: Path, folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["entries"][3].pop("day")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert run(folder, capsys, "import", str(bad)) == (
        2,
        "",
        "Entry 4 has no day. Nothing was imported.\n",
    )
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**document, "version": 9}), encoding="utf-8")
    code, _, err = run(folder, capsys, "import", str(newer))
    assert code == 2 and "made by a newer version of the app" in err
    assert run(folder, capsys, "import", str(tmp_path / "missing.json")) == (
        2,
        "",
        "That file couldn't be read. Check its name and folder, and try again.\n",
    )
    assert run(folder, capsys, "list")[1].startswith("Nothing here yet.")


def test_import_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.run(["import", "--help"])
    assert "FILE" in capsys.readouterr().out
