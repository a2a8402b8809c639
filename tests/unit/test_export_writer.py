"""The export writer: the folder and the zip as DESIGN.md §6 lays them out, checked with the app's verify,
OpenSSH and sha256sum; a cancel, a full disk or a bad destination leaves nothing; private modes; nothing in
the system's temporary folder.

The report's painter needs Qt, so these tests pass a stand-in PDF (the writer is Qt-free and takes the
painter as a function); ``test_cli_export`` and the reliability tests write the real one.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import pyzipper

from companion.demo.demo_history import fill_demo_history
from companion.demo.demo_journal import fill_demo_journal
from companion.domain.clock import FakeClock
from companion.export.export_data import ExportData, ExportOptions, ExportPeriod
from companion.export.manifest import write_signature_files
from companion.export.report_model import Report
from companion.export.verify import VerifyStatus, verify_export
from companion.export.writer import (
    ExportCancelledError,
    ExportDestinationError,
    ExportTarget,
    check_target,
    export_name,
    signature_files,
    write_export,
)
from companion.paths import DataPaths
from companion.services.export_gather import gather_export_data
from companion.storage import sshsig
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault
from tests.fixtures.export_history import export_history, golden_files
from tests.signed_export import TestSigner, all_files, allowed_signers, sha256sum_check, ssh_keygen_verify

SEED = bytes(range(32, 64))
FAKE_PDF = b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
PASSWORD = "correct horse battery staple zip"
CSV_TABLES = ("checklist_answers", "flags", "journal", "mood_ratings", "questionnaire_items", "scores",
              "sessions", "side_effects", "sitter_checkins", "vitals")
EXPECTED_FILES = sorted(["report.pdf", "csv/README.txt", *(f"csv/{name}.csv" for name in CSV_TABLES),
                         "fhir/bundle.json", "care-plan.json", "patient.pub", "manifest-sha256.txt",
                         "manifest.sig"])
NAME = "companion-export-20260430-7f3a9c2e"
STEPS = 4  # the cancel checks write_export makes


def fake_pdf(report: Report) -> bytes:
    assert isinstance(report, Report)
    return FAKE_PDF


@pytest.fixture
def data() -> ExportData:
    return export_history()


@pytest.fixture
def signer() -> TestSigner:
    return TestSigner(SEED)


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """An empty folder to export into."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def write(data: ExportData, target: ExportTarget, signer: TestSigner, **kwargs: object) -> Path:
    return write_export(data, target, signer=signer, render_pdf=fake_pdf, **kwargs)  # type: ignore[arg-type]


def everything_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


# --- the folder ----------------------------------------------------------------------------------


def test_the_folder_holds_every_file_of_design_section_6(data: ExportData, signer: TestSigner,
                                                          place: Path) -> None:
    assert export_name(data) == NAME
    written = write(data, ExportTarget(place / NAME), signer)
    assert written == place / NAME
    assert all_files(written) == EXPECTED_FILES
    assert everything_under(place) == sorted([NAME, f"{NAME}/csv", f"{NAME}/fhir",
                                              *(f"{NAME}/{name}" for name in EXPECTED_FILES)])
    # The tables and the bundle are exactly the reviewed golden files; the PDF is the painter's.
    for relative, content in golden_files(data).items():
        assert (written / relative).read_bytes() == content, relative
    assert (written / "report.pdf").read_bytes() == FAKE_PDF
    assert (written / "patient.pub").read_text() == sshsig.public_key_line(signer.public_key) + "\n"


def test_the_written_export_is_valid_for_verify_openssh_and_sha256sum(data: ExportData, signer: TestSigner,
                                                                       place: Path) -> None:
    written = write(data, ExportTarget(place / NAME), signer)
    result = verify_export(written, (written / "patient.pub").read_bytes())
    assert result.status is VerifyStatus.VALID, result.summary()
    assert result.files_checked == len(EXPECTED_FILES) - 2
    assert result.fingerprint == sshsig.fingerprint(signer.public_key)
    allowed = allowed_signers(written, signer.public_key)
    assert ssh_keygen_verify(written, allowed).returncode == 0
    checked = sha256sum_check(written)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == len(EXPECTED_FILES) - 2


