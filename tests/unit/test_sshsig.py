"""SSHSIG and OpenSSH public keys, checked against OpenSSH's own ssh-keygen.

Ed25519 signatures are deterministic, so ours must equal ``ssh-keygen -Y sign``'s byte for byte;
``ssh-keygen -l`` must print the fingerprint Settings shows; and verification must turn every
malformed, truncated or altered input into "not valid" without raising.
"""

from __future__ import annotations

import base64
import struct
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.storage import sshsig
from tests.signed_export import TestSigner, openssh_tool

MESSAGE = b"0" * 64 + b"  report.pdf\n"
SEED = bytes(range(32))


@pytest.fixture
def signer() -> TestSigner:
    return TestSigner(SEED)


def _ssh_keygen(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [openssh_tool("ssh-keygen"), *args],
        input=stdin,
        cwd=cwd,
        capture_output=True,
        timeout=60,
        check=False,
    )


def _string(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


def _blob(armored: str) -> bytes:
    return base64.b64decode("".join(armored.splitlines()[1:-1]))


# --- public keys and fingerprints ----------------------------------------------------------------


def test_fingerprint_is_what_ssh_keygen_l_prints(tmp_path: Path) -> None:
    for number in range(5):
        key = TestSigner().public_key if number else TestSigner(SEED).public_key
        pub = tmp_path / f"patient{number}.pub"
        pub.write_text(sshsig.public_key_line(key) + "\n")
        printed = _ssh_keygen("-l", "-f", str(pub)).stdout.decode()
        assert printed == sshsig.fingerprint_line(key) + "\n"
        assert printed.startswith(f"256 {sshsig.fingerprint(key)} companion (ED25519)")
        assert sshsig.parse_public_key(pub.read_bytes()) == key


def test_public_key_line_is_what_ssh_keygen_derives_from_the_private_key(
    tmp_path: Path, signer: TestSigner
) -> None:
    private = signer.write_openssh_private_key(tmp_path / "id")
    derived = _ssh_keygen("-y", "-f", str(private)).stdout.decode().split()
    assert derived[:2] == sshsig.public_key_line(signer.public_key).split()[:2]


@pytest.mark.parametrize(
    "text",
    [
        "ssh-ed25519 {b64} companion\n",
        "ssh-ed25519 {b64}",
        "ssh-ed25519 {b64} a comment with spaces\r\n",
        "# the patient's key\n\nssh-ed25519 {b64} companion\n",
        "patient ssh-ed25519 {b64}\n",  # an allowed_signers line
        'patient namespaces="companion-export" ssh-ed25519 {b64} c\n',
    ],
)
def test_parse_public_key_accepts_the_usual_layouts(signer: TestSigner, text: str) -> None:
    b64 = sshsig.public_key_line(signer.public_key).split()[1]
    assert sshsig.parse_public_key(text.format(b64=b64)) == signer.public_key
    assert sshsig.parse_public_key(text.format(b64=b64).encode()) == signer.public_key


def test_parse_public_key_refuses_other_keys_and_damage(tmp_path: Path, signer: TestSigner) -> None:
    _ssh_keygen("-q", "-t", "ecdsa", "-N", "", "-f", str(tmp_path / "ecdsa"))
    b64 = sshsig.public_key_line(signer.public_key).split()[1]
    blob = base64.b64decode(b64)
    bad = [
        (tmp_path / "ecdsa.pub").read_text(),
        "",
        "\n# only a comment\n",
        "ssh-ed25519",
        "ssh-ed25519 !!!notbase64",
        f"ssh-ed25519 {b64[:-2]}",
        f"ssh-ed25519 {b64}=",
        "ssh-ed25519 " + base64.b64encode(blob[:-1]).decode(),
        "ssh-ed25519 " + base64.b64encode(blob + b"\x00").decode(),
        "ssh-ed25519 " + base64.b64encode(_string(b"ssh-rsa") + _string(bytes(32))).decode(),
        "ssh-ed25519 " + base64.b64encode(_string(b"ssh-ed25519") + b"\xff\xff\xff\xff").decode(),
        "ssh-rsa " + b64,
    ]
    for text in bad:
        with pytest.raises(sshsig.MalformedError):
            sshsig.parse_public_key(text)
    for data in [b"\xff\xfe" + b64.encode(), b"ssh-ed25519 " + b"A" * (sshsig.MAX_PUBLIC_KEY_FILE_BYTES + 1)]:
        with pytest.raises(sshsig.MalformedError):
            sshsig.parse_public_key(data)


# --- signatures against OpenSSH ------------------------------------------------------------------


def test_our_signature_is_byte_identical_to_ssh_keygen_sign(tmp_path: Path, signer: TestSigner) -> None:
    private = signer.write_openssh_private_key(tmp_path / "id")
    for number, message in enumerate([MESSAGE, b"", bytes(range(256)) * 100]):
        path = tmp_path / f"message{number}"
        path.write_bytes(message)
        assert (
            _ssh_keygen("-Y", "sign", "-f", str(private), "-n", "companion-export", str(path)).returncode == 0
        )
        theirs = path.with_name(path.name + ".sig").read_text("ascii")
        assert sshsig.sign(signer, message) == theirs
        assert all(len(line) <= 70 for line in theirs.splitlines())
        assert sshsig.verify(theirs.encode(), message) == sshsig.SignatureCheck(True, signer.public_key, "")


def test_ssh_keygen_verifies_our_signature(tmp_path: Path, signer: TestSigner) -> None:
    (tmp_path / "allowed").write_text(f"patient {sshsig.public_key_line(signer.public_key)}\n")
    (tmp_path / "message.sig").write_text(sshsig.sign(signer, MESSAGE))
    command = [
        "-Y",
        "verify",
        "-f",
        "allowed",
        "-I",
        "patient",
        "-n",
        "companion-export",
        "-s",
        "message.sig",
    ]
    assert _ssh_keygen(*command, stdin=MESSAGE, cwd=tmp_path).returncode == 0
    assert _ssh_keygen(*command, stdin=MESSAGE + b"x", cwd=tmp_path).returncode != 0
    novalidate = ["-Y", "check-novalidate", "-n", "companion-export", "-s", "message.sig"]
    assert _ssh_keygen(*novalidate, stdin=MESSAGE, cwd=tmp_path).returncode == 0
    other_namespace = ["-Y", "check-novalidate", "-n", "file", "-s", "message.sig"]
    assert _ssh_keygen(*other_namespace, stdin=MESSAGE, cwd=tmp_path).returncode != 0


def test_a_sha256_signature_from_ssh_keygen_is_accepted(tmp_path: Path, signer: TestSigner) -> None:
    private = signer.write_openssh_private_key(tmp_path / "id")
    (tmp_path / "m").write_bytes(MESSAGE)
    signed = _ssh_keygen(
        "-Y",
        "sign",
        "-f",
        str(private),
        "-n",
        "companion-export",
        "-O",
        "hashalg=sha256",
        str(tmp_path / "m"),
    )
    assert signed.returncode == 0
    armored = (tmp_path / "m.sig").read_bytes()
    assert b"sha256" in _blob(armored.decode())
    assert sshsig.verify(armored, MESSAGE).valid
    assert not sshsig.verify(armored, MESSAGE + b"\n").valid


# --- verification: what is not valid -------------------------------------------------------------


def test_wrong_message_namespace_or_key(signer: TestSigner) -> None:
    armored = sshsig.sign(signer, MESSAGE).encode()
    assert not sshsig.verify(armored, MESSAGE[:-1]).valid
    assert sshsig.verify(armored, MESSAGE, namespace="file").reason.endswith("(namespace)")
    other = TestSigner()
    assert sshsig.verify(sshsig.sign(other, MESSAGE).encode(), MESSAGE).public_key == other.public_key


def test_every_single_byte_change_of_a_signature_file_is_refused(signer: TestSigner) -> None:
    armored = sshsig.sign(signer, MESSAGE).encode()
    for index in range(len(armored)):
        for mask in (0x01, 0x02, 0x20, 0x80):
            changed = bytearray(armored)
            changed[index] ^= mask
            check = sshsig.verify(bytes(changed), MESSAGE)
            assert not check.valid, (index, mask)


def test_every_truncation_and_extension_is_refused(signer: TestSigner) -> None:
    armored = sshsig.sign(signer, MESSAGE)
    blob = _blob(armored)
    for length in range(len(blob)):
        assert not sshsig.verify(sshsig.armor(blob[:length]).encode(), MESSAGE).valid, length
    assert "after its end" in sshsig.verify(sshsig.armor(blob + b"\x00").encode(), MESSAGE).reason
    for length in range(len(armored)):
        assert not sshsig.verify(armored[:length].encode(), MESSAGE).valid
    assert not sshsig.verify((armored + "\n").encode(), MESSAGE).valid
    assert not sshsig.verify(armored.replace("\n", "\r\n").encode(), MESSAGE).valid


def _rebuilt(
    signer: TestSigner,
    *,
    version: int = 1,
    reserved: bytes = b"",
    hash_name: bytes = b"sha512",
    key_type: bytes = b"ssh-ed25519",
    signature: bytes | None = None,
) -> bytes:
    blob = _blob(sshsig.sign(signer, MESSAGE))
    real_signature = blob[-64:]
    built = (
        b"SSHSIG"
        + struct.pack(">I", version)
        + _string(sshsig.public_key_blob(signer.public_key))
        + _string(b"companion-export")
        + _string(reserved)
        + _string(hash_name)
        + _string(_string(key_type) + _string(real_signature if signature is None else signature))
    )
    return sshsig.armor(built).encode()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({}, ""),
        ({"version": 2}, "version 2"),
        ({"reserved": b"tag"}, "reserved"),
        ({"hash_name": b"md5"}, "hash algorithm"),
        ({"hash_name": b"sha256"}, "does not match"),
        ({"key_type": b"ssh-rsa"}, "not an Ed25519 signature"),
        ({"signature": bytes(63)}, "wrong length"),
        ({"signature": bytes(64)}, "does not match"),
        ({"signature": b"\xff" * 64}, "does not match"),
    ],
)
def test_each_field_is_checked(signer: TestSigner, change: dict[str, object], reason: str) -> None:
    check = sshsig.verify(_rebuilt(signer, **change), MESSAGE)  # type: ignore[arg-type]
    assert check.valid is (not reason)
    assert reason in check.reason


