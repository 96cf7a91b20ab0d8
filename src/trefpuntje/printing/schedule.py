"""The weekly schedule: A4 landscape in large print, the days as columns.

Monday to Friday always have a column, so an empty weekday reads as "nothing planned"
rather than as a missing day (its column is narrow); Saturday and Sunday get one only
when something happens then. In an ordinary week that leaves five wide columns and
larger print still (16 pt body, 18 pt titles). A day with more than one column holds
first gets a second column beside it (a "lane"), taken from the width the other days
can spare; what still does not fit continues on the next page, never clipped, where
the days that go on share the whole width. Body text is never smaller than 14 pt.

With ``participants`` (the staff copy) each occurrence also lists who signed up and who
waits, by first name only, and the page says it is not for the notice board.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trefpuntje.core.activities import LOCAL, OccurrenceView
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.printing.columns import Block, DayPlan, Segment, draw_segments, plan_days
from trefpuntje.printing.fonts import draw_string, fit_size, register_fonts, string_width, wrap
from trefpuntje.printing.pictograms import draw_pictogram
from trefpuntje.printing.schedule_blocks import (BODY, REGULAR, ROOMY, Participant, Sizes,
                                                 as_participants, occurrence_block, participants_from_attendance)
from trefpuntje.printing.words import (ACCENT, DAY_BAND, INK, ON_ACCENT, QUIET, day_and_month, paper_language, tr,
                                       weekday_name)

__all__ = ["Participant", "participants_from_attendance", "render_schedule"]

PAGE = landscape(A4)
MARGIN = 10 * mm
COLUMN_GAP = 6.0
HEADER = 60.0
DAY_HEADER = 46.0
FOOTER = 22.0
COLUMN_TOP = PAGE[1] - MARGIN - HEADER - 8 - DAY_HEADER - 8
EMPTY_DAY = 80.0  # a day with nothing planned: a narrow column
MIN_LANE = 105.0  # narrowest lane for 14 pt text; narrower would break too many Dutch words
ROOMY_LANE = 140.0  # from this width the larger print fits well
MAX_PAGES = 500  # a guard: every page shows at least one block


@dataclass
class _Item:
    """An occurrence still to print; ``resume``: its names printed so far, when its
    public part is on an earlier page already."""

    occurrence: OccurrenceView
    resume: tuple[int, int] | None = None


@dataclass
class _Page:
    days: list[date]
    plans: list[DayPlan]


def _days_shown(monday: date, by_day: Mapping[date, list[OccurrenceView]]) -> list[date]:
    days = [monday + timedelta(days=n) for n in range(7)]
    return [d for d in days if d.weekday() < 5 or by_day.get(d)]


def _draw_header(canvas: Canvas, monday: date, centre_name: str, language: str, staff: bool) -> None:
    width, height = PAGE
    top = height - MARGIN
    canvas.setFillColor(ACCENT)
    canvas.roundRect(MARGIN, top - HEADER, width - 2 * MARGIN, HEADER, 8, stroke=0, fill=1)
    canvas.setFillColor(ON_ACCENT)
    canvas.circle(MARGIN + 8 + 22, top - HEADER / 2, 22, stroke=0, fill=1)
    draw_pictogram(canvas, "calendar", MARGIN + 8 + 5, top - HEADER / 2 - 17, 34)
    x = MARGIN + 8 + 44 + 12
    week = tr(QT_TRANSLATE_NOOP("printing", "Week {week}"), language).format(week=monday.isocalendar().week)
    sunday = monday + timedelta(days=6)
    dates = f"{day_and_month(monday, language)} – {day_and_month(sunday, language)} {sunday.year}"
    badge = tr(QT_TRANSLATE_NOOP("printing", "Staff copy"), language) if staff else ""
    badge_width = string_width(badge, 16, True) + 24 if staff else 0
    room = width - 2 * MARGIN - (x - MARGIN) - badge_width - 16
    title = f"{centre_name} · {week}"
    canvas.setFillColor(ON_ACCENT)
    draw_string(canvas, x, top - 30, title, fit_size(title, room, 26, 16, True), True)
    draw_string(canvas, x, top - 51, dates, fit_size(dates, room, 17, 12))
    if staff:
        left = width - MARGIN - 10 - badge_width
        canvas.setFillColor(ON_ACCENT)
        canvas.roundRect(left, top - HEADER / 2 - 15, badge_width, 30, 6, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        draw_string(canvas, left + 12, top - HEADER / 2 - 6, badge, 16, True)


def _draw_day_header(canvas: Canvas, day: date, left: float, width: float, language: str) -> None:
    top = PAGE[1] - MARGIN - HEADER - 8
    canvas.setFillColor(DAY_BAND)
    canvas.roundRect(left, top - DAY_HEADER, width, DAY_HEADER, 6, stroke=0, fill=1)
    canvas.setFillColor(INK)
    name = weekday_name(day, language)
    draw_string(canvas, left + 8, top - 21, name, fit_size(name, width - 16, 18, 11, True), True)
    below = day_and_month(day, language)
    draw_string(canvas, left + 8, top - 39, below, fit_size(below, width - 16, BODY, 11))


def _draw_footer(canvas: Canvas, page: int, pages: int, language: str, staff: bool) -> None:
    width = PAGE[0]
    canvas.setFillColor(QUIET)
    note = (tr(QT_TRANSLATE_NOOP("printing", "For staff: this page shows first names. Please do not hang it up."), language)
            if staff else tr(QT_TRANSLATE_NOOP("printing", "Sign up at the kiosk with your card."), language))
    draw_string(canvas, MARGIN + 4, MARGIN + 4, note, 12)
    numbering = tr(QT_TRANSLATE_NOOP("printing", "Page {page} of {pages}"), language).format(page=page, pages=pages)
    draw_string(canvas, width - MARGIN - 4 - string_width(numbering, 12), MARGIN + 4, numbering, 12)


def _left_over_of(items: list[_Item], chunks: list[list[Segment]], blocks: Mapping[int, Block]) -> list[_Item]:
    """What of a day's ``items`` is not in ``chunks`` (the lanes of one page)."""
    rows_shown: dict[int, int] = {}
    names_shown: dict[int, tuple[int, int]] = {}
    for segment in (segment for chunk in chunks for segment in chunk):
        key = segment.block.key
        rows_shown[key] = rows_shown.get(key, 0) + len(segment.rows)
        confirmed, waiting = names_shown.get(key, (0, 0))
        names_shown[key] = (confirmed + sum(r.shown[0] for r in segment.rows),
                            waiting + sum(r.shown[1] for r in segment.rows))
    left: list[_Item] = []
    for key, item in enumerate(items):
        if key not in rows_shown:
            left.append(item)
        elif rows_shown[key] < len(blocks[key].rows):
            before = item.resume or (0, 0)
            left.append(_Item(item.occurrence, (before[0] + names_shown[key][0], before[1] + names_shown[key][1])))
    return left


