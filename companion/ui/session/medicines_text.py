"""Other medicines taken today, from the checklist answer, in a few words (paramedics, summaries)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from companion.domain.checklist import Answer, MedicineCategory

MEDICINES_ITEM_ID = "sedatives_stimulants_today"
SHORT_LABELS: Mapping[MedicineCategory, str] = {
    MedicineCategory.BENZODIAZEPINES: str(QT_TRANSLATE_NOOP("Medicines", "benzodiazepines")),
    MedicineCategory.SLEEPING_PILLS: str(QT_TRANSLATE_NOOP("Medicines", "other sleeping pills")),
    MedicineCategory.STIMULANTS: str(QT_TRANSLATE_NOOP("Medicines", "stimulants")),
    MedicineCategory.MAOIS: str(QT_TRANSLATE_NOOP("Medicines", "MAOIs")),
    MedicineCategory.OPIOIDS: str(QT_TRANSLATE_NOOP("Medicines", "opioids")),
}


def medicines_text(answers: Mapping[str, Answer]) -> str:
    """ "benzodiazepines, opioids (lorazepam 0.5 mg, codeine)"; "" when none were recorded."""
    answer = answers.get(MEDICINES_ITEM_ID)
    if answer is None or not answer.value:
        return ""
    categories = ", ".join(QCoreApplication.translate("Medicines", SHORT_LABELS[category])
                           for category in answer.categories)
    names = answer.names.strip()
    if categories and names:
        return f"{categories} ({names})"
    return categories or names