def _flip_one_byte(path: Path, at: int) -> None:
    """Change the byte at ``at``: a hex digit to another hex digit (the manifest stays well formed)."""
    content = bytearray(path.read_bytes())
    hex_digits = b"0123456789abcdef"
    if content[at] in hex_digits:
        content[at] = hex_digits[(hex_digits.index(content[at]) + 1) % 16]
    else:
        content[at] ^= 0x01
    path.write_bytes(bytes(content))


def test_one_changed_byte_in_the_manifest_fails_openssh_sha256sum_and_verify(
        data: ExportData, signer: TestSigner, place: Path) -> None:
    written = write(data, ExportTarget(place / NAME), signer)
    allowed = allowed_signers(written, signer.public_key)
    _flip_one_byte(written / "manifest-sha256.txt", 10)  # a digit of the first file's digest
    assert ssh_keygen_verify(written, allowed).returncode != 0
    assert sha256sum_check(written).returncode != 0
    assert verify_export(written).status is VerifyStatus.ALTERED


@pytest.mark.parametrize("relative", ["report.pdf", "csv/sessions.csv", "fhir/bundle.json"])
def test_one_changed_byte_in_a_file_fails_sha256sum_and_verify(data: ExportData, signer: TestSigner,
                                                               place: Path, relative: str) -> None:
    written = write(data, ExportTarget(place / NAME), signer)
    _flip_one_byte(written / relative, 200)
    checked = sha256sum_check(written)
    assert checked.returncode != 0 and f"{relative}: FAILED" in checked.stdout
    result = verify_export(written)
    assert result.status is VerifyStatus.ALTERED
    assert [(p.kind, p.file) for p in result.problems] == [("changed", relative)]
    # The signature covers the manifest, which is unchanged: OpenSSH alone still accepts it, which is
    # why the clinician runs both (DESIGN.md §6).
    assert ssh_keygen_verify(written, allowed_signers(written, signer.public_key)).returncode == 0


def test_signature_files_are_the_bytes_write_signature_files_writes(data: ExportData, signer: TestSigner,
                                                                    tmp_path: Path) -> None:
    files = {"report.pdf": FAKE_PDF, **golden_files(data)}
    folder = tmp_path / "by-folder"
    for relative, content in files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(content)
    write_signature_files(folder, signer)
    made = signature_files(files, signer)
    assert made == {name: (folder / name).read_bytes()
                    for name in ("patient.pub", "manifest-sha256.txt", "manifest.sig")}


def test_an_export_gathered_from_a_demo_vault_verifies(tmp_path: Path, place: Path) -> None:
    clock = FakeClock(datetime(2026, 3, 20, 18, 0, tzinfo=UTC))
    vault, _ = create_vault(DataPaths(tmp_path / "data"), "correct horse battery staple", LIGHT_TEST_PARAMS,
                            clock)
    with vault:
        fill_demo_history(vault, weeks=3, now=clock.now())
        fill_demo_journal(vault, count=60, now=clock.now())
        options = ExportOptions(ExportPeriod(date(2026, 2, 20), date(2026, 3, 20)), include_journal=True)
        gathered = gather_export_data(vault, options, now=clock.now(), export_id="0badc0de",
                                      app_version="0.1.0", key_fingerprint=sshsig.fingerprint(
                                          vault.signer.public_key))
        assert gathered.sessions and gathered.questionnaires
        written = write_export(gathered, ExportTarget(place / export_name(gathered)), signer=vault.signer,
                               render_pdf=fake_pdf)
    assert written.name == "companion-export-20260320-0badc0de"
    result = verify_export(written, sshsig.fingerprint(vault.signer.public_key))
    assert result.status is VerifyStatus.VALID, result.summary()


