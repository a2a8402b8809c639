"""The clinician's care-plan file, signed with the clinician's key (DESIGN.md §2).

A signed file is UTF-8 JSON (written with two-space indentation and a final newline)::

    {
      "format": "companion-signed-care-plan",
      "version": 1,
      "care_plan_file": "<the exact text of a care-plan file, as domain.care_plan_file writes it>",
      "signature": "-----BEGIN SSH SIGNATURE-----\\n…\\n-----END SSH SIGNATURE-----\\n"
    }

``signature`` is an OpenSSH signature (SSHSIG, Ed25519, SHA-512) of the UTF-8 bytes of
``care_plan_file``, in the namespace ``companion-care-plan`` (so an export's signature, namespace
``companion-export``, never passes for a care plan). The signer's public key is inside the signature;
the signer's name is the inner file's ``issued_by``, which the signature covers. Nothing outside
``care_plan_file`` is signed, and nothing outside it carries meaning: the envelope's layout (its
spaces and line breaks) may change on the way without changing what is read. Every other field, and
every character of the two strings, is checked.

Anyone can check a file with OpenSSH: write ``care_plan_file`` byte for byte to ``care-plan.json`` and
``signature`` to ``care-plan.sig``, then
``ssh-keygen -Y verify -f allowed_signers -I clinician -n companion-care-plan -s care-plan.sig
< care-plan.json``.

Reading takes whatever the patient picked: a plain (unsigned) care-plan file comes back as it is,
a signed one with its verified signer. The same strict, size-limited JSON reader reads both, and
every problem is listed together (:class:`CarePlanFileError`). A good signature says only that the
key signed the plan; whether the patient trusts that key is the caller's question.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.domain.care_plan import CarePlan, CarePlanError
from companion.domain.care_plan_file import (
    MAX_FILE_BYTES,
    CarePlanFile,
    CarePlanFileError,
    capped,
    care_plan_file_from_json,
    load_file_json,
    read_care_plan_file,
    write_care_plan_file,
)
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage import sshsig

SIGNED_FORMAT_NAME = "companion-signed-care-plan"
SIGNED_FORMAT_VERSION = 1
NAMESPACE = "companion-care-plan"
_FIELDS = ("format", "version", "care_plan_file", "signature")
_FIELD_LIST = '"format", "version", "care_plan_file" and "signature"'

# sshsig's reasons for a refused signature, said for the patient; any other reason is quoted.
_OTHER_KIND_OF_KEY = QT_TRANSLATE_NOOP(
    "CarePlanProblems",
    "The file is signed with a kind of key this app does not accept (it accepts Ed25519 keys only).",
)
_SIGNATURE_SENTENCES = {
    "the signature does not match the signed file": QT_TRANSLATE_NOOP(
        "CarePlanProblems",
        "The clinician's signature does not match this care plan: the file was changed after it was "
        "signed, or damaged on the way. Ask your clinician to send it again.",
    ),
    "the signature was made for another use (namespace)": QT_TRANSLATE_NOOP(
        "CarePlanProblems",
        "The signature in this file was made for something else, not for a care plan, so it does not "
        "vouch for this plan.",
    ),
    "the key is not an Ed25519 key": _OTHER_KIND_OF_KEY,
    "the signature is not an Ed25519 signature": _OTHER_KIND_OF_KEY,
}


@dataclass(frozen=True)
class SignedCarePlanFile:
    """A care-plan file whose signature is good, and the key that made it."""

    care_plan_file: CarePlanFile
    signer_public_key: bytes  # 32-byte Ed25519 key
    fingerprint: str  # "SHA256:…", as ``ssh-keygen -l`` shows it

    @property
    def plan(self) -> CarePlan:
        return self.care_plan_file.plan

    @property
    def issued_by(self) -> str:
        """The signer's name, as the signed file gives it."""
        return self.care_plan_file.issued_by

    @property
    def issued_at(self) -> datetime:
        return self.care_plan_file.issued_at


