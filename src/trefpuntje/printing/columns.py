"""Columns of blocks that flow into lanes side by side and continue on the next page
instead of being cut off.

A block (one occurrence on the schedule) is a list of rows of known height. Rows
marked ``keep_with_next`` stay with the row after them, so a block's heading never
sits alone at the foot of a lane; a long list of names may break between its lines,
and the part in the next lane opens with a "continued" row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

# (canvas, left, top, width): draw the row downwards from ``top``.
Draw = Callable[[Canvas, float, float, float], None]

PAD = 6.0  # inside a block
GAP = 7.0  # between blocks
RADIUS = 6.0


@dataclass
class Row:
    height: float
    draw: Draw
    keep_with_next: bool = False
    shown: tuple[int, int] = (0, 0)  # names this row lists: (signed up, waiting)


@dataclass
class Block:
    rows: list[Row]
    fill: Color
    edge: Color
    continued: list[Row] = field(default_factory=list)  # heads each later part of the block
    accent: Color | None = None  # a heavier edge in this colour (a cancelled occurrence)
    key: int = -1  # which of the day's items this block shows


@dataclass
class Segment:
    block: Block
    rows: list[Row] = field(default_factory=list)
    continued: bool = False

    @property
    def height(self) -> float:
        head = sum(r.height for r in self.block.continued) if self.continued else 0.0
        return 2 * PAD + head + sum(r.height for r in self.rows)


def _units(rows: list[Row]) -> list[list[Row]]:
    """The rows grouped so that no unit breaks a keep-with-next link."""
    units: list[list[Row]] = []
    for row in rows:
        if units and units[-1][-1].keep_with_next:
            units[-1].append(row)
        else:
            units.append([row])
    return units


def paginate(blocks: list[Block], height: float) -> list[list[Segment]]:
    """Blocks laid down a column ``height`` high: one list of segments per page.
    A unit taller than a whole page still gets a page of its own (it would be cut
    rather than loop forever; the schedule's units are a few lines high)."""
    pages: list[list[Segment]] = [[]]
    used = 0.0
    for block in blocks:
        segment: Segment | None = None
        for unit in _units(block.rows):
            unit_height = sum(r.height for r in unit)
            opening = (GAP if pages[-1] else 0.0) + 2 * PAD if segment is None else 0.0
            if used + opening + unit_height > height and pages[-1]:
                segment = Segment(block, continued=segment is not None)
                pages.append([segment])
                used = segment.height
            elif segment is None:
                segment = Segment(block)
                pages[-1].append(segment)
                used += opening
            segment.rows.extend(unit)
            used += unit_height
    return pages


def draw_segments(canvas: Canvas, segments: list[Segment], left: float, top: float, width: float) -> None:
    y = top
    for segment in segments:
        height = segment.height
        block = segment.block
        canvas.setFillColor(block.fill)
        canvas.setStrokeColor(block.accent or block.edge)
        canvas.setLineWidth(1 if block.accent is None else 2.5)
        canvas.roundRect(left, y - height, width, height, RADIUS, stroke=1, fill=1)
        row_y = y - PAD
        for row in (block.continued if segment.continued else []) + segment.rows:
            row.draw(canvas, left + PAD, row_y, width - 2 * PAD)
            row_y -= row.height
        y -= height + GAP


@dataclass
class DayPlan:
    """How one day sits on the page: its width, the lanes (side-by-side sub-columns)
    its blocks flow through, and its blocks cut into lane-high chunks."""

    width: float
    lanes: int
    chunks: list[list[Segment]]

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.chunks) // max(self.lanes, 1)))


Builder = Callable[[float], list[Block]]  # the day's blocks at a lane width


def plan_days(builders: list[Builder | None], width: float, height: float, *, gap: float,
              empty_width: float, min_lane: float) -> list[DayPlan]:
    """Share ``width`` among the days (``None``: nothing that day, a narrow column).
    A day that runs over a page first gets more lanes side by side, taken from the
    width the others can spare without their lanes getting narrower than ``min_lane``;
    only what still does not fit continues on the next page."""
    busy = [b is not None for b in builders]
    if not any(busy):
        each = (width - gap * (len(builders) - 1)) / len(builders)
        return [DayPlan(each, 0, [[]]) for _ in builders]

    def lane_width(lanes: list[int]) -> float:
        gaps = gap * (len(builders) - 1) + gap * sum(max(k - 1, 0) for k in lanes)
        return (width - gaps - empty_width * busy.count(False)) / sum(lanes)

    def layout(lanes: list[int]) -> list[DayPlan]:
        lane = lane_width(lanes)
        return [DayPlan(k * lane + gap * (k - 1), k, paginate(b(lane), height)) if b is not None
                else DayPlan(empty_width, 0, [[]]) for b, k in zip(builders, lanes)]

    def score(plans: list[DayPlan]) -> tuple[int, int]:
        return max(p.pages for p in plans), sum(p.pages for p in plans)

    lanes = [1 if b else 0 for b in busy]
    plans = layout(lanes)
    while True:
        worst = max(range(len(plans)), key=lambda n: (plans[n].pages, len(plans[n].chunks)))
        if plans[worst].pages <= 1:
            return plans
        trial = lanes.copy()
        while True:  # one more lane may not help where two do: the columns get narrower and the text longer
            trial[worst] += 1
            if lane_width(trial) < min_lane:
                return plans
            tried = layout(trial)
            if score(tried) < score(plans):
                lanes, plans = trial, tried
                break
