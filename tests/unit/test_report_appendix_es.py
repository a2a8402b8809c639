"""The last English of a Spanish PDF report: the care plan in force's values and the scoring rules are core
``Text`` sentences (issue 13). In a Spanish report they are Spanish, their numbers written the locale's way
("62,5 mg"); as a ``str`` they are the English they always were; an English report shows that English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication

from companion.domain.care_plan import FIELDS_BY_NAME, PLAN_FIELDS, FieldKind, Route
from companion.domain.care_plan_changes import WEEKDAY_NAMES, field_value_text
from companion.domain.instrument_texts import text_for
from companion.domain.instruments import Instrument
from companion.domain.texts import Text
from companion.export.report_appendix import scoring_rules
from companion.export.report_model import Report, build_report
from companion.ui import language
from companion.ui.core_text import core_text
from companion.ui.export.report_appendix_html import appendix_sections
from companion.ui.export.report_format import esc
from tests.fixtures.export_history import CARE_PLAN, PLAN, export_history

# Fractions, several days and several re-check times: every shape a value takes, with decimals.
SPANISH_PLAN = replace(PLAN, dose_mg=62.5, fasting_liquids_hours=0.5, planned_weekdays=(1, 4),
                       bp_recheck_minutes=(40, 80), route=Route.INTRANASAL)
# English words of a value ("no" is Spanish too; "intranasal" and "oral" are the same in both).
ENGLISH_VALUE_WORDS = frozenset({"yes", "none", "set", "minutes", "hours", "days", "per", "minute", "not",
                                 "filled", *(str(day) for day in WEEKDAY_NAMES)})


@pytest.fixture
def spanish(qapp: QCoreApplication) -> Iterator[None]:
    assert language.install_language("es") == "es"
    yield
    language.uninstall_language()


@pytest.fixture(scope="module")
def report() -> Report:
    data = export_history()
    return build_report(replace(data, care_plan=replace(CARE_PLAN, plan=SPANISH_PLAN)))


def _sections(report: Report) -> tuple[str, str]:
    """The appendix's care plan in force and its scoring rules, as rich text."""
    *_, care_plan, rules = appendix_sections(report)
    assert "<table" in care_plan and "<ul>" in rules
    return care_plan, rules


def _values(care_plan_html: str) -> list[str]:
    """The value column of the care plan in force (bold cells)."""
    return re.findall(r"<td><b>(.*?)</b></td>", care_plan_html)


def test_a_spanish_report_shows_the_care_plan_s_values_in_spanish(spanish: None, report: Report) -> None:
    care_plan, _rules = _sections(report)
    values = _values(care_plan)
    assert len(values) == len(PLAN_FIELDS)
    by_name = dict(zip((spec.name for spec in PLAN_FIELDS), values, strict=True))
    assert by_name["dose_mg"] == "62,5 mg"  # the locale's decimal comma
    assert by_name["fasting_liquids_hours"] == "0,5 horas"
    assert by_name["minimum_monitoring_minutes"] == "120 minutos"
    assert by_name["planned_weekdays"] == "martes, viernes"
    assert by_name["bp_recheck_minutes"] == "40, 80 minutos"
    assert by_name["route"] == "intranasal"
    assert by_name["kit_has_oximeter"] == "sí" and by_name["sitter_code_required"] == "sí"
    assert by_name["pcl5_enabled"] == "sí" and by_name["bp_recheck_at_end"] == "sí"
    assert by_name["phq9_every_days"].endswith(" días")
    assert by_name["clinician_name"] == esc(PLAN.clinician_name)  # what people typed stays as typed
    typed = {FieldKind.TEXT, FieldKind.PHONE}  # the patient's "none known" allergies are theirs
    for spec in PLAN_FIELDS:
        if spec.kind not in typed:
            assert not set(re.findall(r"\w+", by_name[spec.name])) & ENGLISH_VALUE_WORDS, spec.name


def test_a_spanish_report_has_no_english_scoring_rule(spanish: None, report: Report) -> None:
    _care_plan, rules = _sections(report)
    items = re.findall(r"<li>(.*?)</li>", rules)
    assert len(items) == len(scoring_rules())
    for rule in scoring_rules():
        assert esc(rule.english()) not in rules
    for english in ("items scored", "Lower is better", "the last 2 weeks", "the past month", "minimal",
                    "Baseline:", "Response:", "Remission:", "Also flagged", "question 9", "probable PTSD"):
        assert english not in rules, english
    phq9 = items[0]
    assert phq9.startswith("PHQ-9: 9 ítems puntuados de 0 a 3 referidos a las últimas 2 semanas; total de "
                           "0 a 27: 0–4 mínima, 5–9 leve, 10–14 moderada"), phq9
    assert "PCL-5: un total de 33 o más sugiere un TEPT probable." in items
    assert any("al menos un 50 % por debajo de la basal" in item for item in items)
    assert any(item.startswith("Pregunta 9 del PHQ-9") for item in items)


def test_the_rules_recall_periods_are_the_published_spanish_words(spanish: None) -> None:
    """The recall period in a rule is the validated Spanish form's own words where one is published."""
    for rule, instrument in zip(scoring_rules(), Instrument, strict=False):
        texts = text_for(instrument, "es")
        period = rule.args[4]
        assert isinstance(period, Text) and period == text_for(instrument).recall_period
        if texts.language == "es":
            assert core_text(period) == texts.recall_period
            assert texts.recall_period in core_text(rule)


def test_values_and_rules_are_english_as_strings_and_in_an_english_report(qapp: QCoreApplication,
                                                                           report: Report) -> None:
    assert language.current_language() == "en"
    care_plan, rules = _sections(report)
    assert _values(care_plan)[:4] == ["ketamine", "62.5 mg", "intranasal", "Tuesday, Friday"]
    for rule in scoring_rules():
        assert core_text(rule) == str(rule) == rule.english()
        assert f"<li>{esc(str(rule))}</li>" in rules
    value = field_value_text(FIELDS_BY_NAME["fasting_liquids_hours"], 0.5)
    assert str(value) == core_text(value) == "0.5 hours"


def test_a_value_s_numbers_follow_the_locale_but_its_string_stays_english(spanish: None) -> None:
    dose = FIELDS_BY_NAME["dose_mg"]
    assert (str(field_value_text(dose, 62.5)), core_text(field_value_text(dose, 62.5))) == (
        "62.5 mg", "62,5 mg")
    assert str(field_value_text(dose, 50.0)) == "50 mg" and core_text(field_value_text(dose, 50.0)) == "50 mg"
    spo2 = FIELDS_BY_NAME["spo2_urgent_below"]
    assert str(field_value_text(spo2, 93)) == "93 %" and core_text(field_value_text(spo2, 93)) == "93 %"
    name = FIELDS_BY_NAME["clinician_name"]
    assert core_text(field_value_text(name, "  ")) == "(sin completar)"
    assert core_text(field_value_text(name, "Dr. 50%1 Lee")) == "Dr. 50%1 Lee"  # typed text is never filled
