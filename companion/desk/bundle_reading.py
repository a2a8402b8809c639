"""The export's ``fhir/bundle.json`` read back into the desk's records (:mod:`companion.desk.export_records`).

The bundle is read with plain :mod:`json` and the app's own systems and codes
(:mod:`companion.export.fhir_common`, :mod:`companion.export.fhir_codes`), exactly as
:mod:`companion.export.fhir_bundle` and its helpers write it: no FHIR library at read time (one
would cost about 0.2 s of the desk's 1-second budget, and the bytes are signed, so they are what the
app wrote).  Resources are recognised by their stable identifier (``<fingerprint>/<kind>/<id>``),
joined by their ``encounter`` reference; kinds the desk does not show (check-ins, questionnaire items,
journal entries, the sitter, the Provenance) and kinds a newer app may add are passed over.

Only what the desk shows is parsed: the app writes one entry a line (:mod:`companion.desk.bundle_lines`),
so the lines of resources the desk never reads are passed over unparsed (about two thirds of a two-year
bundle; a bundle laid out any other way is parsed whole, to the same records).

What a bundle does not carry: the export's period (it is in ``csv/README.txt``, read by
:mod:`companion.desk.export_reading`) and the care plan (``care-plan.json``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from companion.desk import bundle_json as js
from companion.desk.bundle_json import Json, content_error
from companion.desk.bundle_lines import bundle_lines, entry_type
from companion.desk.export_records import DailyMood, DeskFlag, ScoreTotal, SessionMood
from companion.desk.session_reading import SessionParts
from companion.domain.flags import Severity
from companion.domain.instruments import DEFINITIONS, Instrument, SeverityBand
from companion.export.fhir_codes import FLAG_SEVERITY_EXTENSION
from companion.export.fhir_common import (
    APP_CODE_SYSTEM,
    EXPORT_ID_SYSTEM,
    LOINC_SYSTEM,
    PATIENT_KEY_SYSTEM,
    RECORD_ID_SYSTEM,
)

# The total's code → its instrument: LOINC where DESIGN.md §3 gives one, else the app's own code
# (companion.export.fhir_questionnaires writes PCL-5's total as "pcl5-total").
_TOTAL_CODES: dict[tuple[str, str], Instrument] = {
    **{(LOINC_SYSTEM, spec.loinc_total): spec.instrument
       for spec in DEFINITIONS.values() if spec.loinc_total is not None},
    **{(APP_CODE_SYSTEM, "pcl5-total"): Instrument.PCL5},
}


@dataclass
class BundleContent:
    """Everything the desk reads from one bundle (records not yet sorted)."""

    export_id: str
    generated_at: datetime
    patient_name: str = ""
    patient_key: str | None = None
    app_version: str = ""
    flags: list[DeskFlag] = field(default_factory=list)
    scores: list[ScoreTotal] = field(default_factory=list)
    sessions: dict[int, SessionParts] = field(default_factory=dict)
    daily_moods: list[DailyMood] = field(default_factory=list)
    # The session's mood before and after, by session id: (baseline, post-session log) Observations.
    moods: dict[int, list[Json | None]] = field(default_factory=lambda: defaultdict(lambda: [None, None]))
    encounters: dict[str, int] = field(default_factory=dict)  # an Encounter's fullUrl → session id


def load_bundle(data: bytes) -> Json:
    """The bundle's top object; ExportContentError when it is not a FHIR collection Bundle."""
    bundle = _json(data)
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise content_error("it is not a FHIR Bundle")
    return bundle


def _json(data: bytes) -> object:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        raise content_error("it is not valid JSON") from None


# The kinds of record the desk reads (the reader's handlers); of the questionnaires only the totals.
READ_KINDS = frozenset({"session", "dose", "session-record", "vitals-bp", "vitals-heartrate",
                        "vitals-oxygensat", "session-baseline", "post-session-log", "side-effect",
                        "questionnaire-observation", "daily-mood", "flag", "device"})


