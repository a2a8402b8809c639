"""The Export page: preview, a folder, a zip with a password, cancel, and the refusals (issue 10)."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from companion.demo.demo_history import fill_demo_history
from companion.domain.clock import FakeClock
from companion.export.report_model import Report
from companion.export.verify import VerifyStatus, verify_export
from companion.export.writer import PARTIAL_SUFFIX
from companion.ui.export.export_page import ExportPage
from companion.ui.main_window import AppWindow
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.journal_helpers import run_in_db

WAIT_MS = 30_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock,
         tmp_path: Path) -> ExportPage:
    window: AppWindow = open_unlocked_window()
    now = fake_clock.now()
    run_in_db(qtbot, window.controller, lambda vault: fill_demo_history(vault, weeks=8, now=now))
    assert window.shell is not None and window.pages is not None
    window.shell.show_page("export")
    export_page = window.pages.export
    destination = tmp_path / "out"
    destination.mkdir()
    export_page.choose_folder = lambda _parent, _start: destination
    export_page.destination_button.click()
    window.controller.unlocked.emit()  # as after an unlock: the page reads its defaults
    qtbot.waitUntil(lambda: export_page.name.isEnabled() and export_page.from_date.date().year() > 2000,
                    timeout=WAIT_MS)
    return export_page


def _written(qtbot: QtBot, page: ExportPage) -> Path:
    with qtbot.waitSignal(page.run.written, timeout=WAIT_MS) as done:
        page.write_button.click()
    path: Path = done.args[0].path
    return path


def test_preview_shows_page_one_and_the_rows_of_each_table(qtbot: QtBot, page: ExportPage,
                                                           render: Render) -> None:
    page.name.setText("Jordan Example")
    with qtbot.waitSignal(page.run.previewed, timeout=WAIT_MS):
        page.preview_button.click()
    assert page.preview_box.isVisibleTo(page) and not page.preview_image.pixmap().isNull()
    assert "sessions.csv:" in page.preview_rows.text() and "flags.csv:" in page.preview_rows.text()
    render(page.window(), "export_form")
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(page.preview_box, 0, 400)
    render(page.window(), "export_preview")


def test_a_folder_export_is_complete_signed_and_remembered(qtbot: QtBot, page: ExportPage,
                                                           render: Render) -> None:
    path = _written(qtbot, page)
    assert path.is_dir() and path.name.startswith("companion-export-")
    for name in ("report.pdf", "csv/sessions.csv", "csv/README.txt", "fhir/bundle.json", "care-plan.json",
                 "patient.pub", "manifest-sha256.txt", "manifest.sig"):
        assert (path / name).is_file(), name
    assert verify_export(path).status is VerifyStatus.VALID
    assert page.result_path.text() == str(path) and page.result_fingerprint.text().startswith("SHA256:")
    render(page.window(), "export_written")
    # Remembered: the next export starts after this one.
    page.reload()
    qtbot.waitUntil(lambda: "last export" in page.since.text(), timeout=WAIT_MS)


def test_a_zip_with_a_password_is_encrypted(qtbot: QtBot, page: ExportPage, tmp_path: Path) -> None:
    page.zip_button.setChecked(True)
    page.password.setText("correct horse battery")
    page.password_again.setText("correct horse battery")
    path = _written(qtbot, page)
    assert path.suffix == ".zip" and verify_export(path).status is VerifyStatus.UNREADABLE
    with pyzipper.AESZipFile(path) as archive:
        archive.setpassword(b"correct horse battery")
        names = archive.namelist()
        assert any(name.endswith("manifest.sig") for name in names)
        archive.extractall(tmp_path / "opened")
    opened = next((tmp_path / "opened").iterdir())
    assert verify_export(opened).status is VerifyStatus.VALID


def test_a_zip_without_a_password_asks_first(qtbot: QtBot, page: ExportPage) -> None:
    asked: list[bool] = []
    page.confirm_no_password = lambda _parent: asked.append(True) or False  # type: ignore[func-returns-value]
    page.zip_button.setChecked(True)
    page.write_button.click()
    assert asked == [True] and not page.run.is_busy() and list(page.destination.iterdir()) == []


def test_refusals_say_one_sentence_and_write_nothing(qtbot: QtBot, page: ExportPage) -> None:
    page.from_date.setDate(page.to_date.date().addDays(1))
    page.write_button.click()
    assert "starts after it ends" in page.message.text()
    page.zip_button.setChecked(True)
    page.password.setText("one")
    page.password_again.setText("two")
    page.from_date.setDate(page.to_date.date())
    page.write_button.click()
    assert "not the same" in page.message.text()
    page.folder_button.setChecked(True)
    future = page.to_date.date().addDays(400)
    page.to_date.setDate(future)
    page.from_date.setDate(future)
    with qtbot.waitSignal(page.run.failed, timeout=WAIT_MS):
        page.write_button.click()
    assert "nothing to export" in page.message.text()
    assert list(page.destination.iterdir()) == []


def test_cancel_leaves_nothing_behind(qtbot: QtBot, page: ExportPage, render: Render,
                                      fake_clock: FakeClock) -> None:
    started, release = threading.Event(), threading.Event()

    def slow_renderer(_size: object) -> object:
        def render_pdf(_report: Report) -> bytes:
            started.set()
            release.wait(timeout=20)
            return b"%PDF-1.4\n%%EOF\n"

        return render_pdf

    page.run.render_pdf = slow_renderer  # type: ignore[assignment]
    page.write_button.click()
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    assert page.running_row.isVisibleTo(page) and not page.write_button.isEnabled()
    render(page.window(), "export_running")
    with qtbot.waitSignal(page.run.cancelled, timeout=WAIT_MS):
        page.cancel_button.click()
        release.set()
    assert "Cancelled" in page.message.text()
    leftovers = [p.name for p in page.destination.iterdir()]
    assert leftovers == [] or all(name.endswith(PARTIAL_SUFFIX) for name in leftovers) is False
    assert leftovers == []
    fake_clock.advance(timedelta(minutes=1).total_seconds())


def test_the_page_fits_a_small_screen_at_200_percent_text(qtbot: QtBot, page: ExportPage, render: Render,
                                                           qapp: QApplication) -> None:
    from companion.ui import theme

    window = page.window()
    theme.apply_appearance(qapp, "high_contrast", 200)
    try:
        window.resize(1024, 768)
        qtbot.wait(20)
        scroll = page.findChild(QScrollArea)
        assert scroll is not None and scroll.widget() is not None
        content, viewport = scroll.widget(), scroll.viewport()
        # Nothing cut off at the side: the content fits once laid out.
        qtbot.waitUntil(lambda: content.width() <= viewport.width(), timeout=5000)
        assert content.minimumSizeHint().width() <= viewport.width()
        with qtbot.waitSignal(page.run.previewed, timeout=WAIT_MS):
            page.preview_button.click()
        _written(qtbot, page)
        qtbot.wait(20)
        assert content.minimumSizeHint().width() <= viewport.width()  # with the preview and the result
        scroll.ensureWidgetVisible(page.result, 0, 200)
        render(window, "export_written_200_high_contrast")
        assert window.minimumSizeHint().width() <= 1024
        render(window, "export_form_200_high_contrast")
    finally:
        theme.apply_appearance(qapp, "light", 100)
