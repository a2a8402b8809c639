"""The desk names a flag's rule in its own language; a rule it does not know keeps the export's words."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.desk.export_records import DeskFlag
from companion.domain.flags import Severity
from companion.ui.desk.export_content import flag_title, flags_html


def _flag(rule: str, title: str) -> DeskFlag:
    return DeskFlag(key=f"flag/{rule}:session:1", rule=rule, severity=Severity.URGENT, title=title,
                    sentence="What the patient's app wrote.", raised_at=datetime(2026, 3, 2, 15, tzinfo=UTC),
                    discussed_at=None, session_key=None)


def test_a_known_rule_is_named_in_the_desks_language(ui_language: str) -> None:
    flag = _flag("phq9_item9", "Thoughts of death or self-harm (PHQ-9 question 9)")
    expected = {"en": "Thoughts of death or self-harm (PHQ-9 question 9)",
                "es": "Pensamientos de muerte o de hacerse daño (pregunta 9 del PHQ-9)"}[ui_language]
    assert flag_title(flag) == expected
    assert expected in flags_html((flag,)).replace("&#x27;", "'")


def test_a_rule_from_a_newer_app_keeps_the_exports_words(ui_language: str) -> None:
    assert flag_title(_flag("a_rule_added_later", "Something new")) == "Something new"
