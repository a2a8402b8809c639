"""The preferences file is written off the GUI thread, one write at a time, and the newest change wins."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.domain.preferences import THEME, Preferences
from companion.storage.errors import DiskError
from companion.storage.preferences_file import PreferencesFile
from companion.ui.preferences_saver import PreferencesSaver

TIMEOUT_MS = 5000


class HeldFile:
    """A preferences file whose first write waits until the test lets it go; records every write."""

    def __init__(self, real: PreferencesFile, *, fail_first: bool = False) -> None:
        self.real = real
        self.release = threading.Event()
        self.writes: list[tuple[str, str]] = []  # (theme, thread name)
        self._fail_first = fail_first

    def save(self, preferences: Preferences) -> None:
        if not self.writes:
            assert self.release.wait(5)
        self.writes.append((preferences.get(THEME), threading.current_thread().name))
        if self._fail_first and len(self.writes) == 1:
            raise DiskError("The disk is full.")
        self.real.save(preferences)


def test_changes_during_a_write_are_written_after_it_only_the_newest(qtbot: QtBot, tmp_path: Path) -> None:
    real = PreferencesFile(tmp_path / "preferences.json")
    held = HeldFile(real)
    saver = PreferencesSaver(held)  # type: ignore[arg-type]
    saved: list[bool] = []
    saver.saved.connect(lambda: saved.append(True))
    for theme in ("dark", "light", "high_contrast"):  # the first is on its way while the others come
        saver.save(Preferences().with_value(THEME, theme))
    assert saver.is_saving() and held.writes == []  # the GUI thread did not wait for the disk
    held.release.set()
    qtbot.waitUntil(lambda: not saver.is_saving(), timeout=TIMEOUT_MS)
    assert [theme for theme, _ in held.writes] == ["dark", "high_contrast"]  # "light" was overtaken
    assert all(thread != threading.main_thread().name for _, thread in held.writes)
    assert real.load().get(THEME) == "high_contrast" and saved == [True]


def test_a_failed_write_says_so_and_a_newer_change_is_still_written(qtbot: QtBot, tmp_path: Path) -> None:
    real = PreferencesFile(tmp_path / "preferences.json")
    held = HeldFile(real, fail_first=True)
    saver = PreferencesSaver(held)  # type: ignore[arg-type]
    problems: list[str] = []
    saver.failed.connect(problems.append)
    saver.save(Preferences().with_value(THEME, "dark"))
    held.release.set()
    qtbot.waitUntil(lambda: problems != [], timeout=TIMEOUT_MS)
    assert problems == ["The disk is full."]
    saver.save(Preferences().with_value(THEME, "light"))
    qtbot.waitUntil(lambda: not saver.is_saving(), timeout=TIMEOUT_MS)
    assert real.load().get(THEME) == "light"


def test_quitting_waits_for_the_write_and_writes_the_newest_change(qtbot: QtBot, tmp_path: Path) -> None:
    real = PreferencesFile(tmp_path / "preferences.json")
    held = HeldFile(real)
    saver = PreferencesSaver(held)  # type: ignore[arg-type]
    saver.save(Preferences().with_value(THEME, "dark"))
    saver.save(Preferences().with_value(THEME, "high_contrast"))  # waits behind the first
    threading.Timer(0.2, held.release.set).start()
    saver.flush()  # what aboutToQuit runs
    assert [theme for theme, _ in held.writes] == ["dark", "high_contrast"]
    assert real.load().get(THEME) == "high_contrast"
