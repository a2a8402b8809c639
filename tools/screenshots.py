"""Screenshots of companion's main screens, in English and Spanish, made from a fresh demo.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py                # every screen, en and es
    .venv/bin/python tools/screenshots.py --lang es --only desk --only journal   # a few, for speed

Writes ``docs/screenshots/<lang>/<name>.png`` for each name of :data:`SCREENS` (``--out`` for another
folder). For each language a child process (offscreen, its locale set to the language) builds a fresh
demo vault with ``companion demo --no-gui --data-dir`` in a temporary folder, with the LANGUAGE preference
saved first, so the demo desk beside it and the exports are in that language too. Then it:

- runs ``companion export`` on the demo vault and renders the PDF's first page with ``pdftoppm``;
- starts the real main window at 1024×768 (the clock injected, as the tests do, so the session can be moved
  on to the dose and a check-in without waiting), unlocks it through the unlock screen with the demo
  passphrase and grabs each page, and walks a session to the first check-in;
- opens the demo desk (the ``desk --demo`` desk, in its temporary folder) with its passphrase and shows the
  demo patient's exports.

Nothing is read from or written to the user's data folder: every folder is temporary and passed explicitly,
and ``COMPANION_DATA_DIR`` and the XDG folders point into the temporary folder as well. The Spanish
catalogue is built first (``tools/translations.py build``, as a source checkout needs).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from companion.domain.clock import FakeClock
    from companion.paths import DataPaths
    from companion.ui.main_window import AppWindow

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "es")
# The locale each language's child process runs in (numbers, dates, paper size; the desk's language).
LOCALES = {"en": "en_US.UTF-8", "es": "es_US.UTF-8"}
# In the order they are made; the README refers to docs/screenshots/<lang>/<name>.png by these names.
SCREENS = (
    "unlock",
    "today",
    "history",
    "journal",
    "session_checklist",
    "session_monitoring",
    "session_checkin",
    "export_page1",
    "desk",
)
APP_SCREENS = SCREENS[:7]
WINDOW_SIZE = (1024, 768)
PDF_DPI = 80
WAIT_MS = 30_000  # the most any one step may take (a key derivation, a page's first read)
PNG_QUALITY = 0  # Qt's PNG writer: 0 is the strongest compression (lossless either way)
PNG_BUDGET_BYTES = 150 * 1024
MAX_SIZE = (1024, 1024)  # a window is 1024x768; the report's page at 80 dpi is 680x880 (Letter)
MINUTES_AFTER_DOSE_FOR_MONITORING = 7
COMMAND_TIMEOUT_SECONDS = 300  # one `companion demo` or `companion export`


class ScreenshotError(Exception):
    """A screen could not be reached: one sentence."""


# --- the parent: one child process per language -------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Render companion's screenshots from a fresh demo.")
    parser.add_argument("--lang", action="append", choices=LANGUAGES,
                        help="a language to render (repeatable; default: all)")
    parser.add_argument("--only", action="append", choices=SCREENS, metavar="NAME",
                        help=f"render only this screen (repeatable): {', '.join(SCREENS)}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder for <lang>/<name>.png (default: docs/screenshots)")
    parser.add_argument("--child", choices=LANGUAGES, help=argparse.SUPPRESS)  # one language, in-process
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = tuple(name for name in SCREENS if not args.only or name in args.only)
    out = Path(args.out).resolve()
    if args.child:
        return _child(args.child, names, out / args.child)
    languages = tuple(code for code in LANGUAGES if not args.lang or code in args.lang)
    if any(code != "en" for code in languages):
        subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], check=True,
                       stdout=subprocess.DEVNULL)
    started = time.monotonic()
    failed = False
    for code in languages:
        with tempfile.TemporaryDirectory(prefix="companion-screenshots-") as scratch:
            command = [sys.executable, str(Path(__file__).resolve()), "--child", code, "--out", str(out)]
            for name in names:
                command += ["--only", name]
            done = subprocess.run(command, env=_child_environment(code, Path(scratch)), check=False,
                                  stderr=subprocess.PIPE, text=True)
            sys.stderr.write("".join(line for line in done.stderr.splitlines(keepends=True)
                                     if not any(notice in line for notice in _QT_LOCALE_NOTICE)))
            failed = failed or done.returncode != 0
    print(f"{'Failed' if failed else 'Done'} in {time.monotonic() - started:.0f} s.")
    return 1 if failed else 0


# Qt's notice, once per process, that the C library lacks the locale (Qt reads the language from the
# environment all the same): not news to whoever runs this script.
_QT_LOCALE_NOTICE = ('Detected locale "C"', "Qt depends on a UTF-8 locale", "If this causes problems",
                     "for more information.")


def _child_environment(code: str, scratch: Path) -> dict[str, str]:
    """Offscreen, in ``code``'s locale, and every default folder inside ``scratch``."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("LC_", "COMPANION_")) and key not in ("LANG", "LANGUAGE")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LC_ALL=LOCALES[code], LANG=LOCALES[code], LANGUAGE=code,
        COMPANION_DATA_DIR=str(scratch / "unused-data-dir"),  # never the user's, whatever happens
        XDG_DATA_HOME=str(scratch / "xdg-data"), XDG_CONFIG_HOME=str(scratch / "xdg-config"),
        XDG_CACHE_HOME=str(scratch / "xdg-cache"), XDG_STATE_HOME=str(scratch / "xdg-state"),
        TMPDIR=str(scratch),
        PYTHONPATH=os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
    )
    return env