def _layout(days: list[date], by_day: Mapping[date, list[OccurrenceView]], language: str,
            participants: Mapping[uuid.UUID, Sequence[str | Participant]] | None, sizes: Sizes) -> list[_Page]:
    """The pages: the first with every day, each next one with the days that go on."""
    def builder(items: list[_Item]) -> Callable[[float], list[Block]]:
        def build(width: float) -> list[Block]:
            return [occurrence_block(item.occurrence, width, language,
                                     None if participants is None else as_participants(
                                         participants.get(item.occurrence.id, [])),
                                     sizes, item.resume, key) for key, item in enumerate(items)]
        return build

    remaining = {day: [_Item(o) for o in by_day.get(day, [])] for day in days}
    pages: list[_Page] = []
    while not pages or any(remaining.values()):
        if len(pages) >= MAX_PAGES:
            raise RuntimeError("the schedule does not fit on any number of pages")
        shown = days if not pages else [day for day in days if remaining[day]]
        plans = plan_days([builder(remaining[day]) if remaining[day] else None for day in shown],
                          PAGE[0] - 2 * MARGIN, COLUMN_TOP - MARGIN - FOOTER,
                          gap=COLUMN_GAP, empty_width=EMPTY_DAY, min_lane=MIN_LANE)
        pages.append(_Page(shown, plans))
        for day, plan in zip(shown, plans):
            first_page = plan.chunks[:plan.lanes]
            blocks = {s.block.key: s.block for chunk in plan.chunks for s in chunk}
            remaining[day] = _left_over_of(remaining[day], first_page, blocks)
    return pages


def _lane_width(plan: DayPlan) -> float:
    return (plan.width - COLUMN_GAP * (plan.lanes - 1)) / plan.lanes if plan.lanes else 0.0


def render_schedule(occurrences: Sequence[OccurrenceView], monday: date, centre_name: str, language: str = "nl",
                    participants: Mapping[uuid.UUID, Sequence[str | Participant]] | None = None) -> bytes:
    """The week from ``monday`` as a PDF. ``participants`` (occurrence id -> first names,
    or ``Participant`` to mark who waits) makes it the staff copy."""
    language = paper_language(language)
    register_fonts()
    staff = participants is not None
    by_day: dict[date, list[OccurrenceView]] = {}
    for occurrence in sorted(occurrences, key=lambda o: (o.starts_at, o.title)):
        by_day.setdefault(occurrence.starts_at.astimezone(LOCAL).date(), []).append(occurrence)
    days = _days_shown(monday, by_day)
    pages, sizes = _layout(days, by_day, language, participants, REGULAR), REGULAR
    roomy = _layout(days, by_day, language, participants, ROOMY)  # the larger print when it costs no page
    if len(roomy) <= len(pages) and min((_lane_width(p) for p in roomy[0].plans if p.lanes),
                                        default=PAGE[0]) >= ROOMY_LANE:
        pages, sizes = roomy, ROOMY

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(tr(QT_TRANSLATE_NOOP("printing", "Week schedule"), language) + f" {monday.isocalendar().week}")
    canvas.setCreator("Trefpuntje")
    for number, page in enumerate(pages, start=1):
        _draw_header(canvas, monday, centre_name, language, staff)
        left = MARGIN
        for day, plan in zip(page.days, page.plans):
            _draw_day_header(canvas, day, left, plan.width, language)
            if plan.lanes == 0:
                canvas.setFillColor(QUIET)
                for k, line in enumerate(wrap(tr(QT_TRANSLATE_NOOP("printing", "Nothing planned"), language),
                                              sizes.body, plan.width - 16)):
                    draw_string(canvas, left + 8, COLUMN_TOP - 20 - k * sizes.body * 1.3, line, sizes.body)
            lane = _lane_width(plan)
            for n, chunk in enumerate(plan.chunks[:plan.lanes]):
                draw_segments(canvas, chunk, left + n * (lane + COLUMN_GAP), COLUMN_TOP, lane)
            left += plan.width + COLUMN_GAP
        _draw_footer(canvas, number, len(pages), language, staff)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
