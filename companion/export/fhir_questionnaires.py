"""PHQ-9, GAD-7 and PCL-5 the way US Core records screening assessments.

Per completed questionnaire:

* a **QuestionnaireResponse** (``questionnaire`` = LOINC's canonical ``http://loinc.org/q/<panel>``
  for PHQ-9 and GAD-7; status completed; ``authored`` = completed at; one item per question with
  ``linkId`` = the LOINC item code and the answer as a LOINC answer (LA…) ``valueCoding``, plus the
  total; PHQ-9's difficulty question when answered);
* one **Observation per item** (LOINC item code, the LA answer as ``valueCodeableConcept``),
  ``derivedFrom`` the QuestionnaireResponse;
* a **total** Observation (44261-6 PHQ-9, 70274-6 GAD-7) with ``valueInteger`` and the severity band
  as its ``interpretation``;
* a **panel** Observation (44249-1 PHQ-9, 69737-5 GAD-7, 101697-1 PCL-5) whose ``hasMember`` are the
  item Observations and the total, ``derivedFrom`` the QuestionnaireResponse.

PCL-5 has no item, answer or total codes in DESIGN.md §3 (none were verified), so its items and total
carry app codes and integer answers, and its QuestionnaireResponse names an app canonical.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.domain.instrument_texts import QuestionnaireText, text_for
from companion.domain.instruments import InstrumentDefinition, definition
from companion.export.export_common import PHQ9_DIFFICULTY_ANSWER_LOINC
from companion.export.fhir_codes import app_code
from companion.export.fhir_common import (
    APP_FHIR_BASE,
    LOINC_SYSTEM,
    BundleParts,
    Json,
    category,
    coding,
    compact,
    concept,
    reference,
)
from companion.storage.questionnaires import QuestionnaireRecord

# LOINC displays checked against LOINC / US Core; other LOINC codes are written without a display.
_LOINC_DISPLAYS = {
    "44249-1": "PHQ-9 quick depression assessment panel [Reported.PHQ]",
    "44261-6": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
    "70274-6": "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
}


def _loinc(code: str, text: str) -> Json:
    return concept(coding(LOINC_SYSTEM, code, _LOINC_DISPLAYS.get(code)), text=text)


def _canonical(spec: InstrumentDefinition) -> str:
    if spec.item_loinc:
        return f"http://loinc.org/q/{spec.loinc_panel}"
    return f"{APP_FHIR_BASE}/Questionnaire/{spec.instrument.value}"


@dataclass(frozen=True)
class _Item:
    """One question (or the difficulty question) with its answer, coded as the instrument allows."""

    link_id: str
    code: Json
    text: str
    value: int
    answer: Json | None  # a LOINC answer Coding; None: the integer value is the answer

    def response_item(self) -> Json:
        if self.answer is None:
            return {"linkId": self.link_id, "text": self.text, "answer": [{"valueInteger": self.value}]}
        answer = {"valueCoding": dict(self.answer)}
        return {"linkId": self.link_id, "text": self.text, "answer": [answer]}

    def observation_value(self) -> Json:
        if self.answer is None:
            return {"valueInteger": self.value}
        return {"valueCodeableConcept": concept(dict(self.answer), text=self.answer.get("display"))}


def _items(record: QuestionnaireRecord, spec: InstrumentDefinition, texts: QuestionnaireText) -> list[_Item]:
    items: list[_Item] = []
    for index, value in enumerate(record.score.answers):
        question = texts.items[index]
        if spec.item_loinc:
            code = spec.item_loinc[index]
            answer = coding(LOINC_SYSTEM, spec.answer_loinc[value], texts.answers[value])
            items.append(_Item(code, _loinc(code, question), question, value, answer))
        else:
            code = f"pcl5-item-{index + 1}"
            items.append(_Item(code, app_code(code, question), question, value, None))
    difficulty = record.score.difficulty
    if difficulty is not None and spec.difficulty_loinc is not None and texts.difficulty_question is not None:
        answer = coding(LOINC_SYSTEM, PHQ9_DIFFICULTY_ANSWER_LOINC[difficulty],
                        texts.difficulty_answers[difficulty])
        items.append(_Item(spec.difficulty_loinc, _loinc(spec.difficulty_loinc, texts.difficulty_question),
                           texts.difficulty_question, difficulty, answer))
    return items


def _total_code(spec: InstrumentDefinition) -> tuple[str, Json]:
    text = f"{spec.short_name} total score"
    if spec.loinc_total is not None:
        return spec.loinc_total, _loinc(spec.loinc_total, text)
    return "pcl5-total", app_code("pcl5-total", text)


def _observation(parts: BundleParts, record: QuestionnaireRecord, key: str, code: Json, qr_ref: str,
                 **rest: object) -> Json:
    return compact({
        "resourceType": "Observation",
        "identifier": parts.identifier("questionnaire-observation", key),
        "status": "final",
        "category": category("survey", "Survey"),
        "code": code,
        "subject": parts.patient,
        "effectiveDateTime": parts.when(record.completed_at),
        "performer": [parts.patient],
        **rest,
        "derivedFrom": [{"reference": qr_ref}],
    })


def add_questionnaire(parts: BundleParts, record: QuestionnaireRecord) -> None:
    """The QuestionnaireResponse, the panel, item and total Observations of one questionnaire."""
    spec, texts, score = definition(record.instrument), text_for(record.instrument), record.score
    items = _items(record, spec, texts)
    total_link, total_code = _total_code(spec)
    qr_ref = parts.ref("questionnaire-response", record.id)
    item_refs = [parts.ref("questionnaire-item", f"{record.id}/{item.link_id}") for item in items]
    total_ref = parts.ref("questionnaire-total", record.id)

    total_item = {"linkId": total_link, "text": total_code["text"], "answer": [{"valueInteger": score.total}]}
    parts.add("questionnaire-response", record.id, {
        "resourceType": "QuestionnaireResponse",
        "identifier": parts.identifier("questionnaire", record.id)[0],
        "questionnaire": _canonical(spec),
        "status": "completed",
        "subject": parts.patient,
        "authored": parts.when(record.completed_at),
        "author": parts.patient,
        "source": parts.patient,
        "item": [*(item.response_item() for item in items), total_item],
    })
    parts.add("questionnaire-panel", record.id, _observation(
        parts, record, f"{record.id}/panel", _panel_code(spec, texts), qr_ref,
        hasMember=[reference(ref) for ref in (*item_refs, total_ref)]))
    for item, ref in zip(items, item_refs, strict=True):
        key = f"{record.id}/{item.link_id}"
        assert parts.ref("questionnaire-item", key) == ref
        parts.add("questionnaire-item", key, _observation(parts, record, key, item.code, qr_ref,
                                                          **item.observation_value()))
    band = score.band
    parts.add("questionnaire-total", record.id, _observation(
        parts, record, f"{record.id}/total", total_code, qr_ref, valueInteger=score.total,
        interpretation=[app_code(band.value, f"{spec.short_name}: {band.label}")]))


def _panel_code(spec: InstrumentDefinition, texts: QuestionnaireText) -> Json:
    return _loinc(spec.loinc_panel, texts.title)

