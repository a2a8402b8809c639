"""``verify_export`` and ``companion verify``: folders and zips, the clinician's key, OpenSSH alongside.

What a clinician can check with OpenSSH and coreutils (``ssh-keygen -Y verify``, ``sha256sum -c``)
must agree with ``companion verify``: all pass on an export as written, all fail after a change.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
import pyzipper

from companion.export import export_files
from companion.export.manifest import MANIFEST_NAME, write_signature_files
from companion.export.verify import KeyArgumentError, VerifyResult, VerifyStatus, verify_export
from companion.storage import sshsig
from tests.signed_export import (
    EXPORT_FILES,
    TestSigner,
    allowed_signers,
    make_export,
    sha256sum_check,
    ssh_keygen_verify,
)

SEED = bytes(range(32))
NAME = "companion-export-20260105-a1b2"


@pytest.fixture
def signer() -> TestSigner:
    return TestSigner(SEED)


@pytest.fixture
def export(tmp_path: Path, signer: TestSigner) -> Path:
    return make_export(tmp_path / NAME, signer)


def _kinds(result: VerifyResult) -> list[tuple[str, str]]:
    return [(p.kind, p.file) for p in result.problems]


def _flip(path: Path, index: int = 10) -> None:
    data = bytearray(path.read_bytes())
    data[index] ^= 0x01
    path.write_bytes(bytes(data))


def _zip(folder: Path, target: Path, *, top: str | None = None) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            relative = path.relative_to(folder).as_posix()
            archive.write(path, f"{top}/{relative}" if top else relative)
    return target


# --- folders ---------------------------------------------------------------------------------------


def test_an_export_as_written_is_valid(export: Path, signer: TestSigner) -> None:
    result = verify_export(export)
    assert result.status is VerifyStatus.VALID and result.valid and result.exit_code == 0
    assert result.problems == ()
    assert result.files_checked == len(EXPORT_FILES) + 1  # and patient.pub
    assert result.fingerprint == sshsig.fingerprint(signer.public_key)
    assert result.summary()[0].startswith(f"VALID: {export}: all 7 files match")
    assert "pass --key" in result.summary()[1]


def test_openssh_and_sha256sum_agree_with_verify(export: Path, signer: TestSigner) -> None:
    allowed = allowed_signers(export, signer.public_key)
    good = ssh_keygen_verify(export, allowed)
    assert good.returncode == 0, good.stderr
    assert 'Good "companion-export" signature for patient' in good.stdout
    assert sha256sum_check(export).returncode == 0
    # One byte of one digest in the manifest: both tools fail, and so does verify.
    manifest = export / MANIFEST_NAME
    original = manifest.read_bytes()
    changed = bytearray(original)
    changed[0] = ord("0") if changed[0] != ord("0") else ord("1")
    manifest.write_bytes(bytes(changed))
    assert ssh_keygen_verify(export, allowed).returncode != 0
    assert sha256sum_check(export).returncode != 0
    assert ("bad_signature", "manifest.sig") in _kinds(verify_export(export))
    # One byte of a data file: sha256sum names it, the signature still holds, verify names it.
    manifest.write_bytes(original)
    _flip(export / "fhir/bundle.json")
    assert "fhir/bundle.json: FAILED" in sha256sum_check(export).stdout
    assert ssh_keygen_verify(export, allowed).returncode == 0
    result = verify_export(export)
    assert result.status is VerifyStatus.ALTERED and result.exit_code == 1
    assert _kinds(result) == [("changed", "fhir/bundle.json")]
    assert "  fhir/bundle.json was changed after the export was signed." in result.summary()


def test_an_export_signed_by_a_real_vault(tmp_path: Path) -> None:
    from companion.domain.clock import FakeClock
    from companion.paths import DataPaths
    from companion.storage.kdf import LIGHT_TEST_PARAMS
    from companion.storage.vault import create_vault

    vault, _recovery = create_vault(
        DataPaths(tmp_path / "data"), "a passphrase for this test only", LIGHT_TEST_PARAMS, FakeClock()
    )
    with vault:
        folder = tmp_path / NAME
        folder.mkdir()
        (folder / "report.pdf").write_bytes(b"%PDF-1.7")
        fingerprint = write_signature_files(folder, vault.signer)
        public = vault.signer.public_key
    assert verify_export(folder, fingerprint).valid
    assert ssh_keygen_verify(folder, allowed_signers(folder, public)).returncode == 0


def test_the_clinicians_key_given_as_a_file_or_a_fingerprint(export: Path, signer: TestSigner) -> None:
    pub = (export / "patient.pub").read_bytes()
    assert verify_export(export, pub).valid
    assert verify_export(export, pub.decode()).valid
    assert verify_export(export, sshsig.fingerprint(signer.public_key)).valid
    result = verify_export(export, f"patient {sshsig.public_key_line(signer.public_key)}")  # allowed_signers
    assert result.valid and result.expected_fingerprint == result.fingerprint
    assert result.summary()[1] == f"Signed by the key you gave: {result.fingerprint}."


def test_a_re_signed_export_with_another_key_is_a_loud_different_key(
    export: Path, signer: TestSigner
) -> None:
    trusted = (export / "patient.pub").read_bytes()
    (export / "csv/scores.csv").write_bytes(b"instrument,total\r\nPHQ-9,3\r\n")
    intruder = TestSigner()
    write_signature_files(export, intruder)  # a forger rewrites patient.pub, the manifest and the signature
    assert verify_export(export).valid  # without the clinician's key, nothing can tell
    result = verify_export(export, trusted)
    assert result.status is VerifyStatus.DIFFERENT_KEY and result.exit_code == 1
    assert _kinds(result) == [("different_key", "patient.pub")]
    assert result.summary()[0].startswith(f"WARNING: {export} is signed by a DIFFERENT KEY")
    assert sshsig.fingerprint(signer.public_key) in result.summary()[1]
    assert sshsig.fingerprint(intruder.public_key) in result.summary()[1]


def test_a_signature_by_another_key_than_patient_pub(export: Path) -> None:
    manifest = (export / MANIFEST_NAME).read_bytes()
    (export / "manifest.sig").write_text(sshsig.sign(TestSigner(), manifest))
    assert _kinds(verify_export(export)) == [("signer_mismatch", "manifest.sig")]


def test_bad_key_arguments_raise_key_argument_error(export: Path) -> None:
    for key in ["", "SHA256:short", "SHA256:" + "!" * 43, "ssh-rsa AAAA", b"\xff\xfe", "not a key"]:
        with pytest.raises(KeyArgumentError):
            verify_export(export, key)


@pytest.mark.parametrize(
    ("remove", "expected"),
    [
        ("manifest-sha256.txt", [("no_manifest", "manifest-sha256.txt")]),
        ("manifest.sig", [("no_signature", "manifest.sig")]),
        ("patient.pub", [("no_public_key", "patient.pub"), ("missing", "patient.pub")]),
        ("csv/README.txt", [("missing", "csv/README.txt")]),
    ],
)
def test_each_missing_file_is_named(export: Path, remove: str, expected: list[tuple[str, str]]) -> None:
    (export / remove).unlink()
    result = verify_export(export)
    assert result.status is VerifyStatus.ALTERED
    assert _kinds(result) == expected


def test_added_renamed_and_moved_files_are_named(export: Path) -> None:
    (export / "csv/extra.csv").write_bytes(b"a,b\r\n")
    (export / "report.pdf").rename(export / "report-old.pdf")
    (export / "fhir/bundle.json").rename(export / "bundle.json")
    assert _kinds(verify_export(export)) == [
        ("renamed", "bundle.json"),
        ("renamed", "report-old.pdf"),
        ("unlisted", "csv/extra.csv"),
    ]


def test_a_folder_that_is_not_an_export(tmp_path: Path) -> None:
    (tmp_path / "holiday.jpg").write_bytes(b"\xff\xd8")
    result = verify_export(tmp_path)
    assert result.status is VerifyStatus.ALTERED
    assert [k for k, _f in _kinds(result)] == ["no_manifest", "no_public_key", "no_signature"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert verify_export(empty).status is VerifyStatus.ALTERED


def test_links_and_operating_system_litter(export: Path) -> None:
    (export / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (export / "csv/._scores.csv").write_bytes(b"\x00")
    result = verify_export(export)
    assert result.valid and result.ignored == (".DS_Store", "csv/._scores.csv")
    assert result.summary()[-1] == "  Ignored (made by the operating system): .DS_Store, csv/._scores.csv"
    os.symlink("/etc/passwd", export / "csv/linked.csv")
    assert _kinds(verify_export(export)) == [("not_a_file", "csv/linked.csv")]


def test_odd_file_names_are_shown_safely(export: Path) -> None:
    (export / "evil\x1b[31mred.csv").write_bytes(b"x")
    (export / os.fsdecode(b"bad\xffname.csv")).write_bytes(b"y")
    result = verify_export(export)
    files = sorted(f for _k, f in _kinds(result))
    assert files == ["bad\\udcffname.csv", "evil\\x1b[31mred.csv"]
    assert all("\x1b" not in line for line in result.summary())
    json.dumps(result.to_json(), ensure_ascii=True)


def test_unreadable_paths(tmp_path: Path) -> None:
    missing = verify_export(tmp_path / "nothing-here")
    assert missing.status is VerifyStatus.UNREADABLE and missing.exit_code == 2
    assert missing.problems[0].message == f"There is no file or folder at {tmp_path / 'nothing-here'}."
    (tmp_path / "notes.txt").write_text("not a zip")
    assert "neither a folder nor a readable .zip" in verify_export(tmp_path / "notes.txt").problems[0].message
    os.mkfifo(tmp_path / "pipe")
    assert verify_export(tmp_path / "pipe").status is VerifyStatus.UNREADABLE


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_makes_the_export_unreadable(export: Path) -> None:
    (export / "report.pdf").chmod(0)
    result = verify_export(export)
    assert result.status is VerifyStatus.UNREADABLE
    assert ("unreadable", "report.pdf") in _kinds(result)


def test_json_has_fixed_keys(export: Path) -> None:
    _flip(export / "report.pdf")
    document = verify_export(export).to_json()
    assert list(document) == [
        "status",
        "exit_code",
        "export",
        "files_checked",
        "fingerprint",
        "expected_fingerprint",
        "problems",
        "ignored",
    ]
    assert document["status"] == "altered" and document["exit_code"] == 1
    assert document["problems"] == [
        {
            "kind": "changed",
            "file": "report.pdf",
            "message": "report.pdf was changed after the export was signed.",
        }
    ]


# --- zips ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("top", [None, NAME])
def test_a_zip_with_or_without_its_folder(export: Path, tmp_path: Path, top: str | None) -> None:
    archive = _zip(export, tmp_path / f"{NAME}.zip", top=top)
    result = verify_export(archive)
    assert result.valid and result.files_checked == len(EXPORT_FILES) + 1
    assert result.export == str(archive)


def test_a_changed_member_of_a_zip_is_named(export: Path, tmp_path: Path) -> None:
    _flip(export / "csv/sessions.csv")
    assert _kinds(verify_export(_zip(export, tmp_path / "x.zip"))) == [("changed", "csv/sessions.csv")]


def test_a_damaged_zip_member_is_named(export: Path, tmp_path: Path) -> None:
    archive = tmp_path / "stored.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as writer:
        for path in sorted(p for p in export.rglob("*") if p.is_file()):
            writer.write(path, path.relative_to(export).as_posix())
    data = bytearray(archive.read_bytes())
    data[data.index(b"%PDF-1.7") + 100] ^= 0x01  # inside report.pdf's stored bytes: the CRC no longer matches
    archive.write_bytes(bytes(data))
    result = verify_export(archive)
    assert result.status is VerifyStatus.ALTERED
    assert _kinds(result) == [("damaged", "report.pdf")]


def test_a_zip_with_a_password_is_unreadable_and_says_what_to_do(export: Path, tmp_path: Path) -> None:
    archive = tmp_path / "locked.zip"
    with pyzipper.AESZipFile(
        archive, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as writer:
        writer.setpassword(b"a password the clinician was told")
        for path in sorted(p for p in export.rglob("*") if p.is_file()):
            writer.write(path, path.relative_to(export).as_posix())
    result = verify_export(archive)
    assert result.status is VerifyStatus.UNREADABLE
    assert "has a password" in result.problems[0].message and "7-Zip" in result.problems[0].message


@pytest.mark.parametrize(
    "name", ["../evil.csv", "/etc/cron.d/evil", "csv/../../evil", "C:/evil", "csv\\..\\evil"]
)
def test_zip_members_with_unsafe_names(export: Path, tmp_path: Path, name: str) -> None:
    archive = _zip(export, tmp_path / "x.zip")
    with zipfile.ZipFile(archive, "a") as writer:
        writer.writestr(zipfile.ZipInfo(name), b"evil")
    result = verify_export(archive)
    assert result.status is VerifyStatus.ALTERED
    assert [k for k, _f in _kinds(result)] == ["unsafe_name"]
    assert not (tmp_path.parent / "evil.csv").exists()


def test_zip_members_twice_or_as_links(export: Path, tmp_path: Path) -> None:
    archive = _zip(export, tmp_path / "x.zip")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we add on purpose
        with zipfile.ZipFile(archive, "a") as writer:
            writer.writestr("report.pdf", b"second copy")
            link = zipfile.ZipInfo("csv/link.csv")
            link.external_attr = 0o120777 << 16
            writer.writestr(link, "/etc/passwd")
    assert _kinds(verify_export(archive)) == [
        ("duplicate_name", "report.pdf"),
        ("not_a_file", "csv/link.csv"),
    ]


def test_zips_too_large_or_too_many_members(
    export: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = _zip(export, tmp_path / "x.zip")
    monkeypatch.setattr(export_files, "MAX_ENTRIES", 3)
    assert "far more files" in verify_export(archive).problems[0].message
    monkeypatch.setattr(export_files, "MAX_ENTRIES", 10_000)
    monkeypatch.setattr(export_files, "MAX_ZIP_UNPACKED_BYTES", 1000)
    assert "far more data" in verify_export(archive).problems[0].message


def test_a_truncated_zip_is_unreadable(export: Path, tmp_path: Path) -> None:
    archive = _zip(export, tmp_path / "x.zip")
    archive.write_bytes(archive.read_bytes()[:-30])
    assert verify_export(archive).status is VerifyStatus.UNREADABLE


# --- the command line ------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "companion", "verify", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("companion: ")
    return lines[0]


def test_cli_exit_codes_and_summaries(export: Path, tmp_path: Path) -> None:
    pub = tmp_path / "patient.pub"
    shutil.copyfile(export / "patient.pub", pub)
    valid = _cli(str(export), "--key", str(pub))
    assert (valid.returncode, valid.stderr) == (0, "")
    assert valid.stdout.startswith("VALID: ")
    _flip(export / "csv/README.txt")
    altered = _cli(str(export))
    assert altered.returncode == 1 and "csv/README.txt was changed" in altered.stdout
    as_json = _cli(str(export), "--json")
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout)["problems"][0]["file"] == "csv/README.txt"
    unreadable = _cli(str(tmp_path / "missing"), "--json")
    assert unreadable.returncode == 2 and json.loads(unreadable.stdout)["status"] == "unreadable"


def test_cli_different_key_is_exit_1_and_loud(export: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.pub"
    other.write_text(sshsig.public_key_line(TestSigner().public_key) + "\n")
    result = _cli(str(export), "--key", str(other))
    assert result.returncode == 1 and "DIFFERENT KEY" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ([], "The following arguments are required: PATH"),
        (["{export}", "--key"], "expected one argument"),
        (["{export}", "--key", "{tmp}/missing.pub"], "There is no key file at"),
        (["{export}", "--key", "{tmp}"], "is a folder; --key takes"),
        (["{export}", "--key", "{export}/report.pdf"], "not an OpenSSH Ed25519 public key"),
        (["{export}", "--key", "SHA256:tooshort"], "not a whole SHA256: fingerprint"),
        (["{export}", "--frobnicate"], "Unrecognized arguments"),
    ],
)
def test_cli_bad_arguments_get_one_sentence_and_exit_2(
    export: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    result = _cli(*(a.format(export=export, tmp=tmp_path) for a in args))
    assert result.returncode == 2
    assert says in _one_sentence(result)
    assert result.stdout == ""


def test_verify_never_loads_qt(export: Path) -> None:
    code = (
        "import sys\n"
        "import companion.export.verify\n"
        "from companion.cli import main\n"
        f"code = main(['verify', {str(export)!r}, '--json'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:' + ','.join(loaded), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "QT:"
