"""Where the journal lives on disk.

The default is the platform's local (non-roaming) app-data folder, under a neutral name so that a
folder listing doesn't say what the app is for. ``--data-dir`` or ``IOP_COMPANION_DATA_DIR``
override it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "companion-journal"
DATA_DIR_ENV = "IOP_COMPANION_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            return cls(Path(chosen).expanduser().absolute())
        return cls(user_data_path(APP_DIR_NAME, appauthor=False, roaming=False))

    @property
    def vault_dir(self) -> Path:
        return self.data_dir / "journal"
