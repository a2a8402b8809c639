"""The hand-over, written for the sitter: who they are, what they promise, and their check-in code."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.ui.i18n import translate
from companion.ui.widgets.check_row import CheckRow
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    press_on_return,
)
from companion.ui.widgets.short_field import ShortField

_NAME_MAX = 80


class HandoverStep(ActionScreen):
    """Emits ``handed_over(name, relationship, phone, code or None)`` or ``stop_requested``."""

    handed_over = Signal(str, str, str, object)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code_required = True
        self.heading = make_heading(translate("Session", "For the sitter: please read this yourself"), self)
        self.intro = make_label("", self)
        self.name = self._line(translate("Session", "Your name"), _NAME_MAX)
        self.relationship = self._line(translate("Session",
                                                 "How you know the patient (for example partner, friend)"),
                                        _NAME_MAX)
        self.phone = self._line(translate("Session", "Your phone number"), 40)
        form = QFormLayout()
        form.addRow(translate("Session", "Your name"), self.name)
        form.addRow(translate("Session", "Relationship"), self.relationship)
        form.addRow(translate("Session", "Your phone"), self.phone)

        self.promises: list[CheckRow] = []
        self.promise_box = QWidget(self)
        self._promise_layout = QVBoxLayout(self.promise_box)
        self._promise_layout.setContentsMargins(0, 0, 0, 0)

        self.code_intro = make_label(translate(
            "Session",
            "Choose a 4-digit code and keep it to yourself. You will type it at every check-in, so the "
            "app knows it is you who answered."), self)
        self.code = self._line(translate("Session", "Your 4-digit code"), 4, secret=True)
        self.code_again = self._line(translate("Session", "Your 4-digit code again"), 4, secret=True)
        self.code_form = QWidget(self)
        code_layout = QFormLayout(self.code_form)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addRow(translate("Session", "Code"), self.code)
        code_layout.addRow(translate("Session", "Code again"), self.code_again)
        self.status = make_label("", self, role="muted")
        self.take_over_button = SessionButton(translate("Session", "I take over as the sitter"), self,
                                              role="primary")
        self.take_over_button.clicked.connect(self._on_take_over_button_clicked)
        self.stop_button = SessionButton(translate("Session", "Not today…"), self)
        self.stop_button.clicked.connect(self.stop_requested)
        press_on_return(
            self.take_over_button, self.name, self.relationship, self.phone, self.code, self.code_again
        )
        form_box = QWidget(self)
        form_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.add_body(self.heading, self.intro, form_box,
                      make_label(translate("Session", "Please confirm each of these:"), self, bold=True),
                      self.promise_box, self.code_intro, self.code_form)
        self.finish_body()
        self.add_status(self.status)
        self.add_actions(self.take_over_button, self.stop_button, main=self.take_over_button)

    def _line(self, accessible: str, length: int, *, secret: bool = False) -> QLineEdit:
        edit = ShortField(length, self) if secret else QLineEdit(self)
        edit.setMaxLength(length)
        edit.setAccessibleName(accessible)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), edit))
        edit.textChanged.connect(self._update)
        return edit

    def load(self, plan: CarePlan) -> None:
        self.clear_content()
        self._code_required = plan.sitter_code_required
        minutes = plan.minimum_monitoring_minutes
        self.intro.setText(translate(
            "Session",
            "You are taking over as the sitter. From the dose until the app says the session is complete "
            "(at least %1 minutes), you stay with the patient. The app will chime every %2 minutes and ask "
            "you to check in. The large Help button is always on the screen.")
            .replace("%1", str(minutes)).replace("%2", str(plan.checkin_interval_minutes)))
        promises = [
            translate("Session", "I am an adult (18 or older)."),
            translate("Session", "I am sober: I have had no alcohol or drugs today."),
            translate("Session",
                      "I will stay for the whole session, at least %1 minutes.").replace("%1", str(minutes)),
            translate("Session", "I know how to get help: the Help button, emergency %1, clinician %2.")
            .replace("%1", plan.emergency_number).replace("%2", plan.clinician_phone),
            translate("Session", "I will not leave the patient alone during the session."),
        ]
        for text in promises:
            box = CheckRow(text, self.promise_box)
            box.toggled.connect(self._update)
            self._promise_layout.addWidget(box)
            self.promises.append(box)
        for widget in (self.code_intro, self.code_form):
            widget.setVisible(self._code_required)
        self._update()

    def clear_content(self) -> None:
        for edit in (self.name, self.relationship, self.phone, self.code, self.code_again):
            edit.clear()
        for box in self.promises:
            box.deleteLater()
        self.promises = []

    def _problem(self) -> str:
        if not self.name.text().strip():
            return translate("Session", "Please write your name.")
        if not all(box.isChecked() for box in self.promises):
            return translate("Session",
                             "Please confirm each promise; if you cannot, the session cannot start today.")
        if self._code_required:
            if len(self.code.text()) != 4:
                return translate("Session", "Please choose a 4-digit code.")
            if self.code.text() != self.code_again.text():
                return translate("Session", "The two codes are not the same.")
        return ""

    @Slot()
    def _update(self) -> None:
        problem = self._problem()
        self.status.setText(problem)
        self.take_over_button.setEnabled(not problem)

    @Slot()
    def _on_take_over_button_clicked(self) -> None:
        if self._problem():
            return
        code = self.code.text() if self._code_required else None
        self.handed_over.emit(self.name.text().strip(), self.relationship.text().strip(),
                              self.phone.text().strip(), code)
        self.code.clear()
        self.code_again.clear()