# --- the zip -------------------------------------------------------------------------------------


def test_a_zip_without_a_password_verifies_and_holds_the_folder(data: ExportData, signer: TestSigner,
                                                                place: Path) -> None:
    folder = write(data, ExportTarget(place / NAME), signer)
    zipped = write(data, ExportTarget(place / "for-dr-rowan.zip", as_zip=True), signer)
    assert sorted(p.name for p in place.iterdir()) == [NAME, "for-dr-rowan.zip"]
    result = verify_export(zipped, (folder / "patient.pub").read_bytes())
    assert result.status is VerifyStatus.VALID, result.summary()
    with zipfile.ZipFile(zipped) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == sorted(f"{NAME}/{name}" for name in EXPECTED_FILES)
        for name in EXPECTED_FILES:  # byte for byte what the folder holds (Ed25519 signs deterministically)
            assert archive.read(f"{NAME}/{name}") == (folder / name).read_bytes(), name
        for info in archive.infolist():
            assert info.compress_type == zipfile.ZIP_DEFLATED
            assert info.date_time == (2026, 4, 30, 18, 30, 0)  # the export's time, not the computer's
            assert (info.external_attr >> 16) & 0o777 == 0o600


def test_a_zip_with_a_password_is_aes_256_and_opens_with_the_password(data: ExportData, signer: TestSigner,
                                                                     place: Path) -> None:
    folder = write(data, ExportTarget(place / NAME), signer)
    zipped = write(data, ExportTarget(place / "locked.zip", as_zip=True, password=PASSWORD), signer)
    with pyzipper.AESZipFile(zipped) as archive:
        archive.setpassword(PASSWORD.encode())
        assert archive.testzip() is None
        for name in EXPECTED_FILES:
            assert archive.read(f"{NAME}/{name}") == (folder / name).read_bytes(), name
    with pyzipper.AESZipFile(zipped) as archive:
        archive.setpassword(b"not the password")
        with pytest.raises(RuntimeError, match=r"(?i)bad password"):
            archive.read(f"{NAME}/report.pdf")
    with zipfile.ZipFile(zipped) as archive:
        for info in archive.infolist():
            assert info.flag_bits & 0x1  # encrypted
            assert info.compress_type == 99  # WinZip AES
            # The AES extra field (little-endian): id 0x9901, size 7, AE-2, "AE", strength 3 = 256 bits.
            assert info.extra[:9] == bytes.fromhex("0199070002004145") + b"\x03"
    # Nothing of the content in the clear: no table header, no journal text, no PDF.
    raw = zipped.read_bytes()
    assert b"%PDF" not in raw and b"HYPERLINK" not in raw and b"session_id" not in raw
    assert verify_export(zipped).status is VerifyStatus.UNREADABLE  # says: unpack it with the password


# --- nothing left behind -------------------------------------------------------------------------


def _cancel_at(step: int) -> Callable[[], bool]:
    calls = iter(range(1, 100))
    return lambda: next(calls) == step


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
@pytest.mark.parametrize("step", range(1, STEPS + 1))
def test_a_cancel_at_each_step_leaves_nothing(data: ExportData, signer: TestSigner, place: Path,
                                              as_zip: bool, step: int) -> None:
    progress: list[int] = []
    target = ExportTarget(place / (NAME + (".zip" if as_zip else "")), as_zip=as_zip, password=None)
    with pytest.raises(ExportCancelledError):
        write(data, target, signer, cancelled=_cancel_at(step),
              progress=lambda percent, _what: progress.append(percent))
    assert list(place.iterdir()) == []
    assert len(progress) == step - 1


def test_progress_rises_to_100(data: ExportData, signer: TestSigner, place: Path) -> None:
    seen: list[tuple[int, str]] = []
    write(data, ExportTarget(place / NAME), signer,
          progress=lambda percent, what: seen.append((percent, what)))
    percents = [percent for percent, _ in seen]
    assert percents == sorted(percents) and percents[-1] == 100 and len(percents) == STEPS + 1
    assert all(what for _, what in seen)


