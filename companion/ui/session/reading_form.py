"""The typed reading: blood pressure, heart rate, and SpO2 when the kit has a pulse oximeter.

Nothing is pre-filled (a number accepted by mistake is worse than one typed again), and a reading
that :func:`companion.domain.vitals.check_plausible` refuses is never passed on: the sitter is
asked to measure again.  Two columns, so the whole form fits beside large text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from companion.domain.vitals import BloodPressure, check_plausible
from companion.services.session_snapshot import Reading
from companion.ui.core_text import core_text
from companion.ui.i18n import translate
from companion.ui.widgets.session_widgets import make_label
from companion.ui.widgets.short_field import ShortField


class ReadingForm(QWidget):
    """Upper and lower blood pressure, heart rate, and (when asked for) SpO2."""

    edited = Signal()

    def __init__(self, parent: QWidget, *, name: str) -> None:
        super().__init__(parent)
        self._with_spo2 = False
        self.systolic = self._field(name, translate("Session", "Upper number (systolic), mmHg"))
        self.diastolic = self._field(name, translate("Session", "Lower number (diastolic), mmHg"))
        self.heart_rate = self._field(name, translate("Session", "Heart rate, beats per minute"))
        self.spo2 = self._field(name, translate("Session", "Oxygen saturation (SpO2), percent"))
        self._spo2_label = make_label(translate("Session", "SpO2 %"), self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        cells = (
            (translate("Session", "Upper (systolic)"), self.systolic, 0, 0),
            (translate("Session", "Lower (diastolic)"), self.diastolic, 0, 2),
            (translate("Session", "Heart rate"), self.heart_rate, 1, 0),
        )
        for caption, edit, row, column in cells:
            label = make_label(caption, self)
            label.setBuddy(edit)
            grid.addWidget(label, row, column)
            grid.addWidget(edit, row, column + 1)
        self._spo2_label.setBuddy(self.spo2)
        grid.addWidget(self._spo2_label, 1, 2)
        grid.addWidget(self.spo2, 1, 3)
        grid.setColumnStretch(4, 1)
        self.set_spo2_asked(False)

    def _field(self, name: str, accessible: str) -> QLineEdit:
        edit = ShortField(3, self)
        edit.setValidator(QIntValidator(0, 300, edit))
        edit.setAccessibleName(f"{name}: {accessible}")
        edit.textChanged.connect(self.edited)
        return edit

    def set_spo2_asked(self, asked: bool) -> None:
        """Show the SpO2 field (the care plan says the kit has a pulse oximeter)."""
        self._with_spo2 = asked
        self.spo2.setVisible(asked)
        self._spo2_label.setVisible(asked)

    def fields(self) -> tuple[QLineEdit, ...]:
        base = (self.systolic, self.diastolic, self.heart_rate)
        return (*base, self.spo2) if self._with_spo2 else base

    def set_values(self, systolic: int, diastolic: int, heart_rate: int, spo2: int | None = None) -> None:
        self.systolic.setText(str(systolic))
        self.diastolic.setText(str(diastolic))
        self.heart_rate.setText(str(heart_rate))
        self.spo2.setText("" if spo2 is None else str(spo2))

    def clear(self) -> None:
        for edit in (self.systolic, self.diastolic, self.heart_rate, self.spo2):
            edit.clear()

    def has_input(self) -> bool:
        """Something was typed: the sitter is in the middle of it (nothing may replace the form)."""
        return any(edit.text() for edit in self.fields())

    def is_complete(self) -> bool:
        return all(edit.text().strip() for edit in self.fields())

    def reading(self) -> tuple[Reading | None, list[str]]:
        """The typed reading, or None with the "measure again" sentences when it is not plausible."""
        if not self.is_complete():
            if self._with_spo2:
                return None, [translate("Session", "Please fill in all four numbers.")]
            return None, [translate("Session", "Please fill in all three numbers.")]
        systolic, diastolic = int(self.systolic.text()), int(self.diastolic.text())
        heart_rate = int(self.heart_rate.text())
        spo2 = int(self.spo2.text()) if self._with_spo2 else None
        problems = [core_text(problem) for problem in check_plausible(systolic, diastolic, heart_rate, spo2)]
        if problems:
            return None, problems
        return Reading(BloodPressure(systolic, diastolic), heart_rate, spo2), []
