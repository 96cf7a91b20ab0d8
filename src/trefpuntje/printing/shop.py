"""Giveaway-shop paper: the small label stuck on an item, and a maker's payout statement.

A label (62 x 29 mm, the common die-cut label of a label printer) carries the item's
short code in big letters (typed at the counter when the scanner is away), a QR code
of ``core.shop.label_payload(code)`` (scanned at the counter), the title, "Free" or the
price, and the category's pictogram when the centre has that pictogram. Never the
donor or the maker: the label is on the public shelf. Several labels go on one page
each (the label printer's roll) or, with ``sheet=True``, 27 to an A4 sheet to cut.

The payout statement is A4: the maker's sales through the till in a month, item by
item, the centre's commission, what is owed to the maker, and lines to sign.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from typing import Protocol

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trefpuntje.core.cash import euros
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.shop import label_payload
from trefpuntje.core.shop_makers import MakerPayout
from trefpuntje.printing.card import _draw_qr
from trefpuntje.printing.fonts import draw_string, fit_size, register_fonts, string_width, truncate, wrap
from trefpuntje.printing.pictograms import PICTOGRAMS_DIR, draw_pictogram
from trefpuntje.printing.words import (ACCENT, CUT_GUIDE, CUT_MARK, DAY_BAND, INK, MONTHS, ON_ACCENT,
                                       PAPER_TINT, QUIET, day_and_month, paper_language, tr)

LABEL_WIDTH = 62 * mm
LABEL_HEIGHT = 29 * mm
LABEL_QR = 27 * mm  # with its 4-module quiet zone: about 0.9 mm a module, easy for any scanner
LABEL_PICTOGRAM = 8 * mm
EDGE = 2.5 * mm  # label printers leave the outer 1.5 to 2 mm unprinted; the QR's quiet zone may fall there
SHEET_COLUMNS, SHEET_ROWS = 3, 9
FREE = QT_TRANSLATE_NOOP("printing", "Free")
PAYOUT_PICTOGRAMS = ("handmade", "sewing", "shop")  # the first the centre has


class LabelItem(Protocol):
    """What a label needs; ``core.shop.ItemView`` is one."""

    @property
    def code(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def category(self) -> str: ...

    @property
    def price_cents(self) -> int: ...


def has_pictogram(name: str) -> bool:
    """Whether the centre has this pictogram (the shop's are added by tools/fetch_pictograms.py);
    a label leaves it out rather than show the fallback calendar."""
    return name.replace("_", "").isalnum() and (PICTOGRAMS_DIR / f"{name}.svg").is_file()


def draw_label(canvas: Canvas, item: LabelItem, x: float, y: float, language: str = "nl",
               pictogram: str | None = None, guide: bool = False) -> None:
    """One label with its lower left corner at (x, y)."""
    register_fonts()
    qr_y = y + (LABEL_HEIGHT - LABEL_QR) / 2
    _draw_qr(canvas, label_payload(item.code), x + 1 * mm, qr_y, LABEL_QR)
    left = x + 1 * mm + LABEL_QR + 1 * mm
    width = x + LABEL_WIDTH - EDGE - left
    top = y + LABEL_HEIGHT - EDGE
    canvas.setFillColor(INK)
    size = fit_size(item.code, width, 24, 12, bold=True)
    draw_string(canvas, left, top - size * 0.78, item.code, size, bold=True)
    cursor = top - size * 0.78 - 3 * mm
    lines = wrap(item.title, 8, width)
    if len(lines) > 2:
        lines = [lines[0], truncate(" ".join(lines[1:]), 8, width)]
    for line in lines:
        cursor -= 8
        draw_string(canvas, left, cursor, line, 8)
        cursor -= 1.5
    price = tr(FREE, language) if item.price_cents == 0 else euros(item.price_cents, language)
    room = width - (LABEL_PICTOGRAM + 1 * mm if pictogram else 0)
    draw_string(canvas, left, y + EDGE + 0.5 * mm, price, fit_size(price, room, 13, 8, bold=True), bold=True)
    if pictogram:
        draw_pictogram(canvas, pictogram, x + LABEL_WIDTH - EDGE - LABEL_PICTOGRAM, y + EDGE - 0.5 * mm,
                       LABEL_PICTOGRAM)
    if guide:
        canvas.saveState()
        canvas.setStrokeColor(CUT_GUIDE)
        canvas.setLineWidth(0.4)
        canvas.roundRect(x, y, LABEL_WIDTH, LABEL_HEIGHT, 2 * mm, stroke=1, fill=0)
        canvas.restoreState()


def _canvas(buffer: BytesIO, size: tuple[float, float], title: str) -> Canvas:
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Trefpuntje")
    return canvas


def render_labels(items: Sequence[LabelItem], pictograms: dict[str, str] | None = None, language: str = "nl",
                  sheet: bool = False) -> bytes:
    """Labels for ``items``: one label-size page each, or A4 sheets of 27 with ``sheet``.
    ``pictograms``: category code -> pictogram name (missing files are left out)."""
    language = paper_language(language)
    pictograms = {code: name for code, name in (pictograms or {}).items() if has_pictogram(name)}
    buffer = BytesIO()
    title = tr(QT_TRANSLATE_NOOP("printing", "Shop labels"), language)
    if not sheet:
        canvas = _canvas(buffer, (LABEL_WIDTH, LABEL_HEIGHT), title)
        for item in items:
            draw_label(canvas, item, 0, 0, language, pictograms.get(item.category))
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()
    canvas = _canvas(buffer, A4, title)
    left = (A4[0] - SHEET_COLUMNS * LABEL_WIDTH) / 2
    bottom = (A4[1] - SHEET_ROWS * LABEL_HEIGHT) / 2
    per_page = SHEET_COLUMNS * SHEET_ROWS
    for first in range(0, len(items), per_page):
        canvas.setStrokeColor(CUT_MARK)
        canvas.setLineWidth(0.5)
        for col in range(SHEET_COLUMNS + 1):  # marks in the margin at every cutting line
            cut = left + col * LABEL_WIDTH
            canvas.line(cut, bottom - 2 * mm, cut, bottom - 7 * mm)
            canvas.line(cut, bottom + SHEET_ROWS * LABEL_HEIGHT + 2 * mm, cut,
                        bottom + SHEET_ROWS * LABEL_HEIGHT + 7 * mm)
        for n, item in enumerate(items[first:first + per_page]):
            row, col = divmod(n, SHEET_COLUMNS)
            draw_label(canvas, item, left + col * LABEL_WIDTH, bottom + (SHEET_ROWS - 1 - row) * LABEL_HEIGHT,
                       language, pictograms.get(item.category), guide=True)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# The payout statement -------------------------------------------------------------

MARGIN = 16 * mm
HEADER = 64.0
ROW = 22.0
BODY = 10.5
# (heading, width; None: what is left), right-aligned except the first two
_COLUMNS: tuple[tuple[str, float | None], ...] = (
    (QT_TRANSLATE_NOOP("printing", "Code"), 20 * mm),
    (QT_TRANSLATE_NOOP("printing", "Item"), None),
    (QT_TRANSLATE_NOOP("printing", "Sold"), 13 * mm),
    (QT_TRANSLATE_NOOP("printing", "Sales"), 23 * mm),
    (QT_TRANSLATE_NOOP("printing", "Commission %"), 26 * mm),
    (QT_TRANSLATE_NOOP("printing", "Commission"), 23 * mm),
    (QT_TRANSLATE_NOOP("printing", "For you"), 24 * mm),
)


def month_name(year: int, month: int, language: str) -> str:
    return f"{tr(MONTHS[month - 1], language)} {year}"


def _widths(total: float) -> list[float]:
    fixed = sum(w for _, w in _COLUMNS if w is not None)
    return [w if w is not None else total - fixed for _, w in _COLUMNS]


def _header(canvas: Canvas, payout: MakerPayout, centre_name: str, language: str) -> float:
    width, height = A4
    top = height - MARGIN
    canvas.setFillColor(ACCENT)
    canvas.roundRect(MARGIN, top - HEADER, width - 2 * MARGIN, HEADER, 8, stroke=0, fill=1)
    canvas.setFillColor(ON_ACCENT)
    canvas.circle(MARGIN + 33, top - HEADER / 2, 23, stroke=0, fill=1)
    pictogram = next((p for p in PAYOUT_PICTOGRAMS if has_pictogram(p)), None)
    if pictogram is not None:
        draw_pictogram(canvas, pictogram, MARGIN + 15, top - HEADER / 2 - 18, 36)
    x = MARGIN + 70
    room = width - MARGIN - 12 - x
    title = tr(QT_TRANSLATE_NOOP("printing", "Payout for neighbour-made goods, {month}"), language).format(
        month=month_name(payout.year, payout.month, language))
    draw_string(canvas, x, top - 29, title, fit_size(title, room, 20, 12, True), True)
    below = f"{payout.maker_name} · {centre_name}"
    draw_string(canvas, x, top - 51, below, fit_size(below, room, 15, 10))
    return top - HEADER - 18


def _table_head(canvas: Canvas, left: float, top: float, widths: list[float], language: str) -> float:
    canvas.setFillColor(DAY_BAND)
    canvas.roundRect(left, top - ROW - 6, sum(widths), ROW + 6, 5, stroke=0, fill=1)
    canvas.setFillColor(INK)
    _cells(canvas, left, top - ROW + 2, widths, [tr(h, language) for h, _ in _COLUMNS], 9.5, True)
    return top - ROW - 6


def _cells(canvas: Canvas, left: float, baseline: float, widths: list[float], cells: list[str], size: float,
           bold: bool) -> None:
    x = left
    for n, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        fitted = truncate(cell, size, width - 8, bold) if n == 1 else cell
        fitted_size = size if n == 1 else fit_size(cell, width - 6, size, 7, bold)
        if n < 2:
            draw_string(canvas, x + 5, baseline, fitted, fitted_size, bold)
        else:
            draw_string(canvas, x + width - 5 - string_width(fitted, fitted_size, bold), baseline, fitted,
                        fitted_size, bold)
        x += width


def render_payout(payout: MakerPayout, centre_name: str, language: str = "nl", made_on: date | None = None) -> bytes:
    """The maker's payout statement of a month as an A4 PDF (more pages for a long list)."""
    language = paper_language(language)
    register_fonts()
    t: Callable[[str], str] = lambda text: tr(text, language)  # noqa: E731
    money: Callable[[int], str] = lambda cents: euros(cents, language)  # noqa: E731
    buffer = BytesIO()
    month = month_name(payout.year, payout.month, language)
    canvas = _canvas(buffer, A4, t(QT_TRANSLATE_NOOP("printing", "Payout {month}")).format(month=month))
    top = _header(canvas, payout, centre_name, language)
    width = A4[0] - 2 * MARGIN
    intro = t(QT_TRANSLATE_NOOP("printing", "What your work brought in through our till in {month}. The centre keeps "
                                            "the commission; the rest is yours. A sale taken back counts with a "
                                            "minus sign.")).format(month=month)
    canvas.setFillColor(INK)
    for line in wrap(intro, 11, width):
        draw_string(canvas, MARGIN, top - 11, line, 11)
        top -= 15
    widths = _widths(width)
    y = _table_head(canvas, MARGIN, top - 8, widths, language)
    if not payout.lines:
        canvas.setFillColor(QUIET)
        draw_string(canvas, MARGIN + 5, y - ROW + 7, t(QT_TRANSLATE_NOOP("printing", "Nothing was sold this month.")),
                    BODY)
        y -= ROW
    for n, line in enumerate(payout.lines):
        if y - ROW < MARGIN + 60:  # room for the totals, or a new page with the head again
            canvas.showPage()
            y = _table_head(canvas, MARGIN, A4[1] - MARGIN, widths, language)
        if n % 2 == 1:
            canvas.setFillColor(PAPER_TINT)
            canvas.rect(MARGIN, y - ROW, width, ROW, stroke=0, fill=1)
        canvas.setFillColor(INK)
        _cells(canvas, MARGIN, y - ROW + 7, widths, [line.code, line.title, str(line.sold), money(line.gross_cents),
                                                     f"{line.commission_percent}%", money(line.commission_cents),
                                                     money(line.net_cents)], BODY, False)
        y -= ROW
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, y, MARGIN + width, y)
    canvas.setFillColor(INK)
    _cells(canvas, MARGIN, y - ROW + 7, widths, ["", t(QT_TRANSLATE_NOOP("printing", "Total")),
                                                 str(sum(line.sold for line in payout.lines)),
                                                 money(payout.gross_cents), "", money(payout.commission_cents),
                                                 money(payout.net_cents)], BODY, True)
    y -= ROW
    _finish(canvas, payout, y, width, t, money, made_on or date.today(), language)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _finish(canvas: Canvas, payout: MakerPayout, y: float, width: float, t: Callable[[str], str],
            money: Callable[[int], str], made: date, language: str) -> None:
    """What is owed in big letters, the lines to sign and the date it was made."""
    if y < MARGIN + 150:
        canvas.showPage()
        y = A4[1] - MARGIN
    owed = t(QT_TRANSLATE_NOOP("printing", "To pay to {name}: {amount}")).format(
        name=payout.maker_name, amount=money(max(payout.net_cents, 0)))
    canvas.setFillColor(ACCENT)
    y -= 34
    draw_string(canvas, MARGIN, y, owed, fit_size(owed, width, 17, 11, True), True)
    canvas.setFillColor(INK)
    y -= 56
    half = (width - 20 * mm) / 2
    for n, label in enumerate((t(QT_TRANSLATE_NOOP("printing", "Received by {name}")).format(name=payout.maker_name),
                               t(QT_TRANSLATE_NOOP("printing", "Paid on behalf of the centre by")))):
        x = MARGIN + n * (half + 20 * mm)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(x, y, x + half, y)
        draw_string(canvas, x, y - 13, truncate(label, 9.5, half), 9.5)
        canvas.line(x, y - 44, x + half * 0.6, y - 44)
        draw_string(canvas, x, y - 57, t(QT_TRANSLATE_NOOP("printing", "Date")), 9.5)
    canvas.setFillColor(QUIET)
    stamp = t(QT_TRANSLATE_NOOP("printing", "Made on {day}")).format(day=f"{day_and_month(made, language)} {made.year}")
    draw_string(canvas, MARGIN + width - string_width(stamp, 9), MARGIN, stamp, 9)