def write_signed_care_plan(plan: CarePlan, issued_by: str, issued_at: datetime,
                           signer: sshsig.RawSigner) -> bytes:
    """The clinician's side: ``plan`` in a care-plan file, signed by ``signer``.

    Raises CarePlanError (every problem) if the plan, the issuer or the time could not be read back.
    """
    inner = write_care_plan_file(plan, issued_by, issued_at)
    document = {
        "format": SIGNED_FORMAT_NAME,
        "version": SIGNED_FORMAT_VERSION,
        "care_plan_file": inner.decode("utf-8"),
        "signature": sshsig.sign(signer, inner, NAMESPACE),
    }
    data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if len(data) > MAX_FILE_BYTES:  # a plan's fields are far too short for this; said rather than assumed
        raise CarePlanError([QT_TRANSLATE_NOOP(
            "CarePlanProblems", "The signed file would be larger than %1 KiB.").arg(MAX_FILE_BYTES // 1024)])
    return data


def read_imported_care_plan(data: bytes) -> CarePlanFile | SignedCarePlanFile:
    """The care-plan file the patient picked: plain (unsigned) or signed with a good signature.

    Raises CarePlanFileError listing every problem: those of a plain care-plan file, and for a signed
    one those of its envelope, its signature and the care-plan file inside it.
    """
    document, problems = load_file_json(bytes(data))
    if not (isinstance(document, dict) and document.get("format") == SIGNED_FORMAT_NAME):
        return care_plan_file_from_json(document, problems)
    return _read_signed(document, problems)


def _read_signed(document: dict[str, Any], problems: list[str]) -> SignedCarePlanFile:
    problems = problems + _envelope_problems(document)
    inner_text, armored = document.get("care_plan_file"), document.get("signature")
    inner = _utf8(inner_text)
    if inner_text is not None and inner is None:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems", 'The field "care_plan_file" must be the text of a care-plan file.'))
    signature = armored.encode("ascii") if isinstance(armored, str) and armored.isascii() else None
    if armored is not None and signature is None:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems", 'The field "signature" must be an OpenSSH signature, which is plain text.'))
    check = None
    if inner is not None and signature is not None:
        check = sshsig.verify(signature, inner, NAMESPACE)
        if not check.valid:
            #: %1 is the technical reason, in English ("the signature file is not plain text")
            unreadable = QT_TRANSLATE_NOOP(
                "CarePlanProblems",
                "The signature in this file cannot be read (%1). Ask your clinician to send the file again.",
            ).arg(check.reason)
            problems.append(_SIGNATURE_SENTENCES.get(check.reason, unreadable))
    care_plan_file = None
    if inner is not None:
        try:
            care_plan_file = read_care_plan_file(inner)
        except CarePlanFileError as error:
            problems.extend(error.problems)  # the same sentences as for the plain file
    if problems or care_plan_file is None or check is None or check.public_key is None:
        raise CarePlanFileError(capped(problems))
    return SignedCarePlanFile(care_plan_file, check.public_key, sshsig.fingerprint(check.public_key))


def _envelope_problems(document: dict[str, Any]) -> list[str]:
    not_ours = QT_TRANSLATE_NOOP("CarePlanProblems", "The field %1 is not part of a signed care-plan file.")
    problems: list[str] = [not_ours.arg(json.dumps(key[:40])) for key in document if key not in _FIELDS]
    #: %1 is a field's name, %2 the list of fields: "format", "version", "care_plan_file" and "signature"
    absent = QT_TRANSLATE_NOOP(
        "CarePlanProblems",
        'The field "%1" is missing; a signed care-plan file has %2.',
    )
    problems.extend(absent.arg(name, _FIELD_LIST) for name in _FIELDS if name not in document)
    version = document.get("version")
    if "version" not in document:
        pass  # said above
    elif not isinstance(version, int) or isinstance(version, bool):
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "version" must be the whole number %1.',
        ).arg(SIGNED_FORMAT_VERSION))
    elif version != SIGNED_FORMAT_VERSION:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "version" says %1, which this app does not know; it reads signed care-plan files of '
            "version %2. Ask for a version %2 file.",
        ).arg(version, SIGNED_FORMAT_VERSION))
    return problems


def _utf8(value: object) -> bytes | None:
    """The UTF-8 bytes of a JSON string, or None if it is not one (or holds a lone surrogate, which
    JSON's \\ud800 escapes can spell but no UTF-8 text holds)."""
    if not isinstance(value, str):
        return None
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        return None

