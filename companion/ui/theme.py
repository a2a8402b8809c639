"""Themes (light, dark, high contrast) and text size, applied live to the whole app.

Colours are declared once per theme in :data:`THEMES`; the QPalette and the small style
sheet are both built from them, so a test can check every text/background pair against
WCAG 2.x AA contrast (4.5:1) without drawing anything.  The Fusion style is used because
it honours the palette on every platform.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from companion.ui.scaled_fonts import rescale_fonts

_BASE_POINT_SIZE_PROPERTY = "companion_base_point_size"
_THEME_PROPERTY = "companion_theme"
_TEXT_SCALE_PROPERTY = "companion_text_scale"
HEADING_FACTOR = 1.45
# Calm, readable text even where the system default is small (e.g. 9 pt); text size scales from here.
MIN_BASE_POINT_SIZE = 11.0


@dataclass(frozen=True)
class ThemeColours:
    window: str
    text: str
    base: str  # inputs and lists
    alternate_base: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    muted_text: str  # secondary text and placeholders; still AA on window and base
    disabled_text: str
    border: str  # frames and separators (non-text: needs 3:1 against the window)
    focus: str  # the focus ring (non-text: needs 3:1 against the window)
    navigation: str  # side navigation background
    error_text: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every foreground/background pair that carries text, for the contrast check."""
        return {
            "text on window": (self.text, self.window),
            "text on base": (self.text, self.base),
            "text on alternate base": (self.text, self.alternate_base),
            "text on button": (self.text, self.button),
            "text on navigation": (self.text, self.navigation),
            "selected text": (self.highlighted_text, self.highlight),
            "primary button": (self.highlighted_text, self.highlight),
            "link on window": (self.link, self.window),
            "link on base": (self.link, self.base),
            "muted on window": (self.muted_text, self.window),
            "muted on base": (self.muted_text, self.base),
            "disabled on window": (self.disabled_text, self.window),
            "disabled on button": (self.disabled_text, self.button),
            "error on window": (self.error_text, self.window),
        }

    def non_text_pairs(self) -> dict[str, tuple[str, str]]:
        return {
            "border on window": (self.border, self.window),
            "focus on window": (self.focus, self.window),
            "focus on base": (self.focus, self.base),
            # A primary button's focus ring replaces a transparent one (primary_button_rules).
            "primary button focus ring on window": (self.text, self.window),
            "primary button fill on window": (self.highlight, self.window),
        }


THEMES: dict[str, ThemeColours] = {
    "light": ThemeColours(
        window="#f6f5f2",
        text="#1d2125",
        base="#ffffff",
        alternate_base="#efeee9",
        button="#e8e6e1",
        highlight="#2b5b84",
        highlighted_text="#ffffff",
        link="#1c5a96",
        muted_text="#55595e",
        disabled_text="#64676b",
        border="#85847f",
        focus="#2b5b84",
        navigation="#ebe9e4",
        error_text="#a4262c",
    ),
    "dark": ThemeColours(
        window="#1f2124",
        text="#e8e6e1",
        base="#2a2d31",
        alternate_base="#25282b",
        button="#363a3f",
        highlight="#8fbcea",
        highlighted_text="#0d1117",
        link="#9ecbff",
        muted_text="#b3b6ba",
        disabled_text="#a2a5a9",
        border="#7d8288",
        focus="#8fbcea",
        navigation="#17191b",
        error_text="#ff9b95",
    ),
    "high_contrast": ThemeColours(
        window="#000000",
        text="#ffffff",
        base="#000000",
        alternate_base="#141414",
        button="#000000",
        highlight="#ffff00",
        highlighted_text="#000000",
        link="#ffff00",
        muted_text="#ffffff",
        disabled_text="#c8c8c8",
        border="#ffffff",
        focus="#ffff00",
        navigation="#000000",
        error_text="#ffff00",
    ),
}


