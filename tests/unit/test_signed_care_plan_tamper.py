"""Tampering with a signed care-plan file is caught, and the signature is OpenSSH's own.

Every byte of a real signed file is flipped in four ways. A flip is refused, or, when it turns one space
or line break between the envelope's fields into another (JSON that means the same), the file reads back
exactly as before: the test checks that these are the only flips that pass. Every change to the bytes of
the signed care-plan file itself, re-wrapped as a careful forger would, is caught by the signature.
``ssh-keygen -Y verify`` accepts the signature with the command the module docstring gives, and a file
signed by ``ssh-keygen -Y sign`` reads back.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from companion.domain.care_plan_file import CarePlanFileError
from companion.storage import sshsig
from companion.storage.signed_care_plan import NAMESPACE, SignedCarePlanFile, read_imported_care_plan
from tests.signed_export import TestSigner, openssh_tool
from tests.unit.test_signed_care_plan import (
    ANOTHER_KIND_OF_KEY,
    DOES_NOT_MATCH,
    INNER,
    SIGNED,
    envelope,
    problems,
)

JSON_WHITESPACE = b" \t\n\r"
FLIP_MASKS = (0x01, 0x2A, 0x80, 0xFF)  # 0x2A swaps a space and a line break: the one harmless flip


def _whitespace_between_tokens(data: bytes) -> set[int]:
    """Positions of JSON whitespace outside strings (bytes of UTF-8 sequences are >= 0x80: never a quote)."""
    positions: set[int] = set()
    in_string = escaped = False
    for position, byte in enumerate(data):
        if in_string:
            if escaped:
                escaped = False
            elif byte == ord("\\"):
                escaped = True
            elif byte == ord('"'):
                in_string = False
        elif byte == ord('"'):
            in_string = True
        elif byte in JSON_WHITESPACE:
            positions.add(position)
    return positions


def _refused(data: bytes) -> bool:
    try:
        read_imported_care_plan(data)
    except CarePlanFileError:
        return True
    return False


def test_every_byte_flip_is_refused_or_changes_only_the_layout() -> None:
    original = read_imported_care_plan(SIGNED)
    whitespace = _whitespace_between_tokens(SIGNED)
    passed: set[tuple[int, int]] = set()
    for position in range(len(SIGNED)):
        for mask in FLIP_MASKS:
            flipped = bytearray(SIGNED)
            flipped[position] ^= mask
            try:
                read = read_imported_care_plan(bytes(flipped))
            except CarePlanFileError:
                continue
            assert position in whitespace and flipped[position] in JSON_WHITESPACE, (position, mask)
            assert read == original, (position, mask)
            passed.add((position, mask))
    # Exactly the space <-> line-break swaps between tokens pass (the writer writes no tab or CR).
    assert passed == {(position, 0x2A) for position in whitespace}
    assert len(passed) > 10


def test_every_change_to_the_signed_care_plan_file_is_caught_by_the_signature() -> None:
    tried = 0
    for position in range(len(INNER)):
        changed = bytearray(INNER)
        changed[position] ^= 0x01
        try:
            text = bytes(changed).decode("utf-8")
        except UnicodeDecodeError:
            continue  # no JSON string can carry it: the envelope could not even be written
        tried += 1
        # Written properly, as a forger who knows the format would, with the original signature.
        assert problems(envelope(care_plan_file=text))[0].startswith(DOES_NOT_MATCH), position
    assert tried >= len(INNER) - 8  # only the bytes of "ë" and "Á" cannot be flipped into text


def test_every_truncation_is_refused_unless_it_drops_only_the_final_line_break() -> None:
    original = read_imported_care_plan(SIGNED)
    for length in range(len(SIGNED)):
        cut = SIGNED[:length]
        if SIGNED[length:].strip(JSON_WHITESPACE):
            assert _refused(cut), length
        else:
            assert read_imported_care_plan(cut) == original
    assert _refused(b"")


@pytest.mark.parametrize("tail", [b"{}", b"x", b"\x00", b'"signature"', SIGNED])
def test_anything_after_the_envelope_is_refused(tail: bytes) -> None:
    assert _refused(SIGNED + tail)


# --- OpenSSH ---------------------------------------------------------------------------------------


def _ssh_keygen(*args: str, stdin: bytes | None = None, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([openssh_tool("ssh-keygen"), *args], input=stdin, cwd=cwd, capture_output=True,
                          timeout=60, check=False)


def _write_parts(folder: Path, signed: bytes) -> None:
    """The two strings of the envelope as files, as the module docstring says to check them."""
    document = json.loads(signed)
    (folder / "care-plan.json").write_bytes(document["care_plan_file"].encode("utf-8"))
    (folder / "care-plan.sig").write_text(document["signature"], encoding="ascii")


def test_ssh_keygen_verifies_the_signature(tmp_path: Path) -> None:
    signed = read_imported_care_plan(SIGNED)
    assert isinstance(signed, SignedCarePlanFile)
    _write_parts(tmp_path, SIGNED)
    key_line = sshsig.public_key_line(signed.signer_public_key)
    (tmp_path / "allowed_signers").write_text(f"clinician {key_line}\n", encoding="ascii")
    care_plan_file = (tmp_path / "care-plan.json").read_bytes()
    assert care_plan_file == INNER
    verify = ("-Y", "verify", "-f", "allowed_signers", "-I", "clinician", "-s", "care-plan.sig")
    checked = _ssh_keygen(*verify, "-n", "companion-care-plan", stdin=care_plan_file, cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert signed.fingerprint.encode() in checked.stdout  # the fingerprint the patient is shown
    assert _ssh_keygen(*verify, "-n", "companion-export", stdin=care_plan_file, cwd=tmp_path).returncode != 0
    changed = care_plan_file.replace(b"62.5", b"72.5")
    assert changed != care_plan_file
    assert _ssh_keygen(*verify, "-n", "companion-care-plan", stdin=changed, cwd=tmp_path).returncode != 0


def test_a_file_signed_by_ssh_keygen_reads_back_with_its_fingerprint(tmp_path: Path) -> None:
    signer = TestSigner(bytes(range(32)))
    key = signer.write_openssh_private_key(tmp_path / "clinician")
    (tmp_path / "care-plan.json").write_bytes(INNER)
    signed = _ssh_keygen("-Y", "sign", "-f", str(key), "-n", NAMESPACE, "care-plan.json", cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    signature = (tmp_path / "care-plan.json.sig").read_text(encoding="ascii")
    assert signature == sshsig.sign(signer, INNER, NAMESPACE)  # Ed25519 is deterministic: byte for byte
    read = read_imported_care_plan(envelope(signature=signature))
    assert isinstance(read, SignedCarePlanFile) and read.signer_public_key == signer.public_key
    printed = _ssh_keygen("-l", "-f", str(key), cwd=tmp_path).stdout.decode()
    assert read.fingerprint in printed


def test_an_ecdsa_signature_from_ssh_keygen_is_refused(tmp_path: Path) -> None:
    made = _ssh_keygen("-q", "-t", "ecdsa", "-N", "", "-f", "ecdsa", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    (tmp_path / "care-plan.json").write_bytes(INNER)
    signed = _ssh_keygen("-Y", "sign", "-f", "ecdsa", "-n", NAMESPACE, "care-plan.json", cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    signature = (tmp_path / "care-plan.json.sig").read_text(encoding="ascii")
    assert problems(envelope(signature=signature))[0].startswith(ANOTHER_KIND_OF_KEY)