@pytest.mark.parametrize(("as_zip", "failing_sync"), [(False, 0), (False, 5), (False, 16), (True, 0)],
                         ids=["folder-first-file", "folder-a-file", "folder-a-folder", "zip"])
def test_a_full_disk_leaves_nothing_and_says_so(data: ExportData, signer: TestSigner, place: Path,
                                                monkeypatch: pytest.MonkeyPatch, as_zip: bool,
                                                failing_sync: int) -> None:
    real_fsync = os.fsync
    calls = iter(range(100))

    def fsync(descriptor: int) -> None:
        if next(calls) == failing_sync:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    target = ExportTarget(place / ("x.zip" if as_zip else "x"), as_zip=as_zip)
    with pytest.raises(ExportDestinationError, match="The disk is full"):
        write(data, target, signer)
    assert list(place.iterdir()) == []


def test_a_bug_in_the_painter_leaves_nothing(data: ExportData, signer: TestSigner, place: Path) -> None:
    def broken(_report: Report) -> bytes:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        write_export(data, ExportTarget(place / NAME), signer=signer, render_pdf=broken)
    assert list(place.iterdir()) == []


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
@pytest.mark.parametrize("appears", ["file", "folder", "full folder"])
def test_a_destination_that_appears_while_writing_is_never_overwritten(
        data: ExportData, signer: TestSigner, place: Path, as_zip: bool, appears: str) -> None:
    target = ExportTarget(place / ("x.zip" if as_zip else "x"), as_zip=as_zip)

    def render_then_someone_saves_there(report: Report) -> bytes:
        if appears == "file":
            target.path.write_bytes(b"theirs")
        else:
            target.path.mkdir()
            if appears == "full folder":
                (target.path / "theirs.txt").write_bytes(b"theirs")
        return fake_pdf(report)

    with pytest.raises(ExportDestinationError, match="appeared while the export was being written"):
        write_export(data, target, signer=signer, render_pdf=render_then_someone_saves_there)
    assert [p.name for p in place.iterdir()] == [target.path.name]  # theirs, untouched; no partial
    if appears == "file":
        assert target.path.read_bytes() == b"theirs"
    else:
        assert everything_under(target.path) == (["theirs.txt"] if appears == "full folder" else [])


# --- destinations --------------------------------------------------------------------------------


def _refused(target: ExportTarget, data: ExportData, signer: TestSigner, match: str) -> None:
    with pytest.raises(ExportDestinationError, match=match) as caught:
        write(data, target, signer)
    sentence = str(caught.value)
    assert "\n" not in sentence and sentence.endswith(".")


def test_destination_errors_are_one_sentence_and_write_nothing(data: ExportData, signer: TestSigner,
                                                               place: Path) -> None:
    (place / "taken").mkdir()
    (place / "taken.zip").write_bytes(b"x")
    (place / "a-file").write_bytes(b"x")
    (place / "dangling").symlink_to(place / "nowhere")
    before = everything_under(place)
    _refused(ExportTarget(place / "taken"), data, signer, "already exists")
    _refused(ExportTarget(place / "taken.zip", as_zip=True), data, signer, "already exists")
    _refused(ExportTarget(place / "dangling"), data, signer, "already exists")
    _refused(ExportTarget(place / "missing" / "x"), data, signer, "does not exist")
    _refused(ExportTarget(place / "a-file" / "x"), data, signer, "is a file, not a folder")
    _refused(ExportTarget(place / ("n" * 256)), data, signer, "too long")
    _refused(ExportTarget(place / "x.zip" / ".."), data, signer, "Choose a name")
    _refused(ExportTarget(place / "no-suffix", as_zip=True), data, signer, r"must end in \.zip")
    assert everything_under(place) == before


