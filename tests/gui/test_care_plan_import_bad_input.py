"""Bad care-plan files picked in Settings → Care plan (issue 12 #9, #13, #15): each gets one sentence and a
way forward before anything is shown or stored; the file is read in the background, never on the
database thread, so a pipe or a slow disk cannot hold the one writer."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from companion.domain.care_plan_file import write_care_plan_file
from companion.domain.clock import FakeClock
from companion.services import care_plan_actions
from companion.storage import sshsig
from companion.storage.signed_care_plan import NAMESPACE, SIGNED_FORMAT_NAME
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.test_care_plan_editor import PRESCRIBED, render_whole
from tests.gui.test_care_plan_import_review import (
    CLINICIAN,
    ISSUED_AT,
    ISSUED_BY,
    NEXT,
    TIMEOUT_MS,
    Imports,
    signed_file,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def in_force(qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock) -> Imports:
    """Settings → Care plan, with a plan the patient entered in force."""
    fake_clock.advance(3600)
    imports = Imports(qtbot, open_unlocked_window(), fake_clock)
    at = imports.clock.now()
    imports.in_db(lambda vault: care_plan_actions.save_care_plan(vault, PRESCRIBED, at=at, source="entered",
                                                                 issued_by=None))
    imports.editor.clear_content()
    imports.editor.refresh()
    qtbot.waitUntil(imports.editor.is_loaded, timeout=TIMEOUT_MS)
    return imports


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """``local_zone("America/New_York")``: the machine's time zone for this test."""
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def signed_text(tmp_path: Path, name: str, *, header: dict[str, str] | None = None, **plan: str) -> Path:
    """A file the clinician's key really signed, whose signed text holds ``header`` and ``plan`` values
    (as a hand-edited file or another program's might): only the reader can refuse it."""
    document = json.loads(write_care_plan_file(NEXT, ISSUED_BY, ISSUED_AT))
    document.update(header or {})
    document["care_plan"].update(plan)
    inner = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()
    envelope = {"format": SIGNED_FORMAT_NAME, "version": 1, "care_plan_file": inner.decode(),
                "signature": sshsig.sign(CLINICIAN, inner, NAMESPACE)}
    path = tmp_path / name
    path.write_text(json.dumps(envelope, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def pick(imports: Imports, path: Path) -> None:
    imports.chooser.answer = path
    imports.editor.import_button.click()


def assert_nothing_changed(imports: Imports, before: object) -> None:
    """No review open, nothing stored, the form as it was and nothing on it to save."""
    editor = imports.editor
    assert editor.review_dialog is None
    assert imports.stored() == before
    assert editor.form.plan() == PRESCRIBED and not editor.save_button.isEnabled()
    assert editor.import_button.isEnabled()  # ready for the right file


@pytest.mark.parametrize(("zone", "issued_at"), [("UTC", "0001-01-01T00:00:00+14:00"),
                                                 ("America/New_York", "0001-01-01T00:00:00+00:00")],
                         ids=["east-of-utc", "new-york"])
def test_a_time_no_time_zone_can_show_is_refused_before_anything_is_shown(
    in_force: Imports, tmp_path: Path, render: Render, local_zone: Callable[[str], None], zone: str,
    issued_at: str,
) -> None:
    """#9: an OverflowError while the review was being built, once."""
    imports = in_force
    local_zone(zone)
    before = imports.stored()
    pick(imports, signed_text(tmp_path, "year-one.json", header={"issued_at": issued_at}))
    imports.qtbot.waitUntil(imports.editor.file_problems_panel.isVisible, timeout=TIMEOUT_MS)
    [problem] = imports.editor.file_problems()
    assert problem.startswith('The field "issued_at" (when this care plan was written)')
    assert "between the years 2000 and 9998" in problem
    assert_nothing_changed(imports, before)
    render_whole(render, imports.editor, f"care_plan_import_year_one_{zone.replace('/', '_').lower()}")


def test_a_pipe_a_folder_a_device_or_a_huge_file_gets_a_sentence_and_the_database_stays_free(
    in_force: Imports, tmp_path: Path, render: Render
) -> None:
    """#13: a FIFO once held the database thread forever (opening it waits for a writer)."""
    imports = in_force
    before = imports.stored()
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate(4 * 1024**3)  # sparse: takes no room
    not_ordinary = ("That is not an ordinary file (it may be a device or a pipe), so it was not read. Choose "
                    "the care-plan file your clinician gave you. Your care plan is unchanged.")
    said_for = {
        "pipe": (pipe, not_ordinary),
        "folder": (folder, "That is a folder, not a file. Choose the care-plan file itself (its name ends "
                           "in .json). Your care plan is unchanged."),
        "device": (Path("/dev/zero"), not_ordinary),
    }
    try:
        for name, (path, said) in said_for.items():
            pick(imports, path)
            imports.qtbot.waitUntil(lambda said=said: imports.editor.import_status_text() == said,  # type: ignore[misc]
                                    timeout=TIMEOUT_MS)
            assert imports.in_db(lambda _vault: "free") == "free"  # the one writer is not held
            assert not imports.editor.file_problems_panel.isVisible()
            assert_nothing_changed(imports, before)
            render_whole(render, imports.editor, f"care_plan_import_{name}")
    finally:
        # On a regression, a reader stuck waiting for a writer gets one (and the end of the file);
        # with nobody waiting, opening it fails, as it should.
        with contextlib.suppress(OSError):
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    pick(imports, huge)
    imports.qtbot.waitUntil(imports.editor.file_problems_panel.isVisible, timeout=TIMEOUT_MS)
    assert imports.editor.file_problems() == [
        "The file is larger than 256 KiB; a care-plan file is only a few KiB. Check that this is the right "
        "file."]
    assert_nothing_changed(imports, before)
    render_whole(render, imports.editor, "care_plan_import_huge")


def test_the_file_is_read_in_the_background_while_the_database_stays_free(
    in_force: Imports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#13: a slow disk (a network drive, a sleeping USB stick) holds a background thread, not the writer."""
    imports = in_force
    path = signed_file(tmp_path, "next.json", NEXT)
    release = threading.Event()
    read_on: list[str] = []
    read = care_plan_actions.read_care_plan_bytes

    def slow_read(picked: Path) -> object:
        on_gui_thread = threading.current_thread() is threading.main_thread()
        on_database_thread = QThread.currentThread().objectName() == "companion-database"
        read_on.append("gui" if on_gui_thread else "database" if on_database_thread else "background")
        if not on_gui_thread:  # waiting on the GUI thread would hang the test instead of failing it
            release.wait()
        return read(picked)

    monkeypatch.setattr(care_plan_actions, "read_care_plan_bytes", slow_read)
    try:
        pick(imports, path)
        imports.qtbot.waitUntil(lambda: bool(read_on), timeout=TIMEOUT_MS)
        assert read_on == ["background"]
        assert imports.editor.import_status_text() == "Reading the file…"
        assert not imports.editor.import_button.isEnabled()  # one file at a time
        assert imports.in_db(lambda _vault: "free") == "free"
    finally:
        release.set()
    imports.qtbot.waitUntil(lambda: imports.editor.review_dialog is not None, timeout=TIMEOUT_MS)
    review = imports.editor.review_dialog
    assert review is not None and review.review.plan == NEXT
    review.cancel_button.click()


@pytest.mark.parametrize(("header", "plan", "field"), [
    ({}, {"clinician_name": "Dr A. Lee "}, "Clinician's name (clinician_name)"),
    ({"issued_by": f"{ISSUED_BY} "}, {}, 'The field "issued_by" (who wrote this care plan)'),
], ids=["clinician-name", "issued-by"])
def test_a_clinicians_file_with_a_space_at_the_end_of_a_text_is_refused_and_names_it(
    in_force: Imports, tmp_path: Path, render: Render, header: dict[str, str], plan: dict[str, str],
    field: str,
) -> None:
    """#15: such a plan was stored with the space, which the form trims, so it showed as edited and a
    press of Save stored it again as the patient's, without the clinician's name or key. The signed
    text is the clinician's; it is kept exactly as signed or not at all."""
    imports = in_force
    before = imports.stored()
    pick(imports, signed_text(tmp_path, "spaced.json", header=header, **plan))
    imports.qtbot.waitUntil(imports.editor.file_problems_panel.isVisible, timeout=TIMEOUT_MS)
    [problem] = imports.editor.file_problems()
    assert problem.startswith(field) and "space at its start or end" in problem
    assert_nothing_changed(imports, before)
    render_whole(render, imports.editor, f"care_plan_import_trailing_space_{'issuer' if header else 'name'}")
