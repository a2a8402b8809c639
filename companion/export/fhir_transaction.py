"""``companion fhir-transaction``: a verified export's FHIR bundle as a ``transaction`` Bundle that a
clinic loads into its own FHIR server or EHR with its own tools (DESIGN.md §6, "For a clinic's systems").

Every entry of the export's ``collection`` Bundle becomes a conditional create: ``request`` is
``POST <ResourceType>`` with ``ifNoneExist`` naming the record's stable identifier, so a server
creates the record once and, on any later load, finds it and points the transaction's references at
it. Loading the same export twice, or two exports whose periods overlap, creates no duplicates.

Identifiers are the ones the collection bundle already carries (:mod:`companion.export.fhir_common`):
the Patient's ``…/patient-key`` (the signing-key fingerprint) and every other record's ``…/record-id``
(``<fingerprint>/<kind>/<app id>``), the same in every export of this patient. Nothing is re-derived
here: the identifiers are checked to belong to the key that signed the export, since a conditional
create keyed on another patient's identifier would attach this export's data to that patient's
records on the clinic's server. R4's Provenance has no ``identifier`` element; the export's
Provenance gets a ``meta.tag`` naming the export (``…/export-id``, ``<fingerprint>/<export id>``)
and is created on the condition ``_tag=…``, so each export keeps its one Provenance.

Resource ids are left out (a server assigns its own on create); ``fullUrl`` keeps the ``urn:uuid:``
every reference of the transaction uses. Conditional creates never update: a record changed after an
earlier export was loaded keeps its first version on the server.

The bundle read is bound to the verification: it is read after :func:`verify_export` passed and
converted only if its SHA-256 is the one the manifest lists and that manifest is still signed by the
verified key, so a folder changed between the two reads gives "not valid", never a converted change.

No validation with ``fhir.resources`` at run time: it is a test dependency only (not in the installed
app or its PyInstaller bundle), the conversion changes only the envelope of a bundle the app wrote,
and the tests validate the transaction of every export they make against the R4B models.
Deterministic: the same export gives the same bytes (no clock, no randomness, keys in a fixed order).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard
from urllib.parse import quote

from companion.domain.texts import QT_TRANSLATE_NOOP, Text, untranslated
from companion.export.export_files import DamagedFileError, UnreadableExportError, display_name, open_export
from companion.export.fhir_common import EXPORT_ID_SYSTEM, PATIENT_KEY_SYSTEM, RECORD_ID_SYSTEM, Json
from companion.export.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    SIGNATURE_NAME,
    ManifestError,
    parse_manifest,
)
from companion.export.verify import VerifyResult, VerifyStatus, verify_export
from companion.storage import sshsig
from companion.storage.atomic import atomic_create_bytes, atomic_write_bytes
from companion.storage.errors import DiskError

BUNDLE_NAME = "fhir/bundle.json"
# Far above a two-year history's bundle (a few MB); the whole bundle is held in memory to convert it.
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
# Characters left as they are in a search value; everything else is percent-encoded, above all "+",
# which a server's query parser reads as a space (key fingerprints are base64 and hold "+").
_URL_SAFE = ":/"


class FhirTransactionError(Exception):
    """A known reason not to write the transaction; ``str()`` is one sentence, its one argument a ``Text``
    (the command line prints it in the user's language)."""


class ExportNotValidError(FhirTransactionError):
    """The export was altered, is badly signed, is signed by another key than the one given, or its
    bundle claims records of another key (``companion fhir-transaction`` exit 1)."""


class ExportUnusableError(FhirTransactionError):
    """The export cannot be read, is not an export, or holds no bundle that can be converted (exit 2)."""


class DestinationError(FhirTransactionError):
    """``--out`` cannot take the transaction file (exit 2)."""


@dataclass(frozen=True)
class FhirTransaction:
    content: bytes  # the transaction Bundle, UTF-8 JSON, one entry per line
    resources: int
    export: str  # the export's name, safe to print
    fingerprint: str  # of the key that signed the export


def transaction_from_export(path: Path | str, key: str | bytes | None = None) -> FhirTransaction:
    """The transaction of the export folder or .zip at ``path``, verified first (against ``key``, the
    patient's ``patient.pub`` content or ``SHA256:`` fingerprint, when given).

    KeyArgumentError (from :mod:`~companion.export.verify`) for a ``key`` that is no key;
    ExportNotValidError or ExportUnusableError for the export."""
    result = verify_export(path, key)
    if not result.valid or result.fingerprint is None:
        raise _refusal(result)
    collection = _parse(_read_signed_bundle(Path(path), result), result.export)
    bundle = transaction_bundle(collection, result.fingerprint)
    return FhirTransaction(transaction_json(bundle), len(bundle["entry"]), result.export, result.fingerprint)


def _refusal(result: VerifyResult) -> FhirTransactionError:
    kinds = {problem.kind for problem in result.problems}
    if result.status is VerifyStatus.UNREADABLE or not result.problems:
        reason = result.problems[0].message if result.problems else QT_TRANSLATE_NOOP(
            "FhirTransaction", "It could not be checked.")
        return ExportUnusableError(_nothing_written(reason))
    if "no_manifest" in kinds:
        return ExportUnusableError(QT_TRANSLATE_NOOP(
            "FhirTransaction", "%1 is not a companion export (it has no %2); nothing was written.").arg(
            result.export, MANIFEST_NAME))
    # The reason comes last, whole, with its own full stop: a translated sentence cannot lose its stop.
    first, more = result.problems[0].message, len(result.problems) - 1
    if more:
        return ExportNotValidError(QT_TRANSLATE_NOOP(
            "FhirTransaction", "%1 is not valid, so nothing was written ('companion verify' lists %2 more "
            "problem(s)): %3").arg(result.export, more, first))
    return ExportNotValidError(QT_TRANSLATE_NOOP(
        "FhirTransaction", "%1 is not valid, so nothing was written: %2").arg(result.export, first))


def _nothing_written(reason: Text) -> Text:
    return QT_TRANSLATE_NOOP("FhirTransaction", "%1 Nothing was written.").arg(reason)


def _reason(error: Exception) -> Text:
    """The Text an error of the export package was raised with."""
    text = error.args[0] if error.args else None
    return text if isinstance(text, Text) else untranslated(str(error))


def _read_signed_bundle(path: Path, verified: VerifyResult) -> bytes:
    """The bundle's bytes, only if the manifest signed by the verified key lists exactly them."""
    try:
        with open_export(path) as files:
            if BUNDLE_NAME not in files.paths:
                raise ExportUnusableError(QT_TRANSLATE_NOOP(
                    "FhirTransaction", "%1 holds no %2, so there is nothing to convert; nothing was written.")
                    .arg(verified.export, BUNDLE_NAME))
            if MANIFEST_NAME not in files.paths or SIGNATURE_NAME not in files.paths:
                raise _changed(verified)
            manifest = files.read(MANIFEST_NAME, MAX_MANIFEST_BYTES)
            signature = files.read(SIGNATURE_NAME, sshsig.MAX_SIGNATURE_FILE_BYTES)
            bundle = files.read(BUNDLE_NAME, MAX_BUNDLE_BYTES)
    except UnreadableExportError as error:
        raise ExportUnusableError(_nothing_written(_reason(error))) from None
    except (OSError, DamagedFileError):
        raise _changed(verified) from None
    if bundle is None:
        raise ExportUnusableError(QT_TRANSLATE_NOOP(
            "FhirTransaction", "%1 in %2 is far too large to convert; nothing was written.").arg(
            BUNDLE_NAME, verified.export))
    if manifest is None or signature is None:
        raise _changed(verified)
    check = sshsig.verify(signature, manifest)
    signer = sshsig.fingerprint(check.public_key) if check.valid and check.public_key is not None else None
    try:
        listed = parse_manifest(manifest)
    except ManifestError:
        raise _changed(verified) from None
    if signer != verified.fingerprint or listed.get(BUNDLE_NAME) != hashlib.sha256(bundle).hexdigest():
        raise _changed(verified)
    return bundle


def _changed(verified: VerifyResult) -> ExportNotValidError:
    return ExportNotValidError(QT_TRANSLATE_NOOP(
        "FhirTransaction", "%1 changed while it was being read, so nothing was written; verify it again."
    ).arg(verified.export))


def _reject_constant(name: str) -> None:
    raise ValueError(f"JSON holds {name}")  # NaN and Infinity are neither JSON nor FHIR


def _parse(data: bytes, export: str) -> Mapping[str, Any]:
    try:
        parsed = json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, RecursionError):  # bad UTF-8 and bad JSON are ValueErrors
        parsed = None
    if not isinstance(parsed, dict):
        raise ExportUnusableError(QT_TRANSLATE_NOOP(
            "FhirTransaction", "%1 in %2 is not readable JSON; nothing was written.").arg(
            BUNDLE_NAME, export))
    return parsed


