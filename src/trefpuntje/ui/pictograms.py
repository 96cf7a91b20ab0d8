"""SVG pictograms from resources/pictograms, rendered crisp at any size."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from trefpuntje.config import RESOURCES

PICTOGRAMS = RESOURCES / "pictograms" / "openmoji"


@cache
def _renderer(name: str) -> QSvgRenderer:
    path = PICTOGRAMS / f"{name}.svg"
    if not path.exists():
        path = PICTOGRAMS / "info.svg"
    return QSvgRenderer(str(path))


def pixmap(name: str, size: int) -> QPixmap:
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    return _rendered(name, size, ratio)


@cache
def _rendered(name: str, size: int, ratio: float) -> QPixmap:
    """Rendering an SVG costs about a millisecond; a list of cards asks for dozens."""
    image = QPixmap(int(size * ratio), int(size * ratio))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def icon(name: str, size: int = 96) -> QIcon:
    return QIcon(pixmap(name, size))
