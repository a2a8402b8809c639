"""The GUI's handle on the vault: every method returns at once, results come by signal.

Key derivation runs on the :class:`BackgroundRunner`; everything that touches the
database (create, open, change passphrase, back up, restore, close) runs on the
:class:`DatabaseWorker`, the one thread that owns the connection.

Two kinds of error: a :class:`StorageError` is a known problem from the world and becomes
a calm sentence on a ``*_failed`` signal; anything else is a bug and goes to
``report_bug`` (the crash dialog in the app).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance

from companion.storage.errors import StorageError, VaultDamagedError, WrongPassphraseError
from companion.ui import diagnostic_log
from companion.ui.background import BackgroundRunner, DatabaseWorker, VaultHolder, VaultLockedError
from companion.ui.core_text import core_text
from companion.ui.diagnostic_log import DiagnosticEvent
from companion.ui.jobs import BugReporter, FailurePath, JobDispatcher, report_to_excepthook

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.paths import DataPaths
    from companion.storage.backups import BackupInfo
    from companion.storage.data_key import DataKey
    from companion.storage.kdf import Argon2Params, KdfChooser
    from companion.storage.vault import OpenVault, VaultStatus

T = TypeVar("T")


class PassphraseRefusedError(StorageError):
    """A new passphrase that the passphrase policy refuses (the form should have stopped it)."""


_WRONG_CURRENT_PASSPHRASE = "The current passphrase is not right. Check it and try again."  # noqa: S105


@dataclass(frozen=True)
class _Damaged:
    """The open found the vault damaged (already moved aside); the newest good backup, if any."""

    message: str
    backup: BackupInfo | None


@dataclass(frozen=True)
class _Opened:
    """The vault is open; ``backup_warning`` is why today's backup or rotation failed, if it did."""

    backup_warning: str | None


def _require_acceptable(passphrase: str) -> None:
    """Refuse a new passphrase the policy refuses, whatever the screen allowed."""
    from companion.domain.passphrase_policy import evaluate_passphrase

    verdict = evaluate_passphrase(passphrase)
    if not verdict.acceptable:
        reason = verdict.reasons[0] if verdict.reasons else "It is too easy to guess."
        raise PassphraseRefusedError(f"That new passphrase cannot be used: {reason}")


def _newest_valid_backup(paths: DataPaths, key: DataKey, clock: Clock) -> BackupInfo | None:
    """Database thread: the newest backup that passes its checks, or None (never raises a known error)."""
    from companion.storage.backups import BackupStore

    try:
        return BackupStore(paths.backups_dir, clock, key_file=paths.key_file).newest_valid(key)
    except StorageError:
        return None


def _open_into(holder: VaultHolder, paths: DataPaths, key: DataKey, clock: Clock) -> _Damaged | _Opened:
    """Database thread: open the vault into ``holder``; a damaged vault is reported, not raised.

    Once it is open, the temporary files of a backup or key-file write a kill interrupted are
    removed: the app holds the folder lock, so none is a live write of another window (see
    ``companion.storage.interrupted_writes`` for why ``companion export`` does not do this).
    """
    from companion.storage.interrupted_writes import remove_leftovers
    from companion.storage.vault import open_vault

    try:
        holder.replace(open_vault(paths, key, clock))
    except VaultDamagedError as error:  # also a missing database: nothing to open, a backup to offer
        return _Damaged(core_text(error), _newest_valid_backup(paths, key, clock))
    remove_leftovers(paths)
    return _Opened(holder.require().backup_warning)


