"""A warm thank-you certificate for a volunteer's year: A4 landscape, fit to frame.

Generous margins inside a double border (a frame's rebate covers about 5 mm, and most
printers cannot print the outer 4 mm), the pictogram of the task they gave most hours
to, their name large, the hours, the tasks, and a line to sign.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trefpuntje.core.hours_reports import Certificate
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.printing.fonts import draw_centred, draw_string, fit_size, register_fonts, string_width, wrap
from trefpuntje.printing.pictograms import draw_pictogram
from trefpuntje.printing.words import ACCENT, BLOCK_EDGE, DAY_BAND, INK, QUIET, day_and_month, paper_language, tr

PAGE = landscape(A4)
FRAME = 14 * mm  # the outer border, inside what a printer and a frame take
INNER = 18 * mm
TEXT = 34 * mm  # left and right of the text


def hours_in_words(minutes: int, language: str) -> str:
    """The year's time as a person says it: '45 minutes', '1 hour', '146½ hours'."""
    if minutes < 60:
        return tr(QT_TRANSLATE_NOOP("printing", "{count} minutes"), language).format(count=minutes)
    halves = (minutes + 15) // 30  # to the nearest half hour, halves up
    whole, half = divmod(halves, 2)
    number = f"{whole}½" if half else str(whole)
    if number == "1":
        return tr(QT_TRANSLATE_NOOP("printing", "1 hour"), language)
    return tr(QT_TRANSLATE_NOOP("printing", "{count} hours"), language).format(count=number)


def _frame(canvas: Canvas) -> None:
    width, height = PAGE
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(3)
    canvas.roundRect(FRAME, FRAME, width - 2 * FRAME, height - 2 * FRAME, 10, stroke=1, fill=0)
    canvas.setStrokeColor(BLOCK_EDGE)
    canvas.setLineWidth(1)
    canvas.roundRect(INNER, INNER, width - 2 * INNER, height - 2 * INNER, 7, stroke=1, fill=0)


def _centred_lines(canvas: Canvas, text: str, y: float, size: float, width: float, bold: bool = False,
                   leading: float = 1.3) -> float:
    """``text`` wrapped and centred from baseline ``y`` down; returns the next baseline."""
    for line in wrap(text, size, width, bold):
        draw_centred(canvas, PAGE[0] / 2, y, line, size, bold)
        y -= size * leading
    return y


def render_certificate(certificate: Certificate, centre_name: str, language: str = "nl",
                       made_on: date | None = None) -> bytes:
    """The certificate as a one-page PDF."""
    language = paper_language(language)
    register_fonts()
    t = lambda text: tr(text, language)  # noqa: E731
    width, height = PAGE
    text_width = width - 2 * TEXT
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(t(QT_TRANSLATE_NOOP("printing", "Thank you, {name}")).format(name=certificate.first_name))
    canvas.setCreator("Trefpuntje")
    _frame(canvas)

    radius = 17 * mm
    centre_y = height - INNER - 8 * mm - radius
    canvas.setFillColor(DAY_BAND)
    canvas.circle(width / 2, centre_y, radius, stroke=0, fill=1)
    draw_pictogram(canvas, certificate.pictogram, width / 2 - 12 * mm, centre_y - 12 * mm, 24 * mm)

    canvas.setFillColor(ACCENT)
    thanks = t(QT_TRANSLATE_NOOP("printing", "Thank you!"))
    size = fit_size(thanks, text_width, 48, 24, True)
    y = centre_y - radius - 14 - size * 0.75
    draw_centred(canvas, width / 2, y, thanks, size, True)
    canvas.setStrokeColor(BLOCK_EDGE)
    canvas.setLineWidth(1)
    canvas.line(width / 2 - 30 * mm, y - 14, width / 2 + 30 * mm, y - 14)
    y -= 40
    canvas.setFillColor(QUIET)
    y = _centred_lines(canvas, t(QT_TRANSLATE_NOOP("printing", "{centre} thanks")).format(centre=centre_name),
                       y, 16, text_width)
    y -= 24
    canvas.setFillColor(INK)
    name = certificate.full_name
    size = fit_size(name, text_width, 40, 20, True)
    draw_centred(canvas, width / 2, y, name, size, True)
    y -= 40
    given = t(QT_TRANSLATE_NOOP("printing", "for {hours} as a volunteer in {year}")).format(
        hours=hours_in_words(certificate.total_minutes, language), year=certificate.year)
    y = _centred_lines(canvas, given, y, 22, text_width, True)
    y -= 2
    canvas.setFillColor(QUIET)
    y = _centred_lines(canvas, " · ".join(certificate.tasks), y, 15, text_width)
    y -= 12
    canvas.setFillColor(INK)
    _centred_lines(canvas, t(QT_TRANSLATE_NOOP(
        "printing", "Neighbours like you make this place a village square where everyone belongs.")), y, 15,
        text_width)

    baseline = INNER + 14 * mm
    made = made_on or date.today()
    canvas.setFillColor(INK)
    draw_string(canvas, TEXT, baseline, f"{day_and_month(made, language)} {made.year}", 13)
    signature = t(QT_TRANSLATE_NOOP("printing", "On behalf of {centre}")).format(centre=centre_name)
    line_width = max(70 * mm, string_width(signature, 11) + 10)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.line(width - TEXT - line_width, baseline + 14, width - TEXT, baseline + 14)
    canvas.setFillColor(QUIET)
    draw_string(canvas, width - TEXT - line_width, baseline, signature, 11)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
