"""Crisis resources, shown the moment PHQ-9 item 9 is answered above 0 (DESIGN.md §3).

The panel replaces the questionnaire until it is acknowledged on purpose: it takes the keyboard
focus itself, so the digit, Return, Backspace and Escape keys someone is pressing to move through
the form do nothing here; only the "I have read this" button (reached with Tab, or clicked) closes
it. The numbers are the care plan's (crisis line, emergency number, clinician), so other countries
work. Nothing is stored by the panel: the needs-attention flag comes from the stored answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.ui import theme
from companion.ui.i18n import translate
from companion.ui.widgets.session_widgets import SessionButton, make_label

_US_CRISIS_LINE = "988"
_PASSING_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})


def crisis_line_text(plan: CarePlan) -> str:
    text = translate("Checkins", "Call or text %1, the crisis line, any time of the day or night.")
    text = text.replace("%1", plan.crisis_line)
    if plan.crisis_line.strip() == _US_CRISIS_LINE:
        # The Spanish of this sentence also says how to reach 988's Spanish-language line: call and press 2,
        # or text AYUDA (988lifeline.org/get-help/what-to-expect).
        text += " " + translate("Checkins", "You can also chat with them at 988lifeline.org.")
    return text


def emergency_text(plan: CarePlan) -> str:
    return translate("Checkins", "If you might act on these thoughts, or you are in danger now, call %1.") \
        .replace("%1", plan.emergency_number)


def clinician_text(plan: CarePlan) -> str:
    name, phone = plan.clinician_name.strip(), plan.clinician_phone.strip()
    if name and phone:
        return translate("Checkins", "Your clinician, %1: %2. Please let them know about this answer.") \
            .replace("%1", name).replace("%2", phone)
    if name:
        return translate("Checkins",
                         "Your clinician, %1. Please let them know about this answer.").replace("%1", name)
    return translate("Checkins", "Please let your clinician know about this answer.")


def crisis_reminder_text(plan: CarePlan) -> str:
    """One line for the screens after the panel: where help is."""
    parts = [translate("Checkins", "Crisis line %1 (call or text)").replace("%1", plan.crisis_line),
             translate("Checkins", "emergency %1").replace("%1", plan.emergency_number)]
    name, phone = plan.clinician_name.strip(), plan.clinician_phone.strip()
    if name and phone:
        parts.append(f"{name} {phone}")
    return " · ".join(parts)


class CrisisPanel(QFrame):
    """Emits ``acknowledged`` only when its button is pressed."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Checkins", "Help is available now"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = make_label(translate("Checkins", "Help is available now"), self, factor=1.8, bold=True)
        self.heading.setAccessibleName(self.heading.text())
        self.reason = make_label(translate(
            "Checkins",
            "You answered that you have had thoughts that you would be better off dead, or of hurting "
            "yourself. You do not have to carry this alone: please reach out to someone now."), self,
            factor=1.15)
        self.crisis_line = make_label("", self, factor=1.4, bold=True)
        self.emergency = make_label("", self, factor=1.4, bold=True)
        self.clinician = make_label("", self, factor=1.2, bold=True)
        self.kept = make_label(translate(
            "Checkins",
            "This answer has been kept, even if you stop the questionnaire here, and your clinician will "
            "see it marked as needing attention."), self, role="muted")
        self.acknowledge_button = SessionButton(translate("Checkins", "I have read this"), self,
                                                role="primary")
        self.acknowledge_button.setAccessibleName(translate("Checkins",
                                                            "I have read this: close the crisis information"))
        self.acknowledge_button.clicked.connect(self._on_acknowledge_button_clicked)
        self.hint = make_label(
            translate("Checkins",
                      "To go back to the questionnaire, press Tab, then Space, or click the button."), self,
            role="muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(18)
        for widget in (self.heading, self.reason, self.crisis_line, self.emergency, self.clinician,
                       self.kept):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.acknowledge_button)
        row.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._apply_style()

    def _apply_style(self) -> None:
        app = QApplication.instance()
        name = theme.current_theme(app) if isinstance(app, QApplication) else None
        colours = theme.THEMES[name or "light"]
        self.setStyleSheet(
            f"QFrame#crisisPanel {{ border: 6px solid {colours.error_text}; border-radius: 8px; "
            f"background: {colours.base}; }}"
            f"QFrame#crisisPanel:focus {{ border: 8px solid {colours.error_text}; }}"
        )

    def show_for(self, plan: CarePlan) -> None:
        """Fill in the plan's numbers and take the focus (so keys meant for the form do nothing)."""
        self._apply_style()  # the theme may have changed since the panel was built
        self.crisis_line.setText(crisis_line_text(plan))
        self.emergency.setText(emergency_text(plan))
        self.clinician.setText(clinician_text(plan))
        for label in (self.crisis_line, self.emergency, self.clinician):
            label.setAccessibleName(label.text())
        self.setAccessibleDescription(" ".join(
            label.text() for label in (self.reason, self.crisis_line, self.emergency, self.clinician)))
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_content(self) -> None:
        for label in (self.crisis_line, self.emergency, self.clinician):
            label.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Every key except Tab stops here: nothing typed for the form can close the panel or reach it.
        if event.key() in _PASSING_KEYS:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    @Slot()
    def _on_acknowledge_button_clicked(self) -> None:
        self.acknowledged.emit()
