"""The signed care-plan file: a round trip, plain files still read, and every kind of bad signed file
refused with all of its problems in plain sentences (bad signature, another use, another kind of key,
bad base64, wrong types, missing and extra fields, oversize, not UTF-8)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from companion.domain.care_plan import CarePlan, CarePlanError, Route
from companion.domain.care_plan_file import (
    MAX_FILE_BYTES,
    CarePlanFile,
    CarePlanFileError,
    write_care_plan_file,
)
from companion.storage import sshsig
from companion.storage.signed_care_plan import (
    NAMESPACE,
    SIGNED_FORMAT_NAME,
    SignedCarePlanFile,
    read_imported_care_plan,
    write_signed_care_plan,
)
from companion.storage.signing_key import SigningKey

PLAN = CarePlan(dose_mg=62.5, route=Route.SUBLINGUAL, planned_weekdays=(1, 4), bp_recheck_minutes=(40, 80),
                clinician_name="Dr. Zoë Álvarez", clinician_phone="+1 555 010 0100")
ISSUED_BY = "Dr. Zoë Álvarez, Example Clinic"
ISSUED_AT = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
CLINICIAN = SigningKey.generate()
SIGNED = write_signed_care_plan(PLAN, ISSUED_BY, ISSUED_AT, CLINICIAN)
INNER = write_care_plan_file(PLAN, ISSUED_BY, ISSUED_AT)
SIGNATURE = sshsig.sign(CLINICIAN, INNER, NAMESPACE)

DOES_NOT_MATCH = "The clinician's signature does not match this care plan"
ANOTHER_USE = "The signature in this file was made for something else, not for a care plan"
ANOTHER_KIND_OF_KEY = "The file is signed with a kind of key this app does not accept"


def envelope(**fields: Any) -> bytes:
    """A signed file with ``fields`` changed (None removes one), written as the writer writes it."""
    document: dict[str, Any] = {"format": SIGNED_FORMAT_NAME, "version": 1,
                                "care_plan_file": INNER.decode(), "signature": SIGNATURE}
    for name, value in fields.items():
        if value is None:
            document.pop(name)
        else:
            document[name] = value
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def problems(data: bytes) -> list[str]:
    with pytest.raises(CarePlanFileError) as caught:
        read_imported_care_plan(data)
    assert str(caught.value).endswith("your care plan is unchanged.")
    return caught.value.problems


def test_a_signed_file_reads_back_with_its_signer() -> None:
    read = read_imported_care_plan(SIGNED)
    assert isinstance(read, SignedCarePlanFile)
    assert (read.plan, read.issued_by, read.issued_at) == (PLAN, ISSUED_BY, ISSUED_AT)
    assert read.care_plan_file == CarePlanFile(PLAN, ISSUED_BY, ISSUED_AT)
    assert read.signer_public_key == CLINICIAN.public_key
    assert read.fingerprint == sshsig.fingerprint(CLINICIAN.public_key)
    assert envelope() == SIGNED  # the layout the module docstring describes


def test_the_envelope_holds_the_exact_care_plan_file_and_its_signature() -> None:
    document = json.loads(SIGNED)
    assert list(document) == ["format", "version", "care_plan_file", "signature"]
    assert document["care_plan_file"].encode("utf-8") == INNER
    assert sshsig.verify(document["signature"].encode(), INNER, "companion-care-plan").valid
    assert "Zoë" in SIGNED.decode("utf-8")  # written as UTF-8, not as \\u escapes


def test_the_signature_is_deterministic_and_says_nothing_beyond_the_inner_file() -> None:
    assert write_signed_care_plan(PLAN, ISSUED_BY, ISSUED_AT, CLINICIAN) == SIGNED
    other = SigningKey.generate()
    read = read_imported_care_plan(write_signed_care_plan(PLAN, ISSUED_BY, ISSUED_AT, other))
    assert isinstance(read, SignedCarePlanFile) and read.signer_public_key == other.public_key


def test_a_plain_care_plan_file_still_reads_as_unsigned() -> None:
    read = read_imported_care_plan(INNER)
    assert read == CarePlanFile(PLAN, ISSUED_BY, ISSUED_AT)
    assert read_imported_care_plan(b"\xef\xbb\xbf" + INNER) == read  # with a byte order mark too


def test_writing_refuses_a_plan_that_could_not_be_read_back() -> None:
    with pytest.raises(CarePlanError) as caught:
        write_signed_care_plan(CarePlan(), "", ISSUED_AT, CLINICIAN)
    assert len(caught.value.problems) >= 3  # the dose, the clinician's phone, who issued it


def test_a_plain_files_problems_are_the_ones_the_plain_reader_gives() -> None:
    assert problems(b'{"format": "something else"}') == [
        'The field "format" must be "companion-care-plan"; this is not a care-plan file.',
        'The field "version" is missing; this app reads version 1.']
    assert problems(b"[1, 2]") == ['The file must hold one JSON object with the fields "format", "version" '
                                   'and "care_plan".']


def test_a_signature_for_other_content_does_not_match() -> None:
    changed = write_care_plan_file(PLAN, ISSUED_BY, ISSUED_AT + timedelta(days=1))
    [problem] = problems(envelope(care_plan_file=changed.decode()))
    assert problem.startswith(DOES_NOT_MATCH)
    other_signer = sshsig.sign(SigningKey.generate(), changed, NAMESPACE)
    assert problems(envelope(signature=other_signer))[0].startswith(DOES_NOT_MATCH)


@pytest.mark.parametrize("namespace",
                         ["companion-export", "companion-care-plan ", "file", "Companion-Care-Plan"])
def test_a_signature_made_for_another_use_is_refused(namespace: str) -> None:
    [problem] = problems(envelope(signature=sshsig.sign(CLINICIAN, INNER, namespace)))
    assert problem.startswith(ANOTHER_USE)


def test_an_export_signature_never_passes_for_a_care_plan() -> None:
    export_signature = sshsig.sign(CLINICIAN, INNER)  # the default namespace, companion-export
    assert sshsig.verify(export_signature.encode(), INNER, "companion-export").valid
    assert problems(envelope(signature=export_signature))[0].startswith(ANOTHER_USE)


def _string(value: bytes) -> bytes:
    return len(value).to_bytes(4, "big") + value


def test_a_signature_by_another_kind_of_key_is_refused() -> None:
    ecdsa = _string(b"ecdsa-sha2-nistp256") + _string(b"nistp256") + _string(b"\x04" + bytes(64))
    blob = (b"SSHSIG" + (1).to_bytes(4, "big") + _string(ecdsa) + _string(NAMESPACE.encode()) + _string(b"")
            + _string(b"sha512") + _string(_string(b"ecdsa-sha2-nistp256") + _string(bytes(72))))
    [problem] = problems(envelope(signature=sshsig.armor(blob)))
    assert problem.startswith(ANOTHER_KIND_OF_KEY)


@pytest.mark.parametrize(("signature", "reason"), [
    (SIGNATURE[:40] + "!" + SIGNATURE[41:], "is not valid base64"),  # inside the first line of base64
    (SIGNATURE.replace("\n", "\r\n"), "does not begin and end as an SSH signature does"),
    ("".join(SIGNATURE.splitlines()), "does not begin and end as an SSH signature does"),
    (SIGNATURE.replace("-----\n", "-----\n\n", 1), "not laid out as ssh-keygen writes it"),
    ("", "does not begin and end as an SSH signature does"),
    (sshsig.armor(base64.b64decode("".join(SIGNATURE.splitlines()[1:-1]))[:-1]), "cut short"),
])
def test_a_damaged_signature_is_refused_with_its_reason(signature: str, reason: str) -> None:
    [problem] = problems(envelope(signature=signature))
    assert problem.startswith("The signature in this file cannot be read (") and reason in problem
    assert problem.endswith("Ask your clinician to send the file again.")


def test_wrong_types_missing_and_extra_fields_are_all_listed() -> None:
    assert problems(envelope(version="1", care_plan_file=5, signature=None, signed_by="Dr Lee")) == [
        'The field "signed_by" is not part of a signed care-plan file.',
        'The field "signature" is missing; a signed care-plan file has "format", "version", "care_plan_file" '
        'and "signature".',
        'The field "version" must be the whole number 1.',
        'The field "care_plan_file" must be the text of a care-plan file.',
    ]
    assert problems(envelope(version=2, signature=["x"], care_plan_file=None)) == [
        'The field "care_plan_file" is missing; a signed care-plan file has "format", "version", '
        '"care_plan_file" and "signature".',
        'The field "version" says 2, which this app does not know; it reads signed care-plan files of '
        "version 1. Ask for a version 1 file.",
        'The field "signature" must be an OpenSSH signature, which is plain text.',
    ]
    assert problems(envelope(version=True))[0] == 'The field "version" must be the whole number 1.'


def test_a_duplicated_field_is_refused() -> None:
    doubled = SIGNED.replace(b'  "version": 1,\n', b'  "version": 1,\n  "version": 1,\n')
    assert problems(doubled) == ['The field "version" appears more than once; it may appear only once.']


def test_text_no_utf8_file_can_hold_is_refused() -> None:
    lone_surrogate = SIGNED.replace(b'"care_plan_file": "{', b'"care_plan_file": "\\ud800{')
    assert 'The field "care_plan_file" must be the text of a care-plan file.' in problems(lone_surrogate)
    not_ascii = envelope(signature=SIGNATURE.replace("A", "Ä", 1))
    assert problems(not_ascii) == ['The field "signature" must be an OpenSSH signature, which is plain text.']


def test_bytes_that_are_not_utf8_are_refused() -> None:
    expected = ["The file is not UTF-8 text. Check that this is the right file."]
    assert problems(SIGNED.replace("Zoë".encode(), b"Zo\xeb")) == expected  # Latin-1
    assert problems(SIGNED.decode("utf-8").encode("utf-16")) == expected
    assert problems(b"\xff" + SIGNED[1:]) == expected


def test_an_oversized_file_is_refused_before_it_is_read() -> None:
    padded = SIGNED[:-2] + b" " * MAX_FILE_BYTES + b"}\n"
    assert problems(padded) == ["The file is larger than 256 KiB; a care-plan file is only a few KiB. "
                                "Check that this is the right file."]


def test_a_good_signature_over_a_bad_care_plan_lists_the_plans_problems() -> None:
    document = json.loads(INNER)
    document["care_plan"]["dose_mg"] = 0
    document["care_plan"]["route"] = "rectal"
    bad = json.dumps(document).encode()
    listed = problems(envelope(care_plan_file=bad.decode(), signature=sshsig.sign(CLINICIAN, bad, NAMESPACE)))
    assert len(listed) == 2 and listed[0].startswith("Dose (dose_mg) must be a number from 1 to 2000 mg")
    assert listed[1].startswith("Route (route) must be one of")


def test_a_bad_signature_and_a_bad_plan_are_listed_together() -> None:
    listed = problems(envelope(care_plan_file='{"format": "companion-care-plan"}', extra=1))
    assert listed[0] == 'The field "extra" is not part of a signed care-plan file.'
    assert listed[1].startswith(DOES_NOT_MATCH)
    assert 'The field "version" is missing; this app reads version 1.' in listed


def test_a_signed_file_that_is_no_json_object_inside_is_refused() -> None:
    signature = sshsig.sign(CLINICIAN, b"not json", NAMESPACE)
    listed = problems(envelope(care_plan_file="not json", signature=signature))
    assert listed == ["The file is not valid JSON (line 1, column 1: Expecting value)."]


def test_the_issuer_at_the_top_of_the_file_is_not_the_signer() -> None:
    # Nothing outside care_plan_file is read as meaning: a name added beside it is an unknown field.
    assert problems(envelope(issued_by="Someone Else")) == [
        'The field "issued_by" is not part of a signed care-plan file.']


def test_times_keep_their_offset() -> None:
    read = read_imported_care_plan(SIGNED)
    assert read.issued_at.utcoffset() == timedelta(hours=-5)
    assert read.issued_at.astimezone(UTC) == datetime(2026, 3, 2, 14, 30, tzinfo=UTC)


def _signed_with(change: dict[str, Any], **plan_values: object) -> bytes:
    """A file signed by the clinician whose signed text has ``change`` at its top and ``plan_values``
    in its plan (what a hand-edited or another program's file may hold)."""
    document = json.loads(INNER)
    document.update(change)
    document["care_plan"].update(plan_values)
    inner = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()
    return envelope(care_plan_file=inner.decode(), signature=sshsig.sign(CLINICIAN, inner, NAMESPACE))


@pytest.mark.parametrize("issued_at", ["0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00+00:00",
                                       "9999-12-31T23:59:59-14:00"])
def test_a_signed_time_no_time_zone_can_show_is_refused(issued_at: str) -> None:
    """Issue 12 #9: an OverflowError in the review once; now a sentence, before anything is shown."""
    [problem] = problems(_signed_with({"issued_at": issued_at}))
    assert problem.startswith('The field "issued_at" (when this care plan was written)')
    assert "2000" in problem and "9998" in problem


def test_signed_text_the_app_would_not_keep_as_it_is_is_refused_with_the_field_named() -> None:
    """Issue 12 #15: the signed plan must be stored exactly as signed, or not at all."""
    listed = problems(_signed_with({"issued_by": f"{ISSUED_BY} "}, clinician_name="Dr. Zoë Álvarez ",
                                   allergies=" none known"))
    assert len(listed) == 3 and all("space at its start or end" in problem for problem in listed)
    assert listed[0].startswith('The field "issued_by" (who wrote this care plan)')
    assert listed[1].startswith("Clinician's name (clinician_name)")
    assert listed[2].startswith("Allergies")
