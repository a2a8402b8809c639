""""Where do you live?" beside the emergency number and crisis line in the care-plan form.

companion does not guess the country: 911 and 988 are right only in the United States and
Canada (the 988 Lifeline serves both), so the form asks.  "Elsewhere" empties both numbers and
asks for the local ones; companion knows no other country's numbers and never invents them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QRadioButton, QVBoxLayout, QWidget

NORTH_AMERICA = "north_america"
ELSEWHERE = "elsewhere"
UNANSWERED = ""


class EmergencyRegionChoice(QWidget):
    """Two answers, each reachable with Tab (not an exclusive group, which lets Tab reach only one).

    ``region_chosen`` fires when the person picks an answer, not when ``set_region`` shows one.
    """

    region_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.north_america_button = QRadioButton(self.tr("United States or Canada"), self)
        self.north_america_button.setAccessibleName(self.tr("I live in the United States or Canada"))
        self.elsewhere_button = QRadioButton(self.tr("Elsewhere"), self)
        self.elsewhere_button.setAccessibleName(self.tr("I live elsewhere"))
        for button in self._buttons():
            button.setAutoExclusive(False)
        self.elsewhere_note = QLabel(
            self.tr("Type the number you call for an ambulance where you live, and a crisis line. companion "
                    "does not know other countries' numbers: ask your clinician which crisis line to use."),
            self,
        )
        self.elsewhere_note.setWordWrap(True)
        self.elsewhere_note.setVisible(False)
        layout = QVBoxLayout(self)  # one answer a line: narrow enough for 200 % text
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.north_america_button)
        layout.addWidget(self.elsewhere_button)
        layout.addWidget(self.elsewhere_note)
        self.north_america_button.clicked.connect(self._on_north_america_button_clicked)
        self.elsewhere_button.clicked.connect(self._on_elsewhere_button_clicked)

    def _buttons(self) -> tuple[QRadioButton, QRadioButton]:
        return self.north_america_button, self.elsewhere_button

    def region(self) -> str:
        if self.north_america_button.isChecked():
            return NORTH_AMERICA
        return ELSEWHERE if self.elsewhere_button.isChecked() else UNANSWERED

    def set_region(self, region: str) -> None:
        """Show ``region`` (without firing ``region_chosen``)."""
        self.north_america_button.setChecked(region == NORTH_AMERICA)
        self.elsewhere_button.setChecked(region == ELSEWHERE)
        self.elsewhere_note.setVisible(region == ELSEWHERE)

    def first_button(self) -> QRadioButton:
        return self.north_america_button

    def _choose(self, region: str) -> None:
        self.set_region(region)  # clicking the checked answer again keeps it checked
        self.region_chosen.emit(region)

    @Slot()
    def _on_north_america_button_clicked(self) -> None:
        self._choose(NORTH_AMERICA)

    @Slot()
    def _on_elsewhere_button_clicked(self) -> None:
        self._choose(ELSEWHERE)