def test_huge_lengths_and_odd_text_are_not_valid() -> None:
    for content in [
        b"",
        b"-----BEGIN SSH SIGNATURE-----\n-----END SSH SIGNATURE-----\n",
        sshsig.armor(b"SSHSIG\x00\x00\x00\x01\xff\xff\xff\xff").encode(),
        sshsig.armor(b"SSHSIG\x00\x00\x00\x01" + _string(b"\xff\xff\xff\xf0")).encode(),
        sshsig.armor(b"NOTSIG" + bytes(40)).encode(),
        "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\u00e9\n-----END SSH SIGNATURE-----\n".encode(),
        b"-----BEGIN SSH SIGNATURE-----\n" + b"A" * (sshsig.MAX_SIGNATURE_FILE_BYTES) + b"\n",
        b"\x00" * 100,
    ]:
        check = sshsig.verify(content, MESSAGE)
        assert not check.valid and check.reason


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=600))
def test_random_bytes_are_never_valid_and_never_raise(data: bytes) -> None:
    assert not sshsig.verify(data, MESSAGE).valid
    with pytest.raises(sshsig.MalformedError):
        sshsig.parse_public_key(b"ssh-ed25519 " + base64.b64encode(data) + b" x")


@settings(max_examples=300, deadline=None)
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255), cut=st.booleans())
def test_edited_blobs_never_raise(position: int, value: int, cut: bool) -> None:
    blob = bytearray(_blob(sshsig.sign(TestSigner(SEED), MESSAGE)))
    position %= len(blob)
    if cut:
        del blob[position:]
    else:
        blob[position] = value
    check = sshsig.verify(sshsig.armor(bytes(blob)).encode(), MESSAGE)
    assert check.valid is (not cut and bytes(blob) == _blob(sshsig.sign(TestSigner(SEED), MESSAGE)))