# --- the child: one language --------------------------------------------------------------------------


def _child(code: str, names: tuple[str, ...], out: Path) -> int:
    from companion.demo_desk import demo_desk_paths
    from companion.paths import DataPaths

    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f"{code}-"))  # inside the parent's temporary folder
    paths = DataPaths(scratch / "demo")
    started = time.monotonic()
    try:
        _make_demo(paths, code)
        print(f"[{code}] demo vault and desk made in {time.monotonic() - started:.1f} s")
        if "export_page1" in names:
            _export_page1(paths, scratch, out / "export_page1.png")
        app = _application()
        if any(name in APP_SCREENS for name in names):
            _app_screens(app, paths, names, out)
        if "desk" in names:
            _desk_screen(app, demo_desk_paths(paths), out / "desk.png")
    except ScreenshotError as error:
        print(f"[{code}] {error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"[{code}] {len(names)} screenshot(s) in {time.monotonic() - started:.1f} s")
    return 0


def _companion(*arguments: str, stdin: str | None = None) -> None:
    from companion.cli_common import companion_command

    done = subprocess.run([*companion_command(), *arguments], input=stdin, capture_output=True, text=True,
                          check=False, timeout=COMMAND_TIMEOUT_SECONDS)
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1:] or ["no reason given"]
        raise ScreenshotError(f"companion {arguments[0]} failed ({done.returncode}): {reason[0]}")


def _make_demo(paths: DataPaths, code: str) -> None:
    """The demo vault (and the demo desk beside it) as ``companion demo`` makes it, in ``code``."""
    from companion.domain.preferences import LANGUAGE, Preferences
    from companion.storage.preferences_file import PreferencesFile

    paths.base.mkdir(mode=0o700)
    PreferencesFile(paths.preferences_file).save(Preferences().with_value(LANGUAGE, code))
    _companion("demo", "--no-gui", "--data-dir", str(paths.base))


