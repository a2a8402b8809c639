"""First run: welcome → passphrase → recovery key (shown once) → re-type one group → care plan
(saved, or "later") → finished().

The welcome, passphrase and care-plan pages are in ``setup_pages``; the two recovery-key pages are here.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.clock import Clock, SystemClock
from companion.storage.errors import StorageError
from companion.ui.recovery_key_pdf import write_recovery_key_pdf
from companion.ui.screens.care_plan_files import PathChooser, ask_for_care_plan_file
from companion.ui.screens.setup_pages import CarePlanSetupPage, PassphrasePage, WelcomePage
from companion.ui.widgets.guided_page import GuidedPage, show_message

if TYPE_CHECKING:
    from companion.storage.recovery_key import RecoveryKey
    from companion.ui.vault_controller import VaultController

PdfPathChooser = Callable[[QWidget], Path | None]
GroupChooser = Callable[[int], int]  # group count -> 0-based index

# Crockford base32 reads O as 0 and I/L as 1; accept them when re-typing a group.
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalise_symbols(text: str) -> str:
    """Upper-case, without spaces or hyphens, with Crockford's look-alike letters mapped."""
    return "".join(text.split()).replace("-", "").upper().translate(_ALIASES)


def ask_for_pdf_path(parent: QWidget) -> Path | None:
    """The save dialog; ``None`` when the person cancels."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(documents or Path.home()) / "companion-recovery-key.pdf")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, parent.tr("Save recovery key as PDF"), suggested, parent.tr("PDF files (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


GROUPS_PER_ROW = 4  # two rows, so the key fits the column even at twice the text size


def recovery_key_html(recovery: RecoveryKey, number_point_size: float, number_colour: str) -> str:
    """The groups in rows of four, each under its small number, so "group 3" is easy to find.

    The numbers are smaller, lighter and not monospace, so nobody copies them as part of the key.
    """
    number_style = (
        f"font-family: sans-serif; font-size: {number_point_size:.1f}pt; font-weight: normal; "
        f"color: {number_colour}"
    )
    rows = []
    for start in range(0, len(recovery.groups), GROUPS_PER_ROW):
        chunk = recovery.groups[start : start + GROUPS_PER_ROW]
        numbers = "".join(
            f"<td align='center' style='{number_style}'>{start + offset}</td>"
            for offset in range(1, len(chunk) + 1)
        )
        groups = "".join(
            f"<td style='padding-left: 12px; padding-right: 12px'>{html.escape(group)}</td>"
            for group in chunk
        )
        # Equal rows keep the numbers over their groups; an empty cell in the number row gets
        # the number style, or it would be as tall as a group.
        missing = GROUPS_PER_ROW - len(chunk)
        number_filler = f"<td style='{number_style}'></td>" * missing
        rows.append(f"<tr>{numbers}{number_filler}</tr><tr>{groups}{'<td></td>' * missing}</tr>")
    gap = f"<tr><td style='font-size: {number_point_size / 2:.1f}pt'>&nbsp;</td></tr>"
    return f"<table cellspacing='0' align='center'>{gap.join(rows)}</table>"


class RecoveryKeyPage(GuidedPage):
    """The recovery key, shown once; Next waits for "I have written it down or printed it"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content.addWidget(self.make_heading(self.tr("Your recovery key")))
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "If you ever forget your passphrase, this key is the only way back into your vault. "
                    "It is shown only this once. Write it down on paper, or save it as a PDF and print it, "
                    "and keep it somewhere safe and private."
                )
            )
        )
        self.key_label = QLabel(self)
        self.set_font_role(self.key_label, 1.75, weight=QFont.Weight.Bold, monospace=True)
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(16)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.content.addWidget(self.key_label)

        self.save_pdf_button = self.make_secondary_button(self.tr("Save as PDF…"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_pdf_button)
        save_row.addStretch(1)
        self.content.addLayout(save_row)
        self.save_message = self.make_message()
        self.content.addWidget(self.save_message)
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "There is no Copy button on purpose: programs that remember what you copy could keep "
                    "the key where someone else might find it."
                )
            )
        )
        self.written_down_check = QCheckBox(self.tr("I have written it down or printed it"), self)
        self.written_down_check.setAccessibleName(self.tr("I have written it down or printed it"))
        self.content.addWidget(self.written_down_check)

        self.next_button = self.make_primary_button(self.tr("Next"))
        self.next_button.setEnabled(False)
        self.written_down_check.toggled.connect(self.next_button.setEnabled)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.next_button)
        self.set_primary(self.next_button)
        self.finish_layout()
        self._recovery: RecoveryKey | None = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._render_key)  # the numbers follow text size and theme

    def _render_key(self) -> None:
        if self._recovery is not None:
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            self.key_label.setText(recovery_key_html(self._recovery, self.font().pointSizeF(), muted))

    def show_key(self, recovery: RecoveryKey) -> None:
        self._recovery = recovery
        self._render_key()
        self.key_label.setAccessibleDescription(" ".join(recovery.groups))
        self.written_down_check.setChecked(False)
        show_message(self.save_message, "")

    def clear(self) -> None:
        self._recovery = None
        self.key_label.clear()
        self.key_label.setAccessibleDescription("")
        self.written_down_check.setChecked(False)
        show_message(self.save_message, "")


