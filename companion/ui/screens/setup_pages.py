"""The calm page every pre-unlock screen is built from, and the first two setup pages.

``GuidedPage`` is a centred, scrollable column with one primary action (Return) and an
optional back action (Escape); its text inherits the app's font, so it follows the
text-size setting live, and headings and the key scale with it.  Its ``make_*`` methods
build labels and buttons.  The unlock, recovery and damaged-vault screens are GuidedPages
too, so every screen before unlock looks and behaves alike.  The recovery-key pages live
in ``setup_wizard``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.new_passphrase_form import NewPassphraseForm

HEADING_SCALE = 1.6
SUBHEADING_SCALE = 1.15
COLUMN_MAX_WIDTH = 660


def show_message(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``; an empty text hides it."""
    label.setText(text)
    label.setVisible(bool(text))


class PageButton(QPushButton):
    """A push button with room around its label at any text size; Return presses it when focused."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        # Outside a dialog a button ignores Return unless it is auto-default; then Return on
        # a focused secondary button presses that button, not the page's primary one.
        self.setAutoDefault(True)
        self.setAccessibleName(text.replace("…", ""))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 32, max(hint.height(), 44))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class GuidedPage(QWidget):
    """A centred column (scrolls when the window is small) with one primary action.

    Return anywhere on the page presses the primary button when it is enabled; Escape
    presses the back button, if the page has one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._primary: QPushButton | None = None
        self._back: QPushButton | None = None
        # (widget, size factor, weight, monospace): re-applied when the page's inherited
        # font changes (the text-size setting), since a font once set no longer inherits.
        self._font_roles: list[tuple[QWidget, float, QFont.Weight, bool]] = []

        column = QWidget()
        column.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.content = QVBoxLayout(column)
        self.content.setContentsMargins(8, 32, 8, 32)
        self.content.setSpacing(16)

        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(24, 0, 24, 0)
        holder_layout.addStretch(1)
        holder_layout.addWidget(column, 100)
        holder_layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(12)

    # -- building ---------------------------------------------------------------------------
    def make_heading(self, text: str) -> QLabel:
        label = self.make_body(text)
        label.setAccessibleName(text)
        self.set_font_role(label, HEADING_SCALE, weight=QFont.Weight.DemiBold)
        return label

    def make_subheading(self, text: str) -> QLabel:
        label = self.make_body(text)
        self.set_font_role(label, SUBHEADING_SCALE, weight=QFont.Weight.DemiBold)
        return label

    def make_body(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def make_bullets(self, items: Sequence[str]) -> QLabel:
        return self.make_body("\n".join(f"•  {item}" for item in items))

    def make_message(self) -> QLabel:
        """An initially hidden, framed label for a calm status or problem sentence."""
        label = self.make_body("")
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setMargin(10)
        label.setVisible(False)
        label.setAccessibleName(self.tr("Message"))
        return label

    def make_primary_button(self, text: str) -> PageButton:
        button = PageButton(text, self)
        button.setDefault(True)  # drawn as the default; Return on the page presses it
        self.set_font_role(button, 1.0, weight=QFont.Weight.DemiBold)
        return button

    def make_secondary_button(self, text: str) -> PageButton:
        return PageButton(text, self)

    def make_busy_row(self, text: str) -> QWidget:
        """An indeterminate progress bar with a sentence; hidden until work starts."""
        row = QWidget(self)
        bar = QProgressBar(row)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumWidth(160)
        bar.setAccessibleName(self.tr("Working"))
        label = self.make_body(text)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(bar)
        layout.addWidget(label, 1)
        row.setVisible(False)
        return row

    def finish_layout(self) -> None:
        """Add the button row at the bottom (call after the page's own content)."""
        self.content.addSpacing(8)
        self.content.addLayout(self.button_row)
        self.content.addStretch(1)

    def set_primary(self, button: QPushButton) -> None:
        self._primary = button

    def set_back(self, button: QPushButton) -> None:
        self._back = button

    # -- text size --------------------------------------------------------------------------
    def set_font_role(
        self,
        widget: QWidget,
        factor: float,
        *,
        weight: QFont.Weight = QFont.Weight.Normal,
        monospace: bool = False,
    ) -> None:
        """Give ``widget`` a font ``factor`` times the page's, kept in step with the text size."""
        self._font_roles.append((widget, factor, weight, monospace))
        self._apply_font_role(widget, factor, weight, monospace)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Later, once the whole theme is applied: re-polishing for a new style sheet puts
            # back the fonts the children had when the sheet was first applied.
            QTimer.singleShot(0, self, self._apply_font_roles)

    def _apply_font_roles(self) -> None:
        for role in self._font_roles:
            self._apply_font_role(*role)

    def _apply_font_role(self, widget: QWidget, factor: float, weight: QFont.Weight, monospace: bool) -> None:
        if monospace:
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        else:
            font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * factor)
        font.setWeight(weight)
        widget.setFont(font)

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._can_press(self._primary):
            assert self._primary is not None
            self._primary.click()
            event.accept()
        elif key == Qt.Key.Key_Escape and self._can_press(self._back):
            assert self._back is not None
            self._back.click()
            event.accept()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _can_press(button: QPushButton | None) -> bool:
        return button is not None and button.isEnabled() and button.isVisibleTo(button.window())


