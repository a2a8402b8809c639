"""The vault facade the command line and the GUI use: create, unlock, open, restore (and check,
read-only, in :mod:`companion.storage.vault_check`).

Never lose data: an unreadable or damaged database is never overwritten or re-created. It is
moved aside into ``damaged/<UTC timestamp>/`` with a ``SHA256SUMS`` note, and the caller is
told so (VaultDamagedError.moved_to) and can offer ``BackupStore.newest_valid`` to restore.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import TracebackType

from companion import __version__
from companion.domain.clock import Clock
from companion.domain.texts import QT_TRANSLATE_NOOP, Text
from companion.paths import DataPaths
from companion.storage import app_events, keyfile
from companion.storage.atomic import atomic_write_bytes, disk_error, fsync_directory
from companion.storage.backups import BEFORE_RESTORE, MANUAL, PRE_MIGRATION, BackupInfo, BackupStore
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import (
    BackupError,
    DiskError,
    NoVaultError,
    StorageError,
    VaultDamagedError,
    VaultExistsError,
)
from companion.storage.kdf import Argon2Params
from companion.storage.migrations import MIGRATIONS, Migration, apply_migrations
from companion.storage.quarantine import move_aside
from companion.storage.recovery_key import RecoveryKey
from companion.storage.signing_key import SigningKey, SigningKeyUnavailableError
from companion.storage.vault_file import key_that_opens, shm_path, wal_path
from companion.storage.wal_frames import log_damage

_RESTORE_STAGING = ".vault.db.restoring"
_RESTORED_VAULT = QT_TRANSLATE_NOOP("StorageNames", "the restored vault")


class VaultStatus(Enum):
    ABSENT = "absent"
    READY = "ready"
    DATABASE_MISSING = "database missing"  # key file but no database, e.g. a damaged one moved aside
    KEY_FILE_MISSING = "key file missing"


def vault_status(paths: DataPaths) -> VaultStatus:
    has_key, has_database = paths.key_file.exists(), paths.vault_db.exists()
    if has_key and has_database:
        return VaultStatus.READY
    if has_key:
        return VaultStatus.DATABASE_MISSING
    if has_database:
        return VaultStatus.KEY_FILE_MISSING
    return VaultStatus.ABSENT


def _backup_store(paths: DataPaths, clock: Clock) -> BackupStore:
    return BackupStore(paths.backups_dir, clock, key_file=paths.key_file)


@dataclass(frozen=True)
class PassphraseChanged:
    """What the person must be told after a passphrase change."""

    new_recovery_key: RecoveryKey | None  # issued for a key file from before version 3
    older_backups: list[BackupInfo]  # they still open with the old passphrase (their own key copies)


class OpenVault:
    """An unlocked, open vault. Close it on lock; use it from the thread that opened it."""

    # Set by open_vault: a sentence to show when today's backup or rotation failed (the vault is open).
    backup_warning: Text | None = None

    def __init__(
        self,
        paths: DataPaths,
        key: DataKey,
        database: Database,
        backups: BackupStore,
        clock: Clock,
        signer: SigningKey | SigningKeyUnavailableError,
    ) -> None:
        self.paths = paths
        self.key = key
        self.database = database
        self.backups = backups
        self._clock = clock
        self._signer = signer

    @property
    def signer(self) -> SigningKey:
        """The vault's signing key, which signs the export (``companion.export.manifest``).

        SigningKeyUnavailableError (a StorageError, with its sentence) if the unlock could not load it.
        """
        if isinstance(self._signer, SigningKeyUnavailableError):
            raise SigningKeyUnavailableError(self._signer.text)
        return self._signer

    @property
    def clock(self) -> Clock:
        """The clock the vault was opened with; repositories stamp records with it."""
        return self._clock

    def change_passphrase(self, new_passphrase: str, params: Argon2Params) -> PassphraseChanged:
        """A new passphrase and a new data key: the database is re-keyed (DESIGN.md §5), so a passphrase
        someone learned no longer opens today's vault. The recovery key keeps working (a key file
        from before version 3 gets a new one, returned to be shown).

        Crash-safe in this order: the key file is rewritten first (one atomic replace; the new key
        keeps the old one among its ``previous``), then the database is re-keyed (one transaction).
        Killed in between, the next unlock opens the database with the old key and finishes the
        re-key (:func:`_open_database`). Then a fresh backup is made under the new key.
        """
        now = self._clock.now()
        older_backups = self.backups.list()
        new_key, recovery = keyfile.replace_data_key(
            self.paths.key_file, self.key, new_passphrase, params, now=now
        )
        self.database.replace_key(new_key)
        self.key = new_key
        app_events.record_event(self.database, app_events.PASSPHRASE_CHANGED, now)
        with contextlib.suppress(StorageError):  # the change is done; the next unlock's daily backup retries
            self.backups.create(self.database, MANUAL)
        return PassphraseChanged(new_recovery_key=recovery, older_backups=older_backups)

    def delete_backups(self, backups: Sequence[BackupInfo]) -> None:
        """Delete these backups and their key copies (those made before a passphrase change)."""
        for info in backups:
            self.backups.delete(info)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def _load_signer(paths: DataPaths, key: DataKey) -> SigningKey | SigningKeyUnavailableError:
    """The signing key (a vault made before it existed gets one now), or why it is not there.

    Never fails the unlock: the data matters more than the export, which reports the reason.
    """
    try:
        return keyfile.open_signing_key(paths.key_file, key)
    except NoVaultError:
        reason = QT_TRANSLATE_NOOP("StorageErrors", "the key file is missing")
    except DiskError:
        reason = QT_TRANSLATE_NOOP("StorageErrors", "the key file could not be saved (the disk refused it)")
    except StorageError:
        reason = QT_TRANSLATE_NOOP("StorageErrors", "the key file does not match this vault")
    #: %1 is the reason: "the key file is missing", …
    return SigningKeyUnavailableError(QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The export cannot be signed because %1. Lock companion and unlock it again; "
        "if this stays, restore the key file from the backups folder.",
    ).arg(reason))


def create_vault(
    paths: DataPaths, passphrase: str, params: Argon2Params, clock: Clock
) -> tuple[OpenVault, RecoveryKey]:
    """A new vault (key file, database at the newest schema, first daily backup); never overwrites."""
    if paths.key_file.exists() or paths.vault_db.exists() or wal_path(paths.vault_db).exists():
        raise VaultExistsError(paths.base)
    try:
        paths.ensure_base()
    except OSError as error:
        raise disk_error(error, QT_TRANSLATE_NOOP("StorageNames", "the data folder")) from None
    key, recovery = keyfile.create_key_file(paths.key_file, passphrase, params, now=clock.now())
    try:
        signer = keyfile.open_signing_key(paths.key_file, key)
        database = Database.create(paths.vault_db, key)
    except BaseException:
        paths.key_file.unlink(missing_ok=True)  # made a moment ago; it guards no data yet
        raise
    try:
        apply_migrations(database)
        now = clock.now()
        meta = {"vault_id": uuid.uuid4().hex, "created_at": now.isoformat(), "app_version": __version__}
        app_events.write_meta(database, meta)
        app_events.record_event(database, app_events.CREATED, now)
        backups = _backup_store(paths, clock)
        backups.ensure_daily(database)
    except BaseException:
        database.close()
        raise
    return OpenVault(paths, key, database, backups, clock, signer), recovery


def unlock(paths: DataPaths, passphrase: str) -> DataKey:
    """The data key from the key file (slow: Argon2id). Never writes."""
    if not paths.key_file.exists():
        raise NoVaultError(paths.base)
    return keyfile.unlock_with_passphrase(paths.key_file, passphrase)


def unlock_with_recovery(paths: DataPaths, recovery: RecoveryKey) -> DataKey:
    if not paths.key_file.exists():
        raise NoVaultError(paths.base)
    return keyfile.unlock_with_recovery_key(paths.key_file, recovery)


def migrate_with_backup(
    database: Database, backups: BackupStore, migrations: Sequence[Migration] = MIGRATIONS
) -> list[int]:
    """Run pending migrations, after a "pre-migration" backup if the vault already has data."""
    has_data = database.schema_version > 0

    def back_up() -> None:
        if has_data:
            backups.create(database, PRE_MIGRATION)

    return apply_migrations(database, migrations, before_first=back_up)


def _moved_aside_error(folder: Path) -> VaultDamagedError:
    return VaultDamagedError(
        QT_TRANSLATE_NOOP(
            "StorageErrors",
            "The vault could not be read, so it was moved aside to %1 and nothing was deleted; "
            "you can restore a backup to continue.",
        ).arg(folder),
        moved_to=folder,
    )


def _open_database(path: Path, key: DataKey) -> Database:
    """The database opened with ``key``. One still under a previous key (a passphrase change killed
    between its key file and its re-key, or a restored backup from before a change) is opened with
    that key and re-keyed to ``key`` now. VaultDamagedError if no key of the vault opens it."""
    try:
        return Database.open(path, key)
    except VaultDamagedError:
        older = key_that_opens(path, key) if key.previous else None
        if older is None or older == key:
            raise
    database = Database.open(path, older)
    try:
        database.replace_key(key)
    except BaseException:
        database.close()
        raise
    return database


def open_vault(paths: DataPaths, key: DataKey, clock: Clock) -> OpenVault:
    """Check, then open the vault; migrate (after a backup), back up daily, rotate, log the unlock.

    On damage (of the database or of its -wal) the database is moved aside and
    VaultDamagedError(moved_to=folder) is raised. A plaintext SQLite file or a vault from a newer
    app is refused and left untouched. A failed daily backup or rotation only sets
    ``backup_warning``; any refusal leaves vault.db as it was (past a migration's own commit).
    """
    if not paths.vault_db.exists():
        if not paths.key_file.exists():
            raise NoVaultError(paths.base)
        raise VaultDamagedError(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "The vault's database is missing and nothing was changed; you can restore a backup to continue.",
        ))
    _refuse_a_damaged_log(paths, clock)
    try:
        database = _open_database(paths.vault_db, key)
    except VaultDamagedError:
        raise _moved_aside_error(move_aside(paths.vault_db, paths.damaged_dir, clock.now())) from None
    try:
        backups = _backup_store(paths, clock)
        migrate_with_backup(database, backups)
        signer = _load_signer(paths, key)  # before the daily backup, so its copy of the key file has it
        backup_warning = _back_up_daily(backups, database, key)
        _record_unlock(database, clock)
    except BaseException:
        database.close()
        raise
    vault = OpenVault(paths, key, database, backups, clock, signer)
    vault.backup_warning = backup_warning
    return vault


def _refuse_a_damaged_log(paths: DataPaths, clock: Clock) -> None:
    """Before SQLite sees it: a -wal that would lose commits (``wal_frames``) is moved aside with
    the vault, since SQLite would replay only its part before the damage and then delete it."""
    if log_damage(wal_path(paths.vault_db)) is None:
        return
    folder = move_aside(paths.vault_db, paths.damaged_dir, clock.now())
    raise VaultDamagedError(
        QT_TRANSLATE_NOOP(
            "StorageErrors",
            "The record of the vault's newest changes is damaged, so the vault was moved aside to "
            "%1 with it and nothing was deleted; you can restore a backup to continue.",
        ).arg(folder),
        moved_to=folder,
    )


def _back_up_daily(backups: BackupStore, database: Database, key: DataKey) -> Text | None:
    """Today's backup, then the rotation. A failure is a warning, never a refused open: the patient
    needs the vault more than its copy, and the next unlock tries again. A bug still propagates."""
    try:
        backups.ensure_daily(database)
    except StorageError as error:
        #: %1 is the reason, a sentence
        return QT_TRANSLATE_NOOP(
            "StorageErrors", "Today's backup could not be made, but the vault opened normally. %1"
        ).arg(error.text)
    try:
        backups.rotate(key)
    except StorageError as error:
        #: %1 is the reason, a sentence
        return QT_TRANSLATE_NOOP(
            "StorageErrors", "Old backups could not be cleared away, but the vault opened normally. %1"
        ).arg(error.text)
    return None


def _record_unlock(database: Database, clock: Clock) -> None:
    """The open's own writes, last and in one transaction: an open refused before or here changes nothing."""
    with database.transaction():
        if app_events.read_meta(database).get("app_version") != __version__:
            app_events.write_meta(database, {"app_version": __version__})
        app_events.record_event(database, app_events.UNLOCKED, clock.now())


def _keep_current_database(paths: DataPaths, key: DataKey, backups: BackupStore, clock: Clock) -> None:
    """Before a restore: a healthy current vault gets a verified "before-restore" backup (and
    may then be replaced); a damaged one, or one with a damaged log, is moved aside (with its log,
    whose commits opening would lose). A plaintext file is refused."""
    if log_damage(wal_path(paths.vault_db)) is not None:
        move_aside(paths.vault_db, paths.damaged_dir, clock.now())
        return
    try:
        current = _open_database(paths.vault_db, key)
    except VaultDamagedError:
        move_aside(paths.vault_db, paths.damaged_dir, clock.now())
        return
    try:
        kept = backups.create(current, BEFORE_RESTORE)
    finally:
        current.close()
    if backups.verify(kept, key):
        raise BackupError(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "A safety copy of the current vault could not be made, so nothing was restored.",
        ))
    if wal_path(paths.vault_db).exists() or shm_path(paths.vault_db).exists():
        raise BackupError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The vault is still open elsewhere; close companion everywhere and try again."))


