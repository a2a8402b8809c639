"""Child of ``test_gc_stress.py``: many jobs through the app's real helpers, the collector due all the time.

A real vault is unlocked through the real :class:`VaultController` (key derivation on the
:class:`BackgroundRunner`, the open on the :class:`DatabaseWorker`); then database jobs (writes and
reads) and background jobs go through the controller, a few at a time, while the GUI thread keeps
leaving reference cycles that hold QObjects behind (a widget with children and a running QTimer, as a
closed window or a dropped page controller leaves them). The collector's thresholds are (1, 1, 1), so a
collection is due at almost every allocation, on whichever thread allocates.

Prints ``jobs <n> collections <on GUI thread> off-gui <elsewhere> warnings <Qt warnings>`` and exits 0
when every collection ran on the GUI thread and Qt warned about nothing; 1 otherwise. A crash ends it by
a signal, with every thread's stack on stderr (faulthandler).

    python tests/reliability/_gc_stress_child.py DATA_DIR JOBS
"""

from __future__ import annotations

import faulthandler
import gc
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage import app_events
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import OpenVault, create_vault
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.vault_controller import VaultController

PASSPHRASE = "quiet harbour lantern seventeen walnuts"
IN_FLIGHT = 4  # jobs submitted and not yet answered, at any moment


class _CyclicLeftover(QWidget):
    """Python-owned, in a reference cycle: only the collector frees it, and it must do so on this thread."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("left behind", self))
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.itself = self


class _Stress:
    def __init__(self, app: QApplication, controller: VaultController, jobs: int) -> None:
        self._app, self._controller, self._jobs = app, controller, jobs
        self._clock = SystemClock()
        self.submitted = self.answered = 0
        self.errors: list[BaseException] = []

    def start(self) -> None:
        for _ in range(IN_FLIGHT):
            self._submit()

    def _submit(self) -> None:
        if self.submitted >= self._jobs:
            return
        number, at = self.submitted, self._clock.now()
        self.submitted += 1
        if number % 3 == 0:
            self._controller.run_in_background(lambda: [{"n": n, "s": str(n)} for n in range(200)],
                                               self._answered, self._failed)
        elif number % 3 == 1:
            def write(vault: OpenVault) -> object:
                app_events.record_event(vault.database, "stress", at, f"job {number}")
                return [{"id": n} for n in range(100)]

            self._controller.run_in_database(write, self._answered, self._failed)
        else:
            def read(vault: OpenVault) -> object:
                rows = vault.database.execute("SELECT id, kind, detail FROM app_events").fetchall()
                return [tuple(row) for row in rows]

            self._controller.run_in_database(read, self._answered, self._failed)

    def _answered(self, _result: object) -> None:
        self.answered += 1
        _CyclicLeftover()  # garbage at once: a cycle, for the collector
        if self.answered == self._jobs:
            self._app.quit()
        else:
            self._submit()

    def _failed(self, error: BaseException) -> None:
        self.errors.append(error)
        self._answered(None)


def main(argv: list[str]) -> int:
    faulthandler.enable(all_threads=True)
    paths, jobs = DataPaths(Path(argv[1])), int(argv[2])
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, SystemClock())
    vault.close()

    app = QApplication([])
    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            warnings.append(message)
            print(f"Qt: {message}", file=sys.stderr, flush=True)

    qInstallMessageHandler(on_message)
    gui_thread = threading.get_ident()
    collections = {"gui": 0, "other": 0}

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collections["gui" if threading.get_ident() == gui_thread else "other"] += 1

    gc.callbacks.append(watch)
    gc.set_threshold(1, 1, 1)

    controller = VaultController(paths, SystemClock(), lambda: LIGHT_TEST_PARAMS, BackgroundRunner(),
                                 DatabaseWorker())
    stress = _Stress(app, controller, jobs)
    controller.unlocked.connect(stress.start)
    controller.unlock_failed.connect(lambda sentence: app.exit(2))
    controller.unlock(PASSPHRASE)
    if app.exec() != 0:
        print("the vault did not open", file=sys.stderr)
        return 1
    controller.shutdown()
    gc.callbacks.remove(watch)
    print(f"jobs {stress.answered} collections {collections['gui']} off-gui {collections['other']} "
          f"warnings {len(warnings)}", flush=True)
    for error in stress.errors:
        print(f"job failed: {error!r}", file=sys.stderr)
    ok = not stress.errors and collections["other"] == 0 and not warnings and stress.answered == jobs
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