def check_mark_path(colours: ThemeColours) -> str:
    """The tick drawn in a ticked box, black or white, whichever reads better on the box's fill (a filled
    square alone is easy to take for a plain button or a box that is merely focused)."""
    fill = colours.focus
    name = "check-black.svg" if contrast_ratio("#000000", fill) >= contrast_ratio("#ffffff", fill) else \
        "check-white.svg"
    # As companion.resources.resource() does, by name: data files are no layer to import (DESIGN.md §4).
    return Path(str(files("companion.resources").joinpath("icons", name))).as_posix()


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def palette_for(theme: str) -> QPalette:
    colours = THEMES[theme]
    palette = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    assignments = {
        role.Window: colours.window,
        role.WindowText: colours.text,
        role.Base: colours.base,
        role.AlternateBase: colours.alternate_base,
        role.Text: colours.text,
        role.Button: colours.button,
        role.ButtonText: colours.text,
        role.BrightText: colours.highlighted_text,
        role.Highlight: colours.highlight,
        role.HighlightedText: colours.highlighted_text,
        role.Link: colours.link,
        role.LinkVisited: colours.link,
        role.PlaceholderText: colours.muted_text,
        role.ToolTipBase: colours.base,
        role.ToolTipText: colours.text,
        role.Light: colours.border if theme == "high_contrast" else colours.base,
        role.Midlight: colours.button,
        role.Mid: colours.border,
        role.Dark: colours.border,
        role.Shadow: colours.border if theme == "high_contrast" else "#000000",
    }
    for colour_role, value in assignments.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(colours.disabled_text))
    # Keep the selection visible when the window loses focus.
    palette.setColor(group.Inactive, role.Highlight, QColor(colours.highlight))
    palette.setColor(group.Inactive, role.HighlightedText, QColor(colours.highlighted_text))
    return palette


def primary_button_rules(c: ThemeColours) -> str:
    """A page's main action (``role="primary"``): filled with the highlight colour, the strongest button.

    Focus turns the transparent ring around the fill into the text colour, so the focused state
    differs from the unfocused one by text-on-window contrast (at least 4.5:1), whatever the fill.
    Used outside session mode, which styles its own buttons.
    """
    return f"""
QPushButton[role="primary"] {{ background: {c.highlight}; color: {c.highlighted_text}; font-weight: 600;
    border: 3px solid transparent; background-clip: padding; border-radius: 6px; padding: 6px 16px; }}
QPushButton[role="primary"]:focus {{ border: 3px solid {c.text}; }}
QPushButton[role="primary"]:pressed {{ background: {c.text}; color: {c.window}; }}
QPushButton[role="primary"]:disabled {{ background: {c.button}; color: {c.disabled_text};
    border: 3px dashed {c.border}; }}
"""


def focus_rules(c: ThemeColours) -> str:
    """Light and dark: a 3 px focus ring on buttons, fields and choices (high contrast has its own).

    Fusion marks focus with a 1 px line in the highlight colour, too faint to find (issue 9). The
    ring replaces a 1 px border (or, on check boxes, a transparent one) and the padding shrinks by
    the difference, so nothing moves when focus arrives.
    """
    inputs = "QLineEdit, QAbstractSpinBox, QComboBox"
    inputs_focus = "QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus"
    return f"""
QPushButton {{ background: {c.button}; color: {c.text}; border: 1px solid {c.border}; border-radius: 4px;
    padding: 5px 12px; outline: none; }}
QPushButton:focus {{ border: 3px solid {c.focus}; padding: 3px 10px; }}
QPushButton:pressed, QPushButton:checked {{ background: {c.highlight}; color: {c.highlighted_text}; }}
QPushButton:disabled {{ color: {c.disabled_text}; }}
{inputs} {{ background: {c.base}; color: {c.text}; border: 1px solid {c.border}; border-radius: 3px;
    padding: 3px 5px; }}
{inputs_focus} {{ border: 3px solid {c.focus}; padding: 1px 3px; }}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {{ background: {c.window};
    color: {c.disabled_text}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 18px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 1px 3px;
    outline: none; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.focus}; }}
"""


