"""For the paramedics (DESIGN.md §2): what the sitter reads aloud to the emergency number.

The address and allergies (care-plan fields), the medication with its dose, route and the time it
was taken, the latest readings with their times, other medicines taken today, and the clinician's
phone.  Each fact is a (label, value) pair, so the screen can set them large, one per line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from companion.domain.care_plan import CarePlan
from companion.services.session_snapshot import Reading, TimedReading
from companion.ui.core_text import number_text
from companion.ui.i18n import translate
from companion.ui.time_format import clock_text, duration_text, whole_minutes
from companion.ui.widgets.session_widgets import route_text


def reading_text(reading: Reading) -> str:
    """ "150/90, heart rate 80, SpO2 96 %" (what the monitor showed)."""
    text = f"{reading.bp.systolic}/{reading.bp.diastolic}"
    if reading.heart_rate is not None:
        text += translate("Paramedics", ", heart rate %1").replace("%1", str(reading.heart_rate))
    if reading.spo2 is not None:
        text += translate("Paramedics", ", SpO2 %1 %").replace("%1", str(reading.spo2))
    return text


def _readings_text(readings: Sequence[TimedReading]) -> str:
    if not readings:
        return translate("Paramedics", "none taken yet")
    before = [item for item in readings if item.kind == "pre_dose"]
    after = [item for item in readings if item.kind != "pre_dose"]
    lines = []
    if after:
        latest = after[-1]
        lines.append(translate("Paramedics", "at %1: %2").replace("%1", clock_text(latest.measured_at))
                     .replace("%2", reading_text(latest.reading)))
    if before:
        first = before[-1]
        lines.append(translate("Paramedics", "before the dose, at %1: %2")
                     .replace("%1", clock_text(first.measured_at)).replace("%2", reading_text(first.reading)))
    return "\n".join(lines)


def paramedic_facts(plan: CarePlan, *, dose_at: datetime | None, readings: Sequence[TimedReading],
                    medicines: str, now: datetime) -> list[tuple[str, str]]:
    """The facts to read aloud, in the order the emergency services ask for them."""
    missing = translate("Paramedics", "not in the care plan — say it yourself")
    dose = (translate("Paramedics", "%1 mg of %2, %3").replace("%1", number_text(plan.dose_mg))
            .replace("%2", plan.medication_name).replace("%3", route_text(plan.route)))
    if dose_at is None:
        taken = translate("Paramedics", "not taken yet")
    else:
        ago = duration_text(whole_minutes(now - dose_at))
        taken = translate("Paramedics", "%1 (%2 ago)").replace("%1", clock_text(dose_at)).replace("%2", ago)
    clinician = " ".join(part for part in (plan.clinician_name.strip(), plan.clinician_phone.strip()) if part)
    return [
        (translate("Paramedics", "Address"), plan.patient_address.strip() or missing),
        (translate("Paramedics", "Medicine"), dose),
        (translate("Paramedics", "Taken at"), taken),
        (translate("Paramedics", "Latest readings"), _readings_text(readings)),
        (translate("Paramedics", "Other medicines today"),
         medicines or translate("Paramedics", "none recorded")),
        (translate("Paramedics", "Allergies"), plan.allergies.strip() or missing),
        (translate("Paramedics", "Clinician"), clinician),
    ]
