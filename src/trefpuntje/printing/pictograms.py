"""OpenMoji pictograms on paper, drawn as vectors with svglib (the same SVG files the
screens show, so paper and screen use one set and print sharply at any size)."""

from __future__ import annotations

from functools import cache

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

from trefpuntje.config import RESOURCES

PICTOGRAMS_DIR = RESOURCES / "pictograms" / "openmoji"
FALLBACK = "calendar"


@cache
def _drawing(name: str) -> Drawing | None:
    path = PICTOGRAMS_DIR / f"{name}.svg"
    # Only plain names: a pictogram name comes from the database.
    if not name.replace("_", "").isalnum() or not path.is_file():
        return None
    return svg2rlg(str(path))


def pictogram(name: str) -> Drawing:
    """The drawing for ``name``, or the calendar when there is no such pictogram."""
    drawing = _drawing(name) or _drawing(FALLBACK)
    assert drawing is not None, f"{FALLBACK}.svg is missing from {PICTOGRAMS_DIR}"
    return drawing


def draw_pictogram(canvas: Canvas, name: str, x: float, y: float, size: float) -> None:
    """Draw the pictogram in a ``size`` square whose lower left corner is (x, y)."""
    drawing = pictogram(name)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / drawing.width, size / drawing.height)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.restoreState()
