"""The verdict on an export (or a patient's exports), first and on its own, before anything it holds.

Valid for the patient is calm: a thin frame and plain words. Everything else is loud (a thick frame
and a heading in the theme's error colour, never the words or colours of "valid"): altered names each
file; an unknown key offers to add the patient once the fingerprint is confirmed; a key changed says
plainly that another key signed it; unreadable is one sentence. Colours come from the theme in use, so
the banner reads in light, dark and high contrast.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.desk.export_status import ExportStatus
from companion.desk.opened_export import OpenedExport
from companion.export.export_files import display_name
from companion.ui import theme
from companion.ui.core_text import core_text
from companion.ui.desk.desk_jobs import CheckedSource
from companion.ui.desk.desk_texts import breakable, day_text, status_text
from companion.ui.widgets.flow_layout import FlowLayout

MAX_LISTED = 8  # files named one by one; more are counted


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


class VerificationBanner(QFrame):
    """Heading, sentences, and the one action a status offers (add the patient; confirm a new key)."""

    add_patient_requested = Signal()
    new_key_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verificationBanner")
        self.status: ExportStatus | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAccessibleName(self.tr("Verification"))
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAccessibleName(self.tr("What the check found"))
        self.add_button = QPushButton(self.tr("Add this patient…"), self)
        self.add_button.setAccessibleName(self.tr("Add this patient"))
        self.add_button.setAutoDefault(True)
        self.new_key_button = QPushButton(self.tr("They have a new key…"), self)
        self.new_key_button.setAccessibleName(self.tr("They have a new key"))
        self.new_key_button.setAutoDefault(True)
        actions = QWidget(self)
        row = FlowLayout(actions)
        row.addWidget(self.add_button)
        row.addWidget(self.new_key_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(actions)
        self.add_button.clicked.connect(self.add_patient_requested)
        self.new_key_button.clicked.connect(self.new_key_requested)
        self.clear()

    # --- one export -----------------------------------------------------------------------------

    def show_checking(self, name: str) -> None:
        self._set(None, self.tr("Checking %1…").replace("%1", name),
                  self.tr("Every file is compared with the signed manifest, and the signature with the key "
                          "you confirmed. Nothing in it is shown until that is done."))

    def show_opened(self, opened: OpenedExport) -> None:
        """The verdict on one export, in the words its status calls for."""
        status = opened.status
        found = opened.fingerprint or self.tr("unknown")
        name = display_name(opened.location.name)
        if status is ExportStatus.VALID_FOR_PATIENT:
            who = opened.patient.display_name if opened.patient else ""
            self._set(status, self.tr("Verified: this export is %1's, unchanged.").replace("%1", who),
                      self.tr("Every file matches what %1's app signed, with the key you confirmed with "
                              "them.").replace("%1", who))
            self.setToolTip(self.tr("Signed by %1").replace("%1", found))
        elif status is ExportStatus.ALTERED:
            problems = ([core_text(p.message) for p in opened.problems]
                        or [self.tr("It is not a complete export.")])
            if len(problems) > MAX_LISTED:  # the banner must leave the window's height to its buttons
                more = len(problems) - MAX_LISTED + 1
                problems = [*problems[: MAX_LISTED - 1], self.tr("and %1 more.").replace("%1", str(more))]
            self._set(status, self.tr("Do not use this export: it was changed after it was signed."),
                      self.tr("%1 does not match what the patient's app signed:").replace("%1", name) + "\n"
                      + _bullets([breakable(p) for p in problems]) + "\n"
                      + self.tr("Nothing in it is shown. Ask the patient for a new export."))
        elif status is ExportStatus.UNKNOWN_KEY:
            claimed = opened.facts.patient_name
            who = (self.tr("It names its patient “%1”.").replace("%1", claimed) + " ") if claimed else ""
            self._set(status, self.tr("Unknown key: none of your patients has the key that signed it."),
                      self.tr("The export is intact, signed by the key %1.").replace("%1", breakable(found))
                      + " " + who + self.tr("Confirm the fingerprint with the patient before you add them; "
                                            "until then nothing in it is shown."))
            self.add_button.setVisible(True)
        elif status is ExportStatus.KEY_CHANGED:
            self._show_key_changed(opened, found)
        else:
            reason = (core_text(opened.problems[0].message) if opened.problems
                      else self.tr("It could not be opened."))
            self._set(status, self.tr("This export could not be checked."), breakable(reason))

    def _show_key_changed(self, opened: OpenedExport, found: str) -> None:
        who = opened.patient.display_name if opened.patient else self.tr("this patient")
        lines = [
            self.tr("This export was signed by a different key than the one you confirmed for %1.")
            .replace("%1", who),
            self.tr("The key you confirmed:  %1").replace("%1", breakable(opened.expected_fingerprint or "")),
            self.tr("The key that signed it:  %1").replace("%1", breakable(found)),
            self.tr("It may not come from %1. Call them and compare fingerprints before you trust any of it; "
                    "nothing in it is shown.").replace("%1", who),
        ]
        if opened.signed_by is not None:
            signer = opened.signed_by.display_name
            lines.append(self.tr("The key that signed it is %1's.").replace("%1", signer))
        self._set(ExportStatus.KEY_CHANGED, self.tr("Warning: signed by a different key"), "\n".join(lines))
        self.new_key_button.setVisible(opened.patient is not None)

    # --- a patient's exports ---------------------------------------------------------------------

    def show_patient_checking(self, who: str, count: int) -> None:
        self._set(None, self.tr("Checking %1's exports…").replace("%1", who),
                  self.tr("%1 exports are compared with their signed manifests and %2's key.")
                  .replace("%1", str(count)).replace("%2", who))

    def show_patient_sources(self, who: str, checked: Sequence[CheckedSource]) -> None:
        """All verified: calm. Any other: loud, naming each export that is not shown and why."""
        bad = [source for source in checked if not source.opened.status.trusted]
        good = len(checked) - len(bad)
        if not bad and good == 1:
            self._set(ExportStatus.VALID_FOR_PATIENT,
                      self.tr("Verified: this export is %1's, unchanged.").replace("%1", who),
                      self.tr("Every file matches what %1's app signed, with the key you confirmed with "
                              "them.").replace("%1", who))
            return
        if not bad:
            self._set(ExportStatus.VALID_FOR_PATIENT,
                      self.tr("Verified: all %1 exports are %2's, unchanged.").replace("%1", str(good))
                      .replace("%2", who),
                      self.tr("Each is signed by the key you confirmed with %1; they are shown together "
                              "below, each record from the newest export that holds it.").replace("%1", who))
            return
        worst = next((s.opened.status for s in bad if s.opened.status is ExportStatus.KEY_CHANGED),
                     bad[0].opened.status)
        lines = [self.tr("%1 — %2, made %3: not shown.").replace("%1", display_name(s.opened.location.name))
                 .replace("%2", status_text(s.opened.status))
                 .replace("%3", day_text(s.record.generated_at or s.record.opened_at))
                 for s in bad[:MAX_LISTED]]  # the heading counts them all
        heading = (self.tr("Warning: %1 of %2's exports cannot be trusted.").replace("%1", str(len(bad)))
                   .replace("%2", who))
        if good == 1:
            tail = self.tr("The other export verified and is shown below.")
        else:
            tail = (self.tr("The other %1 verified and are shown below.").replace("%1", str(good)) if good
                    else self.tr("None of them is shown."))
        if worst is ExportStatus.KEY_CHANGED:
            tail = self.tr("One or more was signed by a different key than the one you confirmed for %1: "
                           "call them and compare fingerprints.").replace("%1", who) + " " + tail
        self._set(worst, heading, _bullets([breakable(line) for line in lines]) + "\n" + tail)

    def show_problem(self, sentence: str) -> None:
        self._set(ExportStatus.UNREADABLE, self.tr("This could not be shown."), sentence)

    # --- drawing ----------------------------------------------------------------------------------

    def clear(self) -> None:
        self._set(None, "", "")

    def heading_text(self) -> str:
        return self.heading.text()

    def body_text(self) -> str:
        """The sentences, without the break chances that only help wrapping."""
        return self.body.text().replace("\u200b", "")

    def _set(self, status: ExportStatus | None, heading: str, body: str) -> None:
        self.status = status
        self.heading.setText(heading)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.add_button.setVisible(False)
        self.new_key_button.setVisible(False)
        self.setToolTip("")
        self.setAccessibleDescription(f"{heading} {body}".replace("\u200b", ""))
        self._apply_style()

    def _apply_style(self) -> None:
        app = QApplication.instance()
        name = theme.current_theme(app) if isinstance(app, QApplication) else None
        c = theme.THEMES.get(name or "light", theme.THEMES["light"])
        loud = self.status is not None and self.status.is_warning
        border = f"4px solid {c.error_text}" if loud else f"1px solid {c.border}"
        self.setStyleSheet(f"QFrame#verificationBanner {{ border: {border}; border-radius: 6px; "
                           f"background: {c.base}; }}")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(QApplication.font().pointSizeF() * (1.3 if loud else 1.15))
        self.heading.setFont(font)
        colour = c.error_text if loud else c.text
        self.heading.setStyleSheet(f"color: {colour};")
