"""Help during a session: emergency signs, distress, and what the sitter does meanwhile.

Written for the sitter, in short plain sentences with the numbers from the care plan.  Every section
opened emits ``help_used(kind)`` so the page records it (HelpUsed).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.session_events import HelpKind
from companion.ui.session.session_widgets import SessionButton, make_heading, make_label, tr

EMERGENCY_SIGNS = (
    "chest pain",
    "trouble breathing",
    "cannot be woken, or does not respond",
    "a seizure (fit)",
    "a sudden, severe headache",
    "a sudden change in vision",
    "weakness or numbness on one side of the body",
)


def emergency_text(plan: CarePlan) -> str:
    signs = "\n".join(f"•  {tr(sign)}" for sign in EMERGENCY_SIGNS)
    return tr("Call %1 now if the patient has any of these:\n%2\n\nSay that the patient took %3 as "
              "prescribed, and when. Stay with them, and unlock the door for the ambulance crew.") \
        .replace("%1", plan.emergency_number).replace("%2", signs).replace("%3", plan.medication_name)


def distress_text(plan: CarePlan) -> str:
    clinician = plan.clinician_name.strip() or tr("the clinician")
    return tr("Strong feelings, fear or confusion can come with this medicine and usually pass as it wears "
              "off. Speak calmly and simply; remind the patient where they are, that you are with them, and "
              "that it will pass. Dim the lights and lower any noise.\n\nIf the distress does not ease, or "
              "the patient talks about harming themselves, call or text the crisis line %1, and call "
              "%2 on %3.").replace("%1", plan.crisis_line).replace("%2", clinician) \
        .replace("%3", plan.clinician_phone)


def sitter_guidance_text() -> str:
    return tr("•  Stay with the patient; do not leave them alone, even for a moment.\n"
              "•  Keep them sitting or lying down. If they feel sick or are very drowsy, help them onto "
              "their side, with the bowl within reach.\n"
              "•  Give nothing to eat, and no other medicine, alcohol or drugs.\n"
              "•  Do not let them walk about alone, take a bath, or go outside.\n"
              "•  Keep your phone charged and close. Note the time of anything that worries you.")


class HelpPanel(QWidget):
    """A chooser of three large buttons, then the chosen guidance; ``closed`` returns to the session."""

    help_used = Signal(object)  # HelpKind
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(tr("Help"), self)
        self.numbers = make_label("", self, factor=1.3, bold=True)
        self.emergency_button = SessionButton(tr("Emergency signs"), self, role="help")
        self.distress_button = SessionButton(tr("Distress or panic"), self)
        self.guidance_button = SessionButton(tr("What to do meanwhile"), self)
        self.emergency_button.clicked.connect(lambda: self.show_section(HelpKind.EMERGENCY))
        self.distress_button.clicked.connect(lambda: self.show_section(HelpKind.DISTRESS))
        self.guidance_button.clicked.connect(lambda: self.show_section(HelpKind.SITTER_GUIDANCE))
        choices = QHBoxLayout()
        for button in (self.emergency_button, self.distress_button, self.guidance_button):
            button.setMinimumWidth(0)  # share a narrow row rather than push it sideways
            choices.addWidget(button)
        self.sections = QStackedWidget(self)
        self.chooser_hint = make_label(tr("Choose what is happening."), self.sections)
        self.guidance = make_label("", self.sections, factor=1.1)
        self.sections.addWidget(self.chooser_hint)
        self.sections.addWidget(self.guidance)
        self.back_button = SessionButton(tr("Back to the session"), self, role="primary")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self._plan: CarePlan | None = None
        self.current_kind: HelpKind | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.numbers)
        layout.addLayout(choices)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.back_button)

    def open(self, plan: CarePlan, kind: HelpKind | None = None) -> None:
        """Show the chooser (or a section straight away, e.g. after "I'm worried")."""
        self._plan = plan
        clinician = plan.clinician_name.strip() or tr("Clinician")
        self.numbers.setText(tr("Emergency: %1    Crisis line: %2    %3: %4")
                             .replace("%1", plan.emergency_number).replace("%2", plan.crisis_line)
                             .replace("%3", clinician).replace("%4", plan.clinician_phone))
        self.numbers.setAccessibleName(self.numbers.text())
        self.current_kind = None
        self.sections.setCurrentWidget(self.chooser_hint)
        if kind is not None:
            self.show_section(kind)
        else:  # the numbers are on screen now: that is already a use of Help, recorded with its time
            self.help_used.emit(HelpKind.OPENED)

    def show_section(self, kind: HelpKind) -> None:
        if self._plan is None:
            return
        texts = {
            HelpKind.EMERGENCY: emergency_text(self._plan),
            HelpKind.DISTRESS: distress_text(self._plan),
            HelpKind.SITTER_GUIDANCE: sitter_guidance_text(),
        }
        self.guidance.setText(texts[kind])
        self.guidance.setAccessibleName(texts[kind])
        self.sections.setCurrentWidget(self.guidance)
        self.current_kind = kind
        self.help_used.emit(kind)

    def clear_content(self) -> None:
        self._plan = None
        self.current_kind = None
        self.guidance.clear()
        self.numbers.clear()

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.closed.emit()
