"""The touch-first look: colours, sizes and the style sheet built from them.

Every text colour is listed with the background it stands on in ``TEXT_PAIRS``; a
test holds each pair to a contrast of at least 7:1 (WCAG AAA).
"""

from __future__ import annotations

INK = "#1b1b1b"
PAPER = "#fff8ee"
CARD = "#ffffff"
PRIMARY = "#0b4f6c"
ON_PRIMARY = "#ffffff"
DANGER = "#8b0000"
ON_DANGER = "#ffffff"
MUTED_INK = "#3a3a3a"
FOCUS = "#e07a00"
OVERLAY = "rgba(0, 0, 0, 150)"

TEXT_PAIRS = {
    "body": (INK, PAPER),
    "tile": (INK, CARD),
    "muted": (MUTED_INK, PAPER),
    "primary": (ON_PRIMARY, PRIMARY),
    "danger": (ON_DANGER, DANGER),
    "problem": (DANGER, PAPER),
}

TOUCH_MIN = 80  # px: about 20 mm on a 21.5" full-HD screen
BODY_PT = 20
BUTTON_PT = 22
TILE_PT = 26
HEADING_PT = 34
HUGE_PT = 60


def style_sheet() -> str:
    return f"""
    QWidget {{ font-size: {BODY_PT}pt; color: {INK}; }}
    QMainWindow, QWidget#screen, QStackedWidget {{ background: {PAPER}; }}
    QLabel#heading {{ font-size: {HEADING_PT}pt; font-weight: bold; }}
    QLabel#muted {{ color: {MUTED_INK}; }}
    QLabel#subheading {{ font-size: {HEADING_PT - 8}pt; font-weight: bold; padding-top: 12px; }}
    QLabel#cardtitle {{ font-size: {BUTTON_PT}pt; font-weight: bold; }}
    QLabel#greeting {{ font-size: {HUGE_PT - 12}pt; font-weight: bold; }}
    QLabel#huge {{ font-size: {HUGE_PT}pt; font-weight: bold; }}
    QWidget#topbar {{ background: {PRIMARY}; }}
    QWidget#topbar QLabel {{ color: {ON_PRIMARY}; font-weight: bold; font-size: {HEADING_PT - 6}pt; }}
    QToolButton, QPushButton {{
        font-size: {BUTTON_PT}pt; min-height: {TOUCH_MIN}px; min-width: {TOUCH_MIN}px;
        background: {CARD}; color: {INK}; border: 3px solid {PRIMARY}; border-radius: 16px; padding: 2px 14px;
    }}
    QToolButton:pressed, QPushButton:pressed {{ background: #dcebf2; }}
    QToolButton:disabled, QPushButton:disabled {{ background: {PAPER}; color: #767676; border-color: #b8b8b8; }}
    QToolButton:focus, QPushButton:focus {{ border: 4px solid {FOCUS}; }}
    QToolButton:checked {{ background: {PRIMARY}; color: {ON_PRIMARY}; }}
    QToolButton#tile {{ font-size: {TILE_PT}pt; font-weight: bold; border-radius: 24px; }}
    QToolButton#primary, QPushButton#primary {{ background: {PRIMARY}; color: {ON_PRIMARY}; }}
    QToolButton#danger, QPushButton#danger {{ background: {DANGER}; color: {ON_DANGER}; border-color: {DANGER}; }}
    QToolButton#primary:disabled, QToolButton#danger:disabled {{ background: {PAPER}; color: #767676; border-color: #b8b8b8; }}
    QWidget#topbar QToolButton {{ background: {CARD}; color: {INK}; border-color: {CARD}; }}
    QWidget#topbar QToolButton#language {{ font-size: {BODY_PT}pt; padding: 4px 10px; }}
    QWidget#topbar QToolButton:checked {{ background: {PRIMARY}; color: {ON_PRIMARY}; border-color: {CARD}; }}
    QWidget#overlay {{ background: {OVERLAY}; }}
    QFrame#panel {{ background: {CARD}; border: 4px solid {PRIMARY}; border-radius: 24px; }}
    QFrame#banner {{ background: {PRIMARY}; border-radius: 12px; }}
    QFrame#banner[kind="error"] {{ background: {DANGER}; }}
    QFrame#banner QLabel {{ color: {ON_PRIMARY}; font-size: {BUTTON_PT}pt; }}
    QLineEdit {{ min-height: {TOUCH_MIN}px; font-size: {BUTTON_PT}pt; border: 3px solid {PRIMARY};
                 border-radius: 12px; padding: 0 12px; background: {CARD}; }}
    QListWidget {{ font-size: {BUTTON_PT}pt; background: {CARD}; border: 3px solid {PRIMARY}; border-radius: 12px; }}
    QListWidget::item {{ min-height: {TOUCH_MIN}px; padding-left: 12px; }}
    QScrollBar:vertical {{ width: 40px; }}
    QCheckBox {{ min-height: {TOUCH_MIN}px; }}
    QCheckBox::indicator {{ width: 40px; height: 40px; }}
    QSpinBox, QDateEdit, QTimeEdit, QComboBox {{ min-height: 64px; font-size: {BUTTON_PT}pt; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: {PAPER}; }}
    QToolButton#product {{ border-radius: 20px; padding: 0; min-width: 160px; min-height: 160px; }}
    QToolButton#tab {{ font-size: {BODY_PT}pt; text-align: left; }}
    QLabel#productprice {{ font-size: {BODY_PT}pt; }}
    QToolButton#stafftile {{ font-size: {BODY_PT}pt; padding: 2px 4px; }}
    QToolButton#key {{ font-size: {HEADING_PT - 4}pt; font-weight: bold; }}
    QLabel[kind="problem"] {{ color: {DANGER}; }}
    """


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
