"""First run: welcome → passphrase → recovery key (shown once) → re-type one group → care plan
(saved, or "later") → finished().

The welcome, passphrase and care-plan pages are in ``setup_pages``, the two recovery-key pages in
``setup_key_pages``; this module moves between them.  The welcome page offers text size and theme
before anything else; a change is saved and announced with ``preferences_changed`` for the window
to apply, as Settings does.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from companion.domain.clock import Clock, SystemClock
from companion.ui.care_plan.care_plan_files import PathChooser, ask_for_care_plan_file
from companion.ui.setup.setup_pages import CarePlanSetupPage, PassphrasePage, WelcomePage, mark_primary
from companion.ui.widgets.guided_page import show_message
from companion.ui.widgets.recovery_key_pages import ConfirmKeyPage, RecoveryKeyPage, ask_for_pdf_path

if TYPE_CHECKING:
    from companion.domain.preferences import Preferences
    from companion.storage.preferences_file import PreferencesFile
    from companion.storage.recovery_key import RecoveryKey
    from companion.ui.vault_controller import VaultController

PdfPathChooser = Callable[[QWidget], Path | None]
GroupChooser = Callable[[int], int]  # group count -> 0-based index

# Crockford base32 reads O as 0 and I/L as 1; accept them when re-typing a group.
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalise_symbols(text: str) -> str:
    """Upper-case, without spaces or hyphens, with Crockford's look-alike letters mapped."""
    return "".join(text.split()).replace("-", "").upper().translate(_ALIASES)


class SetupWizard(QWidget):
    """Creates the vault and makes sure the recovery key has been kept; emits ``finished()``."""

    finished = Signal()
    preferences_changed = Signal(object)  # text size or theme chosen on the welcome page (saved)

    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        choose_pdf_path: PdfPathChooser = ask_for_pdf_path,
        choose_group: GroupChooser = secrets.randbelow,
        choose_care_plan_file: PathChooser = ask_for_care_plan_file,
        preferences: Preferences | None = None,
        preferences_file: PreferencesFile | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._choose_pdf_path = choose_pdf_path
        self._choose_group = choose_group
        self._creating = False
        self._recovery: RecoveryKey | None = None
        self._group_index = 0

        self.welcome_page = WelcomePage(self, preferences=preferences, preferences_file=preferences_file)
        self.passphrase_page = PassphrasePage(self)
        self.key_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmKeyPage(self)
        mark_primary(self.key_page.next_button)
        mark_primary(self.confirm_page.confirm_button)
        self.care_plan_page = CarePlanSetupPage(
            controller, self, choose_import_path=choose_care_plan_file, clock=self._clock
        )
        self._stack = QStackedWidget(self)
        for page in (
            self.welcome_page, self.passphrase_page, self.key_page, self.confirm_page, self.care_plan_page
        ):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self.welcome_page.appearance.preferences_changed.connect(self.preferences_changed)
        self.welcome_page.start_button.clicked.connect(self._on_start_clicked)
        self.passphrase_page.back_button.clicked.connect(self._on_passphrase_back_clicked)
        self.passphrase_page.create_button.clicked.connect(self._on_create_clicked)
        self.key_page.save_pdf_button.clicked.connect(self._on_save_pdf_clicked)
        self.key_page.next_button.clicked.connect(self._on_key_next_clicked)
        self.confirm_page.back_button.clicked.connect(self._on_confirm_back_clicked)
        self.confirm_page.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.care_plan_page.editor.plan_saved.connect(self._on_care_plan_saved)
        self.care_plan_page.later_button.clicked.connect(self._on_care_plan_later_clicked)
        controller.busy_changed.connect(self._on_controller_busy_changed)
        controller.created.connect(self._on_controller_created)
        controller.operation_failed.connect(self._on_controller_operation_failed)

    # -- navigation -------------------------------------------------------------------------
    def current_page(self) -> QWidget | None:
        return self._stack.currentWidget()

    def group_number(self) -> int:
        """The 1-based group the confirm page asks for."""
        return self._group_index + 1

    def reset(self) -> None:
        """Back to the welcome page with every field and the key forgotten."""
        self._creating = False
        self.passphrase_page.form.clear()
        self.passphrase_page.set_busy(False)
        show_message(self.passphrase_page.message, "")
        self._forget_key()
        self.care_plan_page.editor.clear_content()
        self._show(self.welcome_page)

    def _show(self, page: QWidget, focus: QWidget | None = None) -> None:
        self._stack.setCurrentWidget(page)
        (focus or page).setFocus()

    def _on_start_clicked(self) -> None:
        self._show(self.passphrase_page, self.passphrase_page.form)

    def _on_passphrase_back_clicked(self) -> None:
        self._show(self.welcome_page, self.welcome_page.start_button)

    # -- creating the vault -----------------------------------------------------------------
    def _on_create_clicked(self) -> None:
        form = self.passphrase_page.form
        if self._creating or not form.is_valid():
            return
        self._creating = True
        show_message(self.passphrase_page.message, "")
        self.passphrase_page.set_busy(True)
        self._controller.create(form.passphrase())

    def _on_controller_busy_changed(self, busy: bool) -> None:
        if self._creating:
            self.passphrase_page.set_busy(busy)

    def _on_controller_created(self, recovery: object) -> None:
        if not self._creating:
            return
        self._creating = False
        self.passphrase_page.set_busy(False)
        self.passphrase_page.form.clear()
        self._recovery = recovery  # type: ignore[assignment]
        self.key_page.show_key(self._recovery)  # type: ignore[arg-type]
        self._show(self.key_page, self.key_page.save_pdf_button)

    def _on_controller_operation_failed(self, message: str) -> None:
        if not self._creating:
            return
        self._creating = False
        self.passphrase_page.set_busy(False)
        show_message(self.passphrase_page.message, message)
        self.passphrase_page.form.setFocus()

    # -- the recovery key -------------------------------------------------------------------
    def _on_save_pdf_clicked(self) -> None:
        self.key_page.save_as_pdf(self._choose_pdf_path, self._clock.now())

    def _on_key_next_clicked(self) -> None:
        if self._recovery is None:
            return
        count = len(self._recovery.groups)
        self._group_index = self._choose_group(count) % count
        self.confirm_page.ask_for_group(self._group_index + 1, count)
        self._show(self.confirm_page, self.confirm_page.group_field)

    def _on_confirm_back_clicked(self) -> None:
        self._show(self.key_page, self.key_page.key_label)

    def _on_confirm_clicked(self) -> None:
        if self._recovery is None:
            return
        typed = normalise_symbols(self.confirm_page.group_field.text())
        if typed != self._recovery.groups[self._group_index]:
            self.confirm_page.group_field.selectAll()
            show_message(
                self.confirm_page.message,
                self.tr(
                    "That is not quite group %1. Take your time: you can look at the key again, "
                    "check your copy, and then try once more."
                ).replace("%1", str(self._group_index + 1)),
            )
            return
        self._forget_key()
        self.care_plan_page.editor.start_without_plan()
        self._show(self.care_plan_page, self.care_plan_page.editor.form.editor("medication_name"))

    # -- the care plan ----------------------------------------------------------------------
    def _on_care_plan_saved(self, _record: object) -> None:
        self.care_plan_page.editor.clear_content()
        self.finished.emit()

    def _on_care_plan_later_clicked(self) -> None:
        self.care_plan_page.editor.clear_content()
        self.finished.emit()

    def _forget_key(self) -> None:
        self._recovery = None
        self.key_page.clear()
        self.confirm_page.group_field.setText("")
        show_message(self.confirm_page.message, "")
