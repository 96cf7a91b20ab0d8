"""A volunteer's statement of hours for a year: the months down the page, a column per
task with its pictogram, the totals, and the allowance when there is one. A4 portrait
for up to four tasks, landscape for more; past ten tasks the smallest share a column.

The thank-you certificate is in ``printing/certificate.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trefpuntje.core.cash import euros
from trefpuntje.core.hours_reports import HoursStatement, TaskMonths, hours_text
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.printing.fonts import draw_string, fit_size, register_fonts, string_width, wrap
from trefpuntje.printing.pictograms import draw_pictogram
from trefpuntje.printing.words import (ACCENT, BLOCK_EDGE, DAY_BAND, INK, MONTHS, ON_ACCENT, PAPER_TINT, QUIET,
                                       day_and_month, paper_language, tr)

MARGIN = 16 * mm
HEADER = 64.0
ROW = 27.0
HEAD_ROW = 62.0
BODY = 13.0
MONTH_COLUMN = 34 * mm
TOTAL_COLUMN = 24 * mm
MONEY_COLUMN = 27 * mm
PORTRAIT_TASKS = 4
MAX_TASKS = 10
NOTHING = "–"
MAX_TASK_COLUMN = 42 * mm  # wider only spreads a row's figures apart


@dataclass(frozen=True)
class _Column:
    title: str
    pictogram: str | None
    values: tuple[str, ...]  # 12 months, then the total
    width: float
    bold: bool = False


def _fold(tasks: tuple[TaskMonths, ...], language: str) -> tuple[TaskMonths, ...]:
    """At most ``MAX_TASKS`` columns: the tasks with the fewest hours share the last one."""
    if len(tasks) <= MAX_TASKS:
        return tasks
    ranked = sorted(tasks, key=lambda t: -t.total)
    kept, rest = ranked[:MAX_TASKS - 1], ranked[MAX_TASKS - 1:]
    other = TaskMonths(rest[0].task_id, tr(QT_TRANSLATE_NOOP("printing", "Other tasks"), language), "volunteers",
                       tuple(sum(t.minutes[m] for t in rest) for m in range(12)))
    return tuple(t for t in tasks if t in kept) + (other,)


def _hours(minutes: int) -> str:
    return hours_text(minutes) if minutes else NOTHING


def _columns(statement: HoursStatement, width: float, language: str) -> list[_Column]:
    t = lambda text: tr(text, language)  # noqa: E731
    tasks = _fold(statement.tasks, language)
    money = statement.cents_per_hour > 0
    room = width - MONTH_COLUMN - TOTAL_COLUMN - (MONEY_COLUMN if money else 0)
    each = min(room / max(len(tasks), 1), MAX_TASK_COLUMN)
    columns = [_Column(task.name, task.pictogram, tuple(_hours(m) for m in task.minutes) + (_hours(task.total),), each)
               for task in tasks]
    columns.append(_Column(t(QT_TRANSLATE_NOOP("printing", "Total")), None,
                           tuple(_hours(m) for m in statement.month_totals) + (_hours(statement.total_minutes),),
                           TOTAL_COLUMN, bold=True))
    if money:
        columns.append(_Column(t(QT_TRANSLATE_NOOP("printing", "Allowance")), None,
                               tuple(euros(c, language) if c else NOTHING for c in statement.allowance_months)
                               + (euros(sum(statement.allowance_months), language),), MONEY_COLUMN))
    return columns


def _draw_header(canvas: Canvas, page: tuple[float, float], statement: HoursStatement, centre_name: str,
                 language: str) -> float:
    width, height = page
    top = height - MARGIN
    canvas.setFillColor(ACCENT)
    canvas.roundRect(MARGIN, top - HEADER, width - 2 * MARGIN, HEADER, 8, stroke=0, fill=1)
    canvas.setFillColor(ON_ACCENT)
    canvas.circle(MARGIN + 10 + 23, top - HEADER / 2, 23, stroke=0, fill=1)
    draw_pictogram(canvas, "volunteers", MARGIN + 10 + 5, top - HEADER / 2 - 18, 36)
    x = MARGIN + 10 + 46 + 14
    room = width - MARGIN - 12 - x
    title = tr(QT_TRANSLATE_NOOP("printing", "Volunteer hours {year}"), language).format(year=statement.year)
    draw_string(canvas, x, top - 29, title, fit_size(title, room, 24, 14, True), True)
    below = f"{statement.full_name} · {centre_name}"
    draw_string(canvas, x, top - 51, below, fit_size(below, room, 15, 10))
    return top - HEADER - 14


def _draw_table(canvas: Canvas, columns: list[_Column], left: float, top: float, row: float, body: float,
                language: str) -> float:
    total_width = MONTH_COLUMN + sum(c.width for c in columns)
    canvas.setFillColor(DAY_BAND)
    canvas.roundRect(left, top - HEAD_ROW, total_width, HEAD_ROW, 6, stroke=0, fill=1)
    canvas.setFillColor(INK)
    draw_string(canvas, left + 8, top - HEAD_ROW + 10, tr(QT_TRANSLATE_NOOP("printing", "Month"), language), body,
                True)
    x = left + MONTH_COLUMN
    for column in columns:
        lines = wrap(column.title, 10, column.width - 6, True)[:2]
        if column.pictogram is not None:
            draw_pictogram(canvas, column.pictogram, x + column.width - 6 - 26, top - 5 - 26, 26)
        for n, line in enumerate(reversed(lines)):
            draw_string(canvas, x + column.width - 6 - string_width(line, 10, True), top - HEAD_ROW + 10 + n * 12,
                        line, 10, True)
        x += column.width
    y = top - HEAD_ROW
    for month in range(13):
        last = month == 12
        if last:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(1.2)
            canvas.line(left, y, left + total_width, y)
        elif month % 2 == 1:
            canvas.setFillColor(PAPER_TINT)
            canvas.rect(left, y - row, total_width, row, stroke=0, fill=1)
        baseline = y - row / 2 - body * 0.35
        label = tr(QT_TRANSLATE_NOOP("printing", "Year"), language) if last else tr(MONTHS[month], language)
        canvas.setFillColor(INK)
        draw_string(canvas, left + 8, baseline, label, body, last)
        x = left + MONTH_COLUMN
        for column in columns:
            value = column.values[month]
            canvas.setFillColor(QUIET if value == NOTHING else INK)
            bold = last or column.bold
            size = fit_size(value, column.width - 10, body, 8, bold)
            draw_string(canvas, x + column.width - 6 - string_width(value, size, bold), baseline, value, size, bold)
            x += column.width
        y -= row
    canvas.setStrokeColor(BLOCK_EDGE)
    canvas.setLineWidth(0.8)
    canvas.roundRect(left, y, total_width, top - y, 6, stroke=1, fill=0)
    return y


def _notes(statement: HoursStatement, language: str) -> list[str]:
    t = lambda text: tr(text, language)  # noqa: E731
    notes = [t(QT_TRANSLATE_NOOP("printing", "Hours and minutes (3:30 is three and a half hours), counted in the "
                                             "month the work began."))]
    if statement.waiting_minutes:
        notes.append(t(QT_TRANSLATE_NOOP("printing", "Waiting for a coordinator's approval, not counted yet: {hours}."))
                     .format(hours=hours_text(statement.waiting_minutes)))
    if statement.flagged:
        notes.append(t(QT_TRANSLATE_NOOP("printing", "Forgotten clock-outs a coordinator still has to complete: "
                                                     "{count}.")).format(count=statement.flagged))
    if statement.cents_per_hour:
        notes.append(t(QT_TRANSLATE_NOOP("printing", "Volunteer allowance: {rate} an hour.")).format(
            rate=euros(statement.cents_per_hour, language)))
    return notes


def render_hours_statement(statement: HoursStatement, centre_name: str, language: str = "nl",
                           made_on: date | None = None) -> bytes:
    """The statement as a one-page PDF."""
    language = paper_language(language)
    register_fonts()
    money = statement.cents_per_hour > 0
    page = A4 if len(_fold(statement.tasks, language)) + (1 if money else 0) <= PORTRAIT_TASKS else landscape(A4)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=page, pageCompression=1)
    canvas.setTitle(tr(QT_TRANSLATE_NOOP("printing", "Volunteer hours {year}"), language).format(year=statement.year))
    canvas.setCreator("Trefpuntje")
    top = _draw_header(canvas, page, statement, centre_name, language)
    width = page[0] - 2 * MARGIN
    columns = _columns(statement, width, language)
    left = MARGIN + (width - MONTH_COLUMN - sum(c.width for c in columns)) / 2  # a narrower table sits centred
    width -= 2 * (left - MARGIN)
    notes = [line for note in _notes(statement, language) for line in wrap(note, 11, width) + [""]]
    below = 22 + sum(15 if line else 3 for line in notes) + 16 + 16  # the notes, the thanks, the date
    row = max(min(ROW, (top - HEAD_ROW - MARGIN - below) / 13), 18.0)  # landscape pages are lower
    bottom = _draw_table(canvas, columns, left, top, row, min(BODY, row * 0.55), language)
    y = bottom - 22
    canvas.setFillColor(INK)
    for line in notes:
        draw_string(canvas, left, y, line, 11)
        y -= 15 if line else 3
    canvas.setFillColor(ACCENT)
    thanks = tr(QT_TRANSLATE_NOOP("printing", "Thank you for all you do!"), language)
    y = max(y - 12, MARGIN)
    draw_string(canvas, left, y, thanks, 15, True)
    canvas.setFillColor(QUIET)
    made = made_on or date.today()
    stamp = tr(QT_TRANSLATE_NOOP("printing", "Made on {day}"), language).format(
        day=f"{day_and_month(made, language)} {made.year}")
    if string_width(thanks, 15, True) + string_width(stamp, 9) + 20 > width:  # a narrow table: on a line below
        y -= 16
    draw_string(canvas, left + width - string_width(stamp, 9), y, stamp, 9)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
