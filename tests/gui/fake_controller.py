"""A stand-in for VaultController: the same signals and methods; it records every call and
the test emits the results.  (End-to-end tests use the real one from conftest's ``controller``.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class FakeVaultController(QObject):
    busy_changed = Signal(bool)
    created = Signal(object)
    unlocked = Signal()
    unlock_failed = Signal(str)
    recovery_failed = Signal(str)
    passphrase_changed = Signal(object)
    passphrase_change_failed = Signal(str)
    locked = Signal()
    vault_damaged = Signal(str, object)
    daily_backup_failed = Signal(str)
    backups_listed = Signal(list)
    backup_restored = Signal()
    operation_failed = Signal(str)

    def __init__(self, status: object = None) -> None:
        super().__init__()
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._status = status
        self._unlocked = False

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def calls_named(self, name: str) -> list[tuple[Any, ...]]:
        return [args for called, args in self.calls if called == name]

    def status(self) -> object:
        return self._status

    def is_unlocked(self) -> bool:
        return self._unlocked

    def create(self, passphrase: str) -> None:
        self._record("create", passphrase)

    def unlock(self, passphrase: str) -> None:
        self._record("unlock", passphrase)

    def unlock_with_recovery(self, recovery_text: str, new_passphrase: str) -> None:
        self._record("unlock_with_recovery", recovery_text, new_passphrase)

    def change_passphrase(self, current: str, new: str) -> None:
        self._record("change_passphrase", current, new)

    def lock(self) -> None:
        self._record("lock")

    def list_backups(self) -> None:
        self._record("list_backups")

    def delete_backups(self, backups: list[Any]) -> None:
        self._record("delete_backups", backups)

    def back_up_now(self) -> None:
        self._record("back_up_now")

    def restore_backup(self, info: object) -> None:
        self._record("restore_backup", info)

    def run_in_database(self, fn: object, on_success: object, on_failure: object) -> None:
        self._record("run_in_database", fn)
