"""The review of a clinician's care-plan file before the patient accepts it (DESIGN.md §2, issue 11).

Who vouches for the file comes first: a calm line for the key the patient confirmed, the fingerprint to
check with the clinician for a first key, a loud warning for another key, a plain one for an unsigned
file. Then what the plan changes against the plan in force, field by field, side by side. The buttons
are the choices the review allows, and Cancel. The dialog only reports the choice (``choice_made``):
the editor stores it on the database thread; Cancel (or Escape) stores nothing.

Return presses the default button, so the default is the safest one: Accept for a plan signed by the
key the patient confirmed, Cancel for every other file. Remembering a key, or taking a plan no
confirmed key vouches for, is always a deliberate press of its own button.

Everything the file says (names, values) is shown as plain text, never as rich text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.care_plan import FIELDS_BY_NAME
from companion.services.care_plan_actions import ImportChoice, SignatureStatus
from companion.ui import theme
from companion.ui.care_plan.care_plan_texts import label_text, plan_value_text
from companion.ui.core_text import core_text
from companion.ui.formatting import day_text, local_time_text
from companion.ui.scaled_fonts import scale_fixed_width_font, scale_font
from companion.ui.widgets.flow_layout import FlowLayout
from companion.ui.widgets.scroll_area import make_scroll_area, scroll_by_page

if TYPE_CHECKING:
    from companion.domain.care_plan_changes import PlanChange
    from companion.services.care_plan_actions import CarePlanImportReview
    from companion.storage.clinician_keys import ClinicianKey

CHOICE_ORDER = (ImportChoice.ACCEPT, ImportChoice.CONFIRM_KEY_AND_ACCEPT, ImportChoice.ACCEPT_UNCONFIRMED)
_LONGEST_UNBROKEN = 16  # characters of a value shown before a break chance (a long token must wrap)


def grouped_fingerprint(fingerprint: str) -> str:
    """``SHA256:abcdEFGH…`` as ``SHA256: abcd EFGH …``: groups of four to read aloud and compare."""
    prefix, _colon, digest = fingerprint.rpartition(":")
    groups = " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))
    return f"{prefix}: {groups}" if prefix else groups


def _breakable(text: str) -> str:
    """``text`` with zero-width break chances inside long words, so a narrow column wraps instead of
    widening the window."""
    def broken(part: str) -> str:
        step = _LONGEST_UNBROKEN
        return "\u200b".join(part[i : i + step] for i in range(0, len(part), step))

    # Qt already breaks after a hyphen ("Springfield-upon-" | "the-Rivers"): only long runs without one.
    return " ".join("-".join(broken(part) for part in word.split("-")) for word in text.split(" "))


def change_texts(change: PlanChange) -> tuple[str | None, str]:
    """The value in force and the new value in the patient's words; spelled out exactly when the two
    read alike ("Dr Lee" and "Dr Lee "), so a change is never shown as no change."""
    spec = FIELDS_BY_NAME[change.name]
    new = plan_value_text(spec, change.new_value)
    if change.old_text is None:
        return None, new
    old = plan_value_text(spec, change.old_value)
    if old != new:
        return old, new
    return core_text(change.old_text), core_text(change.new_text)  # exact, or the English translated


def _plain(text: str, parent: QWidget, *, role: str | None = None, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a name in the file is never read as markup
    label.setText(text)
    label.setWordWrap(True)
    if role is not None:
        label.setProperty("role", role)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CarePlanReviewDialog(QDialog):
    """Who vouches for the file, what it changes, and the choices; reports the one made."""

    choice_made = Signal(object, object)  # the CarePlanImportReview, the ImportChoice

    def __init__(self, review: CarePlanImportReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.setWindowTitle(self.tr("A care plan from a file"))  # titles carry nothing personal
        body = QWidget()
        self._body_layout = QVBoxLayout(body)
        self._body_layout.setContentsMargins(24, 20, 24, 20)
        self._body_layout.setSpacing(14)
        self.heading = _plain(self.tr("A care plan from %1").replace("%1", review.issued_by), body,
                              role="heading")
        self.issued_label = _plain(self.tr("Issued %1").replace("%1", local_time_text(review.issued_at)),
                                   body, role="muted")
        self.fingerprint_label: QLabel | None = None
        self.signature_panel = self._signature_panel(body)
        self.changes_heading = _plain(self.tr("What changes"), body)
        scale_font(self.changes_heading, 1.2, bold=True)
        self.change_count_label = _plain(self._count_text(), body)
        self.changes_table = self._changes_table(body)
        for widget in (self.heading, self.issued_label, self.signature_panel, self.changes_heading,
                       self.change_count_label, self.changes_table):
            self._body_layout.addWidget(widget)
        self._body_layout.addStretch(1)

        self.scroll_area = make_scroll_area(body, self)  # wraps; Page Up / Down scroll it (keyPressEvent)

        # The buttons stay below the scrolled part, always in sight; they wrap at large text sizes.
        self.button_row = QWidget(self)
        buttons = FlowLayout(self.button_row, spacing=12)
        self.choice_buttons: dict[ImportChoice, QPushButton] = {}
        for choice in CHOICE_ORDER:
            if choice in review.choices:
                button = self._choice_button(choice)
                buttons.addWidget(button)
                self.choice_buttons[choice] = button
        self.cancel_button = QPushButton(self.tr("Cancel"), self.button_row)
        self.cancel_button.setAccessibleName(self.tr("Cancel and keep the plan in force as it is"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        confirmed = review.status is SignatureStatus.SIGNED_BY_CONFIRMED_KEY
        self.default_button = self.choice_buttons[ImportChoice.ACCEPT] if confirmed else self.cancel_button
        if review.status in (SignatureStatus.SIGNED_BY_CONFIRMED_KEY, SignatureStatus.SIGNED_BY_NEW_KEY):
            # The way forward is drawn strongest; a file no key vouches for, or another key, gets none.
            self.choice_buttons[CHOICE_ORDER[0 if confirmed else 1]].setProperty("role", "primary")
        self.default_button.setDefault(True)
        self.default_button.setFocus(Qt.FocusReason.OtherFocusReason)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(self.scroll_area, 1)
        row = QVBoxLayout()
        row.setContentsMargins(24, 0, 24, 0)
        row.addWidget(self.button_row)
        layout.addLayout(row)
        self._fit_to_screen(body)

    def _fit_to_screen(self, body: QWidget) -> None:
        """As tall as the review needs (a short one is not a big empty window), never taller or wider
        than the screen; the review scrolls inside."""
        screen = self.screen().availableGeometry()
        width = min(880, screen.width())
        inner = width - 48  # the button row's margins
        buttons = self.button_row.heightForWidth(inner) if self.button_row.hasHeightForWidth() else 0
        content = body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()
        wanted = content + max(buttons, self.button_row.sizeHint().height()) + 40
        self.resize(width, max(360, min(wanted, 720, screen.height())))

    # --- what the tests and the editor read ----------------------------------------------------

    def shown_changes(self) -> list[tuple[str, str | None, str]]:
        """Each row of the changes table: (field label, value in force or None, new value)."""
        return [(label_text(FIELDS_BY_NAME[change.name]), *change_texts(change))
                for change in self.review.changes]

    # --- building ------------------------------------------------------------------------------

    def _choice_button(self, choice: ImportChoice) -> QPushButton:
        if choice is ImportChoice.ACCEPT:
            text = self.tr("Accept this plan")
        elif choice is ImportChoice.CONFIRM_KEY_AND_ACCEPT:
            # Two lines: on one, at 200 % text, it alone was wider than a 1024-pixel window.
            text = self.tr("The fingerprint matches —\nremember this key and accept")
        elif self.review.status is SignatureStatus.UNSIGNED:
            text = self.tr("Accept this unsigned plan")
        else:
            text = self.tr("Accept without remembering the key")
        button = QPushButton(text, self.button_row)
        button.setAccessibleName(text.replace("\n", " "))
        button.clicked.connect(lambda _checked=False, chosen=choice: self._on_choice_clicked(chosen))
        return button

    def _signature_panel(self, parent: QWidget) -> QFrame:
        review, status = self.review, self.review.status
        panel = QFrame(parent)
        panel.setObjectName("signaturePanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        self.signature_text: QLabel
        if status is SignatureStatus.SIGNED_BY_CONFIRMED_KEY:
            key = review.signer_key
            assert key is not None  # the review names the confirmed key that signed it
            self.signature_text = _plain(
                self.tr("Signed by the key you confirmed with %1 on %2.").replace("%1", key.signer_name)
                .replace("%2", day_text(key.confirmed_at)), panel)
            layout.addWidget(self.signature_text)
            layout.addWidget(self._fingerprint(panel, large=False))
            self._frame(panel, 1, "border")
            return panel
        if status is SignatureStatus.SIGNED_BY_NEW_KEY:
            title = _plain(self.tr("Check this key with your clinician, once"), panel)
            scale_font(title, 1.2, bold=True)
            self.signature_text = _plain(self.tr(
                "This is the first signed care plan you import. It was signed by the key with this "
                "fingerprint:"), panel)
            instruction = _plain(self.tr(
                "Before you accept, call your clinician and ask them to read you their key's fingerprint; "
                "it must match exactly."), panel)
            scale_font(instruction, 1.0, bold=True)
            after = _plain(self.tr(
                "Call a number you already know, not one from this file. If the fingerprint matches, "
                "companion remembers the key and recognises later plans signed with it. If it does not "
                "match, press Cancel and tell your clinician."), panel)
            parts = [title, self.signature_text, self._fingerprint(panel, large=True), instruction, after]
            self._frame(panel, 3, "focus")
        elif status is SignatureStatus.SIGNED_BY_OTHER_KEY:
            title = _plain(self.tr("Warning: this file was signed by a different key"), panel, role="error")
            scale_font(title, 1.3, bold=True)
            self.signature_text = _plain(self.tr(
                "You confirmed %1. This file was signed by a different key, so it may not come from your "
                "clinician, or it may have been changed on the way.").replace(
                    "%1", self._confirmed_keys_text(review.confirmed_keys)), panel)
            scale_font(self.signature_text, 1.0, bold=True)
            instruction = _plain(self.tr(
                "Call your clinician on a number you already know, not one from this file, and ask them "
                "to read you their key's fingerprint. Remember this key only if they tell you they have "
                "a new key and it matches this one exactly:"), panel)
            parts = [title, self.signature_text, instruction, self._fingerprint(panel, large=True)]
            self._frame(panel, 6, "error_text")
        else:
            title = _plain(self.tr("This plan is not signed"), panel, role="error")
            scale_font(title, 1.2, bold=True)
            self.signature_text = _plain(self.tr(
                "Nobody vouches for this file: anyone could have written or changed it. Accept it only if "
                "you are sure it came from your clinician, for example because they gave it to you "
                "themselves."), panel)
            parts = [title, self.signature_text]
            if review.confirmed_keys:
                parts.append(_plain(self.tr("Your clinician's earlier plans were signed; ask them why this "
                                            "one is not."), panel))
            self._frame(panel, 3, "error_text")
        for part in parts:
            layout.addWidget(part)
        return panel

    def _confirmed_keys_text(self, keys: tuple[ClinicianKey, ...]) -> str:
        each = [self.tr("the key of %1 (on %2)").replace("%1", key.signer_name)
                .replace("%2", day_text(key.confirmed_at)) for key in keys]
        return "; ".join(each)

    def _fingerprint(self, parent: QWidget, *, large: bool) -> QLabel:
        fingerprint = self.review.fingerprint
        assert fingerprint is not None  # only signed files show one
        text = grouped_fingerprint(fingerprint)
        label = _plain(text if large else self.tr("Key fingerprint: %1").replace("%1", text), parent,
                       role=None if large else "muted", selectable=True)
        scale_fixed_width_font(label, 1.6 if large else 1.0, bold=large)
        label.setAccessibleName(self.tr("The fingerprint of the key that signed this file"))
        label.setAccessibleDescription(fingerprint)
        self.fingerprint_label = label
        return label

    def _frame(self, panel: QFrame, width: int, colour: str) -> None:
        """A border in one of the theme's colours: thin and calm, or thick and loud."""
        app = QApplication.instance()
        name = theme.current_theme(app) if isinstance(app, QApplication) else None
        colours = theme.THEMES[name or "light"]
        panel.setStyleSheet(f"QFrame#signaturePanel {{ border: {width}px solid {getattr(colours, colour)}; "
                            f"border-radius: 6px; background: {colours.base}; }}")

    def _count_text(self) -> str:
        count = len(self.review.changes)
        if self.review.current is None:
            return self.tr("You have no care plan yet. This file sets every value:")
        if count == 0:
            return self.tr("Same as the plan in force: this file changes no value.")
        if count == 1:
            return self.tr("1 change")
        return self.tr("%1 changes").replace("%1", str(count))

    def _changes_table(self, parent: QWidget) -> QWidget:
        table = QWidget(parent)
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        rows = self.shown_changes()
        if not rows:
            table.setVisible(False)
            return table
        with_old = self.review.current is not None
        headers = ([self.tr("Field"), self.tr("In force now"), self.tr("In this file")] if with_old
                   else [self.tr("Field"), self.tr("In this file")])
        for column, header in enumerate(headers):
            label = _plain(header, table)
            scale_font(label, 1.0, bold=True)
            grid.addWidget(label, 0, column)
        for number, (field, old, new) in enumerate(rows, start=1):
            line = QFrame(table)
            line.setFrameShape(QFrame.Shape.HLine)
            grid.addWidget(line, 2 * number - 1, 0, 1, len(headers))
            cells = [field, old or "", new] if with_old else [field, new]
            for column, text in enumerate(cells):
                cell = _plain(_breakable(text), table, selectable=True)
                if column == len(cells) - 1:
                    scale_font(cell, 1.0, bold=True)  # the new value is what the patient accepts
                grid.addWidget(cell, 2 * number, column, Qt.AlignmentFlag.AlignTop)
        for column in range(len(headers)):
            grid.setColumnStretch(column, 1)
        return table

    # --- events --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Up / Page Down scroll the review from the buttons (the text itself takes no focus)."""
        if not scroll_by_page(self.scroll_area, event):
            super().keyPressEvent(event)  # Escape cancels here

    def _on_choice_clicked(self, choice: ImportChoice) -> None:
        self.choice_made.emit(self.review, choice)
        self.accept()
