"""The cook's sheet of a neighbour meal: A4 portrait, large print.

The dish and its pick-up time, the portions ordered, left and on the waiting list in
big figures, the allergens the cook declared, the diners by first name with the
allergies that matter for this dish (in the dish: they were warned and confirmed;
not in it: keep their portion apart), and the food-safety checklist as the cook
confirmed it. It names neighbours and their allergies, so it says to keep it private
and to throw it away after the meal; the command line writes it for its owner only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.cash import euros
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.meals_sheet import CookSheet, Diner
from trefpuntje.core.meals_words import allergen_name, checklist_items, diet_name
from trefpuntje.core.models.meals import OrderStatus
from trefpuntje.printing.fonts import draw_string, fit_size, register_fonts, string_width, wrap
from trefpuntje.printing.pictograms import draw_pictogram
from trefpuntje.printing.words import (ACCENT, DAY_BAND, FULL, INK, ON_ACCENT, PAPER_TINT, PLACES, QUIET,
                                       day_and_month, paper_language, tr, weekday_name)

WIDTH, HEIGHT = A4
MARGIN = 16 * mm
BODY = 14.0
SMALL = 11.0
NAME_COLUMN = 48 * mm
PORTIONS_COLUMN = 24 * mm


class _Page:
    """Writes top to bottom, starting a new page (with the footer) when full."""

    def __init__(self, canvas: Canvas, footer: Callable[[Canvas], None]) -> None:
        self.canvas = canvas
        self.footer = footer
        self.y = HEIGHT - MARGIN

    def room(self, needed: float) -> bool:
        """Make room for ``needed`` points; returns True when a new page began."""
        if self.y - needed >= MARGIN + 28:
            return False
        self.footer(self.canvas)
        self.canvas.showPage()
        self.y = HEIGHT - MARGIN
        return True

    def text(self, text: str, size: float = BODY, bold: bool = False, indent: float = 0.0, quiet: bool = False,
             width: float | None = None) -> None:
        room = (width or WIDTH - 2 * MARGIN) - indent
        for line in wrap(text, size, room, bold):
            self.room(size * 1.35)
            self.canvas.setFillColor(QUIET if quiet else INK)
            draw_string(self.canvas, MARGIN + indent, self.y - size, line, size, bold)
            self.y -= size * 1.35

    def gap(self, points: float) -> None:
        self.y -= points


def _moment(moment: datetime, language: str) -> str:
    local = moment.astimezone(LOCAL)
    return f"{weekday_name(local.date(), language)} {day_and_month(local.date(), language)} {local:%H:%M}"


def _header(page: _Page, sheet: CookSheet, centre_name: str, t: Callable[[str], str], language: str) -> None:
    canvas, meal = page.canvas, sheet.meal
    band = 64.0
    canvas.setFillColor(ACCENT)
    canvas.roundRect(MARGIN, page.y - band, WIDTH - 2 * MARGIN, band, 8, stroke=0, fill=1)
    canvas.setFillColor(ON_ACCENT)
    canvas.circle(MARGIN + 10 + 22, page.y - band / 2, 24, stroke=0, fill=1)
    draw_pictogram(canvas, "meals", MARGIN + 10 + 3, page.y - band / 2 - 19, 38)
    x = MARGIN + 10 + 48 + 12
    room = WIDTH - MARGIN - 10 - x
    size = fit_size(meal.dish, room, 24, 14, bold=True)
    draw_string(canvas, x, page.y - 28, meal.dish if string_width(meal.dish, size, True) <= room
                else wrap(meal.dish, size, room, True)[0], size, bold=True)
    subtitle = t(QT_TRANSLATE_NOOP("printing", "Cook's sheet · {centre} · cook: {cook}")).format(
        centre=centre_name, cook=meal.cook_name)
    draw_string(canvas, x, page.y - 50, subtitle, SMALL + 1)
    page.gap(band + 12)
    when = t(QT_TRANSLATE_NOOP("printing", "{day}, pick-up from {start} to {end}")).format(
        day=f"{weekday_name(meal.day, language)} {day_and_month(meal.day, language)} {meal.day.year}",
        start=f"{meal.pickup_start.astimezone(LOCAL):%H:%M}", end=f"{meal.pickup_end.astimezone(LOCAL):%H:%M}")
    page.text(when, 16, bold=True)
    page.text(t(QT_TRANSLATE_NOOP("printing", "Ordering closes {moment}")).format(
        moment=_moment(meal.order_until, language)), SMALL, quiet=True)
    if meal.cancelled:
        page.gap(4)
        page.text(t(QT_TRANSLATE_NOOP("printing", "This meal has been called off.")), 16, bold=True)


def _figures(page: _Page, sheet: CookSheet, t: Callable[[str], str]) -> None:
    figures = [
        (QT_TRANSLATE_NOOP("printing", "Portions ordered"), sheet.ordered, DAY_BAND),
        (QT_TRANSLATE_NOOP("printing", "Portions left"), sheet.left, PLACES),
        (QT_TRANSLATE_NOOP("printing", "On the waiting list"), sheet.waiting, FULL),
        (QT_TRANSLATE_NOOP("printing", "Collected"), sheet.collected, PAPER_TINT),
    ]
    gap = 8.0
    box_width = (WIDTH - 2 * MARGIN - gap * (len(figures) - 1)) / len(figures)
    box_height = 62.0
    page.gap(8)
    canvas = page.canvas
    for n, (label, value, fill) in enumerate(figures):
        x = MARGIN + n * (box_width + gap)
        canvas.setFillColor(fill)
        canvas.roundRect(x, page.y - box_height, box_width, box_height, 6, stroke=0, fill=1)
        canvas.setFillColor(INK)
        number = str(value)
        draw_string(canvas, x + (box_width - string_width(number, 28, True)) / 2, page.y - 34, number, 28, bold=True)
        text = t(label)
        size = fit_size(text, box_width - 8, SMALL, 8)
        draw_string(canvas, x + (box_width - string_width(text, size)) / 2, page.y - box_height + 10, text, size)
    page.gap(box_height + 10)


def _dish_facts(page: _Page, sheet: CookSheet, t: Callable[[str], str], language: str) -> None:
    meal = sheet.meal
    if meal.contribution_cents:
        page.text(t(QT_TRANSLATE_NOOP("printing", "{price} a portion; for the portions ordered: {total}")).format(
            price=euros(meal.contribution_cents, language), total=euros(sheet.expected_cents, language)))
    else:
        page.text(t(QT_TRANSLATE_NOOP("printing", "Free: no contribution asked.")))
    if meal.allergens:
        allergens = ", ".join(allergen_name(a, language) for a in meal.allergens)
        page.text(t(QT_TRANSLATE_NOOP("printing", "Allergens in the dish: {allergens}")).format(allergens=allergens))
    else:
        page.text(t(QT_TRANSLATE_NOOP("printing", "Allergens in the dish: none")))
    if meal.diet_labels:
        page.text(t(QT_TRANSLATE_NOOP("printing", "Suits: {labels}")).format(
            labels=", ".join(diet_name(d, language) for d in meal.diet_labels)))


def _diner_lines(diner: Diner, t: Callable[[str], str], language: str) -> list[tuple[str, bool]]:
    """(text, bold) lines of the allergy column."""
    lines: list[tuple[str, bool]] = []
    if diner.allergies_in_dish:
        text = (QT_TRANSLATE_NOOP("printing", "Allergic to {allergens}, which is in the dish: confirmed when ordering")
                if diner.confirmed else
                QT_TRANSLATE_NOOP("printing", "Allergic to {allergens}, which is in the dish: ask them before "
                                              "handing it out"))
        lines.append((t(text).format(allergens=", ".join(allergen_name(a, language)
                                                         for a in diner.allergies_in_dish)), True))
    if diner.other_allergies:
        lines.append((t(QT_TRANSLATE_NOOP("printing", "Also allergic to {allergens}: keep this portion apart")).format(
            allergens=", ".join(allergen_name(a, language) for a in diner.other_allergies)), False))
    return lines


def _diners(page: _Page, sheet: CookSheet, t: Callable[[str], str], language: str) -> None:
    canvas = page.canvas
    allergy_x = NAME_COLUMN + PORTIONS_COLUMN
    allergy_width = WIDTH - 2 * MARGIN - allergy_x

    def heading() -> None:
        canvas.setFillColor(DAY_BAND)
        canvas.rect(MARGIN, page.y - 22, WIDTH - 2 * MARGIN, 22, stroke=0, fill=1)
        canvas.setFillColor(INK)
        for x, label in ((0, QT_TRANSLATE_NOOP("printing", "Diner")), (NAME_COLUMN, QT_TRANSLATE_NOOP(
                "printing", "Portions")), (allergy_x, QT_TRANSLATE_NOOP("printing", "Allergies that matter"))):
            draw_string(canvas, MARGIN + x + 4, page.y - 16, t(label), SMALL + 1, bold=True)
        page.gap(26)

    page.gap(10)
    page.text(t(QT_TRANSLATE_NOOP("printing", "Who ordered")), 16, bold=True)
    if not sheet.diners:
        page.text(t(QT_TRANSLATE_NOOP("printing", "The orders were cancelled with the meal.") if sheet.meal.cancelled
                    else QT_TRANSLATE_NOOP("printing", "No orders yet.")), quiet=True)
        return
    page.room(26 + BODY * 2)
    heading()
    for diner in sheet.diners:
        lines = _diner_lines(diner, t, language)
        wrapped = [(piece, bold) for text, bold in lines for piece in wrap(text, BODY, allergy_width - 30, bold)]
        height = max(1, len(wrapped)) * BODY * 1.3 + 8
        if page.room(height):
            heading()
        top = page.y
        width = draw_string(canvas, MARGIN + 4, top - BODY, diner.first_name, BODY, bold=True)
        if diner.status == OrderStatus.COLLECTED:  # no check mark in Noto Sans: the pictogram
            draw_pictogram(canvas, "ok", MARGIN + 4 + width + 4, top - BODY - 3, 15)
        draw_string(canvas, MARGIN + NAME_COLUMN + 4, top - BODY, str(diner.portions), BODY)
        if lines and lines[0][1]:
            draw_pictogram(canvas, "warning", MARGIN + allergy_x + 2, top - BODY - 5, 20)
        for n, (piece, bold) in enumerate(wrapped):
            draw_string(canvas, MARGIN + allergy_x + 28, top - BODY - n * BODY * 1.3, piece, BODY, bold)
        if not wrapped:
            canvas.setFillColor(QUIET)
            draw_string(canvas, MARGIN + allergy_x + 28, top - BODY, "—", BODY)
            canvas.setFillColor(INK)
        page.gap(height)
        canvas.setStrokeColor(DAY_BAND)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, page.y + 3, WIDTH - MARGIN, page.y + 3)
    if sheet.allergies_purged:
        page.gap(4)
        page.text(t(QT_TRANSLATE_NOOP("printing", "The diners' allergies were removed after the meal, to protect "
                                                  "their privacy.")), SMALL, quiet=True)


def _checklist(page: _Page, sheet: CookSheet, t: Callable[[str], str], language: str) -> None:
    if sheet.safety_confirmed_at is None:
        return
    items = checklist_items(";".join(sheet.safety_checklist), language)
    page.gap(12)
    page.room(16 * 1.35 * 2 + (SMALL + 1) * 1.35 * (len(items) + 1))  # the checklist stays together
    page.text(t(QT_TRANSLATE_NOOP("printing", "Food safety: you confirmed on {moment}")).format(
        moment=_moment(sheet.safety_confirmed_at, language)), 16, bold=True)
    for item in items:
        page.room((SMALL + 1) * 1.35)
        draw_pictogram(page.canvas, "ok", MARGIN + 4, page.y - SMALL - 4, 14)
        page.text(item, SMALL + 1, indent=24)


def render_cook_sheet(sheet: CookSheet, centre_name: str, language: str = "nl",
                      printed_at: datetime | None = None) -> bytes:
    """The cook's sheet of one meal as an A4 PDF."""
    language = paper_language(language)
    register_fonts()
    t: Callable[[str], str] = lambda text: tr(text, language)  # noqa: E731
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(t(QT_TRANSLATE_NOOP("printing", "Cook's sheet")))  # no dish or names: print queues are public
    canvas.setCreator("Trefpuntje")
    private = t(QT_TRANSLATE_NOOP("printing", "This sheet names neighbours and their allergies: keep it to yourself "
                                              "and throw it away after the meal."))
    stamp = _moment(printed_at, language) if printed_at is not None else ""

    def footer(c: Canvas) -> None:
        c.setFillColor(QUIET)
        room = WIDTH - 2 * MARGIN - (string_width(stamp, 9) + 12 if stamp else 0)
        for n, line in enumerate(wrap(private, 9, room)[:2]):
            draw_string(c, MARGIN, MARGIN + 10 - n * 11, line, 9)
        if stamp:
            draw_string(c, WIDTH - MARGIN - string_width(stamp, 9), MARGIN + 10, stamp, 9)

    page = _Page(canvas, footer)
    _header(page, sheet, centre_name, t, language)
    _figures(page, sheet, t)
    _dish_facts(page, sheet, t, language)
    _diners(page, sheet, t, language)
    _checklist(page, sheet, t, language)
    footer(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