def transaction_bundle(collection: Mapping[str, Any], fingerprint: str) -> Json:
    """The ``transaction`` Bundle of the export's ``collection`` Bundle, signed by ``fingerprint``'s key.

    ExportUnusableError for a bundle the app would not write; ExportNotValidError for one that holds
    records identified under another key. ``collection`` is not changed."""
    entries = collection.get("entry", [])
    if collection.get("resourceType") != "Bundle" or collection.get("type") != "collection" or not (
            isinstance(entries, list)):
        raise _unusable("is not a FHIR collection Bundle")
    export_identifier = collection.get("identifier")
    if not isinstance(export_identifier, dict) or export_identifier.get("system") != EXPORT_ID_SYSTEM or not (
            _is_text(export_identifier.get("value"))):
        raise _unusable("has no export identifier")
    provenance_tag = {"system": EXPORT_ID_SYSTEM, "code": f"{fingerprint}/{export_identifier['value']}"}
    full_urls: set[str] = set()
    conditions: set[tuple[str, str]] = set()
    transaction_entries: list[Json] = []
    for position, entry in enumerate(entries, start=1):
        full_url, resource = _entry_parts(entry, position)
        if full_url in full_urls:
            raise _unusable(f"holds {full_url} twice")
        full_urls.add(full_url)
        resource, condition = _conditional(resource, fingerprint, provenance_tag, position)
        resource_type = resource["resourceType"]
        if (resource_type, condition) in conditions:
            raise _unusable(f"holds two {resource_type} resources with one identifier")
        conditions.add((resource_type, condition))
        transaction_entries.append({
            "fullUrl": full_url,
            "resource": resource,
            "request": {"method": "POST", "url": resource_type, "ifNoneExist": condition},
        })
    head: Json = {"resourceType": "Bundle", "identifier": dict(export_identifier), "type": "transaction"}
    if _is_text(collection.get("timestamp")):
        head["timestamp"] = collection["timestamp"]
    return {**head, "entry": transaction_entries}