def wanted(kind: str, key: str) -> bool:
    return kind in READ_KINDS and (kind != "questionnaire-observation" or key.endswith("/total"))


# Resource types whose lines the desk never parses.
_NOT_READ_TYPES = frozenset({b"Provenance", b"DocumentReference", b"QuestionnaireResponse", b"RelatedPerson"})
# The first record-id an Observation's line holds is its own identifier: free text is JSON-escaped, so
# this sequence of unescaped quotes can only be structure.
_RECORD_ID = re.compile(rb'"system":"' + re.escape(RECORD_ID_SYSTEM.encode()) + rb'","value":"([^"\\]*)"')


def _read_entry_lines(data: bytes, fingerprint: str) -> tuple[Json, list[object]] | None:
    """The head and the entries the desk reads, parsing only their lines (:mod:`companion.desk.bundle_lines`):
    a two-year bundle is 8 MB, of which questionnaire items, check-ins, journal entries and the
    Provenance are two thirds, and json.loads is most of the time the desk takes.  None when the bundle
    is not laid out as the app writes it (then it is parsed whole)."""
    laid_out = bundle_lines(data)
    if laid_out is None:
        return None
    head = _json(laid_out.head)
    prefix = fingerprint.encode() + b"/"
    kept: list[bytes] = []
    for line in laid_out.entries():
        kind = entry_type(line)
        if kind is None:
            return None
        if kind in _NOT_READ_TYPES:
            continue
        found = _RECORD_ID.search(line) if kind == b"Observation" else None
        if found is not None and found[1].startswith(prefix):
            record_kind, _, key = found[1][len(prefix):].decode("utf-8", "replace").partition("/")
            if not wanted(record_kind, key):
                continue
        kept.append(line)
    entries = _json(b"[" + b",".join(kept) + b"]")
    if not isinstance(head, dict) or not isinstance(entries, list):
        return None
    return head, entries


def _identifiers(resource: Json) -> Iterator[Json]:
    """The resource's identifiers wherever it keeps them (a QuestionnaireResponse holds one)."""
    single = resource.get("identifier")
    if isinstance(single, dict):
        yield single
    else:
        yield from js.objects(resource, "identifier")


def _record_id(resource: Json, fingerprint: str) -> tuple[str, str] | None:
    """(kind, app id) of the resource's stable identifier, or None when it has none."""
    for identifier in _identifiers(resource):
        if identifier.get("system") != RECORD_ID_SYSTEM:
            continue
        value = js.required(identifier, "value", str)
        if fingerprint:
            prefix = fingerprint + "/"
            if not value.startswith(prefix):
                raise content_error("a record names another patient's key")
            value = value[len(prefix):]
        kind, slash, key = value.partition("/")
        if not slash or not key:
            raise content_error(f"the record identifier {value[:60]!r} has no kind and id")
        return kind, key
    return None


