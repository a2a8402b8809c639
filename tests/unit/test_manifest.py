"""The manifest: sha256sum's format exactly, built from a folder, checked file by file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from companion.export.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileProblem,
    FileProblemKind,
    ManifestError,
    build_manifest,
    check_folder,
    compare,
    format_manifest,
    is_safe_relative_path,
    listed_files,
    parse_manifest,
    write_signature_files,
)
from companion.storage import sshsig
from tests.signed_export import EXPORT_FILES, TestSigner, make_export, sha256sum_check

SEED = bytes(range(32))


def _hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return make_export(tmp_path / "companion-export-20260105-a1b2", TestSigner(SEED))


def test_the_manifest_is_sha256sum_format_sorted_with_lf(export: Path) -> None:
    manifest = (export / MANIFEST_NAME).read_bytes()
    names = sorted([*EXPORT_FILES, "patient.pub"])
    pub = (export / "patient.pub").read_bytes()
    expected = "".join(
        f"{_hex(pub if name == 'patient.pub' else EXPORT_FILES[name])}  {name}\n" for name in names
    )
    assert manifest == expected.encode()
    assert b"\r" not in manifest and b"\\" not in manifest
    assert MANIFEST_NAME.encode() not in manifest and SIGNATURE_NAME.encode() not in manifest
    assert build_manifest(export) == manifest
    assert parse_manifest(manifest) == {
        name: line[:64] for name, line in zip(names, manifest.decode().splitlines(), strict=True)
    }


def test_sha256sum_checks_it_and_catches_a_change(export: Path) -> None:
    passed = sha256sum_check(export)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert passed.stdout.count(": OK\n") == len(EXPORT_FILES) + 1
    data = bytearray((export / "csv/scores.csv").read_bytes())
    data[20] ^= 0x01
    (export / "csv/scores.csv").write_bytes(bytes(data))
    failed = sha256sum_check(export)
    assert failed.returncode != 0
    assert "csv/scores.csv: FAILED" in failed.stdout


def test_write_signature_files_writes_the_key_the_manifest_and_its_signature(tmp_path: Path) -> None:
    signer = TestSigner(SEED)
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF")
    assert write_signature_files(folder, signer) == sshsig.fingerprint(signer.public_key)
    assert sorted(p.name for p in folder.iterdir()) == [
        "manifest-sha256.txt",
        "manifest.sig",
        "patient.pub",
        "report.pdf",
    ]
    assert (folder / "patient.pub").read_text() == sshsig.public_key_line(signer.public_key) + "\n"
    manifest = (folder / MANIFEST_NAME).read_bytes()
    assert sshsig.verify((folder / SIGNATURE_NAME).read_bytes(), manifest).valid
    # Written again (a rewrite of the same folder) it lists the same files, not itself.
    write_signature_files(folder, signer)
    assert (folder / MANIFEST_NAME).read_bytes() == manifest


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "empty"),
        (b"\n", "Line 1"),
        (b"\xff\xfe", "UTF-8"),
        (f"{'a' * 64}  report.pdf".encode(), "line break"),
        (f"{'a' * 64}  report.pdf\r\n".encode(), "Line 1"),
        (f"{'A' * 64}  report.pdf\n".encode(), "Line 1"),
        (f"{'a' * 63}  report.pdf\n".encode(), "Line 1"),
        (f"{'a' * 64} report.pdf\n".encode(), "Line 1"),
        (f"{'a' * 64} *report.pdf\n".encode(), "Line 1"),
        (f"{'a' * 64}  \n".encode(), "Line 1"),
        (f"\\{'a' * 64}  report\\\\x.pdf\n".encode(), "Line 1"),
        (f"{'a' * 64}  ../etc/passwd\n".encode(), "cannot be listed"),
        (f"{'a' * 64}  /etc/passwd\n".encode(), "cannot be listed"),
        (f"{'a' * 64}  csv//x.csv\n".encode(), "cannot be listed"),
        (f"{'a' * 64}  ./x.csv\n".encode(), "cannot be listed"),
        (f"{'a' * 64}  C:/x.csv\n".encode(), "cannot be listed"),
        (f"{'a' * 64}  manifest.sig\n".encode(), "cannot be listed"),
        (f"{'a' * 64}  manifest-sha256.txt\n".encode(), "cannot be listed"),
        (f"{'a' * 64}  b\n{'a' * 64}  a\n".encode(), "Line 2 of manifest-sha256.txt is out of order"),
        (f"{'a' * 64}  a\n{'b' * 64}  a\n".encode(), "Line 2 of manifest-sha256.txt is out of order"),
        (f"{'a' * 64}  a\n\n".encode(), "Line 2"),
        (b"x" * (4 * 1024 * 1024 + 1), "far too large"),
    ],
)
def test_anything_but_the_exact_format_is_refused(content: bytes, says: str) -> None:
    with pytest.raises(ManifestError, match=says):
        parse_manifest(content)


def test_compare_names_changed_missing_unlisted_and_renamed_files() -> None:
    listed = {"a.csv": "1" * 64, "b.csv": "2" * 64, "c.csv": "3" * 64, "d.csv": "4" * 64}
    present = {"a.csv": "1" * 64, "b.csv": "9" * 64, "c2.csv": "3" * 64, "e.csv": "5" * 64}
    assert compare(listed, present) == [
        FileProblem(FileProblemKind.CHANGED, "b.csv"),
        FileProblem(FileProblemKind.RENAMED, "c2.csv", listed_as="c.csv"),
        FileProblem(FileProblemKind.MISSING, "d.csv"),
        FileProblem(FileProblemKind.UNLISTED, "e.csv"),
    ]
    assert compare(listed, listed) == []
    sentences = [p.sentence() for p in compare(listed, present)]
    assert sentences == [
        "b.csv was changed after the export was signed.",
        "c2.csv was renamed; the manifest lists it as c.csv.",
        "d.csv is listed in the manifest but missing.",
        "e.csv is not in the manifest: it was added after the export was signed.",
    ]


def test_check_folder_reports_each_file_by_name(export: Path) -> None:
    assert check_folder(export) == []
    (export / "csv/scores.csv").write_bytes(b"changed")
    (export / "fhir/bundle.json").rename(export / "fhir/bundle2.json")
    (export / "csv/README.txt").unlink()
    (export / "notes.txt").write_bytes(b"added")
    assert check_folder(export) == [
        FileProblem(FileProblemKind.CHANGED, "csv/scores.csv"),
        FileProblem(FileProblemKind.MISSING, "csv/README.txt"),
        FileProblem(FileProblemKind.RENAMED, "fhir/bundle2.json", listed_as="fhir/bundle.json"),
        FileProblem(FileProblemKind.UNLISTED, "notes.txt"),
    ]
    (export / MANIFEST_NAME).unlink()
    with pytest.raises(ManifestError, match="missing"):
        check_folder(export)


def test_unsafe_names_and_links_cannot_be_listed(tmp_path: Path) -> None:
    for name in ["", "../a", "/a", "a//b", "a/./b", "a\\b", "C:/a", "a\nb", "a\x00b"]:
        assert not is_safe_relative_path(name), name
        with pytest.raises(ValueError):
            format_manifest({name: "a" * 64})
    for name in ["a", "csv/a.csv", "ünïcode ✓.txt", "with space.csv", ".hidden"]:
        assert is_safe_relative_path(name)
    with pytest.raises(ValueError):
        format_manifest({"a": "A" * 64})
    (tmp_path / "a.txt").write_text("a")
    os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")
    with pytest.raises(ValueError, match="symbolic link"):
        listed_files(tmp_path)


def test_non_ascii_names_sort_by_their_utf8_bytes(tmp_path: Path) -> None:
    for name in ["é.txt", "z.txt", "Z.txt", "a/b.txt", "a.txt", "ä/x.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(name)
    names = [line.split("  ", 1)[1] for line in build_manifest(tmp_path).decode().splitlines()]
    assert names == sorted(names, key=lambda n: n.encode())
    assert names == ["Z.txt", "a.txt", "a/b.txt", "z.txt", "ä/x.txt", "é.txt"]
    (tmp_path / MANIFEST_NAME).write_bytes(build_manifest(tmp_path))
    assert sha256sum_check(tmp_path).returncode == 0