def _entry_parts(entry: object, position: int) -> tuple[str, Json]:
    if not isinstance(entry, dict):
        raise _unusable(f"has an entry {position} that is not an object")
    full_url, resource = entry.get("fullUrl"), entry.get("resource")
    if not _is_text(full_url) or not full_url.startswith("urn:uuid:"):
        raise _unusable(f"has an entry {position} without a urn:uuid fullUrl")
    if not isinstance(resource, dict) or not _is_text(resource.get("resourceType")):
        raise _unusable(f"has an entry {position} without a resource")
    return full_url, resource


def _conditional(resource: Json, fingerprint: str, provenance_tag: Json, position: int) -> tuple[Json, str]:
    """The resource as the transaction creates it (no id), and the search that finds it once created."""
    resource_type = resource["resourceType"]
    created = {name: value for name, value in resource.items() if name != "id"}
    if resource_type == "Provenance":
        meta = created.get("meta", {})
        tags = meta.get("tag", []) if isinstance(meta, dict) else None
        if not isinstance(meta, dict) or not isinstance(tags, list):
            raise _unusable(f"has a Provenance (entry {position}) with a malformed meta")
        rest = {name: value for name, value in created.items() if name not in ("resourceType", "meta")}
        tagged = {"resourceType": resource_type, "meta": {**meta, "tag": [*tags, provenance_tag]}, **rest}
        return tagged, search_condition("_tag", provenance_tag["system"], provenance_tag["code"])
    system, owner = (PATIENT_KEY_SYSTEM, fingerprint) if resource_type == "Patient" else (
        RECORD_ID_SYSTEM, None)
    value = _identifier_value(resource, system)
    if value is None:
        raise _unusable(f"has a {resource_type} (entry {position}) without the app's identifier, so loading "
                        "it twice would duplicate it")
    if value != owner and not value.startswith(f"{fingerprint}/"):
        raise ExportNotValidError(QT_TRANSLATE_NOOP(
            "FhirTransaction", "%1 holds a %2 identified as another patient's record than the key that "
            "signed the export; nothing was written.").arg(BUNDLE_NAME, resource_type))
    return created, search_condition("identifier", system, value)


