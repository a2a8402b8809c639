"""Text that is larger than the rest (headings, the clock) stays larger when the text size changes.

A widget's own font is fixed when it is set, so a heading made 1.4 times the text size at 100 %
stayed that size after the patient chose 200 %, smaller than the text around it.  Each scaled
widget keeps its factor as a property; :func:`rescale_fonts` sets them again from the new size
(session mode sizes its own text, from the same properties).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

FONT_FACTOR_PROPERTY = "companion_font_factor"
FONT_BOLD_PROPERTY = "companion_font_bold"
SESSION_MODE_NAME = "sessionMode"


def scaled_font(widget: QWidget, point_size: float) -> QFont:
    """``widget``'s font at its factor of ``point_size`` (and bold when it was made bold)."""
    factor = widget.property(FONT_FACTOR_PROPERTY)
    font = QFont(widget.font())
    font.setPointSizeF(point_size * (factor if isinstance(factor, float) else 1.0))
    if widget.property(FONT_BOLD_PROPERTY) is True:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Make ``widget``'s text ``factor`` times the application's size, now and after size changes."""
    widget.setProperty(FONT_FACTOR_PROPERTY, float(factor))
    widget.setProperty(FONT_BOLD_PROPERTY, bold)
    widget.setFont(scaled_font(widget, QApplication.font().pointSizeF()))


def _in_session_mode(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if parent.objectName() == SESSION_MODE_NAME:
            return True
        parent = parent.parentWidget()
    return False


def rescale_fonts(app: QApplication) -> None:
    """After a change of text size: every scaled widget outside session mode, at the new size."""
    size = app.font().pointSizeF()
    for widget in app.allWidgets():
        if isinstance(widget.property(FONT_FACTOR_PROPERTY), float) and not _in_session_mode(widget):
            font = scaled_font(widget, size)
            if font != widget.font():
                widget.setFont(font)


def scale_fixed_width_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """The system's fixed-width font at ``factor`` times the text size: for a key's fingerprint, read
    aloud character by character, where l and I, 0 and O must differ."""
    fixed = QFont(widget.font())
    fixed.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    widget.setFont(fixed)
    scale_font(widget, factor, bold=bold)  # keeps the family, follows the text size