def style_sheet(theme: str, point_size: float) -> str:
    """The few things a palette cannot say: headings, navigation, focus rings, error text."""
    c = THEMES[theme]
    heading = round(point_size * HEADING_FACTOR, 1)
    focus_width = 3 if theme == "high_contrast" else 2
    sheet = f"""
QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted_text}; }}
QLabel[role="error"] {{ color: {c.error_text}; font-weight: 600; }}
QLabel[role="demo"] {{ background: {c.highlight}; color: {c.highlighted_text}; padding: 6px 12px;
    font-weight: 600; }}
QFrame#noticeBanner {{ background: {c.window}; border: 2px solid {c.error_text}; }}
QWidget#navigationColumn {{ background: {c.navigation}; border-right: 1px solid {c.border}; }}
QListWidget#sideNavigation {{ background: {c.navigation}; color: {c.text}; border: 0px;
    outline: 0; padding-top: 6px; }}
QListWidget#sideNavigation:focus {{ border: {focus_width}px solid {c.focus}; }}
QListWidget#sideNavigation::item {{ padding: 8px 12px; margin: 1px 6px; border-radius: 4px; }}
QListWidget#sideNavigation::item:selected {{ background: {c.highlight}; color: {c.highlighted_text}; }}
"""
    if theme != "high_contrast":
        sheet += focus_rules(c)
    # Fusion draws the boxes from the window colour, which vanishes on a dark window, and at one fixed
    # size, tiny beside 200 % text: drawn here, in every theme, as large as the text.
    box = max(14, round(point_size * 1.25))
    sheet += f"""
QCheckBox::indicator {{ width: {box}px; height: {box}px; border: 2px solid {c.border};
    background: {c.base}; }}
QCheckBox::indicator:checked {{ background: {c.focus}; border: 2px solid {c.text};
    image: url("{check_mark_path(c)}"); }}
QCheckBox::indicator:disabled {{ border: 2px dashed {c.disabled_text}; }}
QRadioButton::indicator {{ width: {box - 2}px; height: {box - 2}px; border: 2px solid {c.border};
    border-radius: {box // 2}px; background: {c.base}; }}
QRadioButton::indicator:checked {{ background: {c.focus}; border: 2px solid {c.text}; }}
"""
    if theme == "high_contrast":
        sheet += f"""
QPushButton, QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QTreeWidget, QListWidget, QListView {{
    border: 2px solid {c.border}; background: {c.base}; color: {c.text}; padding: 4px 8px; outline: none; }}
QPushButton:default {{ border: 3px solid {c.text}; padding: 3px 7px; }}
QCheckBox, QRadioButton {{ border: 3px solid transparent; outline: none; }}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {c.focus}; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus,
QTreeWidget:focus, QListWidget:focus, QListView:focus {{ border: 4px solid {c.focus}; padding: 2px 6px; }}
QSpinBox, QDoubleSpinBox, QDateEdit {{ border: 2px solid {c.border}; padding-left: 6px; }}
QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus {{ border: 4px solid {c.focus}; padding-left: 4px; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 20px; }}
QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{ width: 20px; }}
QPushButton:disabled {{ color: {c.disabled_text}; border: 2px dashed {c.disabled_text}; }}
QPushButton:pressed, QPushButton:checked {{ background: {c.highlight}; color: {c.highlighted_text}; }}
QGroupBox {{ border: 2px solid {c.border}; margin-top: 1.2em; padding-top: 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QHeaderView::section {{ background: {c.base}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
QScrollBar:vertical {{ background: {c.window}; width: 16px; border: 1px solid {c.border}; }}
QScrollBar:horizontal {{ background: {c.window}; height: 16px; border: 1px solid {c.border}; }}
QScrollBar::handle {{ background: {c.text}; min-height: 32px; min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: 0px; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: {c.window}; }}
"""
    # Last: a primary button's rules must win over the general button and focus rules above.
    return sheet + primary_button_rules(c)


def _base_point_size(app: QApplication) -> float:
    stored = app.property(_BASE_POINT_SIZE_PROPERTY)
    if isinstance(stored, float) and stored > 0:
        return stored
    size = max(app.font().pointSizeF(), MIN_BASE_POINT_SIZE)
    app.setProperty(_BASE_POINT_SIZE_PROPERTY, float(size))
    return size


def apply_appearance(app: QApplication, theme: str, text_scale: int) -> None:
    """Apply a theme and a text size (percent of the system size) to every window, now and later."""
    if theme not in THEMES:
        raise ValueError("unknown theme")
    base = _base_point_size(app)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    point_size = round(base * text_scale / 100, 1)
    font = QFont(app.font())
    font.setPointSizeF(point_size)
    app.setPalette(palette_for(theme))
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme, point_size))
    app.setProperty(_THEME_PROPERTY, theme)
    app.setProperty(_TEXT_SCALE_PROPERTY, text_scale)
    rescale_fonts(app)  # headings and other larger text follow the new size


def current_theme(app: QApplication) -> str | None:
    value = app.property(_THEME_PROPERTY)
    return value if isinstance(value, str) else None


def current_text_scale(app: QApplication) -> int | None:
    value = app.property(_TEXT_SCALE_PROPERTY)
    return value if isinstance(value, int) else None


def base_point_size(app: QApplication) -> float:
    """The normal text size (the system's, at least MIN_BASE_POINT_SIZE), before any scaling."""
    return _base_point_size(app)
