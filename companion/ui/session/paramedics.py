"""For the paramedics (DESIGN.md §2): what the sitter reads aloud to the emergency number.

The address and allergies (care-plan fields), the medication with its dose, route and the time it
was taken, the latest readings with their times, other medicines taken today, and the clinician's
phone.  Each fact is a (label, value) pair, so the screen can set them large, one per line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from companion.domain.care_plan import CarePlan
from companion.services.session_snapshot import Reading, TimedReading
from companion.ui.time_format import clock_text, duration_text, whole_minutes

_CONTEXT = "Paramedics"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def reading_text(reading: Reading) -> str:
    """ "150/90, heart rate 80, SpO2 96 %" (what the monitor showed)."""
    text = f"{reading.bp.systolic}/{reading.bp.diastolic}"
    if reading.heart_rate is not None:
        text += QCoreApplication.translate(_CONTEXT, ", heart rate %1").replace("%1", str(reading.heart_rate))
    if reading.spo2 is not None:
        text += QCoreApplication.translate(_CONTEXT, ", SpO2 %1 %").replace("%1", str(reading.spo2))
    return text


def _readings_text(readings: Sequence[TimedReading]) -> str:
    if not readings:
        return _t("none taken yet")
    before = [item for item in readings if item.kind == "pre_dose"]
    after = [item for item in readings if item.kind != "pre_dose"]
    lines = []
    if after:
        latest = after[-1]
        lines.append(_t("at %1: %2").replace("%1", clock_text(latest.measured_at))
                     .replace("%2", reading_text(latest.reading)))
    if before:
        first = before[-1]
        lines.append(_t("before the dose, at %1: %2").replace("%1", clock_text(first.measured_at))
                     .replace("%2", reading_text(first.reading)))
    return "\n".join(lines)


def paramedic_facts(plan: CarePlan, *, dose_at: datetime | None, readings: Sequence[TimedReading],
                    medicines: str, now: datetime) -> list[tuple[str, str]]:
    """The facts to read aloud, in the order the emergency services ask for them."""
    missing = _t("not in the care plan — say it yourself")
    dose = (_t("%1 mg of %2, %3").replace("%1", f"{plan.dose_mg:g}").replace("%2", plan.medication_name)
            .replace("%3", QCoreApplication.translate("Session", plan.route.value)))
    if dose_at is None:
        taken = _t("not taken yet")
    else:
        ago = duration_text(whole_minutes(now - dose_at))
        taken = _t("%1 (%2 ago)").replace("%1", clock_text(dose_at)).replace("%2", ago)
    clinician = " ".join(part for part in (plan.clinician_name.strip(), plan.clinician_phone.strip()) if part)
    return [
        (_t("Address"), plan.patient_address.strip() or missing),
        (_t("Medicine"), dose),
        (_t("Taken at"), taken),
        (_t("Latest readings"), _readings_text(readings)),
        (_t("Other medicines today"), medicines or _t("none recorded")),
        (_t("Allergies"), plan.allergies.strip() or missing),
        (_t("Clinician"), clinician),
    ]