class VaultController(QObject):
    """Owns the open vault for the GUI. Methods return at once; outcomes arrive by signal."""

    busy_changed = Signal(bool)
    created = Signal(object)  # RecoveryKey: the vault exists and is open; show the key once
    unlocked = Signal()
    unlock_failed = Signal(str)
    recovery_failed = Signal(str)
    passphrase_changed = Signal(object)  # PassphraseChanged: a new recovery key? older backups?
    passphrase_change_failed = Signal(str)
    locked = Signal()
    vault_damaged = Signal(str, object)  # sentence, newest valid BackupInfo or None
    daily_backup_failed = Signal(str)  # after ``unlocked``: the vault is open, but today's backup failed
    backups_listed = Signal(list)
    backup_created = Signal(object)  # BackupInfo of a "Back up now"
    backup_restored = Signal()
    operation_failed = Signal(str)

    def __init__(
        self,
        paths: DataPaths,
        clock: Clock,
        kdf_chooser: KdfChooser,
        runner: BackgroundRunner,
        worker: DatabaseWorker,
        parent: QObject | None = None,
        *,
        report_bug: BugReporter = report_to_excepthook,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._clock = clock
        self._kdf_chooser = kdf_chooser
        self._runner = runner
        self._worker = worker
        # Counts the jobs on their way (busy_changed); a known error becomes a sentence, a bug a report.
        self._jobs = JobDispatcher(worker.manage, self.operation_failed.emit, report_bug=report_bug,
                                   on_busy=self.busy_changed.emit)
        self._unlocked = False
        # The data key of a vault found damaged, kept only so its backup can be restored.
        self._key_for_restore: DataKey | None = None

    # --- state -------------------------------------------------------------------------------

    def status(self) -> VaultStatus:
        """Which files are there (cheap; fine on the GUI thread)."""
        from companion.storage.vault import vault_status

        return vault_status(self._paths)

    def is_unlocked(self) -> bool:
        return self._unlocked

    def is_busy(self) -> bool:
        return self._jobs.is_busy()

    def shutdown(self) -> None:
        """Close the vault on its thread and stop the helpers (the app is quitting)."""
        self._unlocked = False
        self._key_for_restore = None
        self._worker.shutdown()
        self._runner.shutdown()

    # --- create and unlock -------------------------------------------------------------------

    def create(self, passphrase: str) -> None:
        paths, clock, choose = self._paths, self._clock, self._kdf_chooser

        def job(holder: VaultHolder) -> object:
            from companion.storage.vault import create_vault

            _require_acceptable(passphrase)
            opened, recovery = create_vault(paths, passphrase, choose(), clock)
            holder.replace(opened)
            return recovery

        self._jobs.run(job, self._on_created)

    def unlock(self, passphrase: str) -> None:
        paths = self._paths

        def derive() -> DataKey:
            from companion.storage.vault import unlock

            return unlock(paths, passphrase)

        self._jobs.run(derive, lambda key: self._open_with_key(key, self.unlock_failed), via=self._runner.run,
                       on_failure=_logged(self.unlock_failed, DiagnosticEvent.UNLOCK_FAILED), continues=True)

    def unlock_with_recovery(self, recovery_text: str, new_passphrase: str) -> None:
        """Parse the key, unwrap, set the new passphrase, open the vault, then emit ``unlocked``."""
        paths, clock, choose = self._paths, self._clock, self._kdf_chooser

        def recover() -> DataKey:
            from companion.storage import keyfile
            from companion.storage.recovery_key import RecoveryKey
            from companion.storage.vault import unlock_with_recovery

            recovery = RecoveryKey.parse(recovery_text)
            _require_acceptable(new_passphrase)
            key = unlock_with_recovery(paths, recovery)
            keyfile.rewrap_passphrase(paths.key_file, key, new_passphrase, choose(), now=clock.now())
            return key

        self._jobs.run(recover, lambda key: self._open_with_key(key, self.recovery_failed),
                       via=self._runner.run, continues=True,
                       on_failure=_logged(self.recovery_failed, DiagnosticEvent.UNLOCK_FAILED))

    def _open_with_key(self, key: DataKey, failed: SignalInstance) -> None:
        paths, clock = self._paths, self._clock
        self._jobs.run(lambda holder: _open_into(holder, paths, key, clock),
                       lambda outcome: self._on_opened(key, outcome), on_failure=failed.emit)

    def _on_created(self, recovery: object) -> None:
        self._unlocked = True
        self._key_for_restore = None
        diagnostic_log.log_event(DiagnosticEvent.VAULT_CREATED)
        self.created.emit(recovery)

    def _on_opened(self, key: DataKey, outcome: _Damaged | _Opened) -> None:
        if isinstance(outcome, _Damaged):
            self._key_for_restore = key
            diagnostic_log.log_event(DiagnosticEvent.VAULT_DAMAGED)
            self.vault_damaged.emit(outcome.message, outcome.backup)
            return
        self._unlocked = True
        self._key_for_restore = None
        diagnostic_log.log_event(DiagnosticEvent.VAULT_UNLOCKED)
        self.unlocked.emit()
        if outcome.backup_warning is not None:
            self.daily_backup_failed.emit(outcome.backup_warning)

    # --- while unlocked ----------------------------------------------------------------------

    def change_passphrase(self, current: str, new: str) -> None:
        paths, choose = self._paths, self._kdf_chooser

        def check_and_choose() -> Argon2Params:
            from companion.storage.vault import unlock

            try:
                unlock(paths, current)
            except WrongPassphraseError as error:
                raise StorageError(_WRONG_CURRENT_PASSPHRASE) from error
            _require_acceptable(new)
            return choose()

        failed = self.passphrase_change_failed.emit

        def rekey(params: Argon2Params) -> None:
            self._jobs.run(lambda vault: vault.change_passphrase(new, params), self._on_passphrase_changed,
                           via=self._worker.submit, on_failure=failed)

        self._jobs.run(check_and_choose, rekey, via=self._runner.run, on_failure=failed, continues=True)

    def _on_passphrase_changed(self, outcome: object) -> None:
        diagnostic_log.log_event(DiagnosticEvent.PASSPHRASE_CHANGED)
        self.passphrase_changed.emit(outcome)

    def delete_backups(self, backups: list[BackupInfo]) -> None:
        """Delete these backups (those made before a passphrase change); ``backups_listed`` follows."""

        def job(vault: OpenVault) -> list[BackupInfo]:
            vault.delete_backups(backups)
            return vault.backups.list()

        self._jobs.run(job, self._on_backups_listed, via=self._worker.submit)

    def lock(self) -> None:
        """Close the vault (on its thread); ``locked`` follows. Safe to call when already locked."""
        self._unlocked = False
        self._key_for_restore = None
        self._jobs.run(lambda holder: holder.close(), self._on_closed)

    def _on_closed(self, _result: object) -> None:
        # A job queued before the close (e.g. a restore) may have reported "open" meanwhile.
        self._unlocked = False
        diagnostic_log.log_event(DiagnosticEvent.VAULT_LOCKED)
        self.locked.emit()

    def list_backups(self) -> None:
        self._jobs.run(lambda vault: vault.backups.list(), self._on_backups_listed, via=self._worker.submit)

    def _on_backups_listed(self, backups: list[BackupInfo]) -> None:
        self.backups_listed.emit(list(backups))

    def back_up_now(self) -> None:
        """Make a "manual" backup; ``backup_created`` then ``backups_listed`` follow."""

        def job(vault: OpenVault) -> tuple[BackupInfo, list[BackupInfo]]:
            info = vault.backups.create(vault.database, "manual")
            return info, vault.backups.list()

        def done(result: tuple[BackupInfo, list[BackupInfo]]) -> None:
            info, backups = result
            diagnostic_log.log_event(DiagnosticEvent.BACKUP_CREATED)
            self.backup_created.emit(info)
            self.backups_listed.emit(list(backups))

        self._jobs.run(job, done, via=self._worker.submit)

    def restore_backup(self, info: BackupInfo) -> None:
        """Replace the vault with a verified backup; the current database is kept aside, never lost.

        Works while unlocked and after a damaged vault was reported (with that vault's key).
        """
        paths, clock, spare_key = self._paths, self._clock, self._key_for_restore

        def job(holder: VaultHolder) -> tuple[BaseException | None, bool]:
            from companion.storage.vault import open_vault, restore_backup

            current = holder.vault
            key = current.key if current is not None else spare_key
            if key is None:
                raise VaultLockedError()
            holder.close()  # the restore moves the current file aside: close it first
            try:
                holder.replace(restore_backup(paths, key, info, clock))
                return None, True
            except BaseException as error:  # reported on the GUI thread, after putting things back
                if current is not None:
                    with contextlib.suppress(StorageError):
                        holder.replace(open_vault(paths, key, clock))
                return error, holder.vault is not None

        self._jobs.run(job, self._on_restore_finished)

    def _on_restore_finished(self, outcome: tuple[BaseException | None, bool]) -> None:
        error, vault_open = outcome
        was_unlocked, self._unlocked = self._unlocked, vault_open
        if error is None:
            self._key_for_restore = None
            diagnostic_log.log_event(DiagnosticEvent.BACKUP_RESTORED)
            self.backup_restored.emit()
            return
        self._jobs.handle_error(error)
        if was_unlocked and not vault_open:
            self.locked.emit()

    def run_in_background(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run ``fn()`` off the GUI thread for file work that is not database work (a PDF, a file read)."""
        self._runner.run(fn, on_success, on_failure)

    def run_in_database(
        self,
        fn: Callable[[OpenVault], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run ``fn(open_vault)`` on the database thread (never touch a widget in ``fn``)."""
        self._worker.submit(fn, on_success, on_failure)


def _logged(failed: SignalInstance, event: DiagnosticEvent) -> FailurePath:
    """The failure path of an unlock: the known error is logged (never its text), then said."""

    def on_failure(sentence: str) -> None:
        diagnostic_log.log_event(event)
        failed.emit(sentence)

    return on_failure