def restore_backup(paths: DataPaths, key: DataKey, backup: BackupInfo, clock: Clock) -> OpenVault:
    """Put a verified copy of ``backup`` in place of the vault and open it.

    The backup itself is never moved. The current database, if any, is kept first (see
    :func:`_keep_current_database`). Restoring uses the current key file: its data key, or one it
    replaced at a passphrase change, opens every backup, and a backup under a replaced key is
    re-keyed to the current one as it opens.
    """
    backups = _backup_store(paths, clock)
    if backups.verify(backup, key):
        raise BackupError(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "That backup did not pass its integrity checks, so nothing was changed; choose another one.",
        ))
    if paths.vault_db.exists():
        _keep_current_database(paths, key, backups, clock)
    staging = paths.base / _RESTORE_STAGING
    try:
        with backup.path.open("rb") as source:
            atomic_write_bytes(staging, source.read(), what=_RESTORED_VAULT)
    except OSError as error:
        raise disk_error(error, _RESTORED_VAULT) from None
    try:
        if key_that_opens(staging, key) is None:
            raise BackupError(QT_TRANSLATE_NOOP(
                "StorageErrors",
                "The copy of that backup did not read back correctly, so nothing was changed.",
            ))
        staging.replace(paths.vault_db)
        fsync_directory(paths.base)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    vault = open_vault(paths, key, clock)
    detail = f"{backup.kind} backup made {backup.created_at.isoformat()}"
    app_events.record_event(vault.database, app_events.BACKUP_RESTORED, clock.now(), detail)
    return vault