class ConfirmKeyPage(GuidedPage):
    """Re-type one group of the key, to be sure the copy on paper is right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content.addWidget(self.make_heading(self.tr("Check your copy")))
        self.instruction = self.make_body("")
        self.content.addWidget(self.instruction)
        self.group_field = QLineEdit(self)
        self.set_font_role(self.group_field, 1.5, monospace=True)
        self.group_field.setTextMargins(6, 4, 6, 4)
        self.group_field.setMaxLength(16)
        self.group_field.setMaximumWidth(260)
        self.group_field.setAccessibleName(self.tr("Recovery key group"))
        self.content.addWidget(self.group_field)
        self.message = self.make_message()
        self.content.addWidget(self.message)

        self.back_button = self.make_secondary_button(self.tr("Look at the key again"))
        self.confirm_button = self.make_primary_button(self.tr("Confirm"))
        self.confirm_button.setEnabled(False)
        self.group_field.textChanged.connect(self._on_group_text_changed)
        self.button_row.addWidget(self.back_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.confirm_button)
        self.set_primary(self.confirm_button)
        self.set_back(self.back_button)
        self.finish_layout()

    def ask_for_group(self, group_number: int, group_count: int) -> None:
        self.instruction.setText(
            self.tr(
                "To make sure your copy is right, type group %1 of %2 from your recovery key. "
                "The groups are the blocks of four characters, counted from the left."
            )
            .replace("%1", str(group_number))
            .replace("%2", str(group_count))
        )
        self.group_field.setText("")
        show_message(self.message, "")

    def _on_group_text_changed(self, text: str) -> None:
        self.confirm_button.setEnabled(bool(text.strip()))
        show_message(self.message, "")


class SetupWizard(QWidget):
    """Creates the vault and makes sure the recovery key has been kept; emits ``finished()``."""

    finished = Signal()

    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        choose_pdf_path: PdfPathChooser = ask_for_pdf_path,
        choose_group: GroupChooser = secrets.randbelow,
        choose_care_plan_file: PathChooser = ask_for_care_plan_file,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._choose_pdf_path = choose_pdf_path
        self._choose_group = choose_group
        self._creating = False
        self._recovery: RecoveryKey | None = None
        self._group_index = 0

        self.welcome_page = WelcomePage(self)
        self.passphrase_page = PassphrasePage(self)
        self.key_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmKeyPage(self)
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
        if self._recovery is None:
            return
        path = self._choose_pdf_path(self)
        if path is None:
            return
        try:
            write_recovery_key_pdf(path, self._recovery, self._clock.now())
        except (StorageError, OSError):
            show_message(
                self.key_page.save_message,
                self.tr(
                    "The PDF could not be saved there. Try another folder, or write the key down instead."
                ),
            )
            return
        show_message(
            self.key_page.save_message,
            self.tr("Saved as %1. Print it, keep the paper somewhere safe, then delete the file.").replace(
                "%1", path.name
            ),
        )

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
