""""Where these numbers come from": every care-plan field, its default and the source of that default.

Reachable from the care-plan form (the first run's care-plan step and Settings' editor) and
from Settings.  Everything shown is static (no personal content), so it may open before the
vault is unlocked.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from companion.domain.care_plan import FIELDS_BY_NAME
from companion.domain.care_plan_sources import SOURCES, source_of
from companion.ui.care_plan.care_plan_texts import (
    FIELD_GROUPS,
    default_text,
    group_title,
    label_text,
    source_citation,
    source_short,
)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def sources_html() -> str:
    """The page as rich text: one table per group of fields, then every source in full."""
    heading = QCoreApplication.translate("CarePlanSourcesDialog", "Where these numbers come from")
    parts = [
        f"<h2>{_esc(heading)}</h2>",
        "<p>" + _esc(QCoreApplication.translate(
            "CarePlanSourcesDialog",
            "Every number companion acts on is part of the care plan, and your clinician's plan comes first. "
            "Where companion fills in a number before your clinician does, this page says where it comes "
            "from. None of them is advice about doses. Fields your clinician prescribes, and facts about "
            "you, have no default.")) + "</p>",
    ]
    setting = _esc(QCoreApplication.translate("CarePlanSourcesDialog", "Setting"))
    default = _esc(QCoreApplication.translate("CarePlanSourcesDialog", "Default"))
    source = _esc(QCoreApplication.translate("CarePlanSourcesDialog", "Source"))
    for group in FIELD_GROUPS:
        parts.append(f"<h3>{_esc(group_title(group))}</h3>")
        # The same column widths in every table, so the groups line up as one list.
        rows = [f"<tr><th align='left' width='38%'>{setting}</th><th align='left' width='24%'>{default}</th>"
                f"<th align='left' width='38%'>{source}</th></tr>"]
        for name in group.names:
            spec = FIELDS_BY_NAME[name]
            short = source_short(source_of(name))
            rows.append(f"<tr><td>{_esc(label_text(spec))}</td><td>{_esc(default_text(spec))}</td>"
                        f"<td>{_esc(short)}</td></tr>")
        parts.append("<table cellspacing='0' cellpadding='5' width='100%'>" + "".join(rows) + "</table>")
    heading = QCoreApplication.translate("CarePlanSourcesDialog", "The sources")  # lupdate skips f-strings
    parts.append(f"<h3>{_esc(heading)}</h3>")
    for entry in SOURCES:
        short = _esc(source_short(entry))
        citation = _esc(source_citation(entry))
        parts.append(f"<p><b>{short}.</b> {citation}</p>")
    return "\n".join(parts)


class CarePlanSourcesDialog(QDialog):
    """The sources page in its own window; Escape or Close closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where these numbers come from"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Where these numbers come from"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(sources_html())
        # Without keyboard selection the arrow and page keys scroll the page instead of moving a caret.
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.browser.setFocus()

    def text(self) -> str:
        """What the page says, as plain text (for tests and screen readers' summaries)."""
        return self.browser.toPlainText()


class SourcesWindow:
    """At most one "Where these numbers come from" window for its opener, opened without blocking.

    Opening it again raises the one already open; closing it forgets it (and ``on_closed`` runs).
    """

    def __init__(self, parent: QWidget, on_closed: Callable[[], None] | None = None) -> None:
        self._parent = parent
        self._on_closed = on_closed
        self.dialog: CarePlanSourcesDialog | None = None

    def open(self) -> CarePlanSourcesDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = CarePlanSourcesDialog(self._parent)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()

    def _closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._on_closed is not None:
            self._on_closed()
