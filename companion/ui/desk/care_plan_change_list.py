"""What the patient will see change: the care-plan writer's live list of changed fields (issue 11).

The clinician writes against the plan in the patient's latest export; the patient's app shows the
same comparison, field by field, before they accept the file (``services.care_plan_actions``'s review
uses the same :func:`~companion.domain.care_plan_changes.care_plan_changes`, and the values here are
worded by the review's own ``change_texts``). Only changed fields are listed, each with its value in
the export and its value in the new plan, and a count.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from companion.domain.care_plan import FIELDS_BY_NAME, CarePlan
from companion.domain.care_plan_changes import PlanChange, care_plan_changes
from companion.ui.care_plan.care_plan_review import change_texts
from companion.ui.care_plan.care_plan_texts import label_text
from companion.ui.scaled_fonts import scale_font

_RING = ("QTextBrowser { border: 2px solid palette(mid); padding: 2px; }"
         "QTextBrowser:focus { border: 4px solid palette(highlight); padding: 0px; }")
VISIBLE_ENTRIES = 4  # the list's height in entries before it scrolls (it shares a 768-pixel screen)
_ENTRY_GAP = 4  # pixels under each entry
_ENTRY_STYLE = f"margin:0 0 {_ENTRY_GAP}px 0"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _filled(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%([1-9])", lambda match: values[int(match.group(1)) - 1], template)


class PlanChangeList(QWidget):
    """A heading with the count, and the changed fields in a list that scrolls (arrow keys too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changes: list[PlanChange] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        scale_font(self.heading, 1.0, bold=True)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("What the patient will see change"))
        self.view.setOpenLinks(False)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)
        # Without keyboard selection the arrow and page keys scroll the list instead of moving a caret.
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The theme rings buttons and fields only (and text boxes in high contrast): this list is a stop
        # of the Tab chain too, so it gets the same ring, in the theme's focus colour (its highlight).
        self.view.setStyleSheet(_RING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.view.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def show_changes(self, old: CarePlan | None, new: CarePlan) -> list[PlanChange]:
        """Compare ``new`` with ``old`` (the export's plan; None when the export had none) and show it."""
        self._changes = care_plan_changes(old, new)
        count = len(self._changes)
        if old is None:
            heading = self.tr("The latest export holds no care plan: the patient will see every field as "
                              "new (%1).").replace("%1", str(count))
        elif count == 0:
            heading = self.tr("No changes against the latest export: the patient will see the same plan, "
                              "signed by you.")
        else:
            heading = self.tr("What the patient will see change (%1):").replace("%1", str(count))
        self.heading.setText(heading)
        self.view.setVisible(count > 0)
        self.view.setHtml("".join(self._line(change) for change in self._changes))
        self.view.setAccessibleDescription(heading)
        return list(self._changes)

    def changes(self) -> list[PlanChange]:
        return list(self._changes)

    def text(self) -> str:
        """The list as plain text, one change a line (for tests and screen readers' summaries)."""
        return self.view.toPlainText()

    def summary(self) -> str:
        """The heading and every change on one line, for a screen reader."""
        return " ".join([self.heading.text(), "; ".join(self.text().splitlines())]).strip()

    def shown_changes(self) -> list[tuple[str, str | None, str]]:
        """Each line: (field label, value in the export or None, new value), in the words the patient's
        review shows (:meth:`CarePlanReviewDialog.shown_changes`)."""
        return [(label_text(FIELDS_BY_NAME[change.name]), *change_texts(change)) for change in self._changes]

    def _line(self, change: PlanChange) -> str:
        label = _esc(label_text(FIELDS_BY_NAME[change.name]))
        old, new = change_texts(change)
        value = new if old is None else _filled(self.tr("%1 → %2"), old, new)
        return f"<p style='{_ENTRY_STYLE}'><b>{label}:</b> {_esc(value)}</p>"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    @Slot()
    def _fit_height(self) -> None:
        """As tall as the list, up to VISIBLE_ENTRIES entries whatever the text size; a longer list
        scrolls, so the form keeps most of a 768-pixel screen."""
        document = self.view.document()
        height = document.size().height()
        if document.blockCount() > VISIBLE_ENTRIES:
            last = document.findBlockByNumber(VISIBLE_ENTRIES - 1)
            height = document.documentLayout().blockBoundingRect(last).bottom() + document.documentMargin()
        margins = self.view.contentsMargins()  # the ring and its padding
        self.view.setFixedHeight(int(height) + margins.top() + margins.bottom() + 1)