def _session_id(text: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise content_error(f"{text[:30]!r} is not a session id")
    return int(text)


class _Reader:
    def __init__(self, bundle: Json, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        identifier = js.obj(bundle, "identifier")
        if identifier.get("system") != EXPORT_ID_SYSTEM:
            raise content_error("it has no export id")
        self.content = BundleContent(js.required(identifier, "value", str),
                                     js.required_when(bundle, "timestamp"))
        self.handlers: dict[str, Callable[[str, str, Json], None]] = {
            "session": self._encounter, "dose": self._dose, "session-record": self._session_record,
            "vitals-bp": self._vitals, "vitals-heartrate": self._vitals, "vitals-oxygensat": self._vitals,
            "session-baseline": self._baseline, "post-session-log": self._post_session_log,
            "side-effect": self._side_effect, "questionnaire-observation": self._questionnaire_observation,
            "daily-mood": self._daily_mood, "flag": self._flag, "device": self._device,
        }
        assert set(self.handlers) == READ_KINDS, "the kinds skipped unparsed are the kinds never read"

    def read(self, entries: list[tuple[str, Json]]) -> BundleContent:
        # Encounters first: everything about a session points at its Encounter's fullUrl.
        ordered = sorted(entries, key=lambda entry: entry[1].get("resourceType") != "Encounter")
        for full_url, resource in ordered:
            if resource.get("resourceType") == "Patient":
                self._patient(resource)
                continue
            found = _record_id(resource, self.fingerprint)
            handler = None if found is None else self.handlers.get(found[0])
            if found is not None and handler is not None:
                handler(full_url, found[1], resource)
        return self.content

    def _session_of(self, resource: Json) -> int | None:
        """The session an Observation or Flag is about, by its encounter reference."""
        ref = js.reference(resource, "encounter")
        if ref is None:
            return None
        if ref not in self.content.encounters:
            raise content_error("a record points at a session that is not in the bundle")
        return self.content.encounters[ref]

    def _parts(self, resource: Json) -> SessionParts:
        session_id = self._session_of(resource)
        if session_id is None:
            raise content_error("a session's record has no session")
        return self.content.sessions[session_id]

    # --- the patient and the app -----------------------------------------------------------------

    def _patient(self, resource: Json) -> None:
        self.content.patient_name = js.optional(js.first(resource, "name"), "text", str) or ""
        for identifier in js.objects(resource, "identifier"):
            if identifier.get("system") == PATIENT_KEY_SYSTEM:
                self.content.patient_key = js.required(identifier, "value", str)

    def _device(self, _full_url: str, _key: str, resource: Json) -> None:
        self.content.app_version = js.optional(js.first(resource, "version"), "value", str) or ""

    # --- sessions --------------------------------------------------------------------------------

    def _encounter(self, full_url: str, key: str, resource: Json) -> None:
        session_id = _session_id(key)
        if session_id in self.content.sessions:
            raise content_error(f"session {session_id} is in it twice")
        self.content.encounters[full_url] = session_id
        self.content.sessions[session_id] = SessionParts(session_id, resource)

    def _dose(self, _full_url: str, _key: str, resource: Json) -> None:
        session_id = _session_of_reference(self.content.encounters, js.reference(resource, "context"))
        self.content.sessions[session_id].dose = resource

    def _session_record(self, _full_url: str, _key: str, resource: Json) -> None:
        self._parts(resource).record = resource

    def _vitals(self, _full_url: str, key: str, resource: Json) -> None:
        self._parts(resource).vitals.setdefault(key, []).append(resource)

    def _side_effect(self, _full_url: str, _key: str, resource: Json) -> None:
        session_id = self._session_of(resource)
        if session_id is not None:  # without the sessions section there is no session to show it with
            self.content.sessions[session_id].side_effects.append(resource)

    # --- what the patient reports ----------------------------------------------------------------

    def _baseline(self, _full_url: str, key: str, resource: Json) -> None:
        self.content.moods[_session_id(key)][0] = resource

    def _post_session_log(self, _full_url: str, _key: str, resource: Json) -> None:
        session_id = self._session_of(resource)
        if session_id is not None:  # a log is tied to its session only through the Encounter
            self.content.moods[session_id][1] = resource

    def _daily_mood(self, _full_url: str, key: str, resource: Json) -> None:
        note = js.optional(js.first(resource, "note"), "text", str)
        at = js.required_when(resource, "effectiveDateTime")
        mood = js.required(resource, "valueInteger", int)
        self.content.daily_moods.append(DailyMood(f"daily-mood/{key}", at, mood, note))

    def _questionnaire_observation(self, _full_url: str, key: str, resource: Json) -> None:
        questionnaire_id, _, part = key.partition("/")
        if part != "total":
            return  # the panel and the items: the desk charts totals
        code = js.obj(resource, "code")
        instrument = next((found for (system, value), found in _TOTAL_CODES.items()
                           if js.code_of(code, system) == value), None)
        if instrument is None:
            raise content_error("a questionnaire total has an unknown code")
        band = js.code_of(js.first(resource, "interpretation"))
        try:
            severity_band = SeverityBand(band or "")
        except ValueError:
            raise content_error(f"a questionnaire total has the unknown band {str(band)[:30]!r}") from None
        self.content.scores.append(ScoreTotal(
            f"questionnaire/{questionnaire_id}", instrument, js.required_when(resource, "effectiveDateTime"),
            js.required(resource, "valueInteger", int), severity_band))

    def _flag(self, _full_url: str, key: str, resource: Json) -> None:
        severity_code = next((js.optional(extension, "valueCode", str)
                              for extension in js.objects(resource, "extension")
                              if extension.get("url") == FLAG_SEVERITY_EXTENSION), None)
        try:
            severity = Severity(severity_code or "")
        except ValueError:
            raise content_error("a flag has no known severity") from None
        code = js.obj(resource, "code")
        rule = js.code_of(code)
        coding = next((c for c in js.objects(code, "coding") if c.get("system") == APP_CODE_SYSTEM), {})
        if rule is None:
            raise content_error("a flag has no rule")
        title = js.optional(coding, "display", str) or rule
        period = js.obj(resource, "period")
        discussed = resource.get("status") == "inactive"  # "active" while open
        session_id = self._session_of(resource)
        self.content.flags.append(DeskFlag(
            key=f"flag/{key}", rule=rule, severity=severity, title=title,
            sentence=js.optional(code, "text", str) or title,
            raised_at=js.required_when(period, "start"),
            discussed_at=js.required_when(period, "end") if discussed else None,
            session_key=None if session_id is None else f"session/{session_id}",
        ))


def _session_of_reference(encounters: dict[str, int], ref: str | None) -> int:
    if ref is None or ref not in encounters:
        raise content_error("a dose points at a session that is not in the bundle")
    return encounters[ref]


def read_bundle(data: bytes, fingerprint: str) -> BundleContent:
    """Read ``fhir/bundle.json`` of an export signed by the key ``fingerprint``."""
    by_line = _read_entry_lines(data, fingerprint)
    if by_line is None:
        bundle = load_bundle(data)
        listed = list(js.objects(bundle, "entry"))
    else:
        bundle, found = by_line
        if bundle.get("resourceType") != "Bundle":
            raise content_error("it is not a FHIR Bundle")
        listed = [entry if isinstance(entry, dict) else {} for entry in found]
    entries = [(js.required(entry, "fullUrl", str), js.obj(entry, "resource")) for entry in listed]
    return _Reader(bundle, fingerprint).read(entries)


def session_moods(content: BundleContent) -> list[SessionMood]:
    """Each session's mood and anxiety before (the baseline) and after (the post-session log)."""
    moods: list[SessionMood] = []
    for session_id, (baseline, after) in content.moods.items():
        before_values = _ratings(baseline)
        after_values = _ratings(after)
        parts = content.sessions.get(session_id)
        at = None if parts is None else parts.at()
        if at is None:
            at = min(moment for moment in (_effective(baseline), _effective(after)) if moment is not None)
        moods.append(SessionMood(f"mood/{session_id}", f"session/{session_id}", at, *before_values,
                                 *after_values))
    return moods


def _ratings(resource: Json | None) -> tuple[int | None, int | None]:
    if resource is None:
        return None, None
    found = js.components(resource)
    mood = next(iter(found.get("mood", [])), {})
    anxiety = next(iter(found.get("anxiety", [])), {})
    return js.optional(mood, "valueInteger", int), js.optional(anxiety, "valueInteger", int)


def _effective(resource: Json | None) -> datetime | None:
    return None if resource is None else js.required_when(resource, "effectiveDateTime")

