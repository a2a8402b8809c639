"""Needs-attention flags as FHIR Flag resources, shared journal entries as DocumentReferences.

* **Flag**: ``code`` the rule (app code, its title as display) with the flag's sentence as text;
  status ``active`` while open, ``inactive`` once the patient marked it discussed with the clinician
  (``period.end`` = when); category clinical; the severity (urgent / high / moderate / info) in the
  app extension ``…/StructureDefinition/flag-severity`` (R4's Flag has no severity element);
  ``encounter`` the session it is about when that session is in the bundle.
* **DocumentReference**: one per journal entry the patient shared and opted in for this export;
  the Markdown body base64-encoded as ``text/markdown; charset=UTF-8``, the title as the attachment's
  title, "Journal entry shared by the patient" as the description, tags as categories.
"""

from __future__ import annotations

import base64

from companion.export.fhir_codes import FLAG_SEVERITY_EXTENSION, app_code
from companion.export.fhir_common import BundleParts, Json, coding, compact, concept, fhir_text
from companion.storage.attention import FlagView
from companion.storage.journal import JournalEntry

FLAG_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/flag-category"
SHARED_BY_PATIENT = "Journal entry shared by the patient"


def _encounter(parts: BundleParts, session_id: int | None) -> Json | None:
    if session_id is None or not parts.has("session", session_id):
        return None
    return {"reference": parts.ref("session", session_id)}


def add_flag(parts: BundleParts, view: FlagView, device_ref: str) -> None:
    flag = view.flag
    end = None
    if view.discussed_at is not None:
        end = parts.when(max(view.discussed_at, flag.raised_at))
    parts.add("flag", flag.key, compact({
        "resourceType": "Flag",
        "extension": [{"url": FLAG_SEVERITY_EXTENSION, "valueCode": flag.severity.value}],
        "identifier": parts.identifier("flag", flag.key),
        "status": "active" if view.is_open else "inactive",
        "category": [concept(coding(FLAG_CATEGORY_SYSTEM, "clinical", "Clinical"))],
        "code": app_code(flag.rule.value, fhir_text(flag.text) or flag.title),
        "subject": parts.patient,
        "period": compact({"start": parts.when(flag.raised_at), "end": end}),
        "encounter": _encounter(parts, view.session_id),
        "author": {"reference": device_ref},
    }))


def add_journal_entry(parts: BundleParts, entry: JournalEntry) -> None:
    content = entry.content
    body = content.body
    attachment = compact({
        "contentType": "text/markdown; charset=UTF-8",
        "data": base64.b64encode(body.encode("utf-8")).decode("ascii") if body else None,
        "title": fhir_text(content.title),
        "creation": parts.when(entry.created_at),
    })
    context = compact({
        "encounter": [encounter] if (encounter := _encounter(parts, content.session_id)) else None,
        "period": {"start": parts.when(entry.created_at)},
    })
    parts.add("journal", entry.id, compact({
        "resourceType": "DocumentReference",
        "masterIdentifier": parts.identifier("journal", entry.id)[0],
        "status": "current",
        "type": app_code("journal-entry"),
        "category": [concept(text=f"tag: {tag}") for tag in content.tags],
        "subject": parts.patient,
        "date": parts.when(entry.edited_at),
        "author": [parts.patient],
        "description": SHARED_BY_PATIENT,
        "content": [{"attachment": attachment}],
        "context": context,
    }))