class WelcomePage(GuidedPage):
    """What companion is, what it is not, and where the data lives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        add = self.content.addWidget
        add(self.make_heading(self.tr("Welcome to companion")))
        add(
            self.make_body(
                self.tr(
                    "companion keeps you company through the treatment your clinician prescribed. "
                    "It helps with:"
                )
            )
        )
        add(
            self.make_bullets(
                [
                    self.tr("a safety checklist before each session"),
                    self.tr("check-ins with your sitter during a session"),
                    self.tr("a record of how you feel afterwards"),
                    self.tr("a private journal"),
                    self.tr("an export that you choose to hand to your clinician"),
                ]
            )
        )
        add(self.make_subheading(self.tr("What companion is not")))
        add(
            self.make_body(
                self.tr(
                    "companion is not a medical device and does not give advice about doses. "
                    "It is not for emergencies: if you feel unsafe, call your local emergency number."
                )
            )
        )
        add(self.make_subheading(self.tr("Your information stays here")))
        add(
            self.make_body(
                self.tr(
                    "Everything stays on this computer; nothing is sent anywhere. It is locked with a "
                    "passphrase you choose next. If the passphrase is forgotten, only the recovery key "
                    "you will be shown can open it again — nobody else can."
                )
            )
        )
        self.start_button = self.make_primary_button(self.tr("Get started"))
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.start_button)
        self.set_primary(self.start_button)
        self.finish_layout()


class PassphrasePage(GuidedPage):
    """Choose the passphrase; "Create vault" is enabled only for an acceptable, repeated one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content.addWidget(self.make_heading(self.tr("Choose a passphrase")))
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "You will type this passphrase each time you open companion. Choose something only "
                    "you know — a short sentence or a few unrelated words works well."
                )
            )
        )
        self.form = NewPassphraseForm(parent=self)
        self.content.addWidget(self.form)
        self.busy_row = self.make_busy_row(self.tr("Protecting your vault — this takes a second or two."))
        self.content.addWidget(self.busy_row)
        self.message = self.make_message()
        self.content.addWidget(self.message)

        self.back_button = self.make_secondary_button(self.tr("Back"))
        self.create_button = self.make_primary_button(self.tr("Create vault"))
        self.create_button.setEnabled(False)
        self.button_row.addWidget(self.back_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.create_button)
        self.set_primary(self.create_button)
        self.set_back(self.back_button)
        self.form.validity_changed.connect(self._on_form_validity_changed)
        self.finish_layout()

    def set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.form.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self.form.is_valid())

    def _on_form_validity_changed(self, valid: bool) -> None:
        self.create_button.setEnabled(valid and not self.busy_row.isVisible())
