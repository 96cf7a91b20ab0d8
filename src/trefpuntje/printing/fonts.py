"""The bundled Noto fonts for paper, so a printed page matches the screen, and the
few text helpers every document uses (width, wrapping, drawing).

reportlab does not fall back from one font to another per character, and Noto Sans
Arabic has no Latin letters; so text is drawn in runs, Arabic script in Noto Sans
Arabic and everything else in Noto Sans. (Arabic is not shaped or reordered without
reportlab's optional shaping support; names in Arabic script stay legible letter by
letter, but a full Arabic page needs that support first.)
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from trefpuntje.config import RESOURCES

FONTS_DIR = RESOURCES / "fonts"
REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabicUI-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabicUI-Bold.ttf",
}
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


@cache
def register_fonts() -> None:
    """Register the four bundled fonts with reportlab (once per process)."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD)


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (piece, font name) runs; spaces, digits and punctuation stay
    with the run they are in."""
    latin, arabic = (BOLD, ARABIC_BOLD) if bold else (REGULAR, ARABIC)
    pieces: list[tuple[str, str]] = []
    for char in text:
        font = arabic if _is_arabic(char) else latin
        if pieces and (pieces[-1][1] == font or not (char.isalpha() or _is_arabic(char))):
            pieces[-1] = (pieces[-1][0] + char, pieces[-1][1])
        else:
            pieces.append((char, font))
    return pieces


def string_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()
    return sum(pdfmetrics.stringWidth(piece, font, size) for piece, font in runs(text, bold))


def draw_string(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw ``text`` with its left end at x on baseline y; returns its width."""
    register_fonts()
    start = x
    for piece, font in runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)
    return x - start


def draw_centred(canvas: Canvas, x_centre: float, y: float, text: str, size: float, bold: bool = False) -> float:
    width = string_width(text, size, bold)
    draw_string(canvas, x_centre - width / 2, y, text, size, bold)
    return width


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width``: between words, after a
    hyphen, and between letters only for a word longer than a whole line."""
    pieces: list[tuple[str, bool]] = []  # (piece, a space goes before it)
    for word in re.split(r"[ \t\r\n]+", text.strip()):  # a no-break space (U+00A0) holds words together
        parts = [p for p in re.split(r"(?<=-)", word) if p]
        pieces.extend((part, n == 0) for n, part in enumerate(parts))
    lines: list[str] = []
    current = ""
    for piece, spaced in pieces:
        candidate = current + (" " if spaced and current else "") + piece
        if string_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(piece) > 1 and string_width(piece, size, bold) > width:
            cut = len(piece) - 1  # the longest start that fits with a hyphen after it
            while cut > 1 and string_width(piece[:cut] + "-", size, bold) > width:
                cut -= 1
            while cut > 4 and sum(c.isalpha() for c in piece[cut:]) < 3:  # no lone "d" on a line
                cut -= 1
            lines.append(piece[:cut] + ("-" if piece[cut - 1].isalpha() and piece[cut].isalpha() else ""))
            piece = piece[cut:]
        current = piece
    if current:
        lines.append(current)
    return lines or [""]


def truncate(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` cut short with an ellipsis so it fits on one line."""
    if string_width(text, size, bold) <= width:
        return text
    while text and string_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_size(text: str, width: float, largest: float, smallest: float, bold: bool = False) -> float:
    """The largest size (in half points) at which ``text`` fits on one line, or ``smallest``."""
    size = largest
    while size > smallest and string_width(text, size, bold) > width:
        size -= 0.5
    return max(size, smallest)
