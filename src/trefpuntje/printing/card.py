"""QR member cards: one credit-card-size card (ID-1), or an A4 sheet of ten to cut.

A card shows the first name, the QR code with the card's token, the centre's name and
a pictogram; never the member id or a surname. The token is only known right after
``issue_card``, so printing a card always means issuing a new one.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Protocol

import qrcode
from qrcode.constants import ERROR_CORRECT_Q
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.printing.fonts import draw_string, fit_size, register_fonts, string_width, truncate, wrap
from trefpuntje.printing.pictograms import draw_pictogram
from trefpuntje.printing.words import ACCENT, CUT_GUIDE, CUT_MARK, INK, ON_ACCENT, QUIET, paper_language, tr

CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm
CORNER = 3.18 * mm  # the ID-1 corner radius
QR_SIDE = 36 * mm  # with its quiet zone: the code itself is about 28 mm
QR_BORDER = 4  # modules of quiet zone, as the QR standard asks
BAND = 13 * mm
PICTOGRAM = "volunteers"
SHEET_COLUMNS, SHEET_ROWS = 2, 5
SCAN_HINT = QT_TRANSLATE_NOOP("printing", "Scan this card at the kiosk")


class _Member(Protocol):
    @property
    def first_name(self) -> str: ...


class CardData(Protocol):
    """What a card needs; ``trefpuntje.core.cards.IssuedCard`` is one."""

    @property
    def member(self) -> _Member: ...

    @property
    def token(self) -> str: ...


def qr_matrix(token: str) -> list[list[bool]]:
    """The QR code's modules, quiet zone included (error correction Q: a quarter
    of the code may be scratched or dirty)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=QR_BORDER)
    code.add_data(token)
    code.make(fit=True)
    return code.get_matrix()


def _draw_qr(canvas: Canvas, token: str, x: float, y: float, side: float) -> None:
    matrix = qr_matrix(token)
    module = side / len(matrix)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for row_no, row in enumerate(matrix):
        top = y + side - (row_no + 1) * module
        col = 0
        while col < len(row):  # one rectangle per run of dark modules: no hairline seams
            if not row[col]:
                col += 1
                continue
            end = col
            while end < len(row) and row[end]:
                end += 1
            canvas.rect(x + col * module, top, (end - col) * module, module, stroke=0, fill=1)
            col = end


def _card_outline(canvas: Canvas, x: float, y: float) -> PDFPathObject:
    path = canvas.beginPath()
    path.roundRect(x, y, CARD_WIDTH, CARD_HEIGHT, CORNER)
    return path


