"""One occurrence on the weekly schedule, as a block of rows.

Public part: pictogram and time, title, location, leader, places (or "cancelled").
Staff copy: then who signed up and who waits, by first name. A block can also be
*resumed* on a later page: it then shows only the names not printed yet, under the
time and title marked "(continued)".
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from trefpuntje.core.activities import LOCAL, OccurrenceView
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.printing.columns import PAD, Block, Row
from trefpuntje.printing.fonts import draw_string, fit_size, string_width, truncate, wrap
from trefpuntje.printing.pictograms import draw_pictogram
from trefpuntje.printing.words import (BLOCK_EDGE, CANCELLED_FILL, CANCELLED_INK, CANCELLED_MARK, FULL, INK, NO_LIMIT,
                                       ON_ACCENT, PAPER_TINT, PLACES, QUIET, tr)

if TYPE_CHECKING:
    from trefpuntje.core.checkins import AttendanceRow

BODY = 14.0  # the smallest text in the schedule's body


@dataclass(frozen=True)
class Sizes:
    body: float
    title: float
    time: float
    pictogram: float


REGULAR = Sizes(body=BODY, title=16, time=20, pictogram=34)
ROOMY = Sizes(body=16, title=18, time=23, pictogram=40)  # when the columns are wide and it costs no page


@dataclass(frozen=True)
class Participant:
    first_name: str
    waiting: bool = False


def participants_from_attendance(rows: Iterable[AttendanceRow]) -> list[Participant]:
    """Attendance rows (``trefpuntje.core.checkins.attendance``) as the staff copy lists
    them: confirmed by name, then the waiting list in its order. Walk-ins are not a
    plan for the week and are left out."""
    rows = list(rows)
    confirmed = sorted((r for r in rows if r.status == "confirmed"), key=lambda r: r.first_name.casefold())
    waiting = [r for r in rows if r.status == "waiting"]
    return [Participant(r.first_name) for r in confirmed] + [Participant(r.first_name, True) for r in waiting]


def as_participants(names: Sequence[str | Participant]) -> list[Participant]:
    return [n if isinstance(n, Participant) else Participant(n) for n in names]


def local_time(moment: datetime) -> str:
    return moment.astimezone(LOCAL).strftime("%H:%M")


def _text_row(text: str, size: float, colour: Color, bold: bool = False, strike: bool = False,
              keep: bool = True, leading: float = 1.25, above: float = 0.0) -> Row:
    def draw(canvas: Canvas, left: float, top: float, width: float) -> None:
        canvas.setFillColor(colour)
        baseline = top - above - size * (leading - 0.2)
        drawn = draw_string(canvas, left, baseline, text, size, bold)
        if strike:
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(max(1.2, size / 11))
            canvas.line(left - 1, baseline + size * 0.32, left + drawn + 1, baseline + size * 0.32)
    return Row(above + size * leading, draw, keep)


def _wrapped(text: str, size: float, width: float, colour: Color, bold: bool = False, strike: bool = False,
             keep: bool = True, above: float = 0.0) -> list[Row]:
    return [_text_row(line, size, colour, bold, strike, keep, above=above if n == 0 else 0.0)
            for n, line in enumerate(wrap(text, size, width, bold))]


def _head_rows(occurrence: OccurrenceView, language: str, colour: Color, sz: Sizes, width: float) -> list[Row]:
    """The pictogram with the start time beside it and the end time below that; in a
    narrow column the end time gets a line of its own rather than smaller type."""
    start = local_time(occurrence.starts_at)
    until = tr(QT_TRANSLATE_NOOP("printing", "until {time}"), language).format(time=local_time(occurrence.ends_at))
    picto = sz.pictogram
    room = width - picto - 5
    beside = string_width(until, sz.body) <= room
    start_size = fit_size(start, room, sz.time, sz.body, True)

    def draw(canvas: Canvas, left: float, top: float, _width: float) -> None:
        draw_pictogram(canvas, occurrence.pictogram, left - 2, top - picto - 1, picto)
        if occurrence.cancelled:  # the pictogram faded, so the block reads as "not happening"
            canvas.saveState()
            canvas.setFillColor(CANCELLED_FILL)
            canvas.setFillAlpha(0.55)
            canvas.rect(left - 2, top - picto - 1, picto, picto, stroke=0, fill=1)
            canvas.restoreState()
        x = left + picto + 5
        _text_row(start, start_size, colour, True, occurrence.cancelled, leading=1.15).draw(canvas, x, top, room)
        if beside:
            _text_row(until, sz.body, colour).draw(canvas, x, top - sz.time * 1.15, room)
    head = Row(max(picto + 4, sz.time * 1.15 + (sz.body * 1.3 if beside else 0)), draw, True)
    return [head] if beside else [head] + _wrapped(until, sz.body, width, colour)


def _chip(text: str, fill: Color, ink: Color, width: float, size: float) -> Row:
    lines = wrap(text, size, width - 12, bold=True)
    line_height = size * 1.2

    def draw(canvas: Canvas, left: float, top: float, room: float) -> None:
        chip_width = max(string_width(line, size, True) for line in lines) + 12
        canvas.setFillColor(fill)
        canvas.roundRect(left, top - 4 - len(lines) * line_height - 6, chip_width, len(lines) * line_height + 6, 5,
                         stroke=0, fill=1)
        canvas.setFillColor(ink)
        for n, line in enumerate(lines):
            draw_string(canvas, left + 6, top - 4 - 3 - (n + 1) * line_height + size * 0.28, line, size, True)
    return Row(len(lines) * line_height + 6 + 8, draw, True)


def places_text(occurrence: OccurrenceView, language: str) -> str:
    if occurrence.places_left is None:
        return tr(QT_TRANSLATE_NOOP("printing", "No limit"), language)
    if occurrence.places_left == 0:
        return tr(QT_TRANSLATE_NOOP("printing", "Full, waiting list"), language)
    return tr(QT_TRANSLATE_NOOP("printing", "Places left: {n}"), language).format(n=occurrence.places_left)


def _name_lines(names: list[str], size: float, width: float) -> list[tuple[str, int]]:
    """Names in lines of "A, B, C", each with how many names end on it."""
    lines: list[tuple[str, int]] = []
    current, count = "", 0
    for n, name in enumerate(names):
        piece = name if n == len(names) - 1 else name + ","
        candidate = f"{current} {piece}" if current else piece
        if string_width(candidate, size) <= width:
            current, count = candidate, count + 1
            continue
        if current:
            lines.append((current, count))
        parts = wrap(piece, size, width)  # a name longer than a line
        lines.extend((part, 0) for part in parts[:-1])
        current, count = parts[-1], 1
    if current:
        lines.append((current, count))
    return lines


def _names_rows(people: list[Participant], width: float, ink: Color, language: str, size: float,
                skip: tuple[int, int] = (0, 0)) -> list[Row]:
    """Who signed up, then who waits; ``skip`` names were printed already."""
    confirmed = [p.first_name for p in people if not p.waiting]
    waiting = [p.first_name for p in people if p.waiting]
    rows: list[Row] = []
    if skip == (0, 0) or skip[0] < len(confirmed):
        rows += _wrapped(tr(QT_TRANSLATE_NOOP("printing", "Signed up ({n})"), language).format(n=len(confirmed)),
                         size, width, ink, bold=True, above=size * 0.35)
        if not confirmed:
            rows += _wrapped(tr(QT_TRANSLATE_NOOP("printing", "Nobody yet"), language), size, width, QUIET, keep=False)
        for line, count in _name_lines(confirmed[skip[0]:], size, width):
            rows.append(_text_row(line, size, ink, keep=False))
            rows[-1].shown = (count, 0)
    if waiting[skip[1]:]:
        rows += _wrapped(tr(QT_TRANSLATE_NOOP("printing", "Waiting list ({n})"), language).format(n=len(waiting)),
                         size, width, ink, bold=True, above=size * 0.35)
        numbered = [f"{n}.\u00a0{name}" for n, name in enumerate(waiting, start=1)][skip[1]:]
        for line, count in _name_lines(numbered, size, width):
            rows.append(_text_row(line, size, ink, keep=False))
            rows[-1].shown = (0, count)
    return rows


def _continued_rows(occurrence: OccurrenceView, language: str, sz: Sizes, width: float) -> list[Row]:
    head = truncate(f"{local_time(occurrence.starts_at)} {occurrence.title}", sz.body, width, bold=True)
    return [_text_row(head, sz.body, QUIET, bold=True),
            _text_row(tr(QT_TRANSLATE_NOOP("printing", "(continued)"), language), sz.body, QUIET)]


def occurrence_block(occurrence: OccurrenceView, width: float, language: str, people: list[Participant] | None = None,
                     sz: Sizes = REGULAR, resume: tuple[int, int] | None = None, key: int = -1) -> Block:
    """One occurrence as a block ``width`` wide; ``people`` for the staff copy.
    ``resume``: the public part and that many (signed up, waiting) names are on an
    earlier page; the block shows the rest of the names."""
    inner = width - 2 * PAD
    cancelled = occurrence.cancelled
    ink = CANCELLED_INK if cancelled else INK
    if resume is not None:
        rows = _continued_rows(occurrence, language, sz, inner) + _names_rows(people or [], inner, ink, language,
                                                                              sz.body, resume)
    else:
        rows = _head_rows(occurrence, language, ink, sz, inner)
        longest = max(occurrence.title.split() or [""], key=lambda word: string_width(word, sz.title, True))
        title_size = fit_size(longest, inner, sz.title, sz.body, bold=True)  # rather smaller than a broken word
        rows += _wrapped(occurrence.title, title_size, inner, ink, bold=True, strike=cancelled)
        if occurrence.location:
            rows += _wrapped(occurrence.location, sz.body, inner, ink)
        if occurrence.leader:
            rows += _wrapped(tr(QT_TRANSLATE_NOOP("printing", "with {name}"), language).format(name=occurrence.leader),
                             sz.body, inner, ink)
        if cancelled:
            rows.append(_chip(tr(QT_TRANSLATE_NOOP("printing", "Cancelled"), language), CANCELLED_MARK, ON_ACCENT,
                              inner, sz.body))
        else:
            left = occurrence.places_left
            rows.append(_chip(places_text(occurrence, language),
                              NO_LIMIT if left is None else FULL if left == 0 else PLACES, INK, inner, sz.body))
            if not occurrence.signup_required:
                rows += _wrapped(tr(QT_TRANSLATE_NOOP("printing", "Just walk in"), language), sz.body, inner, ink)
        if people is not None and (occurrence.signup_required or people):
            rows[-1].keep_with_next = False  # the public part is one unit, the list may break after it
            rows += _names_rows(people, inner, ink, language, sz.body)
    rows[-1].keep_with_next = False
    return Block(rows, CANCELLED_FILL if cancelled else PAPER_TINT, BLOCK_EDGE,
                 _continued_rows(occurrence, language, sz, inner), CANCELLED_MARK if cancelled else None, key)