def _export_page1(paths: DataPaths, scratch: Path, target: Path) -> None:
    """A real export of the demo vault (``companion export``); its report's first page as a PNG."""
    from companion.cli import DEFAULT_DEMO_WEEKS as DEMO_WEEKS
    from companion.cli import DEMO_PASSPHRASE
    from companion.demo_desk import DEMO_PATIENT

    folder = scratch / "export"
    today = date.today()
    first = today - timedelta(weeks=DEMO_WEEKS + 1)  # the whole demo history (demo_desk's first export too)
    _companion("export", "--data-dir", str(paths.base), "--passphrase-stdin", "--out", str(folder),
               "--from", first.isoformat(), "--to", today.isoformat(), "--name", DEMO_PATIENT,
               stdin=DEMO_PASSPHRASE + "\n")
    prefix = scratch / "page"
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise ScreenshotError("pdftoppm is missing: install poppler-utils for export_page1.")
    subprocess.run([pdftoppm, "-r", str(PDF_DPI), "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(folder / "report.pdf"), str(prefix)], check=True)
    from PySide6.QtGui import QImage

    _save_image(QImage(str(prefix.with_suffix(".png"))), target)


def _application() -> QApplication:
    from companion.ui.application import make_application

    return make_application()


def _wait_until(what: str, condition: Callable[[], bool], timeout_ms: int = WAIT_MS) -> None:
    """Process events until ``condition()`` holds; ScreenshotError naming ``what`` after the timeout."""
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise ScreenshotError(f"Timed out waiting for {what}.")
        QTest.qWait(10)


def _settle(window: QWidget, busy: Callable[[], bool] = lambda: False) -> None:
    """Wait until nothing is on its way (``busy()`` false for a few rounds) and layouts have run."""
    from PySide6.QtCore import QCoreApplication, QEvent

    idle_rounds = [0]

    def idle() -> bool:
        for _ in range(3):  # a change deep inside reaches the window one nesting level per round
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QCoreApplication.processEvents()
        idle_rounds[0] = 0 if busy() else idle_rounds[0] + 1
        return idle_rounds[0] >= 5

    _wait_until(f"{type(window).__name__} to settle", idle)


def _save_image(image: QImage, target: Path) -> None:
    """``image`` as a small PNG: opaque (a window has no alpha to show), 8-bit grey when it is all grey
    (the report is made to read in black and white), and in 256 colours when the full colours would be
    over :data:`PNG_BUDGET_BYTES` (a screen of flat colours and anti-aliased text loses nothing visible)."""
    from PySide6.QtGui import QImage

    if image.isNull():
        raise ScreenshotError(f"Nothing to save as {target.name}.")
    if image.width() > MAX_SIZE[0] or image.height() > MAX_SIZE[1]:
        raise ScreenshotError(f"{target.name} is {image.width()}x{image.height()}, more than {MAX_SIZE}.")
    if image.allGray():
        _write_png(image.convertToFormat(QImage.Format.Format_Grayscale8), target)
    else:
        _write_png(image.convertToFormat(QImage.Format.Format_RGB888), target)
        if target.stat().st_size > PNG_BUDGET_BYTES:
            _write_png(_in_256_colours(image), target)
    size = target.stat().st_size
    shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
    print(f"  {shown} {image.width()}x{image.height()} {size // 1024} KB"
          + (" (over the budget)" if size > PNG_BUDGET_BYTES else ""))


def _write_png(image: QImage, target: Path) -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImageWriter

    writer = QImageWriter(str(target), QByteArray(b"png"))
    writer.setQuality(PNG_QUALITY)
    if not writer.write(image):
        raise ScreenshotError(f"Could not write {target}: {writer.errorString()}")


def _in_256_colours(image: QImage) -> QImage:
    """``image`` with the palette of its 256 most frequent colours, each pixel its nearest, no dither."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    rgb32 = image.convertToFormat(QImage.Format.Format_RGB32)  # one 32-bit 0xffRRGGBB per pixel
    pixels = memoryview(rgb32.constBits()).cast("B").cast("I")
    palette = [colour for colour, _count in Counter(pixels).most_common(256)]
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    return rgb32.convertToFormat(QImage.Format.Format_Indexed8, palette, flags)


def _grab(window: QWidget, busy: Callable[[], bool], target: Path) -> None:
    _settle(window, busy)
    _save_image(window.grab().toImage(), target)


# --- the patient's app --------------------------------------------------------------------------------


def _app_screens(app: QApplication, paths: DataPaths, names: tuple[str, ...], out: Path) -> None:
    from companion.app import build_app_window
    from companion.cli import DEMO_PASSPHRASE
    from companion.domain.clock import FakeClock
    from companion.storage.kdf import calibrate
    from companion.ui.page_jobs import PageJobs

    # The injected clock starts at the real time (the demo's history runs to now) and moves only when
    # told: the session is taken to the dose and its first check-in without waiting for them.
    clock = FakeClock(datetime.now(UTC))
    window = build_app_window(paths, clock=clock, kdf_chooser=calibrate, demo_passphrase=DEMO_PASSPHRASE)
    window.full_screen_in_session = False  # the screenshot's size, not the offscreen screen's
    window.confirm_close_during_session = lambda _parent: True
    window.resize(*WINDOW_SIZE)
    window.setFixedSize(*WINDOW_SIZE)

    def busy() -> bool:
        session = window.session_page
        return (window.controller.is_busy()
                or any(jobs.is_busy() for jobs in window.findChildren(PageJobs))
                or (session is not None and session.controller.is_busy()))

    def shot(name: str) -> None:
        if name in names:
            _grab(window, busy, out / f"{name}.png")

    try:
        window.start()
        window.show()
        _wait_until("the unlock screen", lambda: window.isVisible() and window.current_route() == "unlock")
        shot("unlock")
        _unlock(window, DEMO_PASSPHRASE)
        shell = window.shell
        assert shell is not None
        for page in ("today", "history"):
            if page in names:
                shell.show_page(page)
                shot(page)
        if "journal" in names:
            shell.show_page("journal")
            _open_newest_entry(window)
            shot("journal")
        if any(name.startswith("session_") for name in names):
            _session_screens(window, clock, shot, busy)
    finally:
        window.shutdown()
        window.deleteLater()
        app.processEvents()


def _unlock(window: AppWindow, passphrase: str) -> None:
    """Type the passphrase into the unlock screen and press Unlock, as a person would."""
    unlocked: list[bool] = []
    window.controller.unlocked.connect(lambda: unlocked.append(True))
    screen = window.unlock_screen()
    screen.passphrase_field.line_edit.setText(passphrase)
    screen.unlock_button.click()
    _wait_until("the unlock", lambda: bool(unlocked))
    _wait_until("the main pages", lambda: window.shell is not None)


def _open_newest_entry(window: AppWindow) -> None:
    """The journal with its newest entry open (as a click on the first row of the list opens it)."""
    journal = window.journal_page
    assert journal is not None
    _wait_until("the journal's list", lambda: journal.model.rowCount() > 0)
    journal.list_view.setCurrentIndex(journal.model.index(0))
    _wait_until("the entry to open", lambda: journal.right.currentWidget() is journal.editor)


def _session_screens(window: AppWindow, clock: FakeClock, shot: Callable[[str], None],
                     busy: Callable[[], bool]) -> None:
    """Start a session from the session page and walk it to the dose and its first check-in."""
    from companion.domain.checklist import ItemKind, MedicineCategory
    from companion.ui.session.chime import RecordingChime

    page = window.session_page
    shell = window.shell
    assert page is not None and shell is not None
    page.mode.chime = RecordingChime()  # silent: a script makes no sound
    shell.show_page("session")
    _settle(window, busy)
    changes: list[object] = []
    page.controller.session_changed.connect(changes.append)

    def stored(action: Callable[[], object], what: str) -> None:
        before = len(changes)
        action()
        _wait_until(what, lambda: len(changes) > before and not page.controller.is_busy())

    if not page.start_view.start_button.isVisibleTo(page):
        raise ScreenshotError("The session page offers no start (is the demo's care plan complete?).")
    stored(page.start_view.start_button.click, "the session to start")
    shot("session_checklist")
    # Every checklist answer the safe one; every reminder ticked.
    for row in page.checklist.rows().values():
        blocking = row.item.blocking_answer
        row.choice.set_value(None if blocking is None else not blocking)
        if row.item.kind is ItemKind.CAUTION and row.acknowledge.isVisible():
            row.acknowledge.setChecked(True)
        if row.item.records_categories and row.choice.value() == blocking:
            row.categories[MedicineCategory.BENZODIAZEPINES].setChecked(True)
    for box in page.checklist.reminders().values():
        box.setChecked(True)
    page.checklist.continue_button.click()
    page.vitals.form.set_values(122, 78, 68, 98)
    page.vitals.continue_button.click()
    page.baseline.mood.choose(6)
    page.baseline.anxiety.choose(4)
    stored(page.baseline.continue_button.click, "the baseline to be stored")
    handover = page.handover
    handover.name.setText("Sam")
    handover.relationship.setText("partner")
    handover.phone.setText("555-0134")
    for box in handover.promises:
        box.setChecked(True)
    handover.code.setText("4821")
    handover.code_again.setText("4821")
    stored(handover.take_over_button.click, "the sitter's hand-over")
    stored(page.mode.dose.dose_button.click, "the dose to be recorded")
    session = page.controller.snapshot.session
    if session is None or session.dose_at is None:
        raise ScreenshotError("The dose was not recorded.")
    dose_at = session.dose_at

    def advance_to(minutes: float) -> None:
        seconds = (dose_at + timedelta(minutes=minutes) - clock.now()).total_seconds()
        clock.advance(max(0.0, seconds))
        page.controller.tick()  # what the one-second timer does
        _settle(window, busy)
        page.controller.tick()

    advance_to(MINUTES_AFTER_DOSE_FOR_MONITORING)
    shot("session_monitoring")
    minute = MINUTES_AFTER_DOSE_FOR_MONITORING
    while page.mode.current_screen() is not page.mode.checkin:
        minute += 1
        if minute > 24 * 60:
            raise ScreenshotError("No check-in fell due within a day of the dose.")
        advance_to(minute)
    shot("session_checkin")


# --- the clinician's desk -----------------------------------------------------------------------------


def _desk_screen(app: QApplication, desk_paths: object, target: Path) -> None:
    """The demo desk, unlocked with its passphrase, showing the demo patient's exports."""
    from companion.demo_desk import DEMO_DESK_PASSPHRASE
    from companion.desk.desk_paths import DeskPaths
    from companion.domain.clock import SystemClock
    from companion.storage.kdf import calibrate
    from companion.ui.desk.desk_app import build_desk_window

    assert isinstance(desk_paths, DeskPaths)
    window = build_desk_window(desk_paths, clock=SystemClock(), kdf_chooser=calibrate,
                               open_url=lambda _url: True)
    window.resize(*WINDOW_SIZE)
    window.setFixedSize(*WINDOW_SIZE)
    controller = window.controller

    def busy() -> bool:
        return bool(controller.is_busy())

    try:
        window.start()
        window.show()
        opened: list[bool] = []
        controller.desk_opened.connect(lambda: opened.append(True))
        screen = window.unlock_screen
        _wait_until("the desk's unlock screen", screen.isVisible)
        screen.passphrase_field.line_edit.setText(DEMO_DESK_PASSPHRASE)
        screen.unlock_button.click()
        _wait_until("the desk to unlock", lambda: bool(opened))
        view = window.main_view
        patients = view.patients_page
        _wait_until("the demo patient", lambda: patients.selected_patient() is not None)
        shown: list[bool] = []
        view.export_page.content_shown.connect(lambda: shown.append(True))
        patients.show_button.click()
        _wait_until("the demo patient's exports", lambda: bool(shown))
        _grab(window, busy, target)
    finally:
        window.shutdown()
        window.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