def test_a_folder_that_may_not_be_written_is_refused(data: ExportData, signer: TestSigner, place: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    locked = place / "locked"
    locked.mkdir(mode=0o500)
    if os.geteuid() == 0:  # root may write anywhere: make the check see what a user would
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != locked and real_access(path, mode))
    _refused(ExportTarget(locked / "x"), data, signer, "may not write in")
    assert list(locked.iterdir()) == []


def test_a_write_the_disk_refuses_is_one_sentence(data: ExportData, signer: TestSigner, place: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    _refused(ExportTarget(place / "x"), data, signer, "may not write in")
    assert list(place.iterdir()) == []


def test_check_target_accepts_a_new_name_in_a_folder(place: Path) -> None:
    check_target(ExportTarget(place / NAME))
    check_target(ExportTarget(place / "Export.ZIP", as_zip=True))
    assert list(place.iterdir()) == []


# --- leftovers, modes, the temporary folder ------------------------------------------------------


def _leftovers(place: Path) -> None:
    folder = place / ".companion-export-deadbeef.partial"
    (folder / "csv").mkdir(parents=True)
    (folder / "csv" / "sessions.csv").write_bytes(b"half")
    (folder / "csv").chmod(0o500)  # even a folder the kill left read-only
    (place / ".companion-export-cafef00d.partial").write_bytes(b"half a zip")


def test_the_next_export_removes_what_an_interrupted_one_left(data: ExportData, signer: TestSigner,
                                                              place: Path) -> None:
    _leftovers(place)
    (place / "companion-export-20260101-11111111").mkdir()  # a finished export stays
    (place / "notes.txt").write_bytes(b"mine")
    write(data, ExportTarget(place / NAME), signer)
    assert sorted(p.name for p in place.iterdir()) == ["companion-export-20260101-11111111", NAME,
                                                       "notes.txt"]
    _leftovers(place)
    write(data, ExportTarget(place / "x.zip", as_zip=True), signer)
    assert ".companion-export-deadbeef.partial" not in {p.name for p in place.iterdir()}
    assert ".companion-export-cafef00d.partial" not in {p.name for p in place.iterdir()}


@pytest.fixture
def locked_partial(place: Path) -> Iterator[Path]:
    """A partial another export is writing right now (it holds the lock)."""
    partial = place / ".companion-export-0ther0ne.partial"
    partial.mkdir()
    descriptor = os.open(partial, os.O_RDONLY)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    try:
        yield partial
    finally:
        os.close(descriptor)


def test_a_partial_another_export_is_writing_is_left_alone(data: ExportData, signer: TestSigner,
                                                           place: Path, locked_partial: Path) -> None:
    write(data, ExportTarget(place / NAME), signer)
    assert locked_partial.is_dir()


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_files_are_owner_only_and_folders_too(data: ExportData, signer: TestSigner, place: Path,
                                              umask: int) -> None:
    previous = os.umask(umask)
    try:
        folder = write(data, ExportTarget(place / NAME), signer)
        zipped = write(data, ExportTarget(place / "x.zip", as_zip=True, password=PASSWORD), signer)
    finally:
        os.umask(previous)
    modes = {p.relative_to(place).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in place.rglob("*")}
    assert modes[zipped.name] == 0o600
    for name, mode in modes.items():
        expected = 0o700 if (place / name).is_dir() else 0o600
        assert mode == expected, name
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_nothing_is_written_to_the_system_temporary_folder(data: ExportData, signer: TestSigner,
                                                           place: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    assert tempfile.gettempdir() == str(temp)
    write(data, ExportTarget(place / NAME), signer)
    write(data, ExportTarget(place / "plain.zip", as_zip=True), signer)
    write(data, ExportTarget(place / "locked.zip", as_zip=True, password=PASSWORD), signer)
    with pytest.raises(ExportCancelledError):
        write(data, ExportTarget(place / "cancelled"), signer, cancelled=_cancel_at(STEPS))
    assert list(temp.iterdir()) == []
