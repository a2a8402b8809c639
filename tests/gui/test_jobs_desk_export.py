"""The desk and the Export page run their jobs through the one dispatcher (``companion.ui.jobs``).

Each test holds the jobs in a stand-in helper and answers them when it says: a result that arrives
after a newer job (or a lock) is dropped, a known error is shown as its sentence, a bug goes to the
injected reporter."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from pytestqt.qtbot import QtBot

from companion.desk.desk_paths import DeskPaths
from companion.domain.clock import FakeClock
from companion.domain.texts import Text
from companion.export.export_data import ExportOptions, ExportPeriod
from companion.export.writer import ExportDestinationError
from companion.storage.errors import StorageError
from companion.storage.kdf import KdfChooser
from companion.ui.desk.desk_controller import DeskController
from companion.ui.desk.export_page import ExportPage as DeskExportPage
from companion.ui.export.export_page import ExportPage
from companion.ui.export.export_run import ExportRun
from tests.gui.job_helpers import HeldJobs as _Helper

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


# --- the desk -------------------------------------------------------------------------------------


@dataclass
class _Desk:
    controller: DeskController
    reading: _Helper  # the reading threads
    bugs: list[BaseException]
    page: DeskExportPage


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path, kdf_chooser: KdfChooser,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[_Desk]:
    """A desk controller whose reading threads are the test's helper, with a desk "open", and its export
    page asked to show one export."""
    bugs: list[BaseException] = []
    controller = DeskController(DeskPaths(tmp_path / "desk"), FakeClock(NOW), kdf_chooser,
                                report_bug=bugs.append)
    reading = _Helper()
    monkeypatch.setattr(controller._reader, "run", reading.submit)
    monkeypatch.setattr(controller, "_desk", SimpleNamespace(patients=None))  # never used: no job runs
    page = DeskExportPage(controller)
    qtbot.addWidget(page)
    page.show_export(Path("/exports/first"))
    yield _Desk(controller, reading, bugs, page)
    controller.shutdown()


def test_the_desk_export_page_drops_a_stale_result_and_shows_a_known_error(qtbot: QtBot, desk: _Desk) -> None:
    desk.page.show_export(Path("/exports/second"))  # the clinician opened another one meanwhile
    first, second = desk.reading.jobs
    first.on_failure(StorageError("The first one's problem."))  # stale: dropped
    assert desk.page.banner.status is None and desk.bugs == []

    with qtbot.waitSignal(desk.page.banner_shown):
        second.on_failure(StorageError("The second one could not be read."))
    assert desk.page.banner.body_text() == "The second one could not be read."
    assert desk.page.busy_row.isHidden()


def test_a_bug_in_a_desk_job_goes_to_the_injected_reporter(desk: _Desk) -> None:
    bug = ZeroDivisionError("a bug")
    desk.reading.jobs[0].on_failure(bug)
    assert desk.bugs == [bug] and desk.page.banner.status is None  # no sentence made up for a bug

    sentences: list[str] = []
    desk.controller.run_read(lambda: None, lambda _result: None, sentences.append)
    assert desk.controller.is_busy()
    desk.reading.jobs[1].on_failure(StorageError("Known."))
    assert sentences == ["Known."] and not desk.controller.is_busy()


def test_leaving_the_desk_export_page_drops_what_is_on_its_way(desk: _Desk) -> None:
    desk.page.clear_content()  # back to the list
    desk.reading.jobs[0].on_failure(StorageError("Too late."))
    assert desk.page.banner.status is None and desk.page.message.isHidden()


# --- the Export page ------------------------------------------------------------------------------


class _Vault(QObject):
    """The VaultController as the Export page and its run use it; both threads are helpers."""

    unlocked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.database, self.background = _Helper(), _Helper()
        self.run_in_database = self.database.submit
        self.run_in_background = self.background.submit

    def is_unlocked(self) -> bool:
        return True


@dataclass
class _RunSeen:
    previewed: list[object] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    cancelled: list[bool] = field(default_factory=list)
    busy: list[bool] = field(default_factory=list)
    bugs: list[BaseException] = field(default_factory=list)


def _run(vault: _Vault, seen: _RunSeen) -> ExportRun:
    run = ExportRun(vault, lambda: NOW, report_bug=seen.bugs.append)  # type: ignore[arg-type]
    run.previewed.connect(seen.previewed.append)
    run.failed.connect(seen.failed.append)
    run.cancelled.connect(lambda: seen.cancelled.append(True))
    run.busy_changed.connect(seen.busy.append)
    return run


OPTIONS = ExportOptions(ExportPeriod(NOW.date(), NOW.date()), frozenset())
A4 = QPageSize.PageSizeId.A4


def _prepared(has_data: bool = True) -> object:
    return SimpleNamespace(data=SimpleNamespace(has_data=lambda: has_data))


def test_an_export_gathers_on_the_database_thread_then_goes_on_in_the_background(qtbot: QtBot) -> None:
    vault, seen = _Vault(), _RunSeen()
    run = _run(vault, seen)
    run.preview(OPTIONS, A4)
    run.preview(OPTIONS, A4)  # one at a time: ignored while the first is on its way
    assert len(vault.database.jobs) == 1 and run.is_busy() and seen.busy == [True]

    vault.database.jobs[0].on_success(_prepared())
    assert len(vault.background.jobs) == 1 and run.is_busy() and seen.busy == [True]  # busy all along
    vault.background.jobs[0].on_success("page one")
    assert seen.previewed == ["page one"] and seen.busy == [True, False] and not run.is_busy()

    run.preview(OPTIONS, A4)
    vault.database.jobs[1].on_success(_prepared(has_data=False))
    assert seen.failed == ["There is nothing to export in this period; choose other dates."]
    assert seen.busy == [True, False, True, False] and len(vault.background.jobs) == 1


def test_an_export_result_after_the_lock_is_dropped(qtbot: QtBot) -> None:
    vault, seen = _Vault(), _RunSeen()
    run = _run(vault, seen)
    run.preview(OPTIONS, A4)
    vault.database.jobs[0].on_success(_prepared())
    run.clear()  # the vault locks while the page is painted
    assert not run.is_busy() and seen.busy == [True, False]
    vault.background.jobs[0].on_success("stale page")
    assert seen.previewed == [] and seen.busy == [True, False]

    run.preview(OPTIONS, A4)  # a new one is not held up by the dropped one
    assert len(vault.database.jobs) == 2


def test_an_export_known_error_is_its_sentence_and_a_bug_is_reported(qtbot: QtBot) -> None:
    vault, seen = _Vault(), _RunSeen()
    run = _run(vault, seen)
    run.preview(OPTIONS, A4)
    vault.database.jobs[0].on_failure(StorageError("The vault is locked. Unlock it and try again."))
    run.preview(OPTIONS, A4)
    vault.database.jobs[1].on_success(_prepared())
    destination = ExportDestinationError(Text("", "That folder is gone."))
    vault.background.jobs[0].on_failure(destination)
    assert seen.failed == ["The vault is locked. Unlock it and try again.", "That folder is gone."]
    assert seen.bugs == []

    run.preview(OPTIONS, A4)
    bug = KeyError("a bug")
    vault.database.jobs[2].on_failure(bug)
    assert seen.bugs == [bug] and len(seen.failed) == 2 and not run.is_busy()


def test_a_cancelled_export_is_an_outcome_not_an_error(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from companion.export.writer import ExportCancelledError
    from companion.ui.export import export_run

    def cancelled_on_the_way(*_args: object, **_options: object) -> object:
        raise ExportCancelledError()

    monkeypatch.setattr(export_run, "write_export", cancelled_on_the_way)
    monkeypatch.setattr(export_run, "export_name", lambda _data: "export")
    vault, seen = _Vault(), _RunSeen()
    run = _run(vault, seen)
    run.write(OPTIONS, export_run.ExportSaving(Path("/nowhere")), A4)
    vault.database.jobs[0].on_success(SimpleNamespace(data=SimpleNamespace(has_data=lambda: True),
                                                      signer=None))
    background = vault.background.jobs[0]
    background.on_success(background.job())  # the job, run here: it turns the cancel into an outcome
    assert seen.cancelled == [True] and seen.failed == [] and seen.bugs == [] and not run.is_busy()


def test_the_export_page_drops_where_it_starts_after_the_lock(qtbot: QtBot) -> None:
    vault, bugs = _Vault(), list[BaseException]()
    page = ExportPage(vault, FakeClock(NOW), report_bug=bugs.append)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.reload()
    page.clear_content()  # the vault locked before the form's start arrived
    vault.database.jobs[0].on_success("stale start")  # would fail to fill the form if it were used
    assert bugs == []

    page.reload()
    bug = RuntimeError("a bug")
    vault.database.jobs[1].on_failure(bug)
    assert bugs == [bug] and page.message.text() == ""
    page.reload()
    vault.database.jobs[2].on_failure(StorageError("The vault is locked. Unlock it and try again."))
    assert page.message.text() == "The vault is locked. Unlock it and try again."