def draw_card(canvas: Canvas, card: CardData, centre_name: str, x: float, y: float, language: str = "nl",
              guide: bool = True) -> None:
    """One card with its lower left corner at (x, y)."""
    register_fonts()
    canvas.saveState()
    canvas.clipPath(_card_outline(canvas, x, y), stroke=0, fill=0)
    # The band: pictogram on a white disc, the centre's name in white.
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + CARD_HEIGHT - BAND, CARD_WIDTH, BAND, stroke=0, fill=1)
    disc = BAND - 3 * mm
    disc_x, disc_y = x + 3 * mm, y + CARD_HEIGHT - BAND + 1.5 * mm
    canvas.setFillColor(ON_ACCENT)
    canvas.circle(disc_x + disc / 2, disc_y + disc / 2, disc / 2, stroke=0, fill=1)
    draw_pictogram(canvas, PICTOGRAM, disc_x + 0.6 * mm, disc_y + 0.6 * mm, disc - 1.2 * mm)
    text_x = disc_x + disc + 2.5 * mm
    room = x + CARD_WIDTH - 3 * mm - text_x
    size = fit_size(centre_name, room, 13, 7, bold=True)
    canvas.setFillColor(ON_ACCENT)
    draw_string(canvas, text_x, y + CARD_HEIGHT - BAND / 2 - size * 0.35, centre_name, size, bold=True)
    # The code, its quiet zone inside the white card.
    body = CARD_HEIGHT - BAND
    qr_x, qr_y = x + 1.5 * mm, y + (body - QR_SIDE) / 2
    _draw_qr(canvas, card.token, qr_x, qr_y, QR_SIDE)
    # The first name, as large as fits (two lines for a long one), and the hint below it.
    left = qr_x + QR_SIDE + 1 * mm
    width = x + CARD_WIDTH - 3.5 * mm - left
    name = card.member.first_name
    size = fit_size(name, width, 30, 16, bold=True)
    lines = [name]
    if string_width(name, size, bold=True) > width:
        for size in (16, 14, 12, 11):
            lines = wrap(name, size, width, bold=True)
            if len(lines) <= 3:
                break
        if len(lines) > 3:  # 60 letters without a break: the start of the name is enough
            lines = lines[:2] + [truncate(" ".join(lines[2:]), size, width, bold=True)]
    hint_size = 8.5
    hint = wrap(tr(SCAN_HINT, language), hint_size, width)[:3]
    block = len(lines) * size * 1.1 + 2 * mm + len(hint) * hint_size * 1.25
    cursor = y + body / 2 + block / 2  # the top of the text, centred beside the code
    canvas.setFillColor(INK)
    for line in lines:
        cursor -= size * 1.1
        draw_string(canvas, left, cursor + size * 0.22, line, size, bold=True)
    cursor -= 2 * mm
    canvas.setFillColor(QUIET)
    for line in hint:
        cursor -= hint_size * 1.25
        draw_string(canvas, left, cursor + hint_size * 0.25, line, hint_size)
    canvas.restoreState()
    if guide:
        canvas.saveState()
        canvas.setStrokeColor(CUT_GUIDE)
        canvas.setLineWidth(0.4)
        canvas.drawPath(_card_outline(canvas, x, y), stroke=1, fill=0)
        canvas.restoreState()


def _new_canvas(buffer: BytesIO, size: tuple[float, float], title: str) -> Canvas:
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Trefpuntje")
    return canvas


def render_card(card: CardData, centre_name: str, language: str = "nl") -> bytes:
    """A PDF of one card, the page the size of the card."""
    language = paper_language(language)
    buffer = BytesIO()
    canvas = _new_canvas(buffer, (CARD_WIDTH, CARD_HEIGHT), tr(QT_TRANSLATE_NOOP("printing", "Member card"), language))
    draw_card(canvas, card, centre_name, 0, 0, language, guide=False)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    """Short marks in the margin at every cutting line, clear of the cards."""
    right, top = left + SHEET_COLUMNS * CARD_WIDTH, bottom + SHEET_ROWS * CARD_HEIGHT
    gap, length = 2 * mm, 6 * mm
    canvas.setStrokeColor(CUT_MARK)
    canvas.setLineWidth(0.5)
    for col in range(SHEET_COLUMNS + 1):
        cut = left + col * CARD_WIDTH
        canvas.line(cut, top + gap, cut, top + gap + length)
        canvas.line(cut, bottom - gap, cut, bottom - gap - length)
    for row in range(SHEET_ROWS + 1):
        cut = bottom + row * CARD_HEIGHT
        canvas.line(left - gap, cut, left - gap - length, cut)
        canvas.line(right + gap, cut, right + gap + length, cut)


def render_card_sheet(cards: Sequence[CardData], centre_name: str, language: str = "nl") -> bytes:
    """A4 pages of ten cards (two across, five down) with light cut marks; as many
    pages as the cards need."""
    language = paper_language(language)
    per_page = SHEET_COLUMNS * SHEET_ROWS
    page_width, page_height = A4
    left = (page_width - SHEET_COLUMNS * CARD_WIDTH) / 2
    bottom = (page_height - SHEET_ROWS * CARD_HEIGHT) / 2
    buffer = BytesIO()
    canvas = _new_canvas(buffer, A4, tr(QT_TRANSLATE_NOOP("printing", "Member cards"), language))
    for first in range(0, max(len(cards), 1), per_page):
        _cut_marks(canvas, left, bottom)
        for n, card in enumerate(cards[first:first + per_page]):
            row, col = divmod(n, SHEET_COLUMNS)
            draw_card(canvas, card, centre_name, left + col * CARD_WIDTH,
                      bottom + (SHEET_ROWS - 1 - row) * CARD_HEIGHT, language)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
