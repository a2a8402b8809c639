"""When the care-plan form shows a problem, and where.

A problem is shown under the field (or both fields of a rule between two) it is about, but only
once the person has edited one of those fields (changed a choice, or typed and left the field),
or after they pressed Save (``reveal_all``): a form that opens covered in red before anything
was typed reads as "you did it wrong".  Plain bookkeeping around labels the form builds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from companion.domain.care_plan import FIELDS_BY_NAME, CarePlanError
from companion.ui.jobs import storage_error_text

_FIELD_NAME_IN_SENTENCE = re.compile(r" \(([a-z0-9_]+)\)")


def readable_problem(sentence: str) -> str:
    """A problem sentence without the "(field_name)" parts, which the form's labels already say."""

    def drop_known(match: re.Match[str]) -> str:
        return "" if match.group(1) in FIELDS_BY_NAME else match.group(0)

    return _FIELD_NAME_IN_SENTENCE.sub(drop_known, sentence)


def care_plan_error_text(error: BaseException) -> str | None:
    """The sentence of a known error of a care-plan job (storage, or the plan's own check); None for a bug."""
    if isinstance(error, CarePlanError):  # the form's (or the file's) check and the repository's disagree
        return "\n".join(readable_problem(p) for p in error.problems)
    return storage_error_text(error)


def fields_named_in(sentence: str) -> list[str]:
    """The care-plan fields a problem sentence is about (one, or two for a rule between fields)."""
    return [name for name in _FIELD_NAME_IN_SENTENCE.findall(sentence) if name in FIELDS_BY_NAME]


@dataclass
class _Row:
    label: QLabel
    focus_target: QWidget


class FieldProblems:
    """The problem label of each row of the form, top to bottom, and which rows were edited."""

    def __init__(self) -> None:
        self._rows: dict[str, _Row] = {}  # in visual order
        self._own_sentences: dict[str, str] = {}  # a form-level sentence -> the row it belongs to
        self._touched: set[str] = set()  # edited by the person: its problems are shown
        self._typed: set[str] = set()  # typed into, not yet left
        self._reveal_all = False
        self._problems: list[str] = []

    def add_row(self, name: str, label: QLabel, focus_target: QWidget) -> None:
        self._rows[name] = _Row(label, focus_target)

    def add_sentence(self, sentence: str, row: str) -> None:
        """A problem the form itself states (not the plan), shown under ``row``."""
        self._own_sentences[sentence] = row

    def names(self) -> list[str]:
        return list(self._rows)

    # --- what the person did -------------------------------------------------------------------

    def reset(self) -> None:
        """Another plan is shown: nothing is edited, nothing revealed."""
        self._touched.clear()
        self._typed.clear()
        self._reveal_all = False

    def touch(self, *names: str) -> None:
        self._touched.update(names)
        self._render()

    def untouch(self, *names: str) -> None:
        self._touched.difference_update(names)
        self._typed.difference_update(names)

    def typed(self, name: str) -> None:
        self._typed.add(name)

    def left(self, name: str) -> None:
        """Focus left a typed field: if something was typed, its problems show from now on."""
        if name in self._typed and name not in self._touched:
            self.touch(name)

    def reveal_all(self) -> None:
        self._reveal_all = True
        self._render()

    def revealed(self) -> bool:
        return self._reveal_all

    # --- showing -------------------------------------------------------------------------------

    def show(self, problems: list[str]) -> None:
        self._problems = list(problems)
        self._render()

    def text(self, name: str) -> str:
        label = self._rows[name].label
        return label.text() if not label.isHidden() else ""

    def focus_first(self) -> bool:
        """Focus the first row (top to bottom) that shows a problem, scrolled into view."""
        for row in self._rows.values():
            if not row.label.isHidden():
                row.focus_target.setFocus(Qt.FocusReason.OtherFocusReason)
                _scroll_to(row.label)
                _scroll_to(row.focus_target)
                return True
        return False

    def _render(self) -> None:
        by_row: dict[str, list[str]] = {name: [] for name in self._rows}
        for sentence in self._problems:
            own = self._own_sentences.get(sentence)
            names = [own] if own is not None else fields_named_in(sentence)
            if self._reveal_all or self._touched.intersection(names):
                for name in names:
                    by_row[name].append(readable_problem(sentence))
        for name, row in self._rows.items():
            text = "\n".join(by_row[name])
            row.label.setText(text)
            row.label.setVisible(bool(text))


def _scroll_to(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 40, 40)