def _identifier_value(resource: Json, system: str) -> str | None:
    """The value of the resource's identifier in ``system``, wherever R4 keeps it for this type."""
    found = resource.get("identifier")
    # QuestionnaireResponse has one Identifier, not a list; DocumentReference also a masterIdentifier.
    candidates = [found] if isinstance(found, dict) else list(found) if isinstance(found, list) else []
    if resource["resourceType"] == "DocumentReference":
        candidates.insert(0, resource.get("masterIdentifier"))
    for identifier in candidates:
        if isinstance(identifier, dict) and identifier.get("system") == system:
            value = identifier.get("value")
            if _is_text(value):
                return value
    return None


def search_condition(parameter: str, system: str, value: str) -> str:
    """``parameter=system|value`` as FHIR search syntax: ``\\``, ``|``, ``,`` and ``$`` escaped with a
    backslash, then percent-encoded, so a value can never split or end the token."""
    return f"{parameter}={_search_part(system)}|{_search_part(value)}"


def _search_part(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("|", "\\|").replace(",", "\\,").replace("$", "\\$")
    return quote(escaped, safe=_URL_SAFE)


def _is_text(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value)


def _unusable(what: str) -> ExportUnusableError:
    # ``what`` names FHIR structure (entries, fullUrl, meta) for whoever debugs the bundle: left in English
    return ExportUnusableError(QT_TRANSLATE_NOOP(
        "FhirTransaction", "%1 %2, so it cannot be converted; nothing was written.").arg(BUNDLE_NAME, what))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def transaction_json(bundle: Mapping[str, Any]) -> bytes:
    """UTF-8 JSON laid out like the export's own bundle (``fhir_bundle_json``): one entry per line, so
    two transactions diff by resource, and a final LF."""
    head = _json({name: value for name, value in bundle.items() if name != "entry"})
    lines = [head[:-1] + ',"entry":[', ",\n".join(_json(entry) for entry in bundle["entry"]), "]}"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def check_destination(out: Path, *, replace: bool) -> None:
    """Refuse an ``--out`` that is a folder, whose folder does not exist, or that exists (unless
    ``replace``): before the export is read, so a mistake costs nothing."""
    shown = display_name(str(out))
    if out.is_dir():
        raise DestinationError(QT_TRANSLATE_NOOP(
            "FhirTransaction", "%1 is a folder; --out takes the name of the file to write, such as %2.").arg(
            shown, display_name(str(out / "transaction.json"))))
    if not out.parent.is_dir():
        raise DestinationError(QT_TRANSLATE_NOOP(
            "FhirTransaction", "The folder %1 does not exist; create it or choose another --out.").arg(
            display_name(str(out.parent))))
    if out.is_symlink() or out.exists():
        if not replace:
            raise DestinationError(_exists(shown))
        if out.is_symlink() or not out.is_file():
            raise DestinationError(QT_TRANSLATE_NOOP(
                "FhirTransaction", "%1 is not a plain file, so it is not replaced; choose another --out."
            ).arg(shown))


def _exists(shown: str) -> Text:
    return QT_TRANSLATE_NOOP("FhirTransaction", "%1 already exists; choose another --out, or add --force to "
                             "replace it.").arg(shown)


def write_transaction(out: Path, content: bytes, *, replace: bool) -> None:
    """Write ``content`` to ``out`` atomically, readable by its owner only (it holds health data).

    Without ``replace`` an existing ``out`` is never overwritten, even one that appeared after
    :func:`check_destination`; with it, a reader sees the old file or the new one, never a mix."""
    what = "the transaction file"
    try:
        if replace:
            atomic_write_bytes(out, content, what=what)
            return
        created = atomic_create_bytes(out, content, what=what)
    except DiskError as error:
        cause = error.__cause__
        reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else QT_TRANSLATE_NOOP(
            "FhirTransaction", "the disk refused")
        raise DestinationError(QT_TRANSLATE_NOOP(
            "FhirTransaction", "%1 could not be written (%2); nothing was written.").arg(
            display_name(str(out)), reason)) from None
    if not created:
        raise DestinationError(_exists(display_name(str(out))))
