"""Preferences: declared once, validated per key, and a forgiving file that never crashes the app."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from companion.domain.preferences import (
    ALL_PREFERENCES,
    DIAGNOSTIC_LOG,
    IDLE_LOCK_MINUTES,
    TEXT_SCALE,
    THEME,
    Preference,
    Preferences,
)
from companion.storage.errors import DiskError
from companion.storage.preferences_file import PreferencesFile


def test_defaults_are_the_declared_ones() -> None:
    prefs = Preferences()
    assert prefs.get(IDLE_LOCK_MINUTES) == 5
    assert prefs.get(THEME) == "light"
    assert prefs.get(TEXT_SCALE) == 100
    assert prefs.get(DIAGNOSTIC_LOG) is False


def test_every_preference_is_declared_once_with_a_description() -> None:
    keys = [p.key for p in ALL_PREFERENCES]
    assert len(keys) == len(set(keys))
    assert all(p.description.strip() for p in ALL_PREFERENCES)
    assert set(Preferences().to_mapping()) == set(keys)


def test_a_declaration_with_a_refused_default_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        Preference(key="x", value_type=int, default=0, minimum=1, description="d")


@pytest.mark.parametrize(
    ("preference", "value"),
    [
        (IDLE_LOCK_MINUTES, 0),
        (IDLE_LOCK_MINUTES, 61),
        (THEME, "purple"),
        (TEXT_SCALE, 110),
    ],
)
def test_with_value_refuses_values_outside_the_declaration(preference: Preference[int], value: int) -> None:
    with pytest.raises(ValueError):
        Preferences().with_value(preference, value)


def test_with_value_returns_a_changed_copy() -> None:
    original = Preferences()
    changed = original.with_value(IDLE_LOCK_MINUTES, 60).with_value(THEME, "high_contrast")
    assert changed.get(IDLE_LOCK_MINUTES) == 60
    assert changed.get(THEME) == "high_contrast"
    assert original.get(IDLE_LOCK_MINUTES) == 5
    assert changed != original


def test_bool_is_not_accepted_as_a_number_nor_a_number_as_bool() -> None:
    prefs = Preferences({"idle_lock_minutes": True, "diagnostic_log": 1, "text_scale": 125.0})
    assert prefs.get(IDLE_LOCK_MINUTES) == 5
    assert prefs.get(DIAGNOSTIC_LOG) is False
    assert prefs.get(TEXT_SCALE) == 100


def test_each_bad_key_falls_back_alone() -> None:
    prefs = Preferences({"idle_lock_minutes": 999, "theme": "dark", "text_scale": "big", "unknown": 3})
    assert prefs.get(IDLE_LOCK_MINUTES) == 5
    assert prefs.get(THEME) == "dark"
    assert prefs.get(TEXT_SCALE) == 100
    assert "unknown" not in prefs.to_mapping()


def test_missing_file_gives_defaults_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "data" / "preferences.json"
    assert PreferencesFile(path).load() == Preferences()
    assert not path.parent.exists()


def test_round_trip_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "preferences.json"
    prefs = Preferences().with_value(THEME, "dark").with_value(TEXT_SCALE, 150)
    prefs = prefs.with_value(DIAGNOSTIC_LOG, True)
    PreferencesFile(path).save(prefs)
    assert PreferencesFile(path).load() == prefs
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    stored = json.loads(path.read_text("utf-8"))
    assert stored["theme"] == "dark"
    assert set(stored) == {"format", *(p.key for p in ALL_PREFERENCES)}


def test_a_file_that_keeps_some_preferences_saves_only_those(tmp_path: Path) -> None:
    """The desk's settings.json: theme and text size, in the same format."""
    path = tmp_path / "settings.json"
    prefs = Preferences().with_value(TEXT_SCALE, 200).with_value(DIAGNOSTIC_LOG, True)
    PreferencesFile(path, kept=(THEME, TEXT_SCALE)).save(prefs)
    assert json.loads(path.read_text("utf-8")) == {"format": 1, "theme": "light", "text_scale": 200}
    assert PreferencesFile(path, kept=(THEME, TEXT_SCALE)).load() == Preferences().with_value(TEXT_SCALE, 200)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'"light"',
        b"[" * 100_000,
        b'{"theme": "' + b"x" * 70_000 + b'"}',
    ],
    ids=["empty", "broken", "not-utf8", "list", "string", "deep", "huge"],
)
def test_damaged_file_gives_defaults_and_is_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(content)
    assert PreferencesFile(path).load() == Preferences()
    assert path.read_bytes() == content


def test_partly_unknown_file_keeps_the_good_values(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    original = json.dumps({"theme": "sepia", "text_scale": 200, "idle_lock_minutes": -1}).encode()
    path.write_bytes(original)
    prefs = PreferencesFile(path).load()
    assert prefs.get(TEXT_SCALE) == 200
    assert prefs.get(THEME) == "light"
    assert prefs.get(IDLE_LOCK_MINUTES) == 5
    assert path.read_bytes() == original


def test_unwritable_place_gives_a_calm_disk_error(tmp_path: Path) -> None:
    # A file where the data folder should be: refused by the disk whoever runs the test (even root).
    blocker = tmp_path / "data"
    blocker.write_bytes(b"not a folder")
    with pytest.raises(DiskError) as caught:
        PreferencesFile(blocker / "preferences.json").save(Preferences().with_value(THEME, "dark"))
    assert "settings" in str(caught.value)
    assert blocker.read_bytes() == b"not a folder"
