"""The vault never imports Qt, and loads the keychain library only when it is used."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import iop_companion.vault
import iop_companion.vault.vault, iop_companion.vault.keychain, iop_companion.vault.database
import iop_companion.vault.schema, iop_companion.vault.slots, iop_companion.vault.keys
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "keyring"})
print(",".join(loaded))
"""


def test_vault_imports_no_qt_and_no_keyring() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
