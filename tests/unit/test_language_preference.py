"""The LANGUAGE preference: declared once, kept in preferences.json (read before unlock), forgiving of a bad
value; "system" follows the computer's languages, and a chosen language takes the computer's region."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from companion.domain.preferences import LANGUAGE, TEXT_SCALE, THEME, Preferences
from companion.storage.preferences_file import PreferencesFile
from companion.ui.language import LANGUAGE_NAMES, SYSTEM, locale_for, resolve


def test_the_default_follows_the_system_and_every_choice_has_a_name() -> None:
    assert Preferences().get(LANGUAGE) == SYSTEM == LANGUAGE.default
    assert set(LANGUAGE.choices or ()) == {SYSTEM, *LANGUAGE_NAMES}
    assert LANGUAGE_NAMES == {"en": "English", "es": "Español"}  # each in its own language


@pytest.mark.parametrize("value", ["system", "en", "es"])
def test_each_value_round_trips_through_the_preferences_file(tmp_path: Path, value: str) -> None:
    path = tmp_path / "preferences.json"
    preferences = Preferences().with_value(LANGUAGE, value).with_value(THEME, "dark")
    PreferencesFile(path).save(preferences)
    assert json.loads(path.read_text("utf-8"))["language"] == value
    assert PreferencesFile(path).load() == preferences


@pytest.mark.parametrize("stored", ["fr", "ES", "Español", "", 3, None, True, ["es"], {"code": "es"}])
def test_a_bad_stored_value_falls_back_to_the_system_alone(tmp_path: Path, stored: object) -> None:
    path = tmp_path / "preferences.json"
    original = json.dumps({"language": stored, "text_scale": 150}).encode()
    path.write_bytes(original)
    preferences = PreferencesFile(path).load()
    assert preferences.get(LANGUAGE) == SYSTEM
    assert preferences.get(TEXT_SCALE) == 150  # the other values are kept
    assert path.read_bytes() == original  # and the file is left as it was


def test_a_value_outside_the_declaration_is_refused() -> None:
    with pytest.raises(ValueError):
        Preferences().with_value(LANGUAGE, "de")


@pytest.mark.parametrize(
    ("system", "expected"),
    [("es_MX", "es"), ("es_US", "es"), ("en_US", "en"), ("fr_FR", "en"), ("C", "en"), ("de_DE", "en")],
)
def test_system_follows_the_computer_and_english_when_companion_lacks_its_language(
    system: str, expected: str
) -> None:
    assert resolve(SYSTEM, QLocale(system)) == expected


def test_a_chosen_language_wins_over_the_system() -> None:
    assert resolve("es", QLocale("en_US")) == "es"
    assert resolve("en", QLocale("es_MX")) == "en"


def test_numbers_and_dates_use_the_system_region_in_the_chosen_language() -> None:
    assert locale_for("es", QLocale("es_MX")).name() == "es_MX"  # the system's own, formats and all
    spanish_in_the_us = locale_for("es", QLocale("en_US"))
    assert spanish_in_the_us.name() == "es_US"
    assert spanish_in_the_us.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem  # Letter
    assert locale_for("en", QLocale("C")).language() == QLocale.Language.C  # left as the system has it
    assert locale_for("es", QLocale("C")).language() == QLocale.Language.Spanish
