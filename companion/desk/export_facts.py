"""The three facts the desk needs about an export before it reads it in full: its id, when it was
generated, and the name its patient chose, all from ``fhir/bundle.json``.

Only the Bundle's identifier and timestamp and the Patient resource are looked at (the charts and
tables are read by the desk's bundle reader), and only their lines are parsed when the bundle is laid
out as the app writes it (:mod:`companion.desk.bundle_lines`): the head, then the entries up to the
Patient, which the app writes first. Parsing a two-year bundle whole held the GIL for about 0.1 s,
and the window stood still that long before the verdict was painted. A bundle laid out any other way is
parsed whole, to the same facts.

Read after :func:`companion.export.verify.verify_export` said the export is intact, but never trusted
blindly: a field that is missing or of another shape is None, and nothing here raises on the export's
content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.desk.bundle_lines import bundle_lines, entry_type
from companion.export.export_files import DamagedFileError, UnreadableExportError, open_export
from companion.export.fhir_common import EXPORT_ID_SYSTEM

BUNDLE_NAME = "fhir/bundle.json"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_NAME_CHARS = 200


@dataclass(frozen=True)
class ExportFacts:
    export_id: str | None = None
    generated_at: datetime | None = None  # with the patient's UTC offset, as the bundle says
    patient_name: str | None = None  # as the patient chose to be named on the report; None if not named


def _export_id(bundle: dict[str, Any]) -> str | None:
    identifier = bundle.get("identifier")
    if isinstance(identifier, dict) and identifier.get("system") == EXPORT_ID_SYSTEM:
        value = identifier.get("value")
        if isinstance(value, str) and value.isprintable() and 0 < len(value) <= 64:
            return value
    return None


def _generated_at(bundle: dict[str, Any]) -> datetime | None:
    stamp = bundle.get("timestamp")
    if not isinstance(stamp, str):
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _patient_name(bundle: dict[str, Any]) -> str | None:
    entries = bundle.get("entry")
    if not isinstance(entries, list):
        return None
    for entry in entries:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict) or resource.get("resourceType") != "Patient":
            continue
        names = resource.get("name")
        if isinstance(names, list) and names and isinstance(names[0], dict):
            text = names[0].get("text")
            if isinstance(text, str):
                cleaned = " ".join(text.split())
                if cleaned and cleaned.isprintable() and len(cleaned) <= MAX_NAME_CHARS:
                    return cleaned
        return None  # one Patient per export: the first one says it
    return None


def _parsed(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def _head_and_patient(data: bytes) -> object:
    """The bundle's head with only its Patient entry (or none), from their lines alone; the whole bundle
    parsed when it is laid out another way."""
    laid_out = bundle_lines(data)
    if laid_out is None:
        return _parsed(data)
    bundle = _parsed(laid_out.head)
    if not isinstance(bundle, dict):
        return None
    for line in laid_out.entries():
        kind = entry_type(line)
        if kind is None:  # not the app's layout after all
            return _parsed(data)
        if kind == b"Patient":
            bundle["entry"] = [_parsed(line)]
            break
    return bundle


def facts_of_bundle(data: bytes) -> ExportFacts:
    """The facts in a bundle's bytes; empty facts for anything that is not a FHIR Bundle."""
    bundle = _head_and_patient(data)
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        return ExportFacts()
    return ExportFacts(_export_id(bundle), _generated_at(bundle), _patient_name(bundle))


def read_export_facts(path: Path) -> ExportFacts:
    """The facts of the export folder or zip at ``path``; empty facts if its bundle cannot be read."""
    try:
        with open_export(path) as files:
            if BUNDLE_NAME not in files.paths:
                return ExportFacts()
            data = files.read(BUNDLE_NAME, MAX_BUNDLE_BYTES)
    except (UnreadableExportError, DamagedFileError, OSError):
        return ExportFacts()
    return ExportFacts() if data is None else facts_of_bundle(data)


def same_name(one: str | None, other: str | None) -> bool:
    """Whether two names are the same person's as a person would read them (case and spacing aside)."""
    if not one or not other:
        return False
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())
