"""What the manifest, verify and tamper tests share: a signer of their own, an export-like folder, OpenSSH.

``TestSigner`` holds its private key openly (unlike the vault's ``SigningKey``) so that OpenSSH's
``ssh-keygen -Y sign`` can be given the same key and its output compared byte for byte.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from companion.export.manifest import write_signature_files
from companion.storage import sshsig

# An export's shape (DESIGN.md §6) with made-up contents; sizes small enough for a thousand checks.
EXPORT_FILES: dict[str, bytes] = {
    "report.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n",
    "csv/README.txt": b"Every column of every table.\r\nsessions.csv: one row per session.\r\n",
    "csv/sessions.csv": "\ufeffsession_id,local_date,dose_mg\r\n1,2026-01-05,56\r\n".encode(),
    "csv/scores.csv": "\ufeffinstrument,local_date,total\r\nPHQ-9,2026-01-05,17\r\n".encode(),
    "csv/journal.csv": '\ufeffentry,text\r\n1,"\'=shared by patient, ünïcode ✓"\r\n'.encode(),
    "fhir/bundle.json": b'{"resourceType": "Bundle", "type": "collection", "entry": []}\n' * 20,
}


class TestSigner:
    """An Ed25519 key whose private part the test may hand to ssh-keygen."""

    __test__ = False  # not a test class, despite the name

    def __init__(self, seed: bytes | None = None) -> None:
        self._private = (
            Ed25519PrivateKey.from_private_bytes(seed) if seed is not None else Ed25519PrivateKey.generate()
        )

    @property
    def public_key(self) -> bytes:
        return self._private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data)

    def write_openssh_private_key(self, path: Path) -> Path:
        path.write_bytes(
            self._private.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
            )
        )
        path.chmod(0o600)
        return path


def make_export(folder: Path, signer: sshsig.RawSigner, files: Mapping[str, bytes] = EXPORT_FILES) -> Path:
    """``folder`` holding ``files`` plus patient.pub, manifest-sha256.txt and manifest.sig."""
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    write_signature_files(folder, signer)
    return folder


def all_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def openssh_tool(name: str) -> str:
    """The path of an OpenSSH or coreutils tool; the test fails (CI installs openssh-client) if absent."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install openssh-client (Debian) as .ci/run does")
    return found


def allowed_signers(folder: Path, public_key: bytes, principal: str = "patient") -> Path:
    """An OpenSSH allowed_signers file trusting ``public_key`` as ``principal``, beside ``folder``."""
    path = folder.parent / f"{folder.name}.allowed_signers"
    path.write_text(f"{principal} {sshsig.public_key_line(public_key)}\n")
    return path


def ssh_keygen_verify(
    folder: Path, allowed: Path, principal: str = "patient"
) -> subprocess.CompletedProcess[str]:
    """``ssh-keygen -Y verify … -s manifest.sig < manifest-sha256.txt`` run in ``folder``."""
    with (folder / "manifest-sha256.txt").open("rb") as manifest:
        return subprocess.run(
            [
                openssh_tool("ssh-keygen"),
                "-Y",
                "verify",
                "-f",
                str(allowed),
                "-I",
                principal,
                "-n",
                "companion-export",
                "-s",
                "manifest.sig",
            ],
            stdin=manifest,
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )


def sha256sum_check(folder: Path) -> subprocess.CompletedProcess[str]:
    """``sha256sum -c manifest-sha256.txt`` run in ``folder``."""
    return subprocess.run(
        [openssh_tool("sha256sum"), "-c", "manifest-sha256.txt"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )
