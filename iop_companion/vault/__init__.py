"""The encrypted vault: SQLCipher database, key slots, device keychain, migrations. Qt-free."""

from iop_companion.vault.vault import RecoveryCode, Vault

__all__ = ["RecoveryCode", "Vault"]
