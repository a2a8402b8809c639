"""The two recovery-key pages of the first run: the key shown once, then one group re-typed.

The wizard that moves between them is ``setup_wizard``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from companion.storage.errors import StorageError
from companion.ui.background import BackgroundRunner
from companion.ui.i18n import translate
from companion.ui.jobs import JobDispatcher
from companion.ui.widgets.guided_page import GuidedPage, show_message
from companion.ui.widgets.save_dialog import ask_where_to_save

if TYPE_CHECKING:
    from companion.storage.recovery_key import RecoveryKey

PdfPathChooser = Callable[[QWidget], Path | None]

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


def _pdf_problem(error: BaseException) -> str | None:
    """A disk's refusal is said on the page (one sentence); anything else is a bug."""
    return str(error) if isinstance(error, (StorageError, OSError)) else None


def ask_for_pdf_path(parent: QWidget) -> Path | None:
    """The save dialog; ``None`` when the person cancels."""
    return ask_where_to_save(parent, translate("RecoveryKeyPage", "Save recovery key as PDF"),
                             "companion-recovery-key.pdf", translate("RecoveryKeyPage", "PDF files (*.pdf)"))


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
        # The PDF is painted and written on a thread of its own: the GUI thread never waits on disk.
        self._runner = BackgroundRunner(self, max_threads=1)
        self._pdf_jobs = JobDispatcher(self._runner.run, self._show_pdf_problem, describe=_pdf_problem)

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

    def save_as_pdf(self, choose_path: PdfPathChooser, now: datetime) -> None:
        """Ask where, write the recovery-key PDF in the background, and say how it went on the page."""
        from companion.ui.recovery_key_pdf import write_recovery_key_pdf

        recovery = self._recovery
        if recovery is None:
            return
        path = choose_path(self)
        if path is None:
            return
        show_message(self.save_message, self.tr("Saving the PDF…"))
        self._pdf_jobs.run(lambda: write_recovery_key_pdf(path, recovery, now),
                           lambda _written: self._show_saved(path))

    def _show_saved(self, path: Path) -> None:
        show_message(
            self.save_message,
            self.tr("Saved as %1. Print it, keep the paper somewhere safe, then delete the file.").replace(
                "%1", path.name
            ),
        )

    def _show_pdf_problem(self, _sentence: str) -> None:
        show_message(
            self.save_message,
            self.tr("The PDF could not be saved there. Try another folder, or write the key down instead."),
        )

    def clear(self) -> None:
        self._pdf_jobs.clear()  # a PDF on its way is still written; the page no longer speaks of it
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
