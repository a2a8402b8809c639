"""Migration 8 (signed care plans) on the committed schema-7 vault: the clinicians' keys arrive empty, every
old plan (typed in or imported unsigned) keeps no signer, the schema refuses what the app never writes, and
a signed plan and its confirmed key are stored beside the old versions."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.clock import FakeClock
from companion.storage import sshsig
from companion.storage.backups import BackupStore
from companion.storage.care_plans import CarePlanRepository
from companion.storage.clinician_keys import ClinicianKeyRepository
from companion.storage.database import Database
from companion.storage.migrations import LATEST_VERSION, MIGRATIONS
from companion.storage.signing_key import SigningKey
from companion.storage.vault import migrate_with_backup
from tests.fixtures import make_schema7_vault as schema7
from tests.fixtures.vault_rows import columns

AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
FINGERPRINT = "SHA256:" + "A" * 43


def _migrated(tmp_path: Path) -> tuple[Database, BackupStore]:
    path = tmp_path / "vault.db"
    shutil.copyfile(schema7.FIXTURE_DB, path)  # never open the committed file itself
    backups = BackupStore(tmp_path / "backups", FakeClock())
    database = Database.open(path, schema7.FIXTURE_KEY)
    assert migrate_with_backup(database, backups) == list(range(8, LATEST_VERSION + 1))
    return database, backups


def test_migration_8_is_numbered_after_the_exports() -> None:
    assert (MIGRATIONS[7].version, MIGRATIONS[7].name) == (8, "care_plan_signers")


def test_no_key_is_confirmed_and_no_old_plan_is_signed(tmp_path: Path) -> None:
    database, backups = _migrated(tmp_path)
    with database:
        assert columns(database, "clinician_keys") == ["fingerprint", "public_key", "signer_name",
                                                       "confirmed_at"]
        assert columns(database, "care_plans")[-1] == "signer_fingerprint"
        assert ClinicianKeyRepository(database).confirmed_keys() == []
        history = CarePlanRepository(database).history()
        assert [(r.id, r.source, r.issued_by) for r in history] == [
            (4, "imported", "Dr. Rowan, Example Clinic"), (3, "entered", None), (2, "entered", None),
            (1, "imported", "Demo clinic")]
        assert all(r.signer_fingerprint is None and r.signed_by is None for r in history)
    [backup] = backups.list()
    with Database.open(backup.path, schema7.FIXTURE_KEY) as before:
        assert before.schema_version == 7 and columns(before, "clinician_keys") == []


@pytest.mark.parametrize("statement", [
    f"UPDATE care_plans SET signer_fingerprint = '{FINGERPRINT}' WHERE id = 3",  # typed in: never signed
    f"UPDATE care_plans SET signer_fingerprint = '{FINGERPRINT}', issued_by = NULL WHERE id = 4",  # no issuer
    "UPDATE care_plans SET signer_fingerprint = 'SHA256:short' WHERE id = 4",
    "UPDATE care_plans SET signer_fingerprint = 'MD5:" + "a" * 46 + "' WHERE id = 4",
    f"INSERT INTO clinician_keys VALUES ('{FINGERPRINT}', 'ssh-rsa AAAA', 'Dr. Rowan', 't')",
    f"INSERT INTO clinician_keys VALUES ('{FINGERPRINT}', 'ssh-ed25519 AAAA', '', 't')",
    "INSERT INTO clinician_keys VALUES ('SHA256:x', 'ssh-ed25519 AAAA', 'Dr. Rowan', 't')",
    f"INSERT INTO clinician_keys VALUES ('{FINGERPRINT}', 'ssh-ed25519 AAAA', NULL, 't')",
])
def test_the_schema_refuses_what_the_app_never_writes(tmp_path: Path, statement: str) -> None:
    database, _ = _migrated(tmp_path)
    with database, pytest.raises(sqlcipher3.IntegrityError):
        database.execute(statement)


def test_a_signed_plan_and_its_confirmed_key_are_stored_beside_the_old_versions(tmp_path: Path) -> None:
    database, _ = _migrated(tmp_path)
    clinician = SigningKey.generate()
    fingerprint = sshsig.fingerprint(clinician.public_key)
    with database:
        plans, keys = CarePlanRepository(database), ClinicianKeyRepository(database)
        old = plans.current()
        assert old is not None and old.id == 4
        key = keys.remember(clinician.public_key, "Dr. Rowan, Example Clinic", at=AT)
        assert (key.fingerprint, key.public_key, key.confirmed_at) == (fingerprint, clinician.public_key, AT)
        assert key.public_key_line == sshsig.public_key_line(clinician.public_key, comment="")
        # The same values, now signed: a new version, so the record says who vouched for them.
        signed = plans.save(old.plan, at=AT, source="imported", issued_by="Dr. Rowan, Example Clinic",
                            signer_fingerprint=fingerprint)
        assert signed.id == 5 and signed.signed_by == "Dr. Rowan, Example Clinic"
        assert plans.save(old.plan, at=AT, source="imported", issued_by="Dr. Rowan, Example Clinic",
                          signer_fingerprint=fingerprint) == signed  # the same signed plan again: unchanged
        assert plans.current() == signed and plans.get(4) == old
        assert keys.confirmed_keys() == [key] and keys.find(fingerprint) == key
        # Remembering a key again changes nothing (the first confirmation and its name stay).
        assert keys.remember(clinician.public_key, "Someone else", at=AT.replace(year=2027)) == key
        with pytest.raises(ValueError, match="imported plan"):
            plans.save(replace(old.plan, dose_mg=80.0), at=AT, source="entered",
                       signer_fingerprint=fingerprint)
